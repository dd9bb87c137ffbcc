"""clusters.json: two positive pairs (Trump hosting Ishiba at the White House, 7 Feb 2025; Maduro's third
inauguration and the sanctions of 10 Jan 2025, with the opposition march and Machado's detention of 9 Jan)
and one negative pair.

The negative pair is two captures of North Korean soldiers by Ukrainian forces in Russia's Kursk region: a
wounded soldier taken in the week of 23 Dec 2024 who died a day later (Reuters, 27 Dec) and two soldiers
taken on 9 Jan 2025 (Detik, 12 Jan): same actors, same act, same place, about two weeks apart, and neither
page recalls the other, so each stays alone. The main events of the single pages are listed alone too, so
that two strikes, meetings, signings or arrests merged across pages count as errors."""

from common import write_clusters

ISHIBA_EN = "en_01_reuters_trump_ishiba_pledge_golden_age.txt"
ISHIBA_ID = "id_01_kompas_trump_terima_ishiba_di_gedung_putih.txt"
MADURO_EN = "en_02_afp_maduro_sworn_in_as_us_eu_impose_sanctions.txt"
MADURO_ID = "id_02_cnnindonesia_maduro_dilantik_as_dan_ue_jatuhkan_sanksi.txt"
CAPTIVE_EN = "en_03_reuters_north_korean_soldier_captured_by_ukraine_dies.txt"
CAPTIVES_ID = "id_03_detik_zelensky_ukraina_tangkap_dua_tentara_korut.txt"
TUTOR = "en_04_ap_houthi_attacked_ship_tutor_sinks.txt"
AL_JAZEERA = "en_05_aljazeera_israel_kills_al_jazeera_journalists_in_gaza_city.txt"
RAA = "id_04_antara_jepang_filipina_teken_perjanjian_akses_timbal_balik.txt"
JAKTV = "id_05_tempo_kejagung_tetapkan_direktur_pemberitaan_jaktv_tersangka.txt"
ROMANIA = "id_06_kumparan_mahkamah_konstitusi_rumania_batalkan_pilpres.txt"
ASTANA = "id_07_liputan6_putin_dan_erdogan_bertemu_di_astana.txt"

SHARED_ISHIBA = [
    "trump_ishiba_talks_2025_02_07",
    "ishiba_arrives_washington_2025_02_06",
    "ishiba_pledges_investment_2025_02_07",
    "biden_blocks_nippon_steel_2025_01",
    "us_japan_joint_statement_2025_02_07",
    "trump_reciprocal_tariffs_planned_2025_02",
]
SHARED_MADURO = [
    "us_sanctions_venezuelan_officials_2025_01_10",
    "eu_sanctions_venezuelan_officials_2025_01_10",
    "opposition_march_caracas_2025_01_09",
    "machado_detained_2025_01_09",
]
ALONE = [
    (CAPTIVE_EN, "ukraine_captures_nk_soldier_2024_12"),
    (CAPTIVES_ID, "ukraine_captures_two_nk_soldiers_2025_01_09"),
    (CAPTIVES_ID, "zelensky_offers_swap_to_kim_2025_01_12"),
    (MADURO_EN, "uk_sanctions_venezuelan_officials_2025_01_10"),
    (TUTOR, "houthis_attack_tutor_2024_06_12"),
    (TUTOR, "houthis_attack_verbena_2024_06_13"),
    (AL_JAZEERA, "israel_kills_al_jazeera_journalists_2025_08_10"),
    (AL_JAZEERA, "israel_kills_al_ghoul_2024_07_31"),
    (RAA, "japan_philippines_sign_raa_2024_07_08"),
    (JAKTV, "kejagung_names_jaktv_director_suspect_2025_04_22"),
    (JAKTV, "kejagung_detains_tian_junaedi_2025_04_22"),
    (ROMANIA, "romania_court_annuls_election_2024_12_06"),
    (ASTANA, "putin_erdogan_meet_astana_2024_07_03"),
    (ASTANA, "putin_erdogan_sochi_2023_09"),
    (ASTANA, "putin_xi_talks_astana_2024_07_03"),
]

groups = [[[ISHIBA_EN, gid], [ISHIBA_ID, gid]] for gid in SHARED_ISHIBA]
groups += [[[MADURO_EN, gid], [MADURO_ID, gid]] for gid in SHARED_MADURO]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
