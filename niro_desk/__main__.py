"""``python -m niro_desk`` = the ``niro-desk`` command."""

from niro_desk.cli import entry

entry()
