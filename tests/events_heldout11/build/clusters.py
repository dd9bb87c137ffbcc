"""clusters.json: two positive pairs (Modi-Xi in Tianjin, Lee at the White House), one negative pair.

The negative pair is two Myanmar military air attacks on civilians 24 days apart:
same attacker, same kind, different place and day."""

from common import write_clusters

TJ_EN = "en_01_reuters_modi_xi_meet_tianjin_sco.txt"
TJ_ID = "id_01_kompas_modi_bertemu_xi_di_tianjin.txt"
WH_EN = "en_02_cna_lee_jae_myung_meets_trump_white_house.txt"
WH_ID = "id_02_cnnindonesia_trump_terima_lee_jae_myung.txt"
MM_ID = "id_03_antara_serangan_udara_militer_myanmar_hantam_sekolah_rakhine.txt"
MM_EN = "en_03_aljazeera_myanmar_paraglider_bomb_attack_sagaing.txt"

SHARED_TJ = [
    "modi_xi_meeting_2025_08_31",
    "us_doubles_india_tariffs_2025_08",
    "galwan_clash_2020_06",
    "modi_xi_kazan_2024_10",
    "border_patrol_agreement_2024_10",
    "modi_putin_meeting_2025_09_01",
]
SHARED_WH = ["trump_lee_meeting_2025_08_25", "lee_ishiba_tokyo_2025_08_23"]

groups = [[[TJ_EN, gid], [TJ_ID, gid]] for gid in SHARED_TJ]
groups += [[[WH_EN, gid], [WH_ID, gid]] for gid in SHARED_WH]
# Both Myanmar pages recall the 2021 coup: that background event is one event across them.
groups += [[[MM_ID, "myanmar_coup_2021_02"], [MM_EN, "myanmar_coup_2021_02"]]]
# The negative pair: neither page recalls the other's attack, so each main event stays alone.
groups += [
    [[MM_ID, "military_airstrike_kyauktaw_schools_2025_09_12"]],
    [[MM_EN, "military_paraglider_attack_chaung_u_2025_10_06"]],
]
write_clusters(groups)
