"""SQLAlchemy 2.x typed declarative models (no rules, no Qt).

Importing this package registers every model on ``Base.metadata``.
"""

from niro_desk.models.audit_entry import AuditEntry
from niro_desk.models.base import Base
from niro_desk.models.contact import Contact, Expertise, contact_expertise
from niro_desk.models.membership import (
    AppSetting,
    BoardDecision,
    BoardDecisionKind,
    Membership,
    MembershipFee,
)
from niro_desk.models.negotiation_round import (
    CategoryRanking,
    NegotiationAgendaItem,
    NegotiationAttendee,
    NegotiationDecision,
    NegotiationRound,
)
from niro_desk.models.office_user import OfficeUser
from niro_desk.models.organisation import (
    IndustryCode,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from niro_desk.models.procurement_category import ProcurementCategory, ProcurementItem
from niro_desk.models.requirement_collection import (
    CollectionItem,
    CollectionParticipant,
    CollectionState,
    RequirementCollection,
)
from niro_desk.models.requirement_submission import (
    RequirementLine,
    RequirementSubmission,
    SubmissionSource,
)
from niro_desk.models.sales_profile import (
    CompetitorRelation,
    Material,
    ProductMarket,
    RelationKind,
    organisation_sales_code,
)
from niro_desk.models.unit_of_measure import UnitOfMeasure

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "BoardDecision",
    "BoardDecisionKind",
    "CategoryRanking",
    "CollectionItem",
    "CollectionParticipant",
    "CollectionState",
    "CompetitorRelation",
    "Contact",
    "Expertise",
    "IndustryCode",
    "Material",
    "Membership",
    "MembershipFee",
    "MembershipStatus",
    "NegotiationAgendaItem",
    "NegotiationAttendee",
    "NegotiationDecision",
    "NegotiationRound",
    "OfficeUser",
    "Organisation",
    "OrganisationKind",
    "ProcurementCategory",
    "ProcurementItem",
    "ProductMarket",
    "RelationKind",
    "RequirementCollection",
    "RequirementLine",
    "RequirementSubmission",
    "SubmissionSource",
    "UnitOfMeasure",
    "contact_expertise",
    "organisation_sales_code",
]
