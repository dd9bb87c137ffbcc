"""The indexed alternation (kabar/events/alternation.py) must find exactly what the plain regex alternation
finds: same matches, same pattern per match, on real article text, in any letter case."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from kabar.events.alternation import ASCII_TWINS, Alternation, Head, folded, pattern_heads
from kabar.events.titles import title_alternation
from kabar.events.triggers import trigger_lexicon

EVENTS = Path(__file__).parent / "events"
HELDOUT = [Path(__file__).parent / d for d in ("events_heldout", "events_heldout2")]


def _texts() -> list[str]:
    out = []
    for path in sorted((EVENTS / "articles").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append("\n\n".join(gold["body_required"]))
    for path in sorted(EVENTS.glob("*.psv")):
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
        out += [line.split("|")[1] for line in lines if "|" in line]
    out += [p.read_text(encoding="utf-8")[:6000] for d in HELDOUT for p in sorted(d.glob("*.txt"))]
    return out


def _variants(text: str) -> list[str]:
    """The text as printed, shouted, case-swapped, and with non-ASCII letters IGNORECASE folds to ASCII."""
    twins = text.replace("i", "\u0130").replace("s", "\u017f").replace("k", "\u212a").replace("I", "\u0131")
    return [text, text.upper(), text.swapcase(), twins]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [v for t in _texts() for v in _variants(t)]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_trigger_and_title_lexicons_match_like_one_alternation(texts: list[str], lang: str) -> None:
    for alternation in (trigger_lexicon(lang)[0], title_alternation(lang)):
        assert alternation.indexed
        found = 0
        for text in texts:
            got = alternation.matches(text)
            assert got == alternation.scan(text), text[:200]
            found += len(got)
        assert found > 100  # the texts do exercise the lexicon


@pytest.mark.parametrize(
    ("pattern", "heads"),
    [
        ("bertemu(?:nya)?", {("bertemu", False), ("bertemunya", False)}),
        ("tiba di|mendarat di", {("tiba", False), ("mendarat", False)}),
        (r"(?:(?<=will )|(?<=to ))hold (?:\w+ ){0,2}talks", {("hold", False)}),
        ("test-fired|kunjungan(?: resmi)?", {("test-fired", False), ("kunjungan", False)}),
        (r"sanction\w+", {("sanction", True)}),
        (r"sanction\w*", {("sanction", True), ("sanction", False)}),
        ("(?:ha)+", {("ha", True)}),  # `haha` too: only the beginning is known
        ("labou?r strike", {("labor", False), ("labour", False)}),
        (r"(?:\w+ )?pertemuan", None),  # may start with any word
        ("x*", None),  # may match nothing
    ],
)
def test_pattern_heads(pattern: str, heads: set[tuple[str, bool]] | None) -> None:
    got = pattern_heads(pattern)
    assert (None if got is None else {(h.word, h.prefix) for h in got}) == heads
    if heads is not None:
        assert got == frozenset(Head(w, p) for w, p in heads)


@pytest.mark.parametrize(
    ("patterns", "indexed"),
    [
        ([r"(?:\w+ )?meeting", "meet", r"met\w*"], True),  # an unknown first word and a known beginning
        (["(b)", r"(a)\1", "aa"], False),  # `\1` means another group inside the alternation
        ([r"x?", "met"], False),  # an empty match: the plain scan steps over it
        ([r"(?P<w>ab)c|ab(?P=w)", "abc"], True),
        (["(?:ab){1,3}", "aa"], True),
    ],
)
def test_odd_patterns_still_match_like_one_alternation(patterns: list[str], indexed: bool) -> None:
    alternation = Alternation(patterns)
    assert alternation.indexed is indexed
    rng = random.Random(7)
    words = ["met", "meeting", "the", "aa", "abc", "ababc", "MEET", "x", "-", "b", "Meetings", "ab", "abab"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(12))
        assert alternation.matches(text) == alternation.scan(text), text


def test_ascii_twins_are_all_letters_ignorecase_equates_with_ascii() -> None:
    ascii_letter = re.compile("[a-z]", re.IGNORECASE).fullmatch
    found = {
        chr(c) for c in range(128, 0x110000) if not 0xD800 <= c <= 0xDFFF and ascii_letter(chr(c)) is not None
    }
    assert found == set(ASCII_TWINS)
    assert all(re.fullmatch(a, t, re.IGNORECASE) for t, a in ASCII_TWINS.items())


def test_lower_case_keeps_word_characters_where_they_are() -> None:
    """Folding must not move a word boundary, or a first word would be looked up at the wrong place."""
    word = re.compile(r"[\w-]").match
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        char = chr(c)
        low = char.lower()
        assert len(low) != 1 or bool(word(char)) == bool(word(low)), hex(c)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Presiden BERTEMU", "presiden bertemu"),
        ("\u0130stanbul \u212aabul", "istanbul kabul"),  # `İ` lower-cases to two characters
        ("“Kata” Menlu", "“kata” menlu"),
    ],
)
def test_folded_keeps_offsets(text: str, want: str) -> None:
    assert folded(text) == want
    assert len(folded(text)) == len(text)
