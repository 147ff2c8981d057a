"""What a guided-entry template is: prompts, choices, conditions, and checklist values.

Plain data, no behaviour beyond checking itself: what a form does with a template (show,
validate, turn into typed answers, store as a draft) lives in
:mod:`hallpass_journal.domain.templates`, which re-exports everything here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hallpass_journal.domain.vocabulary import EntryKind


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
    #: The group (an id such as a repair plan's ``"immediate"``) this prompt belongs to;
    #: the form shows :meth:`Template.group_label` above the first prompt of each group.
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
    #: Group id -> the heading shown above it (e.g. ``{"immediate": "Right away"}``);
    #: also the groups a custom item may join. Every prompt's group must be listed.
    group_labels: Mapping[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _prompts_consistent(self) -> Template:
        seen: dict[str, Prompt] = {}
        for prompt in self.prompts:
            if prompt.id in seen:
                raise ValueError(f"template {self.id!r}: prompt {prompt.id!r} appears twice")
            if self.allow_custom_items and prompt.id.startswith(CUSTOM_PREFIX):
                raise ValueError(f"template {self.id!r}: {prompt.id!r} looks like a custom item")
            if prompt.condition is not None:
                _check_condition(self.id, prompt, seen.get(prompt.condition.prompt))
            if prompt.group and prompt.group not in self.group_labels:
                raise ValueError(
                    f"template {self.id!r}: {prompt.id!r} is in group {prompt.group!r}, "
                    "which has no label"
                )
            seen[prompt.id] = prompt
        return self

    def group_label(self, group: str) -> str:
        """The heading shown above ``group`` (the id itself when it has no label)."""
        return self.group_labels.get(group, group)

    def prompt(self, prompt_id: str) -> Prompt:
        """The prompt with ``prompt_id`` (``KeyError`` if there is none)."""
        for prompt in self.prompts:
            if prompt.id == prompt_id:
                return prompt
        raise KeyError(prompt_id)


def _check_condition(template_id: str, prompt: Prompt, earlier: Prompt | None) -> None:
    """Refuse a condition on a prompt that is not earlier, or on answers it cannot have."""
    cond = prompt.condition
    assert cond is not None
    if earlier is None:
        raise ValueError(
            f"template {template_id!r}: {prompt.id!r} depends on {cond.prompt!r}, "
            "which is not an earlier prompt"
        )
    if earlier.type in (PromptType.SINGLE, PromptType.MULTI):
        possible = {c.value for c in earlier.choices}
    elif earlier.type is PromptType.CHECK:
        possible = {"ticked"}
    else:  # text, scale, date: only "has any answer" can be asked
        possible = set()
    unknown = set(cond.any_of) - possible
    if unknown:
        raise ValueError(
            f"template {template_id!r}: {prompt.id!r} waits for {sorted(unknown)} from "
            f"{cond.prompt!r}, which cannot answer that"
        )


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
