"""The six-month story of the demo journal, as data (see :mod:`hallpass_journal.demo.generator`).

Sample text written for the app: calm, plain, nothing explicit. Checklist items, repair
steps, the hurt partner's answers and the scripts use the ids of the guided templates
(:mod:`hallpass_journal.domain.guided_content`), so each entry opens in its guided form.
"""

from __future__ import annotations

from typing import Any

# Hand-wrapped story data: the formatter would triple its length.
# fmt: off

# -- the six-month story ------------------------------------------------------------------
# Each event is one entry. "t" is the day relative to the encounter (0). Answers are
# plain dicts validated into the entry kind's answers model, except that a checklist's
# ticked items get the day they were first ticked, and a repair step's "done_t" becomes
# the day it was done. "agreement" changes the agreement (a new version's terms, or a
# status) on that day.

PARTNER = "Alex"
#: The agreement's "evaluate over time" check-ins, in days after the encounter.
CHECK_IN_DAYS: list[int] = [14, 30, 60, 91]

READINESS_ITEMS: tuple[str, ...] = (
    "both_want_to_talk", "boundaries_named", "disclosure_agreed", "check_ins_committed",
    "health_plan",
)
SAFETY_ITEMS: tuple[str, ...] = (
    "consent_free", "boundaries_written", "testing_contraception", "communication_plan",
    "pause_clause", "support_people",
)

_TERMS_V1: dict[str, Any] = {
    "intention": (
        "To be honest about curiosity instead of hiding it, and to learn what we want, "
        "together. Not a fix for anything, and not a test."
    ),
    "permitted": ["One evening with one person neither of us knows", "Alex only, this time"],
    "excluded": ["Staying the night", "Meeting the same person again", "Secrets of any kind"],
    "frequency": "one_time",
    "disclosure": "none",
    "who": ["Someone neither of us knows"],
    "excluded_circles": ["Work", "The climbing gym", "Our friends", "Former partners"],
    "emotional_safeguards": ["No photos", "No swapping numbers", "No repeat meetings"],
    "health_safety": ["Both of us tested beforehand", "Protection, always"],
    "check_in_plan": "The day before, the morning after, a week later, then at intervals.",
    "pause_phrase": "I need us to stop and talk.",
    "declining_phrases": [
        "This was a one-off for me, and that is where it ends.",
        "I have a partner I love; I'm not looking for anything further.",
    ],
}
_TERMS_V2: dict[str, Any] = {
    **_TERMS_V1,
    "disclosure": "partial",
    "excluded": [*_TERMS_V1["excluded"], "Anyone met through friends of friends"],
    "health_safety": [*_TERMS_V1["health_safety"], "Tested again two weeks afterwards"],
    "check_in_plan": (
        "The evening before to confirm we both still want this; the next morning; one week "
        "later; then at two weeks, one month and three months."
    ),
    "notes": "Home by midnight. A short text when leaving, nothing more.",
}
_TERMS_V3: dict[str, Any] = {
    **_TERMS_V2,
    "disclosure": "full",
    "emotional_safeguards": [*_TERMS_V1["emotional_safeguards"],
                             "Nothing new while either of us is still finding our feet"],
    "check_in_plan": (
        "After the evening: one week, two weeks, one month, two months and three months, "
        "even when all seems well."
    ),
    "notes": (
        "No further evenings under this version. We look at it again together at the "
        "three-month check-in, and only if we both want to."
    ),
}


def _checklist(
    kind: str, items: tuple[str, ...], ticked: int, notes: dict[str, str]
) -> dict[str, Any]:
    return {
        "kind": kind,
        "ticked": {item: i < ticked for i, item in enumerate(items)},
        "notes": notes,
    }


