"""Metadata rules from blind set 7, on lines and pages written here: places and outlets in bylines, an
outlet field beside a date, bare credit lines under captions, alt text retold under an image, wire
sign-offs and self-descriptions."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline import is_person
from kabar.clean.byline_names import names_beside_date

PROSE = [
    "The provincial health office said on Thursday that dengue cases had doubled in the past month, with "
    "most patients admitted to hospitals in the southern districts.",
    "Officials urged residents to drain standing water around their homes and said fogging teams would "
    "visit the worst-hit villages twice a week until the rains ease.",
    "Doctors at the main referral hospital said beds were running short and that some patients were being "
    "treated in corridors while new wards are prepared.",
    "The office plans to hire extra nurses on short contracts and to open two field clinics near the "
    "market towns, a spokesperson told reporters at a briefing.",
]
HEADLINE = "Dengue cases double in southern districts as hospitals run short of beds"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maria Santos", True),
        ("Kuala Lumpur", False),  # the dateline after a byline name
        ("Jakarta", False),
        ("Reuters News", True),  # not in the outlet list: kept
        ("The Irrawaddy", False),  # an outlet in the outlet list
    ],
)
def test_is_person(name: str, expected: bool) -> None:
    assert is_person(name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dewi Lestari | Khmer Times | 3 June 2025", ["Dewi Lestari"]),
        ("Dewi Lestari | 3 June 2025", ["Dewi Lestari"]),
        ("Dewi Lestari | Budi Santoso | 3 June 2025", []),  # two candidate fields: no guess
    ],
)
def test_names_beside_date_skips_outlet_field(text: str, expected: list[str]) -> None:
    assert names_beside_date(text) == expected


def test_byline_place_after_name_is_no_author() -> None:
    article = clean(page(HEADLINE, "By Maria Santos, Kuala Lumpur", *PROSE))
    assert article.authors == ["Maria Santos"]


@pytest.mark.parametrize(
    "credit",
    [
        "(Foto: Istimewa/Dinas Kesehatan Kota)",
        "Foto: Rahmat Hidayat/Harian Daerah",
        "Photo: Ann Lee/City Desk",
    ],
)
def test_bare_credit_line_leaves_caption_above(credit: str) -> None:
    caption = "Petugas memeriksa jentik nyamuk di rumah warga, Kamis (5/6/2025)."
    article = clean(page(HEADLINE, "\n".join([caption, credit]), *PROSE))
    assert article.captions == [caption]


def test_caption_under_image_retelling_alt() -> None:
    caption = "Nurses treat dengue patients in a corridor of the main hospital on Thursday. ABC/Jo Lim"
    text = page(HEADLINE, "![Nurses treat dengue patients](https://example.org/a.jpg)\n" + caption, *PROSE)
    article = clean(text, name="x.md")
    assert article.captions == [caption]


@pytest.mark.parametrize(
    "notice",
    [
        "-- AGENCY",
        "— Wire Desk",
        "NEWSWIRE provides up-to-date authentic and comprehensive news and information across the region.",
        "Get Current Updates on Local News, Match Results along with Latest News and Top Headlines today.",
    ],
)
def test_wire_signoffs_and_promos_leave_body(notice: str) -> None:
    article = clean(page(HEADLINE, *PROSE, notice))
    assert notice not in article.body
    assert PROSE[-1] in article.body
