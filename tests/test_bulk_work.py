"""The helpers of bulk work: ids of many inserted rows, fewer garbage collections, and the
members list's memory of formatted rows."""

from __future__ import annotations

import dataclasses
import gc

import pytest
from sqlalchemy import select

from niro_desk import audit
from niro_desk.bulk_insert import insert_returning_ids
from niro_desk.database import Database
from niro_desk.gc_tuning import BULK_THRESHOLDS, fewer_collections
from niro_desk.models import AuditEntry, Organisation, OrganisationKind
from niro_desk.ui.members.row_table_model import RowTableModel
from niro_desk.users import ensure_user


def test_insert_returning_ids_gives_each_row_its_id(db: Database) -> None:
    with db.transaction() as session:
        session.add(Organisation(name="Schon da GmbH", kind=OrganisationKind.CUSTOMER))
        session.flush()
        names = [f"Neu {n} GmbH" for n in range(250)]
        ids = insert_returning_ids(
            session.connection(),
            Organisation.__table__,
            [{"name": name, "kind": OrganisationKind.SUPPLIER} for name in names],
        )
        assert len(set(ids)) == len(names)
        stored = dict(session.execute(select(Organisation.id, Organisation.name)).all())
        assert [stored[key] for key in ids] == names
        assert insert_returning_ids(session.connection(), Organisation.__table__, []) == []


def test_record_many_returns_the_ids_of_its_entries_in_order(db: Database) -> None:
    with db.transaction() as session:
        user = ensure_user(session, "anna")
        rows = [("import", "organisation", n, f"entry {n}", None, {"n": n}) for n in range(30)]
        ids = audit.record_many(session, user, rows)
        entries = {entry.id: entry for entry in session.scalars(select(AuditEntry))}
        assert [entries[key].summary for key in ids] == [f"entry {n}" for n in range(30)]
        assert [entries[key].after for key in ids] == [{"n": n} for n in range(30)]
        assert all(entries[key].at is not None for key in ids)


def test_fewer_collections_raises_the_thresholds_and_restores_them() -> None:
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == BULK_THRESHOLDS
        with fewer_collections():  # nested (another import in a worker thread)
            assert gc.get_threshold() == BULK_THRESHOLDS
        assert gc.get_threshold() == BULK_THRESHOLDS  # the outer use still runs
    assert gc.get_threshold() == before

    @fewer_collections()
    def failing() -> None:
        assert gc.get_threshold() == BULK_THRESHOLDS
        raise ValueError("broken row")

    with pytest.raises(ValueError, match="broken row"):
        failing()
    assert gc.get_threshold() == before


@dataclasses.dataclass(frozen=True)
class _Row:
    id: int
    name: str


class _Changing:
    """A row compared by identity (as ORM objects are): it may change between two lists."""

    def __init__(self, name: str) -> None:
        self.name = name


class _Model(RowTableModel):
    formatted = 0

    def headers(self) -> list[str]:
        return ["Name"]

    def display(self, row: _Row | _Changing, column: int) -> str:
        self.formatted += 1
        return row.name


def test_the_list_formats_an_equal_row_once_and_a_changed_row_again(qtbot: object) -> None:
    model = _Model("de")
    model.set_rows([_Row(1, "Alpha"), _Row(2, "Beta")])
    assert model.index(0, 0).data() == "Alpha"
    assert model.index(1, 0).data() == "Beta"
    formatted = model.formatted
    model.set_rows([_Row(2, "Beta"), _Row(1, "Alpha")])  # the next keystroke, the same rows
    assert [model.index(r, 0).data() for r in range(2)] == ["Beta", "Alpha"]
    assert model.formatted == formatted
    model.set_rows([_Row(1, "Alpha AG")])  # renamed meanwhile: a different value
    assert model.index(0, 0).data() == "Alpha AG"

    changing = _Changing("Gamma")
    model.set_rows([changing])
    assert model.index(0, 0).data() == "Gamma"
    changing.name = "Delta"
    model.set_rows([changing])
    assert model.index(0, 0).data() == "Delta"  # never remembered by identity
    assert model.index(0, 0).data(0x0100 + 99) is None  # a role the model does not answer
