"""clusters.json: two positive pairs (BRICS, US strikes on Iran) and one negative pair (two boat strikes)."""

from common import write_clusters

BR_ID = "id_01_antara_indonesia_resmi_anggota_brics.txt"
BR_EN = "en_01_jakartapost_indonesia_joins_brics.txt"
IR_ID = "id_02_cnnindonesia_as_bombardir_situs_nuklir_iran.txt"
IR_EN = "en_02_ap_us_strikes_iran_nuclear_sites.txt"
BT_ID = "id_03_detik_as_serang_kapal_narkoba_venezuela.txt"
BT_EN = "en_03_reuters_us_strikes_second_venezuela_boat.txt"

SHARED_BR = ["brazil_announces_indonesia_member_2025_01_06", "sugiono_kazan_2024_10_24"]
SHARED_IR = [
    "us_strikes_iran_nuclear_2025_06_22",
    "trump_threatens_iran_2025_06_22",
    "araghchi_putin_planned_2025_06_23",
    "israel_strikes_iran_2025_06_13",
]

groups = [[[BR_ID, gid], [BR_EN, gid]] for gid in SHARED_BR]
groups += [[[IR_ID, gid], [IR_EN, gid]] for gid in SHARED_IR]
# The negative pair: two strikes by the same actor on the same kind of target two weeks apart must stay two
# events. The Reuters page also recalls the Sept 2 strike, which must merge with Detik's main event.
groups += [
    [[BT_ID, "us_strike_boat_2025_09_02"], [BT_EN, "us_strike_boat_2025_09_02"]],
    [[BT_EN, "us_strike_boat_2025_09_15"]],
    [[BT_ID, "us_deploys_warships_2025_08"]],
    [[BT_EN, "venezuela_jets_near_destroyer_2025_09_04"]],
]
write_clusters(groups)
