"""Round 20, on sentences written for these tests: classes of constructions, not single sentences.

- an act an accusation names (`accused China of ramming a boat`, `menuding Rusia menyerang`) is coded too,
  alleged, with the accused as its agent;
- common news phrasings: a truce taking effect, a withdrawal from a place, scrambled jets, thrown stones,
  sent balloons, doubled tariffs, `sepakat` + verb, an issued warrant;
- a visit whose second party is a place visits its country; a delegation acts for its leader; `joined X in
  Paris for talks`; `the service said it had detained`;
- an attack of each side on the other is two events; `first visit since 2023` does not date the visit.
"""

from __future__ import annotations

import pytest
from event_rows import coded


def found(rows: list[dict], root: str, c1: str | None, c2: str | None) -> list[dict]:
    """Rows of a CAMEO root whose two actors have these countries, in either order."""
    pair = {c1, c2}
    return [
        r
        for r in rows
        if r["cameo_code"].startswith(root) and {r["actor1_country"], r["actor2_country"]} == pair
    ]


# (lang, body, CAMEO root, agent country, patient country)
CASES = [
    (
        "id",
        "Pemerintah Venezuela menuding Amerika Serikat menyerang kapal nelayan Venezuela di Karibia pada "
        "Selasa (2/9).",
        "19",
        "USA",
        "VEN",
    ),
    (
        "en",
        "A ceasefire between Russia and Ukraine would take effect on Easter Sunday, the Kremlin said.",
        "08",
        "RUS",
        "UKR",
    ),
    ("en", "Russian troops pulled out from eastern Kharkiv on Friday.", "08", "RUS", "UKR"),
    ("en", "Students threw stones at riot police in Dhaka, Bangladesh on Monday.", "14", "BGD", "BGD"),
    (
        "id",
        "Ratusan demonstran melempari aparat dengan batu di Dhaka, Bangladesh, pada Senin (4/8).",
        "14",
        "BGD",
        "BGD",
    ),
    (
        "id",
        "China menggandakan tarif atas produk pertanian dari Kanada pada Sabtu (6/9).",
        "16",
        "CHN",
        "CAN",
    ),
    (
        "id",
        "Filipina dan Jepang sepakat memperkuat patroli maritim bersama pada Jumat (11/7).",
        "05",
        "PHL",
        "JPN",
    ),
    (
        "en",
        "Indonesian President Prabowo Subianto will attend a summit in Kuala Lumpur, Malaysia, on Sunday.",
        "04",
        "IDN",
        "MYS",
    ),
    (
        "id",
        "Presiden Prabowo Subianto menghadiri upacara peringatan di Lapangan Merdeka, Kuala Lumpur, pada "
        "Minggu (26/10).",
        "04",
        "IDN",
        "MYS",
    ),
    (
        "en",
        "South Korean Foreign Minister Cho Hyun led a delegation to Tokyo on Monday for talks with Japanese "
        "Foreign Minister Takeshi Iwaya.",
        "04",
        "KOR",
        "JPN",
    ),
    (
        "id",
        "Menteri Luar Negeri Jepang Takeshi Iwaya memimpin delegasi ke Hanoi pada Senin (9/6) dan bertemu "
        "Perdana Menteri Vietnam Pham Minh Chinh.",
        "04",
        "JPN",
        "VNM",
    ),
    # accused acts (alleged)
    (
        "en",
        "Kyiv accused Russian troops of executing Ukrainian prisoners near Pokrovsk on Wednesday.",
        "19",
        "RUS",
        "UKR",
    ),
    (
        "en",
        "The Philippine coast guard accused China of ramming a Philippine supply boat near Second Thomas "
        "Shoal on Monday.",
        "19",
        "CHN",
        "PHL",
    ),
    (
        "id",
        "Militer Filipina menuding China menabrak kapal pasokan Filipina di Laut China Selatan pada Senin "
        "(9/6).",
        "19",
        "CHN",
        "PHL",
    ),
    (
        "id",
        "Kementerian Pertahanan Ukraina menuding Rusia menyerang rumah sakit di Kharkiv pada Kamis (12/6).",
        "19",
        "RUS",
        "UKR",
    ),
    ("en", "Ukraine accused Russia of attacking a hospital in Kharkiv on Thursday.", "11", "UKR", "RUS"),
    # a truce taking effect
    ("en", "A ceasefire between Israel and Iran took effect early on Tuesday.", "08", "ISR", "IRN"),
    (
        "en",
        "The truce between Congo and Rwanda came into force on Friday.",
        "08",
        "COD",
        "RWA",
    ),
    (
        "en",
        "A ceasefire between Thailand and Cambodia will take effect at midnight on Monday.",
        "08",
        "THA",
        "KHM",
    ),
    (
        "en",
        "The ceasefire between Armenia and Azerbaijan has taken effect, officials said on Tuesday.",
        "08",
        "ARM",
        "AZE",
    ),
    (
        "id",
        "Gencatan senjata antara Israel dan Iran mulai berlaku pada Selasa (24/6) pagi.",
        "08",
        "ISR",
        "IRN",
    ),
    (
        "id",
        "Gencatan senjata antara India dan Pakistan resmi berlaku sejak Sabtu (10/5) sore.",
        "08",
        "IND",
        "PAK",
    ),
    (
        "id",
        "Gencatan senjata Thailand dan Kamboja berlaku sejak Senin (28/7) tengah malam.",
        "08",
        "THA",
        "KHM",
    ),
    # withdrawals from a place
    ("en", "Israeli forces will withdraw from southern Syria within two weeks.", "08", "ISR", "SYR"),
    ("en", "Russian forces withdrew from the Ukrainian city of Kherson on Friday.", "08", "RUS", "UKR"),
    # shows of force
    (
        "en",
        "Taiwan scrambled jets on Friday as Chinese warplanes crossed the median line.",
        "15",
        "TWN",
        "CHN",
    ),
    (
        "id",
        "Angkatan Udara Filipina menerbangkan jet tempur pada Selasa (10/6) untuk memantau kapal China.",
        "15",
        "PHL",
        "CHN",
    ),
    (
        "id",
        "Korea Utara kembali menerbangkan balon berisi sampah ke Korea Selatan pada Minggu (2/6).",
        "15",
        "PRK",
        "KOR",
    ),
    ("en", "North Korea sent hundreds of trash balloons into South Korea on Sunday.", "15", "PRK", "KOR"),
    ("id", "Korea Utara mengirim balon sampah ke Korea Selatan pada Sabtu (8/6).", "15", "PRK", "KOR"),
    # violent protest
    (
        "en",
        "Demonstrators threw fireworks at police outside the parliament in Tbilisi on Thursday.",
        "14",
        "GEO",
        "GEO",
    ),
    ("en", "Protesters threw stones at police in Nairobi on Friday.", "14", "KEN", "KEN"),
    ("id", "Massa melempari polisi dengan batu di Nairobi, Kenya, pada Jumat (13/6).", "14", "KEN", "KEN"),
    (
        "id",
        "Pengunjuk rasa melemparkan batu ke arah polisi di depan gedung DPR, Jakarta, pada Kamis (28/8).",
        "14",
        "IDN",
        "IDN",
    ),
    # tariffs
    (
        "id",
        "Amerika Serikat menggandakan tarif atas produk baja dari Kanada menjadi 50 persen pada Rabu (4/6).",
        "16",
        "USA",
        "CAN",
    ),
    (
        "id",
        "Amerika Serikat menggandakan tarif atas barang-barang India menjadi 50 persen pada Rabu (27/8).",
        "16",
        "USA",
        "IND",
    ),
    (
        "en",
        "Washington is doubling duties on Brazilian goods to 50 percent from August 1.",
        "16",
        "USA",
        "BRA",
    ),
    ("en", "The United States doubled tariffs on Canadian steel on Friday.", "16", "USA", "CAN"),
    # agreeing to do something
    (
        "id",
        "Malaysia dan Singapura sepakat menurunkan tarif listrik lintas batas pada Kamis (12/6).",
        "05",
        "MYS",
        "SGP",
    ),
    ("id", "Jepang dan Korea Selatan sepakat memangkas tarif impor pada Jumat (13/6).", "05", "JPN", "KOR"),
    # visits to a place: the place's country is the host
    (
        "id",
        "Presiden Prabowo Subianto dijadwalkan menghadiri parade militer di Lapangan Merah, Moskow, pada "
        "Jumat (9/5).",
        "04",
        "IDN",
        "RUS",
    ),
    (
        "id",
        "Perdana Menteri India Narendra Modi menghadiri upacara di Lapangan Tiananmen, Beijing, pada Rabu "
        "(3/9).",
        "04",
        "IND",
        "CHN",
    ),
    (
        "id",
        "Setelah dari Tokyo, Presiden Prabowo Subianto dijadwalkan melanjutkan kunjungan kerja ke Belanda.",
        "04",
        "IDN",
        "NLD",
    ),
    (
        "id",
        "Perdana Menteri Malaysia Anwar Ibrahim melakukan kunjungan kenegaraan ke Turki pada Senin (9/6).",
        "04",
        "MYS",
        "TUR",
    ),
    (
        "en",
        "Prime Minister Anthony Albanese will attend a military parade in Tiananmen Square, Beijing, on "
        "Wednesday.",
        "04",
        "AUS",
        "CHN",
    ),
    # a delegation acts for its leader; joined X for talks
    (
        "en",
        "Chinese Vice Premier He Lifeng led a delegation to Geneva on Saturday for talks with US Treasury "
        "Secretary Scott Bessent.",
        "04",
        "CHN",
        "USA",
    ),
    (
        "en",
        "Turkish Foreign Minister Hakan Fidan led a large delegation to Damascus on Monday for talks with "
        "Syrian President Ahmed al-Sharaa.",
        "04",
        "TUR",
        "SYR",
    ),
    (
        "id",
        "Wakil Perdana Menteri Rusia Alexander Novak memimpin delegasi ke Damaskus pada Senin (8/9) dan "
        "bertemu Presiden Suriah Ahmed al-Sharaa.",
        "04",
        "RUS",
        "SYR",
    ),
    (
        "en",
        "On Thursday, Zelensky joined French President Emmanuel Macron and other European leaders in Paris "
        "for talks on security guarantees.",
        "04",
        "UKR",
        "FRA",
    ),
    (
        "en",
        "On Monday, Lee Jae-myung joined Japanese Prime Minister Shigeru Ishiba in Tokyo for talks on trade.",
        "04",
        "KOR",
        "JPN",
    ),
    # warrants
    (
        "en",
        "The International Criminal Court issued an arrest warrant for Russian President Vladimir Putin on "
        "Friday.",
        "11",
        None,
        "RUS",
    ),
]


