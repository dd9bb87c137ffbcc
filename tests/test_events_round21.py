"""Round 21, on sentences written for these tests: mechanisms that recur across unseen articles.

- a thousands separator inside a trigger's gap (`freed 1,968 prisoners`, `membebaskan 1.968 tahanan`);
- a quantifier phrase before an event noun (`several waves of strikes`, `ratusan drone`), a %QUANT% slot;
- a modal cue stays in its clause (`would answer the Oct. 1 attack, in which Iran fired`), and so does the
  date it would push ahead;
- an attack told in a relative clause (`rudal yang ditembakkan Iran ke Israel`, `the missiles Iran fired at`);
- a body's own session with its requester (`will meet at Iran's request`, `atas permintaan Iran`);
- talks as a noun (`the last call between X and Y`), addresses to a parliament, summit cities.
"""

from __future__ import annotations

import pytest
from event_rows import coded

from kabar.events.modality import future_in_other_clause, in_scope, modality
from kabar.events.triggers import expand_macros, number_shadow


def ordered(rows: list[dict], root: str, c1: str | None, c2: str | None) -> list[dict]:
    """Rows of a CAMEO root with this agent country and this patient country."""
    return [
        r
        for r in rows
        if r["cameo_code"].startswith(root) and (r["actor1_country"], r["actor2_country"]) == (c1, c2)
    ]


def summary(rows: list[dict]) -> list[tuple[str, str | None, str | None, str]]:
    return [(r["cameo_code"], r["actor1_country"], r["actor2_country"], r["modality"]) for r in rows]


