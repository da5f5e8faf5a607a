"""One tender: lots, suppliers, criteria, rounds with their (sealed) bids, comparison and scoring.

Every change goes through a dialog or ``run_action`` (one transaction per user
action). Before a round is opened the services hand out no prices, so the
comparison stays empty and says why. Actions the acting user may not do are
disabled; a reader without ``read_all`` (a procurement head) is never shown a
bid: the bids, the comparison and the printouts stay empty and say why.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.formatting import format_number
from niro_desk.models import RoundState, TenderState, UnitOfMeasure
from niro_desk.procurement import bids, tender_evaluation, tenders
from niro_desk.procurement.berlin_time import berlin_text
from niro_desk.procurement.evaluation_report import write_evaluation_report
from niro_desk.procurement.opening_protocol import write_opening_protocol
from niro_desk.procurement.tender_brief import TenderBrief, tender_brief
from niro_desk.ui.file_names import suggested_path
from niro_desk.ui.keyed_buttons import keyed_button
from niro_desk.ui.members import prompts
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation
from niro_desk.ui.requirements.labels import volume_text
from niro_desk.ui.tenders.access import TenderAccess, tender_access
from niro_desk.ui.tenders.award_dialog import AwardDialog
from niro_desk.ui.tenders.bid_dialog import BidDialog
from niro_desk.ui.tenders.invitation_action import write_invitations
from niro_desk.ui.tenders.labels import criterion_label, round_state_label, tender_state_label
from niro_desk.ui.tenders.next_round_dialog import NextRoundDialog
from niro_desk.ui.tenders.open_round_dialog import OpenRoundDialog
from niro_desk.ui.tenders.publish_dialog import PublishDialog
from niro_desk.ui.tenders.rounds_chart import RoundsChart
from niro_desk.ui.tenders.scores_dialog import ScoresDialog
from niro_desk.ui.tenders.table_models import (
    ComparisonModel,
    LotItemModel,
    RankingModel,
    SealedBidModel,
)

if TYPE_CHECKING:
    from niro_desk.ui.tenders.bid_import_dialog import BidImportDialog


class TenderView(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tender_id: int | None = None
        self.overview: tenders.TenderOverview | None = None
        self.brief: TenderBrief | None = None
        self.criteria: list[tuple[int, str, int, bool]] = []
        self.access = TenderAccess(True, True, True)
        self.setObjectName("tenderView")
        language = context.language

        self.heading = QLabel()
        self.heading.setObjectName("tenderHeading")
        self.heading.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        self.invitation_operation: Operation | None = None
        bar = QHBoxLayout()
        decisions = QHBoxLayout()
        prints = QHBoxLayout()
        for key, text, slot in (
            ("publish", self.tr("Publish…"), self.publish),
            ("bid", self.tr("Enter bid…"), self.enter_bid),
            ("import", self.tr("Import bids…"), self.import_bids),
            ("admit", self.tr("Admit late bid…"), self.admit_late),
            ("open", self.tr("Open round…"), self.open_round),
            ("next", self.tr("Further round…"), self.next_round),
            ("award", self.tr("Award…"), self.award),
            ("cancel", self.tr("Cancel tender…"), self.cancel),
        ):
            button = keyed_button(self.buttons, key, text, slot)
            # three short rows, so the tenders list keeps room for its names in a 1280 pixel
            # window: what goes out and comes in, the decisions, the printouts
            (bar if key in ("publish", "bid", "import") else decisions).addWidget(button)
        bar.addStretch(1)
        for key, text, slot in (
            ("protocol", self.tr("Opening protocol (PDF)…"), self.print_protocol),
            ("evaluation", self.tr("Evaluation (PDF)…"), self.print_evaluation),
            ("workbook", self.tr("Evaluation workbook…"), self.write_evaluation_workbook),
            ("invitations", self.tr("Invitations (Excel)…"), self.write_invitations),
        ):
            button = keyed_button(self.buttons, key, text, slot)
            if key == "invitations":
                bar.insertWidget(1, button)  # after "Publish…"
            else:
                prints.addWidget(button)
        decisions.addStretch(1)
        prints.addStretch(1)

        # lots, suppliers, criteria
        self.lot_model = LotItemModel(language, self)
        self.lot_view = RowTableView(self.lot_model, stretch_column=LotItemModel.REGIONS)
        self.lot_view.setObjectName("lotItems")
        self.facts = QLabel()
        self.facts.setObjectName("tenderFacts")
        self.facts.setWordWrap(True)
        lots_tab = QWidget()
        lots_layout = QVBoxLayout(lots_tab)
        lots_layout.addWidget(self.lot_view, 1)
        lots_layout.addWidget(self.facts)

        # rounds and bids
        self.round_choice = QComboBox()
        self.round_choice.setObjectName("roundChoice")
        self.round_choice.currentIndexChanged.connect(lambda _i: self._show_bids())
        self.round_facts = QLabel()
        self.round_facts.setObjectName("roundFacts")
        self.round_facts.setWordWrap(True)
        self.bid_model = SealedBidModel(language, self)
        self.bid_view = RowTableView(self.bid_model, stretch_column=SealedBidModel.STATUS)
        self.bid_view.setObjectName("sealedBids")
        rounds_tab = QWidget()
        rounds_layout = QVBoxLayout(rounds_tab)
        rounds_layout.addWidget(self.round_choice)
        rounds_layout.addWidget(self.round_facts)
        rounds_layout.addWidget(self.bid_view, 1)

        # comparison and scoring
        self.lot_choice = QComboBox()
        self.lot_choice.setObjectName("lotChoice")
        self.lot_choice.currentIndexChanged.connect(lambda _i: self._show_comparison())
        self.comparison_model = ComparisonModel(language, self)
        self.comparison_view = RowTableView(self.comparison_model)
        self.comparison_view.setObjectName("comparison")
        self.chart = RoundsChart()
        self.formula = QLabel(
            self.tr(
                "Price points = 100 × best total ÷ supplier's total. Weighted score = Σ weight ×"
                " points ÷ 100 over all criteria; a criterion not scored yet counts 0."
            )
        )
        self.formula.setObjectName("formula")
        self.formula.setWordWrap(True)
        self.ranking_model = RankingModel(language, self)
        self.ranking_view = RowTableView(self.ranking_model)
        self.ranking_view.setObjectName("ranking")
        self.score_button = QPushButton(self.tr("Scores of the chosen supplier…"))
        self.score_button.setObjectName("scoreButton")
        self.score_button.clicked.connect(self.enter_scores)
        self.comparison_note = QLabel()
        self.comparison_note.setObjectName("comparisonNote")
        self.comparison_note.setWordWrap(True)
        compare_tab = QWidget()
        compare_layout = QVBoxLayout(compare_tab)
        compare_layout.addWidget(self.lot_choice)
        compare_layout.addWidget(self.comparison_note)
        compare_layout.addWidget(self.comparison_view, 2)
        compare_layout.addWidget(self.chart, 2)
        compare_layout.addWidget(self.formula)
        compare_layout.addWidget(self.ranking_view, 2)
        score_bar = QHBoxLayout()
        score_bar.addWidget(self.score_button)
        score_bar.addStretch(1)
        compare_layout.addLayout(score_bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("tenderTabs")
        self.tabs.addTab(lots_tab, self.tr("Lots, suppliers, criteria"))
        self.tabs.addTab(rounds_tab, self.tr("Rounds and bids"))
        self.tabs.addTab(compare_tab, self.tr("Comparison and scoring"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addLayout(decisions)
        layout.addLayout(prints)
        layout.addWidget(self.tabs, 1)
        self.show_tender(None)

    # -- showing -----------------------------------------------------------------------------
    def show_tender(self, tender_id: int | None) -> None:
        self.tender_id = tender_id
        if tender_id is None:
            self.overview = self.brief = None
            self.heading.setText(self.tr("Choose a tender on the left."))
            self.lot_model.set_rows([])
            self.bid_model.set_rows([])
            self.comparison_model.set_comparison([], [])
            self.ranking_model.set_rows([])
            for button in self.buttons.values():
                button.setEnabled(False)
            self.score_button.setEnabled(False)
            return
        self.access = tender_access(self.context)
        self.tabs.setTabEnabled(2, self.access.sees_bids)
        with self.context.db.reading() as session:
            self.overview = tenders.tender_overview(session, tender_id)
            self.brief = tender_brief(session, tender_id)
            tender = tenders.get_tender(session, tender_id)
            self.criteria = [(c.id, c.name, c.weight, c.is_price) for c in tender.criteria]
        overview, brief = self.overview, self.brief
        current = overview.current_round
        state = tender_state_label(overview.state)
        if current is not None:
            state += " · " + self.tr("round %1, deadline %2 (Berlin time), %3").replace(
                "%1", str(current.number)
            ).replace("%2", berlin_text(current.deadline)).replace(
                "%3", round_state_label(current.state)
            )
        self.heading.setText(f"<b>{overview.title}</b> — {overview.category}<br>{state}")
        self.lot_model.lot_of = {
            item.item_id: f"{lot.number} {lot.name}" for lot in brief.lots for item in lot.items
        }
        self.lot_model.set_rows([item for lot in brief.lots for item in lot.items])
        self.lot_view.fit_columns()
        criteria = ", ".join(
            f"{criterion_label(name, is_price)} {weight} %"
            for _id, name, weight, is_price in self.criteria
        )
        self.facts.setText(
            "<b>"
            + self.tr("Criteria")
            + f":</b> {criteria}<br><b>"
            + self.tr("Invited suppliers")
            + ":</b> "
            + self._supplier_names(overview.suppliers)
            + "<br><b>"
            + self.tr("Built on")
            + ":</b> "
            + ", ".join(overview.collections)
        )
        self.round_choice.blockSignals(True)
        self.round_choice.clear()
        for tender_round in overview.rounds:
            self.round_choice.addItem(
                self.tr("Round %1").replace("%1", str(tender_round.number)), tender_round.id
            )
        self.round_choice.setCurrentIndex(len(overview.rounds) - 1)
        self.round_choice.blockSignals(False)
        self.lot_choice.blockSignals(True)
        chosen_lot = self.lot_choice.currentData()
        self.lot_choice.clear()
        for lot in brief.lots:
            self.lot_choice.addItem(
                self.tr("Lot %1: %2").replace("%1", str(lot.number)).replace("%2", lot.name),
                lot.lot_id,
            )
        index = self.lot_choice.findData(chosen_lot)
        self.lot_choice.setCurrentIndex(max(0, index))
        self.lot_choice.blockSignals(False)
        self._show_bids()
        self._show_comparison()
        self._enable()

    def _enable(self) -> None:
        assert self.overview is not None
        state = self.overview.state
        current = self.overview.current_round
        unopened = current is not None and current.state != RoundState.OPENED
        self.buttons["publish"].setEnabled(state == TenderState.DRAFT)
        self.buttons["bid"].setEnabled(state == TenderState.ROUND_OPEN and unopened)
        self.buttons["admit"].setEnabled(state == TenderState.ROUND_OPEN and unopened)
        self.buttons["open"].setEnabled(state == TenderState.ROUND_OPEN and unopened)
        self.buttons["next"].setEnabled(state == TenderState.EVALUATION)
        self.buttons["award"].setEnabled(state == TenderState.EVALUATION)
        self.buttons["cancel"].setEnabled(
            state in (TenderState.DRAFT, TenderState.ROUND_OPEN, TenderState.EVALUATION)
        )
        opened = any(r.state == RoundState.OPENED for r in self.overview.rounds)
        self.buttons["protocol"].setEnabled(opened)
        self.buttons["evaluation"].setEnabled(bool(self.overview.rounds))
        # the workbook needs opened prices; the service refuses a sealed tender as well
        self.buttons["workbook"].setEnabled(
            opened
            and state in (TenderState.ROUND_OPEN, TenderState.EVALUATION, TenderState.AWARDED)
        )
        open_for_bids = current is not None and current.state == RoundState.OPEN
        self.buttons["invitations"].setEnabled(state == TenderState.ROUND_OPEN and open_for_bids)
        self.buttons["import"].setEnabled(state == TenderState.ROUND_OPEN and open_for_bids)
        self.score_button.setEnabled(state == TenderState.EVALUATION)
        # what the acting user may do: the services refuse the rest as well
        for key in ("publish", "bid", "import", "admit", "open", "next", "cancel", "invitations"):
            if not self.access.edits:
                self.buttons[key].setEnabled(False)
        for key in ("protocol", "evaluation", "workbook"):
            if not self.access.sees_bids:
                self.buttons[key].setEnabled(False)
        if not (self.access.edits and self.access.sees_bids):
            self.buttons["award"].setEnabled(False)  # it shows the ranking
            self.score_button.setEnabled(False)

    def _chosen_round(self) -> tenders.RoundRow | None:
        if self.overview is None:
            return None
        round_id = self.round_choice.currentData()
        return next((r for r in self.overview.rounds if r.id == round_id), None)

    def _show_bids(self) -> None:
        tender_round = self._chosen_round()
        if tender_round is None:
            self.bid_model.set_rows([])
            self.round_facts.setText(self.tr("Not published yet: no round."))
            return
        rows: list[bids.SealedBidRow] = []
        if self.access.sees_bids:
            with self.context.db.reading() as session:
                rows = bids.round_bids(session, tender_round.id)
        self.bid_model.set_rows(rows)
        self.bid_view.fit_columns()
        facts = (
            self.tr("Deadline %1 (Berlin time) · %2 · invited: %3")
            .replace("%1", berlin_text(tender_round.deadline))
            .replace("%2", round_state_label(tender_round.state))
            .replace("%3", self._supplier_names(tender_round.suppliers))
        )
        if not self.access.sees_bids:
            facts += "<br>" + self.tr(
                "Bids are shown to the office only: your account does not see them."
            )
        elif tender_round.opened_at is not None:
            facts += "<br>" + self.tr("Opened %1 by %2; present: %3").replace(
                "%1", berlin_text(tender_round.opened_at)
            ).replace("%2", tender_round.opened_by).replace("%3", ", ".join(tender_round.present))
        else:
            facts += "<br>" + self.tr(
                "The bids are sealed: no price can be shown before the round is opened."
            )
        self.round_facts.setText(facts)

    def _supplier_names(self, suppliers: tuple[tuple[int, str], ...]) -> str:
        if self.overview is not None and self.overview.suppliers_hidden:
            return self.tr("known to the office only")
        return ", ".join(name for _id, name in suppliers)

    def _show_comparison(self) -> None:
        lot_id = self.lot_choice.currentData()
        if lot_id is None:
            return
        if not self.access.sees_bids:
            self.comparison_model.set_comparison([], [])
            self.ranking_model.set_rows([])
            hidden = self.tr("Bids are shown to the office only: your account does not see them.")
            self.chart.set_history({}, [], str, self.tr("Round %1"), hidden)
            self.comparison_note.setText(hidden)
            return
        with self.context.db.reading() as session:
            comparison = tender_evaluation.lot_comparison(session, lot_id)
            ranking = tender_evaluation.lot_ranking(session, lot_id)
        self.comparison_model.set_comparison(comparison.items, comparison.offers)
        self.comparison_view.fit_columns(220)
        self.ranking_model.criteria = [
            (cid, name) for cid, name, _w, is_price in self.criteria if not is_price
        ]
        self.ranking_model.set_rows(ranking)
        self.ranking_view.fit_columns(260)
        self.chart.set_history(
            comparison.history,
            comparison.rounds,
            lambda value: f"{format_number(value, self.context.language, 0)}\u00a0€",
            self.tr("Round %1"),
            self.tr("No opened round yet: the bids are sealed."),
        )
        if comparison.round_number is None:
            self.comparison_note.setText(
                self.tr("No opened round yet: the bids are sealed, so there is nothing to compare.")
            )
        else:
            volumes = "; ".join(
                f"{item.name}: "
                + volume_text(item.volume, self.context.language, UnitOfMeasure(item.unit))
                for item in comparison.items
            )
            self.comparison_note.setText(
                self.tr("Round %1; the best total is highlighted. Pooled volumes: %2")
                .replace("%1", str(comparison.round_number))
                .replace("%2", volumes)
            )

    def reload(self) -> None:
        self.show_tender(self.tender_id)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    # -- actions -----------------------------------------------------------------------------
    def publish(self) -> None:
        assert self.overview is not None
        dialog = PublishDialog(self.context, self.overview.id, self.overview.title, self)
        dialog.changed.connect(self._after_change)
        dialog.exec()

    def enter_bid(self) -> None:
        assert self.overview is not None and self.brief is not None
        current = self.overview.current_round
        assert current is not None
        dialog = BidDialog(self.context, current, self.brief, self)
        dialog.changed.connect(self._after_change)
        dialog.exec()

    def import_bids(self) -> BidImportDialog:
        """The import dialog for returned bid workbooks (files or a folder)."""
        from niro_desk.ui.tenders.bid_import_dialog import BidImportDialog

        assert self.overview is not None
        dialog = BidImportDialog(self.context, self.overview.id, self.overview.title, self)
        dialog.changed.connect(self._after_change)
        dialog.open()
        return dialog

    def admit_late(self) -> None:
        row = self.bid_view.current_row()
        if not isinstance(row, bids.SealedBidRow) or not row.late or row.admitted:
            prompts.inform(
                self,
                self.tr("Admit late bid"),
                self.tr("Choose a late bid in the list of the round's bids first."),
            )
            return
        reason = prompts.ask_text(
            self,
            self.tr("Admit late bid"),
            self.tr("Why is the late bid of %1 admitted? (recorded)").replace("%1", row.supplier),
        )
        if reason is None:
            return
        if run_action(
            self,
            self.context,
            lambda session, user: bids.admit_late_bid(session, user, row.id, reason),
        ):
            self._after_change()

    def open_round(self) -> None:
        assert self.overview is not None
        current = self.overview.current_round
        assert current is not None
        dialog = OpenRoundDialog(self.context, current, self)
        dialog.changed.connect(self._after_change)
        if dialog.exec():
            self.tabs.setCurrentIndex(2)

    def next_round(self) -> None:
        assert self.overview is not None
        current = self.overview.current_round
        assert current is not None
        dialog = NextRoundDialog(self.context, self.overview.id, current.suppliers, self)
        dialog.changed.connect(self._after_change)
        dialog.exec()

    def enter_scores(self) -> None:
        row = self.ranking_view.current_row()
        lot_id = self.lot_choice.currentData()
        if row is None or lot_id is None:
            prompts.inform(
                self, self.tr("Scores"), self.tr("Choose a supplier in the ranking first.")
            )
            return
        criteria = [(cid, name, weight) for cid, name, weight, price in self.criteria if not price]
        dialog = ScoresDialog(
            self.context,
            lot_id,
            row.supplier_id,
            row.supplier,
            criteria,
            row.scores,
            self,  # type: ignore[attr-defined]
        )
        dialog.changed.connect(self._after_change)
        dialog.exec()

    def award(self) -> None:
        assert self.overview is not None and self.brief is not None
        lots = []
        try:
            with self.context.db.reading() as session:
                for lot in self.brief.lots:
                    ranking = tender_evaluation.lot_ranking(session, lot.lot_id)
                    label = (
                        self.tr("Lot %1: %2").replace("%1", str(lot.number)).replace("%2", lot.name)
                    )
                    lots.append((lot.lot_id, label, [(r.supplier_id, r.supplier) for r in ranking]))
        except NiroDeskError as error:
            prompts.show_error(self, error)
            return
        dialog = AwardDialog(self.context, self.overview.id, lots, self)
        dialog.changed.connect(self._after_change)
        dialog.exec()

    def cancel(self) -> None:
        assert self.overview is not None
        reason = prompts.ask_text(
            self, self.tr("Cancel tender"), self.tr("Why is the tender cancelled? (recorded)")
        )
        if reason is None:
            return
        tender_id = self.overview.id
        if run_action(
            self,
            self.context,
            lambda session, user: tenders.cancel_tender(session, user, tender_id, reason),
        ):
            self._after_change()

    def _save_pdf(self, suggested: str, write: object) -> None:
        self._save_file(
            self.tr("Save as PDF"), Path.home() / suggested, self.tr("PDF (*.pdf)"), write
        )

    def _save_file(self, title: str, suggested: Path, file_filter: str, write: object) -> None:
        path = prompts.save_file(self, title, suggested, file_filter)
        if path is None:
            return
        try:
            with self.context.db.reading() as session:
                write(session, path)  # type: ignore[operator]
        except NiroDeskError as error:
            prompts.show_error(self, error)
            return
        prompts.inform(self, self.tr("Saved"), self.tr("Written to %1").replace("%1", str(path)))

    def print_protocol(self) -> None:
        tender_round = self._chosen_round()
        if tender_round is None:
            return
        self._save_pdf(
            f"Oeffnungsprotokoll-{self.tender_id}-Runde-{tender_round.number}.pdf",
            lambda session, path: write_opening_protocol(
                session, tender_round.id, path, self.context.language
            ),
        )

    def print_evaluation(self) -> None:
        tender_id = self.tender_id
        self._save_pdf(
            f"Auswertung-{tender_id}.pdf",
            lambda session, path: write_evaluation_report(
                session, tender_id, path, self.context.language
            ),
        )

    def write_evaluation_workbook(self) -> None:
        from niro_desk.procurement.evaluation_workbook import write_evaluation_workbook

        tender_id = self.tender_id
        if tender_id is None:
            return
        self._save_file(
            self.tr("Save evaluation workbook"),
            suggested_path(self.tr("Evaluation-%1").replace("%1", str(tender_id)), ".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
            lambda session, path: write_evaluation_workbook(
                session, tender_id, path, self.context.language
            ),
        )

    def write_invitations(self) -> None:
        if self.overview is not None:
            self.invitation_operation = write_invitations(self, self.context, self.overview.id)
