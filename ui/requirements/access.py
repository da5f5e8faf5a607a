"""What the acting user may do in the procurement pool's views (issue 11).

Views disable the actions the services would refuse; the services check again
(a disabled button is no permission). Everything is allowed while accounts are off.
"""

from __future__ import annotations

from dataclasses import dataclass

from niro_desk.app_context import AppContext
from niro_desk.permissions import Permission, viewer


@dataclass(frozen=True)
class PoolRights:
    signed_in: bool
    #: office changes: collections, categories, rounds, agreements, fees
    edit: bool
    #: every organisation's data (the office's lists, agenda and exports)
    read_all: bool
    print_reports: bool
    #: the organisation a procurement head is bound to (None for the office)
    organisation_id: int | None

    def may_edit_organisation(self, organisation_id: int | None) -> bool:
        """Requirements and participations of ``organisation_id`` (a head: its own only)."""
        if self.edit:
            return True
        return organisation_id is not None and organisation_id == self.organisation_id

    @property
    def edits_own(self) -> bool:
        """A procurement head who may change its own organisation's requirements."""
        return not self.edit and self.organisation_id is not None

    @property
    def office_prints(self) -> bool:
        """The summary PDF and the supplier's participants export."""
        return self.read_all and self.print_reports


def pool_rights(context: AppContext) -> PoolRights:
    with context.db.reading() as session:
        who = viewer(session)
    own = who.organisation_id if who.may(Permission.EDIT_OWN_REQUIREMENTS) else None
    return PoolRights(
        who.signed_in,
        who.signed_in and who.may(Permission.EDIT_PROCUREMENT),
        who.signed_in and who.reads_all,
        who.signed_in and who.may(Permission.PRINT_REPORTS),
        own if not who.reads_all else None,
    )