# (lang, body, CAMEO root, agent country, patient country)
CASES = [
    # numbers inside a trigger's gap
    ("en", "Israel freed 1,968 Palestinian prisoners on Monday.", "08", "ISR", "PSE"),
    ("id", "Israel membebaskan 1.968 tahanan Palestina pada Senin.", "08", "ISR", "PSE"),
    ("en", "Russia released 1,000 Ukrainian prisoners of war on Friday.", "08", "RUS", "UKR"),
    ("id", "Rusia membebaskan 1.000 tawanan perang Ukraina pada Jumat.", "08", "RUS", "UKR"),
    ("en", "Iran fired 1,200 rockets at Israel overnight.", "19", "IRN", "ISR"),
    ("id", "Rusia menembakkan 1.200 drone ke Ukraina sepanjang pekan lalu.", "19", "RUS", "UKR"),
    # a quantifier before the event noun
    ("en", "Israeli jets carried out several waves of strikes on Lebanon on Tuesday.", "19", "ISR", "LBN"),
    ("en", "Russia launched a series of attacks on Ukraine on Monday.", "19", "RUS", "UKR"),
    ("en", "Russia fired hundreds of drones and missiles at Ukraine overnight.", "19", "RUS", "UKR"),
    ("en", "Pakistan conducted dozens of air strikes on Afghanistan last week.", "19", "PAK", "AFG"),
    ("en", "Iran launched a barrage of missiles at Israel on Sunday.", "19", "IRN", "ISR"),
    ("en", "North Korea fired a volley of rockets into South Korea on Friday.", "19", "PRK", "KOR"),
    ("id", "Israel melancarkan serangkaian serangan ke Lebanon pada Selasa.", "19", "ISR", "LBN"),
    ("id", "Rusia meluncurkan ratusan drone ke Ukraina pada Minggu malam.", "19", "RUS", "UKR"),
    ("en", "Ukraine launched its first-ever direct attack on Russia on Sunday.", "19", "UKR", "RUS"),
    ("en", "Ukraine returned 1,212 bodies of Russian soldiers to Russia on Friday.", "08", "UKR", "RUS"),
    ("en", "Israel carried out a wave of air strikes on Syria on Monday.", "19", "ISR", "SYR"),
    ("en", "Russia unleashed a barrage of drones on Ukraine overnight.", "19", "RUS", "UKR"),
    ("id", "Israel melancarkan gelombang serangan udara ke Suriah pada Senin.", "19", "ISR", "SYR"),
    ("id", "Korea Utara menembakkan puluhan roket ke Korea Selatan pada Jumat.", "19", "PRK", "KOR"),
    # an attack in a relative clause
    (
        "id",
        "Serangan itu merupakan balasan atas rudal yang ditembakkan Iran ke Israel pada Selasa.",
        "19",
        "IRN",
        "ISR",
    ),
    ("id", "Israel membalas drone yang diluncurkan Hizbullah ke Israel utara.", "19", "LBN", "ISR"),
    ("id", "Warga mengungsi akibat roket yang ditembakkan Rusia ke Kharkiv pada Kamis.", "19", "RUS", "UKR"),
    (
        "en",
        "The strike answered the missiles the Islamic Republic fired at Israel on Tuesday.",
        "19",
        "IRN",
        "ISR",
    ),
    ("en", "Kyiv shot down most of the drones Russia launched at Ukraine overnight.", "19", "RUS", "UKR"),
    # a body's own session, its requester second
    ("en", "The U.N. Security Council will meet on Monday at Iran's request.", "04", None, "IRN"),
    (
        "en",
        "The U.N. Security Council held an emergency meeting at the request of Russia on Friday.",
        "04",
        None,
        "RUS",
    ),
    (
        "id",
        "Dewan Keamanan PBB menggelar rapat darurat atas permintaan Aljazair pada Rabu.",
        "04",
        None,
        "DZA",
    ),
    (
        "id",
        "Dewan Keamanan PBB dijadwalkan menggelar sidang pada Senin atas permintaan Ukraina.",
        "04",
        None,
        "UKR",
    ),
    ("en", "The U.N. Security Council met on Friday at the request of France.", "04", None, "FRA"),
    # talks as a noun
    ("en", "The last call between Macron and Putin took place in September 2022.", "04", "FRA", "RUS"),
    (
        "id",
        "Percakapan telepon terakhir Macron dan Putin berlangsung pada September 2022.",
        "04",
        "FRA",
        "RUS",
    ),
    ("en", "A phone conversation between Erdogan and Zelensky lasted an hour on Friday.", "04", "TUR", "UKR"),
    ("id", "Pembicaraan telepon pertama Trump dan Putin berlangsung selama 90 menit.", "04", "USA", "RUS"),
    # an address to a parliament
    ("en", "Trump addressed Israel's parliament in Jerusalem on Monday.", "01", "USA", "ISR"),
    ("id", "Macron berpidato di hadapan parlemen Jerman pada Selasa.", "01", "FRA", "DEU"),
    # summit and conference cities stand for their country
    ("en", "Scholz will travel to Rio de Janeiro on Sunday for the G20 summit.", "04", "DEU", "BRA"),
    ("en", "Albanese flew to Johannesburg for the G20 summit on Friday.", "04", "AUS", "ZAF"),
    ("id", "Presiden Prabowo tiba di Sharm el-Sheikh pada Senin.", "04", "IDN", "EGY"),
    ("en", "Erdogan arrived in Baku on Monday for talks.", "04", "TUR", "AZE"),
    ("id", "Presiden Prabowo terbang ke Lisbon pada Kamis.", "04", "IDN", "PRT"),
    ("en", "Modi arrived in Kazan on Tuesday for the BRICS summit.", "04", "IND", "RUS"),
    ("en", "Xi flew to Kazan for the BRICS summit on Tuesday.", "04", "CHN", "RUS"),
    ("id", "Presiden Lula tiba di Johannesburg untuk menghadiri KTT G20.", "04", "BRA", "ZAF"),
]


@pytest.mark.parametrize(("lang", "body", "root", "c1", "c2"), CASES)
def test_a_recurring_construction_is_coded(
    lang: str, body: str, root: str, c1: str | None, c2: str | None
) -> None:
    rows = coded(body, lang)
    assert ordered(rows, root, c1, c2), summary(rows)


