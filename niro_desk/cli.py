"""The ``niro-desk`` command: starts the app, or runs maintenance and import/export commands.

niro-desk [--database URL] [--demo] [--lang de|en]    start the desktop app
niro-desk db upgrade | check | backup FILE | restore FILE
niro-desk demo --database URL                         fill an empty database
niro-desk members import FILE.xlsx [--dry-run] | export FILE.xlsx
niro-desk tender open TENDER_ID --round N | protocol … | evaluation …
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from niro_desk import __version__, cli_tender
from niro_desk.errors import NiroDeskError
from niro_desk.messages import render_error

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

    members = commands.add_parser("members", help="member directory to and from Excel (.xlsx)")
    member_commands = members.add_subparsers(dest="members_command", required=True)
    member_import = member_commands.add_parser(
        "import", help="import member organisations from FILE (all rows or nothing)"
    )
    member_import.add_argument("file", type=Path)
    member_import.add_argument(
        "--dry-run",
        action="store_true",
        help="check FILE and show what would change; write nothing",
    )
    member_export = member_commands.add_parser(
        "export", help="write members, waiting list and contacts to FILE"
    )
    member_export.add_argument("file", type=Path)
    cli_tender.add_parser(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(
        # The window logs its start-up phases; commands print their own results.
        level=logging.DEBUG
        if args.verbose
        else (logging.INFO if args.command is None else logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    if args.command is None:
        from niro_desk.app import StartOptions, run_gui

        return run_gui(StartOptions(args.database, args.demo, args.lang, args.quit_after_show))
    from niro_desk import cli_commands
    from niro_desk.i18n import choose_language, install_translators, remove_translators

    core = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = install_translators(core, choose_language(args.lang, None))
    try:
        if args.command == "tender":
            return cli_tender.run(args)
        return cli_commands.COMMANDS[args.command](args)
    except NiroDeskError as error:
        print(
            translate("Cli", "Error: {message}").format(message=render_error(error)),
            file=sys.stderr,
        )
        return 1
    finally:
        remove_translators(core, translators)  # main() may run in-process (tests, scripts)


if __name__ == "__main__":
    raise SystemExit(main())
