"""``niro-desk agreement participants AGREEMENT_ID -o FILE.xlsx``: the supplier's workbook.

``cli_agreement`` registers it on the ``agreement`` command's subcommands
(``add_participants_parser``) and calls ``run`` for ``participants``. Heavy
imports happen only when the command runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def add_participants_parser(actions: Any, common: argparse.ArgumentParser) -> None:
    """Register ``participants`` on the ``agreement`` command's subparsers."""
    participants = actions.add_parser(
        "participants",
        help="write the agreement's participants and volumes for the supplier (.xlsx); "
        "participants without consent only as a pooled total",
        parents=[common],
    )
    participants.add_argument("agreement_id", type=int, metavar="AGREEMENT_ID")
    participants.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")


def run(args: argparse.Namespace) -> int:
    """``agreement participants`` (the only subcommand registered here)."""
    from niro_desk.cli_commands import open_database_of, require_head
    from niro_desk.procurement.participants_export import export_participants

    db = open_database_of(args, create=False)  # only reads: creates and upgrades nothing
    try:
        require_head(db)
        with db.reading() as session:
            summary = export_participants(session, args.agreement_id, args.output)
        print(
            translate(
                "Cli",
                "Participants written to {path} ({named} named; language of the supplier: {lang})",
            ).format(path=summary.path, named=summary.named, lang=summary.language)
        )
        return 0
    finally:
        db.dispose()
