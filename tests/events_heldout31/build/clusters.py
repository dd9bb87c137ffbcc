"""clusters.json: two positive pairs (the Russia-West prisoner swap in Ankara, 1 Aug 2024; Albanese and Xi
in Beijing, 15 July 2025) and one negative pair.

The negative pair is the Japan-China row over Sanae Takaichi's Taiwan remarks: CNN Indonesia reports China
summoning Japan's ambassador on 13 Nov 2025 and Japan protesting Xue Jian's post on 10 Nov; AP reports
Japan summoning China's ambassador on 14 Nov. Japan's protest of the 10th and its summons of the 14th are the
same kind of act by the same actors on different days, so each stays alone; the events both pages tell
(China's summons, Takaichi's remarks, Xue's post) are positive groups, and a merge of either summons with
the other is an error. The main event of every single page is listed alone too, so that two meetings,
strikes or arrests merged across pages count as errors."""

from common import write_clusters

SWAP_EN = "en_01_reuters_russia_us_prisoner_swap_frees_gershkovich.txt"
SWAP_ID = "id_01_kompas_pertukaran_tahanan_rusia_as_di_ankara.txt"
XI_EN = "en_02_cna_albanese_meets_xi_in_beijing.txt"
XI_ID = "id_02_antara_albanese_bertemu_xi_jinping.txt"
ROW_ID = "id_03_cnnindonesia_china_panggil_dubes_jepang.txt"
ROW_EN = "en_03_ap_japan_summons_chinese_ambassador.txt"

SHARED_SWAP = [
    "russia_west_prisoner_swap_2024_08_01",
    "germany_frees_krasikov_2024_08_01",
    "biden_greets_freed_americans_2024_08_01",
    "putin_greets_returnees_2024_08_01",
    "russia_arrests_gershkovich_2023_03",
    "court_convicts_gershkovich_2024_07_19",
]
SHARED_XI = [
    "xi_albanese_talks_2025_07_15",
    "albanese_li_qiang_meeting_2025_07_15",
    "albanese_arrives_shanghai_2025_07_12",
    "albanese_first_beijing_visit_2023_11",
    "china_navy_tasman_drills_2025_02",
    "albanese_to_visit_chengdu_2025_07",
]
SHARED_ROW = [
    "china_summons_kanasugi_2025_11_13",
    "takaichi_taiwan_remarks_2025_11_07",
    "xue_jian_post_2025_11_08",
]
ALONE = [
    (ROW_ID, "japan_protests_xue_post_2025_11_10"),
    (ROW_EN, "japan_summons_wu_2025_11_14"),
    (ROW_EN, "china_travel_advisory_2025_11_14"),
    (SWAP_EN, "krasikov_berlin_killing_2019"),
    (XI_EN, "yang_hengjun_suspended_death_sentence_2024"),
    (XI_ID, "xi_albanese_lima_2024_11"),
    ("id_04_detik_prabowo_hadiri_ktt_brics_di_rio.txt", "prabowo_attends_brics_summit_2025_07_06"),
    ("id_05_tempo_parlemen_korsel_makzulkan_han_duck_soo.txt", "assembly_impeaches_han_2024_12_27"),
    ("id_05_tempo_parlemen_korsel_makzulkan_han_duck_soo.txt", "assembly_impeaches_yoon_2024_12_14"),
    ("id_06_kumparan_kpk_tahan_dirut_inhutani_v.txt", "kpk_sting_arrests_2025_08_13"),
    ("id_06_kumparan_kpk_tahan_dirut_inhutani_v.txt", "kpk_detains_suspects_2025_08_14"),
    ("id_07_liputan6_muhammad_yunus_dilantik_pimpin_bangladesh.txt", "army_chief_welcomes_yunus_2024_08_08"),
    ("en_04_aljazeera_israel_launches_ground_raids_in_lebanon.txt", "israel_ground_raids_lebanon_2024_10_01"),
    ("en_04_aljazeera_israel_launches_ground_raids_in_lebanon.txt", "israel_kills_nasrallah_2024_09_27"),
    ("en_05_bbc_edmundo_gonzalez_flees_to_spain.txt", "spain_grants_gonzalez_asylum_2024_09_08"),
    ("en_05_bbc_edmundo_gonzalez_flees_to_spain.txt", "court_issues_arrest_warrant_2024_09_02"),
]

groups = [[[SWAP_EN, gid], [SWAP_ID, gid]] for gid in SHARED_SWAP]
groups += [[[XI_EN, gid], [XI_ID, gid]] for gid in SHARED_XI]
groups += [[[ROW_ID, gid], [ROW_EN, gid]] for gid in SHARED_ROW]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
