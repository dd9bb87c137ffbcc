"""Blind held-out sets 2-4 of the event coder, one table of expectations over the first set's machinery.

Each set was written from the scorer and the seeds' annotation conventions only, without reading
kabar/events/, its lexicons or earlier sets, so its first score measured generalisation:

- set 2 (18 articles): Gaza truce talks, Ishiba in Bogor, Prabowo in India, KPK and Hasto, the DPR
  protest, Myanmar's quake truce, the AMM in Kuala Lumpur, Khartoum, India-Pakistan, the Indonesia-
  Australia DCA, Iran-US talks. Blind: recall 0.41, precision 0.63; tuned on since.
- set 3 (10 articles): Macron in Jakarta, Yoon's arrest, two Natuna seizures on different dates (a
  negative pair), Anwar in Phnom Penh, Malaysia's militant arrests, Pakistan-Afghanistan clashes, the
  Philippines-Japan RAA. Blind: recall 0.43, precision 0.52; lightly tuned on since.
- set 4 (8 articles): Erdogan in Bogor, a drug-ring arrest, drills around Taiwan, Xi in Hanoi, a strike
  on Beirut, Trump and Zelensky, the Belgrade protest. Never tuned on.

Run with `-s -rxX` to see per-page tables, missed events and unmatched predictions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest
from scoring_events import cluster_pairs
from test_events_heldout import (
    HeldoutRun,
    clean_and_date,
    code_events,
    describe,
    score_run,
    totals,
    with_gold_publication,
)

MIN_RECALL, MIN_PRECISION, MIN_MODALITY = 0.7, 0.7, 0.9


@dataclass(frozen=True)
class HeldoutSet:
    name: str
    min_pages: int
    min_singleton_clusters: int = 0
    gaps: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # test -> xfail reason

    @property
    def folder(self) -> Path:
        return Path(__file__).parent / f"events_heldout{self.name}"


SETS = [
    HeldoutSet("2", 14, gaps={"clusters": "same-event clusters of set 2 are not all merged and matched yet"}),
    HeldoutSet(
        "3", 10, 2, gaps={"clusters": "same-event clusters of set 3 are not all merged and matched yet"}
    ),
    HeldoutSet("4", 8, 2),  # blind 0.53 / 0.71; 0.82 / 0.84 after round 5; 0.84 / 0.84 after round 9
    HeldoutSet(
        "5",
        12,
        2,
        gaps={
            "clusters": "same-event clusters of set 5 are not all matched yet (226/276 pairs after round 6)"
        },
    ),  # blind 0.467 recall / 0.847 precision; 0.783 / 0.918 after round 6; 0.800 / 0.932 after round 9
    HeldoutSet(
        "6",
        12,
        2,
        gaps={
            "clusters": "same-event clusters of set 6 are not all matched yet (151/496 pairs after round 9)",
        },
    ),  # blind 0.391 / 0.842; 0.652 / 0.823 after rounds 9-10; 0.739 / 0.859 after round 16
    HeldoutSet(
        "7",
        12,
        2,
        gaps={
            "clusters": "same-event clusters of set 7 are not all matched yet (54/136 pairs after round 11)"
        },
    ),  # blind 0.380 / 0.818 after round 8; 0.400 / 0.800 after rounds 9-10; 0.700 / 0.869 after round 11
    HeldoutSet(
        "8",
        12,
        2,
        gaps={
            "clusters": "set 8 same-event clusters not all matched yet (65/300 blind, 152/300 round 14)",
        },
    ),  # blind 0.466 / 0.657 before and after round 11; rounds 12-14: 0.638 / 0.700; round 16: 0.741 / 0.762;
    # round 22: 0.810 / 0.802
    HeldoutSet(
        "9",
        12,
        1,  # the negative pair: Magic Seas (both articles) against Eternity C (one article)
        gaps={
            "recall": "blind set 9: recall 0.254, precision 0.594 (scored once, with round 12 in progress); "
            "0.302 after round 13's verb breadth (0.270 on the same code without it); 0.397 after round 15 "
            "(studied: al- surnames, name bounds, DR Congo names, witnesses, codes, claim dates)",
            "clusters": "set 9 same-event clusters not all matched yet (74/528 blind; 150/528 round 15)",
        },
    ),
    HeldoutSet(
        "10",
        12,
        2,
        gaps={
            "recall": "blind set 10: recall 0.517, precision 0.615 before and after round 15 (unseen by it); "
            "0.569 / 0.722 once undated events are bounded by publication",
            "clusters": "set 10 same-event clusters not all matched yet (77/190 blind)",
        },
    ),
    HeldoutSet(
        "11",
        12,
        2,
        gaps={
            "recall": "blind set 11: recall 0.571, precision 0.671 (scored once, before round 16); round 16 "
            "left it at 0.571 / 0.654; rounds 17 (studied on it): 0.661 / 0.709; round 20: 0.714 / 0.711 "
            "(passes, by one event: kept as a gap); round 22: 0.732 / 0.718",
            "clusters": "set 11 same-event clusters not all matched yet (119/190 blind)",
        },
    ),
    HeldoutSet(
        "12",
        12,
        4,
        gaps={
            "recall": "blind set 12: recall 0.589, precision 0.727 at round 17 (0.482 / 0.629 at round 15)",
            "clusters": "set 12 same-event clusters not all matched yet (53/190 blind)",
        },
    ),
    HeldoutSet(
        "13",
        12,
        4,
        gaps={
            "recall": "blind set 13: recall 0.600, precision 0.823 at round 19 (0.477 / 0.693 at round 15)",
            "clusters": "set 13 same-event clusters not all matched yet (117/276 blind)",
            "modality": "blind set 13: modality 34/39 (a 'will meet' clause makes the act beside it planned)",
        },
    ),
    HeldoutSet(
        "14",
        12,
        6,
        gaps={
            "recall": "blind set 14: recall 0.509, precision 0.712 at round 19; 0.509 / 0.723 at round 20; "
            "round 21 (studied on it): 0.673 / 0.789",
            "clusters": "set 14 same-event clusters not all matched yet (36/231 blind)",
        },
    ),
    HeldoutSet(
        "15",
        12,
        11,
        gaps={
            "recall": "blind set 15: recall 0.491, precision 0.814 at rounds 19 and 20; "
            "round 21 (studied on it): 0.547 / 0.820; round 22: 0.547 / 0.833",
            "clusters": "set 15 same-event clusters not all matched yet (78/406 blind)",
        },
    ),
    HeldoutSet(
        "16",
        12,
        13,
        gaps={
            "recall": "blind set 16: recall 0.567, precision 0.731 at rounds 19, 20 and 21 alike; "
            "round 22 (studied on it): 0.617 / 0.747",
            "clusters": "set 16 same-event clusters not all matched yet (250/528 blind)",
        },
    ),
    HeldoutSet(
        "17",
        12,
        9,
        gaps={
            "recall": "blind set 17: recall 0.453, precision 0.620 at rounds 19, 21 and 22 alike; "
            "0.528 / 0.706 after the weekday and header-date fixes (studied)",
            "clusters": "set 17 same-event clusters not all matched yet (170/595 blind)",
        },
    ),
    HeldoutSet(
        "18",
        12,
        12,
        gaps={
            "recall": "blind set 18: recall 0.603, precision 0.790 with the coders of rounds 19 and 22 alike",
            "clusters": "set 18 same-event clusters not all matched yet (253/496 blind)",
        },
    ),
    HeldoutSet(
        "19",
        12,
        11,
        gaps={
            "recall": "blind set 19: recall 0.660, precision 0.733 (never tuned on)",
            "modality": "blind set 19: modality right on 30/35 matched events",
            "clusters": "set 19 same-event clusters not all matched yet (152/351 blind)",
        },
    ),
    HeldoutSet(
        "20",
        12,
        18,
        gaps={
            "recall": "blind set 20: recall 0.406, precision 0.765 (never tuned on)",
            "clusters": "set 20 same-event clusters not all matched yet (119/630 blind)",
        },
    ),
    HeldoutSet(
        "21",
        12,
        13,
        gaps={
            "recall": "blind set 21: recall 0.623, precision 0.803 (blind first; studied from round 24)",
            "clusters": "set 21 same-event clusters not all matched yet (170/351 blind)",
        },
    ),
    HeldoutSet(
        "22",
        12,
        9,
        gaps={
            "recall": "blind set 22: recall 0.574, precision 0.629 (blind first; studied from round 24)",
            "precision": "blind set 22: precision 0.629 (blind first; studied from round 24)",
            "modality": "set 22 modality 0.884 since round 33: denials dated by the publication window take"
            " the accusations' slots in the scorer's greedy matching (swapped pairs, 2 of 43)",
            "clusters": "set 22 same-event clusters not all matched yet (251/595 blind)",
        },
    ),
    HeldoutSet(
        "23",
        12,
        10,
        gaps={"clusters": "set 23 same-event clusters not all matched yet (204/325 blind)"},
    ),  # blind 0.717 / 0.783 at 8bfd042; 0.717 / 0.800 after round 24, which never studied it; studied in 26
    HeldoutSet(
        "24",
        12,
        11,
        gaps={
            "recall": "blind set 24: recall 0.558, precision 0.714 (blind first; studied from round 26)",
            "modality": "blind set 24: modality right on 25/29 matched events",
            "clusters": "set 24 same-event clusters not all matched yet (150/595 blind)",
        },
    ),
    HeldoutSet(
        "25",
        12,
        12,
        gaps={
            "precision": "blind set 25: recall 0.723, precision 0.693 at 7365a13 (blind first; studied)",
            "clusters": "set 25 same-event clusters not all matched yet (134/325 blind)",
        },
    ),
    HeldoutSet(
        "26",
        12,
        11,
        gaps={
            "recall": "blind set 26: recall 0.463, precision 0.722 at 7365a13 (blind first; studied)",
            "clusters": "set 26 same-event clusters not all matched yet (90/253 blind)",
        },
    ),
    HeldoutSet(
        "27",
        12,
        12,
        gaps={
            "recall": "blind set 27: recall 0.571, precision 0.716 at 16dd323 (blind first; lightly studied)",
            "precision": "blind set 27: precision 0.716 at 16dd323, 0.700 after round 27",
            "clusters": "set 27 same-event clusters not all matched yet (104/325 blind)",
        },
    ),  # round 27 was built on set 28 alone, then scored on 27: recall 0.571 -> 0.571
    HeldoutSet(
        "28",
        12,
        13,
        gaps={
            "recall": "blind set 28: recall 0.500, precision 0.724 at 16dd323 (blind first; studied in 27)",
            "clusters": "set 28 same-event clusters not all matched yet (64/406 blind)",
        },
    ),
    HeldoutSet(
        "29",
        12,
        11,
        gaps={
            "recall": "blind set 29: recall 0.569, precision 0.644 at 18f4f05 (blind first; unread by r28)",
            "precision": "blind set 29: precision 0.644 at 18f4f05; 0.633 after r28, 0.697 after r29",
            "clusters": "set 29 same-event clusters not all matched yet (170/406 blind)",
        },
    ),  # round 28's general rules were written before set 29 was read: recall 0.569 -> 0.588
    HeldoutSet(
        "30",
        12,
        10,
        gaps={
            "recall": "blind set 30: recall 0.645, precision 0.746 at 18f4f05 (blind first; lightly studied)",
            "clusters": "set 30 same-event clusters not all matched yet (182/435 blind)",
        },
    ),
    HeldoutSet(
        "31",
        12,
        16,
        gaps={
            "recall": "blind set 31: recall 0.544, precision 0.699 at f68ad53 (blind first; unread by r29)",
            "clusters": "set 31 same-event clusters not all matched yet (299/1035 blind)",
        },
    ),  # round 29's general rules were written before sets 31 and 32 were read: recall 0.544 -> 0.559
    HeldoutSet(
        "32",
        12,
        15,
        gaps={
            "recall": "blind set 32: recall 0.587, precision 0.750 at f68ad53 (blind first; unread by r29)",
            "clusters": "set 32 same-event clusters not all matched yet (208/595 blind)",
        },
    ),  # round 29 on set 32: recall 0.587 -> 0.587
    HeldoutSet(
        "33",
        12,
        12,
        gaps={
            "recall": "blind set 33: recall 0.656, precision 0.768 at d50e92a (blind first; unread by r30)",
            "modality": "set 33 modality 0.884 since round 33: denials dated by the publication window take"
            " other events' slots in the scorer's greedy matching (swapped pairs)",
            "clusters": "set 33 same-event clusters not all matched yet (223/496 blind)",
        },
    ),  # round 30's general rules were written before sets 33 and 34 were read: recall 0.656 -> 0.656
    HeldoutSet(
        "34",
        12,
        9,
        gaps={
            "recall": "blind set 34: recall 0.633, precision 0.732 at d50e92a (blind first; unread by r30)",
            "clusters": "set 34 same-event clusters not all matched yet (167/351 blind)",
        },
    ),  # round 30 on set 34: recall 0.633 -> 0.633
    HeldoutSet(
        "35",
        12,
        14,
        gaps={
            "recall": "blind set 35: recall 0.536, precision 0.703 at afa17b3 (blind first; read in r32)",
            "clusters": "set 35 same-event clusters not all matched yet (119/435 blind)",
        },
    ),  # round 31's general rules were written before sets 35 and 36 were read: recall 0.536 -> 0.536
    HeldoutSet(
        "36",
        12,
        11,
        gaps={
            "recall": "blind set 36: recall 0.538, precision 0.707 at afa17b3 (blind first; read in r32)",
            "clusters": "set 36 same-event clusters not all matched yet (134/406 blind)",
        },
    ),  # round 31 on set 36: recall 0.538 -> 0.554
    HeldoutSet(
        "37",
        12,
        15,
        gaps={
            "recall": "blind set 37: recall 0.677, precision 0.781 at 1d17ec1 (blind first; unread by r32)",
            "clusters": "set 37 same-event clusters not all matched yet (323/595 blind)",
        },
    ),  # round 32's general rules were written before sets 37 and 38 were read: recall 0.677 -> 0.677
    HeldoutSet(
        "38",
        12,
        11,
        gaps={"clusters": "set 38 same-event clusters not all matched yet (152/253 blind)"},
    ),  # blind set 38: recall 0.722, precision 0.812 at 1d17ec1; round 32: 0.722, precision 0.797
    HeldoutSet(
        "39",
        12,
        15,
        gaps={
            "recall": "blind set 39: recall 0.542, precision 0.742 at ccf405f (blind first; unread by r33)",
            "clusters": "set 39 same-event clusters not all matched yet (170/465 blind)",
        },
    ),  # round 33's general rules were written before sets 39 and 40 were read
    HeldoutSet(
        "40",
        12,
        10,
        gaps={
            "recall": "blind set 40: recall 0.567, precision 0.716 at ccf405f (blind first; unread by r33)",
            "clusters": "set 40 same-event clusters not all matched yet (117/276 blind)",
        },
    ),
    HeldoutSet(
        "41",
        12,
        9,
        gaps={
            "recall": "blind set 41: recall 0.667, precision 0.729 at 94a8ae5 (blind first; unread by r34)",
            "clusters": "set 41 same-event clusters not all matched yet (249/406 blind)",
        },
    ),  # round 34's general rules were written before sets 41 and 42 were read
    HeldoutSet(
        "42",
        12,
        12,
        gaps={
            "recall": "blind set 42: recall 0.609, precision 0.815 at 94a8ae5 (blind first; unread by r34)",
            "clusters": "set 42 same-event clusters not all matched yet (118/276 blind)",
        },
    ),
    HeldoutSet(
        "43",
        12,
        40,
        gaps={
            "recall": "blind set 43: recall 0.458, precision 0.781 at e15e74e (blind first; unread by r35)",
            "clusters": "set 43 same-event clusters not all matched yet (462/2145 blind)",
        },
    ),  # round 35's general rules were written from sets 41 and 42 before sets 43 and 44 were read
    HeldoutSet(
        "44",
        12,
        9,
        gaps={
            "recall": "blind set 44: recall 0.628, precision 0.682 at e15e74e (blind first; unread by r35)",
            "precision": "blind set 44: precision 0.682 at e15e74e, 0.662 after round 35 (unread)",
            "clusters": "set 44 same-event clusters not all matched yet (134/253 blind)",
        },
    ),
    HeldoutSet(
        "45",
        12,
        8,
        gaps={
            "recall": "blind set 45: recall 0.679, precision 0.855 at 09e37e1 (blind first; unread by r36)",
            "modality": "blind set 45: modality 0.895 at 09e37e1 (unread)",
            "clusters": "set 45 same-event clusters not all matched yet (251/435 blind)",
        },
    ),  # round 36's general rules were written from sets 43 and 44 before sets 45 and 46 were read
    HeldoutSet(
        "46",
        12,
        14,
        gaps={
            "recall": "blind set 46: recall 0.525, precision 0.723 at 09e37e1 (blind first; unread by r36)",
            "modality": "blind set 46: modality 0.871 at 09e37e1 (unread)",
            "clusters": "set 46 same-event clusters not all matched yet (208/630 blind)",
        },
    ),
    HeldoutSet(
        "47",
        12,
        10,
        gaps={
            "recall": "blind set 47: recall 0.423, precision 0.655 at eda6a72 (blind first; unread by r37)",
            "precision": "blind set 47: precision 0.655 at eda6a72 (unread)",
            "modality": "blind set 47: modality 0.833 at eda6a72 (unread)",
            "clusters": "set 47 same-event clusters not all matched yet (169/861 blind)",
        },
    ),  # round 37's general rules were written from sets 45 and 46 before sets 47 and 48 were read
    HeldoutSet(
        "48",
        12,
        11,
        gaps={
            "recall": "blind set 48: recall 0.542, precision 0.781 at eda6a72 (blind first; unread by r37)",
            "modality": "blind set 48: modality 0.812 at eda6a72 (unread)",
            "clusters": "set 48 same-event clusters not all matched yet (206/595 blind)",
        },
    ),
    HeldoutSet(
        "49",
        12,
        25,
        gaps={
            "recall": "blind set 49: recall 0.667, precision 0.864 at ee74694 (blind first; unread by r38)",
            "clusters": "set 49 same-event clusters not all matched yet (462/990 blind)",
        },
    ),  # round 38's general rules were written from sets 47 and 48 before sets 49 and 50 were read
    HeldoutSet(
        "50",
        12,
        10,
        gaps={
            "recall": "blind set 50: recall 0.479, precision 0.804 at ee74694 (blind first; unread by r38)",
            "clusters": "set 50 same-event clusters not all matched yet (152/561 blind)",
        },
    ),
    HeldoutSet(
        "51",
        12,
        8,
        gaps={
            "recall": "blind set 51: recall 0.509, precision 0.907 at c4a00b0 (blind first; unread by r39)",
            "clusters": "set 51 same-event clusters not all matched yet (168/561 blind)",
        },
    ),  # round 39's general rules were written from sets 49 and 50 before sets 51 and 52 were read
    HeldoutSet(
        "52",
        12,
        12,
        gaps={
            "recall": "blind set 52: recall 0.413, precision 0.671 at c4a00b0 (blind first; unread by r39)",
            "precision": "blind set 52: precision 0.671 at c4a00b0 (unread)",
            "modality": "blind set 52: modality 0.885 at c4a00b0 (unread)",
            "clusters": "set 52 same-event clusters not all matched yet (189/861 blind)",
        },
    ),
    HeldoutSet(
        "53",
        12,
        15,
        gaps={
            "recall": "blind set 53: recall 0.381, precision 0.895 at a6ebfbb (blind first; unread by r40)",
            "modality": "blind set 53: modality 0.792 at a6ebfbb (unread)",
            "clusters": "set 53 same-event clusters not all matched yet (89/528 blind)",
        },
    ),  # round 40's general rules were written from sets 51 and 52 before sets 53 and 54 were read
    HeldoutSet(
        "54",
        12,
        13,
        gaps={
            "recall": "blind set 54: recall 0.458, precision 0.778 at a6ebfbb (blind first; unread by r40)",
            "modality": "blind set 54: modality 0.889 at a6ebfbb (unread)",
            "clusters": "set 54 same-event clusters not all matched yet (134/595 blind)",
        },
    ),
    HeldoutSet(
        "55",
        12,
        13,
        gaps={
            "recall": "blind set 55: recall 0.300, precision 0.633 at 9156f80 (blind first; unread by r41)",
            "precision": "blind set 55: precision 0.633 at 9156f80 (unread)",
            "modality": "blind set 55: modality 0.708 at 9156f80 (unread)",
            "clusters": "set 55 same-event clusters not all matched yet (105/1081 blind)",
        },
    ),  # round 41's general rules were written from sets 53 and 54 before sets 55 and 56 were read
    HeldoutSet(
        "56",
        12,
        8,
        gaps={
            "recall": "blind set 56: recall 0.473, precision 0.778 at 9156f80 (blind first; unread by r41)",
            "clusters": "set 56 same-event clusters not all matched yet (104/561 blind)",
        },
    ),
    HeldoutSet(
        "57",
        12,
        11,
        gaps={
            "recall": "blind set 57: recall 0.593, precision 0.750 at fe91ebc (blind first; unread by r42)",
            "clusters": "set 57 same-event clusters not all matched yet (188/465 blind)",
        },
    ),  # round 42's general rules were written from sets 55 and 56 before sets 57 and 58 were read
    HeldoutSet(
        "58",
        12,
        13,
        gaps={
            "recall": "blind set 58: recall 0.410, precision 0.660 at fe91ebc (blind first; unread by r42)",
            "precision": "blind set 58: precision 0.660 at fe91ebc (unread)",
            "clusters": "set 58 same-event clusters not all matched yet (54/253 blind)",
        },
    ),
    HeldoutSet(
        "59",
        12,
        14,
        gaps={
            "recall": "blind set 59: recall 0.600, precision 0.705 at 4ff5e98 (blind first; unread by r43)",
            "modality": "blind set 59: modality 32/36 at 4ff5e98 (unread)",
            "clusters": "set 59 same-event clusters not all matched yet (208/496 blind)",
        },
    ),  # round 43's general rules were written from sets 57 and 58 before sets 59 and 60 were read
    HeldoutSet(
        "60",
        12,
        12,
        gaps={
            "recall": "blind set 60: recall 0.615, precision 0.650 at 4ff5e98 (blind first; unread by r43)",
            "precision": "blind set 60: precision 0.650 at 4ff5e98 (unread)",
            "clusters": "set 60 same-event clusters not all matched yet (228/496 blind)",
        },
    ),
    HeldoutSet(
        "61",
        12,
        11,
        gaps={
            "recall": "blind set 61: recall 0.510, precision 0.821 at 4eaca10 (blind first; unread by r44)",
            "clusters": "set 61 same-event clusters not all matched yet (91/406 blind)",
        },
    ),  # round 44's general rules were written from sets 59 and 60 before sets 61 and 62 were read
    HeldoutSet(
        "62",
        12,
        10,
        gaps={
            "recall": "blind set 62: recall 0.254, precision 0.667 at 4eaca10 (blind first; unread by r44)",
            "precision": "blind set 62: precision 0.667 at 4eaca10 (unread)",
            "modality": "blind set 62: modality 13/16 at 4eaca10 (unread)",
            "clusters": "set 62 same-event clusters not all matched yet (15/435 blind)",
        },
    ),
    HeldoutSet(
        "63",
        12,
        14,
        gaps={
            "recall": "blind set 63: recall 0.400, precision 0.771 at 197e028 (blind first; unread by r45)",
            "clusters": "set 63 same-event clusters not all matched yet (89/496 blind)",
        },
    ),  # round 45's general rules were written from sets 61 and 62 before sets 63 and 64 were read
    HeldoutSet(
        "64",
        12,
        13,
        gaps={
            "recall": "blind set 64: recall 0.348, precision 0.581 at 197e028 (blind first; unread by r45)",
            "precision": "blind set 64: precision 0.581 at 197e028 (unread)",
            "clusters": "set 64 same-event clusters not all matched yet (28/253 blind)",
        },
    ),
    HeldoutSet(
        "65",
        12,
        10,
        gaps={
            "recall": "blind set 65: recall 0.439, precision 0.636 at 43fcca6 (blind first; unread by r46)",
            "precision": "blind set 65: precision 0.636 at 43fcca6 (unread)",
            "clusters": "set 65 same-event clusters not all matched yet (66/496 blind)",
        },
    ),  # round 46's general rules were written from sets 63 and 64 before sets 65 and 66 were read
    HeldoutSet(
        "66",
        12,
        12,
        gaps={
            "recall": "blind set 66: recall 0.383, precision 0.861 at 43fcca6 (blind first; unread by r46)",
            "modality": "blind set 66: modality 20/23 at 43fcca6 (unread)",
            "clusters": "set 66 same-event clusters not all matched yet (88/561 blind)",
        },
    ),
    HeldoutSet(
        "67",
        12,
        14,
        gaps={
            "recall": "blind set 67: recall 0.362, precision 0.636 at 65b1af0 (blind first; unread by r47)",
            "precision": "blind set 67: precision 0.636 at 65b1af0 (unread)",
            "modality": "blind set 67: modality 15/17 at 65b1af0 (unread)",
            "clusters": "set 67 same-event clusters not all matched yet (65/325 blind)",
        },
    ),  # round 47's general rules were written from sets 65 and 66 before sets 67 and 68 were read
    HeldoutSet(
        "68",
        12,
        13,
        gaps={
            "recall": "blind set 68: recall 0.315, precision 0.550 at 65b1af0 (blind first; unread by r47)",
            "precision": "blind set 68: precision 0.550 at 65b1af0 (unread)",
            "modality": "blind set 68: modality 15/17 at 65b1af0 (unread)",
            "clusters": "set 68 same-event clusters not all matched yet (78/465 blind)",
        },
    ),
    HeldoutSet(
        "69",
        12,
        11,
        gaps={
            "recall": "blind set 69: recall 0.386, precision 0.710 at 62a3481 (blind first; studied in r49)",
            "modality": "blind set 69: modality 15/17 at 62a3481 (unread)",
            "clusters": "set 69 same-event clusters not all matched yet (26/253 blind)",
        },
    ),  # round 48's general rules were written from sets 67 and 68 before sets 69 and 70 were read
    HeldoutSet(
        "70",
        12,
        15,
        gaps={
            "recall": "blind set 70: recall 0.611, precision 0.796 at 62a3481 (blind first; studied in r49)",
            "modality": "blind set 70: modality 29/33 at 62a3481 (unread)",
            "clusters": "set 70 same-event clusters not all matched yet (168/528 blind)",
        },
    ),
    HeldoutSet(
        "71",
        12,
        11,
        gaps={
            "recall": "blind set 71: recall 0.528, precision 0.714 at 284b4e9 (blind first; studied in r50)",
            "modality": "blind set 71: modality 25/28 at 284b4e9 (unread)",
            "clusters": "set 71 same-event clusters not all matched yet (120/351 blind)",
        },
    ),  # round 49's general rules were written from sets 69 and 70 before sets 71 and 72 were read
    HeldoutSet(
        "72",
        12,
        17,
        gaps={
            "recall": "blind set 72: recall 0.463, precision 0.838 at 284b4e9 (blind first; studied in r50)",
            "clusters": "set 72 same-event clusters not all matched yet (251/595 blind)",
        },
    ),
    HeldoutSet(
        "73",
        12,
        12,
        gaps={
            "recall": "blind set 73: recall 0.444, precision 0.758 at 312fb15 (blind first; studied in r51)",
            "modality": "blind set 73: modality 18/20 at 312fb15 (studied in r51)",
            "clusters": "set 73 same-event clusters not all matched yet (54/325 blind)",
        },
    ),  # round 50's general rules were written from sets 71 and 72 before sets 73 and 74 were read
    HeldoutSet(
        "74",
        12,
        14,
        gaps={
            "recall": "blind set 74: recall 0.528, precision 0.696 at 312fb15 (blind first; studied in r51)",
            "precision": "blind set 74: precision 0.696 at 312fb15 (studied in r51)",
            "clusters": "set 74 same-event clusters not all matched yet (168/496 blind)",
        },
    ),
    HeldoutSet(
        "75",
        12,
        11,
        gaps={
            "clusters": "set 75 same-event clusters not all matched yet (319/465 blind)",
        },
    ),  # blind at 7d39494: recall 0.750, precision 0.746, modality 35/36; studied in r52
    HeldoutSet(
        "76",
        12,
        13,
        gaps={
            "recall": "blind set 76: recall 0.440, precision 0.732 at 7d39494 (blind first; studied in r52)",
            "clusters": "set 76 same-event clusters not all matched yet (89/351 blind)",
        },
    ),
    HeldoutSet(
        "77",
        12,
        14,
        gaps={
            "recall": "blind set 77: recall 0.471, precision 0.633 at caf715b (blind first; studied in r53)",
            "precision": "blind set 77: precision 0.633 at caf715b (studied in r53)",
            "clusters": "set 77 same-event clusters not all matched yet (133/496 blind)",
        },
    ),  # round 52's general rules were written from sets 75 and 76 before sets 77 and 78 were read
    HeldoutSet(
        "78",
        12,
        13,
        gaps={
            "recall": "blind set 78: recall 0.517, precision 0.750 at caf715b (blind first; studied in r53)",
            "clusters": "set 78 same-event clusters not all matched yet (226/465 blind)",
        },
    ),
    HeldoutSet(
        "79",
        12,
        10,
        gaps={
            "recall": "blind set 79: recall 0.667, precision 0.743 at 6845215 (blind first; studied in r54)",
            "modality": "blind set 79: modality 32/40 at 6845215 (studied in r54)",
            "clusters": "set 79 same-event clusters not all matched yet (316/780 blind)",
        },
    ),  # round 53's general rules were written from sets 77 and 78 before sets 79 and 80 were read
    HeldoutSet(
        "80",
        12,
        12,
        gaps={
            "recall": "blind set 80: recall 0.627, precision 0.865 at 6845215 (blind first; studied in r54)",
            "clusters": "set 80 same-event clusters not all matched yet (225/435 blind)",
        },
    ),
    HeldoutSet(
        "81",
        12,
        14,
        gaps={
            "recall": "blind set 81: recall 0.644, precision 0.776 at 4751b3f (blind first; studied in r55)",
            "clusters": "set 81 same-event clusters not all matched yet (226/496 blind)",
        },
    ),  # round 54's general rules were written from sets 79 and 80 before sets 81 and 82 were read
    HeldoutSet(
        "82",
        12,
        12,
        gaps={
            "recall": "blind set 82: recall 0.694, precision 0.772 at 4751b3f (blind first; studied in r55)",
            "modality": "blind set 82: modality 30/34 at 4751b3f (studied in r55)",
            "clusters": "set 82 same-event clusters not all matched yet (152/325 blind)",
        },
    ),
    HeldoutSet(
        "83",
        12,
        12,
        gaps={
            "recall": "blind set 83: recall 0.500, precision 0.575 at 26400c6 (blind first; studied in r56)",
            "precision": "blind set 83: precision 0.575 at 26400c6 (studied in r56)",
            "modality": "blind set 83: modality 24/29 at 26400c6 (studied in r56)",
            "clusters": "set 83 same-event clusters not all matched yet (207/561 blind)",
        },
    ),  # round 55's general rules were written from sets 81 and 82 before sets 83 and 84 were read
    HeldoutSet(
        "84",
        12,
        15,
        gaps={
            "recall": "blind set 84: recall 0.534, precision 0.613 at 26400c6 (blind first; studied in r56)",
            "precision": "blind set 84: precision 0.613 at 26400c6 (studied in r56)",
            "modality": "set 84: modality 31/35 after r56 (28/31 blind); its gold marks three made denials "
            "asserted, where 81 of the 99 denials in all sets are marked denied",
            "clusters": "set 84 same-event clusters not all matched yet (188/465 blind)",
        },
    ),
    HeldoutSet(
        "85",
        12,
        19,
        gaps={
            "recall": "blind set 85: recall 0.579, precision 0.641 at 1647a7b (blind first; unread by r56)",
            "precision": "blind set 85: precision 0.641 at 1647a7b (unread by r56)",
            "modality": "blind set 85: modality 28/33 at 1647a7b (unread by r56)",
            "clusters": "set 85 same-event clusters not all matched yet (151/666 blind)",
        },
    ),  # round 56's general rules were written from sets 83 and 84 before sets 85 and 86 were read
    HeldoutSet(
        "86",
        12,
        16,
        gaps={
            "recall": "blind set 86: recall 0.371, precision 0.617 at 1647a7b (blind first; unread by r56)",
            "precision": "blind set 86: precision 0.617 at 1647a7b (unread by r56)",
            "clusters": "set 86 same-event clusters not all matched yet (101/780 blind)",
        },
    ),
]


def per_set(test: str) -> list:
    """The sets as parameters, each marked xfail(strict=False) where that test is a known gap."""
    return [
        pytest.param(s, id=f"set{s.name}", marks=pytest.mark.xfail(strict=False, reason=s.gaps[test]))
        if test in s.gaps
        else pytest.param(s, id=f"set{s.name}")
        for s in SETS
    ]


def load_golds(held: HeldoutSet) -> dict[str, dict]:
    pages = sorted(p for p in (held.folder / "gold").glob("*.json") if p.name != "clusters.json")
    return {g["file"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in pages)}


def load_clusters(held: HeldoutSet) -> list[list[list[str]]]:
    return json.loads((held.folder / "gold" / "clusters.json").read_text(encoding="utf-8"))


@cache
def run(held: HeldoutSet) -> HeldoutRun:
    golds = load_golds(held)
    articles = clean_and_date([held.folder / name for name in golds])
    result = score_run(golds, articles, code_events(articles))
    ideal = score_run(golds, articles, code_events(with_gold_publication(articles, golds)))
    print(report(held, result))
    print(report(held, ideal, "with the annotated publication dates"))
    return result


def report(held: HeldoutSet, result: HeldoutRun, title: str = "as the pipeline runs") -> str:
    head = f"held-out set {held.name}, {title}: page | required found | predicted (unmatched) | modality ok"
    lines = ["", head]
    for name, s in result.scores.items():
        counts = f"{s.required_found}/{s.required} | {s.predicted} ({s.unmatched_count}) | {s.modality_ok}"
        lines.append(f"  {name}: {counts}")
        lines += [f"      missed {gid}" for gid in s.missed]
        lines += [f"      unmatched {describe(ev)}" for ev in s.unmatched]
    for lang in ("id", "en"):
        t = totals([s for n, s in result.scores.items() if n.startswith(f"{lang}_")])
        lines.append(
            f"  [{lang}] recall {t['recall']:.3f} ({t['found']}/{t['required']}) "
            f"precision {t['precision']:.3f} modality {t['modality']:.3f}"
        )
    t = totals(list(result.scores.values()))
    right, total = cluster_pairs(load_clusters(held), result.matched_ids)
    lines.append(
        f"  [all] recall {t['recall']:.3f} ({t['found']}/{t['required']}) precision {t['precision']:.3f} "
        f"modality {t['modality']:.3f} clusters {right}/{total}"
    )
    return "\n".join(lines)


@pytest.mark.parametrize("held", per_set("consistent"))
def test_set_is_big_bilingual_and_consistent(held: HeldoutSet) -> None:
    golds = load_golds(held)
    langs = [name.split("_", 1)[0] for name in golds]
    assert len(golds) >= held.min_pages
    assert 0.5 <= langs.count("id") / len(langs) <= 0.7
    for name, gold in golds.items():
        assert (held.folder / name).is_file()
        assert any(e["required"] for e in gold["events"]), name
        text = " ".join(gold["body_required"] + gold.get("captions_required", []))  # caption events count
        neutral = " ".join(gold.get("body_neutral", []))  # a recap line may hold an optional event
        assert all(e["evidence"] in text for e in gold["events"] if e["required"]), name
        assert all(e["evidence"] in text + neutral for e in gold["events"]), name
    required = {(name, e["id"]) for name, g in golds.items() for e in g["events"] if e["required"]}
    clusters = load_clusters(held)
    assert all(tuple(member) in required for group in clusters for member in group)
    assert sum(len(group) > 1 for group in clusters) >= 3
    assert sum(len(group) == 1 for group in clusters) >= held.min_singleton_clusters
    assert "gold/" in (held.folder / ".kabarignore").read_text(encoding="utf-8").split()


@pytest.mark.parametrize("held", per_set("languages"))
def test_every_page_becomes_an_article_in_its_language(held: HeldoutSet) -> None:
    result = run(held)
    assert result.languages == {n: n.split("_", 1)[0] for n in result.golds}


@pytest.mark.parametrize("held", per_set("recall"))
def test_event_recall(held: HeldoutSet) -> None:
    result = run(held)
    t = totals(list(result.scores.values()))
    missed = [f"{s.file}: {gid}" for s in result.scores.values() for gid in s.missed]
    assert t["recall"] >= MIN_RECALL, f"recall {t['recall']:.3f}; missed:\n" + "\n".join(missed)


@pytest.mark.parametrize("held", per_set("precision"))
def test_event_precision(held: HeldoutSet) -> None:
    result = run(held)
    t = totals(list(result.scores.values()))
    spurious = [f"{s.file}: {describe(ev)}" for s in result.scores.values() for ev in s.unmatched]
    assert t["precision"] >= MIN_PRECISION, f"precision {t['precision']:.3f}; unmatched:\n" + "\n".join(
        spurious
    )


@pytest.mark.parametrize("held", per_set("modality"))
def test_modality_of_matched_required_events(held: HeldoutSet) -> None:
    result = run(held)
    t = totals(list(result.scores.values()))
    wrong = [
        f"{s.file}: {gid} gold {g['modality']} got {s.matched[gid].get('modality')}"
        for s in result.scores.values()
        for gid, g in ((e["id"], e) for e in result.golds[s.file]["events"] if e["required"])
        if gid in s.matched and s.matched[gid].get("modality") != g["modality"]
    ]
    assert t["modality"] >= MIN_MODALITY, "\n".join(wrong)


@pytest.mark.parametrize("held", per_set("clusters"))
def test_clusters(held: HeldoutSet) -> None:
    right, total = cluster_pairs(load_clusters(held), run(held).matched_ids)
    assert right == total, f"{right}/{total} cluster pairs right"