STORY_EVENTS: tuple[dict[str, Any], ...] = (
    {"t": -118, "kind": "free", "title": "Something I keep thinking about",
     "body": "Alex mentioned the idea of a one-time pass again, half joking. I laughed, then "
             "thought about it all evening. I don't know what I feel yet, and that is fine.",
     "tags": ["reflection"]},
    {"t": -115, "kind": "reflection", "title": "Why am I even curious?",
     "body": "Trying to be honest with myself before we talk properly.",
     "answers": {"kind": "reflection",
                 "hoping_for": "Mostly to stop pretending the curiosity is not there, for both "
                               "of us.",
                 "ready_for_jealousy": "Honestly, I'm not sure. I can picture feeling small.",
                 "trust_boundaries": "I trust Alex with promises. Feelings are less "
                                     "predictable.",
                 "values_conflict": "Honesty matters more to me than a particular shape of "
                                    "relationship. Exclusivity matters too, though.",
                 "likely_outcome": "Neutral at best; bumpy at worst. We handle bumps well.",
                 "motives": ["curiosity", "avoiding_secrecy"]}},
    {"t": -109, "kind": "conversation", "title": "Raising it properly",
     "body": "We sat on the balcony and agreed that talking was not the same as deciding.",
     "answers": {"kind": "conversation", "scripts_used": ["opening"],
                 "what_went_well": "Saying first that I only wanted to explore it, not decide.",
                 "what_was_hard": "A long silence after I asked what Alex hoped for.",
                 "next_steps": "Each of us writes down what would feel like too much."}},
    {"t": -106, "kind": "readiness", "title": "Readiness, first look",
     "body": "Only one box ticked, and that seems right for now.",
     "answers": _checklist("readiness", READINESS_ITEMS, 1,
                           {"both_want_to_talk": "Yes, both of us, without pressure."})},
    {"t": -99, "kind": "reflection", "title": "An uncomfortable motive",
     "body": "I noticed a small part of me wanted this to even things out after last "
             "summer, when I felt overlooked. I want to be honest about that part, and "
             "about the hurt underneath it.",
     "answers": {"kind": "reflection",
                 "hoping_for": "Some novelty, and to feel wanted.",
                 "ready_for_jealousy": "More ready than a month ago, less than I'd like.",
                 "trust_boundaries": "Yes.",
                 "values_conflict": "Using this to settle a score would go against what I "
                                    "believe. Setting that part down.",
                 "likely_outcome": "Depends on whether we are doing it for the right reasons.",
                 "motives": ["novelty", "validation", "revenge"]}},
    {"t": -93, "kind": "free", "title": "Picnic by the river",
     "body": "No talk of agreements tonight, just cheese, bread and the last of the sun. We "
             "are good together.", "tags": ["date night"]},
    {"t": -87, "kind": "conversation", "title": "Naming our limits",
     "body": "We each wrote a list and read them out. There was more overlap than I feared.",
     "answers": {"kind": "conversation", "scripts_used": ["asking_boundaries"],
                 "what_went_well": "Reading the lists aloud instead of arguing about them.",
                 "what_was_hard": "Hearing that Alex would want to know nothing at all.",
                 "next_steps": "Think about how much we each want to know afterwards."}},
    {"t": -81, "kind": "reflection", "title": "Could I live with the feelings?",
     "body": "Thinking about the hard parts, not only the idea.",
     "answers": {"kind": "reflection",
                 "hoping_for": "That we come out of it closer, or at least wiser.",
                 "ready_for_jealousy": "I expect jealousy. I want a plan for it, not to "
                                       "avoid it.",
                 "trust_boundaries": "Yes, especially if the limits are written down.",
                 "values_conflict": "Not if we are both choosing it freely.",
                 "likely_outcome": "Some hard days, then steady.",
                 "motives": ["curiosity", "exploring_non_monogamy"]}},
    {"t": -75, "kind": "readiness", "title": "Readiness, second look",
     "body": "Progress. Disclosure is still open and so is the health plan.",
     "answers": _checklist("readiness", READINESS_ITEMS, 2,
                           {"boundaries_named": "Both lists written and read out."})},
    {"t": -71, "kind": "agreement", "title": "First draft of our agreement",
     "body": "We wrote the first version together at the kitchen table. It is only a draft.",
     "tags": ["agreement"],
     "agreement": {"terms": _TERMS_V1, "status": "draft", "note": "First draft."}},
    {"t": -66, "kind": "conversation", "title": "We meant different things",
     "body": "Turns out I would want the outline afterwards and Alex assumed no details. "
             "Glad we found this now.",
     "answers": {"kind": "conversation", "scripts_used": ["asking_boundaries"],
                 "what_went_well": "Neither of us got defensive.",
                 "what_was_hard": "Admitting that not knowing would make my imagination worse.",
                 "next_steps": "Change the disclosure part of the draft."}},
    {"t": -61, "kind": "agreement", "title": "Version 2: some disclosure",
     "body": "Renegotiated: an outline afterwards, a retest, and home by midnight.",
     "tags": ["agreement"],
     "agreement": {"terms": _TERMS_V2,
                   "note": "Disclosure changed from none to partial; timing and retest added."}},
    {"t": -57, "kind": "safety", "title": "Safety checklist",
     "body": "Most of it is in place.",
     "answers": _checklist("safety", SAFETY_ITEMS, 4,
                           {"boundaries_written": "Version 2 of the agreement."})},
    {"t": -55, "kind": "agreement", "title": "We both said yes",
     "body": "We read version 2 aloud and both agreed, without hurry.", "tags": ["agreement"],
     "agreement": {"status": "agreed",
                   "note": f"Agreed together with {PARTNER}.\nBoth of us consented, freely, "
                           "after reading version 2 aloud."}},
    {"t": -49, "kind": "free", "title": "Appointments done",
     "body": "We both went to the clinic this week. All fine. Oddly, it felt like a kind "
             "thing to do for each other.", "tags": ["health"]},
    {"t": -43, "kind": "readiness", "title": "Readiness, all ticked",
     "body": "Every item ticked. Ready does not mean certain.",
     "answers": _checklist("readiness", READINESS_ITEMS, 5, {})},
    {"t": -41, "kind": "safety", "title": "Safety checklist, complete",
     "body": "Jo knows I may want to talk it through; that counts as support.",
     "answers": _checklist("safety", SAFETY_ITEMS, 6,
                           {"support_people": "Jo, and my sister if needed."})},
    {"t": -39, "kind": "agreement", "title": "The agreement is active",
     "body": "Starting from today, as agreed.", "tags": ["agreement"],
     "agreement": {"status": "active", "note": "Active from today."}},
    {"t": -33, "kind": "conversation", "title": "A jealous wave, said out loud",
     "body": "I felt it rise at dinner and said so instead of going quiet.",
     "tags": ["jealousy"],
     "answers": {"kind": "conversation", "scripts_used": ["jealousy_in_the_moment"],
                 "what_went_well": "Alex just listened and held my hand.",
                 "what_was_hard": "Not turning the feeling into a question about Alex.",
                 "next_steps": "Keep naming it early."}},
    {"t": -26, "kind": "pause", "title": "I called a pause",
     "body": "I said our phrase, and we stopped to talk. No blame, just a pause.",
     "tags": ["pause", "agreement"],
     "answers": {"kind": "pause",
                 "reason": "Alex mentioned chatting with someone from the climbing gym, which "
                           "is one of our excluded circles. My stomach dropped.",
                 "what_i_need": "To hear that the limits still hold, and a few days to settle."},
     "agreement": {"status": "paused", "note": "Paused to talk about the excluded circles."}},
    {"t": -25, "kind": "conversation", "title": "Talking after the pause",
     "body": "A calm talk on a long walk. Alex had not realised the gym counted; now it is "
             "clear.",
     "answers": {"kind": "conversation", "scripts_used": ["pause_phrase", "calm_conversation"],
                 "what_went_well": "The phrase worked exactly as we hoped: we stopped and "
                                   "talked.",
                 "what_was_hard": "Feeling silly for how strongly I reacted.",
                 "next_steps": "Re-read the excluded circles together."}},
    {"t": -21, "kind": "agreement", "title": "Resuming",
     "body": "We re-read the agreement and both felt ready to continue.",
     "tags": ["agreement"],
     "agreement": {"status": "active", "note": "Resumed after the pause."}},
    {"t": -13, "kind": "free", "title": "Dinner out",
     "body": "A proper date night at the little place on the corner. Easy, warm, lots of "
             "laughing.", "tags": ["date night"]},
    {"t": 0, "kind": "free", "title": "Tonight", "tags": ["encounter"],
     "body": "Alex left a little after seven, as planned. I had dinner with Jo, came home, "
             "ran a bath and watched something silly. The text came at eleven. I am tired "
             "and strangely calm, with something heavy underneath."},
    {"t": 1, "kind": "hurt_step", "title": "Step 1: room to feel",
     "body": "Letting myself feel this without judging it.",
     "answers": {"kind": "hurt_step", "step": 1,
                 "responses": {"what_i_feel": "Hurt, jealous, and afraid of being replaced, "
                                              "even though nothing says I am.",
                               "where_i_feel_it": "A tight chest, and my hands won't settle.",
                               "what_helps": "Crying, a walk, not deciding anything today.",
                               "kind_thing": "A long bath and an early night."}}},
    {"t": 2, "kind": "hurt_step", "title": "Step 2: asking for a calm talk",
     "body": "I asked for a talk tomorrow evening, at home, phones away.",
     "answers": {"kind": "hurt_step", "step": 2,
                 "responses": {"where_i_am": "talked",
                               "request": "Can we talk tomorrow, when we've both slept?",
                               "when_where": "Tomorrow after dinner, on the sofa.",
                               "want_them_to_hear": "That it hurt more than I expected, and "
                                                    "that I still want us.",
                               "how_it_went": "Slow and kind. We both cried a little."}}},
    {"t": 2, "kind": "free", "title": "Not ready to share this", "private": True,
     "body": "Writing down the things I'm not ready to say to anyone, Alex included. I keep "
             "wondering whether I was enough. I know that thought is the hurt talking."},
    {"t": 3, "kind": "debrief", "title": "Debrief",
     "body": "We talked for two hours. Slowly, kindly.", "tags": ["repair"],
     "answers": {"kind": "debrief",
                 "how_feeling": "Raw, but less alone than yesterday.",
                 "surprised_me": "How physical the jealousy was, and how much the outline "
                                 "helped rather than hurt.",
                 "what_worked": "The check-ins, the midnight text, the pause phrase.",
                 "what_hurt": "The hours of waiting. Imagining too much.",
                 "decision": "modify"}},
    {"t": 4, "kind": "agreement", "title": "Version 3: what we changed",
     "body": "We rewrote the agreement together after the debrief. No regret about trying; "
             "more care from here.", "tags": ["agreement", "repair"],
     "agreement": {"terms": _TERMS_V3,
                   "note": "Full disclosure from now on, no further evenings under this "
                           "version, and a check-in at two months too. Both of us agreed."}},
    {"t": 5, "kind": "hurt_step", "title": "Step 3: what I want to know",
     "body": "Being clear about transparency.",
     "answers": {"kind": "hurt_step", "step": 3,
                 "responses": {"how_much": "outline",
                               "what_i_want_to_know": "That the limits held, and that there "
                                                      "will be no further contact.",
                               "what_i_do_not": "Details. The outline was enough.",
                               "openness_from_now": "A short text when plans change, for a "
                                                    "month or so."}}},
    {"t": 8, "kind": "hurt_step", "title": "Step 4: boundaries for repair",
     "body": "It is fine to ask for what repair needs.",
     "answers": {"kind": "hurt_step", "step": 4,
                 "responses": {"about_agreement": "change",
                               "boundaries": "No further evenings for now, and we see a "
                                             "counsellor together.",
                               "counselling": "yes",
                               "counselling_hopes": "Learning to talk about hard things "
                                                    "without either of us shutting down.",
                               "support": "Jo on Thursdays; my sister on the phone."}}},
    {"t": 9, "kind": "repair_plan", "title": "Our repair plan", "edited_after_days": 30,
     "body": "Small, steady steps. Updated as we go.", "tags": ["repair"],
     "answers": {"kind": "repair_plan", "items": [
         {"id": "acknowledge_hurt", "phase": "immediate", "done_t": 3,
          "text": "Acknowledge the hurt without defending or explaining it away"},
         {"id": "time_out", "phase": "immediate", "done_t": 9,
          "text": "Take a time-out from blame when things heat up"},
         {"id": "listen_uninterrupted", "phase": "immediate", "done_t": 10,
          "text": "Let each of us speak without being interrupted",
          "note": "Ten minutes each, on the sofa."},
         {"id": "answer_questions", "phase": "short_term", "done_t": 12,
          "text": "Answer questions honestly, at the pace the hurt partner sets"},
         {"id": "health_check", "phase": "short_term", "done_t": 16,
          "text": "Look after health: testing, and contraception if it matters"},
         {"id": "break_from_topic", "phase": "short_term",
          "text": "Take a break from talking about outside encounters",
          "note": "Agreed for at least three months."},
         {"id": "counselling", "phase": "long_term",
          "text": "See a couples counsellor, if it would help",
          "note": "Session four is next week."},
         {"id": "rituals", "phase": "long_term", "text": "Create rituals of connection",
          "note": "Weekly date night, phones away: five weeks in a row so far."},
         {"id": "regular_check_ins", "phase": "long_term",
          "text": "Keep checking in, even when things feel fine"},
         {"id": "", "phase": "long_term",
          "text": "A weekend away, just the two of us, in the spring"}]}},
    {"t": 11, "kind": "conversation", "title": "Repair talk",
     "body": "Alex said sorry for the hurt without arguing about whether it was allowed.",
     "tags": ["repair"],
     "answers": {"kind": "conversation", "scripts_used": ["repair_apology"],
                 "what_went_well": "Feeling heard rather than managed.",
                 "what_was_hard": "Accepting the apology without needing more.",
                 "next_steps": "First counselling session next week."}},
    {"t": 20, "kind": "free", "title": "First counselling session",
     "body": "Nervous beforehand, lighter afterwards. The counsellor asked good questions "
             "and nobody was on trial.", "tags": ["repair"]},
    {"t": 27, "kind": "free", "title": "A private note", "private": True,
     "body": "Some days I'm still angry in a quiet way. I'm letting that be true here "
             "before I decide whether it needs saying."},
    {"t": 35, "kind": "free", "title": "Date night again",
     "body": "Bowling, badly. I laughed until my face hurt. It felt like us.",
     "tags": ["date night"]},
    {"t": 45, "kind": "conversation", "title": "Where we are now",
     "body": "A quiet talk about what we have learned.",
     "answers": {"kind": "conversation", "scripts_used": ["repair_apology"],
                 "what_went_well": "We both named things we are proud of.",
                 "what_was_hard": "Talking about the evening itself, still.",
                 "next_steps": "Keep the date nights; see the counsellor twice more."}},
    {"t": 55, "kind": "free", "title": "Looking back",
     "body": "We tried something, it hurt more than expected, and we looked after each "
             "other. I'm proud of how we are repairing. Whether we ever try it again can "
             "wait; it does not need deciding now.",
     "tags": ["reflection"]},
)

