"""SQLAlchemy 2.x typed declarative models (no rules, no Qt).

Importing this package registers every model on ``Base.metadata``.
"""

from niro_desk.models.audit_entry import AuditEntry
from niro_desk.models.base import Base
from niro_desk.models.contact import Contact, Expertise, contact_expertise
from niro_desk.models.glossary_entry import GlossaryEntry
from niro_desk.models.membership import (
    AppSetting,
    BoardDecision,
    BoardDecisionKind,
    BoardDecisionState,
    Membership,
    MembershipFee,
)
from niro_desk.models.office_user import OfficeUser
from niro_desk.models.organisation import (
    IndustryCode,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from niro_desk.models.sales_profile import (
    CompetitorRelation,
    Material,
    ProductMarket,
    RelationKind,
    organisation_sales_code,
)

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Base",
    "BoardDecision",
    "BoardDecisionKind",
    "BoardDecisionState",
    "CompetitorRelation",
    "Contact",
    "Expertise",
    "GlossaryEntry",
    "IndustryCode",
    "Material",
    "Membership",
    "MembershipFee",
    "MembershipStatus",
    "OfficeUser",
    "Organisation",
    "OrganisationKind",
    "ProductMarket",
    "RelationKind",
    "contact_expertise",
    "organisation_sales_code",
]
