"""The acting office user. Until accounts exist, that is the OS login name.

``os_login`` is needed before the window first shows, so SQLAlchemy and the
models are imported only by ``ensure_user``.
"""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser


def os_login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no login name on some containers
        return "unknown"


def ensure_user(session: Session, login: str, display_name: str = "") -> OfficeUser:
    """The user with this login, created on first use."""
    from sqlalchemy import select

    from niro_desk.models import OfficeUser

    user = session.scalar(select(OfficeUser).where(OfficeUser.login == login))
    if user is None:
        user = OfficeUser(login=login, display_name=display_name or login)
        session.add(user)
        session.flush()
    return user
