"""Edit what an organisation sells (NACE classes, product markets) and uses (materials).

NACE classes are found by code in any form people type ("25.62", "2562",
"25.62.0", "C 25.62") or by words of the German or English title
(``niro_desk.industry_codes.search_industry_classes``); Enter on a whole
class code adds it at once. After saving, a member's or applicant's
competitor check runs at once; conflicts are told in plain sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import NiroDeskError, ValidationError
from niro_desk.industry_codes import normalise_class_code, search_industry_classes
from niro_desk.membership.competitor_check import CheckResult
from niro_desk.membership.organisations import SalesProfile, load_organisation, set_sales_profile
from niro_desk.ui.members import prompts
from niro_desk.ui.members.check_report import check_sentences
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.industry_class_model import IndustryClassModel, IndustryClassRow

SEARCH_DELAY_MS = 200


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(";", "\n").splitlines() if line.strip()]


def _class_table(model: IndustryClassModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class SalesProfileDialog(QDialog):
    """NACE classes found by search, product markets and materials one per line."""

    saved = Signal(int)

    def __init__(
        self, context: AppContext, organisation_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        self.check_result: CheckResult | None = None
        self.setObjectName("salesProfileDialog")
        self.resize(860, 600)
        self.messages = FieldMessages()
        language = context.language

        with context.db.reading() as session:
            organisation = load_organisation(session, organisation_id)
            name = organisation.name
            chosen = [IndustryClassRow(c.code, c.title(language)) for c in organisation.sales_codes]
            markets = [m.name for m in organisation.product_markets]
            materials = [m.name for m in organisation.materials]
        self.setWindowTitle(self.tr("Sales & usage of %1").replace("%1", name))

        # NACE classes: search on the left, chosen on the right
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("classSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Search by code or words, e.g. 25.62, C 25.62.0, Pumpen or pumps")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.found_model = IndustryClassModel(language, self)
        self.found_view = _class_table(self.found_model)
        self.found_view.setObjectName("foundClasses")
        self.found_view.doubleClicked.connect(lambda _index: self.add_selected())
        self.chosen_model = IndustryClassModel(language, self)
        self.chosen_model.set_rows(chosen)
        self.chosen_view = _class_table(self.chosen_model)
        self.chosen_view.setObjectName("chosenClasses")
        self.chosen_view.doubleClicked.connect(lambda _index: self.remove_selected())
        add_button = QPushButton(self.tr("Add →"))
        add_button.clicked.connect(self.add_selected)
        remove_button = QPushButton(self.tr("← Remove"))
        remove_button.clicked.connect(self.remove_selected)

        classes_box = QGroupBox(self.tr("Industry classes it sells in (NACE Rev. 2 / WZ 2008)"))
        grid = QGridLayout(classes_box)
        grid.addWidget(self.search_edit, 0, 0)
        grid.addWidget(QLabel(self.tr("Chosen classes:")), 0, 2)
        grid.addWidget(self.found_view, 1, 0)
        middle = QVBoxLayout()
        middle.addStretch(1)
        middle.addWidget(add_button)
        middle.addWidget(remove_button)
        middle.addStretch(1)
        grid.addLayout(middle, 1, 1)
        grid.addWidget(self.messages.field("codes", self.chosen_view), 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(2, 1)

        self.markets_edit = QPlainTextEdit("\n".join(markets))
        self.markets_edit.setObjectName("marketsEdit")
        self.markets_edit.setPlaceholderText(self.tr("One per line, e.g. Hydraulic pumps"))
        self.materials_edit = QPlainTextEdit("\n".join(materials))
        self.materials_edit.setObjectName("materialsEdit")
        self.materials_edit.setPlaceholderText(self.tr("One per line, e.g. Steel, Electricity"))
        markets_box = QGroupBox(self.tr("Product markets it sells in"))
        QVBoxLayout(markets_box).addWidget(self.markets_edit)
        materials_box = QGroupBox(self.tr("Materials and inputs it buys"))
        materials_layout = QVBoxLayout(materials_box)
        materials_layout.addWidget(self.materials_edit)
        hint = QLabel(self.tr("Shared inputs never make two companies competitors."))
        hint.setWordWrap(True)
        materials_layout.addWidget(hint)
        lower = QHBoxLayout()
        lower.addWidget(markets_box)
        lower.addWidget(materials_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(classes_box, 3)
        layout.addLayout(lower, 2)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self.search_or_add)

    def search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.found_model.set_rows([])
            return
        with self.context.db.reading() as session:
            found = search_industry_classes(session, text)
            rows = [IndustryClassRow(c.code, c.title(self.context.language)) for c in found]
        self.found_model.set_rows(rows)

    def search_or_add(self) -> None:
        """Enter: search; a whole class code that was found is added at once."""
        self.search()
        code = normalise_class_code(self.search_edit.text())
        found = [row for row in self.found_model.rows() if row.code == code]
        if found:
            self.add_codes(found)
            self.search_edit.clear()

    def add_codes(self, rows: list[IndustryClassRow]) -> None:
        chosen = self.chosen_model.rows()
        known = {row.code for row in chosen}
        added = [row for row in rows if row.code not in known]
        if added:
            self.chosen_model.set_rows(sorted(chosen + added, key=lambda row: row.code))
        self.messages.set("codes", "")

    def add_selected(self) -> None:
        rows = sorted({i.row() for i in self.found_view.selectionModel().selectedRows()})
        self.add_codes([self.found_model.row_at(r) for r in rows])

    def remove_selected(self) -> None:
        selected = {i.row() for i in self.chosen_view.selectionModel().selectedRows()}
        rows = [row for n, row in enumerate(self.chosen_model.rows()) if n not in selected]
        self.chosen_model.set_rows(rows)

    def profile(self) -> SalesProfile:
        return SalesProfile(
            codes=self.chosen_model.codes(),
            product_markets=_lines(self.markets_edit.toPlainText()),
            materials=_lines(self.materials_edit.toPlainText()),
        )

    def save(self) -> bool:
        """Save in one transaction; tell conflicts the check found right away."""
        try:
            with self.context.db.transaction() as session:
                user = self.context.acting_user(session)
                result = set_sales_profile(session, user, self.organisation_id, self.profile())
        except ValidationError as error:
            if not self.messages.show_error(error):
                prompts.show_error(self, error)
            return False
        except NiroDeskError as error:
            prompts.show_error(self, error)
            return False
        self.check_result = result
        self.saved.emit(self.organisation_id)
        self.accept()
        if result is not None and result.conflicts:
            sentences = check_sentences(result, self.context.language)
            prompts.warn(
                self.parentWidget(),
                self.tr("Competitor check"),
                self.tr("Saved. The competitor check now finds conflicts:")
                + "\n\n"
                + "\n".join(f"• {sentence}" for sentence in sentences),
            )
        return True
