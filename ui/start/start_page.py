"""The start page: what needs doing now, grouped by kind, most urgent first.

The agenda (``procurement.office_agenda``) is loaded off the UI thread, so the
window paints first; F5, the "Refresh" button, a change of the window (days
ahead), coming back to the page and changes saved on other PCs load it again. Sections per kind in a
tree (model/view: a ``QStandardItemModel``); rows are tinted by urgency —
overdue red, within two weeks amber. Double-click or Enter on an entry asks
the main window to show its record (``open_requested`` with a
``RecordRef``). A database without members shows the first steps instead
(``first_step_requested``: ``"import"`` or ``"application"``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.change_feed import Change
from niro_desk.formatting import format_date
from niro_desk.procurement.office_agenda import (
    DEFAULT_DAYS,
    Agenda,
    AgendaEntry,
    AgendaKind,
    RecordRef,
    kinds_in_order,
    office_agenda,
)
from niro_desk.ui.latest_search import LatestSearch
from niro_desk.ui.members.first_steps_page import FirstStepsPage

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
DAYS_ROLE = Qt.ItemDataRole.UserRole + 3
SOON_DAYS = 14
OVERDUE_COLOUR = QColor("#f6d5d5")
SOON_COLOUR = QColor("#fbecc4")
RELOAD_DELAY_MS = 400


class AgendaView(QTreeView):
    """The agenda tree; Enter (like a double-click) opens the current entry."""

    entry_chosen = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entry_chosen.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class StartPage(QWidget):
    WHAT, DETAIL, DATE, WHEN = range(4)

    open_requested = Signal(object)  # RecordRef
    first_step_requested = Signal(str)  # "import" or "application"
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("startPage")
        self.agenda: Agenda | None = None
        self._loading = False

        heading = QLabel(self.tr("What needs doing now"))
        heading.setObjectName("startHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.days_spin = QSpinBox()
        self.days_spin.setObjectName("agendaDays")
        self.days_spin.setRange(1, 730)
        self.days_spin.setValue(DEFAULT_DAYS)
        self.days_spin.setSuffix(self.tr(" days"))
        self.days_spin.setToolTip(self.tr("How far ahead deadlines are shown"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("agendaRefresh")
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Looking ahead:")))
        top.addWidget(self.days_spin)
        top.addWidget(self.refresh_button)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Details"), self.tr("Date"), self.tr("When")]
        )
        self.view = AgendaView()
        self.view.setObjectName("agendaView")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(False)
        self.view.doubleClicked.connect(self._open)
        self.view.entry_chosen.connect(self._open)

        self.status_label = QLabel(self.tr("Loading what needs doing…"))
        self.status_label.setObjectName("agendaStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.status_label.setMargin(12)

        self.import_step = QAction(self)
        self.import_step.setObjectName("importAction")
        self.import_step.triggered.connect(lambda: self.first_step_requested.emit("import"))
        self.application_step = QAction(self)
        self.application_step.setObjectName("newAction")
        self.application_step.triggered.connect(
            lambda: self.first_step_requested.emit("application")
        )
        self.first_steps = FirstStepsPage(
            self.tr("Welcome to NIRO Desk"),
            self.tr(
                "No members are recorded yet. Start with the network's member list: import it"
                " from an Excel workbook (a preview shows what will be imported before anything"
                " is saved), or record the first application by hand. Once there are members,"
                " tenders and agreements, this page shows what needs doing now."
            ),
            [
                (self.tr("Import member list from Excel…"), self.import_step),
                (self.tr("Record the first application…"), self.application_step),
            ],
        )

        self.pages = QStackedWidget()
        self.pages.setObjectName("startPages")
        self.pages.addWidget(self.status_label)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.first_steps)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.hint = QLabel(
            self.tr(
                "Double-click an entry or press Enter to open it. Red: overdue; amber: within"
                " %1 days."
            ).replace("%1", str(SOON_DAYS))
        )
        self.hint.setObjectName("agendaHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)

        self.loads = LatestSearch(context.db, self)
        self.loads.found.connect(self._show)
        self.loads.failed.connect(self._failed)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.days_spin.valueChanged.connect(lambda _days: self._reload_timer.start())
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def is_loading(self) -> bool:
        return self._loading

    def reload(self) -> None:
        """Load the agenda afresh, off the UI thread (a newer load supersedes this one)."""
        self._reload_timer.stop()
        self._loading = True
        days = self.days_spin.value()
        if self.agenda is None:
            self.pages.setCurrentWidget(self.status_label)
        self.loads.start(lambda session: office_agenda(session, days))

    def showEvent(self, event: QShowEvent) -> None:
        """Back on the start page: what was done meanwhile (here or elsewhere) is reflected."""
        super().showEvent(event)
        if self.agenda is not None and not self._loading:
            self.reload()

    def notice_changes(self, change: Change) -> None:
        """Another PC saved something: the agenda may have changed (a short delay merges bursts)."""
        del change
        self._reload_timer.start()

    def _failed(self, error: Exception) -> None:
        from niro_desk.errors import NiroDeskError
        from niro_desk.messages import render_error

        self._loading = False
        message = render_error(error) if isinstance(error, NiroDeskError) else str(error)
        self.status_label.setText(
            self.tr("The agenda could not be loaded: %1").replace("%1", message)
        )
        self.pages.setCurrentWidget(self.status_label)
        self.loaded.emit()

    def _show(self, agenda: Agenda) -> None:
        self._loading = False
        self.agenda = agenda
        if agenda.network_empty:
            self.pages.setCurrentWidget(self.first_steps)
            self.loaded.emit()
            return
        if agenda.office_only:  # a procurement head: the agenda is the office's
            self.model.removeRows(0, self.model.rowCount())
            self.status_label.setText(
                self.tr(
                    "The agenda lists the office's deadlines for the whole pool; your account"
                    " sees its own organisation's requirements and participations under"
                    " Requirements and Agreements."
                )
            )
            self.pages.setCurrentWidget(self.status_label)
            self.loaded.emit()
            return
        chosen = self._current_reference()
        self.model.removeRows(0, self.model.rowCount())
        for kind in kinds_in_order():
            entries = agenda.of_kind(kind)
            if entries:
                self._add_section(kind, entries, agenda.more.get(kind, 0))
        if self.model.rowCount() == 0:
            self.status_label.setText(
                self.tr(
                    "Nothing needs doing in the next %1 days: no notice deadlines, no agreements"
                    " ending, no certificates running out, no collections or tender rounds"
                    " overdue."
                ).replace("%1", str(agenda.within_days))
            )
            self.pages.setCurrentWidget(self.status_label)
        else:
            self.view.expandAll()
            for column in range(self.model.columnCount()):
                self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(self.WHAT, max(self.view.columnWidth(self.WHAT), 320))
            self.pages.setCurrentWidget(self.view)
            if chosen is None or not self._select(chosen):
                self.view.setCurrentIndex(self.model.index(0, 0))
        self.loaded.emit()

    # -- the tree ---------------------------------------------------------------------------
    def section_title(self, kind: AgendaKind) -> str:
        return {
            AgendaKind.TENDER_TO_OPEN: self.tr("Tender rounds to open"),
            AgendaKind.AGREEMENT_PAST_END: self.tr("Agreements past their end"),
            AgendaKind.NOTICE_DEADLINE: self.tr("Notice deadlines"),
            AgendaKind.AGREEMENT_ENDING: self.tr("Agreements ending"),
            AgendaKind.CERTIFICATE_EXPIRED: self.tr("Expired certificates"),
            AgendaKind.CERTIFICATE_EXPIRING: self.tr("Certificates running out"),
            AgendaKind.COLLECTION_OVERDUE: self.tr("Collections past their deadline"),
        }[kind]

    def _add_section(self, kind: AgendaKind, entries: list[AgendaEntry], more: int) -> None:
        count = len(entries) + more
        section = QStandardItem(f"{self.section_title(kind)} ({count})")
        bold = QFont(section.font())
        bold.setBold(True)
        section.setFont(bold)
        section.setData(kind.value, KIND_ROLE)
        section.setSelectable(False)
        for entry in entries:
            section.appendRow(self._row(entry))
        if more:
            extra = QStandardItem(self.tr("… and %1 more").replace("%1", str(more)))
            extra.setSelectable(False)
            section.appendRow([extra, QStandardItem(), QStandardItem(), QStandardItem()])
        filler = [QStandardItem() for _column in range(3)]
        for item in filler:
            item.setSelectable(False)
        self.model.appendRow([section, *filler])

    def _row(self, entry: AgendaEntry) -> list[QStandardItem]:
        cells = [
            QStandardItem(entry.what),
            QStandardItem(self._detail(entry)),
            QStandardItem(format_date(entry.date, self.context.language)),
            QStandardItem(self.when_text(entry.days_left)),
        ]
        tip = self._tooltip(entry)
        colour = (
            OVERDUE_COLOUR
            if entry.days_left < 0
            else SOON_COLOUR
            if entry.days_left <= SOON_DAYS
            else None
        )
        for cell in cells:
            cell.setData(entry.reference, REFERENCE_ROLE)
            cell.setData(entry.days_left, DAYS_ROLE)
            if colour is not None:
                cell.setBackground(QBrush(colour))
                cell.setForeground(QBrush(QColor("#1f1f1f")))  # readable on the tint
            if tip:
                cell.setToolTip(tip)
        if entry.priority:
            font = QFont(cells[0].font())
            font.setBold(True)
            cells[0].setFont(font)
        cells[self.DATE].setTextAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        return cells

    def _detail(self, entry: AgendaEntry) -> str:
        if entry.kind is AgendaKind.TENDER_TO_OPEN:
            return self.tr("Round %1").replace("%1", str(entry.round_number))
        if entry.kind in (AgendaKind.CERTIFICATE_EXPIRED, AgendaKind.CERTIFICATE_EXPIRING):
            return entry.detail
        if entry.detail:
            return self.tr("Supplier: %1").replace("%1", entry.detail)
        return ""

    def _tooltip(self, entry: AgendaEntry) -> str:
        if entry.priority:
            return self.tr(
                "The supplier has an active agreement or takes part in a running tender."
            )
        if entry.renewals:
            return self.tr(
                "Renewed automatically %1 time(s) since the end date recorded; this is the"
                " current term's deadline."
            ).replace("%1", str(entry.renewals))
        if entry.kind is AgendaKind.AGREEMENT_PAST_END:
            return self.tr("Still active: mark it expired, or record its extension.")
        return ""

    def when_text(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("tomorrow")
        if days == -1:
            return self.tr("since yesterday")
        if days < 0:
            return self.tr("%1 days overdue").replace("%1", str(-days))
        return self.tr("in %1 days").replace("%1", str(days))

    # -- jumping to the record ----------------------------------------------------------------
    def entry_indexes(self) -> list[QModelIndex]:
        """The first cell of every entry row (for tests and keyboard users)."""
        found = []
        for row in range(self.model.rowCount()):
            section = self.model.index(row, 0)
            for child in range(self.model.rowCount(section)):
                index = self.model.index(child, 0, section)
                if isinstance(index.data(REFERENCE_ROLE), RecordRef):
                    found.append(index)
        return found

    def _open(self, index: QModelIndex) -> None:
        reference = index.siblingAtColumn(0).data(REFERENCE_ROLE)
        if isinstance(reference, RecordRef):
            self.open_requested.emit(reference)

    def _current_reference(self) -> RecordRef | None:
        value = self.view.currentIndex().siblingAtColumn(0).data(REFERENCE_ROLE)
        return value if isinstance(value, RecordRef) else None

    def _select(self, reference: RecordRef) -> bool:
        for index in self.entry_indexes():
            if index.data(REFERENCE_ROLE) == reference:
                self.view.setCurrentIndex(index)
                return True
        return False
