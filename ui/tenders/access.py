"""What the acting user may do in the Tenders area, asked once per view refresh.

The services refuse on their own (a hidden button is not a permission); the
area only disables what would be refused and never asks a service for bids the
reader may not see: a procurement head (no ``read_all``) sees tenders, lots and
suppliers, never a bid, a comparison or an evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass

from niro_desk.app_context import AppContext
from niro_desk.permissions import Permission, viewer


@dataclass(frozen=True)
class TenderAccess:
    signed_in: bool  # may read the tender list, lots and suppliers
    sees_bids: bool  # bids, opening protocol, comparison, evaluation, supplier history
    edits: bool  # tenders, rounds, bids, opening, scores, award, suppliers


def tender_access(context: AppContext) -> TenderAccess:
    with context.db.reading() as session:
        who = viewer(session)
    return TenderAccess(
        who.signed_in,
        who.signed_in and who.may(Permission.READ_ALL),
        who.signed_in and who.may(Permission.EDIT_PROCUREMENT),
    )
