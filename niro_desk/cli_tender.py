"""``niro-desk tender …``: opening a round, printing the opening protocol and the evaluation.

niro-desk tender open TENDER_ID --round N [--present NAME ...]
niro-desk tender protocol TENDER_ID --round N -o FILE.pdf
niro-desk tender evaluation TENDER_ID -o FILE.pdf|FILE.xlsx
niro-desk tender invitations TENDER_ID [--supplier ID]... -o FOLDER [--emails]
niro-desk tender import-bids TENDER_ID FILE_OR_FOLDER... [--dry-run]

``import-bids`` checks every returned bid workbook, reports each file (supplier,
lots covered, validity, time received, late; never a price) and enters all
bids in one transaction, or none when any file is refused (exit 1). With
``--dry-run`` it only checks: it creates and upgrades no database.

Once accounts are on every command signs in (``--as NAME``) and the services refuse
what the account may not do: opening, invitations and importing need
``edit_procurement``, the protocol and the evaluation ``read_all`` (a procurement
head sees no bid). ``open`` refuses before it asks for names and the passphrase.

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
        "tender",
        help="tenders: invitations, import bids, open a round, print protocol/evaluation",
        parents=[common],
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
        "evaluation",
        help="evaluation for the board as PDF, or as Excel workbook with -o FILE.xlsx",
        parents=[common],
    )
    evaluation.add_argument("tender_id", type=int, metavar="TENDER_ID")
    evaluation.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.pdf|FILE.xlsx",
        help="a name ending in .xlsx writes the workbook, any other the PDF",
    )
    invitations = tender_commands.add_parser(
        "invitations",
        help="write an invitation workbook per supplier of the open round (and e-mail drafts)",
        parents=[common],
    )
    invitations.add_argument("tender_id", type=int, metavar="TENDER_ID")
    invitations.add_argument(
        "--supplier",
        type=int,
        action="append",
        metavar="ID",
        help="only this supplier (organisation id); may be repeated",
    )
    invitations.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    invitations.add_argument(
        "--emails", action="store_true", help="also write an .eml draft per supplier"
    )
    imports = tender_commands.add_parser(
        "import-bids",
        help="import returned bid workbooks (files or folders): all bids, or none",
        parents=[common],
    )
    imports.add_argument("tender_id", type=int, metavar="TENDER_ID")
    imports.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    imports.add_argument(
        "--dry-run", action="store_true", help="check and report only; write nothing"
    )


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


def _invitations(db: Any, args: argparse.Namespace) -> int:
    from niro_desk.procurement.tender_invitation import generate_invitations
    from niro_desk.procurement.tender_invitation_mail import prepare_invitation_emails

    folder: Path = args.output
    with db.transaction() as session:  # the signing key is created on first use
        if args.emails:
            batch = prepare_invitation_emails(session, args.tender_id, folder, args.supplier)
            made = [(d.organisation, d.workbook, d.draft, d.recipients) for d in batch.drafts]
        else:
            made = [
                (w.organisation, w.path, None, [])
                for w in generate_invitations(session, args.tender_id, folder, args.supplier)
            ]
    for name, workbook, draft, to in made:
        print(translate("Cli", "Workbook for {name}: {path}").format(name=name, path=workbook))
        if draft is not None:
            print(
                translate("Cli", "  e-mail draft to {to}: {path}").format(
                    to=", ".join(to), path=draft
                )
            )
    if not args.emails:
        print(
            translate("Cli", "{count} invitation workbook(s) in {folder}").format(
                count=len(made), folder=folder
            )
        )
        return 0
    for name, _workbook, draft, _to in made:
        if draft is None:
            print(
                translate(
                    "Cli", "No e-mail address for {name}: send its workbook yourself."
                ).format(name=name),
                file=sys.stderr,
            )
    print(
        translate(
            "Cli", "{count} invitation workbook(s), {drafts} e-mail draft(s) in {folder}"
        ).format(count=len(made), drafts=sum(1 for m in made if m[2] is not None), folder=folder)
    )
    return 0


def _lots_text(lots: tuple[int, ...]) -> str:
    return ", ".join(str(number) for number in lots) or "–"


def _import_bids(args: argparse.Namespace) -> int:
    from niro_desk import cli_commands, schema_migrations
    from niro_desk.formatting import format_date
    from niro_desk.i18n import choose_language
    from niro_desk.procurement.berlin_time import berlin_text
    from niro_desk.procurement.bid_import import check_bid_workbooks, save_bid_import

    language = choose_language(args.lang, None)
    if args.dry_run:  # only reads: creates and upgrades nothing
        db = cli_commands.open_database_of(args, create=False)
        cli_commands.require_head(db)
    else:
        db = cli_commands.open_database_of(args)
        saved = schema_migrations.upgrade(db)
        if saved is not None:
            print(translate("Cli", "Backup of the old version: {path}").format(path=saved))
    try:
        with db.reading() as session:
            plan = check_bid_workbooks(session, args.tender_id, args.paths)
        if not plan.checks:
            print(translate("Cli", "No workbooks found."), file=sys.stderr)
            return 1
        if not args.dry_run and not plan.rejected and plan.accepted:
            with db.transaction() as session:
                save_bid_import(session, cli_commands.acting_user(session), plan)
        for check in plan.checks:
            if check.refusal:
                print(
                    translate("Cli", "{file}: REFUSED: {reason}").format(
                        file=check.file, reason=check.refusal
                    ),
                    file=sys.stderr,
                )
            elif check.problems:
                print(
                    translate("Cli", "{file} ({name}): {count} problem(s):").format(
                        file=check.file, name=check.supplier, count=len(check.problems)
                    ),
                    file=sys.stderr,
                )
                for problem in check.problems:
                    print(f"  {problem}", file=sys.stderr)
            elif check.superseded:
                print(translate("Cli", "{file}: skipped").format(file=check.file))
            else:
                line = (
                    translate(
                        "Cli",
                        "{file} ({name}): bid entered, lots {lots}, valid until {valid},"
                        " received {received}{late}",
                    )
                    if check.saved
                    else translate(
                        "Cli",
                        "{file} ({name}): OK, lots {lots}, valid until {valid},"
                        " received {received}{late}",
                    )
                )
                print(
                    line.format(
                        file=check.file,
                        name=check.supplier,
                        lots=_lots_text(check.lots),
                        valid=format_date(check.valid_until, language)
                        if check.valid_until
                        else "–",
                        received=berlin_text(check.received_at) if check.received_at else "–",
                        late=translate("Cli", " (LATE)") if check.late else "",
                    )
                )
            for warning in check.warnings:
                print(f"  - {warning}")
        rejected = len(plan.rejected)
        print(
            translate(
                "Cli", "{saved} bid(s) entered, {skipped} skipped, {rejected} refused."
            ).format(saved=len(plan.saved), skipped=len(plan.superseded), rejected=rejected)
        )
        if rejected and not args.dry_run:
            print(
                translate(
                    "Cli",
                    "Nothing was imported: remove or replace the refused files and run again.",
                ),
                file=sys.stderr,
            )
        if args.dry_run:
            print(translate("Cli", "Dry run: nothing was written."))
        return 1 if rejected else 0
    finally:
        db.dispose()


def run(args: argparse.Namespace) -> int:
    from niro_desk import cli_commands, schema_migrations
    from niro_desk.cli_commands import open_database_of
    from niro_desk.i18n import choose_language
    from niro_desk.permissions import Permission, require_viewer
    from niro_desk.procurement import tender_opening, tenders
    from niro_desk.procurement.evaluation_report import write_evaluation_report
    from niro_desk.procurement.evaluation_workbook import write_evaluation_workbook
    from niro_desk.procurement.opening_protocol import write_opening_protocol

    if args.tender_command == "import-bids":
        return _import_bids(args)
    language = choose_language(args.lang, None)
    db = open_database_of(args)
    try:
        schema_migrations.upgrade(db)
        if args.tender_command == "invitations":
            return _invitations(db, args)
        if args.tender_command == "evaluation":
            write = (
                write_evaluation_workbook
                if args.output.suffix.lower() == ".xlsx"
                else write_evaluation_report
            )
            with db.reading() as session:
                write(session, args.tender_id, args.output, language)
            print(translate("Cli", "Evaluation written to {path}").format(path=args.output))
            return 0
        if args.tender_command == "protocol":
            with db.reading() as session:
                tender_round = tenders.round_by_number(session, args.tender_id, args.round_number)
                write_opening_protocol(session, tender_round.id, args.output, language)
            print(translate("Cli", "Opening protocol written to {path}").format(path=args.output))
            return 0
        with db.reading() as session:  # refuse before asking for names and the passphrase
            require_viewer(session, Permission.EDIT_PROCUREMENT)
        present = _present(args)
        passphrase = getpass.getpass(translate("Cli", "Opening passphrase: "))
        with db.transaction() as session:
            tender_round = tenders.round_by_number(session, args.tender_id, args.round_number)
            result = tender_opening.open_round(
                session, cli_commands.acting_user(session), tender_round.id, passphrase, present
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
