"""Everything the detail panel shows about one organisation, read in one session (and what
the acting user may do with it).

The organisation comes eagerly loaded (``load_organisation``) and the
relations and history are turned into plain rows, so nothing loads lazily
once the session is closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.membership.organisations import load_organisation
from niro_desk.membership.relations import relations_of
from niro_desk.models import Organisation
from niro_desk.permissions import viewer
from niro_desk.ui.members.history_model import HistoryRow
from niro_desk.ui.members.relation_model import RelationRow


@dataclass
class OrganisationDetails:
    organisation: Organisation
    relations: list[RelationRow]
    history: list[HistoryRow]


def load_details(session: Session, organisation_id: int) -> OrganisationDetails:
    """One organisation's details; relations (they name other organisations) and the
    history only for a viewer who reads every organisation, not a procurement head."""
    organisation = load_organisation(session, organisation_id)
    if not viewer(session).reads_all:
        return OrganisationDetails(organisation, [], [])
    relations = []
    for relation in relations_of(session, organisation_id):
        other = relation.other(organisation_id)
        relations.append(
            RelationRow(
                relation.id,
                other.id,
                other.name,
                relation.kind,
                relation.note,
                relation.declared_by.login,
                relation.declared_at,
                relation.version,
            )
        )
    relations.sort(key=lambda row: row.other_name.casefold())
    history = [
        HistoryRow(entry.id, entry.at, entry.user.login, entry.action, entry.summary)
        for entry in audit.history(session, "organisation", organisation_id)
    ]
    return OrganisationDetails(organisation, relations, history)
