"""The competitor check's result in plain words: HTML for a text view, and a view with inputs.

``check_html`` says first what matters: the conflicts, or that the check
cannot judge because nothing is recorded about what the company sells, or
that there are none. Shared inputs never conflict; ``CheckReportView`` shows
them below the text as one line per input ("Strom: 60 organisations") that
unfolds to the organisations, so they never push the conflicts out of view.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from niro_desk.membership.competitor_check import CheckResult, Finding, SharedInput
from niro_desk.models import MembershipStatus
from niro_desk.ui.members.labels import status_label

translate = QCoreApplication.translate  # called with its context, so lupdate finds it

CONFLICT_COLOUR = "#b3261e"
UNKNOWN_COLOUR = "#8a5a00"
CLEAR_COLOUR = "#1b6e20"
SHARED_INPUT_LINES = 8  # lines the input list grows to (when unfolded) before it scrolls


def _status(finding: Finding) -> str:
    try:
        return status_label(MembershipStatus(finding.other_status))
    except ValueError:
        return finding.other_status


def _findings_html(findings: list[Finding], language: str) -> str:
    items = []
    for finding in findings:
        reasons = "".join(f"<li>{escape(r.text(language))}</li>" for r in finding.reasons)
        items.append(
            f"<li><b>{escape(finding.other_name)}</b> ({escape(_status(finding))})"
            f"<ul>{reasons}</ul></li>"
        )
    return "<ul>" + "".join(items) + "</ul>"


def _heading(colour: str, text: str) -> str:
    return f"<h3 style='color:{colour}'>{escape(text)}</h3>"


def _paragraph(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def organisations_text(count: int) -> str:
    if count == 1:
        return translate("CheckReport", "1 organisation")
    return translate("CheckReport", "%1 organisations").replace("%1", str(count))


def shared_input_line(shared: SharedInput) -> str:
    """ "Strom: 60 organisations"."""
    return f"{shared.name}: {organisations_text(len(shared.organisations))}"


def check_html(result: CheckResult, language: str, inputs_inline: bool = False) -> str:
    """Conflicts (or what the check cannot judge), cleared pairs, and who was not compared.

    Shared inputs are one line each: in the text when ``inputs_inline``,
    otherwise left to ``CheckReportView``'s unfolding list.
    """
    parts: list[str] = []
    if result.conflicts:
        heading = translate("CheckReport", "Conflicts with %1 organisation(s)").replace(
            "%1", str(len(result.conflicts))
        )
        parts.append(_heading(CONFLICT_COLOUR, heading))
        parts.append(
            _paragraph(
                translate(
                    "CheckReport",
                    "These organisations sell the same things in the same market. Admission"
                    " needs a recorded board decision.",
                )
            )
        )
        parts.append(_findings_html(result.conflicts, language))
    if not result.can_judge:
        parts.append(_heading(UNKNOWN_COLOUR, translate("CheckReport", "The check cannot judge")))
        parts.append(_paragraph(result.unknown_text()))
        parts.append(
            _paragraph(
                translate(
                    "CheckReport",
                    "Record its industry classes or product markets, or admit it without a"
                    " check; that is recorded in the audit log.",
                )
            )
        )
    elif not result.conflicts:
        parts.append(_heading(CLEAR_COLOUR, translate("CheckReport", "No conflicts")))
        parts.append(
            _paragraph(
                translate(
                    "CheckReport", "Nobody in the network sells the same things in the same market."
                )
            )
        )
    if result.cleared:
        parts.append("<h4>" + escape(translate("CheckReport", "Cleared by the office")) + "</h4>")
        parts.append(_findings_html(result.cleared, language))
    if result.suppliers:
        parts.append(
            "<h4>"
            + escape(translate("CheckReport", "Supplier and customer: not a conflict"))
            + "</h4>"
        )
        parts.append(_findings_html(result.suppliers, language))
    if result.unknown_others:
        parts.append(
            "<p><i>"
            + escape(
                translate(
                    "CheckReport",
                    "Not compared, because nothing is recorded about what they sell: %1.",
                ).replace("%1", ", ".join(result.unknown_others))
            )
            + "</i></p>"
        )
    if inputs_inline and result.shared_inputs:
        parts.append("<h4>" + escape(shared_inputs_heading()) + "</h4>")
        lines = "".join(f"<li>{escape(shared_input_line(s))}</li>" for s in result.shared_inputs)
        parts.append(f"<ul>{lines}</ul>")
    compared = translate("CheckReport", "Compared with %1 members and waiting applicants.").replace(
        "%1", str(result.compared_with)
    )
    parts.append(f"<p><i>{escape(compared)}</i></p>")
    return "".join(parts)


def shared_inputs_heading() -> str:
    return translate("CheckReport", "Shared inputs only: not a conflict")


def check_sentences(result: CheckResult, language: str) -> list[str]:
    """Every conflict as "Other: reason." sentences, for a message box."""
    return [
        f"{finding.other_name}: {reason.text(language)}"
        for finding in result.conflicts
        for reason in finding.reasons
    ]


class SharedInputModel(QStandardItemModel):
    """One row per shared input ("Strom: 60 organisations"), the organisations as children."""

    def set_inputs(self, inputs: list[SharedInput]) -> None:
        self.clear()
        for shared in inputs:
            line = QStandardItem(shared_input_line(shared))
            line.setEditable(False)
            line.setData(shared.name, Qt.ItemDataRole.UserRole)
            for name in shared.organisations:
                child = QStandardItem(name)
                child.setEditable(False)
                line.appendRow(child)
            self.appendRow(line)


class CheckReportView(QWidget):
    """The check in words, with the shared inputs as a short list that unfolds below."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.browser = QTextBrowser()
        self.browser.setObjectName("checkView")
        self.browser.setOpenLinks(False)
        self.browser.setMinimumHeight(9 * self.browser.fontMetrics().lineSpacing())
        self.inputs_label = QLabel()
        self.inputs_label.setObjectName("sharedInputsLabel")
        self.inputs_label.setWordWrap(True)
        self.inputs_model = SharedInputModel(self)
        self.inputs_view = QTreeView()
        self.inputs_view.setObjectName("sharedInputs")
        self.inputs_view.setModel(self.inputs_model)
        self.inputs_view.setHeaderHidden(True)
        self.inputs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inputs_view.setUniformRowHeights(True)
        self.inputs_view.expanded.connect(self._fit_height)
        self.inputs_view.collapsed.connect(self._fit_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.inputs_label)
        layout.addWidget(self.inputs_view)

    def show_check(self, result: CheckResult) -> None:
        self.browser.setHtml(check_html(result, self.language))
        self.inputs_model.set_inputs(result.shared_inputs)
        has_inputs = bool(result.shared_inputs)
        self.inputs_label.setText(
            "<b>"
            + escape(shared_inputs_heading())
            + "</b> · "
            + escape(
                translate(
                    "CheckReport",
                    "Shared inputs never make two companies competitors; what counts is what"
                    " they sell. Unfold a line to see who.",
                )
            )
        )
        self.inputs_label.setVisible(has_inputs)
        self.inputs_view.setVisible(has_inputs)
        self._fit_height()

    def _fit_height(self, _index: object = None) -> None:
        """As tall as the lines shown (unfolded ones included), up to ``SHARED_INPUT_LINES``."""
        view, model = self.inputs_view, self.inputs_model
        shown = 0
        for row in range(model.rowCount()):
            shown += 1
            if view.isExpanded(model.index(row, 0)):
                shown += model.item(row).rowCount()
        line = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing(), 1)
        frame = 2 * view.frameWidth()
        view.setFixedHeight(max(min(shown, SHARED_INPUT_LINES), 1) * line + frame + 2)

    def text(self) -> str:
        """Everything the report says, as plain text (the unfolded lines included)."""
        lines = [self.browser.toPlainText()]
        if self.inputs_model.rowCount():
            lines.append(shared_inputs_heading())
        for row in range(self.inputs_model.rowCount()):
            lines.append(self.inputs_model.item(row).text())
        return "\n".join(lines)
