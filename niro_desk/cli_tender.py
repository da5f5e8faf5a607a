"""``niro-desk tender …``: opening a round, printing the opening protocol and the evaluation.

niro-desk tender open TENDER_ID --round N [--present NAME ...]
niro-desk tender protocol TENDER_ID --round N -o FILE.pdf
niro-desk tender evaluation TENDER_ID -o FILE.pdf

The opening passphrase is asked for with ``getpass`` and never taken as an
argument (it would end up in the shell history and the process list). The
services are imported only when a tender command runs.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``tender`` and its subcommands on the main parser's subparsers; ``common``
    carries ``--database``/``--lang`` so they work after the subcommand too."""
    tender = commands.add_parser(
        "tender", help="tenders: open a round, print protocol/evaluation", parents=[common]
    )
    tender_commands = tender.add_subparsers(dest="tender_command", required=True)
    opening = tender_commands.add_parser(
        "open", help="open the sealed bids of a round (asks for the passphrase)", parents=[common]
    )
    opening.add_argument("tender_id", type=int, metavar="TENDER_ID")
    opening.add_argument("--round", dest="round_number", type=int, required=True, metavar="N")
    opening.add_argument(
        "--present",
        nargs="+",
        metavar="NAME",
        help="who is present at the opening (asked for when left out)",
    )
    protocol = tender_commands.add_parser(
        "protocol", help="opening protocol of a round as PDF", parents=[common]
    )
    protocol.add_argument("tender_id", type=int, metavar="TENDER_ID")
    protocol.add_argument("--round", dest="round_number", type=int, required=True, metavar="N")
    protocol.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    evaluation = tender_commands.add_parser(
        "evaluation", help="evaluation for the board as PDF", parents=[common]
    )
    evaluation.add_argument("tender_id", type=int, metavar="TENDER_ID")
    evaluation.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")


def _present(args: argparse.Namespace) -> list[str]:
    if args.present:
        return list(args.present)
    print(translate("Cli", "Who is present? One name per line, an empty line ends:"))
    names = []
    for line in sys.stdin:
        if not line.strip():
            break
        names.append(line.strip())
    return names


def run(args: argparse.Namespace) -> int:
    from niro_desk import schema_migrations
    from niro_desk.cli_commands import open_database_of
    from niro_desk.i18n import choose_language
    from niro_desk.procurement import tender_opening, tenders
    from niro_desk.procurement.evaluation_report import write_evaluation_report
    from niro_desk.procurement.opening_protocol import write_opening_protocol
    from niro_desk.users import ensure_user, os_login

    language = choose_language(args.lang, None)
    db = open_database_of(args)
    try:
        schema_migrations.upgrade(db)
        if args.tender_command == "evaluation":
            with db.reading() as session:
                write_evaluation_report(session, args.tender_id, args.output, language)
            print(translate("Cli", "Evaluation written to {path}").format(path=args.output))
            return 0
        if args.tender_command == "protocol":
            with db.reading() as session:
                tender_round = tenders.round_by_number(session, args.tender_id, args.round_number)
                write_opening_protocol(session, tender_round.id, args.output, language)
            print(translate("Cli", "Opening protocol written to {path}").format(path=args.output))
            return 0
        present = _present(args)
        passphrase = getpass.getpass(translate("Cli", "Opening passphrase: "))
        with db.transaction() as session:
            tender_round = tenders.round_by_number(session, args.tender_id, args.round_number)
            result = tender_opening.open_round(
                session, ensure_user(session, os_login()), tender_round.id, passphrase, present
            )
            title = tender_round.tender.title
        if not result.opened:
            print(
                translate(
                    "Cli",
                    "The passphrase does not open round {number} of {title}. Nothing was"
                    " opened; the attempt is recorded.",
                ).format(number=args.round_number, title=title),
                file=sys.stderr,
            )
            return 1
        print(
            translate(
                "Cli",
                "Round {number} of {title} opened: {bids} bids, {late} late bids excluded.",
            ).format(
                number=args.round_number,
                title=title,
                bids=result.bids_opened,
                late=result.late_excluded,
            )
        )
        return 0
    finally:
        db.dispose()