@pytest.mark.parametrize(("lang", "body", "root", "c1", "c2"), CASES)
def test_a_class_of_construction_is_coded(lang: str, body: str, root: str, c1: str, c2: str) -> None:
    rows = coded(body, lang)
    assert found(rows, root, c1, c2), [
        (r["cameo_code"], r["actor1_country"], r["actor2_country"]) for r in rows
    ]


@pytest.mark.parametrize(
    ("lang", "body", "agent"),
    [
        (
            "en",
            "Kyiv accused Russian troops of executing Ukrainian prisoners near Pokrovsk on Wednesday.",
            "RUS",
        ),
        (
            "id",
            "Kementerian Pertahanan Ukraina menuding Rusia menyerang rumah sakit di Kharkiv pada Kamis "
            "(12/6).",
            "RUS",
        ),
        (
            "en",
            "The Philippine coast guard accused China of ramming a Philippine supply boat on Monday.",
            "CHN",
        ),
    ],
)
def test_an_accused_act_is_alleged_and_done_by_the_accused(lang: str, body: str, agent: str) -> None:
    acts = [r for r in coded(body, lang) if r["cameo_code"][:2] == "19"]
    assert [(r["actor1_country"], r["modality"]) for r in acts] == [(agent, "alleged")], acts


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        (
            "en",
            "On Sunday, the State Security Service said it had detained four opposition figures on charges "
            "of sabotage.",
        ),
        (
            "en",
            "On Sunday, Georgia's State Security Service said it had detained three opposition activists.",
        ),
    ],
)
def test_it_after_a_saying_is_the_speaker(lang: str, body: str) -> None:
    rows = [r for r in coded(body, lang) if r["cameo_code"][:2] == "17"]
    assert rows and "State Security Service" in rows[0]["actor1_name"], rows


