"""clusters.json: two positive pairs (the central and eastern Mexico floods of October 2025 and the response,
Guardian and SindoNews; the sentencing of Pedro Castillo and Betssy Chávez by Peru's Supreme Court on
27 Nov 2025, France 24 and Republika) and one negative pair.

The negative pair is two youth brawls broken up by police: Medan Belawan on 20 Sep 2025 (Tribunnews) and
Jalan Majapahit in Semarang on 9 Nov 2025 (Suara): the same kind of acts (a tawuran, police dispersal, arrests
of youths), different cities and dates, and neither page recalls the other, so each stays alone. The main
event of every single page is listed alone too, so that two arrests, rulings or visits merged across pages
count as errors."""

from common import write_clusters

MEX_EN = "en_01_guardian_mexico_floods_death_toll_rises_as_sheinbaum_visits_poza_rica.txt"
MEX_ID = "id_01_sindonews_korban_tewas_banjir_meksiko_jadi_64_orang_sheinbaum_tinjau_poza_rica.txt"
PERU_EN = "en_02_france24_peru_court_sentences_pedro_castillo_to_11_years.txt"
PERU_ID = "id_02_republika_eks_presiden_peru_pedro_castillo_divonis_11_tahun_penjara.txt"
MEDAN = "id_03_tribunnews_polisi_bubarkan_tawuran_di_belawan_17_remaja_diamankan.txt"
SEMARANG = "id_04_suara_polrestabes_semarang_tangkap_21_remaja_usai_tawuran_di_jalan_majapahit.txt"

SHARED_MEX = [
    "sheinbaum_visits_poza_rica_2025_10_11",
    "army_airlifts_aid_2025_10_10",
    "sheinbaum_rejects_criticism_2025_10_11",
    "us_offers_help_2025_10_11",
]
SHARED_PERU = [
    "court_sentences_castillo_2025_11_27",
    "court_sentences_chavez_2025_11_27",
    "castillo_arrested_2022_12_07",
    "mexico_grants_asylum_to_chavez_2025_11",
    "peru_breaks_ties_with_mexico_2025_11_03",
]
ALONE = [
    (MEDAN, "police_detain_17_youths_2025_09_20"),
    (SEMARANG, "police_arrest_21_youths_2025_11_09"),
    (MEDAN, "youths_clash_in_belawan_2025_09_20"),
    (SEMARANG, "gangs_clash_on_jalan_majapahit_2025_11_09"),
    (MEDAN, "police_break_up_belawan_brawl_2025_09_20"),
    (SEMARANG, "patrol_breaks_up_brawl_2025_11_09"),
    (MEX_EN, "residents_confront_sheinbaum_2025_10_11"),
    (PERU_EN, "supporters_protest_outside_court_2025_11_27"),
    (
        "en_03_dw_rodrigo_paz_sworn_in_as_bolivia_president_pledges_to_restore_us_ties.txt",
        "paz_meets_landau_2025_11_08",
    ),
    (
        "en_04_independent_judge_bars_federal_agents_in_chicago_from_using_tear_gas_on_protesters.txt",
        "judge_bars_agents_from_riot_weapons_2025_11_06",
    ),
    (
        "en_05_jakartaglobe_lampung_prosecutors_detain_three_pt_leb_executives_over_oil_funds.txt",
        "kejati_detains_leb_executives_2025_09_22",
    ),
    (
        "id_05_okezone_eksekusi_lahan_di_hertasning_makassar_ricuh_polisi_tembakkan_gas_air_mata.txt",
        "police_fire_tear_gas_2025_10_15",
    ),
    (
        "id_06_bisnis_wamenaker_turun_tangan_usai_pt_yihong_phk_1126_buruh.txt",
        "noel_visits_yihong_factory_2025_03_06",
    ),
    (
        "id_07_merdeka_speedboat_terbalik_di_perairan_kayoa_tim_sar_cari_dua_penumpang.txt",
        "police_question_helmsman_2025_09_17",
    ),
]

groups = [[[MEX_EN, gid], [MEX_ID, gid]] for gid in SHARED_MEX]
groups += [[[PERU_EN, gid], [PERU_ID, gid]] for gid in SHARED_PERU]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
