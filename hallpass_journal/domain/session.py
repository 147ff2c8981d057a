"""What the person brings to their next session with a counsellor or therapist.

Two things, both journal content (encrypted, and exported only when the person exports):
entries marked "bring to my next session", and a short list of questions they want to
ask there. Both feed the therapist export; neither changes the entries themselves, so an
editor that is open while an entry is marked never undoes the mark when it saves.
"""

from __future__ import annotations

import uuid as uuid_mod
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from hallpass_journal.domain.entries import utc_now

#: The longest question kept (a question, not an essay: an entry holds the long text).
MAX_QUESTION_CHARS = 2000


def question_text(text: str) -> str:
    """``text`` trimmed, or :class:`ValueError` saying plainly what is wrong with it."""
    clean = text.strip()
    if not clean:
        raise ValueError("A question needs a few words.")
    if len(clean) > MAX_QUESTION_CHARS:
        raise ValueError(
            f"A question can be up to {MAX_QUESTION_CHARS:,} characters; "
            f"this one has {len(clean):,}. Longer thoughts fit better in an entry."
        )
    return clean


class SessionQuestion(BaseModel):
    """A question for the next session; ``done_at`` once it was talked about."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    uuid: uuid_mod.UUID = Field(default_factory=uuid_mod.uuid4)
    text: Annotated[str, AfterValidator(question_text)]
    created_at: datetime = Field(default_factory=utc_now)
    #: The entry the question came up in, if any.
    entry_uuid: uuid_mod.UUID | None = None
    done_at: datetime | None = None


class SessionMark(BaseModel):
    """An entry marked "bring to my next session", and when it was marked."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    entry_uuid: uuid_mod.UUID
    marked_at: datetime = Field(default_factory=utc_now)