@pytest.mark.parametrize(
    ("lang", "body", "first", "second"),
    [
        (
            "en",
            "Israel struck Iranian air defences on Friday. Hours later, Iran launched around 100 drones "
            "towards Israeli territory.",
            ("ISR", "IRN"),
            ("IRN", "ISR"),
        ),
        (
            "id",
            "Militer Thailand menggempur posisi militer Kamboja pada Kamis (24/7). Militer Kamboja kemudian "
            "menembakkan roket ke wilayah Thailand pada Kamis (24/7).",
            ("THA", "KHM"),
            ("KHM", "THA"),
        ),
        (
            "en",
            "Pakistan launched air strikes on Afghan border posts on Saturday. Afghan forces fired rockets "
            "at Pakistani positions on Saturday.",
            ("PAK", "AFG"),
            ("AFG", "PAK"),
        ),
    ],
)
def test_each_side_attacking_the_other_is_two_events(
    lang: str, body: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    attacks = [
        (r["actor1_country"], r["actor2_country"]) for r in coded(body, lang) if r["cameo_code"][:2] == "19"
    ]
    assert first in attacks and second in attacks, attacks


@pytest.mark.parametrize(
    ("lang", "body", "root", "pair", "day"),
    [
        (
            "en",
            "Japanese Prime Minister Shigeru Ishiba visited Vietnam on Friday, his first visit to Vietnam "
            "since 2023.",
            "04",
            ("JPN", "VNM"),
            "2025-09-26",
        ),
        (
            "en",
            "Indian Prime Minister Narendra Modi arrived in China on Sunday, his first visit to China since "
            "2018.",
            "04",
            ("IND", "CHN"),
            "2025-09-28",
        ),
        (
            "id",
            "Gencatan senjata antara Israel dan Iran mulai berlaku pada Selasa (24/6) pagi.",
            "08",
            ("ISR", "IRN"),
            "2025-06-24",
        ),
        (
            "en",
            "Israel struck Iranian air defences on Friday. Hours later, Iran launched around 100 drones "
            "towards Israeli territory.",
            "19",
            ("IRN", "ISR"),
            "2025-09-26",
        ),
    ],
)
def test_the_date_is_the_events_own(lang: str, body: str, root: str, pair: tuple[str, str], day: str) -> None:
    rows = found(coded(body, lang), root, *pair)
    assert rows and all(str(r["date_start"]) == day for r in rows), rows


# Constructions that must NOT yield the event (root) a careless rule would code.
NEGATIVES = [
    ("en", "Trump accused Zelensky of gambling with World War Three.", "19"),
    ("id", "Kelompok itu dituding melakukan genosida terhadap warga sipil.", "20"),
    ("en", "The government scrambled to contain the outbreak on Friday.", "15"),
    ("en", "Former president Joko Widodo threw his support behind the candidate on Friday.", "14"),
    ("id", "Kedua negara sepakat bahwa perdagangan harus ditingkatkan.", "05"),
    ("en", "The new tariffs took effect on Friday.", "08"),
    ("en", "The peace talks between Armenia and Azerbaijan took place in Abu Dhabi on Friday.", "08"),
    ("id", "Kunjungan Menlu Korea Utara itu terjadi saat perang di Ukraina masih berlangsung.", "04"),
    (
        "en",
        "Before flying to Washington, South Korean President Lee Jae-myung stopped in Tokyo on Saturday.",
        "04",
    ),
    (
        "id",
        "Sebelum terbang ke Washington, Presiden Korea Selatan Lee Jae-myung singgah di Tokyo pada Sabtu "
        "(23/8).",
        "04",
    ),
    ("en", "Putin also invited Kim to visit Russia, the Kremlin said.", "04"),
    ("id", "Surat perintah penangkapan yang diterbitkan pada November itu masih berlaku.", "11"),
    ("en", "The delegation will issue a statement on Friday.", "11"),
]


@pytest.mark.parametrize(("lang", "body", "root"), NEGATIVES)
def test_a_lookalike_is_not_coded(lang: str, body: str, root: str) -> None:
    rows = coded(body, lang)
    assert not [r for r in rows if r["cameo_code"].startswith(root)], rows


@pytest.mark.parametrize(
    ("lang", "body", "agent"),
    [
        (
            "en",
            "Al-Sharaa's forces toppled longtime leader Bashar Assad in December after a lightning "
            "offensive.",
            "Ahmed al-Sharaa",
        ),
        (
            "id",
            "Kelompok pemberontak yang dipimpin Ahmed al-Sharaa menggulingkan Presiden Bashar al-Assad pada "
            "Desember 2024.",
            "Ahmed al-Sharaa",
        ),
        (
            "en",
            "Hemedti's fighters attacked the Zamzam camp near El Fasher on Sunday.",
            "Mohamed Hamdan Dagalo",
        ),
    ],
)
def test_an_armed_group_acts_for_its_leader(lang: str, body: str, agent: str) -> None:
    attacks = [r for r in coded(body, lang) if r["cameo_code"][:2] == "19"]
    assert attacks and attacks[0]["actor1_name"] == agent, attacks


def test_a_national_force_keeps_its_country() -> None:
    rows = [
        r for r in coded("Russian forces attacked Kharkiv on Sunday.", "en") if r["cameo_code"][:2] == "19"
    ]
    assert [(r["actor1_country"], r["actor2_country"]) for r in rows] == [("RUS", "UKR")], rows


def test_one_side_reported_twice_still_folds() -> None:
    body = (
        "Russia launched a massive drone attack on Kyiv on Sunday. The Russian attack on Kyiv on Sunday "
        "killed three people, Ukrainian officials said."
    )
    attacks = [r for r in coded(body, "en") if r["cameo_code"][:2] == "19"]
    assert len(attacks) == 1, attacks


def test_a_delegation_of_no_named_leader_is_left_alone() -> None:
    rows = coded("A Chinese delegation held talks with US officials in Geneva on Saturday.", "en")
    assert all("+delegation_leader" not in r["rule"] for r in rows), rows
