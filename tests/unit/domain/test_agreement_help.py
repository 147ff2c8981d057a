"""Words for people about agreements: labels and help, gentle hints, refusals, comparisons."""

from __future__ import annotations

import pytest

from hallpass_journal.domain.agreement_compare import Segment, compare_terms, word_diff
from hallpass_journal.domain.agreements import (
    CHOICE_LABELS,
    FIELD_HELP,
    FIELD_LABELS,
    LIST_FIELDS,
    STATUS_LABELS,
    STATUS_SINCE,
    TERM_FIELDS,
    TRANSITIONS,
    Agreement,
    AgreementStatus,
    AgreementTerms,
    StatusChange,
    allowed_moves,
    check_in_days_text,
    current_agreement,
    field_text,
    list_from_lines,
    parse_check_in_days,
    refusal_reason,
    vague_terms,
    vague_words,
)

COMPLETE = AgreementTerms(
    intention="Curiosity we both share, not a fix for anything.",
    permitted=["Kissing", "Sex with a condom"],
    excluded=["Staying the night"],
    frequency="one_time",
    disclosure="partial",
    who=["Someone neither of us knows"],
    excluded_circles=["Friends", "Colleagues"],
    emotional_safeguards=["No second meeting"],
    health_safety=["Condoms every time", "A test two weeks after"],
    check_in_plan="The evening before, the morning after, and a week later.",
    pause_phrase="Can we stop for a moment and talk?",
    declining_phrases=["This was a one-time thing for me."],
)


def test_every_field_has_a_label_and_help_in_plain_words() -> None:
    assert set(TERM_FIELDS) == set(AgreementTerms.model_fields)
    assert set(FIELD_LABELS) == set(TERM_FIELDS) == set(FIELD_HELP)
    for name in TERM_FIELDS:
        assert FIELD_LABELS[name].strip() and FIELD_HELP[name].endswith((".", "…", "”"))
    assert {"permitted", "excluded", "health_safety", "declining_phrases"} <= LIST_FIELDS
    assert "pause_phrase" not in LIST_FIELDS and "frequency" not in LIST_FIELDS
    for name, labels in CHOICE_LABELS.items():
        allowed = AgreementTerms.model_fields[name].annotation.__args__  # type: ignore[union-attr]
        assert set(labels) == set(allowed)
    assert set(STATUS_LABELS) == set(STATUS_SINCE) == set(AgreementStatus)


def test_one_item_per_line_and_fields_as_text() -> None:
    assert list_from_lines("  kissing \n\n  flirting by text\n ") == ["kissing", "flirting by text"]
    assert field_text(COMPLETE, "permitted") == "Kissing\nSex with a condom"
    assert field_text(COMPLETE, "disclosure") == "Partial: the outline, not the details"
    assert field_text(AgreementTerms(), "frequency") == ""
    assert field_text(COMPLETE, "pause_phrase") == "Can we stop for a moment and talk?"


def test_a_complete_clear_agreement_gets_no_hints() -> None:
    assert vague_terms(COMPLETE) == []


def test_empty_key_fields_are_named_gently() -> None:
    hints = vague_terms(AgreementTerms())
    fields = [h.field for h in hints]
    for key in ("intention", "permitted", "excluded", "frequency", "disclosure"):
        assert key in fields
    assert "health_safety" in fields and "pause_phrase" in fields
    assert fields == sorted(fields, key=TERM_FIELDS.index)  # in the form's order
    pause = next(h for h in hints if h.field == "pause_phrase")
    assert "pause phrase" in pause.text
    assert not any(word in h.text.lower() for h in hints for word in ("must", "wrong", "should"))


def test_vague_words_are_found_whole_and_once() -> None:
    assert vague_words("Whatever feels right, maybe. Maybe!") == ["whatever feels right", "maybe"]
    assert vague_words("Be discreet; we’ll see") == ["discreet", "we'll see"]
    assert vague_words("Discreetly") == ["discreetly"]
    # Words that only contain a vague word are left alone.
    assert vague_words("etcetera, maybelline, someday") == []


def test_vague_words_in_the_terms_become_one_hint_per_field() -> None:
    terms = COMPLETE.model_copy(
        update={"permitted": ["Kissing", "maybe more, whatever feels right"], "notes": "maybe"}
    )
    hints = vague_terms(terms)
    assert [h.field for h in hints] == ["permitted"]  # notes may stay loose
    assert "“maybe” and “whatever feels right”" in hints[0].text
    assert hints[0].text.startswith("What is permitted")
    # A phrase to be said out loud may be soft on purpose.
    soft = COMPLETE.model_copy(update={"declining_phrases": ["Maybe another time."]})
    assert vague_terms(soft) == []


@pytest.mark.parametrize("current", list(AgreementStatus))
@pytest.mark.parametrize("new", list(AgreementStatus))
def test_every_refused_move_has_a_reason_and_allowed_ones_none(
    current: AgreementStatus, new: AgreementStatus
) -> None:
    reason = refusal_reason(current, new)
    if new in TRANSITIONS[current]:
        assert reason == ""
    else:
        assert reason.endswith(".") and len(reason) > 20


