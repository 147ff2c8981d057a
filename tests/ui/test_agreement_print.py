"""Agreement ▸ Save to read together…: one version as PDF or HTML, unencrypted, said so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from hallpass_journal.domain.agreements import AgreementStatus, AgreementTerms
from hallpass_journal.ui.agreement.print_dialog import AgreementPrintDialog
from hallpass_journal.ui.views.agreement_view import AgreementView

TERMS = AgreementTerms(
    intention="Curiosity we share",
    permitted=["Kissing", "Dancing"],
    frequency="one_time",
    pause_phrase="Blue umbrella",
)


@pytest.fixture
def view(qtbot, host, journal, dialogs) -> AgreementView:  # noqa: ANN001
    agreement = journal.agreements.create("Our weekend", TERMS).agreement
    journal.agreements.change_status(
        agreement.uuid, AgreementStatus.AGREED, note="We both said yes."
    )
    journal.agreements.new_version(
        agreement.uuid, TERMS.model_copy(update={"permitted": ["Kissing"]}), "Less"
    )
    widget = AgreementView(journal)
    host(widget)
    return widget


def _open(qtbot, view: AgreementView) -> AgreementPrintDialog:  # noqa: ANN001
    qtbot.mouseClick(view.reader_page.save_link, Qt.MouseButton.LeftButton)
    dialog = view.findChild(AgreementPrintDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_version_read_is_saved_as_html_with_what_changed(
    qtbot,
    view,
    dialogs,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    view.versions_panel.list.setCurrentRow(1)  # reading version 1 (newest first)
    dialog = _open(qtbot, view)
    assert dialog.chosen_version == 1
    assert "NOT be encrypted" in " ".join(
        label.text() for label in dialog.findChildren(type(view.version_line))
    )
    dialog.version.setCurrentIndex(1)  # version 2, compared with version 1
    dialog.compare.setChecked(True)
    assert dialog.compare_version == 1
    dialog.html.setChecked(True)
    out = tmp_path / "agreement"
    dialogs.save_answers.append(out)
    dialog.accept()
    qtbot.waitUntil(lambda: "inform" in dialogs.kinds())
    written = out.with_suffix(".html")
    assert written.stat().st_mode & 0o777 == 0o600
    html = written.read_text(encoding="utf-8")
    assert "Kissing" in html and "Dancing" in html  # Dancing: struck out since version 1
    assert "We both said yes." in html  # the consent record
    assert written.name in dialogs.calls[-1][2]


def test_a_pdf_of_the_newest_version(qtbot, view, dialogs, tmp_path: Path) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    dialog = _open(qtbot, view)
    assert dialog.chosen_version == 2 and dialog.fmt == "pdf"
    assert dialog.compare_version is None
    out = tmp_path / "ours.pdf"
    dialogs.save_answers.append(out)
    dialog.accept()
    qtbot.waitUntil(lambda: "inform" in dialogs.kinds())
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "Kissing" in text and "Blue umbrella" in text
    assert "Our weekend, version 2" in text


def test_choosing_no_file_writes_nothing(qtbot, view, dialogs, tmp_path: Path) -> None:  # noqa: ANN001
    dialog = _open(qtbot, view)
    dialogs.save_answers.append(None)
    dialog.accept()
    assert dialogs.kinds() == ["save_file"]
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("journal.hpj")) == []


def test_a_lock_while_saving_is_never_held_open_by_a_message(
    qtbot,
    dialogs,
    tmp_path: Path,  # noqa: ANN001
) -> None:
    from menu_support import OP_TIMEOUT, unlock

    from hallpass_journal.paths import AppPaths
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui import operations
    from hallpass_journal.ui.app_settings import AppSettings
    from hallpass_journal.ui.windows.main_window import MainWindow
    from tests.conftest import PASSPHRASE

    paths = AppPaths.under(tmp_path / "app")
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        journal.agreements.create("Our weekend", TERMS)
    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.start()
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window)
    try:
        workspace = window.workspace
        assert workspace is not None
        workspace.show_section("agreement")
        view = workspace.view("agreement", create=False)
        assert isinstance(view, AgreementView)
        dialog = _open(qtbot, view)
        out = tmp_path / "saved.pdf"
        dialogs.save_answers.append(out)
        opened = window.journal
        assert opened is not None
        with opened.vault.locked():  # the save waits at its first step...
            dialog.accept()
        window.auto_lock()  # ...and ends while the window locks
        qtbot.waitUntil(lambda: window.journal is None, timeout=OP_TIMEOUT)
        qtbot.waitUntil(lambda: operations.running() == 0, timeout=OP_TIMEOUT)
        assert not opened.vault.is_open
        # Whatever the save came to, no message box was shown while the window locked.
        assert "inform" not in dialogs.kinds() and "warn" not in dialogs.kinds()
    finally:
        window.shutdown()
        operations.shutdown()
