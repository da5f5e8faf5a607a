"""The demo network, one module per area: ``members``, ``procurement``, ``tenders``.

``fill(db, login)`` writes the whole demo into an empty, migrated database in one
transaction (``members.fill`` adds the procurement pool and the tenders inside it);
``is_empty(db)`` says whether it may. The names the app, the command line and the
tests use are re-exported here, so ``from niro_desk import demo`` is enough.
"""

from __future__ import annotations

from niro_desk.demo.members import (
    CONFLICTING_APPLICANT,
    DEMO_CAP,
    MATERIAL_ONLY_APPLICANT,
    fill,
    is_empty,
)
from niro_desk.demo.tenders import DEMO_PASSPHRASE, SEALED_TITLE, passphrase_notice

__all__ = [
    "CONFLICTING_APPLICANT",
    "DEMO_CAP",
    "DEMO_PASSPHRASE",
    "MATERIAL_ONLY_APPLICANT",
    "SEALED_TITLE",
    "fill",
    "is_empty",
    "passphrase_notice",
]
