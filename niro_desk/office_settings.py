"""The office's letterhead: name, address, e-mail and phone, shared by every office PC.

Stored as ``app_setting`` rows (``office_name`` …); a database without them
uses the defaults below (the demo network's office). Changes are audited.
The printed documents (agreement summaries, member statements) read them.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from niro_desk.models import AppSetting, OfficeUser
from niro_desk.permissions import Permission, require

PREFIX = "office_"
LIMIT = 200  # app_setting.value is String(200)


@dataclass(frozen=True)
class OfficeDetails:
    name: str = "NIRO Netzwerk Industrie Ruhr-Ost e. V."
    #: street and town, one line each
    address: str = "Geschäftsstelle\nBahnhofstraße 12\n59423 Unna"
    email: str = "geschaeftsstelle@niro-netzwerk.de"
    phone: str = "02303 987650"

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]

    @property
    def return_line(self) -> str:
        """The one-line sender above a window envelope's address field."""
        return " · ".join([self.name, *self.address_lines[-2:]])


def office_details(session: Session) -> OfficeDetails:
    stored = dict(
        session.execute(
            select(AppSetting.key, AppSetting.value).where(AppSetting.key.startswith(PREFIX))
        ).all()
    )
    defaults = OfficeDetails()
    return OfficeDetails(
        **{
            f.name: stored.get(PREFIX + f.name, getattr(defaults, f.name)).replace("\\n", "\n")
            for f in fields(OfficeDetails)
        }
    )


def set_office_details(session: Session, user: OfficeUser, details: OfficeDetails) -> None:
    """Store the letterhead (audited); the name may not be empty, no value over 200 characters.

    Needs ``MANAGE_SETTINGS``.
    """
    require(session, user, Permission.MANAGE_SETTINGS)
    if not details.name.strip():
        raise ValidationError(
            "name", QT_TRANSLATE_NOOP("Messages", "The office needs a name for its letterhead.")
        )
    before = office_details(session)
    for f in fields(OfficeDetails):
        value = getattr(details, f.name).strip()
        if len(value) > LIMIT:
            raise ValidationError(
                f.name,
                QT_TRANSLATE_NOOP("Messages", "At most 200 characters, please."),
            )
        row = session.get(AppSetting, PREFIX + f.name, with_for_update=True)
        if row is None:
            session.add(AppSetting(key=PREFIX + f.name, value=value))
        else:
            row.value = value
    session.flush()
    after = office_details(session)
    if before != after:
        audit.record(
            session,
            user,
            "update",
            "setting",
            None,
            "Office letterhead",
            asdict(before),
            audit.changed_fields(asdict(before), asdict(after)),
        )
