"""Metadata rules from blind sets 5 and 6, on lines and pages written here: header furniture that is no
headline, related boxes and their stamps, markup teasers, agency credits, disclosure notices, sign-offs,
byline names and dates, wire datelines, short closing sentences."""

from __future__ import annotations

import pytest
from cleaning import clean, page

from kabar.clean.body import _signoff
from kabar.clean.byline import parse_byline, prefer_known
from kabar.clean.byline_names import names_in_line
from kabar.clean.captions import CREDITED, PHOTOGRAPHER, cue
from kabar.clean.classify import BOILER, SECTION, _text_kind
from kabar.clean.dateline import parse_dateline
from kabar.clean.dates_hint import credit_date
from kabar.clean.lines import Line, word_count
from kabar.clean.metadata import _is_furniture, title_text
from kabar.clean.sources import cited_sources
from kabar.clean.stamps import without_stamp
from kabar.dates.parse import parse_datetime

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
HEADLINE = "Water authority warns of rationing as reservoirs hit eleven-year low"


def line(text: str) -> Line:
    return Line(text, word_count(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"News / City News / Metro News / {HEADLINE}", HEADLINE),
        (f"Home › World › {HEADLINE}", HEADLINE),
        (HEADLINE, HEADLINE),
        (
            "Court rules 2/3 majority needed for the amendment",
            "Court rules 2/3 majority needed for the amendment",
        ),
        ("Inflation / Prices", "Inflation / Prices"),  # two short parts: nothing to strip
    ],
)
def test_title_text_strips_breadcrumbs(text: str, expected: str) -> None:
    assert title_text(text) == expected


@pytest.mark.parametrize(
    ("text", "furniture"),
    [
        ("Breaking: Markets brace for a volatile week as tariffs take effect", True),
        ("BREAKING NEWS | Ferry capsizes off the northern coast", True),
        ("Terkini: Banjir rendam tiga kecamatan di pesisir utara", True),
        ("Reuters - Business and financial news since 1851", True),  # outlet name and its slogan
        ("News / Metro / Flood waters recede across the capital city", True),
        (HEADLINE, False),
        ("Live music returns to the old harbour after a decade", False),  # 'Live' opening a headline
    ],
)
def test_header_furniture(text: str, furniture: bool) -> None:
    assert _is_furniture(line(text)) is furniture


def test_ticker_above_the_headline_is_no_title() -> None:
    text = page(
        "Daily Courier",
        "Breaking: Stocks slide for a third day as oil prices climb",
        HEADLINE,
        "By Maria Lopez",
        "12 March 2025 10:05",
        *PROSE,
    )
    assert clean(text).title == HEADLINE


def test_markdown_h1_beats_a_nav_line_above_it() -> None:
    text = page(
        "Home Latest Politics Business Opinion World Sport",
        f"# {HEADLINE}",
        "Reservoirs in the east have not been this low for more than a decade, officials say",
        "By Maria Lopez",
        "Published March 12, 2025",
        *PROSE,
    )
    assert clean(text).title == HEADLINE


def test_related_box_above_the_headline_stops_at_the_headline() -> None:
    header = [  # innerText prints a box's items without blank lines between them
        "Terkait",
        "Harga Cabai Naik Jelang Bulan Puasa di Pasar Induk",
        "18 Februari 2025",
        "Pemerintah Siapkan Operasi Pasar di Tiga Provinsi",
        "Ekonomi",
        "Harga Beras Medium Kembali Naik di Empat Belas Provinsi",
        "Oleh: Siti Rahma | Editor: Budi Santoso",
        "12 Maret 2025, 14:05",
    ]
    text = page(
        "\n".join(header),
        "JAKARTA - Harga beras medium kembali naik di empat belas provinsi pada pekan kedua Maret, menurut "
        "data panel harga pangan yang dirilis pemerintah pada Rabu.",
        "Kenaikan terbesar terjadi di wilayah timur, tempat biaya angkut dari sentra produksi naik karena "
        "cuaca buruk mengganggu pelayaran antarpulau selama dua pekan terakhir.",
        "Pedagang di pasar tradisional mengatakan pasokan dari penggilingan berkurang sejak awal bulan, "
        "sementara permintaan rumah tangga naik menjelang bulan puasa.",
        "Pemerintah menyatakan akan menambah penyaluran beras dari cadangan negara ke daerah yang harganya "
        "sudah melampaui harga eceran tertinggi.",
    )
    article = clean(text)
    assert article.title == "Harga Beras Medium Kembali Naik di Empat Belas Provinsi"
    assert article.related_titles == [
        "Harga Cabai Naik Jelang Bulan Puasa di Pasar Induk",
        "Pemerintah Siapkan Operasi Pasar di Tiga Provinsi",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senate delays vote on budget bill — January 7, 2025", "Senate delays vote on budget bill"),
        ("Senate delays vote on budget bill | 7 Jan 2025", "Senate delays vote on budget bill"),
        ("Exports hit a record high for March 2025-04-01 09:40", "Exports hit a record high for March"),
        ("Kurs rupiah melemah tipis sore ini 12/03/2025", "Kurs rupiah melemah tipis sore ini"),
        ("Daftar barang kena pajak mulai 1 Januari 2025", "Daftar barang kena pajak mulai 1 Januari 2025"),
        ("Budget — May 2, 2025", "Budget — May 2, 2025"),  # too little left: kept whole
    ],
)
def test_related_titles_lose_their_stamps(text: str, expected: str) -> None:
    assert without_stamp(text) == expected


