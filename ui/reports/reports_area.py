"""The Reports area: a year, the membership value of every member (table and chart), savings per
category and year, agreements by state, pooled demand over the years; each table to Excel.

The figures come from ``procurement/reports.py`` (aggregated in the database,
exact Decimals, see ``procurement/savings.py`` for the arithmetic: savings pro
rata by the days of participation, rounded once to cents). "Member
statements…" writes every member's statement of the year into a folder off the
UI thread with a progress bar and Cancel; "Statement…" the selected member's.
"""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.formatting import format_money
from niro_desk.models import AgreementState
from niro_desk.procurement import reports
from niro_desk.procurement.reports import ReportTable
from niro_desk.ui import operation
from niro_desk.ui.file_names import suggested_path
from niro_desk.ui.members import prompts
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.reports import print_actions
from niro_desk.ui.reports.report_model import ReportTableModel
from niro_desk.ui.reports.value_chart import ValueChart
from niro_desk.ui.requirements.access import pool_rights


class Cancelled(Exception):
    """The user cancelled the batch of statements."""


class ReportPage(QWidget):
    """One report: an optional note, the table, and "Export to Excel…"."""

    def __init__(
        self,
        area: ReportsArea,
        key: str,
        coloured: tuple[str, ...] = (),
        extra: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.area = area
        self.setObjectName(f"report_{key}")
        self.model = ReportTableModel(area.context.language, coloured, self)
        self.view = RowTableView(self.model)
        self.view.setObjectName(f"{key}Table")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("reportNote")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName(f"{key}ExportButton")
        self.export_button.clicked.connect(self.export)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.export_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.note)
        if extra is None:
            layout.addWidget(self.view, 1)
        else:
            splitter = QSplitter(Qt.Orientation.Vertical)
            splitter.addWidget(self.view)
            splitter.addWidget(extra)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            layout.addWidget(splitter, 1)
        layout.addLayout(self.buttons)
        self.table: ReportTable | None = None

    def show_table(self, table: ReportTable, note: str = "") -> None:
        self.table = table
        self.model.set_table(table)
        self.view.fit_columns()
        self.note.setText(note or table.note)
        self.note.setVisible(bool(note or table.note))

    def export(self) -> None:
        if self.table is None:
            return
        path = prompts.save_file(
            self,
            self.tr("Export to Excel"),
            suggested_path(self.table.title, ".xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        try:
            reports.export_tables([self.table], path)
        except (NiroDeskError, OSError) as error:
            prompts.show_error(self, error)
            return
        prompts.inform(self, self.tr("Saved"), self.tr("Written to %1").replace("%1", str(path)))


class ReportsArea(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("reportsArea")
        self.year = QSpinBox()
        self.year.setObjectName("yearPicker")
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.year.valueChanged.connect(lambda _value: self.reload())
        self.statements_button = QPushButton(self.tr("Member statements…"))
        self.statements_button.setObjectName("statementsButton")
        self.statements_button.setToolTip(
            self.tr("Every member's statement of the year as a PDF letter, into one folder")
        )
        self.statements_button.clicked.connect(self.write_statements)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.statements_button)
        self.letterhead_button = QPushButton(self.tr("Letterhead…"))
        self.letterhead_button.setObjectName("letterheadButton")
        self.letterhead_button.setToolTip(
            self.tr("The office's name and address on the printed documents")
        )
        self.letterhead_button.clicked.connect(self.edit_letterhead)
        top.addWidget(self.letterhead_button)
        top.addStretch(1)

        self.chart = ValueChart()
        scroll = QScrollArea()
        scroll.setObjectName("valueChartScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.value_page = ReportPage(self, "value", coloured=("difference",), extra=scroll)
        self.statement_button = QPushButton(self.tr("Statement…"))
        self.statement_button.setObjectName("statementButton")
        self.statement_button.setToolTip(self.tr("The selected member's statement as a PDF"))
        self.statement_button.clicked.connect(self.write_statement)
        self.value_page.buttons.insertWidget(1, self.statement_button)
        self.value_page.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.category_page = ReportPage(self, "categories")
        self.agreements_page = ReportPage(self, "agreements")
        self.demand_page = ReportPage(self, "demand")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.value_page, self.tr("Membership value"))
        self.tabs.addTab(self.category_page, self.tr("Savings per category"))
        self.tabs.addTab(self.agreements_page, self.tr("Agreements by state"))
        self.tabs.addTab(self.demand_page, self.tr("Pooled demand"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._batch: operation.Operation | None = None
        self.reload()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year.value()
        language = self.context.language
        with self.context.db.reading() as session:
            tables = reports.all_tables(session, year, language)
            counts = reports.state_counts(session)
        value, categories, agreements, demand = tables
        self.value_page.show_table(value, self._value_note(value))
        self.category_page.show_table(
            categories,
            self.tr("Savings of the last years (up to five) per category of the agreements.")
            if categories.rows
            else self.tr("No savings yet: no active agreement with participants."),
        )
        self.agreements_page.show_table(agreements, self._state_note(counts))
        self.demand_page.show_table(
            demand,
            "" if demand.rows else self.tr("No requirement collections with answers yet."),
        )
        by_savings = sorted(value.rows, key=lambda row: row[3], reverse=True)
        self.chart.set_rows(
            [(row[0], row[3], row[4]) for row in by_savings],
            lambda amount: format_money(amount, language),
            (self.tr("Savings"), self.tr("Fee")),
            self.tr("No members in %1.").replace("%1", str(year)),
        )
        self._enable()

    def _value_note(self, table: ReportTable) -> str:
        savings = sum((row[3] for row in table.rows), Decimal(0))
        fees = sum((row[4] for row in table.rows), Decimal(0))
        above = sum(1 for row in table.rows if row[5] >= 0 and row[4])
        with_fee = sum(1 for row in table.rows if row[4])
        summary = (
            self.tr("Savings %1 against fees of %2; %3 of %4 with a fee saved at least their fee.")
            .replace("%1", format_money(savings, self.context.language))
            .replace("%2", format_money(fees, self.context.language))
            .replace("%3", str(above))
            .replace("%4", str(with_fee))
        )
        method = self.tr(
            "Savings = (baseline − agreed price) × yearly volume × the part of the year the"
            " participation was active within the agreement's term (days / days in the year),"
            " rounded to cents in the total. Fees that change in the year count pro rata by days;"
            " customers: their service fees. Items without a baseline count as no saving."
        )
        return summary + "\n" + method

    def _state_note(self, counts: dict[AgreementState, int]) -> str:
        words = {
            AgreementState.ACTIVE: self.tr("active"),
            AgreementState.DRAFT: self.tr("draft"),
            AgreementState.EXPIRED: self.tr("expired"),
            AgreementState.TERMINATED: self.tr("terminated"),
        }
        return " · ".join(f"{words[state]}: {count}" for state, count in counts.items())

    def _enable(self) -> None:
        self.statement_button.setEnabled(self.value_page.view.current_id() is not None)
        self.statements_button.setEnabled(bool(self.value_page.model.rowCount()))
        # the office's letterhead: office staff (the settings service is not the pool's)
        self.letterhead_button.setEnabled(pool_rights(self.context).edit)

    def edit_letterhead(self) -> None:
        from niro_desk.ui.reports.letterhead_dialog import LetterheadDialog

        LetterheadDialog(self.context, self).exec()

    # -- statements --------------------------------------------------------------------------
    def write_statement(self) -> None:
        row = self.value_page.view.current_row()
        if row is None or row.id is None:  # type: ignore[attr-defined]
            return
        print_actions.print_member_statement(
            self,
            self.context,
            row.id,  # type: ignore[attr-defined]
            row.values[0],  # type: ignore[attr-defined]
            self.year.value(),
        )

    def write_statements(self) -> None:
        folder_text = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the statements"), str(Path.home())
        )
        if not folder_text:
            return
        year = self.year.value()
        folder = Path(folder_text) / self.tr("Statements-%1").replace("%1", str(year))
        stop = threading.Event()
        db, language = self.context.db, self.context.language

        def work(progress: operation.Progress) -> list[Path]:
            with db.reading() as session:
                from niro_desk.procurement.member_statement import write_statements

                written = write_statements(
                    session, year, folder, language, progress=progress, cancelled=stop.is_set
                )
            if stop.is_set():
                raise Cancelled(len(written))
            return written

        def done(written: list[Path]) -> None:
            self._batch = None
            prompts.inform(
                self,
                self.tr("Member statements"),
                self.tr("%1 statements written to %2")
                .replace("%1", str(len(written)))
                .replace("%2", str(folder)),
            )
            print_actions.open_url(QUrl.fromLocalFile(str(folder)))

        def failed(error: Exception) -> None:
            self._batch = None
            if isinstance(error, Cancelled):
                prompts.inform(
                    self,
                    self.tr("Member statements"),
                    self.tr("Cancelled: %1 statements were written to %2.")
                    .replace("%1", str(error.args[0]))
                    .replace("%2", str(folder)),
                )
                return
            prompts.show_error(self, error)

        self._batch = operation.run_operation(
            self,
            self.tr("Writing the member statements…"),
            work,
            on_success=done,
            on_failure=failed,
            on_cancel=stop.set,
        )
