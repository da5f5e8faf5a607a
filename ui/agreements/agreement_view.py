"""One framework agreement: data and terms, items with prices, participants, documents.

Every change goes through a dialog or ``run_action`` (one transaction per user
action). The printed summary and the participants' export for the supplier
are added by the Reports work (``print_bar`` keeps their place).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError
from niro_desk.formatting import format_date
from niro_desk.models import AgreementState
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.agreements import AgreementOverview
from niro_desk.ui.agreements.agreement_dialog import AgreementDialog
from niro_desk.ui.agreements.labels import months_text, state_label
from niro_desk.ui.agreements.participation_dialogs import EndDialog, OptInDialog
from niro_desk.ui.agreements.table_models import (
    AgreementItemModel,
    DocumentModel,
    ParticipantModel,
)
from niro_desk.ui.keyed_buttons import button_row, keyed_button
from niro_desk.ui.members import prompts
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.requirements.access import pool_rights


class AgreementView(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.overview: AgreementOverview | None = None
        self.dialog: QWidget | None = None
        self.setObjectName("agreementView")
        language = context.language
        self.heading = QLabel()
        self.heading.setObjectName("agreementHeading")
        self.heading.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        bar = button_row(
            self.buttons,
            (
                ("edit", self.tr("Edit…"), self.edit),
                ("activate", self.tr("Activate…"), self.activate),
                ("terminate", self.tr("Terminate…"), self.terminate),
            ),
        )
        #: the printed summary (and the participants' workbook for the supplier)
        self.print_bar = QHBoxLayout()
        self.print_bar.setObjectName("printBar")
        for key, text, tip, slot in (
            (
                "print",
                self.tr("Print summary…"),
                self.tr("The agreement's summary for the board as a PDF, opened for printing"),
                self.print_summary,
            ),
            (
                "supplier_export",
                self.tr("Participants for the supplier…"),
                self.tr(
                    "A workbook for the supplier: participants that agreed to be named, "
                    "the others only as a pooled total"
                ),
                self.export_for_supplier,
            ),
        ):
            self.print_bar.addWidget(keyed_button(self.buttons, key, text, slot, tip))
        self.print_bar.addStretch(1)

        self.facts = QLabel()
        self.facts.setObjectName("agreementFacts")
        self.facts.setWordWrap(True)
        self.facts.setOpenExternalLinks(False)
        self.item_model = AgreementItemModel(language, self)
        self.item_view = RowTableView(self.item_model, stretch_column=AgreementItemModel.ADJUSTMENT)
        self.item_view.setObjectName("agreementItems")
        data_tab = QWidget()
        data_layout = QVBoxLayout(data_tab)
        data_layout.addWidget(self.facts)
        data_layout.addWidget(QLabel("<b>" + self.tr("Items and agreed prices") + "</b>"))
        data_layout.addWidget(self.item_view, 1)

        self.participant_model = ParticipantModel(language, self)
        self.participant_view = RowTableView(
            self.participant_model, stretch_column=ParticipantModel.VOLUMES
        )
        self.participant_view.setObjectName("participants")
        self.participant_view.doubleClicked.connect(lambda _i: self.edit_volumes())
        self.participant_totals = QLabel()
        self.participant_totals.setObjectName("participantTotals")
        participant_bar = button_row(
            self.buttons,
            (
                ("opt_in", self.tr("Opt in…"), self.opt_in),
                ("volumes", self.tr("Volumes…"), self.edit_volumes),
                ("consent", self.tr("Named to supplier: yes/no"), self.toggle_consent),
                ("opt_out", self.tr("Opt out…"), self.opt_out),
            ),
        )
        participant_tab = QWidget()
        participant_layout = QVBoxLayout(participant_tab)
        participant_layout.addWidget(self.participant_view, 1)
        participant_layout.addWidget(self.participant_totals)
        participant_layout.addLayout(participant_bar)

        self.document_model = DocumentModel(language, self)
        self.document_view = RowTableView(self.document_model, stretch_column=DocumentModel.NAME)
        self.document_view.setObjectName("documents")
        document_bar = button_row(
            self.buttons,
            (
                ("attach", self.tr("Add document…"), self.attach),
                ("save_copy", self.tr("Save a copy…"), self.save_copy),
                ("remove", self.tr("Remove document"), self.remove_document),
            ),
        )
        document_note = QLabel(
            self.tr(
                "Documents are stored in the database with their checksum (so a backup"
                " contains them), at most %1 MB each."
            ).replace("%1", str(agreements.MAX_DOCUMENT_BYTES // (1024 * 1024)))
        )
        document_note.setWordWrap(True)
        document_tab = QWidget()
        document_layout = QVBoxLayout(document_tab)
        document_layout.addWidget(self.document_view, 1)
        document_layout.addWidget(document_note)
        document_layout.addLayout(document_bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("agreementTabs")
        self.tabs.addTab(data_tab, self.tr("Data and terms"))
        self.tabs.addTab(participant_tab, self.tr("Participants"))
        self.tabs.addTab(document_tab, self.tr("Documents"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addLayout(self.print_bar)  # a row of its own: the area fits 1280 pixels
        layout.addWidget(self.tabs, 1)
        self.show_agreement(None)

    # -- showing -----------------------------------------------------------------------------
    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        if agreement_id is None:
            self.overview = None
            self.heading.setText(self.tr("Choose an agreement on the left."))
            self.facts.setText("")
            self.item_model.set_rows([])
            self.participant_model.set_rows([])
            self.document_model.set_rows([])
            self.participant_totals.setText("")
            for button in self.buttons.values():
                button.setEnabled(False)
            return
        with self.context.db.reading() as session:
            self.overview = agreements.agreement_overview(session, agreement_id)
            rows = participations.participants_of(session, agreement_id)
        overview = self.overview
        self.heading.setText(
            f"<b>{escape(overview.title)}</b> — {escape(overview.supplier)} · "
            f"{escape(overview.category)}<br>{escape(state_label(overview.state))}"
        )
        self.facts.setText(self._facts(overview))
        self.item_model.set_rows(overview.items)
        self.item_view.fit_columns()
        self.participant_model.set_rows(rows)
        self.participant_view.fit_columns(200)
        current = [r for r in rows if r.is_open(self.participant_model.today)]
        members = sum(1 for r in current if r.kind == "member")
        if pool_rights(self.context).read_all:
            self.participant_totals.setText(
                self.tr("%1 taking part now: %2 members, %3 customers; %4 left.")
                .replace("%1", str(len(current)))
                .replace("%2", str(members))
                .replace("%3", str(len(current) - members))
                .replace("%4", str(len(rows) - len(current)))
            )
        else:  # a procurement head: the other participants stay hidden
            self.participant_totals.setText(
                self.tr("Only your organisation's participation is shown here.")
            )
        self.document_model.set_rows(overview.documents)
        self.document_view.fit_columns(260)
        self._enable()

    def _facts(self, overview: AgreementOverview) -> str:
        language = self.context.language

        def row(label: str, value: str) -> str:
            return f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{value}</td></tr>"

        term = overview.term
        renewal = (
            self.tr("automatically by %1").replace("%1", months_text(overview.renewal_months))
            if overview.auto_renewal
            else self.tr("none: the agreement ends")
        )
        lines = [
            row(self.tr("Reference"), escape(overview.reference) or "–"),
            row(
                self.tr("Validity"),
                f"{format_date(overview.start_date, language) or '–'} – "
                f"{format_date(overview.end_date, language) or '–'}",
            ),
            row(self.tr("Notice period"), escape(months_text(overview.notice_months))),
            row(self.tr("Renewal"), escape(renewal)),
        ]
        if term is not None and overview.state == AgreementState.ACTIVE:
            lines.append(row(self.tr("Current term ends"), format_date(term.end, language)))
            if term.renews:
                lines.append(row(self.tr("Notice by"), format_date(term.notice_deadline, language)))
        if overview.terminated_on is not None:
            lines.append(
                row(self.tr("Terminated on"), format_date(overview.terminated_on, language))
            )
        if overview.end_reason:
            lines.append(row(self.tr("Reason"), escape(overview.end_reason)))
        lines.append(
            row(
                self.tr("Origin"),
                escape(
                    self.tr("award of a tender")
                    if overview.tender_id is not None
                    else self.tr("entered by hand")
                ),
            )
        )
        lines.append(row(self.tr("Terms"), escape(overview.terms).replace("\n", "<br>") or "–"))
        return "<table>" + "".join(lines) + "</table>"

    def _enable(self) -> None:
        assert self.overview is not None
        state = self.overview.state
        open_state = state in agreements.OPEN_STATES
        rights = pool_rights(self.context)
        office = rights.edit
        # a procurement head opts its own organisation in and out (its rows are the only ones)
        participant = office or rights.edits_own
        self.buttons["edit"].setEnabled(office and open_state)
        self.buttons["activate"].setEnabled(office and state == AgreementState.DRAFT)
        self.buttons["terminate"].setEnabled(office and state == AgreementState.ACTIVE)
        self.buttons["opt_in"].setEnabled(participant and open_state)
        # they act on a listed participation; a head sees only its own organisation's
        has_participation = self.participant_model.rowCount() > 0
        for key in ("volumes", "consent", "opt_out"):
            self.buttons[key].setEnabled(participant and open_state and has_participation)
        self.buttons["attach"].setEnabled(office)
        self.buttons["save_copy"].setEnabled(bool(self.overview.documents))
        self.buttons["remove"].setEnabled(office and bool(self.overview.documents))
        self.buttons["print"].setEnabled(rights.office_prints)
        self.buttons["supplier_export"].setEnabled(rights.office_prints)

    def print_summary(self) -> Path | None:
        """Save the agreement's summary as a PDF and open it (``ui/reports/print_actions``)."""
        if self.agreement_id is None:
            return None
        from niro_desk.ui.reports.print_actions import print_agreement_summary

        return print_agreement_summary(self, self.context, self.agreement_id)

    def export_for_supplier(self) -> object | None:
        """The participants' workbook for the supplier (``ui/agreements_export_action``)."""
        if self.agreement_id is None:
            return None
        from niro_desk.ui.agreements_export_action import export_participants

        return export_participants(self, self.context, self.agreement_id)

    def _after_change(self) -> None:
        self.show_agreement(self.agreement_id)
        self.changed.emit()

    # -- agreement ---------------------------------------------------------------------------
    def edit(self) -> AgreementDialog | None:
        if self.agreement_id is None:
            return None
        dialog = AgreementDialog(self.context, self.agreement_id, self)
        dialog.changed.connect(self._after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    def activate(self) -> bool:
        overview = self.overview
        if overview is None:
            return False
        language = self.context.language
        text = (
            self.tr("Activate %1, valid from %2 to %3? Participants can then join it.")
            .replace("%1", overview.title)
            .replace("%2", format_date(overview.start_date, language) or "–")
            .replace("%3", format_date(overview.end_date, language) or "–")
        )
        if not prompts.confirm(self, self.tr("Activate agreement"), text):
            return False
        agreement_id, version = overview.id, overview.version
        if run_action(
            self,
            self.context,
            lambda session, user: agreements.activate(session, user, agreement_id, version),
        ):
            self._after_change()
            return True
        return False

    def terminate(self) -> EndDialog | None:
        overview = self.overview
        if overview is None:
            return None
        agreement_id, version = overview.id, overview.version
        dialog = EndDialog(
            self.context,
            self.tr("Terminate %1").replace("%1", overview.title),
            self.tr(
                "The agreement ends on this day; its participants' participations end with it."
            ),
            lambda session, user, day, reason: agreements.terminate(
                session, user, agreement_id, day, reason, version
            ),
            [
                self.tr("Notice given by the network"),
                self.tr("Notice given by the supplier"),
                self.tr("Supplier insolvent"),
                self.tr("Replaced by a new agreement"),
            ],
            "terminated_on",
            self,
        )
        dialog.changed.connect(self._after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- participants ------------------------------------------------------------------------
    def _chosen_participation(self):  # type: ignore[no-untyped-def]
        return self.participant_view.current_row()

    def opt_in(self) -> OptInDialog | None:
        if self.agreement_id is None:
            return None
        dialog = OptInDialog(self.context, self.agreement_id, parent=self)
        dialog.changed.connect(self._after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_volumes(self) -> OptInDialog | None:
        row = self._chosen_participation()
        if row is None or self.agreement_id is None:
            return None
        dialog = OptInDialog(self.context, self.agreement_id, row.id, self)
        dialog.changed.connect(self._after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    def toggle_consent(self) -> bool:
        row = self._chosen_participation()
        if row is None:
            return False
        if run_action(
            self,
            self.context,
            lambda session, user: participations.set_consent(
                session, user, row.id, not row.consent_to_share, row.version
            ),
        ):
            self._after_change()
            return True
        return False

    def opt_out(self) -> EndDialog | None:
        row = self._chosen_participation()
        if row is None:
            return None
        dialog = EndDialog(
            self.context,
            self.tr("%1 leaves %2").replace("%1", row.organisation).replace("%2", row.agreement),
            self.tr("The participation ends on this day; its volumes count until then."),
            lambda session, user, day, reason: participations.opt_out(
                session, user, row.id, day, reason, row.version
            ),
            [
                self.tr("Own contract elsewhere"),
                self.tr("Site closed or sold"),
                self.tr("No longer needed"),
            ],
            "left_on",
            self,
        )
        dialog.changed.connect(self._after_change)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- documents ---------------------------------------------------------------------------
    def attach(self) -> bool:
        if self.agreement_id is None:
            return False
        path = prompts.open_file(self, self.tr("Add document"), self.tr("All files (*)"))
        if path is None:
            return False
        agreement_id = self.agreement_id
        if run_action(
            self,
            self.context,
            lambda session, user: agreements.attach_file(session, user, agreement_id, path),
        ):
            self._after_change()
            return True
        return False

    def save_copy(self) -> Path | None:
        row = self.document_view.current_row()
        if row is None:
            return None
        path = prompts.save_file(
            self, self.tr("Save a copy"), Path.home() / row.file_name, self.tr("All files (*)")
        )
        if path is None:
            return None
        try:
            with self.context.db.reading() as session:
                agreements.save_document(session, row.id, path)
        except (NiroDeskError, OSError) as error:
            prompts.show_error(self, error)
            return None
        prompts.inform(self, self.tr("Saved"), self.tr("Written to %1").replace("%1", str(path)))
        return path

    def remove_document(self) -> bool:
        row = self.document_view.current_row()
        if row is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Remove document"),
            self.tr("Remove %1 from the agreement? It is then gone from the database.").replace(
                "%1", row.file_name
            ),
        ):
            return False
        if run_action(
            self,
            self.context,
            lambda session, user: agreements.remove_document(session, user, row.id),
        ):
            self._after_change()
            return True
        return False
