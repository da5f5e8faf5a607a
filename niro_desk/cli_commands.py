"""The subcommands of ``niro-desk`` (db, demo, members): thin front ends on the services.

Imported only when a subcommand runs, so starting the window does not pay for
openpyxl and the rest.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from niro_desk import db_backup, demo, schema_migrations
from niro_desk.cli import print_error
from niro_desk.cli_user import sign_in
from niro_desk.database import Database, display_url
from niro_desk.database_problems import open_checked
from niro_desk.errors import QT_TRANSLATE_NOOP, DatabaseError, ImportRejected
from niro_desk.membership import member_export, member_import
from niro_desk.messages import render_error
from niro_desk.models import MembershipStatus
from niro_desk.users import ensure_user, os_login
from niro_desk.workbook import rejected

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from niro_desk.models import OfficeUser

translate = QCoreApplication.translate


NOT_AT_HEAD = QT_TRANSLATE_NOOP(
    "Messages",
    "The database is not at the newest schema version (it has {revision}, the newest is"
    " {head}). Run niro-desk db upgrade first: this command only reads and changes nothing.",
)


def open_database_of(
    args: argparse.Namespace, *, create: bool = True, as_account: bool = True
) -> Database:
    """The database chosen on the command line (``args.database_url``, set by ``cli.main``).

    ``create=False`` for commands that only read: a missing SQLite file is then an
    error, and neither it nor its folder is created. On a shared PostgreSQL database the
    signed-in account's own connection is returned; ``as_account=False`` keeps the
    address's own (the owner's maintenance commands).
    """
    db = open_checked(args.database_url, create=create)
    try:
        signed_in = sign_in(db, args, as_account=as_account)
    except BaseException:
        db.dispose()
        raise
    if signed_in is not db:  # a shared PostgreSQL database: the account's own connection
        db.dispose()
    return signed_in


def acting_user(session: Session) -> OfficeUser:
    """The user the command acts as (signed in by ``open_database_of``)."""
    from niro_desk.permissions import acting_login

    return ensure_user(session, acting_login(session) or os_login())


def require_head(db: Database) -> None:
    """For commands that only read: refuse a schema that is not at head instead of upgrading."""
    with db.engine.connect() as connection:
        revision = schema_migrations.current_revision(connection)
    if revision != schema_migrations.SCHEMA_HEAD:
        raise DatabaseError(
            NOT_AT_HEAD, revision=revision or "-", head=schema_migrations.SCHEMA_HEAD
        )


def _db_command(args: argparse.Namespace) -> int:
    # the owner's maintenance: DDL and every row need the address's own connection
    db = open_database_of(
        args, create=args.db_command not in ("check", "backup", "setup-roles"), as_account=False
    )
    try:
        if args.db_command == "upgrade":
            saved = schema_migrations.upgrade(db)
            if saved is not None:
                print(translate("Cli", "Backup of the old version: {path}").format(path=saved))
            print(
                translate("Cli", "Schema is at version {head}.").format(
                    head=schema_migrations.head_revision()
                )
            )
            return 0
        if args.db_command == "check":
            report = schema_migrations.check(db)
            print(translate("Cli", "Database: {url}").format(url=display_url(db.url)))
            print(
                translate("Cli", "Schema version: {revision} (newest: {head})").format(
                    revision=report.revision or "-", head=report.head
                )
            )
            for finding in report.findings:
                print(finding.text())
            print(translate("Cli", "OK") if report.ok else translate("Cli", "PROBLEMS FOUND"))
            return 0 if report.ok else 1
        if args.db_command == "backup":
            db_backup.backup(db, args.file)
            print(translate("Cli", "Backup written to {path}").format(path=args.file))
            return 0
        if args.db_command == "restore":
            return _restore(db, args)
        if args.db_command == "setup-roles":
            return _setup_roles(db, args)
    finally:
        db.dispose()
    return 2


def _setup_roles(db: Database, args: argparse.Namespace) -> int:
    """Group roles, grants, row-level security and a login role per account (PostgreSQL)."""
    from niro_desk import db_roles

    if db.is_sqlite:
        raise DatabaseError(db_roles.NEEDS_POSTGRES)
    require_head(db)
    report = db_roles.setup_roles(db.engine, args.prefix)
    print(
        translate("Cli", "Database roles set up with the prefix {prefix}.").format(
            prefix=report.prefix
        )
    )
    for name in report.groups_created:
        print(translate("Cli", "Group role created: {name}").format(name=name))
    print(
        translate(
            "Cli", "Privileges granted on {tables} tables; {policies} row-level policies."
        ).format(tables=report.tables, policies=report.policies)
    )
    for login in report.logins_created:
        print(translate("Cli", "Login role created (no password yet): {login}").format(login=login))
    for login in report.logins_updated:
        print(translate("Cli", "Login role updated: {login}").format(login=login))
    for login, reason in report.logins_skipped:
        print(
            translate("Cli", "Skipped {login}: {reason}").format(
                login=login, reason=render_error(reason)
            )
        )
    if report.logins_created:
        print(
            translate(
                "Cli",
                "An administrator sets each account's password in NIRO Desk before it can connect.",
            )
        )
    return 1 if report.logins_skipped else 0


YES_ANSWERS = {"y", "yes", "j", "ja"}


def _restore(db: Database, args: argparse.Namespace) -> int:
    """Verify the backup, show what it replaces, ask (unless --yes), then restore.

    Someone who may not restore is refused before anything is asked.
    """
    from niro_desk.i18n import choose_language
    from niro_desk.permissions import Permission

    db_backup.require_acting(db, Permission.MANAGE_SETTINGS)

    language = choose_language(args.lang, None)
    summary = db_backup.verify_backup(args.file)
    print(translate("Cli", "Backup verified: {path}").format(path=args.file))
    print(db_backup.describe_backup(summary, language))
    rows = [
        ("", translate("Cli", "now in the database"), translate("Cli", "in the backup")),
        *db_backup.comparison_rows(db_backup.current_counts(db), summary, language),
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for what, now, then in rows:
        print(f"  {what:<{widths[0]}}  {now:>{widths[1]}}  {then:>{widths[2]}}")
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise DatabaseError(NEEDS_CONFIRMATION)
        question = translate(
            "Cli",
            "Replace the data of {database} with this backup? A safety copy of the current"
            " data is written first. [y/N] ",
        ).format(database=display_url(db.url))
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip().lower() not in YES_ANSWERS:
            print(translate("Cli", "Nothing was changed."))
            return 1
    result = db_backup.restore(db, args.file, expected_digest=summary.digest)
    print(
        translate("Cli", "Safety copy of the replaced data: {path}").format(path=result.safety_copy)
    )
    print(translate("Cli", "Database restored from {path}").format(path=args.file))
    return 0


NEEDS_CONFIRMATION = QT_TRANSLATE_NOOP(
    "Messages",
    "db restore asks before it replaces the data, but there is no terminal to ask on:"
    " add --yes to restore without asking.",
)


def _demo_command(args: argparse.Namespace) -> int:
    db = open_database_of(args)
    try:
        schema_migrations.upgrade(db)
        if not demo.is_empty(db):
            print_error(
                translate(
                    "Cli",
                    "The database is not empty: the demo network is only written into an"
                    " empty database.",
                )
            )
            return 1
        counts = demo.fill(db, os_login())
        print(
            translate(
                "Cli",
                "Demo network written: {current_members} members, {waiting} on the waiting"
                " list, {applicants} applicants, {former} former members, {customers}"
                " customers, {suppliers} suppliers, {contacts} contacts.",
            ).format(**counts)
        )
        print(demo.passphrase_notice())
        return 0
    finally:
        db.dispose()


def _print_preview(preview: member_import.ImportPreview, language: str) -> None:
    actions = {
        "new": translate("Cli", "new"),
        "update": translate("Cli", "update"),
        "unchanged": translate("Cli", "unchanged"),
    }
    words = member_export.STATUS_WORDS.get(language, member_export.STATUS_WORDS["en"])
    for row in preview.rows:
        status = words[MembershipStatus(row.status)] if row.status else ""
        details = ", ".join(part for part in (status, row.city, row.codes) if part)
        print(
            translate("Cli", "{sheet}, row {row}: {action:<10} {name} ({details})").format(
                sheet=row.sheet,
                row=row.row,
                action=actions.get(row.action, row.action),
                name=row.name,
                details=details,
            )
            if details
            else translate("Cli", "{sheet}, row {row}: {action:<10} {name}").format(
                sheet=row.sheet,
                row=row.row,
                action=actions.get(row.action, row.action),
                name=row.name,
            )
        )
        for change in row.changes:
            print(f"    {change}")
    if preview.rows and preview.nothing_to_do:
        print(translate("Cli", "Nothing to do: the workbook matches NIRO Desk."))
    else:
        print(
            translate("Cli", "{new} new, {update} to update, {unchanged} unchanged.").format(
                new=preview.new_count,
                update=preview.update_count,
                unchanged=preview.unchanged_count,
            )
        )
    if preview.warnings:
        print(translate("Cli", "Warnings (they do not stop the import; the office decides):"))
        for warning in preview.warnings:
            print(f"  - {warning}")


def _print_problems(error: ImportRejected) -> None:
    print_error(render_error(error))
    for problem in error.problems:
        print(f"  {problem}", file=sys.stderr)


def _members_command(args: argparse.Namespace) -> int:
    from niro_desk.i18n import choose_language

    language = choose_language(args.lang, None)
    reads_only = args.members_command == "export" or args.dry_run
    db = open_database_of(args, create=not reads_only)
    try:
        if reads_only:
            require_head(db)
        else:
            saved = schema_migrations.upgrade(db)
            if saved is not None:
                print(translate("Cli", "Backup of the old version: {path}").format(path=saved))
        if args.members_command == "export":
            with db.reading() as session:
                count = member_export.export_members(session, args.file, language)
            print(
                translate("Cli", "{count} members written to {path}").format(
                    count=count, path=args.file
                )
            )
            return 0
        try:
            with db.reading() as session:
                plan = member_import.check_import(session, args.file, language=language)
            preview = plan.preview
            _print_preview(preview, language)
            if preview.problems:
                raise rejected(args.file.name, preview.problems)
            if args.dry_run:
                print(translate("Cli", "Dry run: nothing was written."))
                return 0
            imported = member_import.run_import(
                db,
                acting_user,
                args.file,
                language=language,
                plan=plan,
            )
        except ImportRejected as error:
            _print_problems(error)
            return 1
        written = imported.new_count + imported.update_count
        print(translate("Cli", "{count} rows imported.").format(count=written))
        return 0
    finally:
        db.dispose()


def _collection_command(args: argparse.Namespace) -> int:
    from niro_desk import cli_collection

    return cli_collection.run(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "collection": _collection_command,
    "db": _db_command,
    "demo": _demo_command,
    "members": _members_command,
}
