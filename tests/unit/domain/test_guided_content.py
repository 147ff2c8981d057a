"""The app's guided entries, scripts and help pages: consistent, round-tripping, gentle."""

from __future__ import annotations

import json
import uuid as uuid_mod
from datetime import date
from typing import Any

import pytest
from pydantic import TypeAdapter

from hallpass_journal.demo import story
from hallpass_journal.demo import text as demo_text
from hallpass_journal.domain.drafts import (
    DraftProblem,
    GuidedDraft,
    draft_payload,
    guided_draft_key,
    parse_draft,
    parse_guided_key,
)
from hallpass_journal.domain.entries import (
    Answers,
    CheckInAnswers,
    DebriefAnswers,
    HurtStepAnswers,
    RepairPlanAnswers,
)
from hallpass_journal.domain.guided_content import (
    REFLECTION,
    TEMPLATES,
    answers_search_text,
    listed,
    template,
    template_for,
    templates_of,
)
from hallpass_journal.domain.guides import (
    CALM_CONVERSATION,
    GROUNDING_CARD,
    GUIDE_PAGES,
    PATH_INTRO,
    SUPPORT_CARD,
    guide_page,
)
from hallpass_journal.domain.scripts import SCRIPTS, ScriptCategory, own_scripts, script
from hallpass_journal.domain.settings import SCRIPTS_CUSTOM, check_setting
from hallpass_journal.domain.templates import (
    CUSTOM_PREFIX,
    CheckValue,
    PromptType,
    Template,
    Values,
    blank_values,
    clean,
    notices,
    searchable_text,
    to_answers,
    to_values,
    validate,
    values_from_json,
    values_to_json,
    visible_prompts,
)
from hallpass_journal.domain.vocabulary import CAUTION_MOTIVES, MOTIVES, NEEDS, EntryKind

DESIGN_IDS = {
    "reflection",
    "readiness",
    "safety",
    "debrief",
    "pause",
    "conversation",
    "repair_plan",
    *(f"hurt_step_{n}" for n in range(1, 6)),
    "check_in_before",
    "check_in_right_after",
    "check_in_one_week",
    "check_in_interval",
    "feelings",
}
UNLISTED = {"pause", "feelings", *(i for i in DESIGN_IDS if i.startswith("check_in_"))}
_answers: TypeAdapter[Any] = TypeAdapter(Answers)


def filled(tpl: Template) -> Values:
    """Every prompt answered, with choices that keep every conditional prompt shown."""
    wanted: dict[str, list[str]] = {}
    for p in tpl.prompts:
        if p.condition is not None:
            wanted.setdefault(p.condition.prompt, []).extend(p.condition.any_of)
    values: Values = {}
    for p in tpl.prompts:
        want = wanted.get(p.id, [])
        if p.type is PromptType.TEXT:
            values[p.id] = f"my words for {p.id}"
        elif p.type is PromptType.SINGLE:
            values[p.id] = want[0] if want else p.choices[-1].value
        elif p.type is PromptType.MULTI:
            values[p.id] = sorted(
                {*want, p.choices[0].value}, key=[c.value for c in p.choices].index
            )
        elif p.type is PromptType.SCALE:
            values[p.id] = 7
        elif p.type is PromptType.CHECK:
            values[p.id] = CheckValue(done=True, on=date(2026, 5, 1), note=f"note on {p.id}")
        else:
            values[p.id] = date(2026, 5, 2)
    if tpl.allow_custom_items:
        group = next(iter(tpl.group_labels), "")
        values[f"{CUSTOM_PREFIX}1"] = CheckValue(
            done=True, on=date(2026, 5, 3), note="went well", text="my own step", group=group
        )
    return values


# -- the registry --------------------------------------------------------------------


def test_every_template_named_in_the_design_exists_once() -> None:
    ids = [t.id for t in TEMPLATES]
    assert len(ids) == len(set(ids))
    assert set(ids) == DESIGN_IDS
    assert {t.id for t in TEMPLATES if not t.listed} == UNLISTED
    assert [t.id for t in listed()] == [t.id for t in TEMPLATES if t.id not in UNLISTED]


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.id)
def test_every_template_is_complete_and_kind(tpl: Template) -> None:
    assert tpl.title and tpl.purpose and tpl.prompts
    assert len({p.id for p in tpl.prompts}) == len(tpl.prompts)
    for p in tpl.prompts:
        assert p.label.strip()  # conditions refer to earlier prompts and to real choices
        if p.condition is not None:
            earlier = [q.id for q in tpl.prompts[: tpl.prompts.index(p)]]
            assert p.condition.prompt in earlier
    # template_for finds each template from its own answers
    assert template_for(tpl.kind, to_answers(tpl, blank_values(tpl))) == tpl


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.id)
def test_values_round_trip_through_answers_and_storage(tpl: Template) -> None:
    values = filled(tpl)
    assert {p.id for p in visible_prompts(tpl, values)} == {p.id for p in tpl.prompts}
    assert validate(tpl, values) == []
    answers = to_answers(tpl, values)
    assert answers.kind == tpl.kind.value
    stored = _answers.validate_json(answers.model_dump_json())  # as the journal keeps it
    assert to_values(tpl, stored) == values
    assert values_from_json(tpl, json.loads(json.dumps(values_to_json(tpl, values)))) == values


