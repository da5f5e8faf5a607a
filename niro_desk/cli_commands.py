"""The subcommands of ``niro-desk`` (db, demo, members): thin front ends on the services.

Imported only when a subcommand runs, so starting the window does not pay for
openpyxl and the rest.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from niro_desk import config, db_backup, demo_network, demo_tenders, schema_migrations
from niro_desk.database import Database, display_url, open_database
from niro_desk.errors import ImportRejected
from niro_desk.membership import member_export, member_import
from niro_desk.messages import render_error
from niro_desk.models import MembershipStatus
from niro_desk.users import ensure_user, os_login

translate = QCoreApplication.translate


def _open(args: argparse.Namespace, url: str | None = None) -> Database:
    choice = config.choose_database(url or args.database, args.demo)
    return open_database(choice.url)


def _db_command(args: argparse.Namespace) -> int:
    db = _open(args)
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
            for difference in report.differences:
                print(
                    translate("Cli", "Schema differs from the models: {difference}").format(
                        difference=difference
                    )
                )
            for problem in report.integrity_problems:
                print(translate("Cli", "Integrity problem: {problem}").format(problem=problem))
            print(translate("Cli", "OK") if report.ok else translate("Cli", "PROBLEMS FOUND"))
            return 0 if report.ok else 1
        if args.db_command == "backup":
            db_backup.backup(db, args.file)
            print(translate("Cli", "Backup written to {path}").format(path=args.file))
            return 0
        if args.db_command == "restore":
            revision = db_backup.verify_backup(args.file)
            print(
                translate("Cli", "Backup verified (schema version {revision}).").format(
                    revision=revision
                )
            )
            db_backup.restore(db, args.file)
            print(translate("Cli", "Database restored from {path}").format(path=args.file))
            return 0
    finally:
        db.dispose()
    return 2


def _demo_command(args: argparse.Namespace) -> int:
    db = open_database(args.demo_database)
    try:
        schema_migrations.upgrade(db)
        if not demo_network.is_empty(db):
            print(
                translate(
                    "Cli",
                    "The database is not empty: the demo network is only written into an"
                    " empty database.",
                ),
                file=sys.stderr,
            )
            return 1
        counts = demo_network.fill(db, os_login())
        print(
            translate(
                "Cli",
                "Demo network written: {current_members} members, {waiting} on the waiting"
                " list, {applicants} applicants, {former} former members, {customers}"
                " customers, {suppliers} suppliers, {contacts} contacts.",
            ).format(**counts)
        )
        print(demo_tenders.passphrase_notice())
        return 0
    finally:
        db.dispose()


def _print_preview(preview: member_import.ImportPreview, language: str) -> None:
    actions = {"new": translate("Cli", "new"), "update": translate("Cli", "update")}
    words = member_export.STATUS_WORDS.get(language, member_export.STATUS_WORDS["en"])
    for row in preview.rows:
        status = words[MembershipStatus(row.status)] if row.status else "?"
        details = ", ".join(part for part in (status, row.city, row.codes) if part)
        print(
            translate("Cli", "Row {row}: {action:<10} {name} ({details})").format(
                row=row.row, action=actions[row.action], name=row.name, details=details
            )
        )
    print(
        translate("Cli", "{new} new, {update} to update.").format(
            new=preview.new_count, update=preview.update_count
        )
    )
    if preview.warnings:
        print(translate("Cli", "Warnings (they do not stop the import; the office decides):"))
        for warning in preview.warnings:
            print(f"  - {warning}")


def _print_problems(error: ImportRejected) -> None:
    print(render_error(error), file=sys.stderr)
    for problem in error.problems:
        print(f"  {problem}", file=sys.stderr)


def _members_command(args: argparse.Namespace) -> int:
    from niro_desk.i18n import choose_language

    language = choose_language(args.lang, None)
    db = _open(args)
    try:
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
                preview = member_import.preview_import(session, args.file, language=language)
            _print_preview(preview, language)
            if preview.problems:
                raise ImportRejected(
                    member_import.REJECTED,
                    preview.problems,
                    file=args.file.name,
                    count=len(preview.problems),
                )
            if args.dry_run:
                print(translate("Cli", "Dry run: nothing was written."))
                return 0
            with db.transaction() as session:
                user = ensure_user(session, os_login())
                imported = member_import.import_members(session, user, args.file, language=language)
        except ImportRejected as error:
            _print_problems(error)
            return 1
        print(translate("Cli", "{count} organisations imported.").format(count=len(imported.rows)))
        return 0
    finally:
        db.dispose()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "db": _db_command,
    "demo": _demo_command,
    "members": _members_command,
}
