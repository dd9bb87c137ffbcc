"""Sentence splitting for Indonesian and English news text, with character offsets into the text.

A full stop ends a sentence only when followed by space and an upper-case letter, digit or quote,
and the word before it is not an abbreviation or an initial (`Dr.`, `H.`, `T.V.`, `No.`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from operator import itemgetter

from kabar.events.data import csv_rows

BOUNDARY = re.compile(r"""([.!?]+["'”’)]*)(\s+)(?=["'“‘(]?[A-Z0-9À-Þ])|\n\s*\n|\n""")
ABBREVIATIONS = frozenset(
    [
        "dr",
        "drs",
        "ir",
        "h",
        "hj",
        "prof",
        "no",
        "jl",
        "st",
        "mr",
        "mrs",
        "ms",
        "sen",
        "gen",
        "rep",
        "adm",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "gov",
        "jr",
        "sr",
        "inc",
        "ltd",
        "co",
        "corp",
        "vs",
        "tel",
        "hlm",
        "kab",
        "kec",
        "kel",
        "dkk",
        "u.s",
        "u.k",
        "a.s",
        "p.t",
        "pt",
        "tbk",
        "s.h",
        "m.h",
        "s.e",
        "s.pd",
        "m.si",
        "ph.d",
        "st.",
        "a.m",
        "p.m",
        "e.g",
        "i.e",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "agu",
        "sep",
        "sept",
        "oct",
        "okt",
        "nov",
        "dec",
        "des",
    ]
)


@cache
def _abbreviations() -> frozenset[str]:
    extra = {row["abbreviation"].lower().rstrip(".") for row in csv_rows("common", "abbreviations.csv")}
    return ABBREVIATIONS | extra


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at `dot` closes an abbreviation or an initial rather than a sentence."""
    start = dot
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    word = text[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "Benedikta Miranti T.", "George W."
        return True
    if "." in word and all(len(p) <= 2 for p in word.split(".")):  # "T.V", "U.S"
        return True
    return word.lower() in _abbreviations()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BOUNDARY.finditer(text):
        if m.group(1):
            broken = "\n" in m.group(2)  # a line break always ends a sentence (`pukul 17.00.` + paragraph)
            if m.group(1)[0] == "." and not broken and _is_abbreviation(text, m.start(1)):
                continue
            end = m.end(1)
        else:
            end = m.start()
        _add(text, spans, start, end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(sents: Sequence[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    """The last sentence (of `sents`, sorted by start) starting at or before `pos`."""
    si = bisect_right(sents, pos, key=itemgetter(0)) - 1
    return sents[si] if si >= 0 else None
