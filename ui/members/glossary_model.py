"""The product glossary as a table: shipped entries and the office's own."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor

from niro_desk.membership.product_glossary import GlossaryTerm, TermKind
from niro_desk.ui.members.row_table_model import RowTableModel

GERMAN = 0
ENGLISH = 1
SYNONYMS = 2
BROADER = 3
KIND = 4
SOURCE = 5

OFFICE_COLOUR = "#1b5e9a"


@dataclass(frozen=True)
class GlossaryRow:
    """One glossary entry; ``id`` is set for the office's entries only."""

    id: int | None
    term: GlossaryTerm


class GlossaryModel(RowTableModel):
    def headers(self) -> list[str]:
        return [
            self.tr("German"),
            self.tr("English"),
            self.tr("Synonyms"),
            self.tr("Broader term"),
            self.tr("Kind"),
            self.tr("Added by"),
        ]

    def kind_label(self, kind: TermKind) -> str:
        return {
            TermKind.PRODUCT: self.tr("Product"),
            TermKind.MATERIAL: self.tr("Material or input"),
            TermKind.PROCESS: self.tr("Process"),
        }[kind]

    def display(self, row: GlossaryRow, column: int) -> str:
        term = row.term
        if column == GERMAN:
            return term.german
        if column == ENGLISH:
            return term.english
        if column == SYNONYMS:
            return ", ".join(term.synonyms)
        if column == BROADER:
            return term.broader
        if column == KIND:
            return self.kind_label(term.kind)
        if column == SOURCE:
            return self.tr("the office") if row.id is not None else self.tr("NIRO Desk")
        return ""

    def row_id(self, row: GlossaryRow) -> int | None:
        return row.id

    def foreground(self, row: GlossaryRow) -> QBrush | None:
        return QBrush(QColor(OFFICE_COLOUR)) if row.id is not None else None
