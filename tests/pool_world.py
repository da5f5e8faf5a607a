"""A small procurement pool with two participants for the permission tests (issue 11).

``build_pool(db)`` records, while accounts are still off, a category tree, an open
collection both participants answered, an active agreement both take part in, a
second agreement nobody joined yet, a draft agreement with a document, a customer
with a service fee and a negotiation round; then ``office`` adds one account per role
(the head bound to "Eigene Gießerei GmbH", the other head to "Andere Schmiede KG") and
turns accounts on. ``SECRETS`` are the other participant's name, volumes, baseline
prices and savings: a procurement head must never see one of them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from account_builders import Office, office
from agreement_builders import agreement, participation, plain_member, service_fee
from membership_builders import office_user
from procurement_builders import collection, energy, line, other, with_head

from niro_desk.database import Database
from niro_desk.models import AgreementState, CollectionState, OrganisationKind
from niro_desk.procurement import agreements, negotiation_rounds, requirement_submissions
from niro_desk.procurement.requirement_collections import change_state

OWN_NAME = "Eigene Gießerei GmbH"
OTHER_NAME = "Andere Schmiede KG"
#: what the other participant said or saved: never shown to the procurement head
OTHER_VOLUME = "777"
OTHER_BASELINE = "188.88"
OTHER_REQUIREMENT_VOLUME = "999"
OTHER_REQUIREMENT_PRICE = "187.65"
SECRETS = (OTHER_NAME, "Andere Schmiede", OTHER_VOLUME, "188,88", OTHER_BASELINE, "999", "187,65")
YEAR = 2026


@dataclass
class Pool:
    office: Office
    category_id: int
    power_id: int
    gas_id: int
    gloves_id: int
    collection_id: int
    agreement_id: int
    gas_agreement_id: int
    draft_id: int
    document_id: int
    own_id: int
    other_id: int
    customer_id: int
    supplier_id: int
    own_participation_id: int
    other_participation_id: int
    fee_id: int
    round_id: int
    own_contact_id: int
    other_contact_id: int


def build_pool(db: Database) -> Pool:
    with db.transaction() as session:
        user = office_user(session)
        category_id, power, gas, gloves = energy(session)
        own = plain_member(session, OWN_NAME)
        own_head = with_head(own, "einkauf@eigene.example")
        other_member = plain_member(session, OTHER_NAME)
        other_head = with_head(other_member, "einkauf@andere.example")
        customer = other(session, "Kunde Metall AG", OrganisationKind.CUSTOMER)
        supplier = other(session, "Stromwerk Lieferant AG", OrganisationKind.SUPPLIER)
        session.flush()
        asked = collection(session, category_id, [own, other_member])
        change_state(session, user, asked.id, CollectionState.OPEN)
        requirement_submissions.submit(session, user, asked.id, own.id, [line(power, "111", "150")])
        requirement_submissions.submit(
            session,
            user,
            asked.id,
            other_member.id,
            [line(power, OTHER_REQUIREMENT_VOLUME, OTHER_REQUIREMENT_PRICE)],
        )
        record = agreement(session, supplier, category_id, {power: "123.4567"})
        mine = participation(session, record, own, {power: ("120", "150")})
        theirs = participation(
            session, record, other_member, {power: (OTHER_VOLUME, OTHER_BASELINE)}
        )
        gas_record = agreement(
            session, supplier, category_id, {gas: "40"}, title="Gas 2026", reference="RV-G"
        )
        draft = agreement(
            session,
            supplier,
            category_id,
            {power: "99"},
            title="Strom 2028",
            reference="RV-D",
            start=dt.date(2028, 1, 1),
            end=dt.date(2029, 12, 31),
            state=AgreementState.DRAFT,
        )
        document = agreements.attach_document(
            session, user, draft.id, "vertrag.pdf", b"%PDF-1.4 test", "Vertrag"
        )
        fee = service_fee(session, customer, "500")
        session.flush()
        meeting = negotiation_rounds.save_round(
            session,
            user,
            None,
            dt.date(2026, 3, 1),
            "Frühjahrsrunde",
            [category_id],
            [own_head.id, other_head.id],
        )
        ids = (
            category_id,
            power.id,
            gas.id,
            gloves.id,
            asked.id,
            record.id,
            gas_record.id,
            draft.id,
            document.id,
            own.id,
            other_member.id,
            customer.id,
            supplier.id,
            mine.id,
            theirs.id,
            fee.id,
            meeting.id,
            own_head.id,
            other_head.id,
        )
    people = office(db, ids[9], ids[10])
    return Pool(people, *ids)
