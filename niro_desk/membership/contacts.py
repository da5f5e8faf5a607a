"""Contacts and their expertise: validation, "who knows about X", GDPR export and erasure.

Edits and deletions from a dialog carry the version they were made from and
what the dialog loaded: a contact changed on another PC since is refused
(``StaleRecord``), and only the fields the user changed are written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from niro_desk.membership.reading import require_reads_all, require_sees
from niro_desk.models import Contact, Expertise, OfficeUser, Organisation
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require, visible_organisation
from niro_desk.record_versions import check_version
from niro_desk.text_keys import expertise_key, fold


@dataclass
class ContactInput:
    first_name: str
    last_name: str
    function: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""
    expertise: list[str] = field(default_factory=list)

    @classmethod
    def from_contact(cls, contact: Contact) -> ContactInput:
        """What an edit dialog shows of ``contact`` (its expertise loaded)."""
        return cls(
            first_name=contact.first_name,
            last_name=contact.last_name,
            function=contact.function,
            email=contact.email,
            phone=contact.phone,
            notes=contact.notes,
            expertise=[item.name for item in contact.expertise],
        )

    def changes_from(self, base: ContactInput) -> dict[str, Any]:
        """The fields whose input differs from ``base`` (what a dialog loaded)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != getattr(base, f.name)
        }


