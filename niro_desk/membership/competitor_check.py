"""The competitor-exclusion check: does an organisation sell what a member sells?

Compares the organisation with every current member and everyone on the
waiting list on what they *sell*: shared NACE classes of their sales
activities, overlapping product markets, and relations the office declared.
A declared "does not compete" clears a false alarm; a declared "competes" is
a conflict on its own. Shared materials/inputs never conflict: the result
lists them separately, grouped by input ("Strom: 60 organisations"), so the
office can see why they do not count.

The check says what it does not know: an organisation with neither an
industry class nor a product market cannot be judged (``can_judge`` is
false), and members with nothing recorded could not be compared. A product
one sells that the other lists as an input makes the two supplier and
customer, never competitors: the result says so.

Product markets are compared by ``market_terms`` with the glossary file and
the office's own entries (``office_glossary.glossary_for``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from niro_desk.errors import QT_TRANSLATE_NOOP
from niro_desk.membership.market_terms import Glossary, default_glossary
from niro_desk.membership.office_glossary import glossary_for
from niro_desk.membership.reading import require_reads_all
from niro_desk.messages import translate_message
from niro_desk.models import (
    CompetitorRelation,
    MembershipStatus,
    Organisation,
    OrganisationKind,
    RelationKind,
)
from niro_desk.text_keys import fold

COMPARED_STATUSES = (MembershipStatus.MEMBER, MembershipStatus.WAITING)

SHARED_CLASS = QT_TRANSLATE_NOOP(
    "Messages", "Both sell in the same industry class {code} “{title}”."
)
MARKET_OVERLAP = QT_TRANSLATE_NOOP(
    "Messages",
    "{candidate} sells “{candidate_market}” and {other} sells “{other_market}”:"
    " that is the same product market.",
)
DECLARED_COMPETES = QT_TRANSLATE_NOOP(
    "Messages", "The office has recorded that {candidate} competes with {other}.{note}"
)
CLEARED = QT_TRANSLATE_NOOP(
    "Messages",
    "{other} sells in similar areas, but the office has recorded that the two do not"
    " compete.{note}",
)
MATERIALS_ONLY = QT_TRANSLATE_NOOP(
    "Messages",
    "{other} buys the same inputs ({materials}). Shared inputs never make two companies"
    " competitors.",
)
SUPPLIER = QT_TRANSLATE_NOOP(
    "Messages",
    "{seller} sells “{product}”, which {buyer} buys as an input (“{material}”): {seller} is"
    " a supplier of {buyer}, not a competitor.",
)
NOTE = QT_TRANSLATE_NOOP("Messages", " Note: {note}")
NOTHING_RECORDED = QT_TRANSLATE_NOOP(
    "Messages",
    "Nothing is recorded about what {name} sells (no industry class, no product market):"
    " the check cannot judge whether it competes with a member.",
)


@dataclass(frozen=True)
class Reason:
    """One reason, as a translatable sentence with its parameters."""

    # shared_class | market_overlap | declared_competes | cleared | materials_only | supplier
    kind: str
    template: str
    params: dict[str, str]

    def text(self, language: str = "en") -> str:
        params = dict(self.params)
        if "title_en" in params:
            params["title"] = (
                params["title_de"]
                if language == "de" and params.get("title_de")
                else params["title_en"]
            )
        if params.get("note"):
            params["note"] = translate_message(NOTE, note=params["note"])
        else:
            params["note"] = ""
        return translate_message(self.template, **params)

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "template": self.template, "params": self.params}


@dataclass
class Finding:
    """What the check found about one other organisation."""

    other_id: int
    other_name: str
    other_status: str
    reasons: list[Reason] = field(default_factory=list)
    materials: list[str] = field(default_factory=list)  # shared inputs, the other's names


@dataclass
class SharedInput:
    """One input the organisation shares with others, and who they are."""

    name: str
    organisations: list[str] = field(default_factory=list)


@dataclass
class CheckResult:
    """The whole check: conflicts, cleared pairs and material-only overlaps."""

    organisation_id: int
    organisation_name: str
    conflicts: list[Finding] = field(default_factory=list)
    cleared: list[Finding] = field(default_factory=list)
    materials_only: list[Finding] = field(default_factory=list)
    suppliers: list[Finding] = field(default_factory=list)  # one sells what the other buys
    compared_with: int = 0
    sales_profile_known: bool = True
    unknown_others: list[str] = field(default_factory=list)  # nothing recorded: not compared
    shared_inputs: list[SharedInput] = field(default_factory=list)

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts)

    @property
    def can_judge(self) -> bool:
        """False when nothing is recorded about what the organisation sells."""
        return self.sales_profile_known

    def unknown_text(self) -> str:
        """Why the check cannot judge, in the user's language ("" when it can)."""
        if self.can_judge:
            return ""
        return translate_message(NOTHING_RECORDED, name=self.organisation_name)

    def sentences(self, language: str = "en") -> list[str]:
        """Every conflict reason as one sentence, prefixed with the other organisation."""
        return [
            f"{finding.other_name}: {reason.text(language)}"
            for finding in self.conflicts
            for reason in finding.reasons
        ]

    def as_json(self) -> list[dict[str, Any]]:
        """The conflicts as data, for the board decision record."""
        return [
            {
                "other_id": finding.other_id,
                "other_name": finding.other_name,
                "reasons": [reason.as_dict() for reason in finding.reasons],
            }
            for finding in self.conflicts
        ]


