"""Relations the office declared for one organisation ("competes" / "does not compete")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from niro_desk.formatting import format_date
from niro_desk.models import RelationKind
from niro_desk.ui.members.date_input import local_day
from niro_desk.ui.members.labels import relation_label
from niro_desk.ui.members.row_table_model import RowTableModel, SortValue

OTHER = 0
KIND = 1
NOTE = 2
DECLARED = 3


@dataclass(frozen=True)
class RelationRow:
    id: int
    other_id: int
    other_name: str
    kind: RelationKind
    note: str
    declared_by: str
    declared_at: dt.datetime
    version: int = 1


class RelationModel(RowTableModel):
    def headers(self) -> list[str]:
        return [self.tr("Organisation"), self.tr("Relation"), self.tr("Note"), self.tr("Declared")]

    def display(self, row: RelationRow, column: int) -> str:
        if column == OTHER:
            return row.other_name
        if column == KIND:
            return relation_label(row.kind)
        if column == NOTE:
            return row.note
        if column == DECLARED:
            day = format_date(local_day(row.declared_at), self.language)
            return f"{day} ({row.declared_by})"
        return ""

    def sort_value(self, row: RelationRow, column: int) -> SortValue:
        if column == DECLARED:
            return row.declared_at.isoformat()
        return self.display(row, column).casefold()
