"""Rules from the set 11-13 fix round: glued bylines, job titles between writers, embedded-post,
infographic, promo and score-box lines. Inputs are written here, not taken from the held-out pages."""

from __future__ import annotations

import pytest

from kabar.clean.byline import parse_byline
from kabar.clean.byline_names import names_beside_date, names_in_line
from kabar.clean.classify import _is_boiler
from kabar.clean.lines import norm_key
from kabar.dates.parse import parse_datetime


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Dewi Lestari, Health Editor, and Tom Baker", ["Dewi Lestari", "Tom Baker"]),
        ("By ANNA GREEN and MARK HOLT FOR THE DAILY POST", ["Anna Green", "Mark Holt"]),  # as written
        ("By Anna Green for Metro Weekly", ["Anna Green"]),
        ("By Lina MarpaungApril 2, 2024, 9:40 am", ["Lina Marpaung"]),
        ("Oleh Andi Saputra, Wartawan", ["Andi Saputra"]),
    ],
)
def test_byline_authors(line: str, authors: list[str]) -> None:
    assert parse_byline(line)[0] == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Rina Hartono, Courts Correspondent | Paul Mercer, Chief Reporter", ["Rina Hartono", "Paul Mercer"]),
        ("Maya Chen, Senior Reporter", ["Maya Chen"]),
        ("Maya Chen, Jakarta", []),
    ],
)
def test_names_with_job_titles(line: str, names: list[str]) -> None:
    assert names_in_line(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Farah AzizJune 3, 202408:15 PM PKTUpdated 2 hours ago", ["Farah Aziz"]),
        ("June 3, 2024 08:15 PM", []),
        ("Jakarta, 3 Juni 2024", []),
    ],
)
def test_name_glued_to_date(line: str, names: list[str]) -> None:
    assert names_beside_date(line) == names


@pytest.mark.parametrize(
    ("text", "offset", "zone"),
    [
        ("June 3, 202408:15 PM PKTUpdated 2 hours ago", 300, "PKT"),
        ("June 3, 2024 08:15 PM GMTUpdated", 0, "GMT"),
        ("3 Juni 2024 20:15 WIB", 420, "WIB"),
    ],
)
def test_zone_glued_to_marker(text: str, offset: int, zone: str) -> None:
    parsed = parse_datetime(text)
    assert parsed is not None and (parsed.utc_offset, parsed.zone, parsed.zone_assumed) == (
        offset,
        zone,
        False,
    )


@pytest.mark.parametrize(
    ("line", "boiler"),
    [
        ('Embedded post: "Train stuck again, no announcement" - @commuter', True),
        ("Embedded video: the minister's statement", True),
        ("Reuters graphic: Rice prices in Asia, 2020-2024", True),
        ("CHART: Inflation by month (%) · Jan: 2.1 · Feb: 2.4", True),
        ("Independent, reader-funded news. Support our journalism today.", True),
        ("Like Sports on Facebook, follow @DailySport on X for more.", True),
        ("Comments are moderated and will appear after review.", True),
        ("Skor akhir: Persis 2-0 Arema | Penonton: 11.250 | Wasit: Budi Santoso", True),
        ("The map: a plan for growth was unveiled on Monday.", False),
        ("The road map to recovery was unveiled by the minister on Monday.", False),
        ("Wasit memimpin pertandingan dengan tegas, kata pelatih.", False),
        ("Readers who support the plan say it will help farmers.", False),
    ],
)
def test_boilerplate_lines(line: str, boiler: bool) -> None:
    assert _is_boiler(norm_key(line)) == boiler


def test_a_dateline_with_the_header_date_above_the_story_keeps_its_date() -> None:
    """'Jakarta ● Tue, March 11, 2025' right above the first paragraph is the dateline and the page's date:
    the line leaves the body but stays a date line, so the dates stage still reads it. The writer's
    'Name (Outlet)' line above it is a byline, not a photo credit; '(Courtesy of ...)' closes a caption."""
    from kabar.clean import clean_pages
    from kabar.model import Page

    story = [
        "The two ministers met for three hours at the foreign ministry and agreed to hold annual talks, "
        "according to a joint statement released after the meeting on the first day of the visit.",
        "They also discussed fisheries, the rice trade and a maritime boundary that both governments want "
        "settled before the end of the year, officials from both delegations told reporters.",
        "The visit is the first by a foreign minister of that country in more than a decade and comes as "
        "both sides seek new partners for energy and infrastructure projects across the region.",
    ]
    text = "\n".join(
        [
            "The Jakarta Post",
            "Diplomacy",
            "",
            "Ministers agree to hold annual talks",
            "",
            "Rina Hartono (The Jakarta Post)",
            "Jakarta ● Tue, March 11, 2025",
            "",
            "The two ministers shake hands at the foreign ministry on March 10, 2025. (Courtesy of the "
            "Foreign Ministry/Budi Santoso)",
            "",
            *[part for paragraph in story for part in (paragraph, "")],
        ]
    )
    page = Page(source="jp_like.txt", kind="text", text=text, encoding="utf-8")
    article = clean_pages([page])[0]
    assert article.dateline == "Jakarta"
    assert "Jakarta ● Tue, March 11, 2025" in [c.text for c in article.date_candidates]
    assert "March 11" not in article.body
    assert article.authors == ["Rina Hartono"]
    assert [c[:30] for c in article.captions] == ["The two ministers shake hands "]
