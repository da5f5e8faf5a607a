"""Whom a ``Database`` acts for: one small holder every session of it carries.

The login in it is the signed-in account (or the OS login name while accounts
are off, and the ``--as`` name on the command line). ``niro_desk.permissions``
reads it to decide what a session may see; it lives apart so that opening a
database does not import the models.
"""

from __future__ import annotations

from dataclasses import dataclass

ACTING = "niro_desk.acting"  # session.info key of the holder


@dataclass
class Acting:
    """Who a ``Database`` acts for; one mutable holder shared by all its sessions."""

    login: str = ""
