"""The German translation: complete, faithful to every placeholder, current with the code.

``resources/translations/hallpass_journal_de.ts`` is what people edit;
``packaging/update_translations.py`` brings it up to date with the code and compiles the
``.qm`` the app loads. These tests fail when a string in the code is missing from the
translation or left unfinished, when a translation drops a placeholder or a mnemonic, and
when the committed ``.qm`` is not what the ``.ts`` compiles to.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "hallpass_journal_de.ts"
QM = FOLDER / "hallpass_journal_de.qm"


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message still in use."""
    out = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            out.append((name, message.findtext("source") or "", translation))
    return out


def test_every_string_is_translated() -> None:
    found = messages(TS)
    assert len(found) > 900
    unfinished = [
        f"{context}: {source!r}"
        for context, source, translation in found
        if translation.get("type") == "unfinished" or not (translation.text or "").strip()
    ]
    assert unfinished == [], f"{len(unfinished)} without a translation, e.g. {unfinished[:5]}"


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)\w", text.replace("&&", "")))


def test_translations_keep_placeholders_mnemonics_and_lines() -> None:
    problems = []
    for context, source, translation in messages(TS):
        text = translation.text or ""
        if Counter(re.findall(r"\{\w*\}", source)) != Counter(re.findall(r"\{\w*\}", text)):
            problems.append(f"{context}: placeholders differ in {source!r}")
        if _mnemonics(source) != _mnemonics(text):
            problems.append(f"{context}: mnemonic differs in {source!r} -> {text!r}")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{context}: line breaks differ in {source!r}")
    assert problems == []


def test_no_context_is_a_variable_name() -> None:
    # tr() called on something other than self gets the variable's name as its context
    # in the catalogue, which never matches the class at run time.
    contexts = {context for context, _, _ in messages(TS)}
    assert not {c for c in contexts if not c[:1].isupper()}, sorted(contexts)


@pytest.mark.skipif(
    shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lupdate is not installed beside this Python",
)
def test_the_translation_and_its_compiled_file_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        result.stderr + "\nRun python packaging/update_translations.py, then translate the "
        "new strings in " + str(TS.relative_to(ROOT))
    )


def test_the_app_speaks_german_when_asked(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QLocale

    from hallpass_journal.app import install_translations
    from hallpass_journal.ui.windows.sections import default_sections

    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        assert len(installed) >= 1
        titles = [s.title for s in default_sections()]
        assert titles[0] == "Start" and "Home" not in titles
        assert QLocale().language() == QLocale.Language.German
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
    assert default_sections()[0].title == "Home"


def test_the_vocabulary_list_for_translators_matches_the_domain() -> None:
    from hallpass_journal.domain.events import EVENT_LABELS
    from hallpass_journal.domain.vocabulary import EMOTION_LABELS, KIND_LABELS
    from hallpass_journal.ui.vocabulary_words import LABELS
    from hallpass_journal.ui.widgets.emotion_picker import _NEED_LABELS

    expected = {
        *(("EntryKind", label) for label in KIND_LABELS.values()),
        *(("EventType", label) for label in EVENT_LABELS.values()),
        *(("Emotion", label) for label in EMOTION_LABELS.values()),
        *(("Need", label) for label in _NEED_LABELS.values()),
    }
    assert {(context, str(label)) for context, label in LABELS} == expected


def test_texts_the_core_filled_in_or_stored_are_shown_translated(qapp) -> None:  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QLocale

    from hallpass_journal.app import install_translations
    from hallpass_journal.ui.domain_text import dt

    assert dt("Agreement drafted: Our plan") == "Agreement drafted: Our plan"  # English
    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        made = dt("Agreement drafted: Our plan")
        assert made != "Agreement drafted: Our plan" and made.endswith("Our plan")
        assert "Our plan" in dt("Agreement renegotiated: Our plan, version 2")
        assert "2" in dt("Agreement renegotiated: Our plan, version 2")
        assert dt("The agreement is already active.") == "Die Vereinbarung ist bereits aktiv."
        assert dt("Self-reflection") == "Selbstreflexion"  # an untitled entry's stored title
        # What the person wrote is never changed, even when it looks like a template.
        assert dt("Agreement drafted") == "Agreement drafted"
        assert dt("My own words about healing") == "My own words about healing"
        assert dt("Agreement drafted: Hope").endswith(": Hope")  # their title, as written
        long_title = "a: " * 5_000  # matched against no template (and quickly)
        assert dt(long_title) == long_title

        from hallpass_journal.reports.translated import title_text

        # In lists, only the names the app gives entries are translated.
        assert title_text("Self-reflection") == "Selbstreflexion"
        assert title_text("Pause called: Hope") != "Pause called: Hope"
        assert title_text("Pause called: Hope").endswith("Hope")
        assert title_text("Hope") == "Hope"  # typed by the person, though "Hoffnung" exists
        assert title_text("Healing step 1: talking to Sam") == "Healing step 1: talking to Sam"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
