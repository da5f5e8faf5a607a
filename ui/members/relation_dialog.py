"""Declare that two organisations compete, or that they do not (with the reason).

The dialog knows the relations the user saw (their versions): a relation
declared or changed on another PC meanwhile is not overwritten unseen; the
dialog says who and when and, on request, takes the new state as its base.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from niro_desk.app_context import AppContext
from niro_desk.errors import StaleRecord
from niro_desk.membership.member_directory import DirectoryFilter, list_directory
from niro_desk.membership.relations import NO_RELATION, declare_relation, relations_of
from niro_desk.models import OrganisationKind, RelationKind
from niro_desk.ui.members.field_message import FieldMessages
from niro_desk.ui.members.labels import status_label
from niro_desk.ui.members.reload_notice import ReloadNotice
from niro_desk.ui.members.service_action import save_and_close, stale_text


class RelationDialog(QDialog):
    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        organisation_id: int,
        name: str,
        parent: QWidget | None = None,
        seen: dict[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.organisation_id = organisation_id
        # other organisation id → version of the relation the user saw (None: no check)
        self.seen = seen
        self.setObjectName("relationDialog")
        self.setWindowTitle(self.tr("Declare a relation of %1").replace("%1", name))
        self.setMinimumWidth(520)
        self.messages = FieldMessages()
        with context.db.reading() as session:
            others = [
                row
                for row in list_directory(session, DirectoryFilter(kinds={OrganisationKind.MEMBER}))
                if row.id != organisation_id
            ]
        self.other_edit = QComboBox()
        self.other_edit.setObjectName("otherEdit")
        self.other_edit.setEditable(True)
        self.other_edit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in others:
            self.other_edit.addItem(f"{row.name} ({status_label(row.status)})", row.id)
        self.other_edit.setCurrentIndex(-1)
        completer = self.other_edit.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.competes_button = QRadioButton(self.tr("competes with %1").replace("%1", name))
        self.not_competing_button = QRadioButton(
            self.tr("does not compete with %1 (clears a false alarm of the check)").replace(
                "%1", name
            )
        )
        self.not_competing_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.competes_button)
        group.addButton(self.not_competing_button)
        kinds = QWidget()
        kinds_layout = QVBoxLayout(kinds)
        kinds_layout.setContentsMargins(0, 0, 0, 0)
        kinds_layout.addWidget(self.competes_button)
        kinds_layout.addWidget(self.not_competing_button)
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("What the board reads, e.g. different customers"))
        form = QFormLayout()
        form.addRow(self.tr("&Organisation:"), self.messages.field("other", self.other_edit))
        form.addRow(self.tr("Relation:"), kinds)
        form.addRow(self.tr("&Note:"), self.messages.field("note", self.note_edit))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reload_notice = ReloadNotice()
        layout = QVBoxLayout(self)
        layout.addWidget(self.reload_notice)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def other_id(self) -> int | None:
        index = self.other_edit.findText(self.other_edit.currentText())
        if index < 0:
            return None
        value = self.other_edit.itemData(index)
        return value if isinstance(value, int) else None

    def save(self) -> bool:
        other = self.other_id()
        if other is None:
            self.messages.set("other", self.tr("Choose an organisation from the list."))
            return False
        kind = (
            RelationKind.COMPETES
            if self.competes_button.isChecked()
            else RelationKind.DOES_NOT_COMPETE
        )
        return save_and_close(
            self,
            lambda session, user: declare_relation(
                session,
                user,
                self.organisation_id,
                other,
                kind,
                self.note_edit.text(),
                expected_version=(
                    self.seen.get(other, NO_RELATION) if self.seen is not None else None
                ),
            ),
            self.reload,
        )

    def reload(self, error: StaleRecord | None = None) -> None:
        """Take the relations as saved now as the base; the user's choice stays."""
        with self.context.db.reading() as session:
            self.seen = {
                relation.other(self.organisation_id).id: relation.version
                for relation in relations_of(session, self.organisation_id)
            }
        reason = stale_text(error, self.context.language) if error is not None else ""
        self.reload_notice.show_reloaded(reason, [])
        self.changed.emit()  # the relations behind the dialog show the other change
