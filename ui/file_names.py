"""Default file names the file dialogs suggest: a word in the UI's language and the date.

``Mitglieder-2026-11-24.xlsx`` / ``Members-2026-11-24.xlsx``, the same pattern
for backups and personal-data exports. The caller translates the word with its
own ``tr()``; the date is ISO, so the files sort by date in any folder.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

# characters Windows (and so an office's file share) does not allow in a file name
_NOT_IN_FILE_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def dated_file_name(word: str, suffix: str, day: dt.date | None = None) -> str:
    """``<word>-<yyyy-mm-dd><suffix>``, with characters a file name cannot hold replaced."""
    stem = _NOT_IN_FILE_NAMES.sub("-", word).strip(" .-") or "niro-desk"
    return f"{stem}-{(day or dt.date.today()):%Y-%m-%d}{suffix}"


def suggested_path(word: str, suffix: str, folder: Path | None = None) -> Path:
    """Where a save dialog starts: today's dated name in ``folder`` (the home folder)."""
    return (folder or Path.home()) / dated_file_name(word, suffix)
