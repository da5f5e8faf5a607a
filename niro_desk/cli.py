"""The ``niro-desk`` command: starts the app, or runs maintenance and import/export commands.

niro-desk [--database URL] [--demo] [--lang de|en]    start the desktop app
niro-desk db upgrade | check | backup FILE | restore FILE | setup-roles [--prefix NAME]
niro-desk demo --database URL                         fill an empty database
niro-desk members import FILE.xlsx [--dry-run] | export FILE.xlsx
niro-desk collection workbooks ID -o FOLDER [--emails] | import ID FILE_OR_FOLDER... [--dry-run]
niro-desk tender open TENDER_ID --round N | protocol … | evaluation … | import-bids …
niro-desk agreement summary AGREEMENT_ID -o FILE.pdf [--year YYYY]
niro-desk member statement ORGANISATION_ID --year YYYY -o FILE.pdf
niro-desk member statements --year YYYY -o FOLDER
niro-desk user add NAME --role admin [--role …] | list | reset-password NAME
niro-desk accounts on | off

``--database`` and ``--lang`` go before or after the subcommand. Errors are one
line on stderr in one style (``niro-desk: error: ...``, as argparse's own), the
technical detail goes to the log file. Exit codes: 0 done; 1 the command ran
and refused or found problems; 2 it could not run (wrong usage, or the
database cannot be opened); 3 an unexpected fault (a bug: see the log file).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from PySide6.QtCore import QCoreApplication

from niro_desk import __version__, cli_agreement, cli_tender, cli_user, config, log_file
from niro_desk.cli_collection import add_collection_parser
from niro_desk.errors import NiroDeskError
from niro_desk.messages import render_error, translate_message

log = logging.getLogger("niro_desk")

EXIT_REFUSED = 1
EXIT_CANNOT_RUN = 2
EXIT_UNEXPECTED = 3
EXIT_INTERRUPTED = 130
ERROR_PREFIX = "niro-desk: error: "
DATABASE_HELP = (
    "database URL (default: SQLite file in the user's data folder;"
    " environment: NIRO_DESK_DATABASE_URL); before or after the subcommand"
)

translate = QCoreApplication.translate


def print_error(message: str) -> None:
    """One error line on stderr, in the style of argparse's own errors."""
    print(ERROR_PREFIX + " ".join(message.split()), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, with the one error style also for the subcommands' own parsers."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        print_error(message)
        raise SystemExit(EXIT_CANNOT_RUN)


def _common_options() -> argparse.ArgumentParser:
    """Options every subcommand takes after its name too (``db check --database URL``)."""
    common = _Parser(add_help=False)
    # SUPPRESS: a subcommand's parser sets these only when they are given after it.
    common.add_argument(
        "--database",
        dest="database_after",
        metavar="URL",
        default=argparse.SUPPRESS,
        help=DATABASE_HELP,
    )
    common.add_argument(
        "--lang",
        dest="lang_after",
        choices=["de", "en"],
        default=argparse.SUPPRESS,
        help="language of messages",
    )
    common.add_argument(
        "--as",
        dest="sign_in_as",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="account to sign in with while accounts are on (default: the OS login name)",
    )
    return common


def _parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = _Parser(prog="niro-desk", description="NIRO Desk")
    parser.add_argument("--version", action="version", version=f"NIRO Desk {__version__}")
    parser.add_argument("--database", metavar="URL", help=DATABASE_HELP)
    parser.add_argument(
        "--demo",
        action="store_true",
        help="start on the separate demo database with the fictional network",
    )
    parser.add_argument("--lang", choices=["de", "en"], help="language of the user interface")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    # For benchmarks/startup.py: quit at the first paint of the window, or once the list is filled.
    parser.add_argument("--quit-after-show", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-after", choices=["shown", "filled"], help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command")

    db = commands.add_parser("db", help="database maintenance", parents=[common])
    db_commands = db.add_subparsers(dest="db_command", required=True)
    db_commands.add_parser("upgrade", help="apply the schema migrations", parents=[common])
    db_commands.add_parser("check", help="schema at head and integrity check", parents=[common])
    backup = db_commands.add_parser(
        "backup", help="write a consistent copy to FILE", parents=[common]
    )
    backup.add_argument("file", type=Path)
    restore = db_commands.add_parser(
        "restore", help="replace the data with the backup FILE", parents=[common]
    )
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="restore without asking")
    setup_roles = db_commands.add_parser(
        "setup-roles",
        help="PostgreSQL: make a database role per account, grants and row-level security"
        " (once, as the database owner)",
        parents=[common],
    )
    setup_roles.add_argument(
        "--prefix",
        default="niro_desk",
        help="name prefix of the group roles (roles are shared by all databases of the server)",
    )

    commands.add_parser(
        "demo",
        help="fill an empty database (--database URL) with the demo network",
        parents=[common],
    )

    members = commands.add_parser(
        "members", help="member directory to and from Excel (.xlsx)", parents=[common]
    )
    member_commands = members.add_subparsers(dest="members_command", required=True)
    member_import = member_commands.add_parser(
        "import",
        help="import member organisations from FILE (all rows or nothing)",
        parents=[common],
    )
    member_import.add_argument("file", type=Path)
    member_import.add_argument(
        "--dry-run",
        action="store_true",
        help="check FILE and show what would change; write nothing",
    )
    member_export = member_commands.add_parser(
        "export", help="write members, waiting list and contacts to FILE", parents=[common]
    )
    member_export.add_argument("file", type=Path)
    add_collection_parser(commands, common)
    cli_tender.add_parser(commands, common)
    cli_agreement.add_parsers(commands, common)
    cli_user.add_parser(commands, common)
    return parser


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse, and merge the options given after the subcommand (usage errors exit 2)."""
    parser = _parser()
    args = parser.parse_args(argv)
    for option, after in (("database", "database_after"), ("lang", "lang_after")):
        given_after = getattr(args, after, None)
        if given_after is None:
            continue
        before = getattr(args, option)
        if before is not None and before != given_after:
            parser.error(f"--{option} given twice with different values")
        setattr(args, option, given_after)
    if args.command == "demo" and not args.database:
        parser.error("the demo command needs --database URL (the empty database to fill)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse(argv)
    logging.basicConfig(
        # The window logs its start-up phases; commands print their own results.
        level=logging.DEBUG
        if args.verbose
        else (logging.INFO if args.command is None else logging.WARNING),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not args.verbose:
        logging.getLogger("alembic").setLevel(logging.WARNING)
    # The window creates the data folder anyway; a command must not (it may only read).
    handler = log_file.install(config.data_dir(), create_folder=args.command is None)
    try:
        if args.command is None:
            from niro_desk.app import StartOptions, run_gui

            return run_gui(
                StartOptions(
                    args.database,
                    args.demo,
                    args.lang,
                    quit_after="shown" if args.quit_after_show else args.quit_after,
                )
            )
        return _run_command(args)
    finally:
        log_file.uninstall(handler)


def entry() -> NoReturn:
    """The ``niro-desk`` command and ``python -m niro_desk``: ``main()``, then the process
    ends at once.

    When ``main()`` returns, its work is done: the window closed, the settings synced, the
    background reads finished, the databases disposed, a command's files closed and its
    transactions committed, the log file handler removed. What Python's own teardown would
    do next is free every module and object one by one (and let Qt delete the widgets):
    0.2–0.3 s in which the process is gone from the screen but still running. Flush what
    is buffered and leave (``os._exit``). An exception from ``main()`` still ends the
    ordinary way, with its traceback. Tests call ``main()``, never this.
    """
    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _run_command(args: argparse.Namespace) -> int:
    from niro_desk.i18n import choose_language, install_translators, remove_translators

    core = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    translators = install_translators(core, choose_language(args.lang, None))
    args.database_url = config.choose_database(args.database, args.demo).url
    try:
        from niro_desk import cli_commands

        if args.command == "tender":
            return cli_tender.run(args)
        if args.command in ("agreement", "member"):
            return cli_agreement.run(args)
        if args.command in ("user", "accounts"):
            return cli_user.run(args)
        return cli_commands.COMMANDS[args.command](args)
    except KeyboardInterrupt:
        print_error(translate("Cli", "interrupted"))
        return EXIT_INTERRUPTED
    except Exception as error:  # the command line's boundary: words, never a traceback
        return report_error(error, args.database_url)
    finally:
        remove_translators(core, translators)  # main() may run in-process (tests, scripts)


def report_error(error: Exception, url: str) -> int:
    """Print ``error`` as one line, log its detail, and return the exit code."""
    from niro_desk.database_problems import (
        CONNECTION_KINDS,
        DatabaseUnavailable,
        classify_during_use,
    )

    if isinstance(error, DatabaseUnavailable) or _from_the_database(error):
        # Cannot open it (or lost the connection): exit 2. Anything else the database says
        # during the command: exit 1.
        problem = error.problem if isinstance(error, DatabaseUnavailable) else None
        problem = problem or classify_during_use(error, url)
        print_error(translate_message(problem.template, **problem.params))
        log_file.detail("database problem (%s): %s", problem.kind, problem.detail, error=error)
        opening = isinstance(error, DatabaseUnavailable) or problem.kind in CONNECTION_KINDS
        return EXIT_CANNOT_RUN if opening else EXIT_REFUSED
    if isinstance(error, NiroDeskError):
        print_error(render_error(error))
        log_file.detail("%s", error, error=error)
        return EXIT_REFUSED
    if isinstance(error, OSError):
        print_error(
            translate("Cli", "Cannot use {path}: {reason}").format(
                path=error.filename or "-", reason=error.strerror or error
            )
        )
        log_file.detail("%s", error, error=error)
        return EXIT_REFUSED
    log_file.detail("unexpected error", error=error)
    where = log_file.current_path()
    print_error(
        translate("Cli", "Unexpected error ({error}). The details are in {log}.").format(
            error=f"{type(error).__name__}: {error}", log=where
        )
        if where is not None
        else translate("Cli", "Unexpected error ({error}). Run again with -v for details.").format(
            error=f"{type(error).__name__}: {error}"
        )
    )
    if logging.getLogger().isEnabledFor(logging.DEBUG):
        log.debug("unexpected error", exc_info=error)
    return EXIT_UNEXPECTED


def _from_the_database(error: Exception) -> bool:
    """A failure of the database itself (SQLAlchemy or the driver), not of NIRO Desk."""
    module = type(error).__module__.split(".")[0]
    return module in ("sqlalchemy", "psycopg", "sqlite3")


if __name__ == "__main__":
    raise SystemExit(main())
