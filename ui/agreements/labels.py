"""Words of the Agreements area in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from niro_desk.models import AgreementState


def state_label(state: AgreementState) -> str:
    labels = {
        AgreementState.DRAFT: QCoreApplication.translate("AgreementLabels", "Draft"),
        AgreementState.ACTIVE: QCoreApplication.translate("AgreementLabels", "Active"),
        AgreementState.EXPIRED: QCoreApplication.translate("AgreementLabels", "Expired"),
        AgreementState.TERMINATED: QCoreApplication.translate("AgreementLabels", "Terminated"),
    }
    return labels[AgreementState(state)]


def months_text(months: int) -> str:
    if months == 1:
        return QCoreApplication.translate("AgreementLabels", "1 month")
    return QCoreApplication.translate("AgreementLabels", "%1 months").replace("%1", str(months))
