"""The waiting list in turn: by the date the application was received, then by time of joining."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.membership.admission import cap_status, waiting_list
from niro_desk.ui.members.admission_dialog import AdmissionDialog
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.members.waiting_list_model import NAME, WaitingListModel, WaitingRow


class WaitingListDialog(QDialog):
    """Position, name, city, application date and waiting since; admit from here."""

    changed = Signal()
    organisation_chosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.admission_dialog: AdmissionDialog | None = None
        self.setObjectName("waitingListDialog")
        self.setWindowTitle(self.tr("Waiting list"))
        self.resize(720, 420)
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self.summary.setWordWrap(True)
        self.model = WaitingListModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=NAME)
        self.view.setObjectName("waitingListView")
        self.view.doubleClicked.connect(lambda _index: self._choose())
        self.empty_label = QLabel(self.tr("Nobody is waiting."))
        self.admit_button = QPushButton(self.tr("Admit…"))
        self.admit_button.setObjectName("admitButton")
        self.admit_button.clicked.connect(self.open_admission)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.admit_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        with self.context.db.reading() as session:
            rows = [
                WaitingRow(
                    position,
                    organisation.id,
                    organisation.name,
                    organisation.city,
                    organisation.membership.application_date if organisation.membership else None,
                    organisation.membership.waiting_since if organisation.membership else None,
                )
                for position, organisation in enumerate(waiting_list(session), start=1)
            ]
            cap = cap_status(session)
        self.model.set_rows(rows)
        self.view.fit_columns()
        self.summary.setText(
            self.tr(
                "Members: %1 / %2 · free seats: %3. Seats that come free go in turn: by the"
                " date the application was received, then by the time it joined the list."
            )
            .replace("%1", str(cap.members))
            .replace("%2", str(cap.cap))
            .replace("%3", str(cap.free))
        )
        self.empty_label.setVisible(not rows)
        self.view.select_first()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.admit_button.setEnabled(self.view.current_id() is not None)

    def _choose(self) -> None:
        organisation_id = self.view.current_id()
        if organisation_id is not None:
            self.organisation_chosen.emit(organisation_id)

    def open_admission(self) -> AdmissionDialog | None:
        organisation_id = self.view.current_id()
        if organisation_id is None:
            return None
        dialog = AdmissionDialog(self.context, organisation_id, self)
        dialog.changed.connect(self.changed)
        dialog.changed.connect(self.reload)
        self.admission_dialog = dialog
        dialog.open()
        return dialog