# (lang, body, publication date, CAMEO root, agent, patient, modality, first day)
SCOPED = [
    (
        "en",
        "Analysts debated how Israel would respond to the Oct. 1 attack, in which Iran fired about 200 "
        "missiles at Israel.",
        "2024-10-26",
        "19",
        "IRN",
        "ISR",
        "asserted",
        "2024-10-01",
    ),
    (
        "en",
        "Officials asked whether Pakistan would retaliate for the May 7 raid, in which India launched "
        "missile strikes on Pakistan.",
        "2025-05-20",
        "19",
        "IND",
        "PAK",
        "asserted",
        "2025-05-07",
    ),
    (
        "id",
        "Israel diperkirakan akan membalas serangan 1 Oktober, yang diluncurkan Iran ke Israel dengan "
        "180 rudal.",
        "2024-10-26",
        "19",
        "IRN",
        "ISR",
        "asserted",
        None,
    ),
    (
        "en",
        "Putin will travel to Beijing next week, where he will meet Xi Jinping.",
        "2025-08-20",
        "04",
        "RUS",
        "CHN",
        "planned",
        None,
    ),
    (
        "en",
        "Modi is expected to meet Putin on Tuesday.",
        "2024-07-07",
        "04",
        "IND",
        "RUS",
        "planned",
        "2024-07-09",
    ),
    (
        "id",
        "Prabowo dijadwalkan bertemu Albanese di Sydney pada Rabu.",
        "2025-11-10",
        "04",
        "IDN",
        "AUS",
        "planned",
        None,
    ),
    (
        "en",
        "The last call between Macron and Putin took place in September 2022, and the two last met in May "
        "2019.",
        "2024-11-15",
        "04",
        "FRA",
        "RUS",
        "asserted",
        "2022-09-01",
    ),
    (
        "en",
        "The U.N. Security Council will meet on Monday at Iran's request.",
        "2024-10-26",
        "04",
        None,
        "IRN",
        "planned",
        "2024-10-28",
    ),
]


@pytest.mark.parametrize(("lang", "body", "published", "root", "c1", "c2", "mod", "day"), SCOPED)
def test_modality_and_date_stay_in_their_clause(
    lang: str, body: str, published: str, root: str, c1: str | None, c2: str | None, mod: str, day: str | None
) -> None:
    rows = ordered(coded(body, lang, published), root, c1, c2)
    assert rows and rows[0]["modality"] == mod, summary(rows)
    if day is not None:
        assert str(rows[0]["date_start"]) == day, rows[0]


# (lang, body, CAMEO root that must not be coded)
NEGATIVES = [
    ("en", "Police fired at protesters in Nairobi on Tuesday.", "19"),
    ("en", "He was fired at Google in 2020 after a dispute.", "19"),
    ("en", "Missiles were launched at dawn from an unknown location.", "19"),
    ("id", "Rudal yang ditembakkan dari Yaman jatuh di laut.", "19"),
    ("id", "Sanksi yang dijatuhkan Amerika Serikat terhadap Rusia mulai berlaku pekan ini.", "19"),
    ("en", "The ministers discussed conversations between businesses and regulators.", "04"),
    ("en", "The city council met at the request of the mayor on Monday.", "04"),
    ("en", "The firm addressed the concerns of investors on Monday.", "01"),
    ("id", "Warga berpidato di depan rumahnya pada Minggu.", "01"),
    ("en", "Prices rose by 1,968 percent in the year to March.", ""),
    ("id", "Harga beras naik 1.968 persen dalam setahun.", ""),
    ("en", "Several waves of heat hit Europe this summer.", "19"),
]


@pytest.mark.parametrize(("lang", "body", "root"), NEGATIVES)
def test_a_look_alike_is_not_coded(lang: str, body: str, root: str) -> None:
    rows = [r for r in coded(body, lang) if r["cameo_code"].startswith(root)]
    assert not rows, summary(rows)


@pytest.mark.parametrize(
    ("text", "shadow"),
    [
        ("freed 1,968 prisoners", "freed 10968 prisoners"),
        ("membebaskan 1.968 tahanan", "membebaskan 10968 tahanan"),
        ("on Monday, Israel", "on Monday, Israel"),
        ("in 2024. Then", "in 2024. Then"),
    ],
)
def test_number_shadow_keeps_offsets(text: str, shadow: str) -> None:
    assert number_shadow(text) == shadow and len(number_shadow(text)) == len(text)


@pytest.mark.parametrize(
    ("lang", "before", "scoped"),
    [
        ("en", "how Israel would answer the attack, in which Iran ", " Iran "),
        ("en", "Putin will fly to Beijing, where he ", " he "),
        ("id", "Israel akan membalas serangan, yang ", " "),
        ("en", "Modi is expected to ", "Modi is expected to "),
    ],
)
def test_scope_ends_at_a_clause_boundary(lang: str, before: str, scoped: str) -> None:
    assert in_scope(before, lang) == scoped


def test_a_future_cue_of_another_clause_is_seen_but_not_applied() -> None:
    before = "how Israel would answer the Oct. 1 attack, in which Iran "
    assert modality(before, "en") == "asserted"
    assert future_in_other_clause(before, "en")
    assert not future_in_other_clause("Iran ", "en")


def test_a_quantifier_slot_expands_from_data() -> None:
    pattern = expand_macros("launched %QUANT%attacks", "en")
    assert "%" not in pattern and "series" in pattern
