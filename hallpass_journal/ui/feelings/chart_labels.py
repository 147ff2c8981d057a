"""Where the event labels go: rows above the lines, none on top of another.

Pure geometry (scene pixels in, rows out), so the rule can be read and tested alone:
key events are placed first (they are what a person looks for: the evening itself, the
start of repair), then the moments written as entries, each in the lowest row where it
overlaps nothing; a label is written to the right of its line, or to the left near the
right edge. One with no room in any row is left out until zooming in makes room (its
line stays, and hovering it tells the whole event).
"""

from __future__ import annotations

from dataclasses import dataclass

GAP = 6.0  # pixels between two labels in a row
LINE_GAP = 2.0  # pixels between a line and its label


@dataclass(frozen=True)
class LabelSpot:
    """One label to place: its line's x, its width, and whether it is a key event."""

    x: float
    width: float
    key_event: bool


@dataclass(frozen=True)
class Placed:
    """Where a label went: its row (0 at the top), and whether it sits left of its line."""

    row: int
    left_of_line: bool


def place_labels(
    spots: list[LabelSpot], left: float, right: float, max_rows: int
) -> list[Placed | None]:
    """For each spot (same order), its place, or None when it is off-view or has no room."""
    rows: list[list[tuple[float, float]]] = []
    out: list[Placed | None] = [None] * len(spots)
    order = sorted(range(len(spots)), key=lambda i: (not spots[i].key_event, spots[i].x))
    for i in order:
        spot = spots[i]
        if not left <= spot.x <= right:
            continue
        start = spot.x + LINE_GAP
        left_of_line = start + spot.width > right
        if left_of_line:
            start = spot.x - LINE_GAP - spot.width
        end = start + spot.width
        row = next(
            (
                r
                for r, taken in enumerate(rows)
                if all(end + GAP <= a or b + GAP <= start for a, b in taken)
            ),
            None,
        )
        if row is None:
            if len(rows) >= max_rows:
                continue
            rows.append([])
            row = len(rows) - 1
        rows[row].append((start, end))
        out[i] = Placed(row, left_of_line)
    return out
