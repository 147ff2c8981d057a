"""The command line, driven through main() with passphrases on stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from cli_support import Run, cli_runner

from hallpass_journal import __version__
from hallpass_journal.cli import main

PW = "correct horse battery staple"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return cli_runner(monkeypatch, capsys)


@pytest.fixture
def ok(run):  # noqa: ANN001, ANN201
    """Run a command that must succeed; return its stdout and stderr."""

    def _ok(*argv: str, stdin: str = "") -> tuple[str, str]:
        code, out, err = run(*argv, stdin=stdin)
        assert code == 0, f"{argv[0]} exited with {code}: {err}"
        return out, err

    return _ok


def test_version(run) -> None:  # noqa: ANN001
    code, out, _ = run("--version")
    assert code == 0 and __version__ in out


def test_usage_errors_exit_2(run, tmp_path: Path) -> None:  # noqa: ANN001
    assert run("frobnicate")[0] == 2
    assert run("add", str(tmp_path / "j.hpj"))[0] == 2  # no body
    assert run("add", str(tmp_path / "j.hpj"), "--body", "x", "--date", "14/03/2026")[0] == 2


def test_init_add_search(run, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    assert run("init", j, "--passphrase-stdin", stdin=PW + "\n")[0] == 0
    code, _, _ = run(
        "add",
        j,
        "--passphrase-stdin",
        "--title",
        "Harbour",
        "--tags",
        "calm, sea",
        "--date",
        "2026-03-14",
        "--body",
        "We walked to the lighthouse.",
        stdin=PW + "\n",
    )
    assert code == 0
    code, out, _ = run("search", j, "lighthouse", "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0
    assert out.strip() == "2026-03-14  Harbour  We walked to the [lighthouse]."
    code, out, err = run("search", j, '"unbalanced AND', "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "No matches" in err


def test_body_file_and_private(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    body = tmp_path / "body.txt"
    body.write_text("from a file 🌙", encoding="utf-8")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    ok("add", j, "--passphrase-stdin", "--private", "--body-file", str(body), stdin=PW + "\n")
    out = tmp_path / "e.json"
    code, stdout, _ = run("export", j, "--out", str(out), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "1 private entry was left out" in stdout
    assert json.loads(out.read_text())["entries"] == []
    ok("export", j, "--out", str(out), "--include-private", "--passphrase-stdin", stdin=PW + "\n")
    [entry] = json.loads(out.read_text())["entries"]
    assert entry["body"] == "from a file 🌙" and entry["private"] is True
    assert out.stat().st_mode & 0o077 == 0  # plaintext export readable by its owner only


def test_wrong_passphrase_is_one_clear_line(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = tmp_path / "j.hpj"
    ok("init", str(j), "--passphrase-stdin", stdin=PW + "\n")
    before = j.read_bytes()
    code, out, err = run("verify", str(j), "--passphrase-stdin", stdin="nope\n")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "passphrase does not open" in err
    assert j.read_bytes() == before


def test_missing_journal_and_no_terminal(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    code, _, err = run("verify", str(tmp_path / "none.hpj"), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 1 and "no journal" in err
    ok("init", str(tmp_path / "j.hpj"), "--passphrase-stdin", stdin=PW + "\n")
    code, _, err = run("verify", str(tmp_path / "j.hpj"))  # stdin is not a terminal
    assert code == 1 and "--passphrase-stdin" in err


def test_export_import_round_trip_and_warning(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    a, b = str(tmp_path / "a.hpj"), str(tmp_path / "b.hpj")
    ok("init", a, "--passphrase-stdin", stdin=PW + "\n")
    ok("add", a, "--passphrase-stdin", "--title", "one", "--body", "first", stdin=PW + "\n")
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    code, _, err = run("export", a, "--out", str(first), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "NOT be encrypted" in err
    ok("init", b, "--passphrase-stdin", stdin=PW + "\n")
    code, out, _ = run("import", b, str(first), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "1 added" in out
    code, out, _ = run("import", b, str(first), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "0 added" in out
    ok("export", b, "--out", str(second), "--passphrase-stdin", stdin=PW + "\n")
    assert first.read_bytes() == second.read_bytes()


def test_import_reports_problems_and_imports_nothing(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "hallpass-journal-export",
                "format_version": 1,
                "entries": [{"kind": "free", "about": "not a date"}],
            }
        )
    )
    code, _, err = run("import", j, str(bad), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 1 and "entries[0].about" in err and "nothing was imported" in err


def test_change_passphrase_backup_restore(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    ok("add", j, "--passphrase-stdin", "--title", "kept", "--body", "x", stdin=PW + "\n")
    backup = tmp_path / "manual.hpj"
    assert run("backup", j, "--out", str(backup), "--passphrase-stdin", stdin=PW + "\n")[0] == 0
    code, _, _ = run("change-passphrase", j, "--passphrase-stdin", stdin=f"{PW}\nnew words here\n")
    assert code == 0
    assert run("verify", j, "--passphrase-stdin", stdin=PW + "\n")[0] == 1
    assert run("verify", j, "--passphrase-stdin", stdin="new words here\n")[0] == 0
    code, out, _ = run("restore", j, str(backup), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "kept at" in out
    code, out, _ = run("search", j, "kept", "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "[kept]" in out


def test_demo_then_search(run, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "demo.hpj")
    code, out, _ = run("demo", j, "--entries", "40", "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "40 entries" in out
    code, out, _ = run("verify", j, "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and "40 entries" in out


def test_schema_is_json(run) -> None:  # noqa: ANN001
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["title"] == "ExportDocument"


def test_file_problems_are_one_line_not_a_traceback(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    nowhere = str(tmp_path / "no" / "such" / "folder" / "x")
    for argv in (["export", j, "--out", nowhere + ".json"], ["backup", j, "--out", nowhere]):
        code, _, err = run(*argv, "--passphrase-stdin", stdin=PW + "\n")
        assert code == 1 and "Traceback" not in err and err.count("\n") == 1, err
    code, _, err = run("export", j, "--out", j, "--passphrase-stdin", stdin=PW + "\n")
    assert code == 1 and "over the journal itself" in err
    code, _, err = run("backup", j, "--out", j + "-wal", "--passphrase-stdin", stdin=PW + "\n")
    assert code == 1 and "over the journal itself" in err


# -- passphrases of any length, and stdin that is not UTF-8 ----------------------------

LONG_PASSPHRASES = pytest.mark.parametrize(
    "long_pw", [("Zq9" * 25), ("lighthouse-" * 100)[:1_000]], ids=["75-chars", "1000-chars"]
)


@LONG_PASSPHRASES
def test_long_passphrases_create_and_open_journals(run, ok, tmp_path: Path, long_pw: str) -> None:  # noqa: ANN001
    j, demo = str(tmp_path / "j.hpj"), str(tmp_path / "demo.hpj")
    ok("init", j, "--passphrase-stdin", stdin=long_pw + "\n")
    out, _ = ok("verify", j, "--passphrase-stdin", stdin=long_pw + "\n")
    assert "every page checks out" in out
    # One character short is another passphrase: nothing is cut off anywhere.
    assert run("verify", j, "--passphrase-stdin", stdin=long_pw[:-1] + "\n")[0] == 1

    ok("demo", demo, "--entries", "3", "--passphrase-stdin", stdin=long_pw + "\n")
    out, _ = ok("verify", demo, "--passphrase-stdin", stdin=long_pw + "\n")
    assert "3 entries" in out

    other = str(tmp_path / "other.hpj")
    ok("init", other, "--passphrase-stdin", stdin=PW + "\n")
    ok("change-passphrase", other, "--passphrase-stdin", stdin=f"{PW}\n{long_pw}\n")
    assert run("verify", other, "--passphrase-stdin", stdin=PW + "\n")[0] == 1
    ok("verify", other, "--passphrase-stdin", stdin=long_pw + "\n")


@pytest.fixture
def run_bytes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """Like ``run``, with raw bytes on stdin decoded the way Python decodes a real stdin."""

    def _run(*argv: str, stdin: bytes, errors: str) -> tuple[int, str, str]:
        stream = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors=errors)
        monkeypatch.setattr("sys.stdin", stream)
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return _run


# "strict" is Python's default; "surrogateescape" is what it uses under a C/POSIX locale.
@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_stdin_not_utf8_is_one_clear_line(run_bytes, ok, tmp_path: Path, errors: str) -> None:  # noqa: ANN001
    j = tmp_path / "j.hpj"
    code, out, err = run_bytes(
        "init", str(j), "--passphrase-stdin", stdin=b"\xff\xfe\n", errors=errors
    )
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert "not valid UTF-8" in err and "unexpected" not in err
    assert not j.exists()

    ok("init", str(j), "--passphrase-stdin", stdin=PW + "\n")
    before = j.read_bytes()
    for argv, data in (
        (["verify", str(j)], b"caf\xe9\n"),
        (["change-passphrase", str(j)], PW.encode() + b"\n\xed\xa0\x80 lone surrogate\n"),
    ):
        code, out, err = run_bytes(*argv, "--passphrase-stdin", stdin=data, errors=errors)
        assert code == 1 and err.count("\n") == 1 and "not valid UTF-8" in err, err
    assert j.read_bytes() == before


# -- where export and backup may write ---------------------------------------------------


@pytest.fixture
def dev_guard(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Make sure a regression can never rename a file over /dev/null or /dev/full.

    The tests run as root on some machines, where the old code did exactly that.
    """
    import os
    import stat

    real_replace = os.replace

    def guarded(src, dst, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        if os.path.abspath(os.fspath(dst)).startswith("/dev/"):
            raise AssertionError(f"tried to replace {dst}")
        real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", guarded)
    yield
    for device in ("/dev/null", "/dev/full"):
        assert stat.S_ISCHR(os.lstat(device).st_mode)
    assert not [p for p in os.listdir("/dev") if p.startswith((".null", ".full"))]


def _refused(run, argv: list[str], expected: str, stdin: str = PW + "\n") -> str:  # noqa: ANN001
    code, out, err = run(*argv, "--passphrase-stdin", stdin=stdin)
    assert code == 1 and out == "", (argv, out, err)
    assert err.count("\n") == 1 and expected in err, err
    assert "journal's folder" not in err and "unexpected" not in err
    return err


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_export_and_backup_refuse_devices(run, ok, tmp_path: Path, dev_guard, device: str) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    _refused(run, ["export", j, "--out", device], "is a device, not a file")
    _refused(run, ["backup", j, "--out", device], "is a device, not a file")
    _refused(run, ["backup", j, "--out", device, "--overwrite"], "is a device, not a file")


def test_export_and_backup_refuse_fifos_symlinks_and_folders(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    import os
    import signal
    import stat

    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    real = tmp_path / "real.json"
    real.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    (tmp_path / "folder").mkdir()

    def blocked(signum: int, frame: object) -> None:
        raise TimeoutError("blocked opening the FIFO")

    previous = signal.signal(signal.SIGALRM, blocked)
    signal.alarm(10)  # opening a FIFO with no writer would hang: fail instead
    try:
        for command in (["export", j], ["backup", j], ["backup", j, "--overwrite"]):
            _refused(run, [*command, "--out", str(fifo)], "named pipe")
            _refused(run, [*command, "--out", str(link)], "symbolic link")
            _refused(run, [*command, "--out", str(tmp_path / "folder")], "is a folder")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert link.is_symlink() and real.read_text() == "{}"
    assert list((tmp_path / "folder").iterdir()) == []


def test_refusals_come_before_the_passphrase_is_asked(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = str(tmp_path / "j.hpj")
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    _refused(run, ["export", j, "--out", str(tmp_path)], "is a folder", stdin="")
    missing = tmp_path / "no" / "such" / "x.json"
    _refused(run, ["export", j, "--out", str(missing)], "does not exist", stdin="")
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    err = _refused(run, ["backup", j, "--out", str(afile / "b.hpj")], "not a folder", stdin="")
    assert "does not exist" not in err


def test_export_never_replaces_a_journal_or_backup(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j, other = str(tmp_path / "j.hpj"), tmp_path / "other.data"
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    ok("init", str(other), "--passphrase-stdin", stdin="another journal's words\n")
    backup = tmp_path / "backup.bin"
    ok("backup", j, "--out", str(backup), "--passphrase-stdin", stdin=PW + "\n")
    for target in (other, backup):
        before = target.read_bytes()
        err = _refused(run, ["export", j, "--out", str(target)], "Hall Pass journal or backup")
        assert "not encrypted" in err and "--overwrite" not in err
        assert target.read_bytes() == before
    # There is deliberately no way to ask for it: export has no --overwrite.
    code, _, _ = run("export", j, "--out", str(backup), "--overwrite", "--passphrase-stdin")
    assert code == 2 and backup.read_bytes()[:16] == Path(j).read_bytes()[:16]


def test_backup_replaces_a_journal_or_backup_only_with_overwrite(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j, other = str(tmp_path / "j.hpj"), tmp_path / "other.hpj"
    ok("init", j, "--passphrase-stdin", stdin=PW + "\n")
    ok("add", j, "--passphrase-stdin", "--title", "newest", "--body", "x", stdin=PW + "\n")
    ok("init", str(other), "--passphrase-stdin", stdin="another journal's words\n")
    usb = tmp_path / "usb-backup.hpj"
    ok("backup", j, "--out", str(usb), "--passphrase-stdin", stdin=PW + "\n")
    for target in (usb, other):
        before = target.read_bytes()
        err = _refused(run, ["backup", j, "--out", str(target)], "Hall Pass journal or backup")
        assert "--overwrite" in err
        assert target.read_bytes() == before
        out, _ = ok(
            "backup", j, "--out", str(target), "--overwrite", "--passphrase-stdin", stdin=PW + "\n"
        )
        assert "Encrypted backup written" in out
        out, _ = ok("search", str(target), "newest", "--passphrase-stdin", stdin=PW + "\n")
        assert "[newest]" in out


# -- a journal reached through a symbolic link (the real file gets every change) -------


def test_symlinked_journal_add_change_passphrase_restore(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    from hallpass_journal.services.journal import Journal

    real = tmp_path / "Sync" / "j.hpj"
    real.parent.mkdir()
    alias = tmp_path / "j.hpj"
    alias.symlink_to(real)
    ok("init", str(alias), "--passphrase-stdin", stdin=PW + "\n")
    assert alias.is_symlink() and real.is_file()

    # Open in the window under its real name: the link must meet the same lock.
    with Journal.open(real, PW, auto_backup=False):
        code, out, err = run(
            "add", str(alias), "--body", "x", "--passphrase-stdin", stdin=PW + "\n"
        )
    assert code == 1 and "already open" in err and "unexpected" not in err, err

    ok("add", str(alias), "--title", "before", "--body", "x", "--passphrase-stdin", stdin=PW + "\n")
    out, _ = ok("backup", str(alias), "--passphrase-stdin", stdin=PW + "\n")
    [backup] = (real.parent / "j.hpj.backups").glob("backup-*.hpj")
    assert backup.name in out
    ok("add", str(alias), "--title", "after", "--body", "x", "--passphrase-stdin", stdin=PW + "\n")

    new = "new words here"
    ok("change-passphrase", str(alias), "--passphrase-stdin", stdin=f"{PW}\n{new}\n")
    assert alias.is_symlink()
    assert run("verify", str(real), "--passphrase-stdin", stdin=PW + "\n")[0] == 1
    out, _ = ok("verify", str(real), "--passphrase-stdin", stdin=new + "\n")
    assert "2 entries" in out

    out, _ = ok("restore", str(alias), str(backup), "--passphrase-stdin", stdin=PW + "\n")
    assert alias.is_symlink() and "kept at" in out and f"into {real.resolve()}" in out
    out, _ = ok("search", str(real), "before", "--passphrase-stdin", stdin=PW + "\n")
    assert "[before]" in out
    code, out, _ = run("search", str(real), "after", "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Sync", "j.hpj"]


def test_verify_names_damaged_pages_even_if_counting_fails(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    j = tmp_path / "j.hpj"
    ok("init", str(j), "--passphrase-stdin", stdin=PW + "\n")
    for i in range(30):
        body = f"entry {i} " + "words " * 500
        ok("add", str(j), "--body", body, "--passphrase-stdin", stdin=PW + "\n")
    with j.open("r+b") as fh:  # page 2 holds part of the entries table
        fh.seek(4096 + 100)
        fh.write(b"\xff" * 8)
    before = j.read_bytes()
    code, out, err = run("verify", str(j), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 1 and out == ""
    assert "page 2" in err and "unexpected" not in err, err
    assert j.read_bytes() == before


def test_a_wal_that_does_not_belong_is_set_aside_and_said_once(run, ok, tmp_path: Path) -> None:  # noqa: ANN001
    import shutil

    j = tmp_path / "j.hpj"
    wal = tmp_path / "j.hpj-wal"
    ok("init", str(j), "--passphrase-stdin", stdin=PW + "\n")
    for i in range(10):
        ok("add", str(j), "--body", f"old {i}", "--passphrase-stdin", stdin=PW + "\n")
    backup = tmp_path / "old.hpj"
    ok("backup", str(j), "--out", str(backup), "--passphrase-stdin", stdin=PW + "\n")
    from hallpass_journal.domain.entries import Entry
    from hallpass_journal.domain.vocabulary import EntryKind
    from hallpass_journal.services.journal import Journal

    with Journal.open(j, PW, auto_backup=False) as journal:
        for i in range(20):
            journal.save_entry(Entry.new(EntryKind.FREE, body=f"new {i} " + "words " * 300))
        journal.vault.checkpoint()
        for i in range(5):
            journal.save_entry(Entry.new(EntryKind.FREE, body=f"newer {i} " + "words " * 300))
        frames = wal.read_bytes()  # as a crash would leave it
    wal.write_bytes(frames)
    shutil.copyfile(backup, j)  # then an older backup copied over the journal by hand

    code, out, err = run("verify", str(j), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0, err
    assert "OK" in out and "10 entries" in out
    assert "j.hpj-wal.orphaned-1" in err and "unexpected" not in err
    assert (tmp_path / "j.hpj-wal.orphaned-1").read_bytes() == frames
    code, out, err = run("verify", str(j), "--passphrase-stdin", stdin=PW + "\n")
    assert code == 0 and err == ""
