"""Screenshots of every area of the main window on the demo network: ``make screenshots``.

Runs offscreen in a temporary data folder (your own database and settings are not
touched): fills a demo SQLite database, opens the main window at 1280x800 in
German and writes docs/screenshots/<area>.png for each area, the admission
dialog, the tenders (comparison, sealed bids, bid entry, a supplier's tender
history), and the first steps an empty database shows (first-steps.png; the
start page "what needs doing now" is start.png). Then the
same again at 150 % scaling (``QT_SCALE_FACTOR=1.5``, in a second process, as
Qt reads it at start) into docs/screenshots/scaled/, to check that no text is cut.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
SIZE = (1280, 800)
DEMO_LOGIN = "s.berger"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", choices=["de", "en"], default="de")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--no-scaled", action="store_true", help="skip the 150 %% pictures in <out>/scaled/"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="niro-desk-screenshots-") as folder:
        data = Path(folder)
        os.environ["NIRO_DESK_DATA_DIR"] = str(data)
        os.environ.pop("NIRO_DESK_DATABASE_URL", None)
        result = _make(data, args.lang, args.out)
    if result != 0 or args.no_scaled:
        return result
    scaled = [sys.executable, __file__, "--lang", args.lang, "--out", str(args.out / "scaled")]
    env = {**os.environ, "QT_SCALE_FACTOR": "1.5"}
    return subprocess.run([*scaled, "--no-scaled"], env=env, check=False).returncode


def _make(data: Path, language: str, out: Path) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from niro_desk import APP_NAME
    from niro_desk.app import prepare_database
    from niro_desk.app_context import AppContext
    from niro_desk.config import DEMO_DATABASE_FILE, sqlite_url
    from niro_desk.i18n import install_translators, remove_translators
    from niro_desk.ui.app_font import ensure_readable_font

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    ensure_readable_font(app)  # as the app does at start-up
    translators = install_translators(app, language)
    db = prepare_database(sqlite_url(data / DEMO_DATABASE_FILE), demo=True, user_login=DEMO_LOGIN)
    try:
        from niro_desk.ui.main_window import MainWindow

        settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(db, DEMO_LOGIN, language, demo=True), settings)
        window.resize(*SIZE)
        window.show()
        out.mkdir(parents=True, exist_ok=True)
        for key in window.area_keys():
            area = window.show_area(key)
            loading = getattr(area, "is_loading", None)  # the start page loads off the UI thread
            while callable(loading) and loading():
                app.processEvents()
            view = getattr(area, "view", None)
            if view is not None and hasattr(view, "selectRow") and view.model().rowCount() > 2:
                view.selectRow(2)  # show the detail panel filled, as the office sees it
            for _ in range(3):  # layouts, lazy models, first paint
                app.processEvents()
            target = out / f"{key}.png"
            if not window.grab().save(str(target)):
                print(f"could not write {target}", file=sys.stderr)
                return 1
            print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
        _dialogs(window, out, app)
        _requirements(window, out, app)
        _tenders(window, out, app)
        _agreements(window, out, app)
        window.close()
        app.processEvents()
    finally:
        db.dispose()
        remove_translators(app, translators)
    return _first_steps(data, language, out, app)


def _first_steps(data: Path, language: str, out: Path, app: object) -> int:
    """The members area of an empty database: what to do first."""
    from PySide6.QtCore import QSettings

    from niro_desk.app import prepare_database
    from niro_desk.app_context import AppContext
    from niro_desk.config import sqlite_url
    from niro_desk.i18n import install_translators, remove_translators
    from niro_desk.ui.main_window import MainWindow

    translators = install_translators(app, language)  # type: ignore[arg-type]
    db = prepare_database(sqlite_url(data / "empty.sqlite3"), demo=False, user_login=DEMO_LOGIN)
    try:
        settings = QSettings(str(data / "empty-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(AppContext(db, DEMO_LOGIN, language), settings)
        window.resize(*SIZE)
        window.show()
        window.show_area("members")
        for _ in range(3):
            app.processEvents()  # type: ignore[attr-defined]
        target = out / "first-steps.png"
        if not window.grab().save(str(target)):
            print(f"could not write {target}", file=sys.stderr)
            return 1
        print(target)
        window.close()
        app.processEvents()  # type: ignore[attr-defined]
    finally:
        db.dispose()
        remove_translators(app, translators)  # type: ignore[arg-type]
    return 0


def _dialogs(window: object, out: Path, app: object) -> None:
    """The admission dialog of the demo's conflicting applicant, as the board sees it."""
    from niro_desk import demo
    from niro_desk.membership.member_directory import DirectoryFilter, list_directory

    members = window.show_area("members")  # type: ignore[attr-defined]
    with members.context.db.reading() as session:
        [row] = list_directory(session, DirectoryFilter(text=demo.CONFLICTING_APPLICANT))
    dialog = members.open_admission(row.id)
    dialog.resize(900, dialog.sizeHint().height())
    for _ in range(3):
        app.processEvents()  # type: ignore[attr-defined]
    dialog.grab().save(str(out / "admission.png"))
    print(out / "admission.png")
    dialog.close()


