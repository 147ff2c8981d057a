"""The agreement editor's draft: a strict schema, its key, and what it refuses."""

from __future__ import annotations

import json
import uuid as uuid_mod

import pytest

from hallpass_journal.domain.agreements import CHOICE_LABELS, TERM_FIELDS
from hallpass_journal.domain.drafts import (
    AGREEMENT_DRAFT_PREFIX,
    MAX_AGREEMENT_TEXT,
    MAX_AGREEMENT_TITLE,
    AgreementDraft,
    AgreementDraftTerms,
    DraftProblem,
    OtherDraft,
    agreement_draft_key,
    draft_payload,
    draft_type,
    parse_agreement_key,
    parse_draft,
)

AGREEMENT = uuid_mod.UUID("3f2c9a4e-1b7d-4c1a-9e55-2a6f0c8d7b11")
VERSION_KEY = f"agreement:{AGREEMENT}"
SECRET = "velvet-lantern-4410"  # never quoted back in a problem


def new_payload(**changes: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "mode": "new",
        "agreement": None,
        "title": "Our one-time pass",
        "terms": {"intention": "Curiosity", "permitted": "Kissing\n\n  Dancing ", "frequency": ""},
        "change_note": "",
    }
    payload.update(changes)
    return payload


def version_payload(**changes: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "mode": "version",
        "agreement": str(AGREEMENT),
        "title": "",
        "terms": {"pause_phrase": "Blue umbrella", "disclosure": "partial"},
        "change_note": "We talked on Sunday.",
    }
    payload.update(changes)
    return payload