# The key events the timeline and the check-ins anchor on. "t" is the day; "recorded_t"
# the day it was written down (the encounter was planned three weeks ahead).
KEY_EVENTS: tuple[dict[str, Any], ...] = (
    {"t": -109, "type": "first_conversation", "title": "We talked about it properly",
     "note": "On the balcony. Talking is not deciding."},
    {"t": -49, "type": "test_result", "title": "Both tested: all clear"},
    {"t": -39, "type": "agreement_active", "agreement": True},
    {"t": 0, "type": "encounter", "time": "19:00", "recorded_t": -20, "agreement": True,
     "title": f"{PARTNER}'s evening out", "note": "Home by midnight, a text when leaving."},
    {"t": 9, "type": "repair_start", "title": "We started our repair plan"},
)

# Replies for the check-ins planned around the encounter, by kind and day: (how are we,
# anything to change). One without a reply that is due is snoozed to "snooze_t".
CHECK_IN_REPLIES: dict[str, tuple[str, str]] = {
    "before": ("Both of us still want to go ahead. Nervous, but clear.",
               "Nothing. The midnight text stays."),
    "right_after": (f"Tired and tender. {PARTNER} came home on time and held me for a "
                    "long while.", "I need a slow day and no big talks yet."),
    "one_week": ("Better than the first days, still wobbly in the evenings.",
                 "More time together this week; no further evenings for now."),
    "interval14": ("Two weeks: calmer. The jealousy comes and goes.",
                   "Keep the weekly date night."),
    "interval30": ("One month: mostly steady. Counselling helps.",
                   "Nothing new; keep going."),
}
#: The two-month check-in came on a busy evening: asked again two days later.
SNOOZE_DAYS = 2
# fmt: on
