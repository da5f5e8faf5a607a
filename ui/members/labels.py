"""Words for the enums of the membership models, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from niro_desk.models import MembershipStatus, OrganisationKind, RelationKind


def status_label(status: MembershipStatus | None) -> str:
    labels = {
        MembershipStatus.APPLICANT: QCoreApplication.translate("MemberLabels", "Applicant"),
        MembershipStatus.WAITING: QCoreApplication.translate("MemberLabels", "Waiting list"),
        MembershipStatus.MEMBER: QCoreApplication.translate("MemberLabels", "Member"),
        MembershipStatus.FORMER: QCoreApplication.translate("MemberLabels", "Former member"),
    }
    return labels.get(status, "") if status is not None else ""


def status_column_labels(members: bool = True) -> list[str]:
    """Every text the directory's status column can show: statuses, or the kinds of non-members."""
    if members:
        return [status_label(status) for status in MembershipStatus]
    return [kind_label(OrganisationKind.CUSTOMER), kind_label(OrganisationKind.SUPPLIER)]


def kind_label(kind: OrganisationKind) -> str:
    labels = {
        OrganisationKind.MEMBER: QCoreApplication.translate("MemberLabels", "Member organisation"),
        OrganisationKind.CUSTOMER: QCoreApplication.translate("MemberLabels", "Customer"),
        OrganisationKind.SUPPLIER: QCoreApplication.translate("MemberLabels", "Supplier"),
    }
    return labels[kind]


def relation_label(kind: RelationKind) -> str:
    labels = {
        RelationKind.COMPETES: QCoreApplication.translate("MemberLabels", "competes"),
        RelationKind.DOES_NOT_COMPETE: QCoreApplication.translate(
            "MemberLabels", "does not compete"
        ),
    }
    return labels[kind]


def action_label(action: str) -> str:
    """The audit log's action key (``create``, ``admit``, ...) as a word."""
    labels = {
        "create": QCoreApplication.translate("MemberLabels", "Created"),
        "update": QCoreApplication.translate("MemberLabels", "Changed"),
        "update_sales": QCoreApplication.translate("MemberLabels", "Sales & usage"),
        "update_membership": QCoreApplication.translate("MemberLabels", "Membership"),
        "fee": QCoreApplication.translate("MemberLabels", "Fee"),
        "service_fee": QCoreApplication.translate("MemberLabels", "Service fee"),
        "service_fee_removed": QCoreApplication.translate("MemberLabels", "Service fee removed"),
        "admit": QCoreApplication.translate("MemberLabels", "Admitted"),
        "waitlist": QCoreApplication.translate("MemberLabels", "Waiting list"),
        "board_decision": QCoreApplication.translate("MemberLabels", "Board decision"),
        "leave": QCoreApplication.translate("MemberLabels", "Left"),
        "withdraw": QCoreApplication.translate("MemberLabels", "Application closed"),
        "reapply": QCoreApplication.translate("MemberLabels", "Applied again"),
        "relation": QCoreApplication.translate("MemberLabels", "Relation"),
        "relation_removed": QCoreApplication.translate("MemberLabels", "Relation removed"),
        "import": QCoreApplication.translate("MemberLabels", "Import"),
    }
    return labels.get(action, action)
