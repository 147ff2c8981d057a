"""In German, every screen speaks German: the core's own texts included.

The core holds its prompts, help, guide pages, scripts and labels in English
(``hallpass_journal.ui.domain_words``); the UI translates them as it shows them. This walks
the main window on a demo journal with the German translation installed (every section,
every guided form and help page, the agreement's editor, the script picker, Preferences)
and looks for any text still in English although the catalogue has it in German.

Only texts that are a source of the catalogue are flagged, so what the person wrote (the
demo's titles, bodies, terms, questions) never counts; a title stored in the journal is
left out too, even when it is a template's English title (what is stored stays as it is).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from menu_support import PASSPHRASE, unlock
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from hallpass_journal.app import install_translations
from hallpass_journal.demo import fill_demo
from hallpass_journal.domain import guided_content
from hallpass_journal.domain.guides import GUIDE_PAGES
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.ui import operations
from hallpass_journal.ui.agreement.compare_dialog import CompareDialog
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.dialogs.script_picker import ScriptPicker
from hallpass_journal.ui.dialogs.settings_dialog import SettingsDialog
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.windows.main_window import MainWindow
from hallpass_journal.ui.windows.sections import GUIDE_PAGE, GUIDED_START

TS = Path(__file__).resolve().parents[2] / "resources/translations/hallpass_journal_de.ts"


def _english_with_german() -> set[str]:
    """Every source of the catalogue whose German differs from it (mnemonics dropped too).

    A source that is also the German of something ("Start") is left out: seeing it says
    nothing.
    """
    found: set[str] = set()
    german: set[str] = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        text = translation.text or ""
        german.update({text, text.replace("&", "")})
        if text.strip() and text != source:
            found.update({source, source.replace("&", "")})
    return {t for t in found - german if re.search(r"[A-Za-z]{2}", t)}


ENGLISH = _english_with_german()


@pytest.fixture
def german(qapp) -> Iterator[None]:  # noqa: ANN001
    before = QLocale()
    installed = install_translations(qapp, "de")
    assert installed
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, tmp_path: Path, dialogs, german) -> Iterator[MainWindow]:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        fill_demo(journal, entries=40)
    main = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(main)
    main.resize(1366, 800)
    main.start()
    main.show()
    qtbot.waitExposed(main)
    unlock(qtbot, main)
    yield main
    main.shutdown()
    operations.shutdown()


def _plain(text: str) -> str:
    if "<" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(min(model.rowCount(parent), 200)):
            index = model.index(row, 0, parent)
            for role in roles:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            try:
                if model.hasChildren(index):
                    pending.append(index)
            except TypeError:
                pass


def _texts(widget: QWidget) -> Iterator[str]:
    """What a widget shows or tells assistive technology (its own, not its children's)."""
    if isinstance(widget, QLabel):
        yield _plain(widget.text())
    if isinstance(widget, QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield from widget.toPlainText().splitlines()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        yield from _model_texts(widget)
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()


def _stored_titles(journal: Journal) -> set[str]:
    return {e.title for e in journal.entries.iter_all()}


def english_on(root: QWidget, ignore: set[str]) -> set[str]:
    """The English texts with a German translation that ``root`` shows (visible only)."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not shiboken6.isValid(widget) or not widget.isVisible():
            continue
        for text in _texts(widget):
            text = text.strip()
            if text in ENGLISH and text not in ignore:
                found.add(text)
    return found


def test_every_screen_is_german(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    workspace = window.workspace
    journal = window.journal
    assert workspace is not None and journal is not None
    ignore = _stored_titles(journal)
    seen: dict[str, set[str]] = {}

    def look(name: str, root: QWidget) -> None:
        qtbot.wait(1)  # let layouts and deferred fills run
        found = english_on(root, ignore)
        if found:
            seen[name] = found

    for section_id in workspace.sections:
        view = workspace.show_section(section_id)
        assert view is not None
        look(f"section {section_id}", window)
        for tabs in view.findChildren(QTabWidget):  # every tab of it (Feelings, Agreement)
            for index in range(tabs.count()):
                if tabs.isVisible() and tabs.isTabVisible(index):
                    tabs.setCurrentIndex(index)
                    look(f"section {section_id}, tab {tabs.tabText(index)}", window)
    for template in guided_content.TEMPLATES:
        assert workspace.route_action(GUIDED_START, template.id)
        look(f"guided form {template.id}", window)
    for page in GUIDE_PAGES:
        assert workspace.route_action(GUIDE_PAGE, page.id)
        look(f"help page {page.id}", window)
    agreements = workspace.show_section("agreement")
    assert isinstance(agreements, AgreementView)
    agreement = agreements.agreement
    assert agreement is not None and len(agreement.versions) > 1
    compare = CompareDialog(agreement, window)
    qtbot.addWidget(compare)
    compare.show()
    qtbot.waitExposed(compare)
    look("comparing versions", compare)
    compare.reject()
    agreements.start_new()
    look("the agreement's terms editor", window)

    picker = ScriptPicker(journal, window)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    for script in picker.scripts()[:4]:
        assert picker.select(script.id)
        look(f"script picker: {script.id}", picker)
    picker.reject()

    window.show_preferences()
    prefs = window.preferences_dialog
    assert isinstance(prefs, SettingsDialog)
    qtbot.waitExposed(prefs)
    look("Preferences", prefs)
    prefs.reject()

    report = "\n".join(f"{name}: {sorted(texts)}" for name, texts in seen.items())
    assert seen == {}, "Still in English:\n" + report


def _german(source: str) -> str:
    return QCoreApplication.translate("Domain", source)


def test_words_the_walk_cannot_see_are_german_too(qtbot, german) -> None:  # noqa: ANN001
    """A gentle note for a pick, a compared choice, status history, check-in days, dates."""
    from datetime import UTC, date, datetime

    from hallpass_journal.domain.agreement_compare import compare_terms
    from hallpass_journal.domain.agreements import (
        DISCLOSURE_LABELS,
        STATUS_LABELS,
        Agreement,
        AgreementStatus,
        AgreementTerms,
        StatusChange,
    )
    from hallpass_journal.domain.guided_content import CAUTION_NOTE, REFLECTION
    from hallpass_journal.ui.agreement.events_panel import days_text
    from hallpass_journal.ui.agreement.render import comparison_html
    from hallpass_journal.ui.agreement.versions import HistoryPanel
    from hallpass_journal.ui.feelings.date_axis import LocalDateAxis
    from hallpass_journal.ui.guided.controls import day_text
    from hallpass_journal.ui.guided.form_body import FormBody

    assert _german(CAUTION_NOTE) != CAUTION_NOTE  # the catalogue has it
    form = FormBody(REFLECTION)
    qtbot.addWidget(form)
    form.control("motives").set_value(["revenge"])
    form.apply_conditions()
    assert form.block("motives").notice.text() == _german(CAUTION_NOTE)

    old = AgreementTerms(disclosure="partial")
    new = AgreementTerms(disclosure="full")
    html = comparison_html(compare_terms(old, new), "1", "2")
    assert _german(DISCLOSURE_LABELS["full"]) in html
    assert DISCLOSURE_LABELS["full"] not in html

    history = HistoryPanel()
    qtbot.addWidget(history)
    agreement = Agreement(
        history=[StatusChange(status=AgreementStatus.ACTIVE, at=datetime.now(UTC))]
    )
    history.show_agreement(agreement)
    assert history.lines()[0].startswith(_german(STATUS_LABELS[AgreementStatus.ACTIVE]) + " · ")

    assert days_text([14, 30, 91]) == "14, 30 und 91 Tage"
    assert "Okt." in day_text(date(2026, 10, 16))  # not QDate.toString's "Oct"
    axis = LocalDateAxis()
    axis.zoomLevel = next(iter(axis.zoomLevels.values()))  # years and months
    month = next(s for s in axis.zoomLevel.tickSpecs if s.format == "%b")
    tick = datetime(2026, 10, 1, tzinfo=UTC).timestamp()
    assert axis.tickStrings([tick], 1.0, month.spacing) == ["Okt."]


def test_a_refused_move_and_an_app_made_title_are_german(
    qtbot,  # noqa: ANN001
    host,  # noqa: ANN001
    journal: Journal,
    dialogs,  # noqa: ANN001
    german,  # noqa: ANN001
) -> None:
    """The core's reason for a refusal, and a title the app stored in English, in German."""
    from hallpass_journal.domain.agreements import (
        CREATED_NOTE,
        STATUS_LABELS,
        AgreementStatus,
        AgreementTerms,
        refusal_reason,
    )
    from hallpass_journal.ui.agreement import lifecycle
    from hallpass_journal.ui.models.entry_list_model import EntryRoles
    from hallpass_journal.ui.views.journal_view import JournalListView

    created = journal.agreements.create("Our weekend", AgreementTerms())
    agreement = created.agreement
    for step in (AgreementStatus.AGREED, AgreementStatus.ACTIVE):
        agreement = journal.agreements.change_status(agreement.uuid, step).agreement

    agreements = AgreementView(journal)
    host(agreements)
    assert agreements.select(str(agreement.uuid)) is not None
    agreements.flows.request(lifecycle.ACTIVATE)  # it is active already
    english = refusal_reason(AgreementStatus.ACTIVE, AgreementStatus.ACTIVE)
    assert english  # "The agreement is already active."
    kind, title, said = dialogs.calls[-1]
    assert kind == "inform"
    assert title not in ENGLISH
    active = _german(STATUS_LABELS[AgreementStatus.ACTIVE])
    assert said == _german("The agreement is already {status}.").format(status=active.lower())
    assert said != english
    assert journal.agreements.get(agreement.uuid).status == AgreementStatus.ACTIVE

    agreements.start_new()  # a blank form: the core's gentle hints, in German
    agreements.editor.update_hints()
    hint = "Nothing is listed as permitted yet. What exactly is okay?"
    assert _german(hint) != hint
    assert _german(hint) in agreements.editor.hints.text()
    assert hint not in agreements.editor.hints.text()

    stored = CREATED_NOTE.format(title="Our weekend")
    assert journal.entries.get(created.note.uuid).title == stored  # stored as it was
    view = JournalListView(journal)
    host(view)
    view.refresh()
    model = view.model

    def note_row() -> QModelIndex | None:
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        return next((i for i in rows if i.data(EntryRoles.UUID) == str(created.note.uuid)), None)

    qtbot.waitUntil(lambda: note_row() is not None)
    note = note_row()
    assert note is not None
    german_title = _german(CREATED_NOTE).format(title="Our weekend")
    assert german_title != stored
    assert note.data(Qt.ItemDataRole.DisplayRole) == german_title
    assert note.data(EntryRoles.TITLE) == german_title
    assert note.data(Qt.ItemDataRole.AccessibleTextRole).startswith(german_title + ", ")
    assert journal.entries.get(created.note.uuid).title == stored  # still as it was
