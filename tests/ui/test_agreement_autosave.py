"""The agreement editor keeps unsaved words as a draft inside the journal.

Real widgets, a real encrypted journal: typing stores a draft once typing pauses,
locking stores it at once and leaves no widget holding the words, and opening the
section again brings the editor back as it was.
"""

from __future__ import annotations

import uuid as uuid_mod
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from shell_support import widgets_containing

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.domain.drafts import AgreementDraft, agreement_draft_key
from hallpass_journal.paths import AppPaths
from hallpass_journal.services.journal import Journal
from hallpass_journal.storage.kv_repo import DraftRepository
from hallpass_journal.ui import operations
from hallpass_journal.ui.agreement import autosave
from hallpass_journal.ui.app_settings import AppSettings
from hallpass_journal.ui.pages.unlock_page import UnlockPage
from hallpass_journal.ui.pages.workspace_page import WorkspacePage
from hallpass_journal.ui.views.agreement_view import AgreementView
from hallpass_journal.ui.windows.main_window import MainWindow

PASSPHRASE = "correct horse battery staple"
NEW_KEY = agreement_draft_key()
KEPT = "Your unsaved changes were kept. They are here, as you left them."
OP_TIMEOUT = 10_000
TERMS = AgreementTerms(
    intention="Curiosity we share",
    permitted=["Kissing", "Dancing"],
    frequency="one_time",
    pause_phrase="Blue umbrella",
)


@pytest.fixture
def marker() -> str:
    """Words no other test types, so a widget left over from another test cannot match."""
    return f"quiet-harbour-{uuid_mod.uuid4().hex}"


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """A short typing pause, so tests need not wait two seconds for each draft."""
    monkeypatch.setattr(autosave, "DRAFT_MS", 100)


@pytest.fixture
def open_view(qtbot, host, dialogs, quick) -> Callable[[Journal], AgreementView]:  # noqa: ANN001
    def _open(journal: Journal) -> AgreementView:
        view = AgreementView(journal)  # what opening the section after unlock builds
        host(view)
        return view

    return _open


@pytest.fixture
def view(open_view, journal) -> AgreementView:  # noqa: ANN001
    return open_view(journal)


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored(journal: Journal, key: str) -> AgreementDraft | None:
    draft = journal.drafts.read(key)
    assert draft is None or isinstance(draft, AgreementDraft)
    return draft


def lock(view: AgreementView, journal: Journal) -> None:
    """What the window does before locking: flush, wipe, close the journal, drop the view."""
    view.flush()
    view.wipe()
    for line in view.editor.findChildren(QLineEdit):
        assert not line.isUndoAvailable()  # the words cannot be brought back by Undo
    for edit in view.editor.findChildren(QPlainTextEdit):
        assert not edit.document().isUndoAvailable()
    journal.close()
    view.setParent(None)
    view.deleteLater()


def active_agreement(journal: Journal):  # noqa: ANN201
    agreement = journal.agreements.create("Our weekend", TERMS).agreement
    for status in (AgreementStatus.AGREED, AgreementStatus.ACTIVE):
        agreement = journal.agreements.change_status(agreement.uuid, status).agreement
    return agreement


# -- autosave ------------------------------------------------------------------------------


def test_typing_stores_a_draft_once_typing_pauses(qtbot, host, journal, dialogs, marker) -> None:  # noqa: ANN001
    view = AgreementView(journal)  # the real typing pause
    host(view)
    assert 1000 <= view.drafts.timer.interval() <= 2000
    view.start_new()
    qtbot.keyClicks(view.editor.title_edit, "Our pass")
    qtbot.keyClicks(view.editor.fields["notes"], marker)
    assert stored(journal, NEW_KEY) is None  # not on every keystroke
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is not None, timeout=5000)
    draft = stored(journal, NEW_KEY)
    assert draft.mode == "new" and draft.title == "Our pass"
    assert draft.terms.notes == marker
    assert [key for key, _, _ in journal.drafts.all()] == [NEW_KEY]


def test_every_field_is_kept_as_typed(qtbot, view, journal) -> None:  # noqa: ANN001
    view.start_new()
    editor = view.editor
    editor.fields["permitted"].setPlainText("Kissing\n\n  Dancing close \n")
    editor.fields["frequency"].setCurrentIndex(editor.fields["frequency"].findData("weekend"))
    editor.fields["pause_phrase"].setText("Blue umbrella")
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is not None)
    terms = stored(journal, NEW_KEY).terms
    assert terms.permitted == "Kissing\n\n  Dancing close \n"
    assert (terms.frequency, terms.pause_phrase) == ("weekend", "Blue umbrella")


def test_undoing_every_change_removes_the_draft(qtbot, view, journal, marker) -> None:  # noqa: ANN001
    view.start_new()
    view.editor.fields["notes"].setPlainText(marker)
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is not None)
    view.editor.fields["notes"].setPlainText("")
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is None)
    assert view.editor.cancel_button.text() == "Cancel"


