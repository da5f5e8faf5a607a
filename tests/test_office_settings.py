"""The office letterhead: defaults from the demo, stored as settings, audited, checked."""

from __future__ import annotations

import pytest
from membership_builders import office_user

from niro_desk.database import Database
from niro_desk.errors import ValidationError
from niro_desk.models import AuditEntry
from niro_desk.office_settings import OfficeDetails, office_details, set_office_details


def test_defaults_change_and_audit(db: Database) -> None:
    with db.reading() as session:
        details = office_details(session)
    assert details == OfficeDetails()
    assert details.address_lines == ["Geschäftsstelle", "Bahnhofstraße 12", "59423 Unna"]
    changed = OfficeDetails(
        "Einkaufsgemeinschaft Süd e. V.", "Lindenweg 3\n80331 München", "post@example.org", "089 1"
    )
    with db.transaction() as session:
        set_office_details(session, office_user(session), changed)
    with db.transaction() as session:
        set_office_details(session, office_user(session), changed)  # unchanged: no entry
    with db.reading() as session:
        assert office_details(session) == changed
        entries = session.query(AuditEntry).filter_by(summary="Office letterhead").all()
    assert len(entries) == 1
    assert entries[0].before["name"] == OfficeDetails().name
    assert entries[0].after["name"] == "Einkaufsgemeinschaft Süd e. V."
    assert changed.return_line == "Einkaufsgemeinschaft Süd e. V. · Lindenweg 3 · 80331 München"


def test_name_required_and_length_limited(db: Database) -> None:
    with db.transaction() as session, pytest.raises(ValidationError):
        set_office_details(session, office_user(session), OfficeDetails(name=" "))
    with db.transaction() as session, pytest.raises(ValidationError):
        set_office_details(session, office_user(session), OfficeDetails(address="x" * 201))
