"""Who a collection workbook belongs to, signed so a changed identity is noticed on return.

Every workbook sent to a participant carries, in a hidden and protected sheet,
the collection, the participant (organisation) and the moment it was
generated, plus an HMAC-SHA256 signature over those three. The key is a
random secret of this database, kept in the shared settings table
(``app_setting``) and created on first use; whoever edits the hidden sheet
cannot produce a valid signature for another collection or participant
without it. The signature protects against mistakes and tampering, not against
someone who has the database.

Tender invitation workbooks carry an ``InvitationIdentity`` (tender, round,
supplier, generation time) signed with the same key; its payload starts with
its own kind (``invitation``), so a collection signature never verifies as an
invitation and the other way round.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from niro_desk.models import AppSetting

SIGNING_KEY_SETTING = "collection_workbook_signing_key"
IDENTITY_MARKER = "NIRO Desk collection workbook"
"""First cell of the hidden identity sheet; the importer finds the sheet by it, not by name."""
IDENTITY_VERSION = "1"
IDENTITY_SHEET = "NIRO Desk"
INVITATION_MARKER = "NIRO Desk tender invitation"
"""First cell of the hidden identity sheet of a tender invitation workbook."""
INVITATION_KIND = "invitation"


@dataclass(frozen=True)
class WorkbookIdentity:
    collection_id: int
    organisation_id: int
    generated_at: dt.datetime
    """UTC, to the microsecond: decides which of two workbooks of a participant is newer."""

    def payload(self) -> bytes:
        stamp = self.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return (f"{IDENTITY_VERSION}|{self.collection_id}|{self.organisation_id}|{stamp}").encode(
            "ascii"
        )

    def stamp(self) -> str:
        return self.payload().decode("ascii").rsplit("|", 1)[1]


@dataclass(frozen=True)
class InvitationIdentity:
    """Who a tender invitation workbook was written for: tender, round and supplier."""

    tender_id: int
    round_number: int
    organisation_id: int
    generated_at: dt.datetime

    def payload(self) -> bytes:
        stamp = self.generated_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        return (
            f"{INVITATION_KIND}|{IDENTITY_VERSION}|{self.tender_id}|{self.round_number}"
            f"|{self.organisation_id}|{stamp}"
        ).encode("ascii")

    def stamp(self) -> str:
        return self.payload().decode("ascii").rsplit("|", 1)[1]


def parse_stamp(text: str) -> dt.datetime:
    """The generation time written by ``WorkbookIdentity.stamp``; ValueError otherwise."""
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


def signing_key(session: Session) -> bytes:
    """This database's signing key; created (once, even with two PCs at the same time)."""
    row = session.get(AppSetting, SIGNING_KEY_SETTING)
    if row is None:
        try:
            with session.begin_nested():
                session.add(AppSetting(key=SIGNING_KEY_SETTING, value=secrets.token_hex(32)))
        except IntegrityError:  # another PC created it a moment ago
            pass
        row = session.scalars(select(AppSetting).where(AppSetting.key == SIGNING_KEY_SETTING)).one()
    return bytes.fromhex(row.value)


def existing_signing_key(session: Session) -> bytes | None:
    """The key if one was ever created (checking a workbook never creates one)."""
    row = session.get(AppSetting, SIGNING_KEY_SETTING)
    return bytes.fromhex(row.value) if row is not None else None


def sign(identity: WorkbookIdentity | InvitationIdentity, key: bytes) -> str:
    return hmac.new(key, identity.payload(), hashlib.sha256).hexdigest()


def verify(
    identity: WorkbookIdentity | InvitationIdentity, signature: str, key: bytes | None
) -> bool:
    if key is None:
        return False
    return hmac.compare_digest(sign(identity, key), signature.strip().lower())
