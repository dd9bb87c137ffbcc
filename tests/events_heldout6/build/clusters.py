"""clusters.json: two positive pairs (Thailand-Cambodia, Duterte) and one negative pair (two shoal incidents)."""

from common import write_clusters

TH_ID = "id_01_cnnindonesia_thailand_kamboja_bentrok.txt"
TH_EN = "en_01_reuters_thailand_cambodia_airstrikes.txt"
DU_ID = "id_02_kompas_duterte_ditangkap_icc.txt"
DU_EN = "en_02_aljazeera_duterte_flown_to_hague.txt"
SH_ID = "id_03_detik_china_meriam_air_kapal_filipina.txt"
SH_EN = "en_03_cna_philippines_demands_china_return_rifles.txt"

SHARED_TH = ["clash_2025_07_24", "thai_airstrikes_2025_07_24", "cambodia_rockets_2025_07_24",
             "thai_recalls_ambassador_2025_07_23", "thai_expels_envoy_2025_07_23",
             "cambodia_downgrades_ties_2025_07_24", "anwar_call_hun_manet_2025_07_24",
             "anwar_call_phumtham_2025_07_24", "clash_2025_05_28"]
SHARED_DU = ["duterte_arrest_2025_03_11", "duterte_flown_hague_2025_03_11", "icc_warrant_2025_03_07",
             "ph_withdraws_icc_2019"]

groups = [[[TH_ID, gid], [TH_EN, gid]] for gid in SHARED_TH]
groups += [[[DU_ID, gid], [DU_EN, gid]] for gid in SHARED_DU]
# The negative pair: the March water-cannon incident (Detik's main event, CNA's background) and the June
# boarding (CNA's main event) are similar acts on different days and must stay two events.
groups += [
    [[SH_ID, "water_cannon_2024_03_23"], [SH_EN, "water_cannon_2024_03_23"]],
    [[SH_ID, "ph_summons_chinese_diplomat_2024_03"], [SH_EN, "ph_summons_chinese_diplomat_2024_03"]],
    [[SH_EN, "boarding_2024_06_17"]],
    [[SH_ID, "water_cannon_2023_12"]],
]
write_clusters(groups)
