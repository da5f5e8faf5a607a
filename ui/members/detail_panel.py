"""The detail panel beside the directory: one organisation in tabs.

Company (address, website, VAT ID, employees, notes), Sales & usage (NACE
classes in the UI language, product markets, materials), Contacts,
Membership & fees (members only), Agreements, Tenders (suppliers only),
Service fees (customers only) and History (the audit log, newest first).
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NotFound
from niro_desk.formatting import format_number
from niro_desk.models import Organisation, OrganisationKind
from niro_desk.ui.members.contacts_tab import ContactsTab
from niro_desk.ui.members.history_model import SUMMARY, HistoryModel
from niro_desk.ui.members.industry_class_model import TITLE, IndustryClassModel, IndustryClassRow
from niro_desk.ui.members.labels import kind_label, status_label
from niro_desk.ui.members.membership_tab import MembershipTab
from niro_desk.ui.members.organisation_details import OrganisationDetails, load_details
from niro_desk.ui.members.permitted import Permitted, permitted_in
from niro_desk.ui.members.table_view import RowTableView

if TYPE_CHECKING:
    from niro_desk.ui.members.organisation_dialog import OrganisationDialog
    from niro_desk.ui.members.sales_profile_dialog import SalesProfileDialog


def _value_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    label.setWordWrap(True)
    return label


def _website_link(website: str) -> str:
    if not website:
        return ""
    target = website if website.startswith(("http://", "https://")) else f"https://{website}"
    return f"<a href='{escape(target, quote=True)}'>{escape(website)}</a>"


class OrganisationPanel(QWidget):
    """Shows the organisation chosen in the directory; emits ``changed`` after edits."""

    changed = Signal()

    def __init__(
        self, context: AppContext, members: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.members = members
        self.organisation_id: int | None = None
        self.details: OrganisationDetails | None = None
        self.permitted = Permitted()  # worked out with each organisation shown
        self.dialog: QDialog | None = None
        self.setObjectName("organisationPanel")

        self.empty_label = QLabel(self.tr("Choose an organisation in the list to see its details."))
        self.empty_label.setObjectName("emptyLabel")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.title_label = QLabel()
        self.title_label.setObjectName("titleLabel")
        self.subtitle_label = QLabel()
        self.subtitle_label.setObjectName("subtitleLabel")
        self.subtitle_label.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("detailTabs")
        self.tabs.setDocumentMode(True)
        self.company_tab = self._company_tab()
        self.sales_tab = self._sales_tab()
        self.contacts_tab = ContactsTab(context)
        self.contacts_tab.changed.connect(self._changed)
        self.membership_tab = MembershipTab(context)
        self.membership_tab.changed.connect(self._changed)
        self.history_tab = self._history_tab()
        # a participant's agreements: the Agreements module is imported when the tab is shown
        self.agreements_tab = QWidget()
        self.agreements_tab.setObjectName("agreementsTab")
        QVBoxLayout(self.agreements_tab).setContentsMargins(0, 0, 0, 0)
        self.agreements_page: QWidget | None = None
        self.tenders_tab: QWidget | None = None  # a supplier's tender history, made on first use
        # a customer's service fees: the tab is there for customers only, its page made when shown
        self.service_fees_tab = QWidget()
        self.service_fees_tab.setObjectName("serviceFeesContainer")
        QVBoxLayout(self.service_fees_tab).setContentsMargins(0, 0, 0, 0)
        self.service_fees_page: QWidget | None = None
        self.tabs.addTab(self.company_tab, self.tr("Company"))
        self.tabs.addTab(self.sales_tab, self.tr("Sales && usage"))
        self.tabs.addTab(self.contacts_tab, self.tr("Contacts"))
        if members:
            self.tabs.addTab(self.membership_tab, self.tr("Membership && fees"))
        self.tabs.addTab(self.agreements_tab, self.tr("Agreements"))
        self.tabs.addTab(self.history_tab, self.tr("History"))
        self.tabs.currentChanged.connect(lambda _i: self._show_agreements())
        self.tabs.currentChanged.connect(lambda _i: self._show_service_fees())

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addSpacing(12)
        heading.addWidget(self.subtitle_label, 1)
        content_layout.addLayout(heading)
        content_layout.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack)

    # -- tabs --------------------------------------------------------------------------------
    def _company_tab(self) -> QWidget:
        self.legal_form_value = _value_label("legalFormValue")
        self.address_value = _value_label("addressValue")
        self.region_value = _value_label("regionValue")
        self.website_value = _value_label("websiteValue")
        self.website_value.setOpenExternalLinks(True)
        self.vat_value = _value_label("vatValue")
        self.employees_value = _value_label("employeesValue")
        self.notes_value = _value_label("notesValue")
        self.notes_value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        left = QFormLayout()
        left.addRow(self.tr("Legal form:"), self.legal_form_value)
        left.addRow(self.tr("Address:"), self.address_value)
        left.addRow(self.tr("Region:"), self.region_value)
        right = QFormLayout()
        right.addRow(self.tr("Website:"), self.website_value)
        right.addRow(self.tr("VAT ID:"), self.vat_value)
        right.addRow(self.tr("Employees:"), self.employees_value)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        notes_box = QGroupBox(self.tr("Notes"))
        QVBoxLayout(notes_box).addWidget(self.notes_value)
        self.edit_company_button = QPushButton(self.tr("&Edit company…"))
        self.edit_company_button.setObjectName("editCompanyButton")
        self.edit_company_button.clicked.connect(self.edit_company)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(columns)
        layout.addWidget(notes_box)
        layout.addWidget(self.edit_company_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _sales_tab(self) -> QWidget:
        self.class_model = IndustryClassModel(self.context.language, self)
        self.class_view = RowTableView(self.class_model, sortable=False, stretch_column=TITLE)
        self.class_view.setObjectName("classView")
        self.class_view.setWordWrap(True)
        classes_box = QGroupBox(self.tr("Sells in the industry classes (NACE)"))
        QVBoxLayout(classes_box).addWidget(self.class_view)
        self.markets_value = _value_label("marketsValue")
        self.markets_value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        markets_box = QGroupBox(self.tr("Product markets"))
        QVBoxLayout(markets_box).addWidget(self.markets_value)
        self.materials_value = _value_label("materialsValue")
        self.materials_value.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        materials_box = QGroupBox(self.tr("Buys and uses (never a conflict)"))
        QVBoxLayout(materials_box).addWidget(self.materials_value)
        columns = QHBoxLayout()
        columns.addWidget(classes_box, 2)
        columns.addWidget(markets_box, 1)
        columns.addWidget(materials_box, 1)
        self.edit_sales_button = QPushButton(self.tr("Edit sales && &usage…"))
        self.edit_sales_button.setObjectName("editSalesButton")
        self.edit_sales_button.clicked.connect(self.edit_sales)
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addLayout(columns, 1)
        layout.addWidget(self.edit_sales_button, 0, Qt.AlignmentFlag.AlignLeft)
        return widget

    def _history_tab(self) -> QWidget:
        self.history_model = HistoryModel(self.context.language, self)
        self.history_view = RowTableView(self.history_model, sortable=False, stretch_column=SUMMARY)
        self.history_view.setObjectName("historyView")
        self.history_empty_label = QLabel(self.tr("No changes recorded yet."))
        widget = QWidget()
        layout = QVBoxLayout(widget)
        layout.addWidget(self.history_view, 1)
        layout.addWidget(self.history_empty_label)
        return widget

    # -- showing -----------------------------------------------------------------------------
    def show_organisation(self, organisation_id: int | None) -> None:
        """Load and show ``organisation_id`` (None: the empty state)."""
        self.organisation_id = organisation_id
        if organisation_id is None:
            self.details = None
            self.stack.setCurrentIndex(0)
            return
        try:
            with self.context.db.reading() as session:
                details = load_details(session, organisation_id)
                self.permitted = permitted_in(session)
        except NotFound:
            self.show_organisation(None)
            return
        self.details = details
        self._fill(details)
        self.stack.setCurrentIndex(1)

    def reload(self) -> None:
        self.show_organisation(self.organisation_id)

    def _fill(self, details: OrganisationDetails) -> None:
        organisation = details.organisation
        language = self.context.language
        may = self.permitted
        self.edit_company_button.setEnabled(may.edit_members)
        self.edit_sales_button.setEnabled(may.edit_members)
        self.contacts_tab.may_edit = self.membership_tab.may_edit = may.edit_members
        self.contacts_tab.may_export = may.reads_all
        self.title_label.setText(f"<h3 style='margin:0'>{escape(organisation.name)}</h3>")
        self.subtitle_label.setText(escape(self._subtitle(organisation)))

        self.legal_form_value.setText(escape(organisation.legal_form))
        place = " ".join(part for part in (organisation.postal_code, organisation.city) if part)
        lines = [organisation.street, place]
        if organisation.country and organisation.country != "DE":
            lines.append(organisation.country)
        self.address_value.setText("<br>".join(escape(line) for line in lines if line))
        self.region_value.setText(escape(organisation.region))
        self.website_value.setText(_website_link(organisation.website))
        self.vat_value.setText(escape(organisation.vat_id))
        self.employees_value.setText(format_number(organisation.employees, language))
        self.notes_value.setText(
            escape(organisation.notes).replace("\n", "<br>")
            or "<i>" + escape(self.tr("no notes")) + "</i>"
        )

        self.class_model.set_rows(
            IndustryClassRow(code.code, code.title(language)) for code in organisation.sales_codes
        )
        self.class_view.resizeColumnToContents(0)
        self.class_view.resizeRowsToContents()
        none = "<i>" + escape(self.tr("none recorded")) + "</i>"
        self.markets_value.setText(
            "<br>".join(escape(m.name) for m in organisation.product_markets) or none
        )
        self.materials_value.setText(
            "<br>".join(escape(m.name) for m in organisation.materials) or none
        )

        self.contacts_tab.show_contacts(organisation.id, list(organisation.contacts))
        self.tabs.setTabText(
            self.tabs.indexOf(self.contacts_tab),
            self.tr("Contacts (%1)").replace("%1", str(len(organisation.contacts))),
        )
        is_member = organisation.kind == OrganisationKind.MEMBER
        membership_index = self.tabs.indexOf(self.membership_tab)
        if membership_index >= 0:
            self.tabs.setTabEnabled(membership_index, is_member)
        self.membership_tab.show_membership(organisation if is_member else None, details.relations)
        self.history_model.set_rows(details.history)
        self.history_view.fit_columns(200)
        self.history_empty_label.setText(
            self.tr("No changes recorded yet.")
            if may.reads_all
            else self.tr("The history of changes is kept for the office.")
        )
        self.history_empty_label.setVisible(not details.history)
        self.membership_tab.relations_box.setVisible(may.reads_all)  # they name others
        self.tabs.setTabEnabled(
            self.tabs.indexOf(self.agreements_tab), organisation.kind != OrganisationKind.SUPPLIER
        )
        self._show_agreements()
        self._show_tenders(organisation)
        self._place_service_fees(organisation)

    def _show_agreements(self) -> None:
        """Fill the Agreements tab when it is the one shown (built on first use)."""
        if self.tabs.currentWidget() is not self.agreements_tab:
            return
        if self.agreements_page is None:
            from niro_desk.ui.agreements.participations_tab import ParticipationsTab

            self.agreements_page = ParticipationsTab(self.context)
            layout = self.agreements_tab.layout()
            assert layout is not None
            layout.addWidget(self.agreements_page)
        self.agreements_page.show_organisation(self.organisation_id)  # type: ignore[attr-defined]

    def _show_tenders(self, organisation: Organisation) -> None:
        """Suppliers get a Tenders tab (their tender history); other organisations do not."""
        supplier = organisation.kind == OrganisationKind.SUPPLIER
        if supplier and self.tenders_tab is None:
            from niro_desk.ui.tenders.supplier_history_tab import SupplierHistoryTab

            self.tenders_tab = SupplierHistoryTab(self.context)
        if self.tenders_tab is None:
            return
        index = self.tabs.indexOf(self.tenders_tab)
        if supplier and index < 0:
            self.tabs.insertTab(self.tabs.indexOf(self.history_tab), self.tenders_tab, "")
            self.tabs.setTabText(self.tabs.indexOf(self.tenders_tab), self.tr("Tenders"))
        elif not supplier and index >= 0:
            self.tabs.removeTab(index)
        if supplier:
            self.tenders_tab.show_supplier(organisation.id)  # type: ignore[attr-defined]

    def _place_service_fees(self, organisation: Organisation) -> None:
        """Customers get a Service fees tab (what they pay the service company); others do not."""
        customer = organisation.kind == OrganisationKind.CUSTOMER
        index = self.tabs.indexOf(self.service_fees_tab)
        if customer and index < 0:
            self.tabs.insertTab(self.tabs.indexOf(self.history_tab), self.service_fees_tab, "")
            self.tabs.setTabText(self.tabs.indexOf(self.service_fees_tab), self.tr("Service fees"))
        elif not customer and index >= 0:
            self.tabs.removeTab(index)
        self._show_service_fees()

    def _show_service_fees(self) -> None:
        """Fill the Service fees tab when it is the one shown (built on first use)."""
        if self.tabs.currentWidget() is not self.service_fees_tab or self.details is None:
            return
        if self.service_fees_page is None:
            from niro_desk.ui.members.service_fees_tab import ServiceFeesTab

            page = ServiceFeesTab(self.context)
            page.changed.connect(self._changed)
            self.service_fees_page = page
            layout = self.service_fees_tab.layout()
            assert layout is not None
            layout.addWidget(page)
        organisation = self.details.organisation
        self.service_fees_page.show_customer(  # type: ignore[attr-defined]
            organisation.id, organisation.name
        )

    def _subtitle(self, organisation: Organisation) -> str:
        parts = []
        if organisation.kind == OrganisationKind.MEMBER:
            parts.append(status_label(organisation.membership_status))
            membership = organisation.membership
            if membership is not None and membership.founding_member:
                parts.append(self.tr("founding member"))
        else:
            parts.append(kind_label(organisation.kind))
        if organisation.city:
            parts.append(organisation.city)
        return " · ".join(parts)

    # -- actions -----------------------------------------------------------------------------
    def _changed(self) -> None:
        self.reload()
        self.changed.emit()

    def edit_company(self) -> OrganisationDialog | None:
        from niro_desk.ui.members.organisation_dialog import OrganisationDialog

        if self.organisation_id is None or not self.permitted.edit_members:
            return None
        dialog = OrganisationDialog(self.context, organisation_id=self.organisation_id, parent=self)
        dialog.saved.connect(lambda _id: self._changed())
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_sales(self) -> SalesProfileDialog | None:
        from niro_desk.ui.members.sales_profile_dialog import SalesProfileDialog

        if self.organisation_id is None:
            return None
        dialog = SalesProfileDialog(self.context, self.organisation_id, self)
        dialog.saved.connect(lambda _id: self._changed())
        self.dialog = dialog
        dialog.open()
        return dialog
