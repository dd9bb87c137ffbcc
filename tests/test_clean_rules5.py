"""Metadata rules that must hold on any site: related runs, skip links, reading-time widgets, role tails,
bare institution credits, elided pull quotes, numeric date lines, Detik-style datelines."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.byline_names import names_in_line, without_role_tail
from kabar.clean.captions import cue
from kabar.clean.classify import BOILER, DATE, _text_kind
from kabar.clean.dateline import parse_dateline
from kabar.clean.lines import Line, word_count

PROSE = [
    "The regional water authority said on Monday that reservoir levels had fallen to their lowest point "
    "in eleven years after a long dry season across the eastern districts.",
    "Officials asked households to cut their use by a fifth and warned that rationing could follow within "
    "weeks if the rains did not arrive before the end of the month.",
    "Farmers in the valley said they had already lost part of their harvest, and several villages now "
    "depend on tanker lorries that arrive twice a week.",
    "The authority plans to open two emergency wells and to repair leaking pipes in the provincial capital, "
    "a spokesperson told reporters at a briefing.",
]


def line(text: str) -> Line:
    return Line(text, word_count(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Skip to navigation", BOILER),
        ("Skip to the content", BOILER),
        ("Waktu baca 4 menit", BOILER),
        ("Lama baca: 2 menit", BOILER),
        ("7 min read", BOILER),
        ("Sign up here.", BOILER),
        ("Subscribe to our morning newsletter for the day's top stories", BOILER),
        ('Baca artikel Harian Contoh "Judul Berita" selengkapnya di sini: https://contoh.id/a/1', BOILER),
        ("Read the full story here: https://example.org/news/123", BOILER),
        ("04-11-2024 09:30", DATE),
        ("04.11.2024 09:30", DATE),
        ("2024.11.04 09:30", DATE),
        ("1.250 | 3,5", BOILER),  # a number strip that is no date stays furniture
    ],
)
def test_line_kind(text: str, kind: str) -> None:
    assert _text_kind(line(text)) == kind


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dana Whitlock Westminster editor", ["Dana Whitlock"]),
        ("Dana Whitlock Political Correspondent", ["Dana Whitlock"]),
        ("Harbour Correspondent", []),  # a job title alone names nobody
        ("Dana Whitlock", ["Dana Whitlock"]),
    ],
)
def test_names_without_role_tail(text: str, names: list[str]) -> None:
    assert names_in_line(text) == names


def test_capitalised_role_keeps_three_word_name() -> None:
    assert without_role_tail("Mary Anne Rowley Senior Correspondent") == "Mary Anne Rowley"


@pytest.mark.parametrize(
    ("text", "credited"),
    [
        ("Rescuers search the river bank near the collapsed bridge on Sunday. Basarnas", True),
        ("Rescuers search the river bank near the collapsed bridge on Sunday (Basarnas)", True),
        ("Rescuers search the river bank near the collapsed bridge. Photograph: Lee Park/Daily Star", True),
        ("Warga mengantre air bersih di Kecamatan Cibeber. /Harian Contoh/Rina Sari", True),
        ("Ilustrasi pasar saham pada Jumat (14/3). (Kabar Pasar/Adi Nugroho).", True),
        ("1. PT Bank Contoh (Persero) Tbk", False),  # a list item, no credit
        ("4. PT Listrik Contoh (Persero)", False),
        ("The minister spoke for an hour and took questions.", False),
    ],
)
def test_caption_credit_cues(text: str, credited: bool) -> None:
    assert bool(cue(line(text))) == credited


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cianjur - Hujan deras membuat sungai meluap di Cianjur sejak Senin malam.", "Cianjur"),
        (
            "Garut - Jalan provinsi yang menghubungkan Garut dan Tasikmalaya tertutup longsor pagi ini.",
            "Garut",
        ),
    ],
)
def test_title_case_place_and_dash(text: str, place: str) -> None:
    found = parse_dateline(text)
    assert found is not None and found.place == place


def test_title_case_word_and_dash_is_no_dateline_unless_named_again() -> None:
    assert parse_dateline("Intinya - Harga beras naik lagi pekan ini di banyak pasar tradisional.") is None


def test_related_run_under_marker_is_kept_and_popular_list_is_not() -> None:
    text = page(
        "Water rationing looms as reservoirs hit an eleven-year low",
        *PROSE,
        "Related stories\nDry season cuts rice harvest across eastern districts\n"
        "Tanker lorries struggle to reach hill villages",
        "Most read\nFootball club names new coach after poor start\nCelebrity chef opens third restaurant",
    )
    article = clean(text)
    assert article.related_titles == [
        "Dry season cuts rice harvest across eastern districts",
        "Tanker lorries struggle to reach hill villages",
    ]


def test_related_run_stops_at_list_label() -> None:
    text = page(
        "Waduk mengering, warga diminta berhemat air bersih",
        *PROSE,
        "Berita Terkait\nPanen padi turun akibat kemarau panjang di timur\n"
        "Berita Kanal Lainnya\nKlub sepak bola kota tunjuk pelatih baru",
    )
    assert clean(text).related_titles == ["Panen padi turun akibat kemarau panjang di timur"]


def test_inline_and_listed_link_counts_once() -> None:
    title = "Dry season cuts rice harvest across eastern districts"
    text = page("Water rationing looms", PROSE[0], f"Read also: {title}", *PROSE[1:], f"Related\n{title}")
    assert clean(text).related_titles == [title]


def test_markdown_top_heading_is_the_title_over_its_standfirst() -> None:
    text = page(
        "[Home](https://example.org/) > [Nation](https://example.org/nation)",
        "# Water rationing looms as reservoirs hit an eleven-year low",
        "Officials warn households to cut their use by a fifth before the rains.",
        "By Dana Whitlock\n4 November 2024",
        *PROSE,
    )
    article = clean(text)
    assert article.title == "Water rationing looms as reservoirs hit an eleven-year low"
    assert article.subtitle == "Officials warn households to cut their use by a fifth before the rains."


def test_elided_pull_quote_is_dropped() -> None:
    said = (
        'The mayor said: "Every household can help by fixing a dripping tap and by watering gardens only '
        'after dark, when less of it evaporates."'
    )
    quote = "“Every household can help by fixing a dripping tap … only after dark”"
    article = clean(page("Water rationing looms", PROSE[0], said, quote, *PROSE[1:]))
    assert "dripping tap …" not in article.body
    assert said in article.body
