"""Shipped translations: every text translated, the .qm files compiled from the .ts, loadable.

German is the users' language: a message without German text shows up in English in
the app. ``make translations`` (docs/tools/translations.py) updates and compiles them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from niro_desk.i18n import LANGUAGES, install_translators, remove_translators

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_FOLDERS = ["niro_desk", "ui", "models", "procurement"]


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    translation: str
    unfinished: bool
    numerus: bool


def read_ts(language: str) -> list[Message]:
    root = ET.parse(TRANSLATIONS / f"niro_desk_{language}.ts").getroot()
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = translation.text or ""
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment"),
                    translation=text if not forms else ("" if not all(forms) else forms[0]),
                    unfinished=translation.get("type") in {"unfinished", "vanished", "obsolete"},
                    numerus=message.get("numerus") == "yes",
                )
            )
    return messages


def known_contexts() -> set[str]:
    """Class names and literal translation contexts in the sources (what lupdate may emit)."""
    names: set[str] = set()
    for folder in SOURCE_FOLDERS:
        for path in (ROOT / folder).rglob("*.py"):
            code = path.read_text(encoding="utf-8")
            names.update(re.findall(r"^\s*class\s+(\w+)", code, flags=re.MULTILINE))
            names.update(re.findall(r"(?:translate|QT_TRANSLATE_NOOP)\(\s*[\"'](\w+)[\"']", code))
    return names


@pytest.mark.parametrize("language", LANGUAGES)
def test_ts_file_has_messages(language: str) -> None:
    messages = read_ts(language)
    assert len(messages) > 20
    root = ET.parse(TRANSLATIONS / f"niro_desk_{language}.ts").getroot()
    assert root.get("language") == {"de": "de_DE", "en": "en_GB"}[language]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    missing = [
        f"{m.context}: {m.source!r}" for m in read_ts(language) if m.unfinished or not m.translation
    ]
    assert missing == [], f"{len(missing)} untranslated in niro_desk_{language}.ts"


def test_english_is_the_source_text() -> None:
    different = [
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in read_ts("en")
        if not m.numerus and m.translation != m.source
    ]
    assert different == []


def test_german_keeps_placeholders_and_markup() -> None:
    """A translation that loses ``{path}`` or ``%1`` breaks the message at run time."""
    broken = []
    for m in read_ts("de"):
        if not m.translation:
            continue  # reported by test_every_message_is_translated
        for pattern in (r"\{\w+\}", r"%\d", r"<br>", r"&(?=\w)"):
            if sorted(re.findall(pattern, m.source)) != sorted(re.findall(pattern, m.translation)):
                broken.append(f"{m.context}: {m.source!r} -> {m.translation!r}")
                break
    assert broken == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_contexts_are_real(language: str) -> None:
    """lupdate mis-parsing a call leaves a context the app never asks for (text stays English)."""
    contexts = {m.context for m in read_ts(language)}
    assert "" not in contexts
    assert contexts - known_contexts() == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_file_matches_the_ts_file(language: str) -> None:
    qm = TRANSLATIONS / f"niro_desk_{language}.qm"
    assert qm.is_file()
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for m in read_ts(language):
        if m.numerus or m.unfinished or not m.translation:
            continue
        got = translator.translate(m.context, m.source, m.comment)
        # An empty answer means "no translation": Qt then shows the source text.
        if (got or m.source) != m.translation:
            stale.append(f"{m.context}: {m.source!r} -> {got!r}, .ts says {m.translation!r}")
    assert stale == [], "run `make translations` to compile the .qm files"


def test_german_qm_translates_the_navigation() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "niro_desk_de.qm"))
    assert translator.translate("MainWindow", "Members") == "Mitglieder"
    assert translator.translate("MainWindow", "Agreements") == "Rahmenverträge"


def test_english_qm_translates_to_the_source() -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "niro_desk_en.qm"))
    assert translator.translate("MainWindow", "Members") in {"", "Members"}


def test_install_translators_switches_the_language(qapp: QApplication) -> None:
    locale_before = QLocale()
    translators = install_translators(qapp, "de")
    try:
        assert QLocale().name() == "de_DE"
        assert len(translators) == 2  # Qt's own qtbase_de and ours
        assert QCoreApplication.translate("MainWindow", "Members") == "Mitglieder"
        # Qt's standard dialogs come from qtbase_de.
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(locale_before)
    assert QCoreApplication.translate("MainWindow", "Members") == "Members"