def normalise_phone(text: str, region: str = "DE") -> str:
    """The number in international format (+49 2303 123456); ValueError when invalid."""
    import phonenumbers  # 0.1 s to import: only when a number is checked

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as error:
        raise ValueError(text) from error
    if not phonenumbers.is_valid_number(number):
        raise ValueError(text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_contact(data: ContactInput) -> list[ValidationError]:
    problems: list[ValidationError] = []
    if not data.last_name.strip():
        problems.append(
            ValidationError("last_name", QT_TRANSLATE_NOOP("Messages", "The last name is missing."))
        )
    if data.email.strip():
        # 20 ms to import, on the way to the members list at start-up: only when checking.
        from email_validator import EmailNotValidError, validate_email

        try:
            validate_email(data.email.strip(), check_deliverability=False)
        except EmailNotValidError:
            problems.append(
                ValidationError(
                    "email",
                    QT_TRANSLATE_NOOP("Messages", "“{email}” is not a valid e-mail address."),
                    email=data.email.strip(),
                )
            )
    if data.phone.strip():
        try:
            normalise_phone(data.phone)
        except ValueError:
            problems.append(
                ValidationError(
                    "phone",
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{phone}” is not a valid phone number (e.g. 02303 123456 or"
                        " +49 2303 123456).",
                    ),
                    phone=data.phone.strip(),
                )
            )
    return problems


def _expertise(session: Session, names: list[str]) -> list[Expertise]:
    result: list[Expertise] = []
    for name in names:
        cleaned = " ".join(name.split())
        key = expertise_key(cleaned)
        if not key or any(item.key == key for item in result):
            continue
        item = session.scalar(select(Expertise).where(Expertise.key == key))
        if item is None:
            item = Expertise(name=cleaned, key=key)
            session.add(item)
        result.append(item)
    return result


def _apply(
    session: Session, contact: Contact, data: ContactInput, only: set[str] | None = None
) -> None:
    """Write ``data`` (only the fields in ``only``, when given) onto ``contact``."""

    def wanted(name: str) -> bool:
        return only is None or name in only

    for name in ("first_name", "last_name", "function", "notes"):
        if wanted(name):
            setattr(contact, name, getattr(data, name).strip())
    if wanted("email"):
        contact.email = data.email.strip().lower()
    if wanted("phone"):
        contact.phone = normalise_phone(data.phone) if data.phone.strip() else ""
    if wanted("expertise"):
        with session.no_autoflush:
            contact.expertise = _expertise(session, data.expertise)


def _contact_snapshot(contact: Contact) -> dict[str, Any]:
    data = audit.snapshot(contact)
    data["expertise"] = [item.name for item in contact.expertise]
    return data


def get_contact(session: Session, contact_id: int) -> Contact:
    """One contact, for a viewer who may see its organisation (a procurement head: its own)."""
    contact = _contact(session, contact_id)
    require_sees(session, contact.organisation_id)
    return contact


def _contact(session: Session, contact_id: int) -> Contact:
    """One contact, unchecked: for the services that already required a permission."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The contact #{id} no longer exists."), id=contact_id
        )
    return contact


def load_contact(session: Session, contact_id: int) -> Contact:
    """One contact with its expertise, usable after the session is closed."""
    contact = session.scalar(
        select(Contact).where(Contact.id == contact_id).options(selectinload(Contact.expertise))
    )
    if contact is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The contact #{id} no longer exists."), id=contact_id
        )
    require_sees(session, contact.organisation_id)
    return contact


def create_contact(
    session: Session, user: OfficeUser, organisation_id: int, data: ContactInput
) -> Contact:
    require(session, user, Permission.EDIT_MEMBERS)
    problems = validate_contact(data)
    if problems:
        raise problems[0]
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    contact = Contact(last_name="")
    _apply(session, contact, data)
    contact.organisation = organisation
    session.add(contact)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "contact",
        contact.id,
        f"Contact {contact.full_name} at {organisation.name} created",
        None,
        _contact_snapshot(contact),
    )
    return contact


def update_contact(
    session: Session,
    user: OfficeUser,
    contact_id: int,
    data: ContactInput,
    *,
    base: ContactInput | None = None,
    expected_version: int | None = None,
) -> Contact:
    """Change a contact; with ``base`` only the fields that differ from it are written.

    ``expected_version`` refuses a save from an older copy (``StaleRecord``).
    """
    require(session, user, Permission.EDIT_MEMBERS)
    contact = _contact(session, contact_id)
    check_version(session, contact, expected_version, contact.full_name, "contact", contact.id)
    only: set[str] | None = None
    if base is not None:
        changes = data.changes_from(base)
        only = set(changes)
        merged = replace(ContactInput.from_contact(contact), **changes)
        problems = [p for p in validate_contact(merged) if p.field in only]
    else:
        problems = validate_contact(data)
    if problems:
        raise problems[0]
    before = _contact_snapshot(contact)
    _apply(session, contact, data, only)
    after = _contact_snapshot(contact)
    changed = audit.changed_fields(before, after)
    if changed:
        # the row itself is updated (and its version raised) also when only
        # the expertise changed, so a parallel edit of the expertise is caught
        contact.updated_at = utcnow()
    session.flush()
    if changed:
        audit.record(
            session,
            user,
            "update",
            "contact",
            contact.id,
            f"Contact {contact.full_name} changed: {', '.join(sorted(changed))}",
            {key: before.get(key) for key in changed},
            changed,
        )
    return contact


def delete_contact(
    session: Session, user: OfficeUser, contact_id: int, *, expected_version: int | None = None
) -> None:
    """Delete a contact; refused when it was changed since ``expected_version``."""
    require(session, user, Permission.EDIT_MEMBERS)
    contact = _contact(session, contact_id)
    check_version(session, contact, expected_version, contact.full_name, "contact", contact.id)
    audit.record(
        session,
        user,
        "delete",
        "contact",
        contact.id,
        f"Contact {contact.full_name} deleted",
        _contact_snapshot(contact),
        None,
    )
    session.delete(contact)
    session.flush()


@dataclass(frozen=True)
class ExpertRow:
    """One answer to "who knows about X"."""

    contact_id: int
    name: str
    function: str
    organisation: str
    organisation_id: int
    email: str
    phone: str
    expertise: str


def who_knows(session: Session, topic: str, limit: int = 200) -> list[ExpertRow]:
    """Contacts of current members whose expertise, function or notes match ``topic``.

    A procurement head finds only the contacts of its own organisation.
    """
    from niro_desk.search_text import MAX_WORDS, contains_folded, contains_text

    visible = visible_organisation(session)
    words = list(dict.fromkeys(fold(topic).split()))[:MAX_WORDS]
    if not words:
        return []
    conditions = [
        or_(
            Contact.expertise.any(contains_text(Expertise.key, word)),
            contains_folded(Contact.function, word),
        )
        for word in words
    ]
    if visible is not None:
        conditions.append(Contact.organisation_id == visible)
    contacts = session.scalars(
        select(Contact)
        .join(Organisation)
        .where(and_(*conditions))
        .options(selectinload(Contact.expertise), selectinload(Contact.organisation))
        .order_by(Organisation.name, Contact.last_name)
        .limit(limit)
    ).all()
    return [
        ExpertRow(
            contact.id,
            contact.full_name,
            contact.function,
            contact.organisation.name,
            contact.organisation_id,
            contact.email,
            contact.phone,
            ", ".join(item.name for item in contact.expertise),
        )
        for contact in contacts
    ]


def export_personal_data(session: Session, contact_id: int) -> dict[str, Any]:
    """Everything NIRO Desk holds about one person (GDPR Art. 15), as JSON-ready data.

    Office work with the audit history: for viewers who read every organisation.
    """
    require_reads_all(session)
    contact = _contact(session, contact_id)
    history = [
        {
            "at": entry.at.isoformat(),
            "by": entry.user.login,
            "action": entry.action,
            "summary": entry.summary,
            "before": entry.before,
            "after": entry.after,
        }
        for entry in audit.history(session, "contact", contact.id)
    ]
    return {
        "exported_at": dt.datetime.now(dt.UTC).isoformat(),
        "organisation": contact.organisation.name,
        "contact": _contact_snapshot(contact),
        "history": history,
    }


ERASED = "[erased]"


def erase_contact(session: Session, user: OfficeUser, contact_id: int) -> None:
    """Erase a person (GDPR Art. 17): the contact goes, the audit log keeps its shape.

    Past entries about the contact keep who changed what and when, with the
    person's data replaced by "[erased]"; one new entry records the erasure.
    """
    require(session, user, Permission.EDIT_MEMBERS)
    contact = _contact(session, contact_id)
    organisation_name = contact.organisation.name
    entries = audit.history(session, "contact", contact.id)
    if session.get_bind().dialect.name == "postgresql":
        # The audit log is append-only in the database too (migration 0012): a staff
        # login role may not UPDATE it, only have this function rewrite a deleted
        # contact's entries the same way as below.
        organisation_id = contact.organisation_id
        session.delete(contact)
        session.flush()
        session.execute(
            text("SELECT niro_desk_erase_contact_history(:contact, :organisation)"),
            {"contact": contact_id, "organisation": organisation_id},
        )
        for entry in entries:
            session.expire(entry)
    else:
        session.info["audit_redaction"] = True
        try:
            for entry in entries:
                entry.summary = f"Contact {ERASED} at {organisation_name}: {entry.action}"
                entry.before = dict.fromkeys(entry.before, ERASED) if entry.before else None
                entry.after = dict.fromkeys(entry.after, ERASED) if entry.after else None
            session.delete(contact)
            session.flush()
        finally:
            session.info["audit_redaction"] = False
    audit.record(
        session,
        user,
        "erase",
        "contact",
        contact_id,
        f"Personal data of a contact at {organisation_name} erased on request",
        None,
        None,
    )
    session.flush()
