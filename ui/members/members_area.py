"""The members area: search and filter the directory, see one organisation, act on it.

Top: instant search (debounced, run off the GUI thread by ``LatestSearch``,
a newer keystroke cancelling the older query; searched in SQL by
``search_directory``: name, city, NACE class, product market, contact,
expertise), status and region filters, and the count "Members: n / cap". Then
the actions. Below, the directory table (sorted by column in the database,
fetched page by page) beside the detail panel.

``suppliers_customers_area`` is the same widget for suppliers and customers,
filtered by kind, without the membership actions.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.change_feed import Change
from niro_desk.membership import directory_search
from niro_desk.membership.admission import CapStatus, cap_status
from niro_desk.membership.directory_size import has_organisations
from niro_desk.membership.member_directory import (
    PAGE_SIZE,
    DirectoryFilter,
    DirectoryResult,
    DirectoryRow,
    directory_count,
    directory_page,
    search_directory,
)
from niro_desk.membership.member_directory import regions as directory_regions
from niro_desk.models import MembershipStatus, OrganisationKind
from niro_desk.search_text import MAX_SEARCH_LENGTH, MAX_WORD_LENGTH, MAX_WORDS, search_words
from niro_desk.ui.file_names import suggested_path
from niro_desk.ui.latest_search import LatestSearch
from niro_desk.ui.members import prompts
from niro_desk.ui.members.detail_panel import OrganisationPanel
from niro_desk.ui.members.directory_model import (
    ADMITTED,
    CODES,
    EMPLOYEES,
    FEE,
    NAME,
    REGION,
    STATUS,
    WAITING_SINCE,
    DirectoryModel,
)
from niro_desk.ui.members.first_steps_page import FirstStepsPage
from niro_desk.ui.members.labels import status_column_labels
from niro_desk.ui.members.permitted import Permitted, permitted_in
from niro_desk.ui.members.table_view import RowTableView
from niro_desk.ui.operation import Operation, Progress, run_operation
from niro_desk.ui.text_width import fit_section, width_in_letters

if TYPE_CHECKING:
    from niro_desk.ui.members.admission_dialog import AdmissionDialog
    from niro_desk.ui.members.cap_dialog import CapDialog
    from niro_desk.ui.members.glossary_dialog import GlossaryDialog
    from niro_desk.ui.members.import_dialog import ImportDialog
    from niro_desk.ui.members.leave_dialog import LeaveDialog
    from niro_desk.ui.members.organisation_dialog import OrganisationDialog
    from niro_desk.ui.members.waiting_list_dialog import WaitingListDialog
    from niro_desk.ui.members.who_knows_dialog import WhoKnowsDialog

# The search starts with the keystroke (the timer only gathers keys that arrive together);
# a newer keystroke cancels the older query.
SEARCH_DELAY_MS = 0

# status filter keys → statuses (empty: every status)
_STATUS_FILTERS: dict[str, set[MembershipStatus]] = {
    "all": set(),
    "current": {MembershipStatus.MEMBER, MembershipStatus.WAITING, MembershipStatus.APPLICANT},
    "members": {MembershipStatus.MEMBER},
    "waiting": {MembershipStatus.WAITING},
    "applicants": {MembershipStatus.APPLICANT},
    "former": {MembershipStatus.FORMER},
}
_KIND_FILTERS: dict[str, set[OrganisationKind]] = {
    "all": {OrganisationKind.CUSTOMER, OrganisationKind.SUPPLIER},
    "customers": {OrganisationKind.CUSTOMER},
    "suppliers": {OrganisationKind.SUPPLIER},
}


class MembersArea(QWidget):
    """Directory, filters, count and actions of the member organisations."""

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, members: bool = True
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.members = members
        self.dialog: QDialog | None = None
        self.operation: Operation | None = None
        self.cap: CapStatus | None = None
        self.permitted = Permitted()  # worked out afresh by each ``refresh``
        self.setObjectName("membersArea" if self.members else "suppliersCustomersArea")

        # -- search, filters, count -----------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("directorySearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMaxLength(MAX_SEARCH_LENGTH)
        self.search_edit.setMinimumWidth(width_in_letters(self.search_edit, 32))
        self.search_edit.setToolTip(self.tr("Ctrl+F"))
        self.search_edit.setPlaceholderText(
            self.tr("Search: name, city, NACE, product, contact, expertise")
        )
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("statusFilter")
        if self.members:
            for key, text in (
                ("all", self.tr("All statuses")),
                ("current", self.tr("Members, waiting list and applicants")),
                ("members", self.tr("Members")),
                ("waiting", self.tr("Waiting list")),
                ("applicants", self.tr("Applicants")),
                ("former", self.tr("Former members")),
            ):
                self.filter_combo.addItem(text, key)
        else:
            for key, text in (
                ("all", self.tr("Suppliers and customers")),
                ("customers", self.tr("Customers")),
                ("suppliers", self.tr("Suppliers")),
            ):
                self.filter_combo.addItem(text, key)
        self.region_combo = QComboBox()
        self.region_combo.setObjectName("regionFilter")
        for combo, letters in ((self.filter_combo, 16), (self.region_combo, 14)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        # the status filter's few fixed texts show in full ("…, waiting list and applicants")
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.RichText)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("shownLabel")

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.filter_combo)
        top.addWidget(self.region_combo)
        top.addSpacing(12)
        top.addWidget(self.shown_label)
        top.addSpacing(12)
        top.addWidget(self.count_label)

        # -- actions ------------------------------------------------------------------------
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("membersToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_actions()

        # -- directory and detail panel -----------------------------------------------------
        self.model = DirectoryModel(context.language, self.members, self)
        self.view = RowTableView(self.model, stretch_column=NAME, sort_in_model=True)
        self.view.setObjectName("directoryView")
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self._context_actions():
            self.view.addAction(action)
        hidden = (
            [REGION, EMPLOYEES, WAITING_SINCE] if self.members else [FEE, ADMITTED, WAITING_SINCE]
        )
        for column in hidden:
            self.view.setColumnHidden(column, True)

        self.panel = OrganisationPanel(context, self.members)
        self.panel.changed.connect(lambda: self.refresh(reload_panel=False))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("membersSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 370])
        self.splitter.setChildrenCollapsible(False)

        # an empty database shows its first steps instead of an empty list
        self.first_steps = self._first_steps_page()
        # ... and a procurement head, who sees only its own organisation, why it is empty
        self.office_only = FirstStepsPage(
            self.tr("Kept by the office"),
            self.tr(
                "Your account sees only its own organisation here. The suppliers are listed"
                " under Tenders (Suppliers…) and in each agreement under Agreements."
            ),
            [],
        )
        self.office_only.setObjectName("officeOnlyPage")
        self.pages = QStackedWidget()
        self.pages.setObjectName("membersPages")
        self.pages.addWidget(self.splitter)
        self.pages.addWidget(self.first_steps)
        self.pages.addWidget(self.office_only)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages, 1)

        # -- behaviour ----------------------------------------------------------------------
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.searches = LatestSearch(context.db, self)
        self.searches.found.connect(self._found)
        self.searches.failed.connect(self._search_failed)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search)
        self.model.sort_changed.connect(self.refresh)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.region_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.proxy.layoutChanged.connect(self._keep_selection_visible)
        for keys, slot in (
            (QKeySequence.StandardKey.Find, self._focus_search),
            (QKeySequence.StandardKey.Refresh, self.reload),  # F5: changes made on other PCs
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self._fitted = False
        self.reload()

    # -- actions ----------------------------------------------------------------------------
    def _action(self, text: str, slot, icon: QStyle.StandardPixmap | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        pixmap = QStyle.StandardPixmap
        if self.members:
            self.new_action = self._action(
                self.tr("New member application…"), self.new_organisation, pixmap.SP_FileIcon
            )
        else:
            self.new_action = self._action(
                self.tr("New customer…"), self.new_organisation, pixmap.SP_FileIcon
            )
            self.new_supplier_action = self._action(
                self.tr("New supplier…"),
                lambda: self.new_organisation(OrganisationKind.SUPPLIER),
                pixmap.SP_FileIcon,
            )
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.new_action)
        self.edit_action = self._action(self.tr("Edit…"), self.edit_selected)
        self.admit_action = self._action(
            self.tr("Admit…"), self.admit_selected, pixmap.SP_DialogApplyButton
        )
        self.leave_action = self._action(self.tr("Leave…"), self.leave_selected)
        self.waiting_action = self._action(self.tr("Waiting list…"), self.show_waiting_list)
        self.who_knows_action = self._action(
            self.tr("Who knows…?"), self.who_knows, pixmap.SP_MessageBoxQuestion
        )
        self.import_action = self._action(self.tr("Import from Excel…"), self.import_excel)
        self.export_action = self._action(self.tr("Export to Excel…"), self.export_excel)
        self.cap_action = self._action(self.tr("Membership cap…"), self.edit_cap)
        self.glossary_action = self._action(self.tr("Product glossary…"), self.edit_glossary)
        self.new_action.setObjectName("newAction")
        self.edit_action.setObjectName("editAction")
        self.admit_action.setObjectName("admitAction")
        self.leave_action.setObjectName("leaveAction")

        self.toolbar.addAction(self.new_action)
        if not self.members:
            self.toolbar.addAction(self.new_supplier_action)
        self.toolbar.addAction(self.edit_action)
        if self.members:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.admit_action)
            self.toolbar.addAction(self.leave_action)
            self.toolbar.addAction(self.waiting_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.who_knows_action)
        if self.members:
            self.toolbar.addSeparator()
            self.toolbar.addAction(self.import_action)
            self.toolbar.addAction(self.export_action)
            self.toolbar.addAction(self.cap_action)
            self.toolbar.addAction(self.glossary_action)

    def _first_steps_page(self) -> FirstStepsPage:
        if self.members:
            return FirstStepsPage(
                self.tr("No members recorded yet"),
                self.tr(
                    "Start with the network's member list: import it from an Excel workbook"
                    " (a preview shows what will be imported before anything is saved). Or"
                    " record the first application by hand; the competitor check and the"
                    " membership cap apply from the first member on."
                ),
                [
                    (self.tr("Import member list from Excel…"), self.import_action),
                    (self.tr("Record the first application…"), self.new_action),
                ],
            )
        return FirstStepsPage(
            self.tr("No suppliers or customers recorded yet"),
            self.tr(
                "Suppliers bid in tenders; customers use the framework agreements through the"
                " subsidiary without being members. Record the first one."
            ),
            [
                (self.tr("New customer…"), self.new_action),
                (self.tr("New supplier…"), self.new_supplier_action),
            ],
        )

    def _context_actions(self) -> list[QAction]:
        if self.members:
            return [self.edit_action, self.admit_action, self.leave_action]
        return [self.edit_action]

    def _update_actions(self) -> None:
        row = self.selected_row()
        may = self.permitted
        self.edit_action.setEnabled(row is not None and may.edit_members)
        status = row.status if row is not None else None
        self.admit_action.setEnabled(
            may.edit_members and status in (MembershipStatus.APPLICANT, MembershipStatus.WAITING)
        )
        self.leave_action.setEnabled(may.edit_members and status == MembershipStatus.MEMBER)
        for action in (self.new_action, self.import_action, self.glossary_action):
            action.setEnabled(may.edit_members)
        if not self.members:
            self.new_supplier_action.setEnabled(may.edit_members)
        self.waiting_action.setEnabled(may.reads_all)
        self.cap_action.setEnabled(may.manage_settings)
        self.who_knows_action.setEnabled(may.signed_in)
        self.export_action.setEnabled(may.signed_in)

    # -- loading ----------------------------------------------------------------------------
    def criteria(self) -> DirectoryFilter:
        key = self.filter_combo.currentData()
        region = self.region_combo.currentData()
        if self.members:
            return DirectoryFilter(
                text=self.search_edit.text(),
                kinds={OrganisationKind.MEMBER},
                statuses=set(_STATUS_FILTERS.get(key, set())),
                region=region or "",
                sort=self.model.sort_key,
                descending=self.model.descending,
            )
        return DirectoryFilter(
            text=self.search_edit.text(),
            kinds=set(_KIND_FILTERS.get(key, _KIND_FILTERS["all"])),
            region=region or "",
            sort=self.model.sort_key,
            descending=self.model.descending,
        )

    def _has_organisations(self) -> bool:
        if not self.permitted.signed_in:
            return False
        with self.context.db.reading() as session:
            return has_organisations(session, self._kinds())

    def _kinds(self) -> set[OrganisationKind]:
        return {OrganisationKind.MEMBER} if self.members else set(_KIND_FILTERS["all"])

    def reload(self) -> None:
        """Regions and directory afresh (after imports and edits that may add regions)."""
        with self.context.db.reading() as session:
            self.permitted = permitted_in(session)
            regions = directory_regions(session) if self.permitted.signed_in else []
            missing = directory_search.missing_ids(session.connection())
        # organisations written past the ORM (bulk inserts) become searchable; the office writes
        # them (a procurement head's database role may not)
        if missing and self.permitted.edit_members:
            with self.context.db.transaction() as session:
                directory_search.refresh(session.connection(), missing)
        current = self.region_combo.currentData()
        self.region_combo.blockSignals(True)
        self.region_combo.clear()
        self.region_combo.addItem(self.tr("All regions"), "")
        for region in regions:
            self.region_combo.addItem(region, region)
        index = self.region_combo.findData(current) if current else 0
        self.region_combo.setCurrentIndex(max(index, 0))
        self.region_combo.blockSignals(False)
        self.refresh()

    def notice_changes(self, change: Change) -> None:
        """Another PC changed something: list, count and open detail show it (as F5 does)."""
        if change.touches("organisation", "contact", "setting"):
            self.reload()

    def search(self) -> None:
        """Search with what is typed, off the GUI thread; a newer search cancels this one."""
        self._search_timer.stop()
        criteria = self.criteria()
        self.searches.start(
            lambda session: (search_directory(session, criteria, count=False), criteria)
        )

    def _found(self, outcome: tuple[DirectoryResult | int, DirectoryFilter]) -> None:
        result, criteria = outcome
        if isinstance(result, int):  # the count, after the list
            self.model.set_total(result)
            self._update_counts(result, search_words(criteria.text).limited)
            return
        self._show(result, self.cap, criteria)  # the count of members is not searched
        if result.total is None:  # the list first, its number next (cancelled by a newer key)
            self.searches.start(lambda session: (directory_count(session, criteria), criteria))

    def _search_failed(self, error: Exception) -> None:
        prompts.show_error(self, error)

    def refresh(self, reload_panel: bool = True) -> None:
        """Search and filter in the database now (after an edit); supersedes running searches."""
        self._search_timer.stop()
        self.searches.supersede()
        criteria = self.criteria()
        with self.context.db.reading() as session:
            self.permitted = may = permitted_in(session)
            # a login that is no account sees nothing; a procurement head no counts of others
            result = (
                search_directory(session, criteria, PAGE_SIZE)
                if may.signed_in
                else DirectoryResult(0, [], False)
            )
            cap = cap_status(session) if self.members and may.reads_all else None
        self._show(result, cap, criteria, reload_panel)

    def _load_page(
        self, criteria: DirectoryFilter, total: int | None, offset: int, count: int
    ) -> list[DirectoryRow]:
        with self.context.db.reading() as session:
            return directory_page(session, criteria, offset, count, total=total)

    def _show(
        self,
        result: DirectoryResult,
        cap: CapStatus | None,
        criteria: DirectoryFilter,
        reload_panel: bool = True,
    ) -> None:
        """The rows of ``result`` in the table; keep the selection when it is still listed."""
        selected = self.selected_id()
        self.cap = cap
        total = result.total
        self.model.set_result(
            total,
            result.rows,
            lambda offset, count: self._load_page(criteria, total, offset, count),
        )
        # an empty database (not a search without hits) shows its first steps
        empty = not result.rows and not self._has_organisations()
        if empty and not self.permitted.reads_all:  # not the database that is empty
            self.pages.setCurrentWidget(self.office_only)
        else:
            self.pages.setCurrentWidget(self.first_steps if empty else self.splitter)
        if result.rows and not self._fitted:
            self._fit_columns()
            self._fitted = True
        self._update_counts(total, result.limited)
        if selected is not None and self.view.select_id(selected):
            if reload_panel:
                self.panel.reload()
        elif selected is not None or self.panel.organisation_id is not None:
            self.panel.show_organisation(None)
        self._update_actions()

    def _fit_columns(self) -> None:
        self.view.fit_columns(260)
        header = self.view.horizontalHeader()
        header.resizeSection(NAME, max(header.sectionSize(NAME), 220))
        header.resizeSection(CODES, min(header.sectionSize(CODES), 130))
        # every status, also those the first filter did not list ("Ehemaliges Mitglied")
        fit_section(header, STATUS, status_column_labels(self.members))

    def _update_counts(self, shown: int | None, limited: bool = False) -> None:
        number = "…" if shown is None else str(shown)
        text = self.tr("%1 shown").replace("%1", number)
        if limited:
            text = self.tr("%1 shown (search shortened)").replace("%1", number)
        self.shown_label.setText(text)
        self.shown_label.setToolTip(
            self.tr("A search uses at most %1 words of at most %2 letters each.")
            .replace("%1", str(MAX_WORDS))
            .replace("%2", str(MAX_WORD_LENGTH))
            if limited
            else ""
        )
        cap = self.cap
        if cap is None:
            self.count_label.setVisible(False)
            return
        text = (
            self.tr("Members: %1 / %2").replace("%1", str(cap.members)).replace("%2", str(cap.cap))
        )
        waiting = self.tr("waiting list: %1").replace("%1", str(cap.waiting))
        self.count_label.setText(f"<b>{text}</b> · {waiting}")
        self.count_label.setToolTip(
            self.tr("%1 seat(s) free under the membership cap").replace("%1", str(cap.free))
        )

    # -- selection --------------------------------------------------------------------------
    def selected_row(self) -> DirectoryRow | None:
        row = self.view.current_row()
        return row if isinstance(row, DirectoryRow) else None

    def selected_id(self) -> int | None:
        return self.view.current_id()

    def _selection_changed(self) -> None:
        organisation_id = self.selected_id()
        if organisation_id != self.panel.organisation_id:
            self.panel.show_organisation(organisation_id)
        self._update_actions()

    def _keep_selection_visible(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.view.scrollTo(rows[0])

    def show_record(self, record_type: str, record_id: int) -> bool:
        """Select the organisation ``record_id`` (the start page jumps here)."""
        return record_type == "organisation" and self.select_organisation(record_id)

    def select_organisation(self, organisation_id: int) -> bool:
        """Select ``organisation_id``, clearing search and filters if they hide it."""
        self.model.fetch_until(organisation_id)
        if self.view.select_id(organisation_id):
            return True
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        for combo in (self.filter_combo, self.region_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.refresh()
        self.model.fetch_until(organisation_id)
        return self.view.select_id(organisation_id)

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _notify(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- what the user can do ----------------------------------------------------------------
    def new_organisation(self, kind: OrganisationKind | None = None) -> OrganisationDialog:
        from niro_desk.ui.members.organisation_dialog import OrganisationDialog

        if kind is None:
            kind = OrganisationKind.MEMBER if self.members else OrganisationKind.CUSTOMER
        dialog = OrganisationDialog(self.context, kind, parent=self)
        dialog.saved.connect(self._created)
        self._open(dialog)
        return dialog

    def _created(self, organisation_id: int) -> None:
        self.reload()
        if self.select_organisation(organisation_id):
            # next step of an application: what it sells, so the check can run
            self.panel.tabs.setCurrentWidget(self.panel.sales_tab)
        self._notify(self.tr("Saved. Add what the company sells for the competitor check."))

    def edit_selected(self) -> OrganisationDialog | None:
        from niro_desk.ui.members.organisation_dialog import OrganisationDialog

        organisation_id = self.selected_id()
        if organisation_id is None or not self.permitted.edit_members:
            return None
        dialog = OrganisationDialog(self.context, organisation_id=organisation_id, parent=self)
        dialog.saved.connect(lambda _id: self.reload())
        self._open(dialog)
        return dialog

    def admit_selected(self) -> AdmissionDialog | None:
        organisation_id = self.selected_id()
        if organisation_id is None:
            return None
        return self.open_admission(organisation_id)

    def open_admission(self, organisation_id: int) -> AdmissionDialog:
        from niro_desk.ui.members.admission_dialog import AdmissionDialog

        dialog = AdmissionDialog(self.context, organisation_id, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog

    def leave_selected(self) -> LeaveDialog | None:
        from niro_desk.ui.members.leave_dialog import LeaveDialog

        organisation_id = self.selected_id()
        if organisation_id is None:
            return None
        dialog = LeaveDialog(self.context, organisation_id, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog

    def show_waiting_list(self) -> WaitingListDialog:
        from niro_desk.ui.members.waiting_list_dialog import WaitingListDialog

        dialog = WaitingListDialog(self.context, self)
        dialog.changed.connect(self.refresh)
        dialog.organisation_chosen.connect(self.select_organisation)
        self._open(dialog)
        return dialog

    def who_knows(self) -> WhoKnowsDialog:
        from niro_desk.ui.members.who_knows_dialog import WhoKnowsDialog

        dialog = WhoKnowsDialog(self.context, self)
        dialog.organisation_chosen.connect(self.select_organisation)
        dialog.setModal(False)
        self.dialog = dialog
        dialog.show()
        return dialog

    def import_excel(self) -> ImportDialog:
        from niro_desk.ui.members.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self)
        dialog.changed.connect(self.reload)
        self._open(dialog)
        return dialog

    def export_excel(self, path: Path | None = None) -> Operation | None:
        """Write the members workbook off the UI thread."""
        from niro_desk.membership.member_export import export_members

        if path is None:
            suggested = suggested_path(self.tr("Members"), ".xlsx")
            path = prompts.save_file(
                self, self.tr("Export to Excel"), suggested, self.tr("Excel workbooks (*.xlsx)")
            )
            if path is None:
                return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        target = path
        language = self.context.language

        def work(progress: Progress) -> int:
            with self.context.db.reading() as session:
                return export_members(session, target, language, progress)

        def done(count: int) -> None:
            self._notify(
                self.tr("%1 organisations exported to %2")
                .replace("%1", str(count))
                .replace("%2", str(target))
            )

        self.operation = run_operation(self, self.tr("Exporting to Excel…"), work, done)
        return self.operation

    def edit_cap(self) -> CapDialog:
        from niro_desk.ui.members.cap_dialog import CapDialog

        dialog = CapDialog(self.context, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog

    def edit_glossary(self) -> GlossaryDialog:
        from niro_desk.ui.members.glossary_dialog import GlossaryDialog

        dialog = GlossaryDialog(self.context, self)
        dialog.changed.connect(self.refresh)
        self._open(dialog)
        return dialog


def suppliers_customers_area(context: AppContext, parent: QWidget | None = None) -> MembersArea:
    """Suppliers and customers: the same directory, filtered by kind, no membership actions."""
    return MembersArea(context, parent, members=False)
