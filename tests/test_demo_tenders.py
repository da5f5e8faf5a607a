"""The demo's tenders: one awarded after two rounds, one with sealed bids; suppliers' records."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from niro_desk.database import Database
from niro_desk.demo import DEMO_PASSPHRASE, SEALED_TITLE
from niro_desk.errors import RuleViolation
from niro_desk.models import Bid, BidPrice, FrameworkAgreement, Tender, TenderState
from niro_desk.procurement import suppliers, tender_evaluation, tender_opening, tenders
from niro_desk.users import ensure_user


def test_demo_tenders(demo_db: Database) -> None:
    with demo_db.reading() as session:
        rows = {r.title: r for r in tenders.list_tenders(session)}
        awarded = rows["Strom und Erdgas 2027"]
        sealed = rows[SEALED_TITLE]
        assert awarded.state == TenderState.AWARDED and awarded.current_round == 2
        assert sealed.state == TenderState.ROUND_OPEN
        agreements = session.scalars(
            select(FrameworkAgreement).where(FrameworkAgreement.tender_id == awarded.id)
        ).all()  # the award's drafts, activated by the demo's agreements
        assert len(agreements) >= 2 and all(a.state == "active" for a in agreements)
        tender = session.get(Tender, awarded.id)
        assert tender is not None
        comparison = tender_evaluation.lot_comparison(session, tender.lots[0].id)
        assert comparison.rounds == [1, 2] and all(o.change for o in comparison.offers)
        sealed_bids = session.scalars(
            select(Bid).join(Bid.round).where(Bid.round.has(tender_id=sealed.id))
        ).all()
        assert len(sealed_bids) == 4 and not any(b.opened for b in sealed_bids)
        assert not session.scalars(
            select(BidPrice).where(BidPrice.bid_id.in_([b.id for b in sealed_bids]))
        ).all()
        expiring = suppliers.expiring_certificates(session, 30)
        assert {e.standard for e in expiring} == {"ISO 50001", "ISO 14001"}
    with demo_db.transaction() as session:
        first = tenders.round_by_number(session, sealed.id, 1)
        with pytest.raises(RuleViolation, match="has not passed yet"):
            tender_opening.open_round(
                session, ensure_user(session, "test.user"), first.id, DEMO_PASSPHRASE, ["Eva"]
            )
