"""clusters.json: two positive pairs (Israel's strikes on Iran, 26 Oct 2024; the Scholz-Putin
call, 15 Nov 2024) and one negative pair.

The negative pair is two rounds of US (and UK) sanctions on Russian oil producers, on 10 January
2025 (Gazprom Neft, Surgutneftegas) and 22 October 2025 (Rosneft, Lukoil): same sanctioning states,
same kind of target and action, different days, so every one of those events stays alone."""

from common import write_clusters

IR_EN = "en_01_reuters_israel_strikes_military_targets_in_iran.txt"
IR_ID = "id_01_cnnindonesia_israel_gempur_sasaran_militer_iran.txt"
SC_EN = "en_02_afp_scholz_urges_putin_to_withdraw_in_first_call_in_two_years.txt"
SC_ID = "id_02_kompas_scholz_telepon_putin_pertama_dalam_hampir_dua_tahun.txt"
OIL_EN = "en_03_reuters_us_sanctions_rosneft_lukoil_putin_calls_it_unfriendly_act.txt"
OIL_ID = "id_03_antara_as_jatuhkan_sanksi_ke_gazprom_neft_dan_surgutneftegas.txt"

SHARED_IR = [
    "israel_strikes_iran_2024_10_26",
    "iran_missile_attack_2024_10_01",
    "unsc_meeting_2024_10_28",
]
SHARED_SC = [
    "scholz_putin_call_2024_11_15",
    "scholz_zelensky_call_2024_11_15",
    "scholz_putin_call_2022_12",
    "scholz_putin_moscow_2022_02",
    "scholz_g20_rio_2024_11_18",
]

groups = [[[IR_EN, gid], [IR_ID, gid]] for gid in SHARED_IR]
groups += [[[SC_EN, gid], [SC_ID, gid]] for gid in SHARED_SC]
# The negative pair: neither page recalls the other's round, so each sanctions event stays alone.
groups += [
    [[OIL_EN, "us_sanctions_rosneft_lukoil_2025_10_22"]],
    [[OIL_ID, "us_sanctions_gazprom_neft_2025_01_10"]],
    [[OIL_EN, "uk_sanctions_rosneft_lukoil_last_week"]],
    [[OIL_ID, "uk_sanctions_gazprom_neft_2025_01_10"]],
    [[OIL_ID, "us_sanctions_gazprombank_2024_11"]],
    [[OIL_EN, "eu_19th_package_2025_10_23"]],
]
write_clusters(groups)
