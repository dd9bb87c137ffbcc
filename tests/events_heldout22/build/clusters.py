"""clusters.json: two positive pairs (Iran's drone and missile attack on Israel, 13-14 April 2024; Prabowo
and Erdogan in Ankara, 9-10 April 2025) and one negative pair.

The negative pair is Argentina's two general strikes against Milei: the CGT's 12-hour strike of 24 Jan 2024
(Reuters) and its 24-hour strike of 9 May 2024 (Tempo): same actors, same kind of act, fifteen weeks apart,
and neither page recalls the other's day, so each stays alone. The main event of every single page is listed
alone too, so that two arrests, visits or strikes merged across pages count as errors."""

from common import write_clusters

IRAN_EN = "en_01_ap_iran_launches_drones_missiles_at_israel.txt"
IRAN_ID = "id_01_cnnindonesia_iran_serang_israel.txt"
ANKARA_ID = "id_02_antara_prabowo_bertemu_erdogan_di_ankara.txt"
ANKARA_EN = "en_02_jakartapost_prabowo_erdogan_ankara.txt"
STRIKE_JAN = "en_03_reuters_argentina_unions_strike_against_milei.txt"
STRIKE_MAY = "id_03_tempo_mogok_nasional_lumpuhkan_argentina.txt"

SHARED_IRAN = [
    "iran_attacks_israel_2024_04_13",
    "allies_shoot_down_drones_2024_04_13",
    "strike_on_damascus_consulate_2024_04_01",
    "biden_calls_netanyahu_2024_04_13",
    "biden_convenes_g7_2024_04_14",
    "irgc_seizes_msc_aries_2024_04_13",
    "unsc_emergency_meeting_2024_04_14",
]
SHARED_ANKARA = [
    "prabowo_erdogan_talks_2025_04_10",
    "prabowo_arrives_ankara_2025_04_09",
    "erdogan_visits_indonesia_2025_02",
    "agree_defense_coproduction_2025_04_10",
    "israel_resumes_gaza_offensive_2025_03",
    "prabowo_antalya_forum_2025_04_11",
]
ALONE = [
    (STRIKE_JAN, "cgt_general_strike_2024_01_24"),
    (STRIKE_MAY, "cgt_general_strike_2024_05_09"),
    (STRIKE_JAN, "court_suspends_labor_chapter_2024_01"),
    ("en_04_cna_philippines_demands_china_return_rifles.txt", "china_cg_boards_philippine_boats_2024_06_17"),
    ("en_05_afp_niger_revokes_military_accord_with_us.txt", "niger_revokes_us_military_accord_2024_03_16"),
    ("id_04_kompas_assad_kabur_ke_moskwa.txt", "hts_captures_damascus_2024_12_08"),
    (
        "id_05_liputan6_israel_gelar_operasi_tembok_besi_di_jenin.txt",
        "israel_launches_iron_wall_jenin_2025_01_21",
    ),
    ("id_06_detik_polisi_tangkap_pegawai_komdigi_judi_online.txt", "police_arrest_komdigi_staff_2024_11_01"),
    ("id_07_kumparan_to_lam_bertemu_xi_jinping_di_beijing.txt", "to_lam_xi_talks_2024_08_19"),
]

groups = [[[IRAN_EN, gid], [IRAN_ID, gid]] for gid in SHARED_IRAN]
groups += [[[ANKARA_ID, gid], [ANKARA_EN, gid]] for gid in SHARED_ANKARA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
