"""``hallpass-journal export`` of a selection and ``hallpass-journal agreement``.

The same rules as the Export section: private entries never go into pdf, markdown or
html; ``--from``/``--to`` are inclusive on the day an entry is about; every bad argument
is one line and exit status 1, before the passphrase is asked for.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cli_support import Run, cli_runner

from hallpass_journal.domain.agreements import Agreement, AgreementTerms
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.vocabulary import EntryKind
from hallpass_journal.services.journal import Journal
from tests.conftest import PASSPHRASE

STDIN = PASSPHRASE + "\n"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    return cli_runner(monkeypatch, capsys, stdin=STDIN)


@pytest.fixture
def filled(journal: Journal, journal_path: Path) -> Path:
    """Entries on 1-6 May 2026 of three kinds, one private, one marked; a question."""
    made = {}
    for day, kind, title, private in (
        (1, EntryKind.FREE, "Before the range", False),
        (2, EntryKind.FREE, "First day in range", False),
        (3, EntryKind.FEELINGS, "Feelings in range", False),
        (4, EntryKind.FREE, "Private in range", True),
        (5, EntryKind.CONVERSATION, "Last day in range", False),
        (6, EntryKind.FREE, "After the range", False),
    ):
        made[title] = journal.save_entry(
            Entry.new(
                kind,
                title=title,
                body=f"Words of {title.lower()}.",
                about=date(2026, 5, day),
                private=private,
            )
        )
    journal.session.mark(made["Feelings in range"].uuid)
    journal.session.mark(made["Private in range"].uuid)
    journal.session.add_question("How do we talk about the office party?")
    journal.close()
    return journal_path


def _export(run: Run, path: Path, out: Path, *options: str) -> tuple[int, str, str]:
    return run("export", str(path), "--passphrase-stdin", "--out", str(out), *options)


def test_markdown_export_holds_the_range_inclusive_and_never_a_private_entry(
    run: Run, filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes.md"
    code, stdout, err = _export(
        run, filled, out, "--format", "markdown", "--from", "2026-05-02", "--to", "2026-05-05"
    )
    assert code == 0, err
    assert "NOT be encrypted" in err and "therapist" in err
    assert "Exported 3 entries" in stdout
    text = out.read_text(encoding="utf-8")
    for title in ("First day in range", "Feelings in range", "Last day in range"):
        assert title in text
    for title in ("Before the range", "After the range", "Private in range"):
        assert title not in text
    assert "How do we talk about the office party?" in text
    assert out.stat().st_mode & 0o777 == 0o600


def test_kinds_and_marked_choose_entries_the_same_way_as_the_dialog(
    run: Run, filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "kinds.html"
    code, stdout, _ = _export(
        run, filled, out, "--format", "html", "--kinds", "feelings,Conversation"
    )
    assert code == 0 and "Exported 2 entries" in stdout
    text = out.read_text(encoding="utf-8")
    assert "Feelings in range" in text and "Last day in range" in text
    assert "First day in range" not in text

    marked = tmp_path / "marked.md"
    code, stdout, _ = _export(run, filled, marked, "--format", "markdown", "--marked")
    assert code == 0 and "Exported 1 entry" in stdout  # the private mark never counts
    assert "Feelings in range" in marked.read_text(encoding="utf-8")


def test_pdf_export_writes_a_real_pdf(run: Run, filled: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "session.pdf"
    code, stdout, err = _export(run, filled, out, "--format", "pdf", "--marked")
    assert code == 0, err
    # Words come out of the PDF separated by tabs or spaces: compare words.
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Feelings in range" in text and "office party" in text
    assert "Private in range" not in text and "First day in range" not in text


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (("--format", "pdf", "--from", "2026-13-01"), "--from “2026-13-01” is not a date"),
        (("--format", "pdf", "--to", "May 5"), "--to “May 5” is not a date"),
        # Python 3.11's date.fromisoformat reads these too; nobody means them.
        (("--format", "pdf", "--from", "20260501"), "--from “20260501” is not a date"),
        (("--format", "pdf", "--to", "2026-W19-1"), "--to “2026-W19-1” is not a date"),
        (("--format", "pdf", "--from", "2026-5-1"), "--from “2026-5-1” is not a date"),
        (("--format", "markdown", "--kinds", ","), "--kinds: no kind given"),
        (("--format", "markdown", "--kinds", " , ,"), "--kinds: no kind given"),
        (("--format", "markdown", "--kinds", ""), "--kinds: no kind given"),
        (("--format", "pdf", "--from", "2026-05-06", "--to", "2026-05-01"), "comes after"),
        (("--format", "markdown", "--kinds", "feelings,dreams"), "“dreams” is not a kind"),
        (("--format", "html", "--include-private"), "never go into an HTML export"),
        (("--from", "2026-05-01"), "a JSON export is the whole journal"),
    ],
)
def test_a_bad_argument_is_one_line_and_exit_1_before_the_passphrase(
    run: Run, filled: Path, tmp_path: Path, options: tuple[str, ...], says: str
) -> None:
    out = tmp_path / "never.out"
    # Nothing on standard input: had the passphrase been asked for first, the command
    # would fail with "Expected a passphrase on standard input" instead.
    code, stdout, err = run(
        "export", str(filled), "--passphrase-stdin", "--out", str(out), *options, stdin=""
    )
    assert code == 1 and says in err, err
    assert len(err.strip().splitlines()) == 1 and stdout == ""
    assert not out.exists()


def test_an_unwritable_target_is_one_line_and_nothing_is_written(
    run: Run, filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "no such folder" / "notes.pdf"
    code, _, err = _export(run, filled, out, "--format", "pdf")
    assert code == 1 and "does not exist" in err and len(err.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_agreement_writes_a_version_and_refuses_one_that_does_not_exist(
    run: Run, journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    outcome = journal.agreements.create(
        "Our agreement", AgreementTerms(intention="Stay close and honest.")
    )
    journal.agreements.new_version(
        outcome.agreement.uuid,
        AgreementTerms(intention="Stay close, kind and honest."),
        change_note="Added kindness.",
    )
    journal.close()
    html = tmp_path / "agreement.html"
    code, stdout, err = run(
        "agreement",
        str(journal_path),
        "--passphrase-stdin",
        "--out",
        str(html),
        "--version",
        "1",
        "--compare-with",
        "2",
    )
    assert code == 0, err
    assert "NOT be encrypted" in err and "version 1" in stdout
    text = html.read_text(encoding="utf-8")
    assert "Stay close and honest." in text

    code, _, err = run(
        "agreement",
        str(journal_path),
        "--passphrase-stdin",
        "--out",
        str(tmp_path / "a.pdf"),
        "--version",
        "9",
    )
    assert code == 1 and "has version(s) 1, 2" in err
    assert not (tmp_path / "a.pdf").exists()


def test_agreement_in_a_journal_without_one_says_so(
    run: Run, journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    journal.close()
    code, _, err = run(
        "agreement", str(journal_path), "--passphrase-stdin", "--out", str(tmp_path / "a.pdf")
    )
    assert code == 1 and "no agreement yet" in err


def test_the_passphrase_is_asked_for_once_the_arguments_are_good(
    run: Run, filled: Path, tmp_path: Path
) -> None:
    # The counterpart of the test above: with good arguments and nothing on standard
    # input, it is the passphrase that is missing (so that test can fail).
    out = tmp_path / "notes.md"
    code, _, err = _export(run, filled, out, "--format", "markdown", "--kinds", "free")
    assert code == 0, err
    code, _, err = run(
        "export",
        str(filled),
        "--passphrase-stdin",
        "--out",
        str(out),
        "--format",
        "markdown",
        stdin="",
    )
    assert code == 1 and "Expected a passphrase on standard input" in err


def test_json_export_counts_in_words_that_fit_one(
    run: Run, journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    journal.save_entry(Entry.new(EntryKind.FREE, title="shared"))
    journal.save_entry(Entry.new(EntryKind.FREE, title="mine", private=True))
    journal.close()
    code, stdout, err = _export(run, journal_path, tmp_path / "all.json")
    assert code == 0, err
    assert "Exported 1 entry to" in stdout
    assert "1 private entry was left out (--include-private adds them)." in stdout


def test_agreement_without_terms_is_one_line_and_nothing_is_written(
    run: Run, journal: Journal, journal_path: Path, tmp_path: Path
) -> None:
    journal.agreements.save(Agreement(title="Not written yet", versions=[]))
    journal.close()
    out = tmp_path / "a.pdf"
    code, stdout, err = run("agreement", str(journal_path), "--passphrase-stdin", "--out", str(out))
    assert code == 1 and stdout == ""
    [line] = err.strip().splitlines()
    assert line.endswith("This agreement has no terms written yet; nothing was written.")
    assert "NOT be encrypted" not in err
    assert not out.exists()
