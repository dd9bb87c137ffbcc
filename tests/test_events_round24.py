"""Round 24: where events without a place happened, which report hosts an event, separate events, bare
titles, event nouns naming their parties, and the round's trigger rows."""

from __future__ import annotations

import event_rows
import pytest

PUBLISHED = "2025-06-15"


def rows_of(body: str, lang: str, dateline: str | None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


@pytest.mark.parametrize(
    ("lang", "body", "dateline", "want"),
    [
        # foreign news filed from the newsroom: every actor is Slovak, so the event happened in Slovakia
        (
            "id",
            "Aparat Slowakia mendakwa seorang pria berusia 71 tahun dengan pasal percobaan pembunuhan "
            "terhadap Perdana Menteri Robert Fico.",
            "Jakarta",
            ("SVK", "+actors_country_location"),
        ),
        (
            "en",
            "Chilean police arrested the leader of a protest group outside the presidential palace, "
            "Chile's interior ministry said.",
            "Jakarta",
            ("CHL", "+actors_country_location"),
        ),
        # actors of two other countries: no scene is guessed (before: Jakarta)
        (
            "en",
            "Russia accused Ukraine of attacking its energy facilities, the Kremlin said.",
            "Jakarta",
            (None, ""),
        ),
        # the story is about the dateline's country: the dateline still places the event
        (
            "en",
            "China's coast guard seized two Philippine boats, the Philippine military said. "
            "The Philippines protested to China.",
            "Manila",
            ("PHL", "+dateline_location"),
        ),
        # an actor of the dateline's country: the dateline places the event
        ("id", "Polisi Indonesia menangkap dua warga Kamboja.", "Jakarta", ("IDN", "+dateline_location")),
    ],
)
def test_scene_of_an_event_without_a_place(
    lang: str, body: str, dateline: str, want: tuple[str | None, str]
) -> None:
    row = rows_of(body, lang, dateline)[0]
    country, how = want
    assert row["location_country"] == country
    guesses = [guess for guess in ("+dateline_location", "+actors_country_location") if guess in row["rule"]]
    assert guesses == ([how] if how else [])


def coded(body: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(code, actor1, actor2, date_start) of each event row, in the order of the text."""
    return [
        (
            r["cameo_code"],
            r["actor1_name"],
            r["actor2_name"],
            str(r["date_start"]) if r["date_start"] else None,
        )
        for r in rows_of(body, lang, None)
    ]


def test_a_spokesman_commenting_on_attacks_does_not_host_them() -> None:
    """The report naming both sides hosts an event, not a later comment naming one person."""
    body = (
        "Ukraine carried out a massive drone attack against Russian military aircraft on Sunday. "
        "Kremlin spokesman Dmitry Peskov did not comment on the drone attacks on Sunday."
    )
    rows = coded(body, "en")
    assert ("190", "Ukraina", "Russian military", "2025-06-15") in rows
    assert not [r for r in rows if r[1] == "Dmitry Peskov"]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "Russia fired 472 drones and seven missiles at Ukraine on Sunday, Ukraine's air force said. "
            "Separately, a Russian missile strike on Ukraine killed 12 soldiers on Sunday, the army said.",
        ),
        (
            "id",
            "Rusia menembakkan 472 drone ke Ukraina pada Minggu (15/6). Secara terpisah, serangan rudal "
            "Rusia ke Ukraina menewaskan 12 tentara pada Minggu (15/6).",
        ),
    ],
)
def test_a_sentence_opening_separately_tells_another_event(lang: str, body: str) -> None:
    assert len([r for r in coded(body, lang) if r[0].startswith("19")]) == 2


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        # a lower-case title after `the` names the one person holding it
        (
            "en",
            "Pope Francis arrived in Jakarta on Tuesday. The pontiff met President Joko Widodo at the "
            "palace on Wednesday.",
            ("040", "Pope Francis", "Joko Widodo"),
        ),
        # a bare title names the first person holding its role (`Kepala Negara` after `Presiden X`)
        (
            "id",
            "Presiden Prabowo Subianto menghadiri KTT di Sharm el-Sheikh pada Senin (13/10). Kepala Negara "
            "juga sempat berbincang dengan Trump sebelum sesi foto.",
            ("040", "Prabowo Subianto", "Donald Trump"),
        ),
    ],
)
def test_bare_titles_name_the_person_holding_them(lang: str, body: str, want: tuple[str, str, str]) -> None:
    assert want in [r[:3] for r in coded(body, lang)]


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("id", "Gencatan senjata antara Israel dan Hamas berlaku sejak Jumat (13/6)."),
        ("id", "Dua hari kemudian, gencatan senjata antara Israel dan Hamas di Jalur Gaza mulai berlaku."),
        ("en", "A ceasefire between Israel and Hamas took effect on Friday."),
    ],
)
def test_an_event_noun_names_its_parties_inside_its_trigger(lang: str, body: str) -> None:
    """`gencatan senjata antara X dan Y berlaku`: the truce's parties are the pair it names."""
    assert ("087", "Israel", "Hamas") in [r[:3] for r in coded(body, lang)]


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        # a reduplicated plural (`drone-drone`) ends a trigger word as a single noun does
        (
            "id",
            "Yordania ikut menembak jatuh drone-drone Iran pada Sabtu (14/6).",
            ("190", "Yordania", "Iran"),
        ),
        # the gap before `persona non grata` holds the envoy's title and name
        (
            "id",
            "Ekuador menyatakan Duta Besar Meksiko Raquel Serur sebagai persona non grata pada Kamis (12/6).",
            ("166", "Ecuador", "Raquel Serur"),
        ),
        (
            "en",
            "Jordan's air force shot down dozens of incoming Iranian drones.",
            ("190", "Jordan's air force", "Iran"),
        ),
        # cutting ties announced as a noun
        (
            "id",
            "Presiden Meksiko Andres Manuel Lopez Obrador mengumumkan pemutusan hubungan diplomatik "
            "dengan Ekuador.",
            ("161", "Andres Manuel Lopez Obrador", "Ecuador"),
        ),
        (
            "en",
            "Mexico announced the suspension of diplomatic relations with Ecuador on Friday.",
            ("161", "Meksiko", "Ecuador"),
        ),
    ],
)
def test_round24_trigger_rows(lang: str, body: str, want: tuple[str, str, str]) -> None:
    assert want in [r[:3] for r in coded(body, lang)]


@pytest.mark.parametrize(
    ("lang", "body", "want"),
    [
        (
            "en",
            "Organisers say they will return to the streets on Thursday.",
            ("140", "Organisers", "planned"),
        ),
        (
            "en",
            "The army was deployed on Friday to help civil authorities maintain order.",
            ("154", "army", "asserted"),
        ),
        (
            "id",
            "Pemerintah menyatakan TNI telah dikerahkan untuk membantu polisi.",
            ("154", "TNI", "asserted"),
        ),
    ],
)
def test_round24_one_sided_rows(lang: str, body: str, want: tuple[str, str, str]) -> None:
    """Protesters going back to the streets; a force deployed, told in the passive with it as subject."""
    rows = rows_of(body, lang, None)
    assert want in [(r["cameo_code"], r["actor1_name"], r["modality"]) for r in rows]
