"""The history of a participant's submissions to a collection: when, by whom, and the lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.models import RequirementSubmission
from niro_desk.procurement import requirement_submissions as submissions
from niro_desk.ui.members.row_table_model import RowTableModel
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.labels import source_label
from niro_desk.ui.requirements.table_models import GREY, RequirementLineModel


class SubmissionModel(RowTableModel):
    WHEN, STATUS, SOURCE, LINES, BY, NOTE = range(6)

    def headers(self) -> list[str]:
        return [
            self.tr("Submitted"),
            self.tr("Status"),
            self.tr("How"),
            self.tr("Lines"),
            self.tr("Recorded by"),
            self.tr("Note"),
        ]

    def display(self, row: RequirementSubmission, column: int) -> str:
        if column == self.WHEN:
            local = row.submitted_at.astimezone()
            return f"{format_date(local.date(), self.language)} {local:%H:%M}"
        if column == self.STATUS:
            if row.is_current:
                return self.tr("current")
            replaced = row.replaced_at.astimezone().date() if row.replaced_at else None
            return self.tr("replaced on %1").replace("%1", format_date(replaced, self.language))
        if column == self.SOURCE:
            return source_label(row.source)
        if column == self.LINES:
            return str(len(row.lines))
        if column == self.BY:
            by = row.recorded_by
            if by is None:  # a procurement head's database role reads only its own account
                return self.tr("the office")
            return by.display_name or by.login
        return row.note

    def foreground(self, row: RequirementSubmission):  # type: ignore[no-untyped-def]
        return None if row.is_current else GREY


class HistoryDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        collection_id: int,
        organisation_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Submissions of %1").replace("%1", name))
        self.resize(1000, 560)
        with context.db.reading() as session:
            rows = submissions.history(session, collection_id, organisation_id)
        self.submissions = SubmissionModel(context.language, self)
        self.submissions.set_rows(rows)
        self.submission_view = RowTableView(self.submissions, sortable=False)
        self.submission_view.setObjectName("submissionView")
        self.lines = RequirementLineModel(context.language, self)
        self.line_view = RowTableView(self.lines)
        self.line_view.setObjectName("lineView")
        self.submission_view.selectionModel().selectionChanged.connect(self._show_lines)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.submission_view)
        splitter.addWidget(self.line_view)
        splitter.setSizes([180, 360])
        explanation = QLabel(
            self.tr(
                "A later submission replaces the earlier one; the earlier ones stay here."
                " Only the current one counts in the pooled totals."
            )
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.submission_view.select_first()
        self.submission_view.fit_columns()

    def _show_lines(self) -> None:
        row = self.submission_view.current_row()
        self.lines.set_rows(row.lines if isinstance(row, RequirementSubmission) else [])
        self.line_view.fit_columns()
