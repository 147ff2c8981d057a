"""Guided-entry templates: the questions of a guided entry, as data.

A :class:`Template` is an id, a title, a one-line purpose and a list of
:class:`Prompt` s (free text, single choice, multiple choice, a 0-10 scale, a checklist
item, a date), each with help text and an optional :class:`Condition` on an earlier
answer. One generic form renders any template; this module validates what was filled in
and turns it into the typed answers of the entry's kind (and back), so a new guided
entry is a new template (see :mod:`hallpass_journal.domain.guided_content`) plus, at
most, a small answers model in :mod:`hallpass_journal.domain.entries`.

What a form holds while it is filled in is a :data:`Values` mapping, prompt id -> value:

=========  ==============================================
TEXT       ``str``
SINGLE     ``str`` (a choice's value) or ``""`` for none
MULTI      ``list[str]`` of choice values
SCALE      ``int`` 0-10, or ``None`` for not rated
CHECK      :class:`CheckValue` (ticked, the day, a note)
DATE       :class:`datetime.date` or ``None``
=========  ==============================================

Which answers are searchable is metadata of each prompt (:attr:`Prompt.searchable`),
never a global list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hallpass_journal.domain.entries import (
    Answers,
    ChecklistAnswers,
    HurtStepAnswers,
    RepairItem,
    RepairPlanAnswers,
    empty_answers,
)
from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY, EntryKind


class PromptType(StrEnum):
    """How a prompt is answered."""

    TEXT = "text"
    SINGLE = "single"
    MULTI = "multi"
    SCALE = "scale"
    CHECK = "check"
    DATE = "date"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Frozen):
    """One option of a single- or multiple-choice prompt."""

    value: str = Field(min_length=1)
    label: str = Field(min_length=1)
    #: A short, gentle note shown beside the form while this choice is picked (never
    #: blocks saving), e.g. why a motive tends to hurt both people.
    note: str = ""


class Condition(_Frozen):
    """Show a prompt only when an earlier answer is one of ``any_of``.

    For a single choice: its value is in ``any_of``. For a multiple choice: any picked
    value is in ``any_of``. For a checklist item: ``any_of=("ticked",)`` means ticked.
    With ``any_of`` empty: the earlier prompt has any answer at all.
    """

    prompt: str
    any_of: tuple[str, ...] = ()

    def holds(self, values: Mapping[str, Any]) -> bool:
        """Whether the condition is met by ``values``."""
        value = values.get(self.prompt)
        if isinstance(value, CheckValue):
            answered = {"ticked"} if value.done else set()
        elif isinstance(value, list):
            answered = {str(v) for v in value}
        elif value is None or value == "":
            answered = set()
        else:
            answered = {str(value)}
        if not self.any_of:
            return bool(answered)
        return bool(answered & set(self.any_of))


class Prompt(_Frozen):
    """One question of a template."""

    id: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    type: PromptType
    label: str = Field(min_length=1)
    help: str = ""
    placeholder: str = ""
    choices: tuple[Choice, ...] = ()
    required: bool = False
    #: Whether the answer goes into the search index. ``None``: text answers and
    #: checklist notes are searchable; choices, scales and dates are identifiers.
    searchable: bool | None = None
    #: A heading the form shows above the first prompt of each group (e.g. a repair
    #: plan's "Right away").
    group: str = ""
    condition: Condition | None = None

    @property
    def is_searchable(self) -> bool:
        """Whether this prompt's answer is indexed for search."""
        if self.searchable is not None:
            return self.searchable
        return self.type in (PromptType.TEXT, PromptType.CHECK)

    @model_validator(mode="after")
    def _choices_fit_type(self) -> Prompt:
        has_choices = self.type in (PromptType.SINGLE, PromptType.MULTI)
        if has_choices and not self.choices:
            raise ValueError(f"prompt {self.id!r} needs choices")
        if not has_choices and self.choices:
            raise ValueError(f"prompt {self.id!r} is {self.type.value} and takes no choices")
        values = [c.value for c in self.choices]
        if len(values) != len(set(values)):
            raise ValueError(f"prompt {self.id!r} has a choice twice")
        return self

    def choice(self, value: str) -> Choice | None:
        """The choice with ``value``, if this prompt offers it."""
        return next((c for c in self.choices if c.value == value), None)