@pytest.mark.parametrize("tpl", TEMPLATES, ids=lambda t: t.id)
def test_hidden_answers_are_not_saved(tpl: Template) -> None:
    conditional = [p for p in tpl.prompts if p.condition is not None]
    values = filled(tpl)
    for p in conditional:
        values[p.condition.prompt] = blank_values(tpl)[p.condition.prompt]  # type: ignore[union-attr]
    back = to_values(tpl, to_answers(tpl, values))
    for p in conditional:
        assert back[p.id] == blank_values(tpl)[p.id]
    assert back == clean(tpl, values)


def test_conditions_are_used_where_a_follow_up_helps() -> None:
    with_conditions = {t.id for t in TEMPLATES if any(p.condition for p in t.prompts)}
    assert {"hurt_step_2", "hurt_step_3", "hurt_step_4", "hurt_step_5"} <= with_conditions
    step2 = template("hurt_step_2")
    shown = {p.id for p in visible_prompts(step2, {"where_i_am": "talked"})}
    assert "how_it_went" in shown
    assert "how_it_went" not in {p.id for p in visible_prompts(step2, {"where_i_am": "asked"})}


def test_unknown_template_ids_are_refused() -> None:
    with pytest.raises(KeyError):
        template("nope")
    assert templates_of(EntryKind.FREE) == []


# -- the words -----------------------------------------------------------------------


@pytest.mark.parametrize("motive", MOTIVES)
def test_caution_motives_show_a_gentle_notice(motive: str) -> None:
    shown = notices(REFLECTION, {"motives": [motive]})
    if motive in CAUTION_MOTIVES:
        assert len(shown) == 1 and "hurt" in shown[0].text
    else:
        assert shown == []


def test_several_caution_motives_each_show_the_note() -> None:
    shown = notices(REFLECTION, {"motives": ["curiosity", "revenge", "leverage"]})
    assert [n.prompt_id for n in shown] == ["motives", "motives"]


def test_checklists_follow_the_guide() -> None:
    readiness = [p for p in template("readiness").prompts]
    safety = [p for p in template("safety").prompts]
    assert all(p.type is PromptType.CHECK and p.help for p in readiness + safety)
    assert tuple(p.id for p in readiness) == story.READINESS_ITEMS
    assert tuple(p.id for p in safety) == story.SAFETY_ITEMS


def test_debrief_decisions_say_what_they_lead_to() -> None:
    decision = template("debrief").prompt("decision")
    assert [c.value for c in decision.choices] == ["continue", "modify", "stop"]
    modify, stop = decision.choice("modify"), decision.choice("stop")
    assert modify is not None and "new version" in modify.label
    assert stop is not None and "end the agreement" in stop.label


def test_the_hurt_path_is_gentle_and_step_5_sets_up_check_ins() -> None:
    steps = [template(f"hurt_step_{n}") for n in range(1, 6)]
    assert [dict(s.fixed) for s in steps] == [{"step": n} for n in range(1, 6)]
    for step in steps:
        assert step.intro and step.purpose
        assert all(p.type in (PromptType.TEXT, PromptType.SINGLE) for p in step.prompts)
    intros = " ".join(s.intro for s in steps).lower()
    assert "no wrong pace" in intros and "legitimate" in intros
    assert "check-ins at intervals" in steps[4].intro
    assert len({s.intro for s in steps}) == 5  # each says it in its own way


def test_repair_plan_suggestions_are_grouped_in_three_phases() -> None:
    plan = template("repair_plan")
    assert plan.allow_custom_items
    groups = [p.group for p in plan.prompts]
    assert set(groups) == {"immediate", "short_term", "long_term"}
    assert groups == sorted(groups, key=["immediate", "short_term", "long_term"].index)
    assert {"acknowledge_hurt", "pause_arrangement", "counselling", "rituals"} <= {
        p.id for p in plan.prompts
    }
    answers = to_answers(plan, {"counselling": CheckValue(done=True)})
    assert isinstance(answers, RepairPlanAnswers)
    item = next(i for i in answers.items if i.id == "counselling")
    assert item.phase == "long_term" and item.done


def test_conversation_scripts_are_the_library_ids() -> None:
    choices = template("conversation").prompt("scripts_used").choices
    assert [c.value for c in choices] == [s.id for s in SCRIPTS]


