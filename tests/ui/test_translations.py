"""Every string the UI shows has an English translation, and the compiled file is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop_app.resources import translations_dir

TS = translations_dir() / "saraban_en.ts"
UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def _messages(path: Path) -> dict[tuple[str, str], str]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            text = "" if kind in ("unfinished", "vanished", "obsolete") else translation.text
            messages[(name, message.findtext("source") or "")] = text or ""
    return messages


def test_every_message_is_translated():
    untranslated = [key for key, text in _messages(TS).items() if not text.strip()]
    assert untranslated == []


def test_the_ts_file_lists_every_string_in_the_code(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(path) for path in UI.rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-tr-function-alias", "translate+=_t", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    in_file = set(_messages(TS))
    assert in_code - in_file == set(), "run packaging/translations.sh and translate"
    assert in_file - in_code == set(), "obsolete strings: run packaging/translations.sh"


def test_the_compiled_translation_is_not_older_than_its_source():
    qm = TS.with_suffix(".qm")
    assert qm.exists()
    assert qm.stat().st_size > 1000
