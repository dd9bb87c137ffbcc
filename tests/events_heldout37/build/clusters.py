"""clusters.json: two positive pairs (Russian MiG-31s over Estonia and the Article 4 request, 19 Sept 2025;
Prabowo and King Abdullah II in Amman, 13-14 April 2025) and one negative pair.

The negative pair is two Colombo protests broken up by Sri Lankan police with tear gas and water cannon: the
opposition SJB march against the Online Safety Act on 31 Jan 2024 (CNN Indonesia) and the IUSF students'
march on the education ministry on 14 May 2024 (AFP). Same actors, same acts (protest, tear gas, arrests,
a planned follow-up march), three and a half months apart, and neither page recalls the other, so each
stays alone. The main event of every single page is listed alone too, so that two arrests, meetings or
restrictions merged across pages count as errors."""

from common import write_clusters

ESTONIA_EN = "en_01_reuters_estonia_seeks_nato_talks_after_russian_jets_violate_airspace.txt"
ESTONIA_ID = "id_01_kompas_jet_tempur_rusia_langgar_wilayah_udara_estonia.txt"
AMMAN_ID = "id_02_antara_prabowo_dan_raja_abdullah_bahas_gaza_di_amman.txt"
AMMAN_EN = "en_02_jakartapost_prabowo_king_abdullah_agree_to_deepen_ties.txt"
SJB = "id_03_cnnindonesia_polisi_sri_lanka_tembakkan_gas_air_mata_ke_demo_oposisi.txt"
RICE = "id_06_tempo_satgas_pangan_tetapkan_tiga_tersangka_beras_oplosan.txt"
IUSF = "en_03_afp_sri_lanka_police_fire_tear_gas_at_student_protest.txt"

SHARED_ESTONIA = [
    "russian_jets_violate_estonia_2025_09_19",
    "estonia_requests_article4_2025_09_19",
    "estonia_summons_russian_envoy_2025_09_19",
    "nato_article4_talks_planned",
    "russia_denies_violation_2025_09_19",
    "poland_requests_article4_2025_09_10",
]
SHARED_AMMAN = [
    "prabowo_abdullah_talks_2025_04_14",
    "prabowo_arrives_amman_2025_04_13",
    "indonesia_jordan_agree_cooperation_2025_04_14",
    "prabowo_abdullah_dead_sea_2024_06",
]
ALONE = [
    (SJB, "police_tear_gas_sjb_march_2024_01_31"),
    (IUSF, "police_tear_gas_students_2024_05_14"),
    (SJB, "sjb_march_on_parliament_2024_01_31"),
    (IUSF, "iusf_march_2024_05_14"),
    (SJB, "police_arrest_four_protesters_2024_01_31"),
    (IUSF, "police_arrest_five_students_2024_05_14"),
    (SJB, "sjb_protest_planned_next_week"),
    (IUSF, "students_vow_protest_next_week"),
    ("en_04_ap_trump_hosts_germanys_merz_at_white_house.txt", "trump_hosts_merz_2025_06_05"),
    ("en_05_aljazeera_guinea_bissau_general_sworn_in_after_coup.txt", "military_seizes_power_2025_11_26"),
    ("en_05_aljazeera_guinea_bissau_general_sworn_in_after_coup.txt", "military_arrests_embalo_2025_11_26"),
    ("id_04_liputan6_kongres_peru_copot_presiden_boluarte.txt", "congress_removes_boluarte_2025_10_09"),
    ("id_05_detik_kpk_cegah_yaqut_ke_luar_negeri.txt", "kpk_bans_yaqut_travel_2025_08_11"),
    (
        "id_06_tempo_satgas_pangan_tetapkan_tiga_tersangka_beras_oplosan.txt",
        "satgas_names_three_suspects_2025_07_24",
    ),
    ("id_07_kumparan_lee_jae_myung_dan_ishiba_sepakat_perkuat_hubungan.txt", "lee_ishiba_summit_2025_08_23"),
]

groups = [[[ESTONIA_EN, gid], [ESTONIA_ID, gid]] for gid in SHARED_ESTONIA]
groups += [[[AMMAN_ID, gid], [AMMAN_EN, gid]] for gid in SHARED_AMMAN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
