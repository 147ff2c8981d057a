"""The domain's vocabulary labels, listed for the translation tools.

The labels live in the core (which never imports Qt), and the UI translates them as it
shows them (``QCoreApplication.translate("Emotion", label)`` and so on). ``pyside6-lupdate``
only finds strings written in a translate call, so they are listed here once.
``tests/test_translations.py`` fails when this list and the domain's labels differ.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: (context, label) of every vocabulary label the UI shows.
LABELS: tuple[tuple[str, object], ...] = (
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Feelings check-in")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Self-reflection")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Readiness checklist")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Safety checklist")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Agreement note")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Pause")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Check-in")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Debrief")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Healing step")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Repair plan")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Conversation notes")),
    ("EntryKind", QT_TRANSLATE_NOOP("EntryKind", "Journal entry")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "First conversation about it")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "Agreement became active")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "The encounter")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "A disclosure")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "A test result")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "Repair began")),
    ("EventType", QT_TRANSLATE_NOOP("EventType", "Another moment")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Jealousy")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Insecurity")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Curiosity")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Excitement")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Fear of being replaced")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Hurt")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Anger")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Regret")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Shame")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Relief")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Closeness")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Hope")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Calm")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Overwhelm")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Sadness")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Loneliness")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Gratitude")),
    ("Emotion", QT_TRANSLATE_NOOP("Emotion", "Confusion")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Reassurance")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Attention")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Safety")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Space")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Transparency")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Time")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Touch")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Honesty")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Rest")),
    ("Need", QT_TRANSLATE_NOOP("Need", "Being heard")),
)
