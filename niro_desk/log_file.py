"""The log file ``niro-desk.log`` in the data folder: what went wrong, with the technical detail.

The window and the commands log there (rotated at 1 MB, three old files kept),
so the office can send it to whoever helps them. The window creates the data
folder; a command only logs there when the folder exists already, so that a
command that only reads creates nothing.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
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
        handler = RotatingFileHandler(
            log_path(folder), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    _detail_logger().addHandler(handler)
    return handler


def uninstall(handler: logging.Handler | None) -> None:
    if handler is not None:
        logging.getLogger().removeHandler(handler)
        logging.getLogger(DETAIL_LOGGER).removeHandler(handler)
        handler.close()


def current_path() -> Path | None:
    """The log file written to now, if any."""
    for handler in logging.getLogger(DETAIL_LOGGER).handlers:
        if isinstance(handler, RotatingFileHandler):
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
