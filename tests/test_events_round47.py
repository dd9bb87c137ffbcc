"""Round 47: rescuers, field hospitals and relief planes sent abroad are aid; a crowd pelting someone with
mud or stones; a presidential decree of amnesty or abolition signed for someone; a court blocking the
government from acting (and nobody else's blocking); a tour of a place or an inspection of a disaster site
at home visits the visitor's own country."""

from __future__ import annotations

import event_rows

PUBLISHED = "2025-11-23"  # a Sunday


def rows_of(body: str, lang: str = "id", dateline: str | None = None) -> list[dict]:
    return event_rows.coded(body, lang, PUBLISHED, dateline)


def coded(rows: list[dict], root: str) -> list[dict]:
    return [r for r in rows if r["cameo_code"].startswith(root)]


def test_rescuers_flown_abroad_are_aid() -> None:
    rows = rows_of(
        "Japan's foreign ministry said on Saturday it had flown 60 rescuers and a field hospital to Nepal.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("JPN", "NPL")


def test_search_and_rescue_teams_sent_name_their_destination_or_the_storys_country() -> None:
    rows = rows_of(
        "Turkey sent search-and-rescue teams to Morocco on Saturday after the quake, officials said.", "en"
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("TUR", "MAR")


def test_a_relief_plane_is_aid() -> None:
    rows = rows_of(
        "Australia dispatched a military transport plane carrying 20 tonnes of relief supplies to Fiji "
        "on Saturday.",
        "en",
    )
    (aid,) = coded(rows, "07")
    assert aid["actor2_country"] == "FJI"
    id_rows = rows_of(
        "Jepang menerbangkan pesawat angkut berisi 12 ton bantuan ke Filipina pada Sabtu (22/11)."
    )
    (aid,) = coded(id_rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("JPN", "PHL")


def test_rescue_personnel_sent_in_indonesian_are_aid() -> None:
    rows = rows_of(
        "Pemerintah Korea Selatan mengirim tim pencarian dan penyelamatan ke Turki pada Sabtu (22/11)."
    )
    (aid,) = coded(rows, "07")
    assert (aid["actor1_country"], aid["actor2_country"]) == ("KOR", "TUR")


def test_pelting_a_leader_with_mud_is_a_violent_protest() -> None:
    rows = rows_of(
        "Residents pelted Prime Minister Keir Starmer with eggs and mud during his visit to the flooded "
        "town on Saturday.",
        "en",
    )
    (riot,) = coded(rows, "14")
    assert riot["actor2_name"] == "Keir Starmer"
    id_rows = rows_of(
        "Warga yang marah melempari Perdana Menteri Thailand Anutin Charnvirakul dengan lumpur "
        "di Hat Yai, Sabtu (22/11)."
    )
    (riot,) = coded(id_rows, "14")
    assert riot["actor2_name"] == "Anutin Charnvirakul"


def test_a_signed_decree_of_amnesty_frees_its_patient() -> None:
    rows = rows_of(
        "Presiden Prabowo Subianto meneken keputusan presiden tentang amnesti untuk Budi Santoso "
        "pada Sabtu (22/11)."
    )
    (release,) = coded(rows, "08")
    assert release["cameo_code"] == "0841" and release["actor1_name"] == "Prabowo Subianto"
    en = rows_of("President Joe Biden signed pardons for five activists on Friday.", "en")
    (release,) = coded(en, "08")
    assert release["cameo_code"] == "0841"


def test_a_court_blocking_the_government_coerces_it_and_a_minister_blocking_does_not() -> None:
    rows = rows_of(
        "A federal judge on Friday temporarily blocked President Donald Trump from deploying troops "
        "to Portland.",
        "en",
        "PORTLAND",
    )
    (ruling,) = coded(rows, "17")
    assert ruling["actor1_country"] == "USA" and ruling["actor2_name"] == "Donald Trump"
    minister = rows_of(
        "Defence Minister Richard Marles blocked Prime Minister Anthony Albanese from sending troops "
        "to the border on Friday.",
        "en",
    )
    assert coded(minister, "17") == [] and coded(minister, "10") == []


def test_inspecting_a_disaster_site_at_home_visits_the_own_country() -> None:
    rows = rows_of(
        "Gubernur Jawa Timur Khofifah Indar Parawansa meninjau lokasi banjir di Pasuruan pada Sabtu (22/11)."
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_name"] == "Khofifah Indar Parawansa" and visit["actor2_country"] == "IDN"


def test_a_tour_of_a_place_abroad_still_visits_its_host() -> None:
    rows = rows_of(
        "President Emmanuel Macron toured the storm-hit Philippine city of Cebu on Saturday.", "en"
    )
    (visit,) = coded(rows, "04")
    assert visit["actor1_country"] == "FRA" and visit["actor2_country"] == "PHL"
    home = rows_of(
        "Prime Minister Mark Carney toured the flood-hit Quebec town of Gatineau on Saturday.", "en"
    )
    (visit,) = coded(home, "04")
    assert visit["actor2_country"] == "CAN"


def test_an_official_appealing_to_bare_residents_addresses_his_own_people() -> None:
    # The story is about Chile (dateline), yet the Peruvian minister's `warga` are Peruvians.
    rows = rows_of(
        "Gempa kuat mengguncang Chile. Menteri Luar Negeri Peru Elmer Schialer meminta warga menjauhi "
        "pantai pada Sabtu (22/11).",
        dateline="SANTIAGO",
    )
    (appeal,) = coded(rows, "02")
    assert appeal["actor1_country"] == "PER" and appeal["actor2_country"] == "PER"
