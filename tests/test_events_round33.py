"""Round 33: denials dated by the publication window; one strike that hit a place; weapons named by their
maker; possessives (`its airspace`, `wilayah udaranya`, `its air force`); gunmen; investigators questioning
someone; travel bans; army secretaries; phone calls told by what follows the name; purposes dated apart;
`pada hari yang sama` after a background year; the years a case covers; a date told in the next sentence's
passive retelling."""

from __future__ import annotations

import event_rows
import pytest

from kabar.events.actors import article_actors

PUBLISHED = "2025-06-14"  # a Saturday


def rows_of(body: str, lang: str = "en", published: str = PUBLISHED) -> list[dict]:
    return event_rows.coded(body, lang, published)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def days(rows: list[dict]) -> list[tuple[str, str]]:
    return [(r["date_start"].isoformat(), r["date_end"].isoformat()) for r in rows]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Kementerian Luar Negeri Kamboja menuduh Thailand menembaki desa. "
            "Thailand membantah tudingan itu.",
            "id",
        ),
        ("Kenya accused Somalia of harbouring fighters. Mogadishu denied the accusation.", "en"),
    ],
)
def test_an_undated_denial_was_made_in_the_days_before_publication(body: str, lang: str) -> None:
    denials = [r for r in rows_of(body, lang) if r["modality"] == "denied"]
    assert denials
    assert days(denials) == [("2025-06-13", "2025-06-14")]
    assert all(r["date_precision"] == "unknown" and r["event_date"] is None for r in denials)


@pytest.mark.parametrize(
    "body",
    [
        "A Russian missile hit an apartment block in Odesa on Tuesday.",
        "An Israeli drone strike has struck a car in Beirut on Tuesday.",
    ],
)
def test_one_strike_that_hit_a_place_is_an_attack(body: str) -> None:
    attacks = coded(rows_of(body), "19")
    assert [(r["actor1_country"], r["location_country"], r["date_start"].isoformat()) for r in attacks] == [
        (attacks[0]["actor1_country"], attacks[0]["location_country"], "2025-06-10")
    ]
    assert attacks[0]["actor1_country"] in ("RUS", "ISR")
    assert attacks[0]["location_country"] in ("UKR", "LBN")


def test_a_labour_strike_that_hit_a_port_is_no_attack() -> None:
    assert coded(rows_of("A general strike hit the port of Rotterdam on Tuesday."), "19") == []


@pytest.mark.parametrize(
    ("body", "lang", "maker"),
    [
        ("Ukraine fired British-made Storm Shadow missiles at a Russian airbase on Tuesday.", "en", "GBR"),
        ("Kyiv launched U.S.-supplied rockets at Russian positions on Tuesday.", "en", "USA"),
        (
            "Ukraina menembakkan rudal Storm Shadow buatan Inggris ke pangkalan udara Rusia pada Selasa.",
            "id",
            "GBR",
        ),
    ],
)
def test_the_country_a_weapon_comes_from_is_no_side(body: str, lang: str, maker: str) -> None:
    attacks = coded(rows_of(body, lang), "1")  # a launch (15) or an attack (19)
    assert attacks
    assert all(maker not in (r["actor1_country"], r["actor2_country"]) for r in attacks)
    assert all(r["actor2_country"] == "RUS" for r in attacks)


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            "Lithuania summoned Belarus's envoy after two Belarusian helicopters entered its airspace "
            "on Tuesday.",
            "en",
        ),
        (
            "Rumania memanggil duta besar Rusia setelah drone Rusia memasuki wilayah udaranya pada Selasa.",
            "id",
        ),
    ],
)
def test_its_airspace_belongs_to_the_country_told_before(body: str, lang: str) -> None:
    intrusions = coded(rows_of(body, lang), "15")
    assert [(r["actor1_country"], r["actor2_country"]) for r in intrusions] in (
        [("BLR", "LTU")],
        [("RUS", "ROU")],
    )


def test_its_air_force_is_the_countrys() -> None:
    rows = rows_of("Romania said its air force and allied jets shot down Russian drones on Tuesday.")
    assert [(r["actor1_country"], r["actor2_country"]) for r in coded(rows, "19")] == [("ROU", "RUS")]


def test_a_violation_of_another_countrys_airspace_in_indonesian() -> None:
    rows = rows_of("Dua jet tempur Rusia melanggar wilayah udara Finlandia pada Selasa (10/6).", "id")
    assert [(r["actor1_country"], r["actor2_country"]) for r in coded(rows, "15")] == [("RUS", "FIN")]


def test_gunmen_are_a_side_in_indonesian() -> None:
    rows = rows_of(
        "Sekelompok pria bersenjata melepaskan tembakan ke arah sebuah bus di Karachi pada Selasa (10/6).",
        "id",
    )
    attacks = coded(rows, "18") + coded(rows, "19")
    assert [(r["actor1_name"], r["location_country"]) for r in attacks] == [("pria bersenjata", "PAK")]


@pytest.mark.parametrize(
    ("body", "person"),
    [
        (
            "Mantan Gubernur Zumi Zola diperiksa penyidik KPK selama enam jam pada Selasa (10/6).",
            "Zumi Zola",
        ),
        (
            "Pada Selasa (10/6), penyidik juga memeriksa mantan Wali Kota Medan Bobby Nasution "
            "sebagai saksi.",
            "Bobby Nasution",
        ),
    ],
)
def test_investigators_questioning_someone(body: str, person: str) -> None:
    probes = coded(rows_of(body, "id"), "09")
    assert [(r["actor2_name"], r["date_start"].isoformat()) for r in probes] == [(person, "2025-06-10")]


