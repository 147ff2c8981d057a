"""Drafts: the unsaved state of a form, kept inside the journal until it is saved.

Each kind of draft the app restores has a strict schema, because a draft is read back
into widgets on every unlock and may have come from an imported file: one that does not
fit is set aside (never restored, never exported), not trusted. Kinds this version does
not know are kept only as plain, shallow JSON.
"""

from __future__ import annotations

import re
import uuid as uuid_mod
from datetime import date
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
    ValidationInfo,
    field_validator,
    model_validator,
)

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.json_values import MAX_ITEMS, PlainValue
from hallpass_journal.domain.templates import Values, values_from_json, values_to_json
from hallpass_journal.domain.vocabulary import EMOTIONS, MAX_INTENSITY, MIN_INTENSITY, NEEDS

CHECK_IN_DRAFT = "home.check_in"
EDITOR_DRAFT_PREFIX = "editor:"
#: A guided form: ``guided:<template id>`` (a new entry) or ``guided:<template id>:<uuid>``
#: (editing that entry, or answering that check-in).
GUIDED_DRAFT_PREFIX = "guided:"
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


def guided_draft_key(template_id: str, target: uuid_mod.UUID | None = None) -> str:
    """The draft key of a guided form for ``template_id`` (and the entry or check-in)."""
    key = f"{GUIDED_DRAFT_PREFIX}{template_id}"
    return key if target is None else f"{key}:{target}"


def parse_guided_key(key: str) -> tuple[str, uuid_mod.UUID | None]:
    """``(template id, entry or check-in uuid or None)`` of a guided draft key.

    Raises:
        ValueError: ``key`` is not a guided draft key of a template this version knows.
    """
    if not key.startswith(GUIDED_DRAFT_PREFIX):
        raise ValueError("not a guided draft key")
    template_id, _, target = key[len(GUIDED_DRAFT_PREFIX) :].partition(":")
    try:
        guided_content.template(template_id)
    except KeyError:
        raise ValueError("not a guided entry this version knows") from None
    if not target:
        return template_id, None
    try:
        return template_id, uuid_mod.UUID(target)
    except ValueError:
        raise ValueError("the key names no entry or check-in") from None


def _iso_day(value: str) -> str:
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            date.fromisoformat(value)
            return value
    except ValueError:
        pass
    raise ValueError("should be a date (YYYY-MM-DD)")


class GuidedDraft(_Draft):
    """A guided form as it was left: its template, the values (JSON), title, day, privacy.

    The values must fit the template (see
    :func:`~hallpass_journal.domain.templates.values_from_json`); they are stored in the
    normal form :func:`~hallpass_journal.domain.templates.values_to_json` writes.
    """

    template: StrictStr
    values: dict[str, Any] = Field(default_factory=dict)
    title: StrictStr = ""
    #: The day the entry is about, ISO (``null`` for "today when saved").
    about: Annotated[StrictStr, AfterValidator(_iso_day)] | None = None
    private: StrictBool = False

    @field_validator("template")
    @classmethod
    def _known_template(cls, value: str) -> str:
        try:
            guided_content.template(value)
        except KeyError:
            raise ValueError("not a guided entry this version knows") from None
        return value

    @field_validator("values", mode="before")
    @classmethod
    def _values_fit(cls, value: object, info: ValidationInfo) -> dict[str, Any]:
        template_id = info.data.get("template")
        if template_id is None:  # already refused
            return {}
        template = guided_content.template(template_id)
        return values_to_json(template, values_from_json(template, value))

    @model_validator(mode="after")
    def _matches_key(self, info: ValidationInfo) -> GuidedDraft:
        key = (info.context or {}).get("draft_key")
        if key is not None and parse_guided_key(key)[0] != self.template:
            raise ValueError("the draft is for another guided entry than its key")
        return self

    def form_values(self) -> Values:
        """The form values this draft holds."""
        return values_from_json(guided_content.template(self.template), self.values)

    @property
    def about_day(self) -> date | None:
        """The day the entry is about, if one was chosen."""
        return None if self.about is None else date.fromisoformat(self.about)


class OtherDraft(RootModel[Annotated[dict[str, PlainValue], Field(max_length=MAX_ITEMS)]]):
    """A draft of a kind this version does not know: kept as plain JSON, never restored."""

    model_config = ConfigDict(frozen=True)


Draft = CheckInDraft | EditorDraft | GuidedDraft | OtherDraft

_LABELS: dict[type[Draft], str] = {
    CheckInDraft: "check-in draft",
    EditorDraft: "editor draft",
    GuidedDraft: "guided-entry draft",
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
    if key.startswith(GUIDED_DRAFT_PREFIX):
        return GuidedDraft
    return OtherDraft


def parse_draft(key: str, payload: object) -> Draft:
    """The typed draft stored under ``key``.

    Raises:
        DraftProblem: ``payload`` does not fit the schema of its kind (the message names
            the first field that does not, never its content), or a guided draft's key
            names no template this version knows.
    """
    kind = draft_type(key)
    if kind is GuidedDraft:
        try:
            parse_guided_key(key)
        except ValueError as exc:
            raise DraftProblem(f"not a usable {_LABELS[kind]} ({exc})") from None
    try:
        return kind.model_validate(payload, context={"draft_key": key})
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"] if part != "root")
        detail = f"{where}: {first['msg']}" if where else first["msg"]
        raise DraftProblem(f"not a usable {_LABELS[kind]} ({detail})") from None


def draft_payload(draft: Draft) -> dict[str, Any]:
    """What is stored (and exported) for ``draft``: JSON-ready, every field written."""
    payload: dict[str, Any] = draft.model_dump(mode="json")
    return payload
