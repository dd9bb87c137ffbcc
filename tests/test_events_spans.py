"""ByStart's bisection lookups must answer as the scans over all actors they replace."""

from __future__ import annotations

import random

import pytest

from kabar.events.gazetteer import Actor, Found
from kabar.events.spans import ByStart

ACTOR = Actor("X", None, None, "person")


def _spans(rng: random.Random) -> list[Found]:
    """Sorted by start; overlapping, nested and equal starts included."""
    starts = sorted(rng.randrange(0, 60) for _ in range(rng.randrange(0, 12)))
    return [Found(s, s + rng.randrange(1, 15), "x", ACTOR) for s in starts]


@pytest.mark.parametrize("seed", range(40))
def test_lookups_equal_full_scans(seed: int) -> None:
    rng = random.Random(seed)
    found = _spans(rng)
    index = ByStart(found)
    for pos in range(-2, 80):
        hi = pos + rng.randrange(0, 20)
        assert list(index.starting_in(pos, hi)) == [f for f in found if pos <= f.start < hi]
        assert index.first_from(pos) == next((f for f in found if f.start >= pos), None)
        assert index.containing(pos) == any(f.start <= pos < f.end for f in found)
        assert index.last_ending_by(pos) == next((f for f in reversed(found) if f.end <= pos), None)
