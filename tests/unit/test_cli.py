"""The command line, driven through main() with passphrases on stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from hallpass_journal import __version__
from hallpass_journal.cli import main

PW = "correct horse battery staple"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    def _run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        out, err = capsys.readouterr()
        return code, out, err

    return _run


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
    assert code == 0 and "1 private entries were left out" in stdout
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
