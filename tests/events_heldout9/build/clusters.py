"""clusters.json: two positive pairs (al-Sharaa in Washington, Congo-Rwanda deal), one negative pair.

The negative pair is two Houthi ship attacks a day apart."""

from common import write_clusters

SH_ID = "id_01_kompas_trump_terima_al_sharaa_gedung_putih.txt"
SH_EN = "en_01_ap_trump_hosts_syria_sharaa_white_house.txt"
CG_ID = "id_02_antara_kongo_rwanda_teken_perjanjian_damai.txt"
CG_EN = "en_02_aljazeera_drc_rwanda_sign_peace_deal.txt"
RS_ID = "id_03_detik_houthi_serang_kapal_magic_seas.txt"
RS_EN = "en_03_reuters_houthis_sink_eternity_c.txt"

SHARED_SH = [
    "trump_sharaa_meeting_2025_11_10",
    "caesar_suspension_2025_11_10",
    "syria_joins_coalition_2025_11_10",
    "sharaa_arrives_washington_2025_11_08",
    "unsc_lifts_sanctions_2025_11_06",
    "trump_sharaa_riyadh_2025_05",
    "assad_toppled_2024_12",
]
# A summit announced as planned in both pages is one real-world (planned) event.
SHARED_CG = [
    "drc_rwanda_sign_2025_06_27",
    "trump_hosts_ministers_2025_06_27",
    "tshisekedi_kagame_summit_planned",
    "declaration_of_principles_2025_04_25",
    "m23_seizes_goma_2025_01",
    "m23_seizes_bukavu_2025_02",
    "tshisekedi_kagame_doha_2025_03",
]

groups = [[[SH_ID, gid], [SH_EN, gid]] for gid in SHARED_SH]
groups += [[[CG_ID, gid], [CG_EN, gid]] for gid in SHARED_CG]
# The negative pair: same attacker, same kind of target, one day apart. Reuters' recall of the Sunday attack
# merges with Detik's main event; the Monday-Tuesday attack on Eternity C stays alone.
# Both pages recall the May truce.
groups += [
    [[RS_ID, "houthi_attack_magic_seas_2025_07_06"], [RS_EN, "houthi_attack_magic_seas_2025_07_06"]],
    [[RS_EN, "houthi_attack_eternity_c_2025_07_07"]],
    [[RS_ID, "us_houthi_truce_2025_05"], [RS_EN, "us_houthi_truce_2025_05"]],
]
write_clusters(groups)