def test_feelings_template_describes_the_home_form() -> None:
    feelings = template("feelings")
    assert [c.value for c in feelings.prompt("needs").choices] == list(NEEDS)
    assert not feelings.prompt("needs").is_searchable
    assert feelings.prompt("telling_me").is_searchable


def test_the_before_check_in_asks_consent_as_a_choice() -> None:
    before = template("check_in_before")
    for value, stored in (("yes", True), ("not_yet", False), ("", None)):
        answers = to_answers(before, {"consent_confirmed": value})
        assert isinstance(answers, CheckInAnswers)
        assert answers.consent_confirmed is stored
        assert answers.check_in_kind == "before"
        assert to_values(before, answers)["consent_confirmed"] == value
    picked = notices(before, {"consent_confirmed": "not_yet"})
    assert picked and "waits" in picked[0].text


def test_demo_answers_fit_the_templates() -> None:
    checked: set[str] = set()
    for event in story.STORY_EVENTS:
        data = event.get("answers")
        if data is None:
            continue
        if data["kind"] == "repair_plan":  # days are filled in by the generator
            ids = {p.id for p in template("repair_plan").prompts}
            assert {item.get("id", "") for item in data["items"]} <= ids | {""}
            continue
        answers = _answers.validate_python(data)
        tpl = template_for(EntryKind(data["kind"]), answers)
        assert tpl is not None, data["kind"]
        if isinstance(answers, HurtStepAnswers):
            assert set(answers.responses) <= {p.id for p in tpl.prompts}, tpl.id
        assert validate(tpl, to_values(tpl, answers)) == [], tpl.id
        checked.add(tpl.kind.value)
    assert {"conversation", "debrief", "hurt_step", "readiness", "safety"} <= checked
    assert set(demo_text.SCRIPT_IDS) <= {s.id for s in SCRIPTS}


# -- search is template metadata -----------------------------------------------------


def test_search_text_holds_words_not_choice_ids() -> None:
    debrief = DebriefAnswers(what_hurt="the long wait", decision="stop")
    text = answers_search_text(EntryKind.DEBRIEF, debrief)
    assert "the long wait" in text and "stop" not in text
    step = HurtStepAnswers(step=4, responses={"about_agreement": "end", "boundaries": "time"})
    assert answers_search_text(EntryKind.HURT_STEP, step) == "time"
    plan = to_answers(
        template("repair_plan"),
        {
            "rituals": CheckValue(done=True, note="walks on Sunday"),
            "custom_1": CheckValue(text="my own step", group="long_term", note="went well"),
        },
    )
    text = answers_search_text(EntryKind.REPAIR_PLAN, plan)
    assert "walks on Sunday" in text and "my own step" in text and "went well" in text
    assert "long_term" not in text and "rituals" not in text.lower()


def test_kinds_without_a_template_have_no_search_text() -> None:
    assert answers_search_text(EntryKind.FREE, _answers.validate_python({"kind": "free"})) == ""
    note = _answers.validate_python({"kind": "agreement", "status": "paused"})
    assert answers_search_text(EntryKind.AGREEMENT, note) == ""


def test_a_check_in_without_its_kind_is_still_searchable() -> None:
    answers = CheckInAnswers(how_are_we="calmer today")
    assert answers_search_text(EntryKind.CHECK_IN, answers) == "calmer today"


def test_searchable_text_follows_prompt_metadata() -> None:
    tpl = template("conversation")
    answers = to_answers(tpl, {"scripts_used": ["opening"], "what_went_well": "listening"})
    assert searchable_text(tpl, answers) == "listening"


# -- drafts of guided forms ----------------------------------------------------------


def test_guided_drafts_round_trip() -> None:
    target = uuid_mod.uuid4()
    key = guided_draft_key("repair_plan", target)
    assert parse_guided_key(key) == ("repair_plan", target)
    assert parse_guided_key(guided_draft_key("debrief")) == ("debrief", None)
    values = filled(template("repair_plan"))
    payload = {
        "template": "repair_plan",
        "values": values_to_json(template("repair_plan"), values),
        "title": "Our plan",
        "about": "2026-05-04",
        "private": True,
    }
    draft = parse_draft(key, json.loads(json.dumps(payload)))
    assert isinstance(draft, GuidedDraft)
    assert draft.form_values() == values
    assert draft.about_day == date(2026, 5, 4)
    assert draft_payload(draft) == payload
    assert parse_draft(key, draft_payload(draft)) == draft


def test_a_sparse_guided_draft_is_normalised() -> None:
    draft = parse_draft("guided:debrief", {"template": "debrief", "values": {"what_hurt": "x"}})
    assert isinstance(draft, GuidedDraft)
    assert draft.values == values_to_json(template("debrief"), {"what_hurt": "x"})
    assert draft.about is None and draft.about_day is None and not draft.private


