"""“Who knows about X?”: people at member companies by expertise or function."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from niro_desk.app_context import AppContext
from niro_desk.membership.contacts import ExpertRow, who_knows
from niro_desk.ui.members.expert_model import EXPERTISE, ExpertModel
from niro_desk.ui.members.table_view import RowTableView

SEARCH_DELAY_MS = 200


class WhoKnowsDialog(QDialog):
    """A search field and the matching people; double-click shows the organisation."""

    organisation_chosen = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("whoKnowsDialog")
        self.setWindowTitle(self.tr("Who knows…?"))
        self.resize(900, 480)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("topicSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Topic, e.g. ISO 9001, energy, Zoll, CNC — expertise or function")
        )
        self.model = ExpertModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=EXPERTISE)
        self.view.setObjectName("expertView")
        self.view.doubleClicked.connect(lambda _index: self.choose())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.search()

    def search(self) -> None:
        self._timer.stop()
        topic = self.search_edit.text().strip()
        rows: list[ExpertRow] = []
        if topic:
            with self.context.db.reading() as session:
                rows = who_knows(session, topic)
        self.model.set_rows(rows)
        self.view.fit_columns(260)
        if not topic:
            self.count_label.setText(self.tr("Type a topic to find the people who know about it."))
        elif rows:
            self.count_label.setText(self.tr("People found: %1").replace("%1", str(len(rows))))
        else:
            self.count_label.setText(self.tr("Nobody found for “%1”.").replace("%1", topic))

    def choose(self) -> None:
        row = self.view.current_row()
        if isinstance(row, ExpertRow):
            self.organisation_chosen.emit(row.organisation_id)
