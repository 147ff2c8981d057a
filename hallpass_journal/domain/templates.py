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

Import everything from here: the data model lives in
:mod:`~hallpass_journal.domain.template_model` and what the form does with values
(visible prompts, validation, progress) in :mod:`~hallpass_journal.domain.template_form`;
this module adds the mapping to typed answers and the JSON form of values (drafts).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel

from hallpass_journal.domain.entries import (
    Answers,
    ChecklistAnswers,
    HurtStepAnswers,
    RepairItem,
    RepairPlanAnswers,
    empty_answers,
)
from hallpass_journal.domain.template_form import (
    InvalidAnswers,
    blank_values,
    clean,
    is_empty,
    notices,
    progress,
    validate,
    value_problem,
    visible_prompts,
)
from hallpass_journal.domain.template_model import (
    CUSTOM_PREFIX,
    CheckValue,
    Choice,
    Condition,
    Notice,
    Problem,
    Prompt,
    PromptType,
    Template,
    Value,
    Values,
)
from hallpass_journal.domain.vocabulary import EntryKind

__all__ = [
    "CONSENT_NOT_YET",
    "CONSENT_YES",
    "CUSTOM_PREFIX",
    "MAX_CUSTOM_ITEMS",
    "CheckValue",
    "Choice",
    "Condition",
    "InvalidAnswers",
    "Notice",
    "Problem",
    "Prompt",
    "PromptType",
    "Template",
    "Value",
    "Values",
    "blank_values",
    "clean",
    "context_of",
    "is_empty",
    "notices",
    "progress",
    "searchable_text",
    "to_answers",
    "to_values",
    "validate",
    "values_from_json",
    "values_to_json",
    "visible_prompts",
]


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
    for name, dumped in adapter.dump(template, kept).items():
        data[name] = _merge_unknown(template, data.get(name), dumped)
    data.update(template.fixed)
    answers = empty_answers(template.kind)
    return type(answers).model_validate(data)


def to_values(template: Template, answers: BaseModel) -> Values:
    """The form values that show ``answers`` again (the inverse of :func:`to_answers`)."""
    adapter = _ADAPTERS.get(template.kind, _fields_adapter)
    values = blank_values(template)
    values.update(adapter.load(template, answers))
    return values


def context_of(template: Template, answers: BaseModel) -> dict[str, Any]:
    """What of ``answers`` the template does not ask (kept when an entry is edited).

    The answer fields that are neither questions nor fixed, and, in the fields that
    hold answers by prompt id (a hurt step's ``responses``, a checklist's ``ticked``,
    ``ticked_on`` and ``notes``), the answers to prompts this template does not have: an
    imported entry's, or a prompt since renamed. :func:`to_answers` given them as
    ``context`` keeps them beside the answers it writes, so saving again loses no text.
    """
    adapter = _ADAPTERS.get(template.kind, _fields_adapter)
    owned = adapter.owned(template)
    skipped = set(template.fixed) | {"kind"}
    ids = {p.id for p in template.prompts}
    kept: dict[str, Any] = {}
    for name, value in answers:
        if name in skipped:
            continue
        if name not in owned:
            kept[name] = value
        elif isinstance(value, dict):
            unknown = {key: item for key, item in value.items() if key not in ids}
            if unknown:
                kept[name] = unknown
    return kept


def _merge_unknown(template: Template, earlier: object, dumped: object) -> object:
    """``dumped``, plus what ``earlier`` held for prompts the template does not have.

    Only for a field that holds answers by prompt id (a dict on both sides); a prompt
    the template has is written as filled in now (left blank, it goes).
    """
    if not (isinstance(earlier, dict) and isinstance(dumped, dict)):
        return dumped
    ids = {p.id for p in template.prompts}
    unknown = {key: item for key, item in earlier.items() if key not in ids}
    return {**unknown, **dumped}


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


#: A check-in's ``consent_confirmed`` (true, false or not said) is asked as a single
#: choice: these are its values.
CONSENT_YES = "yes"
CONSENT_NOT_YET = "not_yet"
_CONSENT = "consent_confirmed"
_CONSENT_ANSWERS: dict[str, bool] = {CONSENT_YES: True, CONSENT_NOT_YET: False}


def _dump_check_in(template: Template, values: Values) -> dict[str, Any]:
    data = _dump_fields(template, values)
    if _CONSENT in data:
        data[_CONSENT] = _CONSENT_ANSWERS.get(str(data[_CONSENT]))
    return data


def _load_check_in(template: Template, answers: BaseModel) -> Values:
    values = _load_fields(template, answers)
    if _CONSENT in values:
        said = values[_CONSENT]
        values[_CONSENT] = next((k for k, v in _CONSENT_ANSWERS.items() if v is said), "")
    return values


