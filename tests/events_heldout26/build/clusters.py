"""clusters.json: two positive pairs (China's 34% retaliatory tariffs of 4 April 2025 after Trump's
2 April tariffs; Modi and Xi in Kazan on 23 October 2024) and one negative pair.

The negative pair is two Jakarta protests against the 12% VAT rise: the petition march of 19 Dec 2024
(Detik) and the BEM SI student march of 27 Dec 2024 (Tempo): same place, same grievance, same kind of
act, eight days apart, and neither page recalls the other, so each stays alone. The main event of every
single page is listed alone too, so that two meetings, arrests or strikes merged across pages count as
errors (Xi meets Modi, Vucic and Blinken on three different days)."""

from common import write_clusters

TARIFF_EN = "en_01_reuters_china_hits_back_with_34_percent_tariffs.txt"
TARIFF_ID = "id_01_cnnindonesia_china_balas_tarif_trump_34_persen.txt"
KAZAN_EN = "en_02_aljazeera_modi_xi_hold_first_talks_in_five_years.txt"
KAZAN_ID = "id_02_kompas_modi_dan_xi_jinping_bertemu_di_kazan.txt"
PPN_DETIK = "id_03_detik_massa_tolak_ppn_12_persen_serahkan_petisi.txt"
PPN_TEMPO = "id_04_tempo_mahasiswa_bem_si_demo_tolak_ppn_12_persen.txt"

SHARED_TARIFF = [
    "china_tariffs_34_us_2025_04_04",
    "china_rare_earth_controls_2025_04_04",
    "trump_tariffs_china_34_2025_04_02",
]
SHARED_KAZAN = [
    "modi_xi_talks_kazan_2024_10_23",
    "india_china_patrol_deal_2024_10_21",
    "galwan_clash_2020_06",
]
ALONE = [
    (PPN_DETIK, "ppn_protest_patung_kuda_2024_12_19"),
    (PPN_TEMPO, "bem_si_protest_2024_12_27"),
    (PPN_DETIK, "petition_handed_to_setneg_2024_12_19"),
    (PPN_TEMPO, "police_water_cannon_2024_12_27"),
    (PPN_TEMPO, "bem_si_threatens_january_protest"),
    ("en_03_ap_trump_says_us_will_take_over_gaza.txt", "trump_netanyahu_oval_office_2025_02_04"),
    (
        "en_04_cna_seoul_summons_russian_envoy_over_north_korean_troops.txt",
        "seoul_summons_russian_envoy_2024_10_21",
    ),
    ("en_05_afp_israeli_tanks_seize_rafah_crossing.txt", "israel_seizes_rafah_crossing_2024_05_07"),
    ("id_05_antara_kejagung_tahan_komisaris_utama_sritex.txt", "kejagung_names_iwan_suspect_2025_05_21"),
    ("id_06_kumparan_xi_jinping_bertemu_vucic_di_beograd.txt", "xi_vucic_talks_2024_05_08"),
    ("id_07_liputan6_xi_jinping_terima_blinken_di_beijing.txt", "xi_receives_blinken_2024_04_26"),
]

groups = [[[TARIFF_EN, gid], [TARIFF_ID, gid]] for gid in SHARED_TARIFF]
groups += [[[KAZAN_EN, gid], [KAZAN_ID, gid]] for gid in SHARED_KAZAN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
