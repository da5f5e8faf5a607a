"""Negotiation rounds: the list, and for the chosen round the heads' rankings, the combined
Borda ranking (with the method in words) and the decisions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import format_date
from niro_desk.procurement import negotiation_rounds
from niro_desk.procurement.negotiation_rounds import HeadBallot
from niro_desk.ui.members.row_table_model import RowTableModel
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights
from niro_desk.ui.requirements.decisions_dialog import DecisionsDialog
from niro_desk.ui.requirements.ranking_dialog import RankingDialog
from niro_desk.ui.requirements.round_dialog import RoundDialog
from niro_desk.ui.requirements.table_models import BordaModel, RoundListModel


class BallotModel(RowTableModel):
    HEAD, ORGANISATION, RANKING = range(3)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(language, parent)
        self.names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Head"), self.tr("Organisation"), self.tr("Ranking (most important first)")]

    def row_id(self, row: HeadBallot) -> int:
        return row.contact_id

    def display(self, row: HeadBallot, column: int) -> str:
        if column == self.HEAD:
            return row.head
        if column == self.ORGANISATION:
            return row.organisation
        if not row.category_ids:
            return self.tr("not ranked")
        return " · ".join(
            f"{place}. {self.names.get(c, '?')}" for place, c in enumerate(row.category_ids, 1)
        )


def borda_explanation() -> str:
    return QCoreApplication.translate(
        "RoundsTab",
        "Combined ranking by Borda count: with n categories on the agenda, each head's first"
        " place earns n − 1 points, the second n − 2, and so on down to 0 for the last;"
        " categories a head did not rank earn nothing from that head. Categories are ordered"
        " by their total points; ties go to more first places, then to the name.",
    )


class RoundsTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("roundsTab")
        self.round_id: int | None = None
        self.model = RoundListModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=RoundListModel.TITLE)
        self.view.setObjectName("roundList")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_current())
        self.new_button = QPushButton(self.tr("New round…"))
        self.new_button.setObjectName("newRoundButton")
        self.new_button.clicked.connect(lambda: self.edit_round(None))
        self.edit_button = QPushButton(self.tr("Edit round…"))
        self.edit_button.setObjectName("editRoundButton")
        self.edit_button.clicked.connect(lambda: self.edit_round(self.round_id))
        self.rank_button = QPushButton(self.tr("Enter ranking…"))
        self.rank_button.setObjectName("rankButton")
        self.rank_button.clicked.connect(self.enter_ranking)
        self.decide_button = QPushButton(self.tr("Decisions…"))
        self.decide_button.setObjectName("decideButton")
        self.decide_button.clicked.connect(self.decide)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.method = QLabel(borda_explanation())
        self.method.setObjectName("bordaMethod")
        self.method.setWordWrap(True)
        self.borda_model = BordaModel(context.language, self)
        self.borda_view = RowTableView(self.borda_model)
        self.borda_view.setObjectName("bordaView")
        self.ballot_model = BallotModel(context.language, self)
        self.ballot_view = RowTableView(self.ballot_model)
        self.ballot_view.setObjectName("ballotView")
        self.ballot_view.doubleClicked.connect(lambda _index: self.enter_ranking())
        self.notes = QLabel()
        self.notes.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        actions = QHBoxLayout()
        actions.addWidget(self.rank_button)
        actions.addWidget(self.decide_button)
        actions.addStretch(1)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.method)
        right_layout.addWidget(self.borda_view, 3)
        self.ballots_label = QLabel(self.tr("Rankings of the attending heads"))
        self.ballots_label.setObjectName("ballotsLabel")
        self.ballots_label.setWordWrap(True)
        right_layout.addWidget(self.ballots_label)
        right_layout.addWidget(self.ballot_view, 3)
        right_layout.addWidget(self.notes)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([400, 830])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()
        self.view.select_first()
        self._show_current()

    def reload(self) -> None:
        with self.context.db.reading() as session:
            rows = negotiation_rounds.list_rounds(session)
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        if self.round_id is not None:
            self.view.select_id(self.round_id)

    def _show_current(self) -> None:
        self.round_id = self.view.current_id()
        self.show_round()

    def show_round(self) -> None:
        chosen = self.round_id is not None
        rights = pool_rights(self.context)
        self.new_button.setEnabled(rights.edit)
        for button in (self.edit_button, self.rank_button, self.decide_button):
            button.setEnabled(chosen and rights.edit)
        if self.round_id is None:
            self.heading.setText(self.tr("No negotiation round yet."))
            self.borda_model.set_rows([])
            self.ballot_model.set_rows([])
            self.notes.clear()
            return
        with self.context.db.reading() as session:
            found = negotiation_rounds.get_round(session, self.round_id)
            title, held_on, notes = found.title, found.held_on, found.notes
            decided = {d.category_id for d in found.decisions}
            attended = len(found.attendees)
            ranking = negotiation_rounds.combined_ranking(session, self.round_id)
            # each head's own ballot names the organisations: the office's view only
            ballots = negotiation_rounds.ballots(session, self.round_id) if rights.read_all else []
            names = negotiation_rounds.agenda_names(session, self.round_id)
        self.heading.setText(
            f"<h2>{escape(title)}</h2>"
            + escape(
                self.tr("%1 · %2 heads attended")
                .replace("%1", format_date(held_on, self.context.language))
                .replace("%2", str(attended))
            )
        )
        self.borda_model.decided = decided
        self.borda_model.set_rows(ranking)
        self.ballot_model.names = names
        self.ballot_model.set_rows(ballots)
        self.ballot_view.setVisible(rights.read_all)
        self.ballots_label.setText(
            self.tr("Rankings of the attending heads")
            if rights.read_all
            else self.tr(
                "Each head's own ranking is shown to the office only; the combined ranking"
                " above counts them all."
            )
        )
        self.borda_view.fit_columns()
        self.ballot_view.fit_columns(480)
        self.notes.setText(self.tr("Notes: %1").replace("%1", notes) if notes else "")

    def _saved(self) -> None:
        self.reload()
        self.show_round()

    def edit_round(self, round_id: int | None) -> RoundDialog:
        dialog = RoundDialog(self.context, round_id, self)
        dialog.changed.connect(lambda: self._round_saved(dialog.saved_id))
        dialog.open()
        return dialog

    def _round_saved(self, round_id: int | None) -> None:
        self.round_id = round_id
        self._saved()

    def enter_ranking(self) -> RankingDialog | None:
        if self.round_id is None:
            return None
        head = self.ballot_view.current_id()
        dialog = RankingDialog(self.context, self.round_id, head, self)
        dialog.changed.connect(self._saved)
        dialog.open()
        return dialog

    def decide(self) -> DecisionsDialog | None:
        if self.round_id is None:
            return None
        dialog = DecisionsDialog(self.context, self.round_id, self)
        dialog.changed.connect(self._saved)
        dialog.open()
        return dialog
