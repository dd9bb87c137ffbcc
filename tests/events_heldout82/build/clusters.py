"""clusters.json: two positive pairs (the M23 entry into Uvira on 10 Dec 2025, the Washington accords of 4 Dec
and Kinshasa's accusation, France 24 and Okezone; the Singapore-Indonesia energy and industrial-zone memorandums
of 13 Jun 2025 and the planned 16 Jun Leaders' Retreat, Straits Times and Bisnis) and one negative pair.

The negative pair is two Polres arrests of motorcycle thieves: Lumajang, East Java, on 9 Oct 2025 (Suara) and
Lampung Tengah on 19 Nov 2025 (Tribun Lampung): same kind of actor and act (police arresting curanmor suspects,
a press statement, Pasal 363 KUHP), six weeks and two provinces apart, and neither page recalls the other, so
each stays alone. The main event of every single page is listed alone too."""

from common import write_clusters

UVIRA_EN = "en_01_france24_m23_rebels_enter_uvira_after_washington_accords.txt"
UVIRA_ID = "id_01_okezone_pemberontak_m23_masuki_kota_uvira_kongo.txt"
SG_EN = "en_02_straitstimes_singapore_indonesia_sign_energy_and_industrial_zone_pacts.txt"
SG_ID = "id_02_bisnis_ri_dan_singapura_teken_tiga_mou_energi_dan_kawasan_industri.txt"
LUMAJANG = "id_03_suara_polres_lumajang_tangkap_tiga_pelaku_curanmor_di_pasirian.txt"
LAMTENG = "id_04_tribunnews_polres_lampung_tengah_bekuk_dua_pencuri_motor_di_masjid.txt"

SHARED_UVIRA = [
    "m23_enters_uvira_2025_12_10",
    "washington_accords_signed_2025_12_04",
    "muyaya_accuses_rwanda_2025_12_10",
    "muyaya_urges_us_sanctions_2025_12_10",
]
SHARED_SG = [
    "energy_mous_signed_2025_06_13",
    "industrial_zone_mou_signed_2025_06_13",
    "leaders_retreat_planned_2025_06_16",
]
ALONE = [
    (LUMAJANG, "polres_lumajang_arrests_thieves_2025_10_09"),
    (LAMTENG, "polres_lamteng_arrests_thieves_2025_11_19"),
    (LUMAJANG, "kapolres_press_conference_2025_10_13"),
    (LAMTENG, "kasat_reskrim_statement_2025_11_20"),
    (UVIRA_EN, "m23_seized_goma_2025_01"),
    ("en_03_guardian_paraguay_police_fire_rubber_bullets_at_gen_z_protest.txt", "police_disperse_gen_z_protest_2025_09_28"),
    ("en_04_independent_starmer_meets_modi_in_mumbai_missile_deal.txt", "uk_india_missile_deal_2025_10_09"),
    ("en_04_independent_starmer_meets_modi_in_mumbai_missile_deal.txt", "uk_india_fta_signed_2025_07_24"),
    ("en_05_dw_dhaka_factory_fire_kills_16_warehouse_owner_arrested.txt", "police_arrest_warehouse_owner_2025_10_15"),
    (
        "id_05_mediaindonesia_kejari_polewali_mandar_tahan_dua_tersangka_korupsi_pasar_wonomulyo.txt",
        "kejari_detains_two_suspects_2025_12_02",
    ),
    ("id_06_merdeka_kantor_sar_manado_cari_penyelam_jerman_hilang_di_bunaken.txt", "sar_searches_for_diver_2025_12_08"),
    (
        "id_07_idntimes_ratusan_buruh_pt_daya_tekstil_mogok_tolak_phk_di_purwakarta.txt",
        "workers_strike_against_layoffs_2025_11_20",
    ),
]

groups = [[[UVIRA_EN, gid], [UVIRA_ID, gid]] for gid in SHARED_UVIRA]
groups += [[[SG_EN, gid], [SG_ID, gid]] for gid in SHARED_SG]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
