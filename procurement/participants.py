"""Who may take part in the pool: current members and customers, never anyone else.

Applicants, the waiting list, former members and suppliers are not
participants. The procurement head of a participant is found by the contact's
function (Einkauf, Beschaffung, procurement, purchasing); where a participant
has none, every contact with an e-mail address stands in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation
from niro_desk.models import Contact, MembershipStatus, Organisation, OrganisationKind
from niro_desk.procurement.access import require_office_reader

PROCUREMENT_FUNCTION_WORDS = ("einkauf", "beschaffung", "procurement", "purchasing", "buyer")


def participant_condition() -> ColumnElement[bool]:
    """SQL condition: the organisation is a current member or a customer."""
    return or_(
        Organisation.kind == OrganisationKind.CUSTOMER,
        and_(
            Organisation.kind == OrganisationKind.MEMBER,
            Organisation.membership_status == MembershipStatus.MEMBER,
        ),
    )


def is_participant(organisation: Organisation) -> bool:
    if organisation.kind == OrganisationKind.CUSTOMER:
        return True
    return (
        organisation.kind == OrganisationKind.MEMBER
        and organisation.membership_status == MembershipStatus.MEMBER
    )


def require_participant(session: Session, organisation_id: int) -> Organisation:
    """The organisation, if it may take part; otherwise RuleViolation saying why not."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if is_participant(organisation):
        return organisation
    if organisation.kind == OrganisationKind.SUPPLIER:
        template = QT_TRANSLATE_NOOP(
            "Messages", "{name} is a supplier: suppliers are never participants of the pool."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "{name} is not a current member (status: {status}): only members and customers"
            " take part in the pool.",
        )
    raise RuleViolation(
        template, name=organisation.name, status=str(organisation.membership_status or "")
    )


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    name: str
    kind: OrganisationKind
    region: str
    city: str


def eligible_participants(session: Session) -> list[ParticipantRow]:
    """Every current member and customer, by name."""
    require_office_reader(session)
    rows = session.execute(
        select(
            Organisation.id,
            Organisation.name,
            Organisation.kind,
            Organisation.region,
            Organisation.city,
        )
        .where(participant_condition())
        .order_by(Organisation.name, Organisation.id)
    )
    return [ParticipantRow(*row) for row in rows]


def is_procurement_function(function: str) -> bool:
    folded = function.casefold()
    return any(word in folded for word in PROCUREMENT_FUNCTION_WORDS)


def procurement_heads(organisation: Organisation) -> list[Contact]:
    """The organisation's procurement heads; else every contact with an e-mail address."""
    heads = [c for c in organisation.contacts if is_procurement_function(c.function)]
    if heads:
        return heads
    return [c for c in organisation.contacts if c.email]


@dataclass(frozen=True)
class HeadRow:
    contact_id: int
    name: str
    function: str
    email: str
    organisation_id: int
    organisation_name: str


def participant_heads(session: Session) -> list[HeadRow]:
    """The procurement heads of every participant (for negotiation rounds), by organisation."""
    require_office_reader(session)
    organisations = session.scalars(
        select(Organisation).where(participant_condition()).order_by(Organisation.name)
    )
    return [
        HeadRow(c.id, c.full_name, c.function, c.email, o.id, o.name)
        for o in organisations
        for c in procurement_heads(o)
    ]