def test_a_technical_check_is_no_questioning() -> None:
    assert coded(rows_of("Petugas memeriksa lokasi kebakaran di Medan pada Selasa (10/6).", "id"), "09") == []


def test_a_travel_ban_on_a_former_minister() -> None:
    rows = rows_of(
        "Kejaksaan Agung mencegah mantan Menteri Perdagangan Enggartiasto Lukita bepergian ke luar negeri "
        "pada Selasa (10/6).",
        "id",
    )
    assert [(r["actor1_name"], r["actor2_name"]) for r in coded(rows, "17")] == [
        ("Kejaksaan Agung", "Enggartiasto Lukita")
    ]


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Menteri Angkatan Laut AS John Phelan tiba di Manila pada Selasa (10/6).", "id"),
        ("U.S. Navy Secretary John Phelan arrived in Manila on Tuesday.", "en"),
    ],
)
def test_an_army_or_navy_secretary_is_his_countrys(body: str, lang: str) -> None:
    visits = coded(rows_of(body, lang), "04")
    assert [(r["actor1_country"], r["actor2_country"] or r["location_country"]) for r in visits] == [
        ("USA", "PHL")
    ]


def test_a_phone_call_told_by_what_follows_the_name() -> None:
    rows = rows_of("Macron called Zelensky on Tuesday to offer his condolences after the strike on Kyiv.")
    assert [(r["actor1_name"], r["actor2_name"]) for r in coded(rows, "04")] == [
        ("Emmanuel Macron", "Volodymyr Zelensky")
    ]


def test_calling_someone_names_is_no_phone_call() -> None:
    assert coded(rows_of("Musk called Starmer a tyrant on Tuesday."), "04") == []


def test_a_purpose_dated_apart_from_the_trip_is_an_event_of_its_own() -> None:
    rows = rows_of(
        "Presiden Filipina Ferdinand Marcos Jr. dijadwalkan bertolak ke Tokyo pada Minggu (15/6) "
        "untuk bertemu "
        "Perdana Menteri Jepang Shigeru Ishiba pada Senin (16/6).",
        "id",
    )
    assert sorted((r["cameo_code"], r["date_start"].isoformat()) for r in coded(rows, "04")) == [
        ("040", "2025-06-16"),
        ("042", "2025-06-15"),
    ]


def test_a_purpose_without_its_own_date_stays_the_trips() -> None:
    rows = rows_of(
        "Presiden Filipina Ferdinand Marcos Jr. dijadwalkan bertolak ke Tokyo pada Minggu (15/6) "
        "untuk bertemu "
        "Perdana Menteri Jepang Shigeru Ishiba.",
        "id",
    )
    assert len(coded(rows, "04")) == 1


def test_a_ministry_named_with_a_list_of_fields_ends_before_the_name() -> None:
    body = "Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti menghadiri rapat di Jakarta."
    assert "Abdul Mu'ti" in [f.actor.name for f in article_actors(body, "id") if f.actor.kind == "person"]


def test_the_same_day_counts_from_the_last_day_told_not_a_background_year() -> None:
    rows = rows_of(
        "Kejaksaan Agung menahan mantan Direktur Utama PT Timah Riza Pahlevi pada Selasa (10/6). "
        "Kasus itu bermula pada 2018 ketika PT Timah menandatangani kerja sama dengan sejumlah smelter. "
        "Pada hari yang sama, penyidik juga memeriksa mantan Gubernur Bangka Belitung Erzaldi Rosman.",
        "id",
    )
    assert [r["date_start"].isoformat() for r in coded(rows, "09")] == ["2025-06-10"]


def test_the_years_a_case_covers_do_not_date_the_act() -> None:
    rows = rows_of(
        "Kejaksaan Agung menetapkan tiga orang sebagai tersangka kasus dugaan korupsi pengadaan satelit di "
        "Kementerian Pertahanan tahun 2015-2021.",
        "id",
    )
    assert all(r["date_start"].year == 2025 for r in rows)


def test_an_arrest_dated_by_the_next_sentences_passive_retelling() -> None:
    rows = rows_of(
        "Polda Jawa Timur menangkap seorang pria berinisial RS yang diduga menyebarkan hoaks. "
        "RS ditangkap di rumahnya di Malang pada Rabu, 11 Juni 2025.",
        "id",
    )
    assert [(r["date_start"].isoformat(), r["date_precision"]) for r in coded(rows, "17")] == [
        ("2025-06-11", "day")
    ]


def test_a_meeting_is_not_dated_by_the_next_sentences_welcome() -> None:
    rows = rows_of(
        "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim di Putrajaya. "
        "Prabowo disambut Anwar di Bandara Sepang pada Rabu (11/6).",
        "id",
    )
    meetings = [r for r in coded(rows, "04") if r["sentence"].startswith("Presiden Prabowo")]
    assert [r["date_precision"] for r in meetings] == ["unknown"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Gubernur Jambi Al Haris meresmikan jembatan itu.", "Al Haris"),
        ("Gubernur Jawa Barat Dedi Mulyadi menemui para pengunjuk rasa.", "Dedi Mulyadi"),
    ],
)
def test_a_governors_province_is_no_part_of_the_name(body: str, name: str) -> None:
    people = [f.actor for f in article_actors(body, "id") if f.actor.kind == "person"]
    assert [(a.name, a.country) for a in people] == [(name, "IDN")]


def test_an_indonesian_city_places_the_event() -> None:
    rows = rows_of("Polisi membubarkan demonstran di Semarang pada Selasa (10/6).", "id")
    assert [(r["location_name"], r["location_country"]) for r in coded(rows, "17")] == [("Semarang", "IDN")]
