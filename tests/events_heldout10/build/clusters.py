"""clusters.json: two positive pairs (Trump-Xi in Busan, Israel's strike in Doha), one negative pair.

The negative pair is two Russian air attacks on Kyiv ten days apart: same attacker, target and kind."""

from common import write_clusters

BU_EN = "en_01_reuters_trump_xi_busan_tariff_truce.txt"
BU_ID = "id_01_kompas_trump_xi_bertemu_di_busan.txt"
DO_EN = "en_02_aljazeera_israel_attacks_hamas_leaders_doha.txt"
DO_ID = "id_02_cnnindonesia_israel_serang_petinggi_hamas_di_doha.txt"
KY_ID = "id_03_antara_serangan_rusia_ke_kyiv_tewaskan_23_orang.txt"
KY_EN = "en_03_ap_russian_attack_sets_kyiv_government_building_ablaze.txt"

# Planned events announced in both pages (Xi-Lee talks, Trump's April trip) are one planned event each.
SHARED_BU = [
    "trump_xi_meeting_2025_10_30",
    "trump_xi_osaka_2019",
    "trump_xi_call_2025_09",
    "trump_lee_meeting_2025_10_29",
    "xi_lee_meeting_2025_11_01",
    "trump_visit_china_2026_04",
    "bessent_he_kuala_lumpur_2025_10",
]
SHARED_DO = ["israel_strikes_hamas_doha_2025_09_09", "trump_calls_tamim_2025_09_09"]

groups = [[[BU_EN, gid], [BU_ID, gid]] for gid in SHARED_BU]
groups += [[[DO_EN, gid], [DO_ID, gid]] for gid in SHARED_DO]
# The negative pair: neither page recalls the other's attack, so each main event stays alone.
groups += [
    [[KY_ID, "russia_attacks_kyiv_2025_08_28"]],
    [[KY_EN, "russia_attacks_kyiv_2025_09_07"]],
]
write_clusters(groups)