def test_the_draft_waits_while_background_work_holds_the_journal(
    qtbot, view, journal, monkeypatch, marker
) -> None:  # noqa: ANN001
    busy = [True]
    monkeypatch.setattr(operations, "journal_busy", lambda: busy[0])
    view.start_new()
    view.editor.fields["notes"].setPlainText(marker)
    qtbot.wait(300)  # several typing pauses go by: the timer keeps waiting
    assert stored(journal, NEW_KEY) is None and view.drafts.timer.isActive()
    busy[0] = False
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is not None)


# -- locking and opening again ---------------------------------------------------------------


def test_locking_keeps_a_new_agreement_and_reopens_it(
    qtbot, open_view, journal, reopen, marker
) -> None:  # noqa: ANN001
    view = open_view(journal)
    view.start_new()
    qtbot.keyClicks(view.editor.title_edit, "Our pass")
    qtbot.keyClicks(view.editor.fields["intention"], marker)
    lock(view, journal)  # at once: no typing pause waited for
    assert not widgets_containing(marker)

    again = reopen()
    view = open_view(again)
    editor = view.editor
    assert view.editing_open() and view.editing is None
    assert editor.title_row.isVisible() and not editor.change_row.isVisible()
    assert editor.title_edit.text() == "Our pass"
    assert editor.fields["intention"].toPlainText() == marker
    assert editor.status.text() == KEPT
    assert editor.cancel_button.text() == "Discard changes…"
    assert view.drafts.restored

    click(qtbot, editor.save_button)
    [agreement] = again.agreements.list()
    assert agreement.title == "Our pass" and agreement.current.terms.intention == marker
    assert again.drafts.all() == []  # saved: the draft is gone
    assert not view.editing_open()


def test_locking_keeps_a_renegotiation_in_the_same_mode(
    qtbot, open_view, journal, reopen, marker
) -> None:  # noqa: ANN001
    agreement = active_agreement(journal)
    view = open_view(journal)
    view.start_version(agreement)
    editor = view.editor
    qtbot.keyClicks(editor.change_note, "We talked on Sunday.")
    editor.fields["permitted"].setPlainText(f"Kissing\n{marker}")
    lock(view, journal)
    assert not widgets_containing(marker)

    again = reopen()
    view = open_view(again)
    editor = view.editor
    assert view.editing_open() and view.editing == agreement.uuid
    assert view.agreement.uuid == agreement.uuid
    assert editor.change_row.isVisible() and not editor.title_row.isVisible()
    assert editor.save_button.text() == "Save as version 2"
    assert editor.change_note.toPlainText() == "We talked on Sunday."
    assert editor.fields["permitted"].toPlainText() == f"Kissing\n{marker}"
    assert editor.fields["pause_phrase"].text() == "Blue umbrella"  # the rest as saved
    assert editor.status.text() == KEPT

    assert view.save_editor()
    saved = again.agreements.get(agreement.uuid)
    assert saved.current.number == 2
    assert saved.current.terms.permitted == ["Kissing", marker]
    assert saved.current.change_note == "We talked on Sunday."
    assert stored(again, agreement_draft_key(agreement.uuid)) is None


def test_a_crash_loses_only_the_last_typing_pause(
    qtbot, open_view, journal, reopen, marker
) -> None:  # noqa: ANN001
    view = open_view(journal)
    view.start_new()
    view.editor.fields["notes"].setPlainText(marker)
    qtbot.waitUntil(lambda: stored(journal, NEW_KEY) is not None)
    view.drafts.timer.stop()  # the process dies: no flush, no wipe
    journal.close()

    view = open_view(reopen())
    assert view.editing_open()
    assert view.editor.fields["notes"].toPlainText() == marker


def test_the_main_window_lock_keeps_the_words(
    qtbot, tmp_path: Path, dialogs, quick, marker
) -> None:  # noqa: ANN001
    paths = AppPaths.under(tmp_path)
    Journal.create(paths.default_journal, PASSPHRASE).close()
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    try:
        window.start(None)
        window.show()
        qtbot.waitExposed(window)
        view = _unlock(qtbot, window).show_section("agreement")
        assert isinstance(view, AgreementView)
        view.start_new()
        qtbot.keyClicks(view.editor.fields["notes"], marker)
        assert window.lock()
        assert not widgets_containing(marker)

        workspace = _unlock(qtbot, window)
        assert workspace.current_section() == "agreement"
        view = workspace.view("agreement", create=False)
        assert isinstance(view, AgreementView) and view.editing_open()
        assert view.editor.fields["notes"].toPlainText() == marker
    finally:
        window.shutdown()
        operations.shutdown()


