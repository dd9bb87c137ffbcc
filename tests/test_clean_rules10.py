"""Cleaner rules from blind set 10, on lines and pages written here: print-edition notices, "will be
updated" notes, financial disclaimers, live-update entries inside a story, and a publication or update
label printed alone on the line over its date."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.classify import BOILER, classify_lines
from kabar.clean.lines import split_lines
from kabar.dates.publication import resolve_publication

PROSE = [
    "The regional water board said on Monday that supply to the eastern suburbs would be restored by "
    "the weekend after crews finished replacing a burst trunk main under the highway.",
    "About 9,000 households have relied on tanker trucks since the pipe failed, and schools in the area "
    "moved classes online for three days, the board said in a statement.",
    "Engineers said the replacement section was rated for twice the old pressure, and that two other "
    "ageing mains on the same line would be inspected before the summer.",
    "Residents were asked to keep boiling drinking water until tests at the treatment plant confirmed "
    "that the network had been flushed clean of sediment.",
]
HEADLINE = "Water supply to eastern suburbs to be restored by weekend, board says"


@pytest.mark.parametrize(
    "line",
    [
        "Berita ini telah terbit di harian Kota Pagi edisi cetak Senin, 3 Maret 2025.",
        "Artikel ini juga dimuat di koran Suara Kota. Dapatkan versi digitalnya di aplikasi kami.",
        "This story will be updated.",
        "The article will be updated as more information becomes available.",
        "This information is general advice only and has been prepared without considering your needs.",
        "Past returns are no guide; this does not take into account your personal objectives or needs.",
        "11.05am: Police say the road has reopened in both directions.",
        "2:40 p.m. — The mayor will speak to reporters at the town hall.",
    ],
)
def test_notices_and_live_entries_are_boilerplate(line: str) -> None:
    assert classify_lines(split_lines(line)) == [BOILER]


@pytest.mark.parametrize(
    "line",
    [
        "The newspaper said its print edition would be updated to carry the board's full statement.",
        "At 3.45pm the board said crews had reached the damaged section of the main under the highway.",
        "Koran itu menyebut edisi cetaknya akan memuat pernyataan lengkap dewan pengelola air kota.",
    ],
)
def test_prose_near_those_words_stays_text(line: str) -> None:
    assert classify_lines(split_lines(line)) != [BOILER]


def test_story_runs_on_past_live_entries() -> None:
    text = page(
        HEADLINE,
        *PROSE[:3],
        "Latest updates",
        "4.20pm: Tankers will keep running until Saturday night, the board says.",
        "3.55pm: A second crew has joined the repair work.",
        PROSE[3],
    )
    article = clean(text)
    assert PROSE[3] in article.body
    assert "Tankers will keep running" not in article.body


@pytest.mark.parametrize(
    ("labels", "published"),
    [
        (("Published", "Updated"), "2025-03-18T21:07:00+07:00"),
        (("Updated", "Published"), "2025-03-19T08:12:00+07:00"),
    ],
)
def test_label_alone_over_its_date_gives_its_role(labels: tuple[str, str], published: str) -> None:
    """The update stamp printed again, unlabelled, above the headline never stands for the first version."""
    text = page(
        "March, 19/2025 - 08:12",
        HEADLINE,
        labels[0],
        "March 18, 2025 - 21:07",
        labels[1],
        "March 19, 2025 - 08:12",
        *PROSE,
    )
    dates = resolve_publication(clean(text, name="x.txt"))
    assert (dates.published_at_local or "")[:16] == published[:16]  # no site: the zone is a default
