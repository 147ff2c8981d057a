"""The guided-entry engine: conditions, validation, and the JSON form of values (drafts)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from hallpass_journal.domain.entries import ChecklistAnswers, HurtStepAnswers
from hallpass_journal.domain.guided_content import READINESS
from hallpass_journal.domain.guided_content_path import HURT_STEP_1
from hallpass_journal.domain.templates import (
    MAX_CUSTOM_ITEMS,
    CheckValue,
    Choice,
    Condition,
    Prompt,
    PromptType,
    Template,
    blank_values,
    clean,
    context_of,
    is_empty,
    notices,
    progress,
    to_answers,
    to_values,
    validate,
    values_from_json,
    values_to_json,
    visible_prompts,
)
from hallpass_journal.domain.vocabulary import EntryKind

T, S, M, SC, C, D = (
    PromptType.TEXT,
    PromptType.SINGLE,
    PromptType.MULTI,
    PromptType.SCALE,
    PromptType.CHECK,
    PromptType.DATE,
)

FORM = Template(
    id="sample",
    kind=EntryKind.REFLECTION,
    title="Sample",
    purpose="Every kind of prompt, with conditions.",
    prompts=(
        Prompt(id="name", type=T, label="Name", required=True),
        Prompt(id="mood", type=SC, label="Mood"),
        Prompt(id="when", type=D, label="When"),
        Prompt(
            id="choice",
            type=S,
            label="Choice",
            choices=(
                Choice(value="a", label="A"),
                Choice(value="b", label="B", note="A gentle note about B."),
            ),
        ),
        Prompt(
            id="follow",
            type=T,
            label="Follow-up",
            required=True,
            condition=Condition(prompt="choice", any_of=("b",)),
        ),
        Prompt(
            id="deeper",
            type=T,
            label="Deeper",
            condition=Condition(prompt="follow"),
        ),
        Prompt(
            id="many",
            type=M,
            label="Many",
            choices=(
                Choice(value="x", label="X"),
                Choice(value="y", label="Y", note="A note about Y."),
                Choice(value="z", label="Z"),
            ),
        ),
        Prompt(id="item", type=C, label="Item"),
        Prompt(
            id="after_item",
            type=T,
            label="After the item",
            condition=Condition(prompt="item", any_of=("ticked",)),
        ),
    ),
)

PLAN = Template(
    id="plan",
    kind=EntryKind.REPAIR_PLAN,
    title="Plan",
    purpose="Checklist with groups and items of one's own.",
    allow_custom_items=True,
    group_labels={"now": "Now", "later": "Later"},
    prompts=(
        Prompt(id="first", type=C, label="First", group="now"),
        Prompt(id="second", type=C, label="Second", group="later"),
    ),
)


def shown(values: dict[str, Any]) -> list[str]:
    return [p.id for p in visible_prompts(FORM, values)]


# -- conditions ----------------------------------------------------------------------


def test_conditions_show_and_hide_prompts() -> None:
    blank = blank_values(FORM)
    assert shown(blank) == ["name", "mood", "when", "choice", "many", "item"]
    with_b = {**blank, "choice": "b"}
    assert "follow" in shown(with_b) and "deeper" not in shown(with_b)
    assert "deeper" in shown({**with_b, "follow": "words"})
    # A prompt resting on a hidden one is hidden too, whatever its own condition says.
    assert not {"follow", "deeper"} & set(shown({**blank, "choice": "a", "follow": "words"}))
    assert "after_item" in shown({**blank, "item": CheckValue(done=True)})
    assert "after_item" not in shown({**blank, "item": CheckValue(note="not ticked")})


def test_hidden_values_are_dropped_when_kept() -> None:
    values = {
        **blank_values(FORM),
        "name": "me",
        "choice": "a",
        "follow": "written while B was picked",
        "deeper": "and this",
    }
    kept = clean(FORM, values)
    assert kept["follow"] == "" and kept["deeper"] == ""
    assert kept["name"] == "me" and kept["choice"] == "a"
    assert clean(FORM, {**values, "choice": "b"})["follow"] == "written while B was picked"


def test_notices_follow_the_picked_choices_of_shown_prompts() -> None:
    assert notices(FORM, blank_values(FORM)) == []
    texts = [n.text for n in notices(FORM, {"choice": "b", "many": ["x", "y"]})]
    assert texts == ["A gentle note about B.", "A note about Y."]


def test_is_empty_ignores_hidden_answers() -> None:
    assert is_empty(FORM, blank_values(FORM))
    assert is_empty(FORM, {"follow": "hidden text"})
    assert not is_empty(FORM, {"name": "x"})


# -- validation ----------------------------------------------------------------------


def problems_of(values: dict[str, Any]) -> dict[str, str]:
    return {p.prompt_id: p.message for p in validate(FORM, {"name": "me", **values})}


def test_valid_values_have_no_problems() -> None:
    values = {
        "mood": 10,
        "when": date(2026, 5, 1),
        "choice": "b",
        "follow": "yes",
        "many": ["x", "z"],
        "item": CheckValue(done=True, on=date(2026, 5, 2), note="done"),
    }
    assert problems_of(values) == {}


@pytest.mark.parametrize(
    ("values", "where"),
    [
        ({"choice": "c"}, "choice"),
        ({"choice": 1}, "choice"),
        ({"many": ["x", "nope"]}, "many"),
        ({"many": ["x", "x"]}, "many"),
        ({"many": "x"}, "many"),
        ({"mood": 11}, "mood"),
        ({"mood": -1}, "mood"),
        ({"mood": True}, "mood"),
        ({"mood": "5"}, "mood"),
        ({"when": "2026-05-01"}, "when"),
        ({"item": True}, "item"),
        ({"name": 3}, "name"),
        ({"unknown": "x"}, "unknown"),
    ],
)
def test_values_that_do_not_fit_are_refused(values: dict[str, Any], where: str) -> None:
    assert where in problems_of(values)


def test_required_prompts_must_be_answered_only_while_shown() -> None:
    assert "name" in {p.prompt_id for p in validate(FORM, {})}
    assert "follow" not in problems_of({"choice": "a"})
    assert "answer" in problems_of({"choice": "b"})["follow"]
    assert "follow" not in problems_of({"choice": "b", "follow": "there"})


def test_custom_items_need_words_and_a_template_that_allows_them() -> None:
    assert validate(PLAN, {"custom_1": CheckValue(text="my step", group="now")}) == []
    assert [p.prompt_id for p in validate(PLAN, {"custom_1": CheckValue(text=" ")})] == ["custom_1"]
    assert "custom_1" in problems_of({"custom_1": CheckValue(text="mine")})


def test_progress_counts_shown_items_and_custom_ones() -> None:
    values = {
        "first": CheckValue(done=True),
        "second": CheckValue(),
        "custom_1": CheckValue(done=True, text="mine", group="later"),
    }
    assert progress(PLAN, values) == (2, 3)
    assert progress(PLAN, blank_values(PLAN)) == (0, 2)


# -- a template checks itself --------------------------------------------------------


def prompt_set(*prompts: Prompt, **extra: Any) -> Template:
    return Template(
        id="t", kind=EntryKind.REFLECTION, title="T", purpose="P", prompts=prompts, **extra
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: prompt_set(
                Prompt(id="a", type=T, label="A", condition=Condition(prompt="b")),
                Prompt(id="b", type=T, label="B"),
            ),
            "not an earlier prompt",
        ),
        (
            lambda: prompt_set(
                Prompt(id="a", type=S, label="A", choices=(Choice(value="x", label="X"),)),
                Prompt(id="b", type=T, label="B", condition=Condition(prompt="a", any_of=("y",))),
            ),
            "cannot answer that",
        ),
        (
            lambda: prompt_set(
                Prompt(id="a", type=T, label="A"),
                Prompt(id="b", type=T, label="B", condition=Condition(prompt="a", any_of=("x",))),
            ),
            "cannot answer that",
        ),
        (
            lambda: prompt_set(
                Prompt(id="a", type=T, label="A"), Prompt(id="a", type=T, label="B")
            ),
            "appears twice",
        ),
        (lambda: prompt_set(Prompt(id="a", type=C, label="A", group="now")), "has no label"),
        (
            lambda: prompt_set(Prompt(id="custom_1", type=C, label="A"), allow_custom_items=True),
            "custom item",
        ),
        (lambda: prompt_set(Prompt(id="a", type=S, label="A")), "needs choices"),
        (
            lambda: prompt_set(
                Prompt(id="a", type=T, label="A", choices=(Choice(value="x", label="X"),))
            ),
            "takes no choices",
        ),
    ],
)
def test_inconsistent_templates_are_refused(build: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        build()


def test_group_labels_name_the_groups() -> None:
    assert PLAN.group_label("later") == "Later"
    assert PLAN.group_label("unknown") == "unknown"


# -- values <-> JSON -----------------------------------------------------------------

FILLED: dict[str, Any] = {
    "name": "Sam",
    "mood": 4,
    "when": date(2026, 5, 1),
    "choice": "b",
    "follow": "because",
    "deeper": "",
    "many": ["y", "z"],
    "item": CheckValue(done=True, on=date(2026, 5, 3), note="a note"),
    "after_item": "afterwards",
}


def test_values_survive_json() -> None:
    data = values_to_json(FORM, FILLED)
    assert json.loads(json.dumps(data)) == data  # plain JSON
    assert data["when"] == "2026-05-01"
    assert data["item"] == {
        "done": True,
        "on": "2026-05-03",
        "note": "a note",
        "text": "",
        "group": "",
    }
    assert values_from_json(FORM, json.loads(json.dumps(data))) == FILLED


def test_missing_prompts_come_back_blank() -> None:
    assert values_from_json(FORM, {"name": "x"}) == {**blank_values(FORM), "name": "x"}
    assert values_to_json(FORM, {}) == values_to_json(FORM, blank_values(FORM))


def test_custom_items_survive_json() -> None:
    values = {
        **blank_values(PLAN),
        "custom_1": CheckValue(done=True, on=date(2026, 1, 2), text="walk", group="later"),
        "custom_2": CheckValue(text="half typed"),
    }
    assert values_from_json(PLAN, values_to_json(PLAN, values)) == values


@pytest.mark.parametrize(
    "data",
    [
        [],
        "text",
        {"unknown": "x"},
        {"name": 3},
        {"choice": "c"},
        {"many": "x"},
        {"many": ["x", "nope"]},
        {"mood": 11},
        {"mood": True},
        {"mood": "4"},
        {"when": "2026-5-1"},
        {"when": "2026-02-30"},
        {"when": 20260501},
        {"item": True},
        {"item": {"done": "yes"}},
        {"item": {"done": True, "on": "yesterday"}},
        {"item": {"done": True, "colour": "red"}},
        {"item": {"note": 1}},
        {"item": {"text": "own words on a suggested item"}},
        {"custom_1": {"text": "not allowed here"}},
    ],
)
def test_json_that_does_not_fit_is_refused(data: Any) -> None:
    with pytest.raises(ValueError):
        values_from_json(FORM, data)


@pytest.mark.parametrize(
    "data",
    [
        {"custom_0": {"text": "x"}},
        {"custom_x": {"text": "x"}},
        {"custom_1": {"text": "x", "group": "someday"}},
        {"custom_1": "x"},
        {f"custom_{n}": {"text": "x"} for n in range(1, MAX_CUSTOM_ITEMS + 2)},
    ],
)
def test_custom_items_in_json_are_checked(data: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        values_from_json(PLAN, data)


@pytest.mark.parametrize(
    "values",
    [{"unknown": "x"}, {"mood": 12}, {"item": "ticked"}, {"many": ["x", "x"]}],
)
def test_values_that_do_not_fit_are_not_written_as_json(values: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        values_to_json(FORM, values)


# -- answers the template does not know are kept on saving again -----------------------


def test_saving_again_keeps_a_hurt_steps_responses_the_template_does_not_ask() -> None:

    imported = HurtStepAnswers(
        step=1,
        responses={"what_i_feel": "numb", "where_i_feel_it": "chest", "old_prompt": "kept words"},
    )
    values = to_values(HURT_STEP_1, imported)
    values["what_i_feel"] = "calmer now"
    values["where_i_feel_it"] = ""  # cleared: a question the template asks goes
    again = to_answers(HURT_STEP_1, values, context_of(HURT_STEP_1, imported))
    assert isinstance(again, HurtStepAnswers)
    assert again.responses == {"old_prompt": "kept words", "what_i_feel": "calmer now"}
    assert again.step == 1


def test_saving_again_keeps_a_checklists_items_the_template_does_not_have() -> None:

    day = date(2030, 1, 2)
    imported = ChecklistAnswers(
        kind="readiness",
        ticked={"health_plan": True, "renamed_item": True},
        ticked_on={"health_plan": day, "renamed_item": day},
        notes={"renamed_item": "a note of ours", "health_plan": "old note"},
    )
    values = to_values(READINESS, imported)
    values["health_plan"] = CheckValue(done=False)
    again = to_answers(READINESS, values, context_of(READINESS, imported))
    assert isinstance(again, ChecklistAnswers)
    assert again.ticked["renamed_item"] is True and again.ticked["health_plan"] is False
    assert again.ticked_on == {"renamed_item": day}
    assert again.notes == {"renamed_item": "a note of ours"}