@pytest.mark.parametrize(
    ("key", "payload"),
    [
        ("guided:nope", {"template": "nope"}),
        ("guided:debrief:not-a-uuid", {"template": "debrief"}),
        ("guided:debrief", {"template": "pause"}),
        ("guided:debrief", {"template": "debrief", "values": {"decision": "maybe"}}),
        ("guided:debrief", {"template": "debrief", "values": {"unknown": "x"}}),
        ("guided:debrief", {"template": "debrief", "values": []}),
        ("guided:debrief", {"template": "debrief", "about": "soon"}),
        ("guided:debrief", {"template": "debrief", "about": "2026-02-30"}),
        ("guided:debrief", {"template": "debrief", "about": "2026-W01-1"}),
        ("guided:debrief", {"template": "debrief", "private": "yes"}),
        ("guided:debrief", {"template": "debrief", "title": 3}),
        ("guided:debrief", {"template": "debrief", "extra": 1}),
        ("guided:debrief", {}),
        ("guided:repair_plan", {"template": "repair_plan", "values": {"rituals": {"done": 1}}}),
        (
            "guided:repair_plan",
            {"template": "repair_plan", "values": {"custom_1": {"text": "x", "group": "soon"}}},
        ),
    ],
)
def test_guided_drafts_that_do_not_fit_are_refused(key: str, payload: Any) -> None:
    with pytest.raises(DraftProblem):
        parse_draft(key, payload)


def test_refusals_never_quote_the_draft() -> None:
    secret = "something private"
    with pytest.raises(DraftProblem) as caught:
        parse_draft("guided:debrief", {"template": "debrief", "values": {"decision": secret}})
    assert secret not in str(caught.value)


# -- scripts and help pages ----------------------------------------------------------


def test_scripts_library() -> None:
    ids = [s.id for s in SCRIPTS]
    assert len(ids) == len(set(ids))
    assert {
        "opening",
        "asking_boundaries",
        "jealousy_in_the_moment",
        "pause_phrase",
        "declining_more",
        "repair_apology",
        "calm_conversation",
    } <= set(ids)
    for s in SCRIPTS:
        assert s.title and s.text and s.when_to_use and "\n" not in s.when_to_use
        assert s.category is not ScriptCategory.OWN
    assert script("calm_conversation").text == CALM_CONVERSATION
    with pytest.raises(KeyError):
        script("nope")


def test_own_scripts_come_from_the_setting() -> None:
    stored = check_setting(
        SCRIPTS_CUSTOM, [{"title": "Mine", "text": "My words"}, {"title": "B", "text": "b"}]
    )
    own = own_scripts(stored)
    assert [(s.id, s.title, s.when_to_use, s.is_own) for s in own] == [
        ("own_1", "Mine", "", True),
        ("own_2", "B", "", True),
    ]


@pytest.mark.parametrize(
    "value",
    [
        [{"title": "", "text": "x"}],
        [{"title": "   ", "text": "x"}],
        [{"title": "x", "text": ""}],
        [{"title": "x" * 101, "text": "x"}],
        [{"title": "x", "text": "x" * 4001}],
        [{"title": "x", "text": "x", "when_to_use": "w" * 301}],
        [{"title": "x", "text": "x", "colour": "red"}],
        [{"title": "x", "text": "x"}] * 51,
        {"title": "x", "text": "x"},
    ],
)
def test_custom_scripts_setting_is_bounded(value: Any) -> None:
    with pytest.raises(ValueError):
        check_setting(SCRIPTS_CUSTOM, value)


PLUGS = ("http", "www.", "facebook", "pinterest", "join", "sign up", "community")


def test_help_pages_are_short_plain_and_point_nowhere() -> None:
    assert [p.id for p in GUIDE_PAGES][:3] == ["alternatives", "outcomes", "structures"]
    assert {"alternatives", "outcomes", "structures", "mistakes", "faq"} <= {
        p.id for p in GUIDE_PAGES
    }
    everything = [*GUIDE_PAGES, GROUNDING_CARD, SUPPORT_CARD]
    for page in everything:
        assert page.title and page.summary and page.paragraphs
        assert sum(len(p) for p in page.paragraphs) < 2500
        lowered = page.text.lower()
        assert not any(plug in lowered for plug in PLUGS), page.id
    assert guide_page("faq").title
    for plug in PLUGS:
        assert plug not in PATH_INTRO.lower() and plug not in CALM_CONVERSATION.lower()


def test_cards_say_what_they_are_for() -> None:
    grounding = GROUNDING_CARD.text.lower()
    assert "breathe" in grounding and "feeling" in grounding and "need" in grounding
    support = SUPPORT_CARD.text.lower()
    assert "not a diagnosis" in support and "counsellor" in support
