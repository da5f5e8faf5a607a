"""Negotiation rounds of the procurement heads: agenda, attendance, rankings, decisions.

Attendees must be contacts of participants (current members or customers).
Each head ranks the categories on the agenda; the combined ranking is the
Borda count (``procurement.borda``). Decisions say which categories go to a
requirement collection next.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    CategoryRanking,
    Contact,
    NegotiationAgendaItem,
    NegotiationAttendee,
    NegotiationDecision,
    NegotiationRound,
    OfficeUser,
)
from niro_desk.permissions import Permission, require
from niro_desk.procurement.access import require_office_reader, require_reader
from niro_desk.procurement.borda import BordaResult, borda_ranking
from niro_desk.procurement.categories import get_category
from niro_desk.procurement.participants import is_participant


@dataclass(frozen=True)
class RoundRow:
    id: int
    held_on: dt.date
    title: str
    attendees: int
    agenda: int
    decisions: str


@dataclass(frozen=True)
class HeadBallot:
    contact_id: int
    head: str
    organisation: str
    category_ids: list[int]


def get_round(session: Session, round_id: int) -> NegotiationRound:
    require_reader(session)
    found = session.get(NegotiationRound, round_id)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The negotiation round #{id} no longer exists."),
            id=round_id,
        )
    return found


def list_rounds(session: Session) -> list[RoundRow]:
    require_reader(session)
    rounds = session.scalars(
        select(NegotiationRound)
        .options(
            selectinload(NegotiationRound.attendees),
            selectinload(NegotiationRound.agenda),
            selectinload(NegotiationRound.decisions).selectinload(NegotiationDecision.category),
        )
        .order_by(NegotiationRound.held_on.desc(), NegotiationRound.id.desc())
    )
    return [
        RoundRow(
            r.id,
            r.held_on,
            r.title,
            len(r.attendees),
            len(r.agenda),
            ", ".join(sorted(d.category.name for d in r.decisions)),
        )
        for r in rounds
    ]


def _check_attendee(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The contact #{id} no longer exists."), id=contact_id
        )
    if not is_participant(contact.organisation):
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} ({organisation}) cannot attend: only people of current members and"
                " customers take part in negotiation rounds.",
            ),
            name=contact.full_name,
            organisation=contact.organisation.name,
        )
    return contact


def save_round(
    session: Session,
    user: OfficeUser,
    round_id: int | None,
    held_on: dt.date,
    title: str,
    agenda_category_ids: Sequence[int],
    attendee_contact_ids: Sequence[int],
    notes: str = "",
) -> NegotiationRound:
    """Create (``round_id`` None) or change a round: date, title, agenda, attendees, notes.

    Rankings of heads no longer attending, and places for categories no longer
    on the agenda, are dropped.
    """
    require(session, user, Permission.EDIT_PROCUREMENT)
    title = " ".join(title.split())
    if not title:
        raise ValidationError(
            "title", QT_TRANSLATE_NOOP("Messages", "The title must not be empty.")
        )
    agenda_ids = list(dict.fromkeys(agenda_category_ids))
    if not agenda_ids:
        raise ValidationError(
            "agenda", QT_TRANSLATE_NOOP("Messages", "Put at least one category on the agenda.")
        )
    for category_id in agenda_ids:
        get_category(session, category_id)
    contact_ids = list(dict.fromkeys(attendee_contact_ids))
    for contact_id in contact_ids:
        _check_attendee(session, contact_id)
    if round_id is None:
        negotiation = NegotiationRound(held_on=held_on, title=title, notes=notes.strip())
        session.add(negotiation)
        before = None
    else:
        negotiation = get_round(session, round_id)
        before = _round_snapshot(negotiation)
        negotiation.held_on = held_on
        negotiation.title = title
        negotiation.notes = notes.strip()
    agenda_rows = {row.category_id: row for row in negotiation.agenda}
    negotiation.agenda = [
        agenda_rows.get(c) or NegotiationAgendaItem(category_id=c) for c in agenda_ids
    ]
    attendee_rows = {row.contact_id: row for row in negotiation.attendees}
    negotiation.attendees = [
        attendee_rows.get(c) or NegotiationAttendee(contact_id=c) for c in contact_ids
    ]
    negotiation.rankings = [
        r
        for r in negotiation.rankings
        if r.contact_id in contact_ids and r.category_id in agenda_ids
    ]
    session.flush()
    audit.record(
        session,
        user,
        "create" if round_id is None else "update",
        "negotiation_round",
        negotiation.id,
        f"Negotiation round {title} of {held_on.isoformat()} saved",
        before,
        _round_snapshot(negotiation),
    )
    return negotiation


def _round_snapshot(negotiation: NegotiationRound) -> dict[str, object]:
    data = audit.snapshot(negotiation)
    data["agenda"] = sorted(a.category_id for a in negotiation.agenda)
    data["attendees"] = sorted(a.contact_id for a in negotiation.attendees)
    return data


def set_ranking(
    session: Session,
    user: OfficeUser,
    round_id: int,
    contact_id: int,
    category_ids: Sequence[int],
) -> None:
    """Record one head's ranking (best first); replaces the head's earlier ranking."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    negotiation = get_round(session, round_id)
    attending = {a.contact_id for a in negotiation.attendees}
    if contact_id not in attending:
        contact = session.get(Contact, contact_id)
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} did not attend this round and cannot rank its categories."
            ),
            name=contact.full_name if contact else f"#{contact_id}",
        )
    agenda = {a.category_id for a in negotiation.agenda}
    if len(set(category_ids)) != len(category_ids):
        raise ValidationError(
            "ranking", QT_TRANSLATE_NOOP("Messages", "A category can be ranked only once.")
        )
    for category_id in category_ids:
        if category_id not in agenda:
            raise ValidationError(
                "ranking",
                QT_TRANSLATE_NOOP("Messages", "{name} is not on the agenda of this round."),
                name=get_category(session, category_id).name,
            )
    before = [
        r.category_id
        for r in sorted(_head_rankings(negotiation, contact_id), key=lambda r: r.place)
    ]
    negotiation.rankings = [r for r in negotiation.rankings if r.contact_id != contact_id]
    session.flush()  # the old places go before the new ones take their slots
    for place, category_id in enumerate(category_ids, start=1):
        negotiation.rankings.append(
            CategoryRanking(contact_id=contact_id, category_id=category_id, place=place)
        )
    session.flush()
    audit.record(
        session,
        user,
        "rank",
        "negotiation_round",
        negotiation.id,
        f"Ranking of contact #{contact_id} recorded",
        {"contact_id": contact_id, "ranking": before},
        {"contact_id": contact_id, "ranking": list(category_ids)},
    )


