"""Words and number formats of the Requirements area, in the user's language."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from niro_desk.formatting import format_number
from niro_desk.models import CollectionState, OrganisationKind, SubmissionSource, UnitOfMeasure
from niro_desk.procurement.units import TRANSLATED_SYMBOLS, UNIT_SYMBOLS

NO_BREAK = "\u00a0"


def tr(text: str) -> str:
    return QCoreApplication.translate("RequirementLabels", text)


def state_label(state: CollectionState) -> str:
    labels = {
        CollectionState.DRAFT: QCoreApplication.translate("RequirementLabels", "Draft"),
        CollectionState.OPEN: QCoreApplication.translate("RequirementLabels", "Open"),
        CollectionState.CLOSED: QCoreApplication.translate("RequirementLabels", "Closed"),
    }
    return labels[state]


def kind_label(kind: OrganisationKind) -> str:
    labels = {
        OrganisationKind.MEMBER: QCoreApplication.translate("RequirementLabels", "Member"),
        OrganisationKind.CUSTOMER: QCoreApplication.translate("RequirementLabels", "Customer"),
        OrganisationKind.SUPPLIER: QCoreApplication.translate("RequirementLabels", "Supplier"),
    }
    return labels[kind]


def source_label(source: SubmissionSource | None) -> str:
    if source is None:
        return ""
    labels = {
        SubmissionSource.MANUAL: QCoreApplication.translate("RequirementLabels", "by hand"),
        SubmissionSource.WORKBOOK: QCoreApplication.translate("RequirementLabels", "workbook"),
    }
    return labels[source]


def unit_label(unit: UnitOfMeasure) -> str:
    """The unit as shown next to a number: kWh, m³, Paar, Stück, …"""
    symbol = UNIT_SYMBOLS[unit]
    return QCoreApplication.translate("Units", symbol) if unit in TRANSLATED_SYMBOLS else symbol


def region_label(region: str) -> str:
    return region or QCoreApplication.translate("RequirementLabels", "(no region)")


def volume_text(value: Decimal | None, language: str, unit: UnitOfMeasure | None = None) -> str:
    """``1.234,5 MWh``: grouped, only the decimal places the value has."""
    if value is None:
        return ""
    text = format_number(value.normalize() if value else Decimal(0), language)
    return f"{text}{NO_BREAK}{unit_label(unit)}" if unit is not None else text


def price_text(value: Decimal | None, language: str) -> str:
    """A unit price with up to four places: ``0,1234 €``."""
    if value is None:
        return ""
    places = max(2, min(4, -value.normalize().as_tuple().exponent))  # type: ignore[operator]
    return f"{format_number(value, language, places)}{NO_BREAK}€"
