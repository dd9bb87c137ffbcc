"""The gated date scans of kabar.dates.parse give exactly what the straightforward full scans give."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import kabar.dates.parse as P
from kabar.dates.calendar import all_months, all_weekdays

ROOT = Path(__file__).resolve().parent.parent
FORMS = ("iso", "dmy", "mdy", "ymd", "num", "num2")


def reference_find_date(text: str, lang: str, day_first: bool | None) -> P._Hit | None:
    """_find_date as first written: every form scanned over the whole text."""
    found = []
    for name in FORMS:
        for m in P._patterns()[name].finditer(text):
            hit = P._numeric(m, text, lang, day_first) if name.startswith("num") else P._named(name, m)
            if hit is not None:
                found.append(hit)
                break
    return min(found, key=lambda h: (h.start, -h.end), default=None)


def reference_has_marker(text: str) -> bool:
    return P._MARKER.search(text) is not None


def outcome(run: Callable[..., object], *args: object) -> object:
    """A result, or the exception's type: a month spelled with a folded letter ("\u017feptember") raises
    KeyError in _month_number, before and after the gates alike."""
    try:
        return run(*args)
    except KeyError as error:
        return type(error)


def real_lines() -> list[str]:
    folders = ["seeds", "tests/pages", *(str(d.relative_to(ROOT)) for d in ROOT.glob("tests/heldout*/pages"))]
    files = [f for d in folders for f in (ROOT / d).glob("*.*") if f.suffix in (".txt", ".html")]
    files += list(ROOT.glob("tests/events_heldout*/*.txt"))
    lines = {
        line.strip() for f in files for line in f.read_text(encoding="utf-8", errors="replace").split("\n")
    }
    return sorted(line for line in lines if line)


def _tokens() -> list[str]:
    months = sorted(all_months())
    weekdays = sorted(all_weekdays())
    return [
        *months,
        *(m.upper() for m in months),
        *(m.capitalize() for m in months),
        *weekdays,
        "Updated",
        "diperbarui",
        "Published",
        "oleh",
        "By Jane Roe",
        "WIB",
        "GMT+7",
        "ET",
        "pukul",
        "at",
        "of",
        "1st",
        "3rd",
        "12",
        "3",
        "31",
        "2024",
        "2025",
        "1446 H",
        "25",
        "14:05",
        "5.30",
        "11am",
        "3 PM",
        "2025-11-03",
        "2025-11-03T14:05:00+07:00",
        "03/12/2025",
        "3/12/25",
        "2025/1/2",
        "2025.01.02",
        "12.11.2024",
        "1.2.3",
        "\u017feptember",  # re.I folds U+017F to "s"
        "\u017feptember 3, 2025",
        "Ok\u212at 3, 2025",
        "\u212aemarin",
        "DES\u0130",
        "okt\u0131",
        "Nov\xa012,\u20032024",
        "٢٠٢٤",
        "2०24",
        "“quoted”",
        "—",
        "|",
        "•",
        ",",
        "(",
        ")",
        "-",
        "/",
        ".",
        "word",
        "Kyodo",
        "RoeNovember",
        "Indonesia03",
    ]


def random_lines(n: int, seed: int = 11) -> Iterator[str]:
    rng = random.Random(seed)
    tokens = _tokens()
    for _ in range(n):
        picked = rng.choices(tokens, k=rng.randint(1, 12))
        yield "".join(t + rng.choice(["", " ", " ", ", ", "\xa0"]) for t in picked).strip()


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return real_lines() + list(random_lines(4000))


def test_find_date_matches_the_full_scans(lines: list[str]) -> None:
    for text in lines:
        for lang, day_first in (("id", None), ("en", None), ("en", True)):
            fast = outcome(P._find_date, text, lang, day_first)
            assert fast == outcome(reference_find_date, text, lang, day_first), text


def test_has_marker_matches_the_full_search(lines: list[str]) -> None:
    assert sum(P._has_marker(t) for t in lines) > 10  # the lines hold markers, so the test can fail
    for text in lines:
        assert P._has_marker(text) == reference_has_marker(text), text


def test_looks_like_date_matches_the_reference(lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    fast = [outcome(P.looks_like_date, t) for t in lines]
    monkeypatch.setattr(P, "_find_date", reference_find_date)
    monkeypatch.setattr(P, "_has_marker", reference_has_marker)
    slow = [outcome(P.looks_like_date, t) for t in lines]
    assert slow.count(True) > 50 and slow.count(KeyError) > 0
    assert fast == slow


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senin, 24 Maret 2025 - 19:35 WIB", True),
        ("3 okt 2024, 14.05 WIB", True),
        ("Nov\xa012, 2024", True),
        ("Otomotif 1", False),
        ("Diperbarui 5 Nov 2024 oleh Redaksi", True),
        ("The vote on March 3, 2025 was delayed by the court for another two weeks at least", False),
    ],
)
def test_looks_like_date_examples(text: str, expected: bool) -> None:
    assert P.looks_like_date(text) is expected


def test_folds_cover_every_code_point() -> None:
    """The ASCII folding maps every non-ASCII letter re.I matches to an ASCII one, and every \\s."""
    letter, space = re.compile("[a-z]", re.I), re.compile(r"\s")
    folds, spaces = {}, set()
    for code in range(0x80, sys.maxunicode + 1):
        c = chr(code)
        if letter.fullmatch(c):
            folds[c] = next(a for a in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(a, c, re.I))
        elif space.fullmatch(c):
            spaces.add(c)
    assert folds == P._FOLDED_LETTERS
    assert spaces == set(P._UNICODE_SPACES)


def test_folded_text_keeps_positions() -> None:
    text = "\u017feptember “3” \u0130\xa0K\u212a ٢٠٢٤"
    folded = P._ascii_folded(text)
    assert len(folded) == len(text) and folded.isascii()
    assert folded.startswith("september ?3? i kk")
