"""Guided answers as a reader sees them: each question with its answer, in form order.

The questions are the template's own prompts (the ones the person saw while writing),
found by the entry's kind and fixed fields as the app finds them; only prompts the form
showed and the person answered are listed. Checklist items that are done, or have a note,
are listed one by one; the rest are named together in one "Not yet" line, so a long
checklist stays short to read. Items a person added to a repair plan join their phase.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from hallpass_journal.domain import guided_content
from hallpass_journal.domain.entries import Entry
from hallpass_journal.domain.templates import (
    CUSTOM_PREFIX,
    CheckValue,
    Prompt,
    PromptType,
    Template,
    to_values,
    visible_prompts,
)
from hallpass_journal.reports.words import day_text, domain_word, scale_text, translate


@dataclass(frozen=True)
class Answer:
    """One question and its answer.

    Attributes:
        question: The prompt as the person saw it.
        answer: The answer as plain text (line breaks kept); "" when ``items`` holds it.
        items: An answer that is a list (the checklist items not done yet).
        group: The heading of the group the question is in ("Right away"), or "".
    """

    question: str
    answer: str
    items: tuple[str, ...] = ()
    group: str = ""


def _choice_label(prompt: Prompt, value: str) -> str:
    choice = prompt.choice(value)
    return domain_word(choice.label) if choice is not None else value


def _check_text(value: CheckValue) -> str:
    if value.done:
        done = (
            translate("Report", "Done on {day}").format(day=day_text(value.on))
            if value.on
            else translate("Report", "Done")
        )
    else:
        done = translate("Report", "Not yet")
    return f"{done}. {value.note}" if value.note else f"{done}."


def value_text(prompt: Prompt, value: Any) -> str:
    """An answer as plain text; "" for one left blank."""
    if prompt.type is PromptType.TEXT:
        return str(value or "").strip()
    if prompt.type is PromptType.SINGLE:
        return _choice_label(prompt, value) if isinstance(value, str) and value else ""
    if prompt.type is PromptType.MULTI:
        picked = value if isinstance(value, list) else []
        return ", ".join(_choice_label(prompt, str(v)) for v in picked)
    if prompt.type is PromptType.SCALE:
        return scale_text(value) if isinstance(value, int) else ""
    if prompt.type is PromptType.DATE:
        return day_text(value) if isinstance(value, date) else ""
    if isinstance(value, CheckValue) and (value.done or value.note):
        return _check_text(value)
    return ""


def _template_of(entry: Entry) -> Template | None:
    candidates = guided_content.templates_of(entry.kind)
    if not candidates:
        return None
    return guided_content.template_for(entry.kind, entry.answers) or candidates[0]


def answers_of(entry: Entry) -> tuple[Answer, ...]:
    """The entry's guided answers as question and answer pairs (none for a free entry)."""
    template = _template_of(entry)
    if template is None:
        return ()
    values = to_values(template, entry.answers)
    by_group: dict[str, list[Answer]] = {}
    not_yet: dict[str, list[str]] = {}
    for prompt in visible_prompts(template, values):
        value = values.get(prompt.id)
        group = domain_word(template.group_label(prompt.group)) if prompt.group else ""
        text = value_text(prompt, value)
        if text:
            by_group.setdefault(group, []).append(
                Answer(domain_word(prompt.label), text, group=group)
            )
        elif prompt.type is PromptType.CHECK:
            by_group.setdefault(group, [])
            not_yet.setdefault(group, []).append(domain_word(prompt.label))
    for key, value in values.items():
        if not key.startswith(CUSTOM_PREFIX) or not isinstance(value, CheckValue):
            continue
        group = domain_word(template.group_label(value.group)) if value.group else ""
        label = value.text or translate("Report", "A step of my own")
        if value.done or value.note:
            by_group.setdefault(group, []).append(Answer(label, _check_text(value), group=group))
        else:
            by_group.setdefault(group, [])
            not_yet.setdefault(group, []).append(label)
    out: list[Answer] = []
    for group, answers in by_group.items():
        out += answers
        if not_yet.get(group):
            out.append(
                Answer(translate("Report", "Not yet"), "", tuple(not_yet[group]), group=group)
            )
    return tuple(out)