def _relations(session: Session, organisation_id: int) -> dict[int, CompetitorRelation]:
    rows = session.scalars(
        select(CompetitorRelation).where(
            or_(
                CompetitorRelation.first_id == organisation_id,
                CompetitorRelation.second_id == organisation_id,
            )
        )
    )
    return {
        (row.second_id if row.first_id == organisation_id else row.first_id): row for row in rows
    }


def _inputs_of(organisation: Organisation, market: str, glossary: Glossary) -> str | None:
    """The organisation's input that is the product ``market``, if it lists one."""
    return next(
        (
            material.name
            for material in organisation.materials
            if glossary.markets_overlap(market, material.name)
        ),
        None,
    )


def supplier_reasons(
    candidate: Organisation, other: Organisation, glossary: Glossary | None = None
) -> list[Reason]:
    """Products one of the two sells that the other lists as an input, either way."""
    glossary = glossary or default_glossary()
    reasons: list[Reason] = []
    for seller, buyer in ((candidate, other), (other, candidate)):
        for market in seller.product_markets:
            material = _inputs_of(buyer, market.name, glossary)
            if material is not None:
                reasons.append(
                    Reason(
                        "supplier",
                        SUPPLIER,
                        {
                            "seller": seller.name,
                            "product": market.name,
                            "buyer": buyer.name,
                            "material": material,
                        },
                    )
                )
    return reasons


def _sales_reasons(
    candidate: Organisation, other: Organisation, glossary: Glossary | None = None
) -> list[Reason]:
    glossary = glossary or default_glossary()
    reasons: list[Reason] = []
    other_codes = {code.code: code for code in other.sales_codes}
    for code in candidate.sales_codes:
        if code.code in other_codes:
            reasons.append(
                Reason(
                    "shared_class",
                    SHARED_CLASS,
                    {"code": code.code, "title_en": code.title_en, "title_de": code.title_de},
                )
            )
    for market in candidate.product_markets:
        if _inputs_of(other, market.name, glossary) is not None:
            continue  # the other buys it: a supplier relation, never a conflict
        for other_market in other.product_markets:
            if _inputs_of(candidate, other_market.name, glossary) is not None:
                continue
            if glossary.markets_overlap(market.name, other_market.name):
                reasons.append(
                    Reason(
                        "market_overlap",
                        MARKET_OVERLAP,
                        {
                            "candidate": candidate.name,
                            "candidate_market": market.name,
                            "other": other.name,
                            "other_market": other_market.name,
                        },
                    )
                )
                break
    return reasons


