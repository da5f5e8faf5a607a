"""The award: per lot to one supplier or split with shares adding up to 100 %, in one go.

Awarding is one transaction: the lot awards, a draft framework agreement per
winning supplier (items with the unit prices of its bid in the latest opened
round, and its share), and the tender's transition to awarded. A lot left
out of the decisions is not awarded (e.g. no acceptable bid).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, RuleViolation, ValidationError
from niro_desk.models import (
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    LotAward,
    OfficeUser,
    Organisation,
    TenderState,
)
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement.tender_evaluation import opened_offers
from niro_desk.procurement.tenders import change_state, get_tender

HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Share:
    supplier_id: int
    share: Decimal = HUNDRED  # percent


@dataclass(frozen=True)
class AwardResult:
    agreement_ids: tuple[int, ...]
    lots_awarded: tuple[int, ...]


def award_tender(
    session: Session,
    user: OfficeUser,
    tender_id: int,
    decisions: Mapping[int, Sequence[Share]],
    reason: str = "",
) -> AwardResult:
    """Award lots (lot id → shares) and create the draft framework agreements."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    tender = get_tender(session, tender_id)
    if tender.state != TenderState.EVALUATION:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{title} is not in evaluation: only an opened tender is awarded."
            ),
            title=tender.title,
        )
    lots = {lot.id: lot for lot in tender.lots}
    awarded = {lot_id: shares for lot_id, shares in decisions.items() if shares}
    if not awarded:
        raise ValidationError(
            "award", QT_TRANSLATE_NOOP("Messages", "Award at least one lot to a supplier.")
        )
    agreements: dict[int, FrameworkAgreement] = {}
    for lot_id, shares in awarded.items():
        lot = lots.get(lot_id)
        if lot is None:
            raise ValidationError(
                "award",
                QT_TRANSLATE_NOOP("Messages", "The lot #{id} is not part of this tender."),
                id=lot_id,
            )
        total = sum((Decimal(s.share) for s in shares), Decimal(0))
        if total != HUNDRED or any(Decimal(s.share) <= 0 for s in shares):
            raise ValidationError(
                "award",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Lot {number}: the shares add up to {total} %; they must be above 0 and add"
                    " up to 100 %.",
                ),
                number=lot.number,
                total=str(total),
            )
        if len({s.supplier_id for s in shares}) != len(shares):
            raise ValidationError(
                "award",
                QT_TRANSLATE_NOOP("Messages", "Lot {number}: a supplier is named twice."),
                number=lot.number,
            )
        offers = {o.supplier_id: o for o in opened_offers(session, lot_id).offers}
        for share in shares:
            offer = offers.get(share.supplier_id)
            if offer is None:
                supplier = session.get(Organisation, share.supplier_id)
                raise RuleViolation(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Lot {number}: {name} has no opened bid in the latest round and cannot"
                        " win it.",
                    ),
                    number=lot.number,
                    name=supplier.name if supplier else f"#{share.supplier_id}",
                )
            session.add(
                LotAward(
                    lot_id=lot_id,
                    organisation_id=share.supplier_id,
                    share=Decimal(share.share),
                    reason=reason.strip(),
                    decided_by_id=user.id,
                )
            )
            agreement = agreements.get(share.supplier_id)
            if agreement is None:
                agreement = FrameworkAgreement(
                    title=f"{tender.title} – {offer.supplier}",
                    supplier_id=share.supplier_id,
                    category_id=tender.category_id,
                    tender_id=tender.id,
                    state=AgreementState.DRAFT,
                )
                agreements[share.supplier_id] = agreement
                session.add(agreement)
            agreement.items.extend(
                AgreementItem(
                    item_id=item.item_id,
                    lot_id=lot_id,
                    unit_price=offer.prices[item.item_id],
                    share=Decimal(share.share),
                )
                for item in lot.items
            )
    session.flush()
    change_state(session, user, tender, TenderState.AWARDED, f"Tender {tender.title} awarded")
    audit.record(
        session,
        user,
        "award",
        "tender",
        tender.id,
        f"Tender {tender.title}: {len(awarded)} lots awarded,"
        f" {len(agreements)} draft framework agreements",
        None,
        {
            "lots": {
                str(lots[lot_id].number): {str(s.supplier_id): str(s.share) for s in shares}
                for lot_id, shares in awarded.items()
            },
            "agreements": sorted(a.id for a in agreements.values()),
            "reason": reason.strip(),
        },
    )
    return AwardResult(
        tuple(sorted(a.id for a in agreements.values())),
        tuple(sorted(lots[i].number for i in awarded)),
    )


def lot_awards(session: Session, lot_id: int) -> list[tuple[str, Decimal]]:
    """(supplier, share) of an awarded lot; part of the evaluation: READ_ALL."""
    require_viewer(session, Permission.READ_ALL)
    return [
        (name, share)
        for name, share in session.execute(
            select(Organisation.name, LotAward.share)
            .join(Organisation, Organisation.id == LotAward.organisation_id)
            .where(LotAward.lot_id == lot_id)
            .order_by(LotAward.share.desc(), Organisation.name)
        )
    ]