_ADAPTERS: dict[EntryKind, _Adapter] = {
    EntryKind.CHECK_IN: _Adapter(_dump_check_in, _load_check_in),
    EntryKind.HURT_STEP: _Adapter(_dump_responses, _load_responses, lambda template: {"responses"}),
    EntryKind.READINESS: _Adapter(
        _dump_checklist, _load_checklist, lambda template: {"ticked", "ticked_on", "notes"}
    ),
    EntryKind.SAFETY: _Adapter(
        _dump_checklist, _load_checklist, lambda template: {"ticked", "ticked_on", "notes"}
    ),
    EntryKind.REPAIR_PLAN: _Adapter(_dump_repair, _load_repair, lambda template: {"items"}),
}


# -- values <-> JSON (drafts) --------------------------------------------------------

#: At most this many items a person adds to one checklist (a repair plan).
MAX_CUSTOM_ITEMS = 100
_CUSTOM_KEY = re.compile(r"^custom_[1-9][0-9]{0,5}$")
_ISO_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_CHECK_TEXTS = ("note", "text", "group")


def _day_from_json(where: str, raw: object) -> date | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not _ISO_DAY.match(raw):
        raise ValueError(f"{where}: should be a date (YYYY-MM-DD) or null")
    try:
        return date.fromisoformat(raw)
    except ValueError:
        raise ValueError(f"{where}: is not a real date") from None


def _check_from_json(where: str, raw: object) -> CheckValue:
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: should be a checklist item (an object)")
    unknown = set(raw) - {"done", "on", *_CHECK_TEXTS}
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(map(str, unknown))}")
    done = raw.get("done", False)
    if not isinstance(done, bool):
        raise ValueError(f"{where}.done: should be true or false")
    texts: dict[str, str] = {}
    for name in _CHECK_TEXTS:
        text = raw.get(name, "")
        if not isinstance(text, str):
            raise ValueError(f"{where}.{name}: should be text")
        texts[name] = text
    return CheckValue(done=done, on=_day_from_json(f"{where}.on", raw.get("on")), **texts)


def _check_shape(template: Template, values: Mapping[str, Any]) -> None:
    """Raise ``ValueError`` unless every value has the shape its prompt (or item) takes.

    Unlike :func:`validate`, nothing needs answering: a draft may be half filled in.
    """
    ids = {p.id: p for p in template.prompts}
    custom = 0
    for key, value in values.items():
        prompt = ids.get(key)
        if prompt is not None:
            reason = value_problem(prompt, value)
            if reason is None and isinstance(value, CheckValue) and (value.text or value.group):
                reason = "takes no text or group of its own"
            if reason:
                raise ValueError(f"{key}: {reason}")
            continue
        if not (template.allow_custom_items and _CUSTOM_KEY.match(key)):
            raise ValueError(f"{key}: is not a question of {template.id!r}")
        custom += 1
        if not isinstance(value, CheckValue):
            raise ValueError(f"{key}: should be a checklist item")
        if value.group and value.group not in template.group_labels:
            raise ValueError(f"{key}: {value.group!r} is not a group of {template.id!r}")
    if custom > MAX_CUSTOM_ITEMS:
        raise ValueError(f"more than {MAX_CUSTOM_ITEMS} items of your own")


def _value_to_json(value: Value) -> Any:
    if isinstance(value, CheckValue):
        return {
            "done": value.done,
            "on": value.on.isoformat() if value.on else None,
            "note": value.note,
            "text": value.text,
            "group": value.group,
        }
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return list(value)
    return value


def values_to_json(template: Template, values: Mapping[str, Any]) -> dict[str, Any]:
    """``values`` as a JSON object (dates as ISO text, checklist items as objects).

    Prompts missing from ``values`` are written blank. Raises ``ValueError`` for a value
    that does not fit its prompt or a key that is not one of the template's.
    """
    full: dict[str, Any] = {**blank_values(template), **values}
    _check_shape(template, full)
    return {key: _value_to_json(value) for key, value in full.items()}


def values_from_json(template: Template, data: object) -> Values:
    """Form values from a JSON object written by :func:`values_to_json`.

    Strict: an unknown key, a value of the wrong type, an unknown choice, a scale out of
    range or a malformed date raises ``ValueError`` (naming the key, never the text).
    Prompts the object lacks (e.g. added by a later version of a template) are blank.
    """
    if not isinstance(data, dict):
        raise ValueError("guided values should be an object")
    ids = {p.id: p for p in template.prompts}
    values = blank_values(template)
    for key, raw in data.items():
        if not isinstance(key, str):
            raise ValueError("guided values have a key that is not text")
        prompt = ids.get(key)
        if prompt is None and not (template.allow_custom_items and _CUSTOM_KEY.match(key)):
            raise ValueError(f"{key}: is not a question of {template.id!r}")
        if prompt is None or prompt.type is PromptType.CHECK:
            values[key] = _check_from_json(key, raw)
        elif prompt.type is PromptType.DATE:
            values[key] = _day_from_json(key, raw)
        elif prompt.type is PromptType.MULTI and isinstance(raw, list):
            values[key] = list(raw)
        else:
            values[key] = raw
    _check_shape(template, values)
    return values
