"""Words of the Tenders area in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from niro_desk.models import RoundState, TenderState


def tr(text: str) -> str:
    return QCoreApplication.translate("TenderLabels", text)


def tender_state_label(state: TenderState) -> str:
    labels = {
        TenderState.DRAFT: QCoreApplication.translate("TenderLabels", "Draft"),
        TenderState.ROUND_OPEN: QCoreApplication.translate("TenderLabels", "Round open"),
        TenderState.EVALUATION: QCoreApplication.translate("TenderLabels", "Evaluation"),
        TenderState.AWARDED: QCoreApplication.translate("TenderLabels", "Awarded"),
        TenderState.CANCELLED: QCoreApplication.translate("TenderLabels", "Cancelled"),
    }
    return labels[state]


def round_state_label(state: RoundState) -> str:
    labels = {
        RoundState.OPEN: QCoreApplication.translate("TenderLabels", "open for bids"),
        RoundState.CLOSED: QCoreApplication.translate("TenderLabels", "closed, sealed"),
        RoundState.OPENED: QCoreApplication.translate("TenderLabels", "opened"),
    }
    return labels[state]


def criterion_label(name: str, is_price: bool) -> str:
    return QCoreApplication.translate("Messages", "Price") if is_price else name


def other_regions() -> str:
    return QCoreApplication.translate("TenderLabels", "other regions")
