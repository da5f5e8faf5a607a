"""What the front ends pass around explicitly instead of a global: database, user, language."""

from __future__ import annotations

from dataclasses import dataclass

from niro_desk.database import Database
from niro_desk.models import OfficeUser
from niro_desk.users import ensure_user


@dataclass
class AppContext:
    db: Database
    user_login: str
    language: str
    demo: bool = False

    def __post_init__(self) -> None:
        self.act_as(self.user_login)

    def act_as(self, login: str) -> None:
        """Act (and read) as ``login`` from now on, in every session of the database."""
        self.user_login = login
        self.db.acting.login = login

    def acting_user(self, session: object) -> OfficeUser:
        """The acting user inside ``session`` (created on first use)."""
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        return ensure_user(session, self.user_login)
