"""One procurement head's ranking of the round's categories: order them, leave some out."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.procurement import negotiation_rounds
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close

IdRole = Qt.ItemDataRole.UserRole + 1


class RankingDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        round_id: int,
        contact_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id = round_id
        self.setObjectName("rankingDialog")
        self.setWindowTitle(self.tr("Ranking of a procurement head"))
        self.resize(560, 520)
        self.messages = FieldMessages()
        with context.db.reading() as session:
            self.ballots = negotiation_rounds.ballots(session, round_id)
            self.agenda = negotiation_rounds.agenda_names(session, round_id)
        self.head_combo = QComboBox()
        self.head_combo.setObjectName("headCombo")
        for ballot in self.ballots:
            self.head_combo.addItem(f"{ballot.head} – {ballot.organisation}", ballot.contact_id)
        self.list = QListWidget()
        self.list.setObjectName("rankingList")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        up = QPushButton(self.tr("Up"))
        up.setObjectName("upButton")
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Down"))
        down.setObjectName("downButton")
        down.clicked.connect(lambda: self.move(1))
        hint = QLabel(
            self.tr(
                "Most important first. Untick the categories this head did not rank: they"
                " earn no points from this head."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Head:"), self.head_combo)
        moves = QVBoxLayout()
        moves.addWidget(up)
        moves.addWidget(down)
        moves.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(self.list, 1)
        lists.addLayout(moves)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addLayout(lists, 1)
        layout.addWidget(self.messages.message("ranking"))
        layout.addWidget(self.buttons)
        self.head_combo.currentIndexChanged.connect(lambda _i: self.load())
        if contact_id is not None:
            self.head_combo.setCurrentIndex(max(0, self.head_combo.findData(contact_id)))
        self.load()

    def load(self) -> None:
        contact_id = self.head_combo.currentData()
        ranked: list[int] = next(
            (b.category_ids for b in self.ballots if b.contact_id == contact_id), []
        )
        rest = sorted(
            (c for c in self.agenda if c not in ranked), key=lambda c: self.agenda[c].casefold()
        )
        self.list.clear()
        for category_id in ranked + rest:
            item = QListWidgetItem(self.agenda[category_id])
            item.setData(IdRole, category_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked
                if category_id in ranked or not ranked
                else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def ranking(self) -> list[int]:
        return [
            int(self.list.item(row).data(IdRole))
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> bool:
        contact_id = self.head_combo.currentData()
        if contact_id is None:
            return False
        ranking = self.ranking()
        return save_and_close(
            self,
            lambda session, user: negotiation_rounds.set_ranking(
                session, user, self.round_id, int(contact_id), ranking
            ),
        )
