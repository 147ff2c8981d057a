"""Ordinary entries for the years before the story, when a large demo is asked for.

Assembled from the phrase banks in :mod:`hallpass_journal.demo.text`, generated lazily so
a benchmark's hundred thousand entries never sit in memory at once.
"""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta

from hallpass_journal.demo import text
from hallpass_journal.domain.entries import EmotionRating, Entry, FeelingsAnswers
from hallpass_journal.domain.vocabulary import MAX_INTENSITY, MIN_INTENSITY, EntryKind

EVERYDAY_MAX_DAYS = 20 * 365  # how far back the extra entries of a large demo reach

# Everyday baselines for the years of entries before the story.
# fmt: off
_BASELINE = dict(
    calm=6.0, closeness=6.0, hope=5.0, gratitude=5.0, curiosity=4.0, excitement=3.5, jealousy=2.0,
    insecurity=2.5, hurt=1.5, sadness=2.5, loneliness=2.5, overwhelm=3.0, confusion=2.0,
)
# fmt: on
#: Emotions that make an ordinary day read as heavy.
_HEAVY = frozenset(
    {
        "jealousy",
        "hurt",
        "fear_of_being_replaced",
        "insecurity",
        "overwhelm",
        "sadness",
        "loneliness",
    }
)


def clamp(value: float) -> int:
    """``value`` rounded into the intensity scale."""
    return max(MIN_INTENSITY, min(MAX_INTENSITY, round(value)))


def scene(rng: random.Random) -> str:
    """An everyday sentence, sometimes followed by a small detail."""
    line = rng.choice(text.DAILY)
    if rng.random() < 0.5:
        slots = {k: rng.choice(v).replace("-", " ") for k, v in text.SLOTS.items()}
        detail = rng.choice(text.DETAILS).format(**slots)
        line = f"{line} {detail[0].upper()}{detail[1:]}"
    return line


def _baseline_emotions(rng: random.Random, day: date) -> list[EmotionRating]:
    names = rng.sample(sorted(_BASELINE), rng.randint(3, 5))
    season = 2 * math.pi * day.toordinal() / 365.25
    return [
        EmotionRating(
            name=name,
            intensity=clamp(_BASELINE[name] + math.sin(season + len(name)) + rng.gauss(0, 1.2)),
        )
        for name in names
    ]


def _everyday_entry(rng: random.Random, day: date, minute: int) -> Entry:
    """One ordinary entry from before the story, assembled from phrase fragments."""
    created = datetime.combine(day, time(minute // 60, minute % 60), UTC)
    common: dict[str, object] = {
        "uuid": uuid.UUID(int=rng.getrandbits(128), version=4),
        "about": day,
        "created_at": created,
        "updated_at": created + timedelta(minutes=rng.randint(1, 30)),
        "tags": [rng.choice(text.TAGS)] if rng.random() < 0.2 else [],
        "private": rng.random() < 0.03,
    }
    roll = rng.random()
    if roll < 0.55:
        emotions = _baseline_emotions(rng, day)
        heavy = [e.intensity for e in emotions if e.name in _HEAVY]
        level = 0 if not heavy or max(heavy) < 4 else (1 if max(heavy) < 7 else 2)
        return Entry.new(
            EntryKind.FEELINGS,
            title=rng.choice(text.FEELINGS_TITLES),
            body=f"{scene(rng)} {rng.choice(text.NOTICING[level])}",
            mood=clamp(6 - 1.5 * level + rng.gauss(0, 1)),
            emotions=emotions,
            answers=FeelingsAnswers(
                needs=rng.sample(text.NEEDS_BY_LEVEL[level], rng.randint(1, 2)),
                telling_me=rng.choice(text.TELLING_ME[level]),
            ),
            **common,
        )
    if roll < 0.92:
        parts = [scene(rng), rng.choice(text.THOUGHTS)]
        if rng.random() < 0.5:
            parts.insert(1, rng.choice(text.NOTICING[0]))
        if rng.random() < 0.5:
            parts.append(rng.choice(text.CLOSERS))
        return Entry.new(
            EntryKind.FREE, title=rng.choice(text.FREE_TITLES), body=" ".join(parts), **common
        )
    title, well, hard, step = rng.choice(text.CONVERSATION_TOPICS)
    return Entry.new(
        EntryKind.CONVERSATION,
        title=title,
        body=f"{scene(rng)} {rng.choice(text.THOUGHTS)}",
        answers={
            "kind": "conversation",
            "scripts_used": rng.sample(text.SCRIPT_IDS, rng.randint(0, 2)),
            "what_went_well": well,
            "what_was_hard": hard,
            "next_steps": step,
        },
        **common,
    )


def everyday_entries(rng: random.Random, before: date, count: int) -> Iterator[Entry]:
    """``count`` ordinary entries, oldest first, ending the day before ``before``.

    One to three a day, going back as far as that needs but no further than
    :data:`EVERYDAY_MAX_DAYS`; beyond that the days fill up instead, so a benchmark's
    100,000 entries span twenty years rather than a century. Generated lazily, so a
    hundred thousand entries never sit in memory at once.
    """
    per_day: list[int] = []
    remaining = count
    while remaining > 0 and len(per_day) < EVERYDAY_MAX_DAYS:
        k = min(remaining, rng.choice((1, 1, 2, 2, 2, 3)))
        per_day.append(k)
        remaining -= k
    for i in rng.choices(range(len(per_day)), k=remaining):
        per_day[i] += 1
    first = before - timedelta(days=len(per_day))
    for offset, k in enumerate(reversed(per_day)):
        day = first + timedelta(days=offset)
        for minute in sorted(rng.randrange(7 * 60, 23 * 60) for _ in range(k)):
            yield _everyday_entry(rng, day, minute)