def _head_rankings(negotiation: NegotiationRound, contact_id: int) -> list[CategoryRanking]:
    return [r for r in negotiation.rankings if r.contact_id == contact_id]


def ballots(session: Session, round_id: int) -> list[HeadBallot]:
    """Each attending head's ranking, best first (empty for heads who did not rank).

    The office's view: it names every attending head and organisation."""
    require_office_reader(session)
    return _ballots(session, round_id)


def _ballots(session: Session, round_id: int) -> list[HeadBallot]:
    negotiation = get_round(session, round_id)
    result = []
    for attendee in sorted(
        negotiation.attendees,
        key=lambda a: (a.contact.organisation.name, a.contact.last_name, a.contact_id),
    ):
        ranked = sorted(_head_rankings(negotiation, attendee.contact_id), key=lambda r: r.place)
        result.append(
            HeadBallot(
                attendee.contact_id,
                attendee.contact.full_name,
                attendee.contact.organisation.name,
                [r.category_id for r in ranked],
            )
        )
    return result


def agenda_names(session: Session, round_id: int) -> dict[int, str]:
    require_reader(session)
    negotiation = get_round(session, round_id)
    return {a.category_id: a.category.name for a in negotiation.agenda}


def combined_ranking(session: Session, round_id: int) -> list[BordaResult]:
    """The round's combined ranking by Borda count."""
    require_reader(session)
    return borda_ranking(agenda_names(session, round_id), _ranked_lists(session, round_id))


def _ranked_lists(session: Session, round_id: int) -> list[list[int]]:
    """Each attendee's ranking, best first, by contact id: no name and no organisation, so a
    procurement head (who may not read other organisations' contacts) gets the same count."""
    negotiation = get_round(session, round_id)
    return [
        [r.category_id for r in sorted(_head_rankings(negotiation, contact_id), key=_place)]
        for contact_id in sorted({a.contact_id for a in negotiation.attendees})
    ]


def _place(ranking: CategoryRanking) -> int:
    return ranking.place


def set_decisions(
    session: Session,
    user: OfficeUser,
    round_id: int,
    decisions: dict[int, str],
    notes: str | None = None,
) -> None:
    """Which agenda categories go to a collection next (category id → note); replaces earlier."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    negotiation = get_round(session, round_id)
    agenda = {a.category_id for a in negotiation.agenda}
    for category_id in decisions:
        if category_id not in agenda:
            raise ValidationError(
                "decisions",
                QT_TRANSLATE_NOOP("Messages", "{name} is not on the agenda of this round."),
                name=get_category(session, category_id).name,
            )
    before = {str(d.category_id): d.note for d in negotiation.decisions}
    existing = {d.category_id: d for d in negotiation.decisions}
    kept = []
    for category_id, note in decisions.items():
        decision = existing.get(category_id) or NegotiationDecision(category_id=category_id)
        decision.note = note.strip()
        kept.append(decision)
    negotiation.decisions = kept
    if notes is not None:
        negotiation.notes = notes.strip()
    session.flush()
    audit.record(
        session,
        user,
        "decide",
        "negotiation_round",
        negotiation.id,
        f"Decisions of negotiation round {negotiation.title} recorded",
        before,
        {str(k): v.strip() for k, v in decisions.items()},
    )
