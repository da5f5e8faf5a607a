"""SQLAlchemy 2.x typed declarative models (no rules, no Qt).

Importing this package registers every model on ``Base.metadata``.
"""

from niro_desk.models.audit_entry import AuditEntry
from niro_desk.models.base import Base
from niro_desk.models.bid import Bid, BidPrice
from niro_desk.models.contact import Contact, Expertise, contact_expertise
from niro_desk.models.criterion_score import CriterionScore
from niro_desk.models.framework_agreement import (
    AgreementDocument,
    AgreementItem,
    AgreementState,
    FrameworkAgreement,
    Participation,
    ParticipationLine,
    ServiceFee,
)
from niro_desk.models.glossary_entry import GlossaryEntry
from niro_desk.models.lot_award import LotAward
from niro_desk.models.membership import (
    AppSetting,
    BoardDecision,
    BoardDecisionKind,
    BoardDecisionState,
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
from niro_desk.models.office_user import OfficeUser, OfficeUserRole, Role
from niro_desk.models.organisation import (
    IndustryCode,
    MembershipStatus,
    Organisation,
    OrganisationKind,
)
from niro_desk.models.organisation_search import OrganisationSearch
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
from niro_desk.models.supplier_category import SupplierCategory
from niro_desk.models.supplier_certificate import SupplierCertificate
from niro_desk.models.tender import Tender, TenderCollection, TenderState, TenderSupplier
from niro_desk.models.tender_criterion import TenderCriterion
from niro_desk.models.tender_lot import TenderLot, TenderLotItem, TenderLotRegion
from niro_desk.models.tender_round import RoundState, RoundSupplier, TenderRound
from niro_desk.models.unit_of_measure import UnitOfMeasure

__all__ = [
    "AgreementDocument",
    "AgreementItem",
    "AgreementState",
    "AppSetting",
    "AuditEntry",
    "Base",
    "Bid",
    "BidPrice",
    "BoardDecision",
    "BoardDecisionKind",
    "BoardDecisionState",
    "CategoryRanking",
    "CollectionItem",
    "CollectionParticipant",
    "CollectionState",
    "CompetitorRelation",
    "Contact",
    "CriterionScore",
    "Expertise",
    "FrameworkAgreement",
    "GlossaryEntry",
    "IndustryCode",
    "LotAward",
    "Material",
    "Membership",
    "MembershipFee",
    "MembershipStatus",
    "NegotiationAgendaItem",
    "NegotiationAttendee",
    "NegotiationDecision",
    "NegotiationRound",
    "OfficeUser",
    "OfficeUserRole",
    "Organisation",
    "OrganisationKind",
    "OrganisationSearch",
    "Participation",
    "ParticipationLine",
    "ProcurementCategory",
    "ProcurementItem",
    "ProductMarket",
    "RelationKind",
    "RequirementCollection",
    "RequirementLine",
    "RequirementSubmission",
    "Role",
    "RoundState",
    "RoundSupplier",
    "ServiceFee",
    "SubmissionSource",
    "SupplierCategory",
    "SupplierCertificate",
    "Tender",
    "TenderCollection",
    "TenderCriterion",
    "TenderLot",
    "TenderLotItem",
    "TenderLotRegion",
    "TenderRound",
    "TenderState",
    "TenderSupplier",
    "UnitOfMeasure",
    "contact_expertise",
    "organisation_sales_code",
]
