"""``niro-desk agreement …`` and ``niro-desk member …``: printed agreement summaries and statements.

niro-desk agreement summary AGREEMENT_ID -o FILE.pdf [--year YYYY]
niro-desk agreement participants AGREEMENT_ID -o FILE.xlsx   (cli_agreement_export)
niro-desk member statement ORGANISATION_ID --year YYYY -o FILE.pdf
niro-desk member statements --year YYYY -o FOLDER

They only read: the database must exist and be at the newest schema. The
language of the documents is ``--lang`` (as for messages). The services are
imported only when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from niro_desk import cli_agreement_export

translate = QCoreApplication.translate


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``agreement`` and ``member`` on the main parser's subparsers."""
    agreement = commands.add_parser(
        "agreement",
        help="framework agreements: a summary, the participants for the supplier",
        parents=[common],
    )
    agreement_commands = agreement.add_subparsers(dest="agreement_command", required=True)
    summary = agreement_commands.add_parser(
        "summary", help="summary of an agreement for the board as PDF", parents=[common]
    )
    summary.add_argument("agreement_id", type=int, metavar="AGREEMENT_ID")
    summary.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    summary.add_argument(
        "--year", type=int, metavar="YYYY", help="year of the savings shown (default: this year)"
    )
    cli_agreement_export.add_participants_parser(agreement_commands, common)
    member = commands.add_parser(
        "member", help="a member's yearly statement (savings and fee) as PDF", parents=[common]
    )
    member_commands = member.add_subparsers(dest="member_command", required=True)
    statement = member_commands.add_parser(
        "statement", help="one member's statement for a year as PDF", parents=[common]
    )
    statement.add_argument("organisation_id", type=int, metavar="ORGANISATION_ID")
    statement.add_argument("--year", type=int, required=True, metavar="YYYY")
    statement.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    statements = member_commands.add_parser(
        "statements", help="every member's statement for a year into FOLDER", parents=[common]
    )
    statements.add_argument("--year", type=int, required=True, metavar="YYYY")
    statements.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")


def run(args: argparse.Namespace) -> int:
    if args.command == "agreement" and args.agreement_command == "participants":
        return cli_agreement_export.run(args)
    from niro_desk.cli_commands import open_database_of, require_head
    from niro_desk.i18n import choose_language
    from niro_desk.procurement import agreement_summary, member_statement

    language = choose_language(args.lang, None)
    db = open_database_of(args, create=False)
    try:
        require_head(db)
        if args.command == "agreement":
            with db.reading() as session:
                agreement_summary.write_summary(
                    session, args.agreement_id, args.output, language, args.year
                )
            print(translate("Cli", "Agreement summary written to {path}").format(path=args.output))
            return 0
        if args.member_command == "statement":
            with db.reading() as session:
                member_statement.write_statement(
                    session, args.organisation_id, args.year, args.output, language
                )
            print(translate("Cli", "Statement written to {path}").format(path=args.output))
            return 0

        terminal = sys.stdout.isatty()  # a counter on a terminal; nothing in a log or a pipe

        def progress(done: int, total: int) -> None:
            print(f"\r{done}/{total}", end="", flush=True)

        with db.reading() as session:
            files = member_statement.write_statements(
                session, args.year, args.output, language, progress=progress if terminal else None
            )
        if files and terminal:
            print()
        print(
            translate("Cli", "{count} statement(s) for {year} in {folder}").format(
                count=len(files), year=args.year, folder=args.output
            )
        )
        return 0
    finally:
        db.dispose()
