"""clusters.json: two positive pairs (Venezuela's suspension of the Dragon gas deal with Trinidad and Tobago after
the USS Gravely docked in Port of Spain, 26-27 Oct 2025, France 24 and SINDOnews; the Indonesia-Peru CEPA signed
during Dina Boluarte's state visit to Jakarta, 11 Aug 2025, Jakarta Globe and Republika) and one negative pair.

The negative pair is two Kejati detentions in infrastructure graft cases: the Kaur road project (Kejati Bengkulu,
18 Sep 2025, Tribunnews) and the Wae Ces irrigation project in Manggarai Barat (Kejati NTT, 25 Nov 2025, Media
Indonesia): the same kind of actor and act (a high prosecutor's office naming and detaining suspects after a
search), two provinces, two months apart, and neither page recalls the other, so each stays alone. The main event
of every single page is listed alone too, so that arrests, rulings or searches merged across pages count as errors."""

from common import write_clusters

VEN_EN = "en_01_france24_venezuela_suspends_gas_deal_with_trinidad_over_us_warship.txt"
VEN_ID = "id_01_sindonews_venezuela_tangguhkan_kesepakatan_gas_dengan_trinidad_dan_tobago.txt"
PERU_EN = "en_02_jakartaglobe_indonesia_peru_sign_cepa_during_boluarte_visit.txt"
PERU_ID = "id_02_republika_indonesia_dan_peru_teken_ip_cepa_di_istana_merdeka.txt"
KAUR = "id_03_tribunnews_kejati_bengkulu_tahan_tiga_tersangka_korupsi_jalan_di_kaur.txt"
MABAR = "id_04_mediaindonesia_kejati_ntt_tahan_dua_tersangka_korupsi_irigasi_di_manggarai_barat.txt"

SHARED_VEN = [
    "venezuela_suspends_gas_deal_2025_10_27",
    "uss_gravely_docks_port_of_spain_2025_10_26",
    "rodriguez_accuses_persad_bissessar_2025_10_27",
    "persad_bissessar_dismisses_suspension_2025_10_27",
    "assembly_declares_persad_persona_non_grata",
]
SHARED_PERU = [
    "indonesia_peru_sign_cepa_2025_08_11",
    "prabowo_boluarte_talks_2025_08_11",
    "boluarte_state_visit_2025_08_11",
    "sugiono_schialer_exchange_mou_2025_08_11",
]
ALONE = [
    (KAUR, "kejati_bengkulu_detains_three_2025_09_18"),
    (MABAR, "kejati_ntt_detains_two_2025_11_25"),
    (KAUR, "kejati_bengkulu_names_suspects_2025_09_18"),
    (MABAR, "kejati_ntt_names_suspects_2025_11_20"),
    (KAUR, "kejati_bengkulu_searches_pupr_kaur_office"),
    (MABAR, "kejati_ntt_searches_contractor_office_2025_11_19"),
    (VEN_EN, "venezuela_claims_cia_cell_captured_2025_10_26"),
    (PERU_EN, "prabowo_boluarte_met_at_apec_lima_2024_11"),
    (
        "en_03_guardian_mali_junta_arrests_generals_and_french_national_over_coup_plot.txt",
        "mali_arrests_generals_2025_08",
    ),
    ("en_04_independent_finnish_court_dismisses_eagle_s_cable_case.txt", "helsinki_court_dismisses_eagle_s_case_2025_10_03"),
    ("en_05_abc_erin_patterson_sentenced_to_life_for_mushroom_murders.txt", "beale_sentences_patterson_to_life_2025_09_08"),
    ("id_05_okezone_tim_sar_gabungan_cari_pendaki_hilang_di_gunung_kerinci.txt", "sar_searches_for_climber_2025_10_13"),
    ("id_06_idntimes_densus_88_tangkap_tiga_terduga_teroris_di_lampung.txt", "densus_arrests_three_in_lampung_2025_11_12"),
    (
        "id_07_suara_polres_metro_depok_tangkap_dua_begal_yang_bacok_pelajar_di_sawangan.txt",
        "polres_depok_arrests_two_begal_2025_11_05",
    ),
]

groups = [[[VEN_EN, gid], [VEN_ID, gid]] for gid in SHARED_VEN]
groups += [[[PERU_EN, gid], [PERU_ID, gid]] for gid in SHARED_PERU]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