HTML_BOXES = """<html><head><title>{title}</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p class="byline">By Maria Lopez</p>
<p class="article-teaser">Reservoirs in the eastern districts have not been this low for more than a decade,
officials said.</p>
<p>{p0}</p>
<div class="related-links"><h3>More on the drought</h3><ul>
<li><a href="/a">Farmers count the cost of a dry season</a></li>
<li><a href="/b">How tanker lorries keep villages supplied</a></li></ul></div>
<p>{p1}</p>
<p>{p2}</p>
<div class="also-read">Also Read <a href="/c">Rain forecast offers little relief this month</a>
<a href="/d">City repairs leaking pipes in old quarter</a></div>
<p>{p3}</p>
<p>The plan starts next week.</p>
<div class="list"><h4>Latest</h4>
<a href="/e">Port strike enters its second week as talks stall</a> <span>Rabu 12-03-2025, 15:12</span>
<a href="/f">New bridge opens to traffic ahead of schedule</a> <span>Selasa 11-03-2025, 09:40</span></div>
</article></body></html>"""


def test_html_link_boxes_teaser_and_closing_sentence() -> None:
    text = HTML_BOXES.format(title=HEADLINE, p0=PROSE[0], p1=PROSE[1], p2=PROSE[2], p3=PROSE[3])
    article = clean(text, "html", "x.html")
    assert article.subtitle is not None and article.subtitle.startswith("Reservoirs in the eastern")
    assert "Reservoirs in the eastern" not in article.body
    assert article.body.endswith("The plan starts next week.")
    assert set(article.related_titles) >= {
        "Farmers count the cost of a dry season",
        "How tanker lorries keep villages supplied",
        "Rain forecast offers little relief this month",
        "City repairs leaking pipes in old quarter",
    }
    assert not any("12-03-2025" in title for title in article.related_titles)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Firefighters battle the blaze in the old market on Sunday. (Bernama pic)", CREDITED),
        ("Members of parliament arrive for the sitting on March 12, 2025. — Bernama pic", CREDITED),
        ("Riot police stand guard outside the court. – AFP file photo", CREDITED),
        ("Suasana sidang paripurna di Senayan, Selasa (4/2/2025). ©2025 Contoh.com/Andi Saputra", CREDITED),
        ("Sandra Mouhamadi/AFP", PHOTOGRAPHER),
        ("Hong Kong/ Health & Environment", ""),  # a section trail, no photographer
        ("The minister said the picture was clear to everyone in the room.", ""),
    ],
)
def test_caption_credits(text: str, expected: str) -> None:
    assert cue(line(text)) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pernyataan Pengungkapan", SECTION),
        ("Mitra", BOILER),
        ("Lihat semua mitra", BOILER),
        ("Universitas Contoh menyediakan dana sebagai mitra Situs Contoh.", BOILER),
        ("Kami percaya arus informasi yang bebas. Terbitkan ulang artikel kami secara gratis.", BOILER),
        ("We believe in the free flow of information. Republish our articles for free.", BOILER),
        ("Stay updated with the latest news on Example Daily. Don't miss daily games like Sudoku.", BOILER),
        ("Share on Twitter Share on Facebook Share via email", BOILER),
        ("—With a report from the research desk", BOILER),
        ("Additional reporting by Jane Doe", BOILER),
    ],
)
def test_notice_lines(text: str, kind: str) -> None:
    assert _text_kind(line(text)) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The order stays until it is lifted by the council. —With a report from the research desk",
         "The order stays until it is lifted by the council."),
        ("Talks resume on Monday. Reporting by Jane Doe; Editing by John Roe",
         "Talks resume on Monday."),
        ("Bantuan akan disalurkan pekan depan. (*)", "Bantuan akan disalurkan pekan depan."),
        ("He said the report came with a warning.", "He said the report came with a warning."),
    ],
)  # fmt: skip
def test_trailing_signoffs(text: str, expected: str) -> None:
    assert _signoff().sub("", text) == expected


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        ("BY MARIA LOPEZ AND DAVID CHEN", ["Maria Lopez", "David Chen"]),
        ("oleh Siti Rahma [Semarang] dan Budi Santoso di 22 May 2024", ["Siti Rahma", "Budi Santoso"]),
        ("By Maria Lopez in Madrid", ["Maria Lopez"]),
        ("Oleh: Rina Wati, Andi Saputra", ["Rina Wati", "Andi Saputra"]),
    ],
)
def test_byline_names(text: str, authors: list[str]) -> None:
    assert parse_byline(text)[0] == authors