def test_refusal_reasons_say_what_to_do_instead() -> None:
    ended = refusal_reason(AgreementStatus.ENDED, AgreementStatus.ACTIVE)
    assert ended == "An ended agreement stays ended. You can start a new one."
    assert refusal_reason(AgreementStatus.DRAFT, AgreementStatus.ACTIVE) == (
        "It needs to be agreed by both of you before it can become active."
    )
    assert "Only an active" in refusal_reason(AgreementStatus.DRAFT, AgreementStatus.PAUSED)
    assert "already paused" in refusal_reason(AgreementStatus.PAUSED, AgreementStatus.PAUSED)
    assert "renegotiate" in refusal_reason(AgreementStatus.ACTIVE, AgreementStatus.AGREED)


def test_allowed_moves_follow_the_lifecycle_in_order() -> None:
    assert allowed_moves(AgreementStatus.DRAFT) == [AgreementStatus.AGREED, AgreementStatus.ENDED]
    assert allowed_moves(AgreementStatus.ACTIVE) == [AgreementStatus.PAUSED, AgreementStatus.ENDED]
    assert allowed_moves(AgreementStatus.ENDED) == []


def test_word_diff_marks_changed_words_on_each_side() -> None:
    old, new = word_diff("kissing and flirting", "kissing and dancing")
    assert old == (Segment("kissing and "), Segment("flirting", "removed"))
    assert new == (Segment("kissing and "), Segment("dancing", "added"))
    # Put back together, each side is exactly its text.
    before, after = "One line\nTwo  lines", "One line\nTwo lines\nThree"
    left, right = word_diff(before, after)
    assert "".join(s.text for s in left) == before
    assert "".join(s.text for s in right) == after
    assert Segment("\nThree", "added") in right


def test_word_diff_of_equal_or_empty_texts() -> None:
    assert word_diff("same words", "same words") == ((Segment("same words"),),) * 2
    assert word_diff("", "") == ((), ())
    assert word_diff("", "new") == ((), (Segment("new", "added"),))


def test_compare_terms_marks_only_the_changed_fields() -> None:
    newer = COMPLETE.model_copy(
        update={"permitted": ["Kissing"], "frequency": "weekend", "notes": "Talked on Sunday"}
    )
    comparisons = compare_terms(COMPLETE, newer)
    assert [c.field for c in comparisons] == list(TERM_FIELDS)
    changed = {c.field for c in comparisons if c.changed}
    assert changed == {"permitted", "frequency", "notes"}
    permitted = next(c for c in comparisons if c.field == "permitted")
    assert permitted.label == "What is permitted"
    assert Segment("\nSex with a condom", "removed") in permitted.old
    frequency = next(c for c in comparisons if c.field == "frequency")
    assert Segment("A weekend", "added") in frequency.new


def test_check_in_days_typed_as_a_list() -> None:
    assert parse_check_in_days("30, 14 ; 91 14") == [14, 30, 91]
    assert parse_check_in_days("   ") == []
    with pytest.raises(ValueError, match="not a number"):
        parse_check_in_days("14, two weeks")
    with pytest.raises(ValueError, match="between 1 and"):
        parse_check_in_days("0")
    for not_plain in ("14²", "²", "٣٠", "１４"):  # digits to str.isdigit, not to int() or us
        with pytest.raises(ValueError, match="is not a number of days"):
            parse_check_in_days(f"7, {not_plain}")
    with pytest.raises(ValueError, match="Up to 12"):
        parse_check_in_days(" ".join(str(d) for d in range(1, 14)))
    assert check_in_days_text([91, 14, 30]) == "14, 30 and 91 days"
    assert check_in_days_text([7]) == "7 days"
    assert check_in_days_text([1]) == "1 day"
    assert check_in_days_text([]) == "no check-ins"


def agreement_in(*statuses: AgreementStatus, title: str = "") -> Agreement:
    return Agreement(title=title, history=[StatusChange(status=s) for s in statuses])


def test_the_current_agreement_is_the_one_most_in_use_then_the_newest() -> None:
    draft, agreed, active, paused, ended = (
        [AgreementStatus.DRAFT],
        [AgreementStatus.DRAFT, AgreementStatus.AGREED],
        [AgreementStatus.DRAFT, AgreementStatus.AGREED, AgreementStatus.ACTIVE],
        [AgreementStatus.DRAFT, AgreementStatus.AGREED, AgreementStatus.ACTIVE]
        + [AgreementStatus.PAUSED],
        [AgreementStatus.DRAFT, AgreementStatus.ENDED],
    )
    assert current_agreement([]) is None
    in_use = agreement_in(*active, title="A")
    newer_draft = agreement_in(*draft, title="B")
    assert current_agreement([in_use, newer_draft]) is in_use  # a newer draft waits its turn
    held = agreement_in(*paused, title="A")
    assert current_agreement([held, agreement_in(*agreed), newer_draft]) is held
    agreed_one = agreement_in(*agreed)
    assert current_agreement([agreement_in(*draft), agreed_one]) is agreed_one
    first, second = agreement_in(*active, title="1"), agreement_in(*paused, title="2")
    assert current_agreement([first, second]) is second  # equals: the newest
    gone = agreement_in(*ended, title="gone")
    waiting = agreement_in(*draft)
    assert current_agreement([waiting, gone]) is waiting
    assert current_agreement([agreement_in(*ended), gone]) is gone  # all ended: the newest
