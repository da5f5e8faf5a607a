"""Translations: our .qm files plus Qt's own (qtbase) for standard dialogs.

Language: ``--lang`` on the command line, else the setting saved in the app,
else the system locale (German for any ``de_*`` locale, English otherwise).
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)
LANGUAGES = ("de", "en")


def system_language() -> str:
    return "de" if QLocale.system().name().lower().startswith("de") else "en"


def choose_language(cli_language: str | None, saved_language: str | None) -> str:
    for candidate in (cli_language, saved_language):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's and our translations for ``language`` into ``app``; returns them (keep them)."""
    translators: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    elif language != "en":
        log.warning("Qt's own translation qtbase_%s not found in %s", language, qt_path)
    ours = QTranslator(app)
    # QTranslator.load(bytes) does not copy the data: load from a file instead.
    qm = resources.files("niro_desk.resources") / "translations" / f"niro_desk_{language}.qm"
    with resources.as_file(qm) as qm_path:
        loaded = ours.load(str(qm_path))
    if loaded:
        app.installTranslator(ours)
        translators.append(ours)
    else:
        log.warning("translation niro_desk_%s.qm could not be loaded", language)
    if language == "de":
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
