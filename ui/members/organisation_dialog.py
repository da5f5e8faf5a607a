"""Create or edit an organisation; each field shows its validation message while typing.

The messages come from ``validate_organisation`` (the same rule the service
enforces), rendered in the user's language under the field they are about.
OK stays disabled while anything is invalid.

Editing saves only the fields the user changed, from the version it loaded.
When another PC saved the organisation meanwhile, the save is refused with
who and when, and the dialog offers to reload: it then shows the record as
saved there with the user's changes applied on top, for a review.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import StaleRecord
from niro_desk.membership.member_directory import regions as directory_regions
from niro_desk.membership.organisations import (
    OrganisationInput,
    create_organisation,
    get_organisation,
    update_organisation,
    validate_organisation,
)
from niro_desk.models import OrganisationKind
from niro_desk.ui.members.date_input import date_edit, date_of
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.reload_notice import ReloadNotice
from niro_desk.ui.members.service_action import run_action, stale_text

LEGAL_FORMS = (
    "GmbH",
    "GmbH & Co. KG",
    "AG",
    "KG",
    "OHG",
    "e.K.",
    "UG (haftungsbeschränkt)",
    "SE",
    "GbR",
)


class OrganisationDialog(QDialog):
    """New member application, new customer/supplier, or editing an organisation."""

    saved = Signal(int)

    def __init__(
        self,
        context: AppContext,
        kind: OrganisationKind = OrganisationKind.MEMBER,
        organisation_id: int | None = None,
        regions: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.organisation_id = organisation_id
        self.base: OrganisationInput | None = None  # what was loaded, to save only changes
        self.version: int | None = None
        self.setObjectName("organisationDialog")
        self.setMinimumWidth(560)
        self.messages = FieldMessages()
        self._shown: set[str] = set()

        self.name_edit = QLineEdit()
        self.legal_form_edit = QComboBox()
        self.legal_form_edit.setEditable(True)
        self.legal_form_edit.addItems(["", *LEGAL_FORMS])
        self.street_edit = QLineEdit()
        self.postal_code_edit = QLineEdit()
        self.postal_code_edit.setMaximumWidth(90)
        self.city_edit = QLineEdit()
        self.region_edit = QComboBox()
        self.region_edit.setEditable(True)
        if regions is None:
            with context.db.reading() as session:
                regions = directory_regions(session)
        self.region_edit.addItems(["", *regions])
        self.country_edit = QLineEdit("DE")
        self.country_edit.setMaxLength(2)
        self.country_edit.setMaximumWidth(50)
        self.website_edit = QLineEdit()
        self.website_edit.setPlaceholderText("www.example.de")
        self.vat_id_edit = QLineEdit()
        self.vat_id_edit.setPlaceholderText("DE123456789")
        self.employees_edit = QLineEdit()
        self.employees_edit.setMaximumWidth(110)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMaximumHeight(80)
        self.application_date_edit = date_edit(context.language)

        for name, widget in self._line_edits().items():
            widget.setObjectName(f"{name}Edit")
        self.legal_form_edit.setObjectName("legal_formEdit")
        self.region_edit.setObjectName("regionEdit")

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.messages.field("name", self.name_edit))
        form.addRow(
            self.tr("&Legal form:"), self.messages.field("legal_form", self.legal_form_edit)
        )
        form.addRow(self.tr("&Street:"), self.messages.field("street", self.street_edit))
        place = QWidget()
        place_layout = QVBoxLayout(place)
        place_layout.setContentsMargins(0, 0, 0, 0)
        place_layout.setSpacing(2)
        place_row = QHBoxLayout()
        place_row.addWidget(self.postal_code_edit)
        place_row.addWidget(self.city_edit, 1)
        place_row.addWidget(self.country_edit)
        place_layout.addLayout(place_row)
        # the three share one row; their messages go under it, one per line
        for name in ("postal_code", "city", "country"):
            place_layout.addWidget(self.messages.message(name))
        form.addRow(self.tr("Postal code, city, country:"), place)
        form.addRow(self.tr("&Region:"), self.messages.field("region", self.region_edit))
        form.addRow(self.tr("&Website:"), self.messages.field("website", self.website_edit))
        form.addRow(self.tr("&VAT ID:"), self.messages.field("vat_id", self.vat_id_edit))
        form.addRow(self.tr("&Employees:"), self.messages.field("employees", self.employees_edit))
        if self._is_new_member:
            form.addRow(self.tr("&Application date:"), self.application_date_edit)
        form.addRow(self.tr("N&otes:"), self.messages.field("notes", self.notes_edit))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        self.reload_notice = ReloadNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reload_notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        if organisation_id is not None:
            self._load(organisation_id)
        self.setWindowTitle(self._title())

        for name, widget in self._line_edits().items():
            widget.textChanged.connect(lambda _text, field=name: self._changed(field))
        self.legal_form_edit.currentTextChanged.connect(lambda _t: self._changed("legal_form"))
        self.region_edit.currentTextChanged.connect(lambda _t: self._changed("region"))
        self.notes_edit.textChanged.connect(lambda: self._changed("notes"))
        self.validate()

    @property
    def _is_new_member(self) -> bool:
        return self.organisation_id is None and self.kind == OrganisationKind.MEMBER

    def _title(self) -> str:
        if self.organisation_id is not None:
            return self.tr("Edit %1").replace("%1", self.name_edit.text())
        if self.kind == OrganisationKind.MEMBER:
            return self.tr("New member application")
        if self.kind == OrganisationKind.CUSTOMER:
            return self.tr("New customer")
        return self.tr("New supplier")

    def _line_edits(self) -> dict[str, QLineEdit]:
        return {
            "name": self.name_edit,
            "street": self.street_edit,
            "postal_code": self.postal_code_edit,
            "city": self.city_edit,
            "country": self.country_edit,
            "website": self.website_edit,
            "vat_id": self.vat_id_edit,
            "employees": self.employees_edit,
        }

    def field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "legal_form": self.tr("Legal form"),
            "street": self.tr("Street"),
            "postal_code": self.tr("Postal code"),
            "city": self.tr("City"),
            "region": self.tr("Region"),
            "country": self.tr("Country"),
            "website": self.tr("Website"),
            "vat_id": self.tr("VAT ID"),
            "employees": self.tr("Employees"),
            "notes": self.tr("Notes"),
        }

    def _load(self, organisation_id: int) -> None:
        with self.context.db.reading() as session:
            organisation = get_organisation(session, organisation_id)
            self.kind = organisation.kind
            self.version = organisation.version
            data = OrganisationInput.from_organisation(organisation)
        self.base = data
        self._show_input(data)

    def _show_input(self, data: OrganisationInput) -> None:
        self.name_edit.setText(data.name)
        self.legal_form_edit.setCurrentText(data.legal_form)
        self.street_edit.setText(data.street)
        self.postal_code_edit.setText(data.postal_code)
        self.city_edit.setText(data.city)
        self.region_edit.setCurrentText(data.region)
        self.country_edit.setText(data.country)
        self.website_edit.setText(data.website)
        self.vat_id_edit.setText(data.vat_id)
        self.employees_edit.setText("" if data.employees is None else str(data.employees))
        self.notes_edit.setPlainText(data.notes)
        self._shown = set(self.messages.labels)  # existing data: say at once what is wrong

    # -- validation --------------------------------------------------------------------------
    def data(self) -> tuple[OrganisationInput, dict[str, str]]:
        """The input as the service takes it, and problems found while reading the fields."""
        local: dict[str, str] = {}
        employees: int | None = None
        employees_text = self.employees_edit.text().strip().replace(".", "")
        if employees_text:
            try:
                employees = int(employees_text)
            except ValueError:
                local["employees"] = self.tr("Enter a whole number, e.g. 120.")
        data = OrganisationInput(
            name=self.name_edit.text(),
            legal_form=self.legal_form_edit.currentText(),
            street=self.street_edit.text(),
            postal_code=self.postal_code_edit.text(),
            city=self.city_edit.text(),
            region=self.region_edit.currentText(),
            country=self.country_edit.text(),
            website=self.website_edit.text(),
            vat_id=self.vat_id_edit.text(),
            employees=employees,
            notes=self.notes_edit.toPlainText(),
        )
        return data, local

    def _changed(self, field: str) -> None:
        self._shown.add(field)
        self.validate()

    def validate(self) -> bool:
        """Show the messages of the fields the user has touched; OK only when all is valid."""
        data, local = self.data()
        problems = validate_organisation(data)
        self.messages.show(problems, self._shown)
        for field, text in local.items():
            if field in self._shown:
                self.messages.set(field, text)
        valid = not problems and not local
        self.ok_button.setEnabled(valid)
        return valid

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save in one transaction; on success emit ``saved`` and close."""
        self._shown = set(self.messages.labels)
        if not self.validate():
            return False
        data, _local = self.data()
        saved: list[int] = []

        def work(session: Any, user: Any) -> None:
            if self.organisation_id is None:
                organisation = create_organisation(
                    session,
                    user,
                    data,
                    self.kind,
                    date_of(self.application_date_edit) if self._is_new_member else None,
                )
            else:
                organisation = update_organisation(
                    session,
                    user,
                    self.organisation_id,
                    data,
                    base=self.base,
                    expected_version=self.version,
                )
            saved.append(organisation.id)

        if not run_action(self, self.context, work, self.messages, self.reload_and_reapply):
            return False
        self.organisation_id = saved[0]
        self.saved.emit(saved[0])
        self.accept()
        return True

    def reload_and_reapply(self, error: StaleRecord | None = None) -> None:
        """Show the record as saved now, with the user's changed fields applied on top."""
        if self.organisation_id is None or self.base is None:
            return
        mine, _local = self.data()
        changes = mine.changes_from(self.base)
        loaded = self.base
        self._load(self.organisation_id)
        theirs = self.base
        assert theirs is not None
        self._show_input(replace(theirs, **changes))
        labels = self.field_labels()
        both = [
            (labels[name], _text(getattr(theirs, name)))
            for name in changes
            if getattr(theirs, name) != getattr(loaded, name)
        ]
        reason = stale_text(error, self.context.language) if error is not None else ""
        self.reload_notice.show_reloaded(reason, both)
        self._shown = set(self.messages.labels)
        self.validate()


def _text(value: object) -> str:
    return "" if value is None else str(value)
