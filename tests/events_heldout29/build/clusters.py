"""clusters.json: two positive pairs (Israeli fire on UNIFIL's Naqoura headquarters, 10 Oct 2024; Biden and
Xi in Lima, 16 Nov 2024) and one negative pair.

The negative pair is two court rulings against a named party on different days: the ICJ ordering Israel
to halt its Rafah offensive on 24 May 2024 (Al Jazeera) and a Bogota court convicting Alvaro Uribe on
28 July 2025 (Tempo). Same kind of act, a court and a defendant, fourteen months apart, and neither page
recalls the other, so each stays alone. The main event of every single page is listed alone too, so that
two arrests, rulings or summonses merged across pages count as errors."""

from common import write_clusters

UNIFIL_EN = "en_01_reuters_israeli_tank_fire_wounds_two_unifil_peacekeepers.txt"
UNIFIL_ID = "id_01_kompas_dua_prajurit_tni_unifil_terluka.txt"
LIMA_EN = "en_02_ap_biden_and_xi_meet_in_lima.txt"
LIMA_ID = "id_02_cnnindonesia_biden_xi_bertemu_di_lima.txt"
ICJ = "en_03_aljazeera_icj_orders_israel_to_halt_rafah_offensive.txt"
URIBE = "id_03_tempo_mantan_presiden_kolombia_uribe_divonis_bersalah.txt"

SHARED_UNIFIL = [
    "israel_fires_on_unifil_hq_2024_10_10",
    "israel_fires_on_labbouneh_post_2024_10_09",
    "italy_summons_israeli_envoy_2024_10_10",
    "israel_ground_operation_lebanon_2024_10_01",
]
SHARED_LIMA = [
    "biden_xi_meet_lima_2024_11_16",
    "biden_xi_agree_human_control_nuclear_2024_11_16",
    "biden_xi_woodside_2023_11",
    "biden_ishiba_yoon_trilateral_2024_11_15",
    "biden_visits_manaus_planned_2024_11_17",
]
ALONE = [
    (ICJ, "icj_orders_israel_halt_rafah_2024_05_24"),
    (URIBE, "bogota_court_convicts_uribe_2025_07_28"),
    (ICJ, "icj_january_order_2024_01"),
    (URIBE, "supreme_court_orders_house_arrest_2020_08"),
    ("en_04_bbc_national_guard_arrives_in_los_angeles.txt", "national_guard_deployed_la_2025_06_08"),
    ("en_05_afp_iran_seizes_israel_linked_container_ship.txt", "irgc_seizes_msc_aries_2024_04_13"),
    (
        "id_04_antara_anura_kumara_dissanayake_dilantik_presiden_sri_lanka.txt",
        "jha_meets_dissanayake_2024_09_22",
    ),
    ("id_05_detik_kpk_tahan_pj_wali_kota_pekanbaru.txt", "kpk_detains_risnandar_2024_12_03"),
    ("id_06_liputan6_jerman_tutup_konsulat_iran.txt", "germany_closes_iran_consulates_2024_10_31"),
    ("id_06_liputan6_jerman_tutup_konsulat_iran.txt", "germany_summons_iran_charge_2024_10_29"),
    ("id_07_kumparan_rusia_tangkap_pelaku_serangan_crocus_city_hall.txt", "fsb_arrests_eleven_2024_03_23"),
]

groups = [[[UNIFIL_EN, gid], [UNIFIL_ID, gid]] for gid in SHARED_UNIFIL]
groups += [[[LIMA_EN, gid], [LIMA_ID, gid]] for gid in SHARED_LIMA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
