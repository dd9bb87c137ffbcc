"""clusters.json: two positive pairs (Super Typhoon Fung-wong in the Philippines, the evacuation of 1.4 million
over the weekend of 8-9 Nov 2025, Marcos's state of national calamity of 6 Nov and his appeal of 9 Nov, The Straits
Times and Republika; the Angara Airlines An-24 crash near Tynda on 24 Jul 2025, the criminal case, the regional
mourning and Putin's condolences, DW and SINDOnews) and one negative pair.

The negative pair is two crystal-meth seizures at sea: Bea Cukai's interception of a speedboat with 75 kg off Aceh
Timur on 11 Mar 2025 (Okezone) and Ditpolairud Polda Riau's seizure of 40 kg from a wooden boat off Pulau Rupat,
Bengkalis, on 9 Aug 2025 (Tribunnews): the same kind of act (interception, arrest of the crew, a press
conference), five months and two provinces apart, and neither page recalls the other, so each stays alone. The
main event of every single page is listed alone too, so that two seizures, arrests or verdicts merged across
pages count as errors."""

from common import write_clusters

TYPHOON_EN = "en_01_straitstimes_fung_wong_forces_mass_evacuations_in_philippines.txt"
TYPHOON_ID = "id_01_republika_topan_fung_wong_terjang_filipina_14_juta_warga_mengungsi.txt"
AN24_EN = "en_02_dw_russian_an24_crashes_near_tynda_killing_48.txt"
AN24_ID = "id_02_sindonews_pesawat_an24_angara_airlines_jatuh_di_amur_48_tewas.txt"
ACEH = "id_03_okezone_bea_cukai_dan_bnn_gagalkan_penyelundupan_75_kg_sabu_di_selat_malaka.txt"
RIAU = "id_04_tribunnews_polairud_polda_riau_sita_40_kg_sabu_dari_kapal_di_perairan_bengkalis.txt"
GLODOK = "id_05_merdeka_kebakaran_glodok_plaza_tim_gabungan_lanjutkan_pencarian_korban.txt"
PALU = "id_06_antara_pengadilan_tipikor_palu_vonis_eks_kadinkes_banggai_enam_tahun.txt"
POCO = "id_07_suara_warga_poco_leok_hadang_tim_pln_tiga_petani_terluka.txt"
MONTHA = "en_03_thehindu_cyclone_montha_makes_landfall_near_kakinada.txt"
RIO = "en_04_guardian_rio_police_raid_kills_more_than_120.txt"
PERU = "en_05_independent_peru_court_sentences_vizcarra_to_14_years.txt"

SHARED_TYPHOON = [
    "ph_evacuates_1_4_million_2025_11_08",
    "marcos_declares_national_calamity_2025_11_06",
    "marcos_urges_residents_to_evacuate_2025_11_09",
]
SHARED_AN24 = [
    "investigators_open_criminal_case_2025_07_24",
    "orlov_declares_mourning_2025_07_24",
    "putin_condolences_2025_07_24",
]
ALONE = [
    (ACEH, "bea_cukai_intercepts_speedboat_2025_03_11"),
    (RIAU, "polairud_intercepts_boat_2025_08_09"),
    (ACEH, "three_crew_arrested_2025_03_11"),
    (RIAU, "two_crew_arrested_2025_08_09"),
    (ACEH, "bnn_arrests_receiver_2025_03_12"),
    (GLODOK, "search_for_glodok_victims_2025_01_17"),
    (PALU, "court_sentences_ruslan_2025_09_18"),
    (POCO, "poco_leok_villagers_block_pln_2025_10_07"),
    (MONTHA, "andhra_shifts_76000_to_camps_2025_10_28"),
    (RIO, "police_raid_alemao_penha_2025_10_28"),
    (PERU, "court_sentences_vizcarra_2025_11_26"),
]

groups = [[[TYPHOON_EN, gid], [TYPHOON_ID, gid]] for gid in SHARED_TYPHOON]
groups += [[[AN24_EN, gid], [AN24_ID, gid]] for gid in SHARED_AN24]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
