"""Signing in to a database, by the window and the command line alike.

Usually the account's name and password are checked by ``accounts.sign_in``
on the database as opened. On a shared PostgreSQL database (roles set up by
``niro-desk db setup-roles``) the account is also a database role: the sign-in
connects anew as that role with the typed password, then the same argon2
check and slowdown run on that connection, and the caller goes on with the
account's own ``Database`` (so the server's grants and row-level security see
who is working). The server refusing the name or password is reported like a
wrong password; its words (and the URL with the password) never reach the user.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from niro_desk import accounts
from niro_desk.account_roles import check_role_name, shared_prefix
from niro_desk.database import Database, open_database
from niro_desk.errors import SignInRefused, ValidationError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SignedIn:
    """The outcome, and the database to go on with (the account's own on a shared
    PostgreSQL database after success, else the one signed in to)."""

    outcome: accounts.SignInOutcome
    db: Database


def is_shared(db: Database) -> bool:
    """Whether ``db`` is a shared PostgreSQL database whose accounts are database roles."""
    if db.is_sqlite:
        return False
    with db.reading() as session:
        return shared_prefix(session) is not None


def account_url(url: str, login: str, password: str) -> str:
    """``url`` with the account's name and password as the database user."""
    return (
        make_url(url).set(username=login, password=password).render_as_string(hide_password=False)
    )


def sign_in(db: Database, login: str, password: str, *, shared: bool | None = None) -> SignedIn:
    """Check ``login`` and ``password`` (a failure is counted and committed)."""
    login = login.strip()
    if shared is None:
        shared = is_shared(db)
    if not shared:
        with db.transaction() as session:
            outcome = accounts.sign_in(session, login, password)
        return SignedIn(outcome, db)
    try:
        check_role_name(login)
    except ValidationError:
        return SignedIn(accounts.wrong_name_or_password(password), db)
    own = open_database(account_url(db.url, login, password))
    own.acting.login = login
    try:
        with own.transaction() as session:
            outcome = accounts.sign_in(session, login, password)
    except OperationalError as error:
        own.dispose()
        return SignedIn(_refused_by_server(error, own.url, login, password), db)
    except BaseException:
        own.dispose()
        raise
    if outcome.user is None:
        own.dispose()
        return SignedIn(outcome, db)
    return SignedIn(outcome, own)


def _refused_by_server(
    error: OperationalError, url: str, login: str, password: str
) -> accounts.SignInOutcome:
    """The server did not let the account connect: a wrong name or password (or a
    deactivated role); anything else (server gone) is ``DatabaseUnavailable``."""
    from niro_desk.database_problems import DatabaseUnavailable, ProblemKind, classify

    problem = classify(error, url)
    reason = str(error.orig or error)
    log.info("the database refused the sign-in of %s: %s", login, problem.detail or problem.kind)
    if problem.kind is not ProblemKind.ACCESS_DENIED or "permission denied for" in reason:
        raise DatabaseUnavailable(problem) from None
    if "is not permitted to log in" in reason:  # only said after the password was right
        return accounts.SignInOutcome(None, SignInRefused(accounts.DEACTIVATED, login=login))
    return accounts.wrong_name_or_password(password)