def _unlock(qtbot, window: MainWindow) -> WorkspacePage:  # noqa: ANN001
    page = window.page
    assert isinstance(page, UnlockPage)
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=OP_TIMEOUT):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    return window.workspace


# -- discarding, and drafts that cannot come back -----------------------------------------------


def test_discard_changes_asks_once_then_removes_the_draft(
    qtbot, view, journal, dialogs, marker
) -> None:  # noqa: ANN001
    view.start_new()
    editor = view.editor
    assert editor.cancel_button.text() == "Cancel"
    qtbot.keyClicks(editor.fields["notes"], marker)
    assert editor.cancel_button.text() == "Discard changes…"
    view.flush()
    dialogs.confirm_answers = [False]
    click(qtbot, editor.cancel_button)
    assert view.editing_open() and stored(journal, NEW_KEY) is not None
    dialogs.confirm_answers = [True]
    click(qtbot, editor.cancel_button)
    assert dialogs.kinds() == ["confirm", "confirm"]
    assert dialogs.calls[-1][1] == "Discard changes"
    assert not view.editing_open()
    assert journal.drafts.all() == [] and journal.agreements.list() == []
    view.flush()  # nothing left to keep
    assert journal.drafts.all() == []


def test_leaving_an_untouched_editor_asks_nothing(qtbot, view, journal, dialogs) -> None:  # noqa: ANN001
    view.start_new()
    click(qtbot, view.editor.cancel_button)
    assert not view.editing_open() and dialogs.calls == []
    assert journal.drafts.all() == []


def test_a_draft_for_an_ended_agreement_is_set_aside(
    qtbot, open_view, journal, reopen, marker
) -> None:  # noqa: ANN001
    agreement = active_agreement(journal)
    view = open_view(journal)
    view.start_version(agreement)
    view.editor.fields["notes"].setPlainText(marker)
    lock(view, journal)
    again = reopen()
    again.agreements.change_status(agreement.uuid, AgreementStatus.ENDED)  # elsewhere

    view = open_view(again)
    assert not view.editing_open() and not view.drafts.restored
    assert not widgets_containing(marker)
    assert view.message.isVisible() and "set aside" in view.message.text()
    assert view.message.property("role") == "muted"  # calm, not an error
    assert stored(again, agreement_draft_key(agreement.uuid)) is not None  # kept, not lost


def test_a_draft_for_an_agreement_no_longer_here_is_set_aside(
    qtbot, open_view, journal, marker
) -> None:  # noqa: ANN001
    missing = uuid_mod.uuid4()
    key = agreement_draft_key(missing)
    journal.drafts.put(
        key, {"mode": "version", "agreement": str(missing), "terms": {"notes": marker}}
    )
    view = open_view(journal)
    assert not view.editing_open()
    assert not widgets_containing(marker)
    assert "set aside" in view.message.text()
    assert stored(journal, key) is not None


def test_the_newest_usable_draft_is_the_one_reopened(
    qtbot, open_view, journal, reopen, marker
) -> None:  # noqa: ANN001
    agreement = active_agreement(journal)
    # An older draft, as an import could have brought in beside the next one.
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    journal.drafts.put(NEW_KEY, {"mode": "new", "terms": {"notes": "older words"}}, an_hour_ago)
    view = open_view(journal)
    assert view.editing is None and view.editor.fields["notes"].toPlainText() == "older words"
    view.save_editor()  # that one is saved; then a renegotiation is left unsaved
    view.start_version(agreement)
    view.editor.fields["notes"].setPlainText(marker)
    lock(view, journal)
    again = reopen()
    again.drafts.put(NEW_KEY, {"mode": "new", "terms": {"notes": "older words"}}, an_hour_ago)

    view = open_view(again)
    assert view.editing == agreement.uuid
    assert view.editor.fields["notes"].toPlainText() == marker
    assert stored(again, NEW_KEY) is not None  # the other one waits, untouched


HOSTILE = {
    "not an object": ["new"],
    "unknown mode": {"mode": "edit"},
    "terms not an object": {"mode": "new", "terms": "x"},
    "list field as a list": {"mode": "new", "terms": {"permitted": ["x"]}},
    "unknown frequency": {"mode": "new", "terms": {"frequency": "daily"}},
    "extra field": {"mode": "new", "script": "<b>x</b>"},
}


@pytest.mark.parametrize("payload", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_draft_never_stops_the_section_from_opening(
    qtbot, open_view, journal, payload, marker
) -> None:  # noqa: ANN001
    DraftRepository(journal.vault).put(NEW_KEY, payload)  # as an unchecked import left it
    view = open_view(journal)
    assert not view.editing_open()
    assert journal.notes.take()  # the window can say once that a draft was set aside
    view.start_new()  # and the next words are drafted over it as usual
    view.editor.fields["notes"].setPlainText(marker)
    view.flush()
    assert stored(journal, NEW_KEY).terms.notes == marker
