"""Drafts: the unsaved state of a form, kept inside the journal until it is saved.

Each kind of draft the app restores has a strict schema, because a draft is read back
into widgets on every unlock and may have come from an imported file: one that does not
fit is set aside (never restored, never exported), not trusted. Kinds this version does
not know are kept only as plain, shallow JSON.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)

from hallpass_journal.domain.json_values import MAX_ITEMS, PlainValue
from hallpass_journal.domain.vocabulary import EMOTIONS, MAX_INTENSITY, MIN_INTENSITY, NEEDS

CHECK_IN_DRAFT = "home.check_in"
EDITOR_DRAFT_PREFIX = "editor:"
MAX_DRAFT_KEY = 200

DraftKey = Annotated[StrictStr, Field(min_length=1, max_length=MAX_DRAFT_KEY)]
_Intensity = Annotated[StrictInt, Field(ge=MIN_INTENSITY, le=MAX_INTENSITY)]


def _one_of(vocabulary: tuple[str, ...], what: str) -> AfterValidator:
    def check(value: str) -> str:
        if value not in vocabulary:
            raise ValueError(f"not {what} this app knows")
        return value

    return AfterValidator(check)


_Emotion = Annotated[StrictStr, _one_of(EMOTIONS, "an emotion")]
_Need = Annotated[StrictStr, _one_of(NEEDS, "a need")]
# A chosen emotion whose strength is not set yet is kept as ``[name, null]``.
_Ratings = Annotated[list[tuple[_Emotion, _Intensity | None]], Field(max_length=len(EMOTIONS))]
_Needs = Annotated[list[_Need], Field(max_length=len(NEEDS))]


class _Draft(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckInDraft(_Draft):
    """The home check-in as it was left: emotions as ``[name, intensity or null]`` pairs."""

    emotions: _Ratings = Field(default_factory=list)
    mood: _Intensity | None = None
    needs: _Needs = Field(default_factory=list)
    telling_me: StrictStr = ""
    note: StrictStr = ""
    private: StrictBool = False

    @model_validator(mode="after")
    def _each_emotion_once(self) -> CheckInDraft:
        names = [name for name, _ in self.emotions]
        if len(names) != len(set(names)):
            raise ValueError("each emotion may appear once")
        return self


class EditorDraft(_Draft):
    """An entry editor's unsaved title and text."""

    title: StrictStr = ""
    body: StrictStr = ""


class OtherDraft(RootModel[Annotated[dict[str, PlainValue], Field(max_length=MAX_ITEMS)]]):
    """A draft of a kind this version does not know: kept as plain JSON, never restored."""

    model_config = ConfigDict(frozen=True)


Draft = CheckInDraft | EditorDraft | OtherDraft

_LABELS: dict[type[Draft], str] = {
    CheckInDraft: "check-in draft",
    EditorDraft: "editor draft",
    OtherDraft: "draft",
}


class DraftProblem(ValueError):
    """A draft payload that does not fit the schema of its kind."""


def draft_type(key: str) -> type[Draft]:
    """The schema of the draft stored under ``key``."""
    if key == CHECK_IN_DRAFT:
        return CheckInDraft
    if key.startswith(EDITOR_DRAFT_PREFIX) and len(key) > len(EDITOR_DRAFT_PREFIX):
        return EditorDraft
    return OtherDraft


def parse_draft(key: str, payload: object) -> Draft:
    """The typed draft stored under ``key``.

    Raises:
        DraftProblem: ``payload`` does not fit the schema of its kind (the message names
            the first field that does not, never its content).
    """
    kind = draft_type(key)
    try:
        return kind.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"] if part != "root")
        detail = f"{where}: {first['msg']}" if where else first["msg"]
        raise DraftProblem(f"not a usable {_LABELS[kind]} ({detail})") from None


def draft_payload(draft: Draft) -> dict[str, Any]:
    """What is stored (and exported) for ``draft``: JSON-ready, every field written."""
    payload: dict[str, Any] = draft.model_dump(mode="json")
    return payload
