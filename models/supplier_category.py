"""The procurement categories a supplier serves (who to invite to a tender)."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from niro_desk.models.base import Base
from niro_desk.models.procurement_category import ProcurementCategory


class SupplierCategory(Base):
    """Supplier ``organisation_id`` serves ``category_id``."""

    __tablename__ = "supplier_category"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(
        ForeignKey("procurement_category.id", ondelete="CASCADE"), primary_key=True, index=True
    )

    category: Mapped[ProcurementCategory] = relationship()