class Template(_Frozen):
    """A guided entry: its questions and the kind of entry it makes."""

    id: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    kind: EntryKind
    title: str = Field(min_length=1)
    purpose: str = Field(min_length=1)
    #: A few sentences the form shows above the questions (may be empty).
    intro: str = ""
    prompts: tuple[Prompt, ...]
    #: Answer fields this template always sets, which also tell templates of one kind
    #: apart when an entry is opened again (e.g. ``{"step": 2}``, ``{"check_in_kind":
    #: "before"}``).
    fixed: Mapping[str, str | int] = Field(default_factory=dict)
    #: The person may add their own checklist items (a repair plan).
    allow_custom_items: bool = False
    #: Listed in the Guides section; False for one opened only from elsewhere (e.g. a
    #: check-in, opened from its due reminder).
    listed: bool = True

    @model_validator(mode="after")
    def _prompts_consistent(self) -> Template:
        seen: set[str] = set()
        for prompt in self.prompts:
            if prompt.id in seen:
                raise ValueError(f"template {self.id!r}: prompt {prompt.id!r} appears twice")
            if prompt.condition is not None and prompt.condition.prompt not in seen:
                raise ValueError(
                    f"template {self.id!r}: {prompt.id!r} depends on "
                    f"{prompt.condition.prompt!r}, which is not an earlier prompt"
                )
            seen.add(prompt.id)
        return self

    def prompt(self, prompt_id: str) -> Prompt:
        """The prompt with ``prompt_id`` (``KeyError`` if there is none)."""
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise KeyError(prompt_id)


class CheckValue(_Frozen):
    """A checklist item as filled in: ticked or not, the day it was ticked, a note."""

    done: bool = False
    on: date | None = None
    note: str = ""
    #: For an item the person added (custom items only): its own words.
    text: str = ""
    #: For a custom item: the group (phase) it belongs to.
    group: str = ""


Value = str | int | None | list[str] | CheckValue | date
Values = dict[str, Value]

CUSTOM_PREFIX = "custom_"


@dataclass(frozen=True)
class Problem:
    """Why a value cannot be saved, and which prompt it belongs to."""

    prompt_id: str
    message: str


@dataclass(frozen=True)
class Notice:
    """A gentle note to show while a choice is picked (never blocks saving)."""

    prompt_id: str
    text: str


# -- what the form shows ------------------------------------------------------------


def visible_prompts(template: Template, values: Mapping[str, Any]) -> list[Prompt]:
    """The prompts to show for ``values``: a prompt whose condition fails is hidden, and
    so is one whose condition rests on a hidden prompt."""
    shown: list[Prompt] = []
    shown_ids: set[str] = set()
    for prompt in template.prompts:
        cond = prompt.condition
        if cond is None or (cond.prompt in shown_ids and cond.holds(values)):
            shown.append(prompt)
            shown_ids.add(prompt.id)
    return shown


def notices(template: Template, values: Mapping[str, Any]) -> list[Notice]:
    """Gentle notes for the choices currently picked, in prompt order."""
    out: list[Notice] = []
    for prompt in visible_prompts(template, values):
        value = values.get(prompt.id)
        picked = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        for item in picked:
            choice = prompt.choice(str(item))
            if choice is not None and choice.note:
                out.append(Notice(prompt.id, choice.note))
    return out


def blank_values(template: Template) -> Values:
    """What an untouched form holds."""
    blank: dict[PromptType, Any] = {
        PromptType.TEXT: "",
        PromptType.SINGLE: "",
        PromptType.SCALE: None,
        PromptType.DATE: None,
    }
    values: Values = {}
    for prompt in template.prompts:
        if prompt.type is PromptType.MULTI:
            values[prompt.id] = []
        elif prompt.type is PromptType.CHECK:
            values[prompt.id] = CheckValue()
        else:
            values[prompt.id] = blank[prompt.type]
    return values


def is_empty(template: Template, values: Mapping[str, Any]) -> bool:
    """True when nothing was filled in (an empty form is not worth a draft)."""
    return clean(template, values) == clean(template, blank_values(template))


# -- validation ----------------------------------------------------------------------


def _problem(prompt: Prompt, value: Any) -> str | None:
    """Why ``value`` does not fit ``prompt`` (None when it fits)."""
    kind = prompt.type
    if kind is PromptType.TEXT:
        return None if isinstance(value, str) else "should be text"
    if kind is PromptType.SINGLE:
        if not isinstance(value, str):
            return "should be one of the choices"
        return None if value == "" or prompt.choice(value) else "is not one of the choices"
    if kind is PromptType.MULTI:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "should be a list of choices"
        if len(value) != len(set(value)):
            return "has a choice twice"
        unknown = [v for v in value if prompt.choice(v) is None]
        return f"has unknown choices: {', '.join(unknown)}" if unknown else None
    if kind is PromptType.SCALE:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            return "should be a number from 0 to 10"
        ok = MIN_INTENSITY <= value <= MAX_INTENSITY
        return None if ok else "should be a number from 0 to 10"
    if kind is PromptType.CHECK:
        return None if isinstance(value, CheckValue) else "should be a checklist item"
    if value is None or isinstance(value, date):
        return None
    return "should be a date"


