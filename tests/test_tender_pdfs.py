"""The opening protocol and the evaluation PDF: text extracted with pypdf, umlauts, €, no leak."""

from __future__ import annotations

import os
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from tender_builders import AFTER_DEADLINE, PASSPHRASE, bid, build

from niro_desk.database import Database
from niro_desk.errors import RuleViolation
from niro_desk.procurement import bids, tender_evaluation, tender_opening
from niro_desk.procurement.evaluation_report import write_evaluation_report
from niro_desk.procurement.opening_protocol import write_opening_protocol
from niro_desk.users import ensure_user


def _keep(path: Path) -> None:
    """NIRO_DESK_KEEP_PDFS=folder keeps the PDFs to look at (pdftoppm → PNG)."""
    folder = os.environ.get("NIRO_DESK_KEEP_PDFS")
    if folder:
        shutil.copy(path, Path(folder) / path.name)


def _text(path: Path) -> str:
    _keep(path)
    reader = PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdfs_before_and_after_opening(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        scenario = build(session)
        bid(session, scenario, 0, "0.2137", "0.0861")
        late = bid(session, scenario, 1, "0.1999", received=AFTER_DEADLINE)
        bid(session, scenario, 2, "0.2500")
    with db.reading() as session:
        with pytest.raises(RuleViolation, match="not opened yet"):
            write_opening_protocol(session, scenario.round_id, tmp_path / "early.pdf", "de")
        sealed = write_evaluation_report(session, scenario.tender_id, tmp_path / "sealed.pdf", "de")
    sealed_text = _text(sealed)
    assert "Noch keine geöffnete Runde" in sealed_text
    for secret in ("2137", "0861", "1999", "256,44"):
        assert secret not in sealed_text
    with db.transaction() as session:
        user = ensure_user(session, "test.user")
        tender_opening.open_round(
            session,
            user,
            scenario.round_id,
            PASSPHRASE,
            ["Jürgen Weiß (Vorstand)", "Eva Müller"],
            now=AFTER_DEADLINE,
        )
        quality, service = scenario.criteria["Quality"], scenario.criteria["Service"]
        tender_evaluation.set_scores(
            session, user, scenario.lot_power, scenario.suppliers[0], {quality: 80, service: 70}
        )
    with db.reading() as session:
        protocol = write_opening_protocol(session, scenario.round_id, tmp_path / "p.pdf", "de")
        report = write_evaluation_report(session, scenario.tender_id, tmp_path / "e.pdf", "de")
        assert bids.round_bids(session, scenario.round_id)[-1].id == late.bid_ids[0]
    text = _text(protocol)
    assert "Öffnungsprotokoll" in text
    assert "Jürgen Weiß (Vorstand)" in text and "Eva Müller" in text
    assert "verspätet, ausgeschlossen" in text
    assert "256,44 €" in text  # 0,2137 € × 1.200 MWh
    assert "1999" not in text and "239,88" not in text  # the late bid stays sealed
    assert "Seite 1 von 1" in text
    evaluation = _text(report)
    assert "Preispunkte = 100 × beste Summe ÷ Summe des Lieferanten" in evaluation
    assert "Stadtwerke Hellweg" in evaluation and "Münsterland Strom" in evaluation
    assert "256,44 €" in evaluation
    fonts = {
        str(font.get("/BaseFont"))
        for page in PdfReader(str(report)).pages
        for font in page["/Resources"]["/Font"].values()
        for font in [font.get_object()]
    }
    assert all("Helvetica" not in f for f in fonts), fonts  # an embedded TTF only
    assert Decimal("256.44") == Decimal("0.2137") * 1200
