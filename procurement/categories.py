"""Procurement categories (a tree) and their items, each item in one unit of measure."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    OfficeUser,
    ProcurementCategory,
    ProcurementItem,
    RequirementLine,
    UnitOfMeasure,
)
from niro_desk.permissions import Permission, require
from niro_desk.procurement.access import require_reader


@dataclass(frozen=True)
class CategoryNode:
    """A category with its depth in the tree, in display order."""

    id: int
    name: str
    parent_id: int | None
    depth: int
    path: str
    item_count: int


def get_category(session: Session, category_id: int) -> ProcurementCategory:
    require_reader(session)
    category = session.get(ProcurementCategory, category_id)
    if category is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The category #{id} no longer exists."), id=category_id
        )
    return category


def get_item(session: Session, item_id: int) -> ProcurementItem:
    require_reader(session)
    item = session.get(ProcurementItem, item_id)
    if item is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The item #{id} no longer exists."), id=item_id
        )
    return item


def category_tree(session: Session) -> list[CategoryNode]:
    """Every category, depth first (each parent before its children)."""
    require_reader(session)
    counts = dict(
        session.execute(
            select(ProcurementItem.category_id, func.count()).group_by(ProcurementItem.category_id)
        ).all()
    )
    categories = list(
        session.scalars(
            select(ProcurementCategory).order_by(
                ProcurementCategory.position, ProcurementCategory.name
            )
        )
    )
    children: dict[int | None, list[ProcurementCategory]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    nodes: list[CategoryNode] = []

    def walk(parent_id: int | None, depth: int, prefix: str) -> None:
        for category in children.get(parent_id, []):
            path = f"{prefix} › {category.name}" if prefix else category.name
            nodes.append(
                CategoryNode(
                    category.id,
                    category.name,
                    parent_id,
                    depth,
                    path,
                    int(counts.get(category.id, 0)),
                )
            )
            walk(category.id, depth + 1, path)

    walk(None, 0, "")
    return nodes


def subtree_ids(session: Session, category_id: int) -> list[int]:
    """The category and all categories below it."""
    require_reader(session)
    nodes = category_tree(session)
    below = {category_id}
    for node in nodes:  # parents come before children
        if node.parent_id in below:
            below.add(node.id)
    return [node.id for node in nodes if node.id in below]


def items_of(
    session: Session, category_id: int, with_subcategories: bool = True
) -> list[ProcurementItem]:
    require_reader(session)
    ids = subtree_ids(session, category_id) if with_subcategories else [category_id]
    return list(
        session.scalars(
            select(ProcurementItem)
            .where(ProcurementItem.category_id.in_(ids))
            .order_by(ProcurementItem.name)
        )
    )


def _clean_name(name: str, field: str = "name") -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError(field, QT_TRANSLATE_NOOP("Messages", "The name must not be empty."))
    return cleaned


def _check_sibling_name(
    session: Session, parent_id: int | None, name: str, own_id: int | None = None
) -> None:
    query = select(ProcurementCategory.id).where(
        func.lower(ProcurementCategory.name) == name.lower(),
        ProcurementCategory.parent_id.is_(None)
        if parent_id is None
        else ProcurementCategory.parent_id == parent_id,
    )
    if own_id is not None:
        query = query.where(ProcurementCategory.id != own_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Messages", "A category “{name}” exists here already."),
            name=name,
        )


def create_category(
    session: Session,
    user: OfficeUser,
    name: str,
    parent_id: int | None = None,
    description: str = "",
) -> ProcurementCategory:
    require(session, user, Permission.EDIT_PROCUREMENT)
    name = _clean_name(name)
    if parent_id is not None:
        get_category(session, parent_id)
    _check_sibling_name(session, parent_id, name)
    category = ProcurementCategory(name=name, parent_id=parent_id, description=description.strip())
    session.add(category)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "procurement_category",
        category.id,
        f"Category {name} created",
        None,
        audit.snapshot(category),
    )
    return category


def rename_category(
    session: Session, user: OfficeUser, category_id: int, name: str, description: str = ""
) -> ProcurementCategory:
    require(session, user, Permission.EDIT_PROCUREMENT)
    category = get_category(session, category_id)
    name = _clean_name(name)
    _check_sibling_name(session, category.parent_id, name, category.id)
    before = audit.snapshot(category)
    category.name = name
    category.description = description.strip()
    audit.record(
        session,
        user,
        "update",
        "procurement_category",
        category.id,
        f"Category {name} changed",
        before,
        audit.snapshot(category),
    )
    return category


def delete_category(session: Session, user: OfficeUser, category_id: int) -> None:
    """Delete an empty category (no subcategories, no items, never used)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    category = get_category(session, category_id)
    if category.children or category.items:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages", "{name} still has subcategories or items and cannot be deleted."
            ),
            name=category.name,
        )
    from niro_desk.models import NegotiationAgendaItem, RequirementCollection

    used = session.scalar(
        select(func.count())
        .select_from(RequirementCollection)
        .where(RequirementCollection.category_id == category.id)
    ) or session.scalar(
        select(func.count())
        .select_from(NegotiationAgendaItem)
        .where(NegotiationAgendaItem.category_id == category.id)
    )
    if used:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is used by collections or negotiation rounds and cannot be deleted.",
            ),
            name=category.name,
        )
    audit.record(
        session,
        user,
        "delete",
        "procurement_category",
        category.id,
        f"Category {category.name} deleted",
        audit.snapshot(category),
        None,
    )
    session.delete(category)


def create_item(
    session: Session,
    user: OfficeUser,
    category_id: int,
    name: str,
    unit: UnitOfMeasure,
    description: str = "",
) -> ProcurementItem:
    require(session, user, Permission.EDIT_PROCUREMENT)
    category = get_category(session, category_id)
    name = _clean_name(name)
    if any(item.name.lower() == name.lower() for item in category.items):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Messages", "An item “{name}” exists in this category already."),
            name=name,
        )
    item = ProcurementItem(
        category_id=category.id,
        name=name,
        unit=UnitOfMeasure(unit),
        description=description.strip(),
    )
    session.add(item)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "procurement_item",
        item.id,
        f"Item {name} ({unit}) created in {category.name}",
        None,
        audit.snapshot(item),
    )
    return item


def update_item(
    session: Session,
    user: OfficeUser,
    item_id: int,
    name: str,
    unit: UnitOfMeasure,
    description: str = "",
    active: bool = True,
) -> ProcurementItem:
    """Change an item; its unit only while no requirement uses it (volumes carry the unit)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    item = get_item(session, item_id)
    name = _clean_name(name)
    if any(o.id != item.id and o.name.lower() == name.lower() for o in item.category.items):
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("Messages", "An item “{name}” exists in this category already."),
            name=name,
        )
    unit = UnitOfMeasure(unit)
    if unit != item.unit:
        used = session.scalar(
            select(RequirementLine.id).where(RequirementLine.item_id == item.id).limit(1)
        )
        if used is not None:
            raise ValidationError(
                "unit",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The unit of {name} cannot change: requirements were stated in {unit}.",
                ),
                name=item.name,
                unit=str(item.unit),
            )
    before = audit.snapshot(item)
    item.name = name
    item.unit = unit
    item.description = description.strip()
    item.active = active
    audit.record(
        session,
        user,
        "update",
        "procurement_item",
        item.id,
        f"Item {name} changed",
        before,
        audit.snapshot(item),
    )
    return item