def _shared_materials(candidate: Organisation, other: Organisation) -> list[str]:
    """The other's names of the materials both use."""
    keys = {fold(material.name) for material in candidate.materials}
    return [material.name for material in other.materials if fold(material.name) in keys]


def has_sales_profile(organisation: Organisation) -> bool:
    """Whether anything is recorded about what ``organisation`` sells."""
    return bool(organisation.sales_codes or organisation.product_markets)


def _group_shared_inputs(candidate: Organisation, findings: list[Finding]) -> list[SharedInput]:
    """One entry per input (the candidate's spelling), most widely shared first."""
    names = {fold(material.name): material.name for material in candidate.materials}
    groups: dict[str, SharedInput] = {}
    for finding in findings:
        for material in finding.materials:
            key = fold(material)
            group = groups.setdefault(key, SharedInput(names.get(key, material)))
            if finding.other_name not in group.organisations:
                group.organisations.append(finding.other_name)
    return sorted(groups.values(), key=lambda g: (-len(g.organisations), g.name.casefold()))


def check_competitors(session: Session, organisation: Organisation) -> CheckResult:
    """Compare ``organisation`` with every member and waiting applicant (not itself).

    It reads every member's profile: for viewers who read every organisation.
    """
    require_reads_all(session)
    return competitors_of(session, organisation)


def competitors_of(session: Session, organisation: Organisation) -> CheckResult:
    """``check_competitors`` without the reader's check: for the write services (admission,
    leaving, a new sales profile), which have checked their acting user already."""
    others = session.scalars(
        select(Organisation)
        .where(
            Organisation.kind == OrganisationKind.MEMBER,
            Organisation.membership_status.in_(COMPARED_STATUSES),
            Organisation.id != organisation.id,
        )
        .options(
            selectinload(Organisation.sales_codes),
            selectinload(Organisation.product_markets),
            selectinload(Organisation.materials),
        )
        .order_by(Organisation.name)
    ).all()
    relations = _relations(session, organisation.id) if organisation.id else {}
    glossary = glossary_for(session)
    result = CheckResult(organisation.id, organisation.name, compared_with=len(others))
    result.sales_profile_known = has_sales_profile(organisation)
    for other in others:
        if not has_sales_profile(other):
            result.unknown_others.append(other.name)
        finding = Finding(other.id, other.name, str(other.membership_status))
        reasons = _sales_reasons(organisation, other, glossary)
        supplies = supplier_reasons(organisation, other, glossary)
        if supplies:
            result.suppliers.append(
                Finding(other.id, other.name, str(other.membership_status), supplies)
            )
        relation = relations.get(other.id)
        if relation is not None and relation.kind == RelationKind.COMPETES:
            reasons.insert(
                0,
                Reason(
                    "declared_competes",
                    DECLARED_COMPETES,
                    {"candidate": organisation.name, "other": other.name, "note": relation.note},
                ),
            )
        if relation is not None and relation.kind == RelationKind.DOES_NOT_COMPETE:
            if reasons:
                finding.reasons = [
                    Reason("cleared", CLEARED, {"other": other.name, "note": relation.note})
                ]
                result.cleared.append(finding)
            continue
        if reasons:
            finding.reasons = reasons
            result.conflicts.append(finding)
            continue
        materials = _shared_materials(organisation, other)
        if materials:
            finding.reasons = [
                Reason(
                    "materials_only",
                    MATERIALS_ONLY,
                    {"other": other.name, "materials": ", ".join(sorted(materials, key=str.lower))},
                )
            ]
            finding.materials = materials
            result.materials_only.append(finding)
    result.shared_inputs = _group_shared_inputs(organisation, result.materials_only)
    return result
