"""The ``niro-desk`` command: starts the app, or runs maintenance and import/export commands.

niro-desk [--database URL] [--demo] [--lang de|en]    start the desktop app
niro-desk db upgrade | check | backup FILE | restore FILE
niro-desk demo --database URL                         fill an empty database
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from niro_desk import __version__, config, db_backup, demo_network, schema_migrations
from niro_desk.database import Database, display_url, open_database
from niro_desk.errors import NiroDeskError
from niro_desk.messages import render_error
from niro_desk.users import os_login

log = logging.getLogger("niro_desk")


translate = QCoreApplication.translate


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="niro-desk", description="NIRO Desk")
    parser.add_argument("--version", action="version", version=f"NIRO Desk {__version__}")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: SQLite file in the user's data folder;"
        " environment: NIRO_DESK_DATABASE_URL)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on the separate demo database with the fictional network",
    )
    parser.add_argument("--lang", choices=["de", "en"], help="language of the user interface")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply the schema migrations")
    db_commands.add_parser("check", help="schema at head and integrity check")
    backup = db_commands.add_parser("backup", help="write a consistent copy to FILE")
    backup.add_argument("file", type=Path)
    restore = db_commands.add_parser("restore", help="replace the data with the backup FILE")
    restore.add_argument("file", type=Path)

    demo = commands.add_parser("demo", help="fill an empty database with the demo network")
    demo.add_argument("--database", dest="demo_database", metavar="URL", required=True)
    return parser


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
                "Demo network written: {members} members, {customers} customers,"
                " {suppliers} suppliers, {contacts} contacts.",
            ).format(**counts)
        )
        return 0
    finally:
        db.dispose()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "db": _db_command,
    "demo": _demo_command,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        from niro_desk.app import StartOptions, run_gui

        return run_gui(StartOptions(args.database, args.demo, args.lang, args.quit_after_show))
    from niro_desk.i18n import choose_language, install_translators

    core = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = install_translators(core, choose_language(args.lang, None))
    try:
        return COMMANDS[args.command](args)
    except NiroDeskError as error:
        print(
            translate("Cli", "Error: {message}").format(message=render_error(error)),
            file=sys.stderr,
        )
        return 1
    finally:
        del translators


if __name__ == "__main__":
    raise SystemExit(main())
