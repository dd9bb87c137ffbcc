"""Distinct acts of one article stay apart, and the two dating rules that keep background events from being
dated as the main one: talks named as a trip's purpose take the trip's date, and a counted date ending in
`setelah`/`after` dates the clause it opens. Sentences are not from any seed or held-out page."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate, family
from kabar.events.dating import assign
from kabar.model import TimeExpression

ANCHOR = date(2025, 3, 12)


def _coded(lang: str, text: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def _meetings(lang: str, text: str) -> list[Mention]:
    return [m for m in _coded(lang, text) if family(m.cameo) == "MEET"]


# (lang, sentence, year of the talks)
PURPOSE_OF_A_TRIP = [
    (
        "id",
        "Ini akan menjadi kunjungan ketiga Modi ke negara tersebut, setelah kunjungan pada 2019, sebelum ia "
        "menjabat, untuk bertemu Xi Jinping.",
        2019,
    ),
    (
        "en",
        "It will be Narendra Modi's first trip since the visit nine years ago, shortly after he took office, "
        "to meet Xi Jinping.",
        2016,
    ),
]


@pytest.mark.parametrize(("lang", "text", "year"), PURPOSE_OF_A_TRIP)
def test_talks_named_as_a_trips_purpose_take_the_trips_date(lang: str, text: str, year: int) -> None:
    talks = [m for m in _coded(lang, text) if m.cameo == "040"]
    assert talks, [(m.trigger, m.cameo) for m in _coded(lang, text)]
    when = talks[0].dating
    assert (when.start, when.end, when.precision) == (date(year, 1, 1), date(year, 12, 31), "year")
    assert "+purpose_date" in talks[0].rule


def test_a_consequence_is_no_purpose() -> None:
    text = "Trump on Sunday said Washington would halt all aid, prompting Bogota to recall its ambassador."
    assert all("+purpose_date" not in m.rule for m in _coded("en", text))


# (sentence, start, end, precision): the counted date is the date of the act after `setelah`
COUNTED_AFTER = [
    (
        "Kunjungan ini terjadi enam bulan setelah Xi Jinping menjamu Prabowo Subianto di Beijing.",
        date(2024, 9, 1),
        date(2024, 9, 30),
        "month",
    ),
    (
        "Lawatan itu berlangsung dua tahun setelah Anwar Ibrahim bertemu Xi Jinping di Beijing.",
        date(2023, 1, 1),
        date(2023, 12, 31),
        "year",
    ),
    (
        "Pertemuan tersebut digelar tiga minggu setelah Prabowo Subianto mengunjungi Kuala Lumpur.",
        date(2025, 2, 17),
        date(2025, 2, 23),
        "week",
    ),
]


@pytest.mark.parametrize(("text", "start", "end", "precision"), COUNTED_AFTER)
def test_counted_date_before_setelah_dates_the_later_clause(
    text: str, start: date, end: date, precision: str
) -> None:
    found = _meetings("id", text)
    assert len(found) == 1, [(m.trigger, m.cameo) for m in _coded("id", text)]
    when = found[0].dating
    assert (when.start, when.end, when.precision) == (start, end, precision)


def _counted(text: str, phrase: str) -> TimeExpression:
    at = text.index(phrase)
    return TimeExpression(phrase, at, at + len(phrase), date(2024, 6, 1), date(2024, 6, 30), "month")


# (sentence, spans as the words they cover, the word whose span gets the date)
ASSIGNED = [
    ("The talks came nine months after Modi met Xi in Kazan.", ["The talks", "met"], "met"),
    ("Modi met Xi in Kazan nine months after.", ["met"], "met"),  # nothing follows: the date stays
]


@pytest.mark.parametrize(("text", "words", "expected"), ASSIGNED)
def test_assign_gives_a_counted_after_date_to_the_clause_it_opens(
    text: str, words: list[str], expected: str
) -> None:
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    e = _counted(text, "nine months after")
    assert assign(text, [e], spans) == {words.index(expected): [e]}


# (lang, article text, meeting-family events it tells)
FOLDS = [
    (
        "en",
        "Narendra Modi arrived in Moscow on Monday. Modi held talks with President Vladimir Putin on Monday.",
        2,
    ),
    (
        "id",
        "Presiden Prabowo Subianto tiba di Beijing pada Rabu (5/3/2025). Prabowo bertemu Presiden Xi Jinping "
        "pada Rabu (5/3/2025).",
        2,
    ),
    (
        "en",
        "Narendra Modi met Vladimir Putin in Moscow on Monday. Modi and Putin met again on Monday evening.",
        1,
    ),
    # a sentence commenting on a told event repeats it
    (
        "id",
        "Presiden Prabowo Subianto bertemu Presiden Xi Jinping di Beijing pada Rabu (5/3/2025). Kunjungan "
        "Prabowo ke Beijing terjadi di tengah ketegangan dagang.",
        1,
    ),
    (
        "en",
        "Narendra Modi met Xi Jinping in Beijing on Monday. Modi's visit to Beijing comes amid a trade "
        "dispute with Washington.",
        1,
    ),
    # a past event recalled at month precision: nothing tells a welcome from the talks
    (
        "id",
        "Xi Jinping menjamu Prabowo Subianto di Beijing pada November 2024. Prabowo dan Xi bertemu pada "
        "November 2024 untuk kedua kalinya.",
        1,
    ),
    # the act a thanks is for was told already
    (
        "id",
        "Narendra Modi menerima kunjungan Anwar Ibrahim di New Delhi pada Senin (10/3/2025). Anwar berterima "
        "kasih kepada Modi karena telah bertemu dengannya.",
        1,
    ),
]


@pytest.mark.parametrize(("lang", "text", "events"), FOLDS)
def test_different_acts_in_different_sentences_stay_apart(lang: str, text: str, events: int) -> None:
    found = _meetings(lang, text)
    assert len(found) == events, [(m.trigger, m.cameo, m.rule) for m in found]
