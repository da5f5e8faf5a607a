"""Suppliers: the categories each serves, certificates with expiry, and tender history.

A supplier is an organisation of kind supplier; it is never a participant of
the pool, and a participant is never a supplier (``require_supplier`` refuses
members and customers; ``participants.require_participant`` refuses suppliers).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, RuleViolation, ValidationError
from niro_desk.models import (
    Bid,
    LotAward,
    OfficeUser,
    Organisation,
    OrganisationKind,
    ProcurementCategory,
    SupplierCategory,
    SupplierCertificate,
    Tender,
    TenderLot,
    TenderSupplier,
)
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.procurement.categories import get_category


def require_supplier(session: Session, organisation_id: int) -> Organisation:
    """The organisation if it is a supplier; otherwise RuleViolation saying why not."""
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The organisation #{id} no longer exists."),
            id=organisation_id,
        )
    if organisation.kind != OrganisationKind.SUPPLIER:
        raise RuleViolation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{name} is a participant of the pool, not a supplier: participants never bid"
                " in tenders.",
            ),
            name=organisation.name,
        )
    return organisation


@dataclass(frozen=True)
class SupplierRow:
    id: int
    name: str
    city: str
    categories: tuple[str, ...]


def list_suppliers(session: Session, category_id: int | None = None) -> list[SupplierRow]:
    """Every supplier (or those serving ``category_id``) with the categories it serves
    (any signed-in reader)."""
    require_viewer(session)
    served: dict[int, list[str]] = {}
    for organisation_id, name in session.execute(
        select(SupplierCategory.organisation_id, ProcurementCategory.name)
        .join(ProcurementCategory, ProcurementCategory.id == SupplierCategory.category_id)
        .order_by(ProcurementCategory.name)
    ):
        served.setdefault(organisation_id, []).append(name)
    query = select(Organisation.id, Organisation.name, Organisation.city).where(
        Organisation.kind == OrganisationKind.SUPPLIER
    )
    if category_id is not None:
        query = query.join(
            SupplierCategory,
            and_(
                SupplierCategory.organisation_id == Organisation.id,
                SupplierCategory.category_id == category_id,
            ),
        )
    rows = session.execute(query.order_by(Organisation.name, Organisation.id))
    return [SupplierRow(i, n, c, tuple(served.get(i, ()))) for i, n, c in rows]


def served_category_ids(session: Session, organisation_id: int) -> list[int]:
    """The categories a supplier serves (any signed-in reader)."""
    require_viewer(session)
    return list(
        session.scalars(
            select(SupplierCategory.category_id).where(
                SupplierCategory.organisation_id == organisation_id
            )
        )
    )


def set_categories(
    session: Session, user: OfficeUser, organisation_id: int, category_ids: Sequence[int]
) -> None:
    """Replace the categories the supplier serves (audited)."""
    require(session, user, Permission.EDIT_PROCUREMENT)
    supplier = require_supplier(session, organisation_id)
    wanted = sorted(set(category_ids))
    for category_id in wanted:
        get_category(session, category_id)
    before = sorted(served_category_ids(session, organisation_id))
    if before == wanted:
        return
    for row in session.scalars(
        select(SupplierCategory).where(SupplierCategory.organisation_id == organisation_id)
    ):
        if row.category_id not in wanted:
            session.delete(row)
    session.add_all(
        SupplierCategory(organisation_id=organisation_id, category_id=c)
        for c in wanted
        if c not in before
    )
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "organisation",
        supplier.id,
        f"Categories served by {supplier.name} changed",
        {"categories": before},
        {"categories": wanted},
    )


@dataclass(frozen=True)
class CertificateInput:
    standard: str
    valid_until: dt.date | None
    number: str = ""
    issuer: str = ""
    notes: str = ""


def certificates(session: Session, organisation_id: int) -> list[SupplierCertificate]:
    """A supplier's certificates (any signed-in reader)."""
    require_viewer(session)
    return list(
        session.scalars(
            select(SupplierCertificate)
            .where(SupplierCertificate.organisation_id == organisation_id)
            .order_by(SupplierCertificate.standard, SupplierCertificate.id)
        )
    )


def _apply(certificate: SupplierCertificate, data: CertificateInput) -> None:
    standard = " ".join(data.standard.split())
    if not standard:
        raise ValidationError(
            "standard",
            QT_TRANSLATE_NOOP("Messages", "Say which certificate it is (e.g. ISO 9001)."),
        )
    certificate.standard = standard
    certificate.valid_until = data.valid_until
    certificate.number = data.number.strip()
    certificate.issuer = data.issuer.strip()
    certificate.notes = data.notes.strip()


def add_certificate(
    session: Session, user: OfficeUser, organisation_id: int, data: CertificateInput
) -> SupplierCertificate:
    require(session, user, Permission.EDIT_PROCUREMENT)
    supplier = require_supplier(session, organisation_id)
    certificate = SupplierCertificate(organisation_id=supplier.id)
    _apply(certificate, data)
    session.add(certificate)
    session.flush()
    audit.record(
        session,
        user,
        "create",
        "supplier_certificate",
        certificate.id,
        f"Certificate {certificate.standard} of {supplier.name} added",
        None,
        audit.snapshot(certificate),
    )
    return certificate


