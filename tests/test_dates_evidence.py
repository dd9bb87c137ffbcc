"""Publication dates decided by evidence on the page: the order of numeric dates (day-first or
month-first), bylines split over two lines, publication markers, and a body that confirms its date."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.clean import clean_pages
from kabar.dates import looks_like_date, parse_datetime, resolve_publication
from kabar.dates.parse import is_time_line
from kabar.dates.stamps import stamps
from kabar.dates.tagger import tag_detailed
from kabar.model import CleanArticle, DateCandidate, Page


def page(
    *candidates: DateCandidate, lang: str = "en", site: str | None = None, body: str = ""
) -> CleanArticle:
    return CleanArticle(
        "x.txt", "Title", body or "Text.", language=lang, site=site, date_candidates=list(candidates)
    )


def meta(text: str, role: str = "published") -> DateCandidate:
    return DateCandidate(text, "meta", role)  # type: ignore[arg-type]


def line(text: str, no: int = 5, role: str = "unknown", source: str = "byline") -> DateCandidate:
    return DateCandidate(text, source, role, no)  # type: ignore[arg-type]


# (case, article, expected published_at_local). 5 June 2024 is a Wednesday, 6 May 2024 a Monday.
NUMERIC_ORDER = [
    ("European outlet's home zone: day-first",
     page(line("Published 03/04/2025 - 09:10 CET"), site="dw.com"), "2025-04-03T09:10:00+01:00"),
    ("American outlet's home zone: month-first",
     page(line("03/04/2025 9:10 AM ET"), site="nytimes.com"), "2025-03-04T09:10:00-05:00"),
    ("Manila outlet: month-first", page(line("Posted 05/06/2024 10:00"), site="inquirer.net"),
     "2024-05-06T10:00:00+08:00"),
    ("British country suffix: day-first", page(line("Posted 05/06/2024 10:00"), site="example.co.uk"),
     "2024-06-05T10:00:00+01:00"),
    ("printed Asian offset, unknown outlet: day-first", page(line("Posted 05/06/2024 10:00 GMT+8")),
     "2024-06-05T10:00:00+08:00"),
    ("printed European zone, unknown outlet: day-first", page(line("Posted 05/06/2024 10:00 CEST")),
     "2024-06-05T10:00:00+02:00"),
    ("printed American zone, unknown outlet: month-first", page(line("Posted 05/06/2024 10:00 EDT")),
     "2024-05-06T10:00:00-04:00"),
    ("printed American offset: month-first", page(line("Posted 05/06/2024 10:00 GMT-7")),
     "2024-05-06T10:00:00-07:00"),
    ("nothing known, English: month-first", page(line("05/06/2024")), "2024-05-06"),
    ("Indonesian page: day-first", page(line("05/06/2024 10:00 WIB"), lang="id"),
     "2024-06-05T10:00:00+07:00"),
    ("another date on the page only day-first can read",
     page(line("Published 05/06/2024 09:00", no=5), line("Updated 13/06/2024 10:00", no=6, role="updated")),
     "2024-06-05T09:00:00+00:00"),  # no zone known: UTC assumed, flagged
    ("another date on the page only month-first can read",
     page(line("Published 05/06/2024 09:00", no=5), line("Updated 05/13/2024 10:00", no=6, role="updated")),
     "2024-05-06T09:00:00+00:00"),
    ("a printed weekday fits one reading", page(line("Published Wednesday, 05/06/2024")), "2024-06-05"),
    ("a weekday beats the outlet's habit", page(line("Monday 05/06/2024"), site="dw.com"), "2024-05-06"),
    ("meta confirms day-first on an American-looking page",
     page(meta("2024-02-10T03:00:00Z"), line("Published: 10/02/2024 11:00")), "2024-02-10T11:00:00+08:00"),
    ("meta confirms month-first against the outlet's zone",
     page(meta("2024-10-02T09:00:00+01:00"), line("Published: 10/02/2024 09:00 CET"), site="dw.com"),
     "2024-10-02T09:00:00+01:00"),
    ("meta a day off in UTC still confirms",
     page(meta("2024-06-04T23:30:00Z"), line("Published: 05/06/2024 07:30 GMT+8")),
     "2024-06-05T07:30:00+08:00"),
    ("ambiguous byline agreeing with no meta: the meta wins",
     page(meta("2024-07-01T10:00:00Z"), line("Published 04/05/2024 10:00 GMT")), "2024-07-01T10:00:00+00:00"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "article", "local"), NUMERIC_ORDER, ids=[c[0] for c in NUMERIC_ORDER])
def test_numeric_order_by_evidence(case: str, article: CleanArticle, local: str) -> None:
    assert resolve_publication(article).published_at_local == local


@pytest.mark.parametrize(
    ("text", "day_first", "day", "alternative"),
    [
        ("06/12/2024", True, date(2024, 12, 6), date(2024, 6, 12)),
        ("06/12/2024", False, date(2024, 6, 12), date(2024, 12, 6)),
        ("13/12/2024", False, date(2024, 12, 13), None),  # 13 cannot be a month
        ("12/13/2024", True, date(2024, 12, 13), None),
        ("07.07.2024", True, date(2024, 7, 7), None),  # both orders read the same day
        ("Jumat, 06/12/2024", False, date(2024, 12, 6), None),  # a Friday only day-first
    ],
)
def test_numeric_readings(text: str, day_first: bool, day: date, alternative: date | None) -> None:
    parsed = parse_datetime(text, "en", day_first=day_first)
    assert parsed is not None
    assert (parsed.date, parsed.alternative) == (day, alternative)


# (case, article, expected published_at_local)
SPLIT_LINES = [
    ("time on the next line", page(line("Friday, 20 Dec 2024", 10), line("6:05 PM MYT", 11)),
     "2024-12-20T18:05:00+08:00"),
    ("time on the line above", page(line("09:15 WIB", 4), line("Senin, 2 Desember 2024", 5), lang="id"),
     "2024-12-02T09:15:00+07:00"),
    ("a blank line between", page(line("Sun 8 Dec 2024", 10, source="header"), line("| 23:40 GMT", 12)),
     "2024-12-08T23:40:00+00:00"),
    ("too far apart to be one byline", page(line("Friday, 20 Dec 2024", 10), line("6:05 PM MYT", 14)),
     "2024-12-20"),
    ("an update time never completes the publication date",
     page(line("Published 3 March 2025", 10), line("Updated 4:02 PM GMT", 11)), "2025-03-03"),
    ("a date already timed keeps its own time",
     page(line("3 March 2025 10:00 GMT", 10), line("11:00 GMT", 11)), "2025-03-03T10:00:00+00:00"),
    ("a bare clock is no byline half", page(line("Senin, 2 Desember 2024", 5), line("14:20", 6), lang="id"),
     "2024-12-02"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "article", "local"), SPLIT_LINES, ids=[c[0] for c in SPLIT_LINES])
def test_split_bylines_joined(case: str, article: CleanArticle, local: str) -> None:
    assert resolve_publication(article).published_at_local == local


@pytest.mark.parametrize(
    ("text", "time_line", "date_line"),
    [
        ("6:05 PM MYT", True, True),
        ("| 14.20 WIB", True, True),
        ("Pukul 10.30 WITA", True, True),
        ("(18:05 WIB)", True, True),
        ("Updated 4:02 PM", True, True),
        ("14:20", False, False),
        ("Skor akhir 2:1", False, False),
        ("Harga naik 3.5 persen", False, False),
        ("Laga dimulai pukul 19.00 WIB di Stadion Utama Gelora Bung Karno, Jakarta.", False, False),
        ("November 4, 202412:52 PM GMT+7", False, True),  # a dump gluing year and time is a date line
    ],
)
def test_time_lines(text: str, time_line: bool, date_line: bool) -> None:
    assert (is_time_line(text), looks_like_date(text)) == (time_line, date_line)


def test_glued_year_and_time_parse() -> None:
    parsed = parse_datetime("November 4, 202412:52 PM GMT+7Updated 2 hours ago", "en")
    assert parsed is not None and parsed.local_iso() == "2024-11-04T12:52:00+07:00"


@pytest.mark.parametrize(
    ("byline", "lang", "updated"),
    [
        ("Published on 03/04/2025 - 09:10 GMT+1 • Updated 11:45", "en", "2025-04-03T11:45:00+01:00"),
        ("Diterbitkan 5 Des 2024 23:50 WIB, diperbarui 00:30 WIB", "id", "2024-12-06T00:30:00+07:00"),
        ("Posted 5 Dec 2024 • Updated 4:02 PM GMT", "en", "2024-12-05T16:02:00+00:00"),
        ("Posted 5 Dec 2024 10:00 GMT • Updated 3 hours ago", "en", None),  # no clock: no update here
    ],
)
def test_update_clock_after_a_date(byline: str, lang: str, updated: str | None) -> None:
    got = resolve_publication(page(line(byline), lang=lang, site="dw.com"))
    assert got.updated_at_local == updated


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Pada: Senin 02 Des 2024, 09:15 WIB", "published"),
        ("Dipublish 02 Des 2024 09:15", "published"),
        ("Terbit: 02/12/2024 09:15 WIB", "published"),
        ("Ditayangkan Senin, 2 Desember 2024", "published"),
        ("Posted on 2 Dec 2024 9:15 GMT", "published"),
        ("First published 2 Dec 2024", "published"),
        ("Last updated 2 Dec 2024 10:00 GMT", "updated"),
        ("Updated on 2 Dec 2024", "updated"),
    ],
)
def test_publication_markers(text: str, role: str) -> None:
    found = stamps(DateCandidate(text, "byline", "unknown", 3), "id")
    assert [(s.role, s.marked) for s in found] == [(role, True)]


# (case, page's byline, body, conflict expected). 2 December 2024 is a Monday.
AGREEMENT = [
    ("a weekday and day naming the page's date outweigh a later past date",
     "Pada: Senin 02 Des 2024, 09:15 WIB",
     "Banjir terjadi Senin (2/12) pagi. Warga telah kembali ke rumah pada 20 Desember 2024.", False),
    ("the day before, with its weekday, confirms too", "Selasa, 3 Desember 2024 | 10:00 WIB",
     "Banjir melanda pada Senin (2/12). Warga telah kembali ke rumah pada 20 Desember 2024.", False),
    ("a period's end told in the past tense", "Senin, 2 Desember 2024 | 10:00 WIB",
     "Pemerintah telah menetapkan masa tanggap darurat mulai 2 hingga 16 Desember 2024.", False),
    ("an English period's end", "Dec 2, 2024 10:00 GMT",
     "The ban was extended until March 31, 2025, officials said.", False),
    ("a past event after the page's date still contradicts", "Senin, 2 Desember 2024",
     "Warga telah kembali ke rumah pada 20 Maret 2025.", True),
    ("a weekday fitting another year confirms nothing", "Jumat, 6 Desember 2024",
     "Banjir melanda Sabtu (6/12). Warga telah kembali ke rumah pada 10 Desember 2025.", True),
]  # fmt: skip


@pytest.mark.parametrize(("case", "byline", "body", "conflict"), AGREEMENT, ids=[c[0] for c in AGREEMENT])
def test_body_agreement_and_conflict(case: str, byline: str, body: str, conflict: bool) -> None:
    lang = "en" if byline.startswith("Dec") else "id"
    got = resolve_publication(page(line(byline), lang=lang, body=body))
    assert ("date_conflict" in got.flags) is conflict
    assert (got.published_at is None) is conflict


def test_weekday_fits_marks_confirming_dates() -> None:
    found = tag_detailed("Rapat digelar Senin (2/12) dan Selasa (4/12).", date(2024, 12, 2), "id")
    fits = [(t.expr.text, t.weekday_fits) for t in found]
    assert fits == [("Senin (2/12)", True), ("Selasa (4/12)", False)]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("The report dated 2024-12-06 said so.", None, date(2024, 12, 6)),  # ISO has no order to guess
        ("The talks on 06/12/2024 ended.", None, date(2024, 6, 12)),  # English habit
        ("The talks on 06/12/2024 ended.", True, date(2024, 12, 6)),  # the page's order
        ("The talks on Friday (06/12/2024) ended.", None, date(2024, 12, 6)),  # the weekday fits one
        ("The talks on 13/12/2024 ended.", None, date(2024, 12, 13)),
    ],
)
def test_tagger_numeric_order(text: str, day_first: bool | None, expected: date) -> None:
    found = tag_detailed(text, date(2024, 12, 20), "en", day_first)
    assert [t.expr.start for t in found] == [expected]


def test_body_dates_read_in_the_page_order() -> None:
    # month-first, "03/01/2025" would be 1 March: a past event two months after the page's date
    article = page(
        line("Published 05/01/2025 10:00 CET"), site="dw.com", body="The summit was held on 03/01/2025."
    )
    got = resolve_publication(article)
    assert (got.published_at_local, got.flags) == ("2025-01-05T10:00:00+01:00", ())


SPLIT_PAGE = """Home
News
World
Rescuers resume search for missing fishermen off the coast of Sabah
Saturday, 14 Dec 2024
9:42 AM MYT
by reporter desk
KOTA KINABALU: Rescuers resumed the search on Saturday for three fishermen whose boat went missing in rough \
seas off the coast of Sabah, the maritime agency said.
The agency said two ships and a helicopter had been deployed to comb an area of about 400 square nautical \
miles north of the state capital.
Relatives of the men gathered at the jetty since early morning, hoping for news from the search teams who \
had worked through the night.
The fishermen left port on Wednesday and were expected back on Thursday evening, but contact was lost \
shortly after they reached the fishing grounds.
Related
"""


def test_split_byline_through_the_cleaner() -> None:
    """The cleaner hands the time-only line over as a candidate (looks_like_date accepts it)."""
    [article] = clean_pages([Page("x.txt", "text", SPLIT_PAGE, "utf-8")])
    assert isinstance(article, CleanArticle)
    assert resolve_publication(article).published_at_local == "2024-12-14T09:42:00+08:00"
