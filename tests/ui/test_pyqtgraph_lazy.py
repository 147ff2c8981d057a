"""pyqtgraph (and numpy) load only when the feelings chart is first shown, on PySide6.

Run in a fresh interpreter: in the test process other tests have imported it long ago.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from datetime import date
    from pathlib import Path

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from hallpass_journal.storage import keys

    keys.set_test_params(keys.KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1))
    from hallpass_journal.domain.entries import EmotionRating, Entry
    from hallpass_journal.domain.vocabulary import EntryKind
    from hallpass_journal.paths import AppPaths
    from hallpass_journal.services.journal import Journal
    from hallpass_journal.ui.app_settings import AppSettings
    from hallpass_journal.ui.windows.main_window import MainWindow

    PASSPHRASE = "correct horse battery staple"
    paths = AppPaths.under(Path(sys.argv[1]))
    with Journal.create(paths.default_journal, PASSPHRASE) as journal:
        journal.save_entry(Entry.new(
            EntryKind.FEELINGS, about=date.today(), mood=6,
            emotions=[EmotionRating(name="calm", intensity=6)],
        ))

    def settle():
        for _ in range(5):
            app.processEvents()

    window = MainWindow(paths, AppSettings.load(paths.settings_file))
    window.start(None)
    window.show()
    settle()
    loop = QEventLoop()
    window.unlocked.connect(loop.quit)
    QTimer.singleShot(30000, loop.quit)
    window.page.passphrase.setText(PASSPHRASE)
    window.page.unlock_button.click()
    loop.exec()
    seen = {"unlocked": window.workspace is not None}
    for section in ("home", "journal"):
        window.workspace.show_section(section)
        settle()
        seen[section] = window.workspace.current_section() == section
    seen["pyqtgraph_before"] = "pyqtgraph" in sys.modules
    seen["numpy_before"] = "numpy" in sys.modules
    window.workspace.show_section("feelings")
    settle()
    view = window.workspace.view("feelings", create=False)
    seen["pyqtgraph_after"] = "pyqtgraph" in sys.modules
    import pyqtgraph

    seen["binding"] = pyqtgraph.Qt.QT_LIB
    seen["drawn"] = sorted(view.chart_tab.chart.drawn)
    window.shutdown()
    print(json.dumps(seen))
    """
)


def test_home_and_journal_never_load_pyqtgraph(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # A value meant for another program must not make pyqtgraph load another binding.
    env["PYQTGRAPH_QT_LIB"] = "PyQt5"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["unlocked"] and seen["home"] and seen["journal"]
    assert seen["pyqtgraph_before"] is False
    assert seen["numpy_before"] is False
    assert seen["pyqtgraph_after"] is True
    assert seen["binding"] == "PySide6"
    assert seen["drawn"] == ["calm", "mood"]