def _requirements(window: object, out: Path, app: object) -> None:
    """The Requirements area on an open collection, the rounds, and the manual entry."""
    from niro_desk.models import CollectionState
    from niro_desk.procurement.requirement_collections import list_collections

    area = window.show_area("requirements")  # type: ignore[attr-defined]
    with area.context.db.reading() as session:
        rows = list_collections(session)
    gases = min((r for r in rows if r.state == CollectionState.OPEN), key=lambda r: r.deadline)
    area.collections.view.select_id(gases.id)

    def save(widget: object, name: str) -> None:
        for _ in range(3):
            app.processEvents()  # type: ignore[attr-defined]
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    save(window, "requirements.png")
    area.tabs.setCurrentWidget(area.rounds)
    save(window, "requirements-rounds.png")
    area.tabs.setCurrentWidget(area.collections)
    area.collections.detail.participant_view.selectRow(0)
    dialog = area.collections.detail.enter_lines()
    dialog.resize(1100, 420)
    save(dialog, "requirements-entry.png")
    dialog.close()
    _workbook_import(area, gases.id, out, save)


def _workbook_import(area: object, collection_id: int, out: Path, save: object) -> None:
    """Returned workbooks of the open collection in the import dialog: one good, one wrong."""
    import time

    from openpyxl import load_workbook
    from PySide6.QtWidgets import QApplication

    from niro_desk.procurement.collection_workbook import generate_workbooks

    with tempfile.TemporaryDirectory(prefix="niro-desk-workbooks-") as folder:
        sent, back = Path(folder) / "sent", Path(folder) / "back"
        back.mkdir(parents=True)
        with area.context.db.transaction() as session:  # type: ignore[attr-defined]
            made = generate_workbooks(session, collection_id, sent)
        for number, workbook in enumerate(made[:3]):
            book = load_workbook(workbook.path)
            sheet = book.worksheets[1]
            sheet["D2"] = ["1.250", "3.400 m³", "viel"][number]
            sheet["I2"] = "31.12.2027"
            book.save(back / f"{workbook.organisation[:24]}.xlsx")
        view = area.collections.detail  # type: ignore[attr-defined]
        dialog = view.import_workbooks([back])
        dialog.resize(1100, 560)
        deadline = time.monotonic() + 60
        while dialog.plan is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.05)
        save(dialog, "requirements-import.png")  # type: ignore[operator]
        dialog.close()


def _tenders(window: object, out: Path, app: object) -> None:
    """The awarded demo tender's comparison, the sealed one's bids, and the bid entry."""
    from niro_desk.demo import SEALED_TITLE
    from niro_desk.procurement.tenders import list_tenders

    area = window.show_area("tenders")  # type: ignore[attr-defined]
    with area.context.db.reading() as session:
        rows = {row.title: row.id for row in list_tenders(session)}

    def save(widget: object, name: str) -> None:
        for _ in range(3):
            app.processEvents()  # type: ignore[attr-defined]
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    area.view.select_id(next(i for title, i in rows.items() if title != SEALED_TITLE))
    area.detail.tabs.setCurrentIndex(2)
    save(window, "tenders-comparison.png")
    area.view.select_id(rows[SEALED_TITLE])
    area.detail.tabs.setCurrentIndex(1)
    save(window, "tenders-sealed.png")
    from niro_desk.ui.tenders.bid_dialog import BidDialog

    overview, brief = area.detail.overview, area.detail.brief
    dialog = BidDialog(area.context, overview.rounds[-1], brief, window)  # type: ignore[arg-type]
    save(dialog, "tenders-bid.png")
    dialog.close()
    _supplier_history(area, save)


def _supplier_history(area: object, save: object) -> None:
    """The suppliers dialog's Tenders tab for a supplier that won a lot of the awarded tender."""
    from niro_desk.procurement.supplier_history import supplier_history
    from niro_desk.procurement.suppliers import list_suppliers
    from niro_desk.ui.tenders.suppliers_dialog import SuppliersDialog

    context = area.context  # type: ignore[attr-defined]
    with context.db.reading() as session:
        winners = [
            s.id
            for s in list_suppliers(session)
            if any(r.share for r in supplier_history(session, s.id).rows)
        ]
    dialog = SuppliersDialog(context, area)  # type: ignore[arg-type]
    dialog.resize(1280, 640)
    dialog.show()
    if winners:
        dialog.view.select_id(winners[0])
    dialog.tabs.setCurrentIndex(1)
    save(dialog, "supplier-history.png")  # type: ignore[operator]
    dialog.close()


def _agreements(window: object, out: Path, app: object) -> None:
    """An agreement's participants, the opt-in dialog and a member's Agreements tab."""
    from niro_desk.ui.agreements.participation_dialogs import OptInDialog

    area = window.show_area("agreements")  # type: ignore[attr-defined]

    def save(widget: object, name: str) -> None:
        for _ in range(3):
            app.processEvents()  # type: ignore[attr-defined]
        widget.grab().save(str(out / name))  # type: ignore[attr-defined]
        print(out / name)

    rows = [area.model.row_at(r) for r in range(area.model.rowCount())]
    chosen = next(r for r in rows if r.state == "active" and not r.from_tender and r.participants)
    area.view.select_id(chosen.id)
    area.detail.tabs.setCurrentIndex(1)
    save(window, "agreements-participants.png")
    dialog = OptInDialog(area.context, area.detail.agreement_id, parent=window)
    save(dialog, "agreements-opt-in.png")
    dialog.close()
    members = window.show_area("members")  # type: ignore[attr-defined]
    members.panel.tabs.setCurrentWidget(members.panel.agreements_tab)
    save(window, "members-agreements.png")


if __name__ == "__main__":
    raise SystemExit(main())
