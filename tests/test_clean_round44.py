"""Round 44 of the cleaner: a desk credit whose second initials are missing (`xy/ (AP, Reuters)`) cites
its agencies; a note that the story first ran at another outlet cites that outlet; a bracketed screen-grab
credit and a `(Name for Outlet.com)` credit close photo captions; a writer's name printed in capitals
with a role field, and a name over the outlet's desk line, are bylines; a region before a correspondent's
role is no part of the name; the standfirst stands above the lead photo; a label that heads the story's
own links inside it heads them again below it."""

from __future__ import annotations

from cleaning import clean, page

from kabar.clean.captions import has_credit
from kabar.clean.sources import sign_off_sources

P1 = (
    "Officials from both countries met for six hours in Lisbon on Sunday to discuss the draft accord, which "
    "covers fishing rights, port access and the return of seized boats."
)
P2 = (
    "Both delegations said the remaining differences were narrow and that a signing could follow within "
    "weeks, though neither side gave a date for the next round of talks."
)
P3 = (
    "The dispute began two years ago when coastguard vessels from both sides confronted each other near "
    "the islands, and fishermen have since been barred from the richest grounds."
)
ID1 = (
    "Pemerintah kabupaten mulai membangun tanggul baru di sepanjang sungai yang meluap pekan lalu, kata "
    "kepala dinas pekerjaan umum kepada wartawan di kantor bupati, Senin (3/3/2025)."
)
ID2 = (
    "Tanggul sepanjang dua kilometer itu ditargetkan rampung sebelum puncak musim hujan, dengan anggaran "
    "yang diambil dari dana tak terduga pemerintah daerah tahun ini."
)
ID3 = (
    "Warga di tiga desa yang terdampak banjir diminta tetap waspada karena hujan deras diperkirakan masih "
    "turun hingga akhir pekan, menurut perkiraan cuaca setempat."
)


def test_a_desk_credit_without_second_initials_cites_its_agencies() -> None:
    assert sign_off_sources("xy/ (AP, Reuters)") == ["AP", "Reuters"]
    article = clean(page("Lisbon talks end with hopes of a fishing accord", P1, P2, P3, "xy/ (AP, Reuters)"))
    assert {"AP", "Reuters"} <= set(article.cited_sources)


def test_a_note_that_the_story_first_ran_elsewhere_cites_that_outlet() -> None:
    note = (
        "Artikel ini telah tayang di KabarHulu.com dengan judul Tanggul Baru Dibangun di Sepanjang Sungai "
        "yang Meluap, Warga Tiga Desa Diminta Tetap Waspada Hingga Akhir Pekan Ini"
    )
    article = clean(page("Pemkab Bangun Tanggul Baru di Tepi Sungai", ID1, ID2, ID3, note, "Tags:"))
    assert "KabarHulu.com" in article.cited_sources
    assert note not in article.body


def test_a_screen_grab_credit_closes_a_caption() -> None:
    caption = "The minister speaks in a video released by her office on March 2, 2025. (Screen grab/Ministry)"
    assert has_credit(caption)
    article = clean(
        page(
            "Minister urges calm as fishing talks resume",
            "By Ana Ruiz",
            "2 March 2025, 4:18 pm",
            caption,
            P1,
            P2,
            P3,
        )
    )
    assert caption in article.captions and caption not in article.body


def test_a_name_for_outlet_credit_closes_a_caption() -> None:
    caption = "Alat berat yang disita dari lokasi tambang di tepi sungai. (Polres Hulu for KabarHulu.com)"
    assert has_credit(caption)
    assert not has_credit("Hal itu disampaikan dalam rapat kerja dengan menteri (Minister for Home Affairs).")


def test_a_name_in_capitals_with_a_role_field_is_the_byline() -> None:
    article = clean(
        page(
            "World",
            "Lisbon talks end with hopes of a fishing accord",
            "ANA RUIZ, Tempo staff writer",
            "March 2, 2025 15:30 JST",
            P1,
            P2,
            P3,
        )
    )
    assert article.title == "Lisbon talks end with hopes of a fishing accord"
    assert article.authors == ["Ana Ruiz"]


def test_a_name_over_the_outlets_desk_line_is_the_byline() -> None:
    article = clean(
        page(
            "Nasional",
            "Pemkab Bangun Tanggul Baru di Tepi Sungai",
            "Tanggul ditargetkan rampung sebelum puncak musim hujan tiba",
            "Foto banjir di tepi sungai. (Foto: Dok. Pemkab)",
            "Dewi Anggraini\nCNBC Indonesia Community\n03 Mar 2025, 10:21 WIB",
            ID1,
            ID2,
            ID3,
        )
    )
    assert article.title == "Pemkab Bangun Tanggul Baru di Tepi Sungai"
    assert article.subtitle == "Tanggul ditargetkan rampung sebelum puncak musim hujan tiba"
    assert article.authors == ["Dewi Anggraini"]


def test_a_region_before_the_role_is_no_part_of_the_name() -> None:
    article = clean(
        page(
            "Lisbon talks end with hopes of a fishing accord",
            "Ana Ruiz Central America correspondent",
            "Sun 2 Mar 2025 20.41 GMT",
            P1,
            P2,
            P3,
        )
    )
    assert article.authors == ["Ana Ruiz"]


def test_the_standfirst_stands_above_the_lead_photo() -> None:
    standfirst = (
        "After six hours of talks, both sides say a fishing accord is within reach. The coastguards will "
        "meet next month to agree on patrols."
    )
    caption = "Fishing boats moored in the harbour at dawn on Sunday. Image: Ana Ruiz/Agency"
    article = clean(
        page(
            "Europe",
            "Lisbon talks end with hopes of a fishing accord",
            standfirst,
            caption,
            "Advertisement",
            P1,
            P2,
            P3,
        )
    )
    assert article.subtitle == standfirst
    assert standfirst not in article.body and P1 in article.body


def test_a_short_standfirst_above_the_photo_and_byline() -> None:
    standfirst = "Coastguards to meet next month; fishermen still barred from grounds"
    article = clean(
        page(
            "Lisbon talks end with hopes of a fishing accord",
            standfirst,
            "Fishing boats moored in the harbour at dawn on Sunday. (Photo by Ana Ruiz)",
            "By Ana Ruiz",
            "March 2, 2025 15:30 JST",
            P1,
            P2,
            P3,
        )
    )
    assert article.subtitle == standfirst


def test_a_label_heading_the_storys_own_links_heads_them_below_it() -> None:
    article = clean(
        page(
            "Lisbon talks end with hopes of a fishing accord",
            "By Ana Ruiz",
            "March 2, 2025 15:30 JST",
            P1,
            "Read next\nCoastguards trade blame over island standoff",
            P2,
            P3,
            "Read next\nFishing fleets idle as grounds stay closed",
            "Most read\nStorm warning for the coast this weekend\nFerry fares rise again",
        )
    )
    assert article.related_titles == [
        "Coastguards trade blame over island standoff",
        "Fishing fleets idle as grounds stay closed",
    ]
