"""clusters.json: two positive pairs (the Armenia-Azerbaijan White House declaration, the five-country
sanctions on Ben-Gvir and Smotrich) and one negative pair.

The negative pair is two Trump-Xi phone calls, on 5 June and 19 September 2025, each preceded by a round of
trade talks (Geneva, Madrid): same leaders and kind of event, different days, so every one stays alone."""

from common import write_clusters

AZ_EN = "en_01_reuters_armenia_azerbaijan_sign_peace_declaration_white_house.txt"
AZ_ID = "id_01_kompas_armenia_azerbaijan_teken_deklarasi_damai_di_gedung_putih.txt"
SX_EN = "en_02_bbc_uk_and_allies_sanction_ben_gvir_and_smotrich.txt"
SX_ID = "id_02_tempo_inggris_dan_4_negara_jatuhkan_sanksi_ke_ben_gvir_smotrich.txt"
CALL_ID = "id_03_cnnindonesia_trump_dan_xi_jinping_teleponan_90_menit_bahas_tarif.txt"
CALL_EN = "en_03_reuters_trump_xi_call_tiktok_agree_to_meet_in_south_korea.txt"

SHARED_AZ = [
    "aliyev_pashinyan_sign_declaration_2025_08_08",
    "trump_hosts_aliyev_pashinyan_2025_08_08",
    "ministers_initial_treaty_2025_08_08",
    "armenia_grants_us_route_rights_2025_08_08",
    "aliyev_pashinyan_abu_dhabi_2025_07_10",
    "azerbaijan_retakes_karabakh_2023_09",
]
SHARED_SX = [
    "uk_allies_sanction_ben_gvir_smotrich_2025_06_10",
    "uk_suspends_trade_talks_2025_05",
    "uk_summons_hotovely_2025_05",
    "uk_sanctions_settlers_2025_05",
]

groups = [[[AZ_EN, gid], [AZ_ID, gid]] for gid in SHARED_AZ]
groups += [[[SX_EN, gid], [SX_ID, gid]] for gid in SHARED_SX]
# The negative pair: neither page recalls the other's call, so each call and each round of talks stays alone.
groups += [
    [[CALL_ID, "trump_xi_call_2025_06_05"]],
    [[CALL_EN, "trump_xi_call_2025_09_19"]],
    [[CALL_ID, "geneva_talks_tariff_truce_2025_05"]],
    [[CALL_EN, "madrid_talks_tiktok_framework_2025_09"]],
]
write_clusters(groups)
