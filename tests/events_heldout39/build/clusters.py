"""clusters.json: two positive pairs (Prabowo and Emir Tamim in Doha, 12-14 Apr 2025; the Trump-Albanese
critical minerals framework, 20 Oct 2025) and one negative pair.

The negative pair is two London sit-ins for the banned Palestine Action and the mass arrests at each: 9 Aug
2025 (BBC, 532 arrested) and 6 Sept 2025 (CNN Indonesia, 890 arrested): same place, same police force, same
organisers, same kind of act, four weeks apart. Neither page recalls the other's protest (the BBC's
'next sit-in planned for September' is month-only and optional), so each arrest and each sit-in stays alone.
Both pages do recall the same background event, the ban of 5 July 2025, which is one real-world event and
is listed as a pair, as the seeds list a shared background summit. The main event of every single page is
listed alone too, so that two arrests, bans or drills merged across pages count as errors."""

from common import write_clusters

QATAR_ID = "id_01_antara_prabowo_dan_emir_qatar_bahas_investasi_di_doha.txt"
QATAR_EN = "en_01_jakartapost_prabowo_tamim_doha_talks.txt"
MINERALS_EN = "en_02_reuters_trump_albanese_sign_critical_minerals_deal.txt"
MINERALS_ID = "id_02_kompas_trump_dan_albanese_teken_kesepakatan_mineral_kritis.txt"
PA_AUG = "en_03_bbc_palestine_action_protest_532_arrested.txt"
PA_SEP = "id_03_cnnindonesia_polisi_london_tangkap_890_pendukung_palestine_action.txt"
DENSUS = "id_04_detik_densus_88_tangkap_terduga_teroris.txt"
PDNS = "id_05_tempo_kejari_jakpus_tetapkan_lima_tersangka_pdns.txt"
TASMAN = "id_06_kumparan_kapal_perang_china_gelar_latihan_tembak_di_laut_tasman.txt"
JORDAN = "id_07_liputan6_yordania_larang_ikhwanul_muslimin.txt"
CAMEROON = "en_04_aljazeera_cameroon_biya_declared_winner_protests.txt"
HOUTHIS = "en_05_ap_houthis_detain_un_staff_in_sanaa.txt"

SHARED_QATAR = [
    "prabowo_tamim_talks_2025_04_13",
    "prabowo_arrives_doha_2025_04_12",
    "indonesia_qatar_mous_2025_04_13",
    "prabowo_sisi_cairo_2025_04_11",
    "prabowo_to_amman_2025_04_14",
]
SHARED_MINERALS = ["trump_albanese_sign_minerals_2025_10_20", "china_rare_earth_controls_2025_10"]
ALONE = [
    (PA_AUG, "met_arrests_532_2025_08_09"),
    (PA_SEP, "met_arrests_890_2025_09_06"),
    (PA_AUG, "pa_sit_in_2025_08_09"),
    (PA_SEP, "pa_sit_in_2025_09_06"),
    (MINERALS_ID, "trump_albanese_meet_2025_10_20"),
    (DENSUS, "densus_arrests_four_2025_07_14"),
    (PDNS, "kejari_names_five_pdns_suspects_2025_05_22"),
    (PDNS, "kejari_detains_five_2025_05_22"),
    (TASMAN, "china_live_fire_tasman_2025_02_21"),
    (TASMAN, "china_second_drill_window_2025_02_22"),
    (JORDAN, "jordan_bans_brotherhood_2025_04_23"),
    (CAMEROON, "council_declares_biya_winner_2025_10_27"),
    (HOUTHIS, "houthis_detain_un_staff_2025_08_31"),
    (HOUTHIS, "houthis_detain_un_staff_2024_06"),
    (HOUTHIS, "houthis_detain_un_staff_2025_01"),
]

groups = [[[QATAR_ID, gid], [QATAR_EN, gid]] for gid in SHARED_QATAR]
groups += [[[MINERALS_EN, gid], [MINERALS_ID, gid]] for gid in SHARED_MINERALS]
BAN = "uk_proscribes_palestine_action_2025_07_05"
groups += [[[PA_AUG, BAN], [PA_SEP, BAN]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
