"""Issue 11 in the pool's views and command line: a procurement head sees no other participant.

The Requirements, Agreements and Reports areas are built as the procurement head
of "Eigene Gießerei GmbH" over a pool with a second participant; every table model
and label of every collection, round and agreement is read and must not name the
other participant, its volumes, baseline prices or savings. The office's actions
are disabled, and what the services refuse the command line refuses too.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from account_builders import LOGINS, PASSWORD, cheap_hashes
from pool_world import OTHER_NAME, OWN_NAME, SECRETS, YEAR, Pool, build_pool
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from widget_text import widget_text

from niro_desk import cli
from niro_desk.app_context import AppContext
from niro_desk.database import Database


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashes(monkeypatch)


def _hides_the_other(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def _as_head(db: Database) -> tuple[Pool, AppContext]:
    pool = build_pool(db)
    context = AppContext(db, LOGINS["head"], "en")
    context.act_as(LOGINS["head"])
    return pool, context


def test_the_requirements_area_shows_a_head_only_its_own_organisation(
    qtbot: QtBot, db: Database
) -> None:
    from niro_desk.ui.requirements.requirements_area import RequirementsArea

    pool, context = _as_head(db)
    area = RequirementsArea(context)
    qtbot.addWidget(area)
    seen = []
    tab = area.collections
    assert tab.view.select_id(pool.collection_id)
    seen.append(widget_text(area))
    assert OWN_NAME in seen[-1]  # its own row on the Participants tab
    detail = tab.detail
    assert not tab.new_button.isEnabled()
    for name in ("edit", "open", "close", "reminder", "workbooks", "emails", "import"):
        assert not getattr(detail, f"{name}_button").isEnabled(), name
    assert detail.enter_button.isEnabled()  # its own requirements
    area.tabs.setCurrentWidget(area.rounds)
    assert area.rounds.view.select_id(pool.round_id)
    seen.append(widget_text(area))
    assert not area.rounds.rank_button.isEnabled()
    area.tabs.setCurrentWidget(area.categories)
    seen.append(widget_text(area))
    assert not area.categories.new_button.isEnabled()
    _hides_the_other("\n".join(seen))


def test_the_agreements_area_shows_prices_but_no_other_participant(
    qtbot: QtBot, db: Database
) -> None:
    from niro_desk.ui.agreements.agreements_area import AgreementsArea

    pool, context = _as_head(db)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    assert not area.new_button.isEnabled()
    seen = []
    for agreement_id in (pool.agreement_id, pool.gas_agreement_id, pool.draft_id):
        assert area.view.select_id(agreement_id)
        seen.append(widget_text(area))
    text = "\n".join(seen)
    _hides_the_other(text)
    assert "123.4567" in text or "123,4567" in text  # the agreed price is everyone's
    area.view.select_id(pool.agreement_id)
    buttons = area.detail.buttons
    for name in ("edit", "terminate", "attach", "print", "supplier_export"):
        assert not buttons[name].isEnabled(), name
    assert buttons["opt_in"].isEnabled() and buttons["opt_out"].isEnabled()
    area.view.select_id(pool.gas_agreement_id)  # its organisation does not take part
    assert buttons["opt_in"].isEnabled()
    for name in ("volumes", "consent", "opt_out"):
        assert not buttons[name].isEnabled(), name


def test_the_reports_area_shows_a_head_its_own_value_only(qtbot: QtBot, db: Database) -> None:
    from niro_desk.ui.reports.reports_area import ReportsArea

    _pool, context = _as_head(db)
    area = ReportsArea(context)
    qtbot.addWidget(area)
    area.year.setValue(YEAR)
    area.reload()
    text = widget_text(area)
    assert OWN_NAME in text
    _hides_the_other(text)


def test_the_office_sees_both_participants(qtbot: QtBot, db: Database) -> None:
    """The same walk as office staff: the check above can fail."""
    from niro_desk.ui.agreements.agreements_area import AgreementsArea

    pool = build_pool(db)
    context = AppContext(db, LOGINS["staff"], "en")
    context.act_as(LOGINS["staff"])
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    assert area.view.select_id(pool.agreement_id)
    text = widget_text(area)
    assert OTHER_NAME in text and OWN_NAME in text
    assert area.detail.buttons["print"].isEnabled()
    assert all(isinstance(b, QPushButton) for b in area.detail.buttons.values())


def test_the_start_page_tells_a_head_the_agenda_is_the_offices(qtbot: QtBot, db: Database) -> None:
    from niro_desk.ui.start.start_page import StartPage

    _pool, context = _as_head(db)
    page = StartPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.agenda is not None and not page.is_loading(), timeout=10000)
    assert page.model.rowCount() == 0
    assert "office's deadlines" in page.status_label.text()


# -- the command line ------------------------------------------------------------------------


def _as(monkeypatch: pytest.MonkeyPatch, *lines: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


def test_the_command_line_obeys_the_same_rules(
    db: Database,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    pool = build_pool(db)
    base = ["--lang", "en", "--database", database_url]

    def run(who: str, *command: str) -> int:
        _as(monkeypatch, PASSWORD)
        return cli.main([*base, *command, "--as", LOGINS[who]])

    summary = ["agreement", "summary", str(pool.agreement_id), "-o", str(tmp_path / "s.pdf")]
    assert run("head", *summary) == 1
    assert "may not do this" in capsys.readouterr().err
    assert not (tmp_path / "s.pdf").exists()
    participants = ["agreement", "participants", str(pool.agreement_id)]
    assert run("head", *participants, "-o", str(tmp_path / "p.xlsx")) == 1
    assert not (tmp_path / "p.xlsx").exists()
    own = ["member", "statement", str(pool.own_id), "--year", str(YEAR)]
    assert run("head", *own, "-o", str(tmp_path / "own.pdf")) == 0
    other = ["member", "statement", str(pool.other_id), "--year", str(YEAR)]
    assert run("head", *other, "-o", str(tmp_path / "other.pdf")) == 1
    assert not (tmp_path / "other.pdf").exists()
    folder = tmp_path / "letters"
    assert run("head", "member", "statements", "--year", str(YEAR), "-o", str(folder)) == 0
    assert len(list(folder.iterdir())) == 1
    workbooks = ["collection", "workbooks", str(pool.collection_id), "-o", str(tmp_path / "wb")]
    assert run("head", *workbooks) == 1
    assert run("manager", *workbooks) == 1
    importing = ["collection", "import", str(pool.collection_id), str(tmp_path), "--dry-run"]
    assert run("head", *importing) == 1
    capsys.readouterr()
    assert run("staff", *summary) == 0
    assert (tmp_path / "s.pdf").exists()
    assert run("staff", *workbooks) == 0


def test_a_members_page_hides_another_organisations_participations(
    qtbot: QtBot, db: Database
) -> None:
    from niro_desk.ui.agreements.participations_tab import ParticipationsTab
    from niro_desk.ui.members.service_fees_tab import ServiceFeesTab

    pool, context = _as_head(db)
    tab = ParticipationsTab(context)
    qtbot.addWidget(tab)
    tab.show_organisation(pool.own_id)
    assert tab.model.rowCount() == 1
    tab.show_organisation(pool.other_id)
    assert tab.model.rowCount() == 0
    _hides_the_other(widget_text(tab))
    fees = ServiceFeesTab(context)
    qtbot.addWidget(fees)
    fees.show_customer(pool.customer_id, "Kunde Metall AG")
    assert fees.model.rowCount() == 0 and not fees.add_button.isEnabled()


def test_a_refusal_by_the_service_shows_as_the_usual_error(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The buttons are disabled, but a hidden button is no permission: the services refuse
    and the view shows their message."""
    from niro_desk.errors import PermissionDenied
    from niro_desk.messages import render_error
    from niro_desk.ui.agreements.agreements_area import AgreementsArea
    from niro_desk.ui.members import prompts
    from niro_desk.ui.reports import print_actions

    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))
    monkeypatch.setattr(prompts, "save_file", lambda *_args: tmp_path / "summary.pdf")
    monkeypatch.setattr(print_actions, "open_url", lambda _url: None)
    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    pool, context = _as_head(db)
    area = AgreementsArea(context)
    qtbot.addWidget(area)
    assert area.view.select_id(pool.agreement_id)
    assert area.detail.print_summary() is None
    assert not (tmp_path / "summary.pdf").exists()
    assert area.detail.activate() is False  # an office change
    assert [type(error) for error in shown] == [PermissionDenied, PermissionDenied]
    assert "may not do this" in render_error(shown[1])  # type: ignore[arg-type]