def test_outlet_names_are_no_authors() -> None:
    assert prefer_known(["Tribun Jogja", "Rina Wati"], []) == ["Rina Wati"]
    assert prefer_known(["Bernama"], ["Andi Saputra"]) == ["Andi Saputra"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Maria Lopez, Political Reporter", ["Maria Lopez"]),
        ("David Chen, Senior Economics Correspondent", ["David Chen"]),
        ("Political Reporter", []),
    ],
)
def test_name_and_role_lines(text: str, names: list[str]) -> None:
    assert names_in_line(text) == names


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("oleh Siti Rahma dan Budi Santoso di 22 May 2024", "22 May 2024"),
        ("By Maria Lopez on March 3, 2025", "March 3, 2025"),
        ("Penulis: Rina Wati | 3 Maret 2025 10:15 WIB", "3 Maret 2025 10:15 WIB"),
        ("By Maria Lopez and David Chen", None),
    ],
)
def test_dates_closing_a_credit(text: str, date: str | None) -> None:
    assert credit_date(text) == date


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        ("Taipei, Jan. 21 (CNA) Taiwan's legislature on Tuesday passed the budget after a long debate.",
         "Taipei", "CNA"),
        ("London, March 3 (Reuters) Stocks fell on Monday as investors weighed new tariff threats.",
         "London", "Reuters"),
    ],
)  # fmt: skip
def test_wire_datelines_without_a_dash(text: str, place: str, agency: str) -> None:
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_agency_alone_in_the_header_is_cited() -> None:
    assert cited_sources(PROSE[0], ["Bernama", "Home"], None) == ["Bernama"]
    assert cited_sources(PROSE[0], ["Home", "Sport"], None) == []


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("9:14 am on 22 January 2025", 9, 14),
        ("22 January 2025 9:14 am", 9, 14),
        ("10.00 pada 3 Maret 2025", 10, 0),
    ],
)
def test_time_printed_before_its_date(text: str, hour: int, minute: int) -> None:
    parsed = parse_datetime(text, "en")
    assert parsed is not None and parsed.time is not None
    assert (parsed.time.hour, parsed.time.minute) == (hour, minute)


def test_a_paragraph_classed_lead_stays_in_the_body() -> None:
    """Bootstrap's `p.lead` (and many CMSs' 'intro') marks the story's first paragraph, not a standfirst."""
    lede = (
        "Reservoirs in the eastern districts have fallen to their lowest level in eleven years, the water "
        "authority said on Tuesday, warning that rationing could begin next month if the rains stay away."
    )
    rest = " ".join(
        f"Paragraph {n} of the story adds detail about the drought, the farmers and the city's water plan."
        for n in range(1, 8)
    )
    html = (
        "<html><head><title>Water authority warns of rationing</title></head><body><article>"
        "<h1>Water authority warns of rationing</h1>"
        f'<p class="lead">{lede}</p>'
        + "".join(f"<p>{sentence}.</p>" for sentence in rest.split(". ") if sentence)
        + "</article></body></html>"
    )
    article = clean(html, "html", "x.html")
    assert lede in article.body
