"""``niro-desk user …`` and ``niro-desk accounts on|off``: accounts from the command line.

niro-desk user add NAME --role admin [--role staff ...] [--organisation ID] [--display-name TEXT]
niro-desk user list
niro-desk user reset-password NAME
niro-desk accounts on|off

Passwords are asked for with ``getpass`` (twice for a new one) and never taken
as an argument (they would end up in the shell history and the process list).
When stdin is not a terminal (scripts, tests) they are read from stdin, one
per line. While accounts are off the command acts as the OS user, as every
other command; once they are on it signs in first (``--as NAME``, default the
OS login name), with the same slowdown after wrong passwords as the window.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.database import Database
    from niro_desk.models import OfficeUser

translate = QCoreApplication.translate
ROLE_NAMES = {
    "admin": "admin",
    "staff": "staff",
    "procurement-head": "procurement_head",
    "manager": "manager",
}


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``user`` and ``accounts`` on the main parser's subparsers."""
    user = commands.add_parser(
        "user", help="office accounts: add, list, reset a password", parents=[common]
    )
    user_commands = user.add_subparsers(dest="user_command", required=True)
    add = user_commands.add_parser(
        "add", help="add an account (the password is asked for)", parents=[common]
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument(
        "--role",
        dest="roles",
        action="append",
        required=True,
        choices=sorted(ROLE_NAMES),
        help="a role; repeat for several",
    )
    add.add_argument(
        "--organisation",
        type=int,
        metavar="ID",
        help="the participant organisation a procurement head is bound to",
    )
    add.add_argument("--display-name", default="", metavar="TEXT")
    user_commands.add_parser("list", help="list the accounts", parents=[common])
    reset = user_commands.add_parser(
        "reset-password",
        help="set a new password (asked for) for NAME",
        parents=[common],
    )
    reset.add_argument("name", metavar="NAME")
    accounts = commands.add_parser(
        "accounts", help="turn accounts and sign-in on or off", parents=[common]
    )
    accounts.add_argument("state", choices=["on", "off"])


def _ask(prompt: str) -> str:
    """A password from the terminal without echo, or the next line of stdin."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip("\r\n")


def _new_password(name: str) -> str | None:
    first = _ask(translate("Cli", "New password for {name}: ").format(name=name))
    second = _ask(translate("Cli", "The same password again: "))
    if first != second:
        from niro_desk.cli import print_error

        print_error(translate("Cli", "the two passwords differ; nothing was changed"))
        return None
    return first


def sign_in(db: Database, args: argparse.Namespace, *, as_account: bool = True) -> Database:
    """Act as the OS user while accounts are off; once they are on, sign in first
    (``--as NAME``, default the OS login name; the password is asked for).

    Returns the database to go on with: on a shared PostgreSQL database the
    account's own connection (``account_sign_in``; the caller disposes ``db`` then),
    unless ``as_account`` is False (the owner's maintenance: ``db upgrade``, backups),
    which signs in but goes on with the address's own connection.
    """
    from sqlalchemy import inspect

    from niro_desk import account_sign_in
    from niro_desk.account_roles import shared_prefix
    from niro_desk.permissions import accounts_enabled
    from niro_desk.users import os_login

    login = getattr(args, "sign_in_as", None) or os_login()
    db.acting.login = login
    tables = inspect(db.engine)
    if not (tables.has_table("office_user") and tables.has_table("app_setting")):
        return db  # a new or old database: no accounts to sign in to yet
    with db.reading() as session:
        enabled = accounts_enabled(session)
        shared = enabled and shared_prefix(session) is not None
    if not enabled:
        db.acting.login = os_login()
        return db
    password = _ask(translate("Cli", "Password of {name}: ").format(name=login))
    signed = account_sign_in.sign_in(db, login, password, shared=shared and as_account)
    if signed.outcome.refusal is not None:
        db.acting.login = ""
        raise signed.outcome.refusal
    signed.db.acting.login = login
    return signed.db


def _acting_user(session: Session, args: argparse.Namespace) -> OfficeUser:
    """The user the command signed in as (``sign_in``, run when the database opened)."""
    from niro_desk.permissions import acting_login
    from niro_desk.users import ensure_user

    return ensure_user(session, acting_login(session))


def _add(db: Database, args: argparse.Namespace) -> int:
    from niro_desk import accounts

    with db.transaction() as session:
        user = _acting_user(session, args)
        password = _new_password(args.name)
        if password is None:
            return 1
        account = accounts.add_user(
            session,
            user,
            args.name,
            password,
            [ROLE_NAMES[role] for role in args.roles],
            display_name=args.display_name,
            organisation_id=args.organisation,
        )
        roles = ", ".join(sorted(role.value for role in account.role_set()))
    print(translate("Cli", "Account {name} added ({roles}).").format(name=args.name, roles=roles))
    return 0


def _list(db: Database, args: argparse.Namespace) -> int:
    from niro_desk import accounts

    with db.transaction() as session:
        rows = accounts.list_accounts(session, _acting_user(session, args))
    for row in rows:
        state = [translate("Cli", "active") if row.active else translate("Cli", "deactivated")]
        if not row.has_password:
            state.append(translate("Cli", "no password"))
        print(
            "\t".join(
                [
                    row.login,
                    row.display_name,
                    ",".join(role.value for role in row.roles) or "-",
                    row.organisation or "-",
                    ", ".join(state),
                ]
            )
        )
    return 0


def _reset(db: Database, args: argparse.Namespace) -> int:
    from niro_desk import accounts
    from niro_desk.errors import NotFound

    with db.transaction() as session:
        user = _acting_user(session, args)
        account = accounts.account_by_login(session, args.name)
        if account is None:
            raise NotFound(accounts.UNKNOWN_LOGIN, login=args.name)
        password = _new_password(args.name)
        if password is None:
            return 1
        accounts.reset_password(session, user, account.id, password)
    print(translate("Cli", "Password of {name} reset.").format(name=args.name))
    return 0


def _accounts(db: Database, args: argparse.Namespace) -> int:
    from niro_desk import accounts

    enabled = args.state == "on"
    with db.transaction() as session:
        accounts.set_accounts_enabled(session, _acting_user(session, args), enabled)
    print(
        translate("Cli", "Accounts are on: NIRO Desk asks everyone to sign in.")
        if enabled
        else translate("Cli", "Accounts are off: NIRO Desk acts as the OS user.")
    )
    return 0


def run(args: argparse.Namespace) -> int:
    from niro_desk import schema_migrations
    from niro_desk.cli_commands import open_database_of

    db = open_database_of(args)
    try:
        schema_migrations.upgrade(db)
        if args.command == "accounts":
            return _accounts(db, args)
        commands = {"add": _add, "list": _list, "reset-password": _reset}
        return commands[args.user_command](db, args)
    finally:
        db.dispose()
