"""Opt-in (a participant joins an agreement with its volumes) and opt-out dialogs.

The opt-in offers only eligible organisations (current members and customers
not taking part yet); choosing one fills its lines from its current
requirements (volume and baseline price), which the office can change. A line
left without a volume is not taken over. The same dialog edits the volumes of
an existing participation.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.formatting import parse_number
from niro_desk.models import UnitOfMeasure
from niro_desk.procurement import agreements, participations
from niro_desk.procurement.participations import LineInput, ProposedLine
from niro_desk.ui.agreements.cell_table import CellRow, CellTableModel
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.service_action import save_and_close
from niro_desk.ui.requirements.labels import kind_label, price_text, unit_label, volume_text

PRICE, VOLUME, BASELINE, SOURCE = 1, 2, 3, 4


def _number_text(value: Decimal | None, language: str) -> str:
    return volume_text(value, language) if value is not None else ""


class OptInDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        agreement_id: int,
        participation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id = agreement_id
        self.participation_id = participation_id
        self.version: int | None = None
        self.messages = FieldMessages()
        self.setObjectName("optInDialog")
        language = context.language
        with context.db.reading() as session:
            title = agreements.get_agreement(session, agreement_id).title
            eligible = participations.eligible_organisations(session, agreement_id)
            existing = None
            if participation_id is not None:
                existing = next(
                    r
                    for r in participations.participants_of(session, agreement_id)
                    if r.id == participation_id
                )
        self.setWindowTitle(
            (self.tr("Join %1") if existing is None else self.tr("Volumes in %1")).replace(
                "%1", title
            )
        )
        self.participant = QComboBox()
        self.participant.setObjectName("participant")
        if existing is None:
            for row in eligible:
                self.participant.addItem(f"{row.name} ({kind_label(row.kind)})", row.id)
        else:
            self.participant.addItem(existing.organisation, existing.organisation_id)
            self.participant.setEnabled(False)
            self.version = existing.version
        self.joined = date_edit(language, existing.joined_on if existing else dt.date.today())
        self.joined.setObjectName("joinedOn")
        self.joined.setEnabled(existing is None)
        self.consent = QCheckBox(self.tr("may be named to the supplier with its volumes"))
        self.consent.setObjectName("consent")
        self.consent.setEnabled(existing is None)
        if existing is not None:
            self.consent.setChecked(existing.consent_to_share)
        self.model = CellTableModel(
            [
                self.tr("Item"),
                self.tr("Agreed price"),
                self.tr("Volume per year"),
                self.tr("Baseline price (€)"),
                self.tr("From"),
            ],
            {VOLUME, BASELINE},
            {PRICE, VOLUME, BASELINE},
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("lineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.problems = QLabel()
        self.problems.setObjectName("cellProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.empty = QLabel(
            self.tr("Nobody else may join: every current member and customer takes part.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(existing is None and not eligible)
        form = QFormLayout()
        form.addRow(self.tr("&Participant"), self.participant)
        form.addRow(self.tr("&Joins on"), self.messages.field("joined_on", self.joined))
        form.addRow("", self.consent)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Volumes and baseline prices come from the participant's current"
                    " requirements where there are some; change them as agreed."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.messages.message("lines"))
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.participant.currentIndexChanged.connect(lambda _i: self._fill())
        self._fill(existing.lines if existing is not None else None)
        self.resize(760, 480)

    def _fill(self, current: object = None) -> None:
        language = self.context.language
        organisation_id = self.participant.currentData()
        with self.context.db.reading() as session:
            proposed = participations.proposed_lines(session, self.agreement_id, organisation_id)
        given = {line.item_id: line for line in (current or ())}  # type: ignore[attr-defined]
        rows = []
        for line in proposed:
            volume, baseline, source = self._prefill(line, given.get(line.item_id))
            rows.append(
                CellRow(
                    line.item_id,
                    f"{line.name} ({unit_label(UnitOfMeasure(line.unit))})",
                    [
                        price_text(line.unit_price, language),
                        _number_text(volume, language),
                        price_text(baseline, language).replace("\u00a0€", ""),
                        source,
                    ],
                )
            )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _prefill(
        self, line: ProposedLine, current: object
    ) -> tuple[Decimal | None, Decimal | None, str]:
        if current is not None:
            return (
                current.yearly_volume,  # type: ignore[attr-defined]
                current.baseline_price,  # type: ignore[attr-defined]
                self.tr("entered"),
            )
        if line.from_requirement:
            return line.yearly_volume, line.baseline_price, self.tr("requirement")
        return None, None, ""

    def lines(self) -> list[LineInput] | None:
        language = self.context.language
        self.model.clear_marks()
        lines = []
        bad = []
        for position, row in enumerate(self.model.rows):
            volume_cell, baseline_cell = row.cells[1], row.cells[2]
            if not volume_cell.strip():
                continue
            volume = baseline = None
            try:
                volume = parse_number(volume_cell, language)
            except ValueError:
                self.model.mark(position, VOLUME, self.tr("not a number"))
                bad.append(row.label)
            if baseline_cell.strip():
                try:
                    baseline = parse_number(baseline_cell, language)
                except ValueError:
                    self.model.mark(position, BASELINE, self.tr("not a number"))
                    bad.append(row.label)
            if volume is not None:
                lines.append(LineInput(row.key, volume, baseline))
        if bad:
            self.problems.setText(
                self.tr("Check the marked cells: %1").replace("%1", ", ".join(bad))
            )
            return None
        self.problems.setText("")
        return lines

    def save(self) -> bool:
        lines = self.lines()
        if lines is None:
            return False
        organisation_id = self.participant.currentData()
        if organisation_id is None:
            return False
        agreement_id, joined = self.agreement_id, date_of(self.joined)
        consent = self.consent.isChecked()
        participation_id, version = self.participation_id, self.version
        if participation_id is None:
            return save_and_close(
                self,
                lambda session, user: participations.opt_in(
                    session, user, agreement_id, organisation_id, joined, lines, consent
                ),
            )
        return save_and_close(
            self,
            lambda session, user: participations.update_lines(
                session, user, participation_id, lines, version
            ),
        )


class EndDialog(QDialog):
    """A day and a reason: a participant opts out, or the agreement is terminated."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        title: str,
        explanation: str,
        work: object,
        reasons: list[str],
        field_name: str = "left_on",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.work = work
        self.messages = FieldMessages()
        self.setObjectName("endDialog")
        self.setWindowTitle(title)
        self.day = date_edit(context.language, dt.date.today())
        self.day.setObjectName("endDay")
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(["", *reasons])
        label = QLabel(explanation)
        label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Day"), self.messages.field(field_name, self.day))
        form.addRow(self.tr("&Reason"), self.messages.field("reason", self.reason))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(480, 200)

    def save(self) -> bool:
        day, reason = date_of(self.day), self.reason.currentText()
        work = self.work
        return save_and_close(
            self,
            lambda session, user: work(session, user, day, reason),  # type: ignore[operator]
        )
