"""What a guided form does with a template: what it shows, what is missing, what is kept.

Works on form :data:`~hallpass_journal.domain.template_model.Values` only; turning them
into an entry's typed answers (and drafts) is :mod:`hallpass_journal.domain.templates`,
which re-exports everything here.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from hallpass_journal.domain.template_model import (
    CUSTOM_PREFIX,
    CheckValue,
    Notice,
    Problem,
    Prompt,
    PromptType,
    Template,
    Values,
)
from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY

# -- what the form shows ------------------------------------------------------------


def visible_prompts(template: Template, values: Mapping[str, Any]) -> list[Prompt]:
    """The prompts to show for ``values``.

    A prompt whose condition fails is hidden, and so is one whose condition rests on a
    hidden prompt.
    """
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


def value_problem(prompt: Prompt, value: Any) -> str | None:
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


# The problems, in words for a person (constants, so the UI's translation catalogue
# lists them; it fills the translated template with the prompt's label).
_ITEM_NEEDS_WORDS = "An item you add needs a few words."
_NOT_IN_THIS_ENTRY = "This question is not part of this guided entry."
_PLEASE_ANSWER = "Please answer “{label}”."
_LABEL_REASON = "“{label}” {reason}."


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
                problems.append(Problem(key, _ITEM_NEEDS_WORDS))
            continue
        problems.append(Problem(key, _NOT_IN_THIS_ENTRY))
    for prompt in visible_prompts(template, values):
        value = values.get(prompt.id, blank_values(template)[prompt.id])
        reason = value_problem(prompt, value)
        if reason:
            problems.append(
                Problem(prompt.id, _LABEL_REASON.format(label=prompt.label, reason=reason))
            )
        elif prompt.required and not _is_answered(prompt, value):
            problems.append(Problem(prompt.id, _PLEASE_ANSWER.format(label=prompt.label)))
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


def progress(template: Template, values: Mapping[str, Any]) -> tuple[int, int]:
    """``(ticked, total)`` over the checklist items shown (custom items included)."""
    items = [
        values.get(p.id) for p in visible_prompts(template, values) if p.type is PromptType.CHECK
    ]
    items += [v for k, v in values.items() if k.startswith(CUSTOM_PREFIX)]
    ticked = sum(1 for v in items if isinstance(v, CheckValue) and v.done)
    return ticked, len(items)
