"""Update the translation sources and compile them: ``make translations``.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()``/``QT_TRANSLATE_NOOP``
   string from the Python sources into resources/translations/niro_desk_{de,en}.ts.
2. English is the source language: its translations are set to the source text.
3. German translations come from the .ts file itself (edit it, or use Qt
   Linguist: ``pyside6-linguist``); ``--fill FILE.json`` merges a JSON object
   {"context": {"source": "Übersetzung"}} into it.
4. ``pyside6-lrelease`` compiles the .qm files that the app loads.
Lists what is still untranslated and exits 1 if anything is.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_FOLDERS = ["niro_desk", "ui", "models", "procurement"]


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def sources() -> list[str]:
    files: list[str] = []
    for folder in SOURCE_FOLDERS:
        files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*.py"))
    return files


def lupdate(ts: Path) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def fill(ts: Path, language: str, extra: dict[str, dict[str, str]]) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", "de_DE" if language == "de" else "en_GB")
    missing: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if language == "en":
                translation.text = source
            elif source in extra.get(name, {}):
                translation.text = extra[name][source]
            if translation.text:
                translation.attrib.pop("type", None)
            else:
                translation.set("type", "unfinished")
                missing.append(f"{name}: {source}")
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace(
        "<?xml version='1.0' encoding='utf-8'?>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>',
        1,
    )
    ts.write_text(text + ("" if text.endswith("\n") else "\n"), encoding="utf-8")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", type=Path, help="JSON file with German translations to merge")
    args = parser.parse_args()
    extra = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    missing_all: list[str] = []
    for language in ("de", "en"):
        ts = TRANSLATIONS / f"niro_desk_{language}.ts"
        lupdate(ts)
        missing_all += [f"[{language}] {m}" for m in fill(ts, language, extra)]
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
    for line in missing_all:
        print("untranslated:", line)
    return 1 if missing_all else 0


if __name__ == "__main__":
    raise SystemExit(main())
