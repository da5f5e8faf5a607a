"""What is wrong in a workbook, and where: sheet, row (1-based, as Excel shows it) and column.

``WorkbookProblem`` is one problem: a translatable template with its
parameters, located by sheet, row and column header (row 0: the whole sheet;
no column: the whole row). ``str(problem)`` gives the located sentence in the
user's language. ``ProblemLog`` collects the problems and the warnings of one
check; ``rejected(file, problems)`` is the ``ImportRejected`` an importer
raises when anything is wrong (all or nothing: then nothing is written).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from niro_desk.errors import QT_TRANSLATE_NOOP, ImportRejected
from niro_desk.messages import translate_message

LOCATION = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”, row {row}, column “{column}”: {message}")
LOCATION_ROW = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”, row {row}: {message}")
LOCATION_SHEET = QT_TRANSLATE_NOOP("Messages", "Sheet “{sheet}”: {message}")
REJECTED = QT_TRANSLATE_NOOP(
    "Messages", "{file} was not imported: {count} problem(s) found. Nothing was written."
)


@dataclass
class WorkbookProblem:
    """One thing wrong in the file, located by sheet, row (1-based) and column header."""

    sheet: str
    row: int
    column: str
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        """The problem itself, in the user's language."""
        return translate_message(self.template, **self.params)

    def __str__(self) -> str:
        if self.row <= 0:
            return translate_message(LOCATION_SHEET, sheet=self.sheet, message=self.text())
        if not self.column:
            return translate_message(
                LOCATION_ROW, sheet=self.sheet, row=self.row, message=self.text()
            )
        return translate_message(
            LOCATION, sheet=self.sheet, row=self.row, column=self.column, message=self.text()
        )


@dataclass
class ProblemLog:
    """The problems (which stop an import) and warnings (which do not) of one check."""

    problems: list[WorkbookProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, sheet: str, row: int, column: str, template: str, /, **params: Any) -> None:
        self.problems.append(WorkbookProblem(sheet, row, column, template, params))

    def warn(self, template: str, /, **params: Any) -> None:
        """A warning, translated now (warnings are shown, never matched by code)."""
        self.warnings.append(translate_message(template, **params))

    def sort(self, sheet_order: list[str] | None = None) -> None:
        """Problems in reading order: by sheet (as given), row, then column position."""
        order = {name: index for index, name in enumerate(sheet_order or [])}
        self.problems.sort(key=lambda p: (order.get(p.sheet, len(order)), p.row))


def rejected(file: str, problems: list[WorkbookProblem]) -> ImportRejected:
    """The error that says ``file`` was not imported because of ``problems``."""
    return ImportRejected(REJECTED, problems, file=file, count=len(problems))
