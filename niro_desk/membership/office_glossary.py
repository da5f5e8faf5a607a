"""The office's own product terms: add, remove, list; and the glossary the check uses.

The shipped glossary (``product_glossary``) cannot know every product of a
region. The office adds a term with its German and English name, synonyms
and, if it narrows a known one, the broader term ("Kreiselpumpe" → "Pumpe");
an entry with a German term the file already has adds its spellings to it.
Every change is audited. ``glossary_for(session)`` is the file plus the
office's entries, as the competitor check uses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from niro_desk import audit
from niro_desk.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from niro_desk.membership.market_terms import Glossary
from niro_desk.membership.product_glossary import (
    GlossaryTerm,
    TermKind,
    file_entries,
    split_synonyms,
)
from niro_desk.models import GlossaryEntry, OfficeUser
from niro_desk.permissions import Permission, require, require_viewer
from niro_desk.text_keys import fold

MAX_LENGTH = 200


@dataclass
class GlossaryInput:
    """What the office types for a new glossary entry."""

    german: str
    english: str
    synonyms: str = ""  # separated by "|" or ","
    broader: str = ""
    kind: TermKind = TermKind.PRODUCT


def office_entries(session: Session) -> list[GlossaryEntry]:
    """The office's entries, alphabetically by German term (for anyone signed in)."""
    require_viewer(session)
    return list(session.scalars(select(GlossaryEntry).order_by(GlossaryEntry.key)))


def as_term(entry: GlossaryEntry) -> GlossaryTerm:
    """An office entry in the form the matcher reads."""
    return GlossaryTerm(
        german=entry.german,
        english=entry.english,
        synonyms=split_synonyms(entry.synonyms),
        broader=entry.broader,
        kind=TermKind(entry.kind),
        office_id=entry.id,
    )


def all_terms(session: Session) -> list[GlossaryTerm]:
    """The shipped glossary followed by the office's entries."""
    return [*file_entries(), *(as_term(entry) for entry in office_entries(session))]


_cache: dict[tuple[tuple[object, ...], ...], Glossary] = {}


def glossary_for(session: Session) -> Glossary:
    """The glossary the competitor check uses: file and office entries.

    Built once per set of office entries (the last one is kept), so repeated
    checks reuse the analyses of market names.
    """
    rows = session.execute(
        select(
            GlossaryEntry.id,
            GlossaryEntry.german,
            GlossaryEntry.english,
            GlossaryEntry.synonyms,
            GlossaryEntry.broader,
            GlossaryEntry.kind,
        ).order_by(GlossaryEntry.key)
    ).all()
    signature = tuple(tuple(row) for row in rows)
    glossary = _cache.get(signature)
    if glossary is None:
        terms = [
            GlossaryTerm(
                german=german,
                english=english,
                synonyms=split_synonyms(synonyms),
                broader=broader,
                kind=TermKind(kind),
                office_id=entry_id,
            )
            for entry_id, german, english, synonyms, broader, kind in rows
        ]
        glossary = Glossary([*file_entries(), *terms])
        _cache.clear()
        _cache[signature] = glossary
    return glossary


def _known_terms(session: Session) -> set[str]:
    return {fold(term.german) for term in all_terms(session)}


def _validate(session: Session, data: GlossaryInput) -> tuple[str, str, str, str]:
    german, english, broader = data.german.strip(), data.english.strip(), data.broader.strip()
    synonyms = " | ".join(split_synonyms(data.synonyms.replace(",", "|")))
    if not fold(german):
        raise ValidationError("german", QT_TRANSLATE_NOOP("Messages", "Enter the German term."))
    if not fold(english):
        raise ValidationError("english", QT_TRANSLATE_NOOP("Messages", "Enter the English term."))
    for field_name, value in (("german", german), ("english", english), ("broader", broader)):
        if len(value) > MAX_LENGTH:
            raise ValidationError(
                field_name,
                QT_TRANSLATE_NOOP("Messages", "At most {limit} characters."),
                limit=MAX_LENGTH,
            )
    key = fold(german)
    if session.scalar(select(GlossaryEntry.id).where(GlossaryEntry.key == key)) is not None:
        raise ValidationError(
            "german",
            QT_TRANSLATE_NOOP("Messages", "The office has already added “{term}”."),
            term=german,
        )
    if broader:
        if fold(broader) == key:
            raise ValidationError(
                "broader",
                QT_TRANSLATE_NOOP("Messages", "A term cannot be broader than itself."),
            )
        if fold(broader) not in _known_terms(session):
            raise ValidationError(
                "broader",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{term}” is not in the glossary: give the German term of an existing"
                    " entry, or leave the field empty.",
                ),
                term=broader,
            )
    return german, english, synonyms, broader


def add_entry(session: Session, user: OfficeUser, data: GlossaryInput) -> GlossaryEntry:
    """Add the office's own glossary entry; audited. Needs ``EDIT_MEMBERS``."""
    require(session, user, Permission.EDIT_MEMBERS)
    german, english, synonyms, broader = _validate(session, data)
    entry = GlossaryEntry(
        german=german,
        key=fold(german),
        english=english,
        synonyms=synonyms,
        broader=broader,
        kind=TermKind(data.kind).value,
        added_by=user,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session,
        user,
        "glossary_entry_added",
        "glossary_entry",
        entry.id,
        f"Glossary entry added: {german} / {english}",
        None,
        audit.snapshot(entry, exclude=("added_at",)),
    )
    return entry


def remove_entry(session: Session, user: OfficeUser, entry_id: int) -> None:
    """Remove one of the office's glossary entries; audited. The shipped ones stay.

    Needs ``EDIT_MEMBERS``.
    """
    require(session, user, Permission.EDIT_MEMBERS)
    entry = session.get(GlossaryEntry, entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "This glossary entry no longer exists."))
    audit.record(
        session,
        user,
        "glossary_entry_removed",
        "glossary_entry",
        entry.id,
        f"Glossary entry removed: {entry.german} / {entry.english}",
        audit.snapshot(entry, exclude=("added_at",)),
        None,
    )
    session.delete(entry)
    session.flush()
