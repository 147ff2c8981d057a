"""Series colours and marker shapes for the feelings chart, per theme.

Six colours per theme, chosen among the Okabe-Ito and Paul Tol palettes (both made for
people with colour blindness) so that, with the text colour that overall mood uses, every
pair stays clearly apart for common red-green (protan, deutan) and the rarer blue-yellow
(tritan) colour blindness as well as for everyone else, and every line stands at least
3:1 against the chart's background. ``tests/ui/test_feelings_chart.py`` checks both, with
simulated colour vision. Colour is never the only signal: each series also has its own
marker shape, and overall mood is a dashed line in the text colour.

Colours are given to emotions by *slot*: a newly chosen emotion takes the first free slot
and keeps it while it stays chosen, so adding or removing one series never repaints the
others.
"""

from __future__ import annotations

from dataclasses import dataclass

from hallpass_journal.ui.theme import Colors

#: How many emotions the chart shows at once (one slot each; more becomes a tangle).
MAX_EMOTIONS = 6

_LIGHT_HUES = (
    "#d55e00",  # vermillion
    "#332288",  # indigo
    "#117733",  # green
    "#882255",  # wine
    "#aa4499",  # purple
    "#cc6677",  # rose
)
_DARK_HUES = (
    "#ee7733",  # orange
    "#b8b0ff",  # lavender
    "#66c2a5",  # teal
    "#cc6677",  # rose
    "#f0e442",  # yellow
    "#e69f00",  # amber
)

#: Marker symbols (pyqtgraph names), one per slot; mood has its own.
SYMBOLS = ("o", "s", "t1", "d", "t", "p")
MOOD_SYMBOL = "star"


@dataclass(frozen=True)
class SeriesStyle:
    """How one series is drawn."""

    colour: str
    symbol: str
    dashed: bool = False
    width: float = 2.0


def slot_colours(colors: Colors) -> tuple[str, ...]:
    """The emotion colours of the theme ``colors`` belongs to, slot by slot."""
    return _DARK_HUES if colors.scheme == "dark" else _LIGHT_HUES


def emotion_style(slot: int, colors: Colors) -> SeriesStyle:
    """The style of the emotion in ``slot`` (0 to :data:`MAX_EMOTIONS` - 1)."""
    hues = slot_colours(colors)
    return SeriesStyle(colour=hues[slot % len(hues)], symbol=SYMBOLS[slot % len(SYMBOLS)])


def mood_style(colors: Colors) -> SeriesStyle:
    """Overall mood: the text colour, dashed, with its own marker."""
    return SeriesStyle(colour=colors.text, symbol=MOOD_SYMBOL, dashed=True, width=2.0)


class Slots:
    """Which colour slot each chosen emotion holds; a new one takes the first free slot."""

    def __init__(self) -> None:
        self._slots: dict[str, int] = {}

    def assign(self, emotions: list[str]) -> dict[str, int]:
        """Keep the slots of emotions still chosen, give new ones the free slots."""
        self._slots = {name: slot for name, slot in self._slots.items() if name in emotions}
        for name in emotions:
            if name not in self._slots:
                taken = set(self._slots.values())
                self._slots[name] = next(i for i in range(len(emotions) + 1) if i not in taken)
        return dict(self._slots)

    def clear(self) -> None:
        """Forget every slot."""
        self._slots.clear()
