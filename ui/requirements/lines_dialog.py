"""Enter or correct a participant's requirement lines by hand.

Shows the participant's current lines (or one empty line per item asked for);
a line per delivery site may be added. Volumes may carry a unit ("1.200 kWh"
for an item in MWh is converted exactly); lines without a volume are left
out. Saving records a new submission that replaces the earlier one (which
stays in the history).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from niro_desk.app_context import AppContext
from niro_desk.errors import ValidationError
from niro_desk.messages import render_error
from niro_desk.models import OfficeUser
from niro_desk.procurement import requirement_collections as collections
from niro_desk.procurement import requirement_submissions as submissions
from niro_desk.ui.members.field_message import ERROR_COLOUR, FieldMessages
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.requirements.labels import unit_label
from niro_desk.ui.requirements.line_edit_model import EditRow, LineEditModel


class LinesDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        collection_id: int,
        organisation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.collection_id = collection_id
        self.setObjectName("linesDialog")
        self.resize(1100, 520)
        with context.db.reading() as session:
            collection = collections.get_collection(session, collection_id)
            self.collection_title = collection.title
            self.items = [
                (i.id, i.name, i.unit) for i in collections.collection_items(session, collection_id)
            ]
            self.participants = [
                (o.id, o.name) for o in collections.active_participants(session, collection_id)
            ]
        self.setWindowTitle(self.tr("Requirements for %1").replace("%1", self.collection_title))
        self.participant_combo = QComboBox()
        self.participant_combo.setObjectName("participantCombo")
        for organisation_id_, name in self.participants:
            self.participant_combo.addItem(name, organisation_id_)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("e.g. by telephone with Ms Krüger"))

        self.model = LineEditModel(context.language, self)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

        self.add_item_combo = QComboBox()
        self.add_item_combo.setObjectName("addItemCombo")
        for item_id, name, unit in self.items:
            self.add_item_combo.addItem(f"{name} ({unit_label(unit)})", item_id)
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("addLineButton")
        self.add_button.clicked.connect(self.add_line)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("removeLineButton")
        self.remove_button.clicked.connect(self.remove_line)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        hint = QLabel(
            self.tr(
                "One line per item and delivery site. Volumes per year in the item's unit, or"
                " with another unit typed after the number (1.200 kWh). Lines without a volume"
                " are left out; saving with no lines records that nothing is needed."
            )
        )
        hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Participant:"), self.participant_combo)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        row = QHBoxLayout()
        row.addWidget(self.add_item_combo, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        # Enter finishes editing a cell; it must not save the dialog half-filled
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.participant_combo.currentIndexChanged.connect(lambda _i: self.load())
        if organisation_id is not None:
            self.participant_combo.setCurrentIndex(
                max(0, self.participant_combo.findData(organisation_id))
            )
        self.load()

    def organisation_id(self) -> int | None:
        value = self.participant_combo.currentData()
        return int(value) if value is not None else None

    def load(self) -> None:
        """The participant's current lines, or an empty line per item."""
        organisation_id = self.organisation_id()
        self.problem_label.clear()
        if organisation_id is None:
            self.model.set_rows([])
            return
        language = self.context.language
        with self.context.db.reading() as session:
            current = submissions.current_submission(session, self.collection_id, organisation_id)
            rows = (
                [LineEditModel.row_from_line(line, language) for line in current.lines]
                if current is not None
                else [EditRow(item_id, name, unit) for item_id, name, unit in self.items]
            )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(LineEditModel.ITEM, min(self.table.columnWidth(0), 300))

    def add_line(self) -> None:
        item_id = self.add_item_combo.currentData()
        for candidate, name, unit in self.items:
            if candidate == item_id:
                current = self.table.currentIndex()
                position = self.model.add_row(
                    EditRow(candidate, name, unit), current.row() if current.isValid() else None
                )
                self.table.setCurrentIndex(self.model.index(position, LineEditModel.VOLUME))

    def remove_line(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self.model.remove_row(current.row())

    def save(self) -> bool:
        organisation_id = self.organisation_id()
        if organisation_id is None:
            return False
        lines, positions, problems = self.model.lines()
        if problems:
            self.problem_label.setText("\n".join(problems))
            return False
        note = self.note_edit.text()

        def work(session: Session, user: OfficeUser) -> None:
            submissions.submit(session, user, self.collection_id, organisation_id, lines, note=note)

        if not run_action(self, self.context, work, _LineMessages(self, positions)):
            return False
        self.changed.emit()
        self.accept()
        return True

    def show_line_problem(self, position: int, problem: submissions.LineProblem) -> None:
        text = render_error(problem)
        self.model.mark(position, problem.field, text)
        self.problem_label.setText(
            self.tr("Line %1: %2").replace("%1", str(position + 1)).replace("%2", text)
        )


class _LineMessages(FieldMessages):
    """Shows a line's problem from the service in the table instead of a message box."""

    def __init__(self, dialog: LinesDialog, positions: list[int]) -> None:
        super().__init__()
        self.dialog = dialog
        self.positions = positions

    def show_error(self, error: ValidationError) -> bool:
        if isinstance(error, submissions.LineProblem) and error.row < len(self.positions):
            self.dialog.show_line_problem(self.positions[error.row], error)
            return True
        return False
