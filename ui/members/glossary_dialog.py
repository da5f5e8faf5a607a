"""The product glossary the competitor check matches with; the office adds its own terms."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.membership.office_glossary import (
    GlossaryInput,
    add_entry,
    as_term,
    office_entries,
    remove_entry,
)
from niro_desk.membership.product_glossary import TermKind, file_entries
from niro_desk.ui.members import prompts
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.glossary_model import GERMAN, SYNONYMS, GlossaryModel, GlossaryRow
from niro_desk.ui.members.service_action import run_action
from niro_desk.ui.members.table_view import RowTableView


class GlossaryDialog(QDialog):
    """Search the glossary, add the office's own terms, remove them again."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Product glossary"))
        self.resize(1000, 640)
        self.messages = FieldMessages()
        explanation = QLabel(
            self.tr(
                "The competitor check finds the same product under different names through"
                " this glossary: German and English terms, synonyms, and broader terms"
                " (“Kreiselpumpe” is a kind of “Pumpe”). When two names of one product do not"
                " meet, add a term here."
            )
        )
        explanation.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("glossarySummary")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("glossarySearch")
        self.search_edit.setPlaceholderText(self.tr("Search German, English or synonyms…"))
        self.search_edit.setClearButtonEnabled(True)
        self.model = GlossaryModel(context.language, self)
        self.view = RowTableView(self.model, stretch_column=SYNONYMS)
        self.view.setObjectName("glossaryView")
        self.view.proxy.setFilterKeyColumn(-1)
        self.view.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search_edit.textChanged.connect(self._filter)
        self.remove_button = QPushButton(self.tr("&Remove office term"))
        self.remove_button.setObjectName("removeButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.german_edit = QLineEdit()
        self.german_edit.setObjectName("germanEdit")
        self.english_edit = QLineEdit()
        self.english_edit.setObjectName("englishEdit")
        self.synonyms_edit = QLineEdit()
        self.synonyms_edit.setObjectName("synonymsEdit")
        self.synonyms_edit.setPlaceholderText(self.tr("Other names and spellings, comma between"))
        self.broader_edit = QLineEdit()
        self.broader_edit.setObjectName("broaderEdit")
        self.broader_edit.setPlaceholderText(self.tr("German term of an existing entry (optional)"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        for kind in TermKind:
            self.kind_combo.addItem(self.model.kind_label(kind), kind.value)
        self.add_button = QPushButton(self.tr("&Add term"))
        self.add_button.setObjectName("addButton")
        self.add_button.clicked.connect(self.add_term)
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        cells = [
            (0, 0, self.tr("&German:"), "german", self.german_edit),
            (0, 2, self.tr("&English:"), "english", self.english_edit),
            (1, 0, self.tr("S&ynonyms:"), "synonyms", self.synonyms_edit),
            (2, 0, self.tr("&Broader term:"), "broader", self.broader_edit),
            (2, 2, self.tr("&Kind:"), "", self.kind_combo),
        ]
        for row, column, text, field_name, widget in cells:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            cell = self.messages.field(field_name, widget) if field_name else widget
            span = 3 if field_name == "synonyms" else 1
            form.addWidget(cell, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addLayout(add_row, 3, 0, 1, 4)
        new_box = QGroupBox(self.tr("New office term"))
        new_box.setLayout(form)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.summary)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.view, 1)
        layout.addWidget(new_box)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        with self.context.db.reading() as session:
            office = [GlossaryRow(entry.id, as_term(entry)) for entry in office_entries(session)]
        shipped = [GlossaryRow(None, term) for term in file_entries()]
        self.model.set_rows(sorted([*office, *shipped], key=lambda r: r.term.german.casefold()))
        self.view.sortByColumn(GERMAN, Qt.SortOrder.AscendingOrder)
        self.view.fit_columns(maximum=180)
        self.summary.setText(
            self.tr("%1 terms shipped with NIRO Desk, %2 added by the office.")
            .replace("%1", str(len(shipped)))
            .replace("%2", str(len(office)))
        )
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.view.proxy.setFilterRegularExpression(
            QRegularExpression(
                QRegularExpression.escape(text.strip()),
                QRegularExpression.PatternOption.CaseInsensitiveOption,
            )
        )

    def _selected(self) -> GlossaryRow | None:
        row = self.view.current_row()
        return row if isinstance(row, GlossaryRow) else None

    def _update_buttons(self) -> None:
        row = self._selected()
        self.remove_button.setEnabled(row is not None and row.id is not None)

    def add_term(self) -> bool:
        data = GlossaryInput(
            german=self.german_edit.text(),
            english=self.english_edit.text(),
            synonyms=self.synonyms_edit.text(),
            broader=self.broader_edit.text(),
            kind=TermKind(self.kind_combo.currentData()),
        )
        self.messages.show([])
        added: list[int] = []

        def work(session, user):  # type: ignore[no-untyped-def]
            added.append(add_entry(session, user, data).id)

        if not run_action(self, self.context, work, self.messages):
            return False
        for edit in (self.german_edit, self.english_edit, self.synonyms_edit, self.broader_edit):
            edit.clear()
        self.search_edit.clear()
        self.reload()
        self.view.select_id(added[0])
        self.changed.emit()
        return True

    def remove_selected(self) -> bool:
        row = self._selected()
        if row is None or row.id is None:
            return False
        if not prompts.confirm(
            self,
            self.tr("Remove office term"),
            self.tr(
                "Remove “%1” from the glossary? The competitor check no longer uses it."
            ).replace("%1", row.term.german),
        ):
            return False
        entry_id = row.id
        if not run_action(
            self, self.context, lambda session, user: remove_entry(session, user, entry_id)
        ):
            return False
        self.reload()
        self.changed.emit()
        return True
