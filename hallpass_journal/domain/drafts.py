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
from typing import Annotated, Any, Literal

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
from hallpass_journal.domain.agreements import (
    DISCLOSURE_LABELS,
    FREQUENCY_LABELS,
    TERM_FIELDS,
)
from hallpass_journal.domain.json_values import MAX_ITEMS, PlainValue
from hallpass_journal.domain.templates import Values, values_from_json, values_to_json
from hallpass_journal.domain.vocabulary import EMOTIONS, MAX_INTENSITY, MIN_INTENSITY, NEEDS

CHECK_IN_DRAFT = "home.check_in"
EDITOR_DRAFT_PREFIX = "editor:"
#: A guided form: ``guided:<template id>`` (a new entry) or ``guided:<template id>:<uuid>``
#: (editing that entry, or answering that check-in).
GUIDED_DRAFT_PREFIX = "guided:"
#: The agreement editor: ``agreement:new`` (a new agreement) or ``agreement:<uuid>`` (a
#: new version of that agreement).
AGREEMENT_DRAFT_PREFIX = "agreement:"
AGREEMENT_DRAFT_NEW = "new"
MAX_DRAFT_KEY = 200
#: Characters in an agreement's name (the editor allows no more).
MAX_AGREEMENT_TITLE = 200
#: Characters in one field of an agreement draft: far more than anyone writes there.
MAX_AGREEMENT_TEXT = 100_000

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


def _canonical_uuid(value: str) -> str:
    """``value`` if it is a UUID written the one way this app writes them."""
    try:
        if str(uuid_mod.UUID(value)) == value:
            return value
    except ValueError:
        pass
    raise ValueError("should be an agreement's UUID")


def agreement_draft_key(agreement: uuid_mod.UUID | None = None) -> str:
    """The draft key of the agreement editor: a new agreement (None), or a new version."""
    target = AGREEMENT_DRAFT_NEW if agreement is None else str(agreement)
    return f"{AGREEMENT_DRAFT_PREFIX}{target}"


def parse_agreement_key(key: str) -> uuid_mod.UUID | None:
    """The agreement a draft key is for (None: a new agreement).

    Raises:
        ValueError: ``key`` is not an agreement draft key.
    """
    if not key.startswith(AGREEMENT_DRAFT_PREFIX):
        raise ValueError("not an agreement draft key")
    target = key[len(AGREEMENT_DRAFT_PREFIX) :]
    if target == AGREEMENT_DRAFT_NEW:
        return None
    try:
        return uuid_mod.UUID(_canonical_uuid(target))
    except ValueError:
        raise ValueError("the key names no agreement") from None


_AgreementText = Annotated[StrictStr, Field(max_length=MAX_AGREEMENT_TEXT)]
_Frequency = Annotated[StrictStr, _one_of(tuple(FREQUENCY_LABELS), "a frequency")]
_Disclosure = Annotated[StrictStr, _one_of(tuple(DISCLOSURE_LABELS), "a choice of what to tell")]


class AgreementDraftTerms(_Draft):
    """Every field of :class:`~hallpass_journal.domain.agreements.AgreementTerms` as typed.

    Text is kept exactly as it stands in the editor (list fields as their lines, blank
    lines included), so restoring brings back the very words; the choices are their values.
    """

    intention: _AgreementText = ""
    permitted: _AgreementText = ""
    excluded: _AgreementText = ""
    frequency: _Frequency = ""
    disclosure: _Disclosure = ""
    who: _AgreementText = ""
    excluded_circles: _AgreementText = ""
    emotional_safeguards: _AgreementText = ""
    health_safety: _AgreementText = ""
    check_in_plan: _AgreementText = ""
    pause_phrase: _AgreementText = ""
    declining_phrases: _AgreementText = ""
    notes: _AgreementText = ""

    def texts(self) -> dict[str, str]:
        """Field name -> the text (or choice) as typed, in the order of the terms."""
        return {name: str(getattr(self, name)) for name in TERM_FIELDS}


class AgreementDraft(_Draft):
    """The agreement editor as it was left: a new agreement, or a new version of one.

    A new agreement has a title and no change note; a new version has a change note and
    no title (the agreement keeps its own). The key says the same as the payload.
    """

    mode: Literal["new", "version"]
    #: The agreement a new version is for (``null`` for a new agreement).
    agreement: Annotated[StrictStr, AfterValidator(_canonical_uuid)] | None = None
    title: Annotated[StrictStr, Field(max_length=MAX_AGREEMENT_TITLE)] = ""
    terms: AgreementDraftTerms = Field(default_factory=AgreementDraftTerms)
    change_note: _AgreementText = ""

    @model_validator(mode="after")
    def _one_mode(self, info: ValidationInfo) -> AgreementDraft:
        if self.mode == "new" and (self.agreement is not None or self.change_note):
            raise ValueError("a new agreement names no agreement and has no change note")
        if self.mode == "version" and (self.agreement is None or self.title):
            raise ValueError("a new version names its agreement and has no title")
        key = (info.context or {}).get("draft_key")
        if key is not None and parse_agreement_key(key) != self.agreement_uuid:
            raise ValueError("the draft is for another agreement than its key")
        return self

    @property
    def agreement_uuid(self) -> uuid_mod.UUID | None:
        """The agreement a new version is for (None: a new agreement)."""
        return None if self.agreement is None else uuid_mod.UUID(self.agreement)


class OtherDraft(RootModel[Annotated[dict[str, PlainValue], Field(max_length=MAX_ITEMS)]]):
    """A draft of a kind this version does not know: kept as plain JSON, never restored."""

    model_config = ConfigDict(frozen=True)


Draft = CheckInDraft | EditorDraft | GuidedDraft | AgreementDraft | OtherDraft

_LABELS: dict[type[Draft], str] = {
    CheckInDraft: "check-in draft",
    EditorDraft: "editor draft",
    GuidedDraft: "guided-entry draft",
    AgreementDraft: "agreement draft",
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
    if key.startswith(AGREEMENT_DRAFT_PREFIX):
        return AgreementDraft
    return OtherDraft


def parse_draft(key: str, payload: object) -> Draft:
    """The typed draft stored under ``key``.

    Raises:
        DraftProblem: ``payload`` does not fit the schema of its kind (the message names
            the first field that does not, never its content), or a guided draft's key
            names no template this version knows, or an agreement draft's key names no
            agreement.
    """
    kind = draft_type(key)
    if kind is GuidedDraft or kind is AgreementDraft:
        try:
            parse_guided_key(key) if kind is GuidedDraft else parse_agreement_key(key)
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
