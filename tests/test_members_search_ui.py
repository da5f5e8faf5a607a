"""The members list under load: searches off the GUI thread, newest first, pages, SQL order.

Real widgets on a fresh database per test (SQLite and PostgreSQL).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from niro_desk import large_network
from niro_desk.app_context import AppContext
from niro_desk.errors import QT_TRANSLATE_NOOP, StatementTimeout
from niro_desk.membership.member_directory import (
    FIRST_PAGE,
    PAGE_SIZE,
    DirectoryFilter,
    DirectorySort,
    directory_count,
    directory_page,
    list_directory,
    search_directory,
)
from niro_desk.models import Organisation, OrganisationKind
from niro_desk.ui.latest_search import LatestSearch
from niro_desk.ui.members import members_area, prompts
from niro_desk.ui.members.directory_model import CONTACTS, NAME, DirectoryModel
from niro_desk.ui.members.members_area import MembersArea

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
MEMBERS = {OrganisationKind.MEMBER}


def make_area(qtbot: QtBot, context: AppContext) -> MembersArea:
    area = MembersArea(context)
    qtbot.add_widget(area)
    area.resize(1200, 760)
    area.show()
    qtbot.waitExposed(area)
    return area


def shown_names(area: MembersArea) -> list[str]:
    proxy = area.view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def expected_names(context: AppContext, words: str) -> list[str]:
    with context.db.reading() as session:
        return [r.name for r in list_directory(session, DirectoryFilter(words, MEMBERS))]


def test_the_list_shows_the_newest_query_when_an_older_one_finishes_later(
    qtbot: QtBot, demo_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = make_area(qtbot, demo_context)
    older_started = threading.Event()
    older_may_finish = threading.Event()
    older_finished = threading.Event()
    real_search = members_area.search_directory

    def search(session: Any, criteria: DirectoryFilter, *args: Any, **kwargs: Any) -> Any:
        if criteria.text == "Unna":  # the older query: slow
            older_started.set()
            older_may_finish.wait(10)
            try:
                return real_search(session, criteria, *args, **kwargs)
            finally:
                older_finished.set()
        return real_search(session, criteria, *args, **kwargs)

    monkeypatch.setattr(members_area, "search_directory", search)
    older = expected_names(demo_context, "Unna")
    newer = expected_names(demo_context, "praz")
    assert older and newer and older != newer

    qtbot.keyClicks(area.search_edit, "Unna")
    area.search()  # what the debounce timer does
    assert older_started.wait(10)
    area.search_edit.setText("praz")
    area.search()
    qtbot.waitUntil(lambda: shown_names(area) == newer, timeout=5000)
    older_may_finish.set()
    assert older_finished.wait(10)
    assert area.searches.wait(5000)
    qtbot.wait(100)  # the older search's signal arrives (and is dropped)
    assert not area.searches.busy()
    assert shown_names(area) == newer
    assert area.shown_label.text().startswith(str(len(newer)))


def test_a_newer_search_cancels_the_older_query_in_the_database(
    qtbot: QtBot, context: AppContext, backend: str
) -> None:
    searches = LatestSearch(context.db)
    endless = (
        "SELECT pg_sleep(30)"
        if backend == "postgresql"
        else "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)"
        " SELECT count(*) FROM c"
    )
    delivered: list[Any] = []
    searches.found.connect(delivered.append)
    searches.failed.connect(delivered.append)
    searches.start(lambda session: session.execute(text(endless)).scalar())
    time.sleep(0.5)  # the endless query runs
    started = time.perf_counter()
    searches.start(lambda _session: "newest")
    assert searches.wait(10_000)
    assert time.perf_counter() - started < 5  # the endless query was stopped, not waited for
    qtbot.waitUntil(lambda: delivered == ["newest"], timeout=3000)
    qtbot.wait(50)
    assert delivered == ["newest"]


def test_a_search_that_times_out_says_so(
    qtbot: QtBot, demo_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = make_area(qtbot, demo_context)
    shown: list[Exception] = []
    monkeypatch.setattr(prompts, "show_error", lambda _parent, error: shown.append(error))

    def too_slow(*_args: Any, **_kwargs: Any) -> Any:
        raise StatementTimeout(QT_TRANSLATE_NOOP("Messages", "took too long"))

    monkeypatch.setattr(members_area, "search_directory", too_slow)
    before = area.model.rowCount()
    area.search_edit.setText("anything")
    area.search()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], StatementTimeout)
    assert area.model.rowCount() == before  # the list stays as it was


def test_a_pasted_paragraph_is_searched_shortened(qtbot: QtBot, demo_context: AppContext) -> None:
    area = make_area(qtbot, demo_context)
    paragraph = " ".join(f"wort{number}" for number in range(500)) + "\x00\ud800 %_"
    area.search_edit.setText(paragraph)
    assert len(area.search_edit.text()) <= 200  # the box takes no more
    area.search_edit.setText(" ".join(["Unna"] + [f"w{number}" for number in range(20)]))
    area.search()
    qtbot.waitUntil(lambda: "shortened" in area.shown_label.text(), timeout=5000)
    assert area.model.rowCount() == 0
    assert "8 words" in area.shown_label.toolTip()


@pytest.fixture
def large_context(context: AppContext) -> AppContext:
    large_network.fill(context.db, organisations=450, contacts=1_200)
    return context


def test_the_list_fetches_pages_and_sorts_in_the_database(
    qtbot: QtBot, large_context: AppContext
) -> None:
    area = make_area(qtbot, large_context)
    criteria = DirectoryFilter(kinds=MEMBERS, sort=DirectorySort.CONTACTS, descending=True)
    with large_context.db.reading() as session:
        everyone = list_directory(session, criteria)
    assert area.model.rowCount() == PAGE_SIZE < area.model.total() == len(everyone)
    with large_context.db.reading() as session:
        with_gmbh = directory_count(session, DirectoryFilter("GmbH", MEMBERS))
    area.search_edit.setText("GmbH")  # a keystroke's search: a screenful first, its count next
    qtbot.waitUntil(lambda: area.model.rowCount() == FIRST_PAGE, timeout=5000)
    qtbot.waitUntil(lambda: area.model.total() == with_gmbh > FIRST_PAGE, timeout=5000)
    assert area.shown_label.text().startswith(str(with_gmbh))
    area.search_edit.setText("")
    qtbot.waitUntil(lambda: area.model.total() == len(everyone))
    assert area.shown_label.text().startswith(str(len(everyone)))

    area.view.sortByColumn(CONTACTS, Qt.SortOrder.DescendingOrder)
    fetched = area.model.rowCount()
    assert fetched <= PAGE_SIZE  # still one page, but the top of all rows
    assert [row.id for row in area.model.rows()] == [row.id for row in everyone[:fetched]]
    assert area.model.rows()[0].contacts == max(row.contacts for row in everyone)

    area.view.scrollToBottom()
    qtbot.waitUntil(lambda: area.model.rowCount() > PAGE_SIZE, timeout=3000)
    assert [row.id for row in area.model.rows()] == [
        row.id for row in everyone[: area.model.rowCount()]
    ]
    last = everyone[-1].id  # far beyond the fetched pages
    assert area.select_organisation(last)
    assert area.panel.organisation_id == last


def test_the_paged_model_passes_the_model_tester(
    qtmodeltester: Any, large_context: AppContext
) -> None:
    criteria = DirectoryFilter(kinds=MEMBERS)
    with large_context.db.reading() as session:
        result = search_directory(session, criteria)

    def load(offset: int, count: int) -> list[Any]:
        with large_context.db.reading() as session:
            return directory_page(session, criteria, offset, count)

    model = DirectoryModel("de")
    model.set_result(result.total, result.rows, load)
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == result.total
    assert len({row.id for row in model.rows()}) == result.total


def test_organisations_written_past_the_orm_become_searchable(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    with demo_context.db.transaction() as session:
        session.execute(
            insert(Organisation).values(
                name="Bulkimport Späne GmbH", kind=OrganisationKind.CUSTOMER, city="Unna"
            )
        )
    area = MembersArea(demo_context, members=False)
    qtbot.add_widget(area)
    area.search_edit.setText("Spaene")
    area.refresh()
    assert shown_names(area) == ["Bulkimport Späne GmbH"]
