"""The log file ``niro-desk.log`` in the data folder: what went wrong, with the technical detail.

The window and the commands log there, so the office can send it to whoever
helps them. When the file has grown past 1 MB it is rotated as it is opened
(``niro-desk.log.1`` … ``.3`` kept): ``logging.handlers`` would cost a tenth
of a bare window's start-up to import. The window creates the data folder; a
command only logs there when the folder exists already, so that a command
that only reads creates nothing.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "niro-desk.log"
# Records on this logger go to the log file only, never to the terminal: tracebacks and
# technical detail behind a message the user has already been shown in words.
DETAIL_LOGGER = "niro_desk.detail"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"


def log_path(folder: Path) -> Path:
    return folder / LOG_FILE


def install(
    folder: Path, *, create_folder: bool, level: int = logging.INFO
) -> logging.Handler | None:
    """Log to ``folder``/niro-desk.log from now on; returns the handler (remove it with
    ``uninstall``), or None when the folder does not exist and may not be created or the
    file cannot be written (logging must never stop the app)."""
    try:
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        if not folder.is_dir():
            return None
        rotate(log_path(folder))
        handler = logging.FileHandler(log_path(folder), encoding="utf-8")
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    _detail_logger().addHandler(handler)
    return handler


def rotate(path: Path) -> None:
    """Keep ``path`` below ``MAX_BYTES``: move it to .1 (and .1 to .2, …) when it is larger."""
    if not path.is_file() or path.stat().st_size <= MAX_BYTES:
        return
    for number in range(BACKUPS - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{number + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def uninstall(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        logging.getLogger(DETAIL_LOGGER).removeHandler(handler)
        handler.close()


def current_path() -> Path | None:
    """The log file written to now, if any."""
    for handler in logging.getLogger(DETAIL_LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def detail(message: str, *args: object, error: BaseException | None = None) -> None:
    """Write technical detail (and the traceback of ``error``) to the log file only."""
    exc_info = (type(error), error, error.__traceback__) if error is not None else None
    _detail_logger().error(message, *args, exc_info=exc_info)


def _detail_logger() -> logging.Logger:
    logger = logging.getLogger(DETAIL_LOGGER)
    if logger.propagate:  # first use: file only (a NullHandler keeps Python's last resort,
        logger.propagate = False  # which prints to stderr, away when there is no file)
        logger.setLevel(logging.DEBUG)
        logger.addHandler(logging.NullHandler())
    return logger