def nested(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


def test_keys_name_a_new_agreement_or_the_one_being_renegotiated() -> None:
    assert agreement_draft_key() == "agreement:new"
    assert agreement_draft_key(AGREEMENT) == VERSION_KEY
    assert parse_agreement_key("agreement:new") is None
    assert parse_agreement_key(VERSION_KEY) == AGREEMENT
    for key in ("agreement:new", VERSION_KEY):
        assert draft_type(key) is AgreementDraft
    assert draft_type("agreements") is OtherDraft  # only the prefix with its colon


@pytest.mark.parametrize(
    "key",
    [
        "agreement:",
        "agreement:old",
        "agreement:NEW",
        f"agreement:{str(AGREEMENT).upper()}",  # one spelling only
        f"agreement:{AGREEMENT.hex}",
        f"agreement:{{{AGREEMENT}}}",
        f"agreement:urn:uuid:{AGREEMENT}",
        f"agreement:{AGREEMENT}:extra",
    ],
)
def test_a_key_that_names_no_agreement_is_refused(key: str) -> None:
    with pytest.raises(ValueError):
        parse_agreement_key(key)
    with pytest.raises(DraftProblem, match="not a usable agreement draft"):
        parse_draft(key, new_payload())


def test_the_draft_covers_every_term_field_and_choice() -> None:
    # A term field added later must be kept in drafts too (no words left behind).
    assert tuple(AgreementDraftTerms.model_fields) == TERM_FIELDS
    for name, labels in CHOICE_LABELS.items():
        for value in labels:
            AgreementDraftTerms.model_validate({name: value})


def test_a_new_agreement_draft_round_trips_exactly() -> None:
    draft = parse_draft("agreement:new", new_payload())
    assert isinstance(draft, AgreementDraft)
    assert draft.agreement_uuid is None
    assert draft.terms.permitted == "Kissing\n\n  Dancing "  # the lines as typed
    payload = draft_payload(draft)
    assert set(payload) == {"mode", "agreement", "title", "terms", "change_note"}
    assert list(payload["terms"]) == list(TERM_FIELDS)  # every field written
    assert list(draft.terms.texts()) == list(TERM_FIELDS)
    again = parse_draft("agreement:new", json.loads(json.dumps(payload)))
    assert again == draft


def test_a_new_version_draft_names_its_agreement() -> None:
    draft = parse_draft(VERSION_KEY, version_payload())
    assert isinstance(draft, AgreementDraft)
    assert draft.mode == "version" and draft.agreement_uuid == AGREEMENT
    assert draft.change_note == "We talked on Sunday."
    assert draft.terms.texts()["disclosure"] == "partial"
    assert parse_draft(VERSION_KEY, draft_payload(draft)) == draft


def test_long_but_bounded_text_is_kept() -> None:
    text = "a" * MAX_AGREEMENT_TEXT
    draft = parse_draft(
        "agreement:new",
        new_payload(title="t" * MAX_AGREEMENT_TITLE, terms={"notes": text}),
    )
    assert isinstance(draft, AgreementDraft) and draft.terms.notes == text


HOSTILE: dict[str, tuple[str, object]] = {
    "not an object": ("agreement:new", ["new"]),
    "text": ("agreement:new", "new"),
    "no mode": ("agreement:new", {"title": "x"}),
    "unknown mode": ("agreement:new", new_payload(mode="edit")),
    "mode not text": ("agreement:new", new_payload(mode=1)),
    "unknown field": ("agreement:new", new_payload(secret=SECRET)),
    "new naming an agreement": ("agreement:new", new_payload(agreement=str(AGREEMENT))),
    "new with a change note": ("agreement:new", new_payload(change_note=SECRET)),
    "version under the new key": ("agreement:new", version_payload()),
    "version without its agreement": (VERSION_KEY, version_payload(agreement=None)),
    "version with a title": (VERSION_KEY, version_payload(title=SECRET)),
    "version of another agreement": (
        VERSION_KEY,
        version_payload(agreement=str(uuid_mod.uuid4())),
    ),
    "agreement not a uuid": (VERSION_KEY, version_payload(agreement=SECRET)),
    "agreement uppercase": (VERSION_KEY, version_payload(agreement=str(AGREEMENT).upper())),
    "agreement as a number": (VERSION_KEY, version_payload(agreement=AGREEMENT.int)),
    "title not text": ("agreement:new", new_payload(title=["a"])),
    "title too long": ("agreement:new", new_payload(title="t" * (MAX_AGREEMENT_TITLE + 1))),
    "terms not an object": ("agreement:new", new_payload(terms=SECRET)),
    "terms as a list": ("agreement:new", new_payload(terms=[SECRET])),
    "unknown term": ("agreement:new", new_payload(terms={"secret": SECRET})),
    "list field as a list": ("agreement:new", new_payload(terms={"permitted": [SECRET]})),
    "term as a number": ("agreement:new", new_payload(terms={"intention": 5})),
    "term as true": ("agreement:new", new_payload(terms={"notes": True})),
    "term nested deep": ("agreement:new", new_payload(terms={"notes": nested(300)})),
    "unknown frequency": ("agreement:new", new_payload(terms={"frequency": SECRET})),
    "unknown disclosure": ("agreement:new", new_payload(terms={"disclosure": "some"})),
    "frequency as a label": ("agreement:new", new_payload(terms={"frequency": "One time"})),
    "term too long": (
        "agreement:new",
        new_payload(terms={"notes": "a" * (MAX_AGREEMENT_TEXT + 1)}),
    ),
    "change note too long": (
        VERSION_KEY,
        version_payload(change_note="a" * (MAX_AGREEMENT_TEXT + 1)),
    ),
    "change note not text": (VERSION_KEY, version_payload(change_note=None)),
}


@pytest.mark.parametrize(("key", "payload"), list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_payload_is_refused_without_quoting_it(key: str, payload: object) -> None:
    with pytest.raises(DraftProblem, match="not a usable agreement draft") as caught:
        parse_draft(key, payload)
    assert SECRET not in str(caught.value)


def test_keys_of_other_kinds_are_not_agreement_drafts() -> None:
    assert not "guided:reflection".startswith(AGREEMENT_DRAFT_PREFIX)
    assert not isinstance(parse_draft("later.kind", {"a": 1}), AgreementDraft)
