"""clusters.json: two positive pairs (al-Sharaa in the Kremlin, Sudan cuts ties with the UAE)
and one negative pair.

The negative pair is two Russian mass strikes on Ukraine's energy grid four months apart, each with a
Polish jet scramble: same attacker, target and kind, different days, so every one stays alone."""

from common import write_clusters

SY_EN = "en_01_reuters_syria_sharaa_meets_putin_moscow.txt"
SY_ID = "id_01_kompas_presiden_suriah_sharaa_temui_putin_di_kremlin.txt"
SD_EN = "en_02_aljazeera_sudan_cuts_ties_with_uae_as_drones_hit_port_sudan.txt"
SD_ID = "id_02_tempo_sudan_putus_hubungan_diplomatik_dengan_uea.txt"
GR_ID = "id_03_cnnindonesia_rusia_gempur_infrastruktur_energi_ukraina.txt"
GR_EN = "en_03_ap_russia_christmas_day_attack_ukraine_energy_grid.txt"

SHARED_SY = [
    "putin_sharaa_meeting_2025_10_15",
    "rebels_topple_assad_2024_12",
    "novak_visits_damascus_2025_09",
]
SHARED_SD = [
    "sudan_cuts_ties_with_uae_2025_05_06",
    "port_sudan_drone_strike_2025_05_06",
    "port_sudan_drone_strike_2025_05_04",
    "icj_dismisses_sudan_case_2025_05_05",
    "sudan_war_erupts_2023_04",
]

groups = [[[SY_EN, gid], [SY_ID, gid]] for gid in SHARED_SY]
groups += [[[SD_EN, gid], [SD_ID, gid]] for gid in SHARED_SD]
# The negative pair: neither page recalls the other's attack, so each main event stays alone.
groups += [
    [[GR_ID, "russia_strikes_ukraine_grid_2024_08_26"]],
    [[GR_EN, "russia_christmas_strike_2024_12_25"]],
    [[GR_ID, "poland_scrambles_jets_2024_08_26"]],
    [[GR_EN, "poland_scrambles_jets_2024_12_25"]],
]
write_clusters(groups)
