"""``niro-desk collection …``: workbooks and e-mail drafts out, returned workbooks in.

niro-desk collection workbooks COLLECTION_ID [--participant ID]… -o FOLDER [--emails] [--reminders]
niro-desk collection import COLLECTION_ID FILE_OR_FOLDER… [--dry-run]

``import`` saves every valid workbook (each in its own transaction) and exits
with 1 when any file was refused or had problems (nothing of that file is
saved). Heavy imports happen only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_collection_parser(commands: Any, common: argparse.ArgumentParser) -> None:
    """Register ``collection workbooks`` and ``collection import`` on the subcommands;
    ``common`` carries ``--database``/``--lang`` so they work after the subcommand too."""
    collection = commands.add_parser(
        "collection",
        help="requirement collections: workbooks out, returned workbooks in",
        parents=[common],
    )
    actions = collection.add_subparsers(dest="collection_command", required=True)
    workbooks = actions.add_parser(
        "workbooks",
        help="write a workbook per invited participant (and e-mail drafts)",
        parents=[common],
    )
    workbooks.add_argument("collection_id", type=int, metavar="COLLECTION_ID")
    workbooks.add_argument(
        "--participant",
        type=int,
        action="append",
        metavar="ID",
        help="only this participant (organisation id); may be repeated",
    )
    workbooks.add_argument("-o", "--output", type=Path, required=True, metavar="FOLDER")
    workbooks.add_argument(
        "--emails", action="store_true", help="also write an .eml draft per participant"
    )
    workbooks.add_argument(
        "--reminders",
        action="store_true",
        help="only participants that have not answered, with reminder drafts",
    )
    imports = actions.add_parser(
        "import",
        help="import returned workbooks (files or folders); each valid one is saved",
        parents=[common],
    )
    imports.add_argument("collection_id", type=int, metavar="COLLECTION_ID")
    imports.add_argument("paths", type=Path, nargs="+", metavar="FILE_OR_FOLDER")
    imports.add_argument(
        "--dry-run", action="store_true", help="check and report only; write nothing"
    )


def _open(args: argparse.Namespace) -> Any:
    from niro_desk import cli_commands, schema_migrations

    if getattr(args, "dry_run", False):  # only reads: creates and upgrades nothing
        db = cli_commands.open_database_of(args, create=False)
        cli_commands.require_head(db)
        return db
    db = cli_commands.open_database_of(args)
    saved = schema_migrations.upgrade(db)
    if saved is not None:
        print(translate("Cli", "Backup of the old version: {path}").format(path=saved))
    return db


def _workbooks(db: Any, args: argparse.Namespace) -> int:
    from niro_desk.procurement.collection_mail import prepare_emails
    from niro_desk.procurement.collection_workbook import generate_workbooks

    folder: Path = args.output
    if args.emails or args.reminders:
        with db.transaction() as session:
            batch = prepare_emails(
                session,
                args.collection_id,
                folder,
                args.participant,
                reminder=args.reminders,
            )
        for draft in batch.drafts:
            print(
                translate("Cli", "Workbook for {name}: {path}").format(
                    name=draft.organisation, path=draft.workbook
                )
            )
            if draft.draft is not None:
                print(
                    translate("Cli", "  e-mail draft to {to}: {path}").format(
                        to=", ".join(draft.recipients), path=draft.draft
                    )
                )
        for draft in batch.without_address:
            print(
                translate(
                    "Cli", "No e-mail address for {name}: send its workbook yourself."
                ).format(name=draft.organisation),
                file=sys.stderr,
            )
        print(
            translate("Cli", "{count} workbook(s), {drafts} e-mail draft(s) in {folder}").format(
                count=len(batch.drafts), drafts=len(batch.written), folder=folder
            )
        )
        return 0
    with db.transaction() as session:
        made = generate_workbooks(session, args.collection_id, folder, args.participant)
    for workbook in made:
        print(
            translate("Cli", "Workbook for {name}: {path}").format(
                name=workbook.organisation, path=workbook.path
            )
        )
    print(
        translate("Cli", "{count} workbook(s) in {folder}").format(count=len(made), folder=folder)
    )
    return 0


def _import(db: Any, args: argparse.Namespace) -> int:
    from niro_desk import cli_commands
    from niro_desk.procurement.collection_import import check_workbooks, save_import

    with db.reading() as session:
        plan = check_workbooks(session, args.collection_id, args.paths)
    if not plan.checks:
        print(translate("Cli", "No workbooks found."), file=sys.stderr)
        return 1
    if not args.dry_run:
        save_import(db, cli_commands.acting_user, plan)
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
                translate("Cli", "{file} ({name}): {count} problem(s), nothing saved:").format(
                    file=check.file, name=check.participant, count=len(check.problems)
                ),
                file=sys.stderr,
            )
            for problem in check.problems:
                print(f"  {problem}", file=sys.stderr)
        elif check.superseded:
            print(translate("Cli", "{file}: skipped").format(file=check.file))
        else:
            line = (
                translate("Cli", "{file} ({name}): {count} line(s) saved")
                if check.saved
                else translate("Cli", "{file} ({name}): {count} line(s), OK")
            )
            print(line.format(file=check.file, name=check.participant, count=len(check.lines)))
        for warning in check.warnings:
            print(f"  - {warning}")
    rejected = len(plan.rejected)
    print(
        translate("Cli", "{saved} saved, {skipped} skipped, {rejected} refused.").format(
            saved=sum(1 for c in plan.checks if c.saved),
            skipped=len(plan.superseded),
            rejected=rejected,
        )
    )
    if args.dry_run:
        print(translate("Cli", "Dry run: nothing was written."))
    return 1 if rejected else 0


def run(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        if args.collection_command == "workbooks":
            return _workbooks(db, args)
        return _import(db, args)
    finally:
        db.dispose()
