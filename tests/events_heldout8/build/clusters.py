"""clusters.json: two positive pairs (Kim in Beijing, Doha truce), one negative pair (two NK launches)."""

from common import write_clusters

BJ_ID = "id_01_cnnindonesia_kim_jong_un_tiba_di_beijing.txt"
BJ_EN = "en_01_reuters_xi_kim_talks_beijing.txt"
AP_ID = "id_02_antara_pakistan_afghanistan_sepakati_gencatan_senjata.txt"
AP_EN = "en_02_aljazeera_pakistan_afghanistan_agree_ceasefire.txt"
NK_ID = "id_03_detik_korut_tembakkan_rudal_hipersonik.txt"
NK_EN = "en_03_ap_north_korea_fires_short_range_missiles.txt"

# A meeting announced as planned in one page and reported as held in the other is one real-world event.
SHARED_BJ = [
    "kim_arrives_beijing_2025_09_02",
    "china_parade_2025_09_03",
    "xi_kim_talks_2025_09_04",
    "kim_putin_talks_2025_09_03",
]
SHARED_AP = [
    "pak_afg_ceasefire_2025_10_19",
    "doha_talks_2025_10_18",
    "istanbul_talks_2025_10_25",
    "pak_strikes_paktika_2025_10_17",
    "truce_48h_2025_10_15",
    "taliban_attack_posts_2025_10_11",
]

groups = [[[BJ_ID, gid], [BJ_EN, gid]] for gid in SHARED_BJ]
groups += [[[AP_ID, gid], [AP_EN, gid]] for gid in SHARED_AP]
# The negative pair: two launches by the same actor four months apart must stay two events; the AP page's
# recall of the January launch must merge with Detik's main event, and the March launch stays alone.
groups += [
    [[NK_ID, "nk_hypersonic_launch_2025_01_06"], [NK_EN, "nk_hypersonic_launch_2025_01_06"]],
    [[NK_EN, "nk_srbm_launch_2025_05_08"]],
    [[NK_EN, "nk_crbm_launch_2025_03_10"]],
    [[NK_ID, "nk_hwasong19_2024_10"]],
]
write_clusters(groups)
