"""Relations the office declares between two organisations: competes / does not compete.

A dialog names the version of the relation it showed (0: it showed none), so a
relation declared or changed on another PC meanwhile is not overwritten unseen.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, StaleRecord, ValidationError
from niro_desk.membership.organisations import get_organisation
from niro_desk.membership.reading import require_reads_all
from niro_desk.models import CompetitorRelation, OfficeUser, RelationKind
from niro_desk.models.column_types import utcnow
from niro_desk.permissions import Permission, require

NO_RELATION = 0  # the version a dialog names when it showed no relation for the pair


def _stale(relation: CompetitorRelation) -> StaleRecord:
    return StaleRecord(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The relation {first} – {second} was declared by {user} on {when}, after you"
            " looked at it. Your change was not saved.",
        ),
        changed_by=relation.declared_by.display_name or relation.declared_by.login,
        changed_at=relation.declared_at,
        first=relation.first.name,
        second=relation.second.name,
    )


def declare_relation(
    session: Session,
    user: OfficeUser,
    organisation_id: int,
    other_id: int,
    kind: RelationKind,
    note: str,
    *,
    expected_version: int | None = None,
) -> CompetitorRelation:
    """Record (or change) the relation between two organisations; audited.

    ``expected_version`` is the version of the relation the caller saw
    (``NO_RELATION`` when it saw none); None skips the check.
    """
    require(session, user, Permission.EDIT_MEMBERS)
    if organisation_id == other_id:
        raise ValidationError(
            "other",
            QT_TRANSLATE_NOOP("Messages", "An organisation has no relation with itself."),
        )
    if kind == RelationKind.DOES_NOT_COMPETE and not note.strip():
        raise ValidationError(
            "note",
            QT_TRANSLATE_NOOP(
                "Messages", "Say why the two do not compete: the note is what the board reads."
            ),
        )
    first, second = sorted((organisation_id, other_id))
    names = (get_organisation(session, first).name, get_organisation(session, second).name)
    relation = session.scalar(
        select(CompetitorRelation).where(
            CompetitorRelation.first_id == first, CompetitorRelation.second_id == second
        )
    )
    seen = relation.version if relation is not None else NO_RELATION
    if expected_version is not None and seen != expected_version:
        assert relation is not None  # a relation that is gone cannot have a newer version
        raise _stale(relation)
    before = None
    if relation is None:
        relation = CompetitorRelation(
            first_id=first, second_id=second, kind=kind, note=note.strip(), declared_by=user
        )
        session.add(relation)
    else:
        before = {"kind": str(relation.kind), "note": relation.note}
        if relation.kind == kind and relation.note == note.strip():
            return relation  # nothing changes: nothing to write or record
        relation.declared_at = utcnow()
        relation.kind = kind
        relation.note = note.strip()
        relation.declared_by = user
    session.flush()
    for entity_id in (first, second):
        audit.record(
            session,
            user,
            "relation",
            "organisation",
            entity_id,
            f"Relation {names[0]} – {names[1]}: {kind.value}",
            before,
            {"kind": kind.value, "note": note.strip()},
        )
    return relation


def remove_relation(
    session: Session, user: OfficeUser, relation_id: int, *, expected_version: int | None = None
) -> None:
    """Remove a declared relation; refused when it was changed since ``expected_version``."""
    require(session, user, Permission.EDIT_MEMBERS)
    relation = session.get(CompetitorRelation, relation_id)
    if relation is None:
        return
    if expected_version is not None and relation.version != expected_version:
        raise _stale(relation)
    before = {"kind": str(relation.kind), "note": relation.note}
    for entity_id in (relation.first_id, relation.second_id):
        audit.record(
            session,
            user,
            "relation_removed",
            "organisation",
            entity_id,
            f"Relation {relation.first.name} – {relation.second.name} removed",
            before,
            None,
        )
    session.delete(relation)
    session.flush()


def relations_of(session: Session, organisation_id: int) -> list[CompetitorRelation]:
    """The declared relations of one organisation; they name other organisations, so only
    for viewers who read every organisation."""
    require_reads_all(session)
    return list(
        session.scalars(
            select(CompetitorRelation).where(
                (CompetitorRelation.first_id == organisation_id)
                | (CompetitorRelation.second_id == organisation_id)
            )
        )
    )