def _is_answered(prompt: Prompt, value: Any) -> bool:
    if isinstance(value, CheckValue):
        return value.done
    return value not in (None, "", [])


def validate(template: Template, values: Mapping[str, Any]) -> list[Problem]:
    """Every reason ``values`` cannot be saved (empty when they can).

    Unknown prompt ids are refused (custom checklist items aside, where the template
    allows them); a required prompt must be answered only while it is shown.
    """
    problems: list[Problem] = []
    ids = {p.id for p in template.prompts}
    for key, value in values.items():
        if key in ids:
            continue
        if template.allow_custom_items and key.startswith(CUSTOM_PREFIX):
            if not isinstance(value, CheckValue) or not value.text.strip():
                problems.append(Problem(key, "An item you add needs a few words."))
            continue
        problems.append(Problem(key, "This question is not part of this guided entry."))
    for prompt in visible_prompts(template, values):
        value = values.get(prompt.id, blank_values(template)[prompt.id])
        reason = _problem(prompt, value)
        if reason:
            problems.append(Problem(prompt.id, f"“{prompt.label}” {reason}."))
        elif prompt.required and not _is_answered(prompt, value):
            problems.append(Problem(prompt.id, f"Please answer “{prompt.label}”."))
    return problems


class InvalidAnswers(ValueError):
    """Values that do not fit their template; ``problems`` says where."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def clean(template: Template, values: Mapping[str, Any]) -> Values:
    """Only what is kept: values of shown prompts (and custom items), hidden ones dropped."""
    shown = {p.id for p in visible_prompts(template, values)}
    blank = blank_values(template)
    out: Values = {}
    for prompt in template.prompts:
        if prompt.id in shown:
            out[prompt.id] = values.get(prompt.id, blank[prompt.id])
        else:
            out[prompt.id] = blank[prompt.id]
    if template.allow_custom_items:
        for key, value in values.items():
            if key.startswith(CUSTOM_PREFIX):
                out[key] = value
    return out


# -- values <-> typed answers ------------------------------------------------------


def to_answers(
    template: Template, values: Mapping[str, Any], context: Mapping[str, Any] | None = None
) -> Answers:
    """Typed answers of the template's kind from validated ``values``.

    ``context`` sets answer fields that are not questions (e.g. the agreement or the
    check-in an entry belongs to). Raises :class:`InvalidAnswers` when ``values`` do
    not fit.
    """
    problems = validate(template, values)
    if problems:
        raise InvalidAnswers(problems)
    kept = clean(template, values)
    adapter = _ADAPTERS.get(template.kind, _fields_adapter)
    data: dict[str, Any] = {"kind": template.kind.value, **dict(context or {})}
    data.update(adapter.dump(template, kept))
    data.update(template.fixed)
    answers = empty_answers(template.kind)
    return type(answers).model_validate(data)  # type: ignore[return-value]


def to_values(template: Template, answers: BaseModel) -> Values:
    """The form values that show ``answers`` again (the inverse of :func:`to_answers`)."""
    adapter = _ADAPTERS.get(template.kind, _fields_adapter)
    values = blank_values(template)
    values.update(adapter.load(template, answers))
    return values


def context_of(template: Template, answers: BaseModel) -> dict[str, Any]:
    """Answer fields that are neither questions nor fixed (kept when an entry is edited)."""
    adapter = _ADAPTERS.get(template.kind, _fields_adapter)
    owned = adapter.owned(template) | set(template.fixed) | {"kind"}
    return {name: value for name, value in answers if name not in owned}


def searchable_text(template: Template, answers: BaseModel) -> str:
    """The free text of ``answers`` that search should find, per the template."""
    values = to_values(template, answers)
    parts: list[str] = []
    searchable = {p.id for p in template.prompts if p.is_searchable}
    for key, value in values.items():
        if key not in searchable and not key.startswith(CUSTOM_PREFIX):
            continue
        if isinstance(value, str) and value:
            parts.append(value)
        elif isinstance(value, CheckValue):
            parts.extend(text for text in (value.text, value.note) if text)
    return "\n".join(parts)


@dataclass(frozen=True)
class _Adapter:
    """How one kind's answers model holds a template's values."""

    dump: Any  # (template, values) -> dict of answer fields
    load: Any  # (template, answers) -> values
    owned: Any = field(default=lambda template: {p.id for p in template.prompts})


def _dump_fields(template: Template, values: Values) -> dict[str, Any]:
    return {key: value for key, value in values.items() if not key.startswith(CUSTOM_PREFIX)}


def _load_fields(template: Template, answers: BaseModel) -> Values:
    data = dict(answers)
    return {p.id: data[p.id] for p in template.prompts if p.id in data}


_fields_adapter = _Adapter(_dump_fields, _load_fields)


def _dump_responses(template: Template, values: Values) -> dict[str, Any]:
    responses = {k: str(v) for k, v in values.items() if isinstance(v, str) and v}
    return {"responses": responses}


def _load_responses(template: Template, answers: BaseModel) -> Values:
    assert isinstance(answers, HurtStepAnswers)
    return {p.id: answers.responses[p.id] for p in template.prompts if p.id in answers.responses}


def _dump_checklist(template: Template, values: Values) -> dict[str, Any]:
    ticked: dict[str, bool] = {}
    ticked_on: dict[str, date] = {}
    notes: dict[str, str] = {}
    for key, value in values.items():
        if not isinstance(value, CheckValue):
            continue
        ticked[key] = value.done
        if value.done and value.on is not None:
            ticked_on[key] = value.on
        if value.note:
            notes[key] = value.note
    return {"ticked": ticked, "ticked_on": ticked_on, "notes": notes}


def _load_checklist(template: Template, answers: BaseModel) -> Values:
    assert isinstance(answers, ChecklistAnswers)
    return {
        p.id: CheckValue(
            done=answers.ticked.get(p.id, False),
            on=answers.ticked_on.get(p.id),
            note=answers.notes.get(p.id, ""),
        )
        for p in template.prompts
        if p.type is PromptType.CHECK
    }


_PHASES: tuple[Literal["immediate", "short_term", "long_term"], ...] = (
    "immediate",
    "short_term",
    "long_term",
)


def _phase(group: str) -> Literal["immediate", "short_term", "long_term"]:
    return next((p for p in _PHASES if p == group), "immediate")


def _dump_repair(template: Template, values: Values) -> dict[str, Any]:
    items: list[RepairItem] = []
    for key, value in values.items():
        if not isinstance(value, CheckValue):
            continue
        custom = key.startswith(CUSTOM_PREFIX)
        prompt = None if custom else template.prompt(key)
        items.append(
            RepairItem(
                id="" if custom else key,
                phase=_phase(value.group if custom else (prompt.group if prompt else "")),
                text=value.text if custom else (prompt.label if prompt else key),
                done=value.done,
                done_on=value.on if value.done else None,
                note=value.note,
            )
        )
    return {"items": items}


def _load_repair(template: Template, answers: BaseModel) -> Values:
    assert isinstance(answers, RepairPlanAnswers)
    ids = {p.id for p in template.prompts}
    values: Values = {}
    custom = 0
    for item in answers.items:
        check = CheckValue(done=item.done, on=item.done_on, note=item.note)
        if item.id in ids:
            values[item.id] = check
        else:  # written by the person (or before suggestions had ids)
            custom += 1
            values[f"{CUSTOM_PREFIX}{custom}"] = check.model_copy(
                update={"text": item.text, "group": item.phase}
            )
    return values


_ADAPTERS: dict[EntryKind, _Adapter] = {
    EntryKind.HURT_STEP: _Adapter(
        _dump_responses, _load_responses, lambda template: {"responses"}
    ),
    EntryKind.READINESS: _Adapter(
        _dump_checklist, _load_checklist, lambda template: {"ticked", "ticked_on", "notes"}
    ),
    EntryKind.SAFETY: _Adapter(
        _dump_checklist, _load_checklist, lambda template: {"ticked", "ticked_on", "notes"}
    ),
    EntryKind.REPAIR_PLAN: _Adapter(_dump_repair, _load_repair, lambda template: {"items"}),
}


def progress(template: Template, values: Mapping[str, Any]) -> tuple[int, int]:
    """``(ticked, total)`` over the checklist items shown (custom items included)."""
    items = [
        values.get(p.id)
        for p in visible_prompts(template, values)
        if p.type is PromptType.CHECK
    ]
    items += [v for k, v in values.items() if k.startswith(CUSTOM_PREFIX)]
    ticked = sum(1 for v in items if isinstance(v, CheckValue) and v.done)
    return ticked, len(items)
