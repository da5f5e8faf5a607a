"""The competitor check's result in plain words, as HTML for a text view or plain text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from niro_desk.membership.competitor_check import CheckResult, Finding
from niro_desk.models import MembershipStatus
from niro_desk.ui.members.labels import status_label

translate = QCoreApplication.translate  # called with its context, so lupdate finds it


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


def check_html(result: CheckResult, language: str) -> str:
    """Conflicts with each reason, cleared pairs, and material-only overlaps explained."""
    parts: list[str] = []
    compared = translate("CheckReport", "Compared with %1 members and waiting applicants.").replace(
        "%1", str(result.compared_with)
    )
    if result.conflicts:
        heading = translate("CheckReport", "Conflicts with %1 organisation(s)").replace(
            "%1", str(len(result.conflicts))
        )
        parts.append(f"<h3 style='color:#b3261e'>{escape(heading)}</h3>")
        parts.append(
            "<p>"
            + escape(
                translate(
                    "CheckReport",
                    "These organisations sell the same things in the same market. Admission"
                    " needs a recorded board decision.",
                )
            )
            + "</p>"
        )
        parts.append(_findings_html(result.conflicts, language))
    else:
        nobody = translate(
            "CheckReport", "Nobody in the network sells the same things in the same market."
        )
        parts.append(
            "<h3 style='color:#1b6e20'>"
            + escape(translate("CheckReport", "No conflicts"))
            + "</h3>"
            f"<p>{escape(nobody)}</p>"
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
    if result.materials_only:
        parts.append(
            "<h4>"
            + escape(translate("CheckReport", "Shared inputs only: not a conflict"))
            + "</h4>"
        )
        parts.append(
            "<p>"
            + escape(
                translate(
                    "CheckReport",
                    "These organisations buy the same materials or inputs. Shared inputs never"
                    " make two companies competitors; what counts is what they sell.",
                )
            )
            + "</p>"
        )
        items = []
        for finding in result.materials_only:
            materials = ", ".join(
                reason.params.get("materials", "") for reason in finding.reasons
            ).strip(", ")
            detail = materials or " ".join(reason.text(language) for reason in finding.reasons)
            items.append(f"<li><b>{escape(finding.other_name)}</b>: {escape(detail)}</li>")
        parts.append("<ul>" + "".join(items) + "</ul>")
    parts.append(f"<p><i>{escape(compared)}</i></p>")
    return "".join(parts)


def check_sentences(result: CheckResult, language: str) -> list[str]:
    """Every conflict as "Other: reason." sentences, for a message box."""
    return [
        f"{finding.other_name}: {reason.text(language)}"
        for finding in result.conflicts
        for reason in finding.reasons
    ]
