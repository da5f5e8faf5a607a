"""The permission core: who reads in a session, whose data a viewer may see, and the
own-organisation rule for changes; on both databases."""

from __future__ import annotations

import pytest
from account_builders import LOGINS, act_as, cheap_hashes, office

from niro_desk.database import Database
from niro_desk.errors import PermissionDenied
from niro_desk.permissions import (
    Permission,
    may_see_organisation,
    require_for_organisation,
    require_viewer,
    viewer,
    visible_organisation,
)


@pytest.fixture(autouse=True)
def _cheap(monkeypatch: pytest.MonkeyPatch) -> None:
    cheap_hashes(monkeypatch)


def test_while_accounts_are_off_the_acting_login_sees_everything(db: Database) -> None:
    act_as(db, "os.user")
    with db.reading() as session:
        who = viewer(session)
        assert who.login == "os.user" and who.signed_in
        assert who.permissions == frozenset(Permission)
        assert visible_organisation(session) is None


def test_each_role_sees_what_its_permissions_allow(db: Database) -> None:
    people = office(db)
    for role in ("admin", "staff", "manager"):
        act_as(db, LOGINS[role])
        with db.reading() as session:
            assert visible_organisation(session) is None, role
            assert may_see_organisation(session, people.other_organisation_id)
    act_as(db, LOGINS["head"])
    with db.reading() as session:
        assert visible_organisation(session) == people.own_organisation_id
        assert may_see_organisation(session, people.own_organisation_id)
        assert not may_see_organisation(session, people.other_organisation_id)
        with pytest.raises(PermissionDenied, match="read_all"):
            require_viewer(session, Permission.READ_ALL)
    act_as(db, LOGINS["manager"])
    with db.reading() as session, pytest.raises(PermissionDenied, match="edit_members"):
        require_viewer(session, Permission.EDIT_MEMBERS)


def test_a_login_without_an_account_sees_nothing_once_accounts_are_on(db: Database) -> None:
    office(db)
    act_as(db, "os.user")
    with db.reading() as session:
        assert not viewer(session).signed_in
        with pytest.raises(PermissionDenied, match="sign in"):
            visible_organisation(session)
        assert not may_see_organisation(session, 1)


def test_a_procurement_head_changes_only_its_own_organisations_data(db: Database) -> None:
    people = office(db)
    with db.transaction() as session:
        head = people.user(session, "head")
        require_for_organisation(
            session, head, people.own_organisation_id, Permission.EDIT_PROCUREMENT
        )
        with pytest.raises(PermissionDenied, match="its own organisation"):
            require_for_organisation(
                session, head, people.other_organisation_id, Permission.EDIT_PROCUREMENT
            )
        staff = people.user(session, "staff")
        require_for_organisation(
            session, staff, people.other_organisation_id, Permission.EDIT_PROCUREMENT
        )
        manager = people.user(session, "manager")
        with pytest.raises(PermissionDenied, match="edit_procurement"):
            require_for_organisation(
                session, manager, people.own_organisation_id, Permission.EDIT_PROCUREMENT
            )
        with pytest.raises(PermissionDenied, match="not an active account"):
            require_for_organisation(
                session, people.user(session, "nobody"), 1, Permission.EDIT_PROCUREMENT
            )
