"""The supplier's workbook: consent respected, nothing derivable, no baselines; and the CLI."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from startpage_builders import TODAY, agreement, customer, office_supplies, participate, supplier

from niro_desk import cli
from niro_desk.database import Database
from niro_desk.errors import NotFound
from niro_desk.procurement.participants_export import export_participants

NAMED = {"Hellweg Metall GmbH": ("1200", "30"), "Ruhr Guss AG": ("800", None)}
#: name → (paper, toner); toner has one unnamed buyer only, paper two
UNNAMED = {"Geheim Stahl GmbH": ("1537", "13.5"), "Verborgen Logistik KG": ("711", None)}
BASELINES = ("4.8800", "99.0700", "4.9900", "5.1300", "101.5100", "5.2700")


def build(session, country: str = "DE", unnamed: dict[str, tuple[str, str | None]] = UNNAMED):  # type: ignore[no-untyped-def]
    category_id, (paper, toner) = office_supplies(session)
    seller = supplier(session, "Papier Meyer GmbH", country)
    record = agreement(
        session,
        seller,
        category_id,
        "Bürobedarf 2026–2028",
        dt.date(2028, 12, 31),
        prices=[(paper, "4.2000"), (toner, "89.9000")],
    )
    baselines = iter(BASELINES)
    for index, (name, (paper_volume, toner_volume)) in enumerate(
        [*NAMED.items(), *unnamed.items()]
    ):
        volumes = {paper: (paper_volume, next(baselines))}
        if toner_volume is not None:
            volumes[toner] = (toner_volume, next(baselines))
        organisation = customer(session, name, street=f"Werkstraße {index + 10}")
        participate(session, record, organisation, volumes, consent=name in NAMED)
    gone = customer(session, "Ehemals Stanzwerk GmbH")
    participate(
        session,
        record,
        gone,
        {paper: ("999", "5.0000")},
        consent=True,
        left_on=dt.date(2026, 6, 30),
    )
    return record.id


def cells(path: Path) -> dict[str, list[list[Any]]]:
    workbook = load_workbook(path)
    return {
        sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)]
        for sheet in workbook.worksheets
    }


def every_value(sheets: dict[str, list[list[Any]]]) -> list[Any]:
    return [value for rows in sheets.values() for row in rows for value in row if value is not None]


def same_number(value: Any, number: str) -> bool:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        return False
    return Decimal(str(value)) == Decimal(number)


def assert_nothing_about_the_unnamed(
    sheets: dict[str, list[list[Any]]], unnamed: dict[str, tuple[str, str | None]]
) -> None:
    """No name, no volume, and no volume as the total minus the named volumes of an item."""
    values = every_value(sheets)
    text = "\n".join(str(value) for value in values)
    for name, volumes in unnamed.items():
        assert name not in text
        assert name.split()[0] not in text  # not even a part of it
        for volume in volumes:
            if volume is not None:
                assert not any(same_number(value, volume) for value in values), (name, volume)
    participants = next(
        rows for title, rows in sheets.items() if title in ("Teilnehmer", "Participants")
    )
    header, *body = participants
    total_row = body[-1]
    named_rows = [row for row in body[:-1] if row[1]]  # named participants have an address
    for column in range(5, len(header)):
        shown = sum(Decimal(str(row[column])) for row in named_rows if row[column] is not None)
        derived = Decimal(str(total_row[column])) - shown
        buyers = [v[column - 5] for v in unnamed.values() if v[column - 5] is not None]
        if len(buyers) == 1:  # the only unnamed buyer: the difference must not be its volume
            assert derived != Decimal(buyers[0]), header[column]


def test_consent_respected_and_nothing_derivable(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        agreement_id = build(session)
    path = tmp_path / "Teilnehmer.xlsx"
    with db.reading() as session:
        summary = export_participants(session, agreement_id, path, today=TODAY)
    assert (summary.language, summary.named, summary.items, summary.pooled_only) == ("de", 2, 2, 1)
    sheets = cells(path)
    assert list(sheets) == ["Rahmenvertrag", "Artikel", "Teilnehmer"]

    header, *rows = sheets["Teilnehmer"]
    assert header[:5] == ["Teilnehmer", "Straße", "PLZ", "Ort", "Land"]
    assert header[5:] == ["Kopierpapier A4 (Stück)", "Toner schwarz (Stück) *"]
    named = {row[0]: row for row in rows if row[0] in NAMED}
    assert named["Hellweg Metall GmbH"][1:5] == ["Werkstraße 10", "59065", "Hamm", "DE"]
    assert named["Hellweg Metall GmbH"][5] == 1200 and named["Ruhr Guss AG"][5] == 800
    # toner: one unnamed buyer, so no single toner volume at all, only the total
    assert named["Hellweg Metall GmbH"][6] is None
    others = next(row for row in rows if row[0] == "Weitere Teilnehmer (nicht namentlich)")
    assert others[5] == 1537 + 711 and others[6] is None
    assert rows[-1][0] == "Summe aller Teilnehmer"
    assert rows[-1][5:] == [1200 + 800 + 1537 + 711, 43.5]
    assert "Ehemals Stanzwerk GmbH" not in str(sheets)  # left before today

    assert_nothing_about_the_unnamed(sheets, UNNAMED)
    assert not any(same_number(value, "30") for value in every_value(sheets))

    notes = [row[1] for row in sheets["Rahmenvertrag"] if row[0] == "Hinweis"]
    assert any("Toner schwarz: Nur ein nicht namentlich" in note for note in notes)
    items_header, *items = sheets["Artikel"]
    assert items_header[2] == "Vereinbarter Preis je Einheit (€)"
    assert [(row[0], row[2], row[5]) for row in items] == [
        ("Kopierpapier A4", 4.2, 4248),
        ("Toner schwarz", 89.9, 43.5),
    ]


def test_never_baseline_prices_or_savings(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        agreement_id = build(session)
    path = tmp_path / "x.xlsx"
    with db.reading() as session:
        export_participants(session, agreement_id, path, today=TODAY)
    values = every_value(cells(path))
    for baseline in (*BASELINES, "5.0000"):
        assert not any(same_number(value, baseline) for value in values), baseline
    text = "\n".join(str(value) for value in values).lower()
    for word in ("baseline", "ersparnis", "einsparung", "saving", "bisheriger preis"):
        assert word not in text


def test_exactly_one_unnamed_participant_is_merged_into_the_total(
    db: Database, tmp_path: Path
) -> None:
    """With one unnamed participant, a pooled line would be its volume: there is none, and the
    named volumes of the items it buys are left out, so total − named reveals nothing."""
    single = {"Geheim Stahl GmbH": ("1537", "13.5")}
    with db.transaction() as session:
        agreement_id = build(session, country="FR", unnamed=single)
    path = tmp_path / "participants.xlsx"
    with db.reading() as session:
        summary = export_participants(session, agreement_id, path, today=TODAY)
    assert (summary.language, summary.pooled_only) == ("en", 2)
    sheets = cells(path)
    assert list(sheets) == ["Agreement", "Items", "Participants"]
    header, *rows = sheets["Participants"]
    assert header[5:] == ["Kopierpapier A4 (pieces) *", "Toner schwarz (pieces) *"]
    assert [row[0] for row in rows] == [
        "Hellweg Metall GmbH",
        "Ruhr Guss AG",
        "Total of all participants",
    ]
    assert all(row[5] is None and row[6] is None for row in rows[:-1])
    assert rows[-1][5:] == [1200 + 800 + 1537, 43.5]
    assert_nothing_about_the_unnamed(sheets, single)
    notes = [row[1] for row in sheets["Agreement"] if row[0] == "Note"]
    assert len(notes) == 3 and "only one participant who is not named" in notes[1]


def test_all_named_shows_every_volume(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        agreement_id = build(session, unnamed={})
    path = tmp_path / "all.xlsx"
    with db.reading() as session:
        assert export_participants(session, agreement_id, path, today=TODAY).pooled_only == 0
    _header, *rows = cells(path)["Teilnehmer"]
    assert [row[0] for row in rows] == [
        "Hellweg Metall GmbH",
        "Ruhr Guss AG",
        "Summe aller Teilnehmer",
    ]
    assert rows[0][5:] == [1200, 30]


def test_an_agreement_that_does_not_exist(db: Database, tmp_path: Path) -> None:
    with db.reading() as session, pytest.raises(NotFound):
        export_participants(session, 999, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


@pytest.mark.usefixtures("qapp")
def test_cli_writes_the_workbook(
    db: Database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        agreement_id = build(session)
    path = tmp_path / "Lieferant.xlsx"
    base = ["--lang", "en", "--database", database_url, "agreement", "participants"]
    assert cli.main([*base, str(agreement_id), "-o", str(path)]) == 0
    assert f"Participants written to {path} (2 named" in capsys.readouterr().out
    assert_nothing_about_the_unnamed(cells(path), UNNAMED)
    assert cli.main([*base, "999", "-o", str(tmp_path / "none.xlsx")]) == 1
    assert "#999 no longer exists" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        cli.main([*base, str(agreement_id)])  # -o is required
    assert exit_info.value.code == 2


def test_export_from_the_ui(
    qtbot: Any, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from niro_desk.app_context import AppContext
    from niro_desk.ui import agreements_export_action
    from niro_desk.ui.members import prompts

    with db.transaction() as session:
        agreement_id = build(session, country="AT")
    suggested: list[str] = []
    target = tmp_path / "für Meyer"  # without the suffix: .xlsx is added

    def save_dialog(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        suggested.append(start)
        return str(target), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", save_dialog)
    informed: list[str] = []
    monkeypatch.setattr(prompts, "inform", lambda _parent, _title, text: informed.append(text))
    parent = QWidget()
    qtbot.add_widget(parent)
    context = AppContext(db, "test.user", "en")
    assert agreements_export_action.export_participants(parent, context, agreement_id)
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    today = dt.date.today().isoformat()
    assert Path(suggested[0]).name == f"Participants Bürobedarf 2026–2028-{today}.xlsx"
    written = tmp_path / "für Meyer.xlsx"
    assert f"saved to {written} (in German)" in informed[0]
    assert "It names 2 participant(s)" in informed[0]
    assert_nothing_about_the_unnamed(cells(written), UNNAMED)

    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *_args, **_kwargs: ("", "")
    )
    assert agreements_export_action.export_participants(parent, context, agreement_id) is None