def _get_certificate(session: Session, certificate_id: int) -> SupplierCertificate:
    certificate = session.get(SupplierCertificate, certificate_id)
    if certificate is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "The certificate #{id} no longer exists."),
            id=certificate_id,
        )
    return certificate


def update_certificate(
    session: Session, user: OfficeUser, certificate_id: int, data: CertificateInput
) -> SupplierCertificate:
    require(session, user, Permission.EDIT_PROCUREMENT)
    certificate = _get_certificate(session, certificate_id)
    before = audit.snapshot(certificate)
    _apply(certificate, data)
    session.flush()
    audit.record(
        session,
        user,
        "update",
        "supplier_certificate",
        certificate.id,
        f"Certificate {certificate.standard} changed",
        before,
        audit.snapshot(certificate),
    )
    return certificate


def remove_certificate(session: Session, user: OfficeUser, certificate_id: int) -> None:
    require(session, user, Permission.EDIT_PROCUREMENT)
    certificate = _get_certificate(session, certificate_id)
    before = audit.snapshot(certificate)
    session.delete(certificate)
    session.flush()
    audit.record(
        session,
        user,
        "delete",
        "supplier_certificate",
        certificate_id,
        f"Certificate {before['standard']} removed",
        before,
        None,
    )


@dataclass(frozen=True)
class ExpiringCertificate:
    certificate_id: int
    organisation_id: int
    supplier: str
    standard: str
    valid_until: dt.date
    days_left: int  # negative: expired already

    @property
    def expired(self) -> bool:
        return self.days_left < 0


CERTIFICATE_WARNING_DAYS = 60
"""A certificate is warned about this many days before it runs out (and once it has)."""


def days_left(valid_until: dt.date | None, today: dt.date | None = None) -> int | None:
    """Days until ``valid_until`` (negative: expired), None for a certificate without expiry."""
    if valid_until is None:
        return None
    return (valid_until - (today or dt.date.today())).days


def certificate_replaced() -> ColumnElement[bool]:
    """True for a certificate the supplier has replaced: a later (or open-ended) one of the
    same standard exists. Such a certificate running out needs no warning."""
    newer = aliased(SupplierCertificate)
    return exists().where(
        newer.organisation_id == SupplierCertificate.organisation_id,
        newer.standard == SupplierCertificate.standard,
        newer.id != SupplierCertificate.id,
        or_(newer.valid_until.is_(None), newer.valid_until > SupplierCertificate.valid_until),
    )


def expiring_certificates(
    session: Session, within_days: int = CERTIFICATE_WARNING_DAYS, today: dt.date | None = None
) -> list[ExpiringCertificate]:
    """Certificates expiring within ``within_days`` (or expired already), soonest first;
    one the supplier has replaced by a later certificate of the same standard is left out.

    The start page and the Tenders area show these; the suppliers dialog colours them.
    Any signed-in reader.
    """
    require_viewer(session)
    today = today or dt.date.today()
    limit = today + dt.timedelta(days=within_days)
    rows = session.execute(
        select(
            SupplierCertificate.id,
            Organisation.id,
            Organisation.name,
            SupplierCertificate.standard,
            SupplierCertificate.valid_until,
        )
        .join(Organisation, Organisation.id == SupplierCertificate.organisation_id)
        .where(
            SupplierCertificate.valid_until.is_not(None),
            SupplierCertificate.valid_until <= limit,
            ~certificate_replaced(),
        )
        .order_by(SupplierCertificate.valid_until, Organisation.name)
    )
    return [
        ExpiringCertificate(c, o, n, s, until, (until - today).days) for c, o, n, s, until in rows
    ]


@dataclass(frozen=True)
class TenderHistoryRow:
    tender_id: int
    title: str
    state: str
    bids: int
    lots_won: int


def tender_history(session: Session, organisation_id: int) -> list[TenderHistoryRow]:
    """The tenders a supplier was invited to: how many bids it made, how many lots it won
    (about bids: READ_ALL)."""
    require_viewer(session, Permission.READ_ALL)
    bids = (
        select(TenderLot.tender_id, func.count().label("bids"))
        .join(Bid, Bid.lot_id == TenderLot.id)
        .where(Bid.organisation_id == organisation_id, Bid.is_current.is_(True))
        .group_by(TenderLot.tender_id)
        .subquery()
    )
    won = (
        select(TenderLot.tender_id, func.count().label("won"))
        .join(LotAward, LotAward.lot_id == TenderLot.id)
        .where(LotAward.organisation_id == organisation_id)
        .group_by(TenderLot.tender_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Tender.id,
            Tender.title,
            Tender.state,
            func.coalesce(bids.c.bids, 0),
            func.coalesce(won.c.won, 0),
        )
        .join(TenderSupplier, TenderSupplier.tender_id == Tender.id)
        .outerjoin(bids, bids.c.tender_id == Tender.id)
        .outerjoin(won, won.c.tender_id == Tender.id)
        .where(TenderSupplier.organisation_id == organisation_id)
        .order_by(Tender.created_at.desc(), Tender.id.desc())
    )
    return [TenderHistoryRow(i, t, str(s), int(b), int(w)) for i, t, s, b, w in rows]
