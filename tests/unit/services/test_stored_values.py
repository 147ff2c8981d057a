"""Settings and drafts read back from a journal are checked, never trusted.

A journal may already hold values that older versions imported unchecked (or that were
damaged). Reading one must never raise: the default is used, a note says so once, and
unlocking, backups and exports keep working. Bad values are put in through the storage
layer, exactly as an unchecked import once wrote them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hallpass_journal.domain.errors import AlreadyOpen
from hallpass_journal.services import backups
from hallpass_journal.services.export_json import export_json, import_json
from hallpass_journal.services.journal import SETTING_BACKUPS_KEPT, Journal
from hallpass_journal.storage.kv_repo import DraftRepository, SettingsRepository

PASS = "correct horse battery staple"
CHECK_IN_DRAFT = "home.check_in"


def nested(depth: int) -> object:
    value: object = []
    for _ in range(depth):
        value = [value]
    return value


BAD_KEEPS = ["lots", [1], float("nan"), float("inf"), 2.5, True, None, {"n": 5}, 1, 0, -3, 10**6]


@pytest.mark.parametrize("bad", BAD_KEEPS, ids=[repr(b)[:12] for b in BAD_KEEPS])
def test_a_bad_stored_backups_setting_never_blocks_unlock(
    journal: Journal, journal_path: Path, bad: object
) -> None:
    for _ in range(3):
        backups.make_backup(journal.vault)
    SettingsRepository(journal.vault).set(SETTING_BACKUPS_KEPT, bad)
    journal.close()
    for _ in range(2):  # the second unlock is not told "already open"
        with Journal.open(journal_path, PASS) as again:
            assert again.backups_kept == backups.DEFAULT_KEEP
            notes = again.notes.take()
            assert len(notes) == 1 and SETTING_BACKUPS_KEPT in notes[0]
            assert again.notes.take() == []  # shown once
            # The manual backup keeps the default number, instead of deleting down to 1.
            backups.make_backup(again.vault, keep=again.backups_kept)
    assert len(backups.list_backups(journal_path)) == 5


def test_a_failed_open_closes_what_it_opened(
    journal: Journal, journal_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.close()

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug after the vault was opened")

    monkeypatch.setattr(backups, "backup_if_due", broken)
    with pytest.raises(RuntimeError):
        Journal.open(journal_path, PASS)
    monkeypatch.undo()
    try:
        again = Journal.open(journal_path, PASS)
    except AlreadyOpen:
        pytest.fail("the failed open left the journal half open")
    again.close()


def test_settings_read_back_typed_or_default(journal: Journal) -> None:
    repo = SettingsRepository(journal.vault)
    repo.set(SETTING_BACKUPS_KEPT, "lots")
    repo.set("ui.deep", nested(300))
    repo.set("ui.zoom", 1.5)
    assert journal.settings.get(SETTING_BACKUPS_KEPT) == backups.DEFAULT_KEEP
    assert journal.settings.get("ui.deep", "fallback") == "fallback"
    assert journal.settings.get("ui.zoom") == 1.5
    assert journal.settings.all() == {"ui.zoom": 1.5}
    assert len(journal.notes.take()) == 2


def test_known_settings_refuse_bad_values_when_written(journal: Journal) -> None:
    for bad in ["lots", 1, 101, True, 2.0]:
        with pytest.raises(ValueError):
            journal.settings.set(SETTING_BACKUPS_KEPT, bad)
    journal.settings.set(SETTING_BACKUPS_KEPT, 2)
    assert journal.backups_kept == 2


HOSTILE_DRAFTS = [
    {"emotions": 5},
    {"mood": "x"},
    {"mood": True},
    {"emotions": [["calm", "x"]]},
    {"emotions": [["calm", 6, 7]]},
    {"emotions": [["nonsense", 6]]},
    {"emotions": [["calm", 6]] * 100_000},
    {"needs": nested(300)},
    {"note": ["not", "text"]},
    {"private": "yes"},
    {"telling_me": {"a": 1}},
    {"unexpected": 1},
]


@pytest.mark.parametrize(
    "payload", HOSTILE_DRAFTS, ids=[str(i) for i in range(len(HOSTILE_DRAFTS))]
)
def test_a_hostile_draft_is_ignored_with_a_note(
    journal: Journal, payload: dict[str, object]
) -> None:
    DraftRepository(journal.vault).put(CHECK_IN_DRAFT, payload)
    assert journal.drafts.get(CHECK_IN_DRAFT) is None
    assert journal.drafts.all() == []
    assert len(journal.notes.take()) == 1
    with pytest.raises(ValueError):
        journal.drafts.put(CHECK_IN_DRAFT, payload)  # the app cannot write one either


def test_bad_stored_values_never_break_an_export(journal: Journal, tmp_path: Path) -> None:
    settings_repo = SettingsRepository(journal.vault)
    settings_repo.set(SETTING_BACKUPS_KEPT, float("nan"))
    settings_repo.set("ui.deep", nested(300))
    drafts_repo = DraftRepository(journal.vault)
    drafts_repo.put(CHECK_IN_DRAFT, {"emotions": 5})
    drafts_repo.put("editor:new", {"title": "kept", "body": nested(300)})
    drafts_repo.put("later.kind", {"deep": nested(300)})
    drafts_repo.put("editor:other", {"title": "kept", "body": ""})
    out = tmp_path / "out.json"
    export_json(journal, out, include_private=True)
    written = json.loads(out.read_bytes())
    assert written["settings"] == {}
    assert [d["key"] for d in written["drafts"]] == ["editor:other"]
    with Journal.create(tmp_path / "other.hpj", PASS) as other:
        import_json(other, out)
        again = tmp_path / "again.json"
        export_json(other, again, include_private=True)
    assert again.read_bytes() == out.read_bytes()
