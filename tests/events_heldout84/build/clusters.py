"""clusters.json: two positive pairs (Montenegro's extradition of Do Kwon on 31 Dec 2024 and his not-guilty plea in
Manhattan on 2 Jan 2025, AP and CNN Indonesia; the opening of Balikatan 2025 on 21 Apr 2025 with the NMESIS move
to Batanes and China's objection, The Japan Times and Kompas) and one negative pair.

The negative pair is two student protests at provincial DPRD buildings that turned into clashes with police:
Kendari on 14 Oct 2025 over nickel mining on Kabaena (kumparan) and Pontianak on 6 Nov 2025 over water tariffs
(detikKalimantan): same kind of acts (protest, fence breached, tear gas, students held), different provinces,
days and causes, and neither page recalls the other, so each stays alone. The main events of every single page are
listed alone too, so that two arrests, recalls or evacuations merged across pages count as errors."""

from common import write_clusters

KWON_EN = "en_01_ap_do_kwon_pleads_not_guilty_after_extradition_from_montenegro.txt"
KWON_ID = "id_01_cnnindonesia_bos_terraform_do_kwon_mengaku_tak_bersalah_di_new_york.txt"
BALI_EN = "en_02_japantimes_us_philippine_forces_launch_balikatan_drills_as_china_objects.txt"
BALI_ID = "id_02_kompas_latihan_militer_balikatan_2025_dimulai_china_protes.txt"
SULTRA = "id_03_kumparan_demo_mahasiswa_tolak_tambang_nikel_kabaena_di_dprd_sultra_ricuh.txt"
KALBAR = "id_04_detik_demo_mahasiswa_tolak_kenaikan_tarif_pdam_di_dprd_kalbar_ricuh.txt"
PERU = "en_03_aljazeera_peru_breaks_ties_with_mexico_over_asylum_for_betssy_chavez.txt"
PAK = "en_04_bbc_pakistan_recalls_ambassador_after_iranian_strikes_in_balochistan.txt"
KANLAON = "en_05_cna_kanlaon_volcano_erupts_thousands_evacuated_on_negros.txt"
BNN = "id_05_beritasatu_bnn_gagalkan_penyelundupan_sabu_di_bandara_soekarno_hatta.txt"
IBU = "id_06_liputan6_status_gunung_ibu_naik_jadi_awas_ribuan_warga_dievakuasi.txt"
BALI_POLICE = "id_07_tempo_polda_bali_tangkap_buronan_interpol_asal_korea_selatan.txt"

SHARED_KWON = [
    "montenegro_extradites_kwon_2024_12_31",
    "kwon_pleads_not_guilty_2025_01_02",
    "prosecutors_charge_kwon_2025_01_02",
    "judge_orders_kwon_detained_2025_01_02",
]
SHARED_BALIKATAN = [
    "balikatan_opens_2025_04_21",
    "us_deploys_nmesis_to_batanes_2025_04_20",
    "china_criticises_balikatan_2025_04_21",
    "ph_rejects_china_criticism_2025_04_21",
]
ALONE = [
    (SULTRA, "students_protest_at_dprd_sultra_2025_10_14"),
    (KALBAR, "students_protest_at_dprd_kalbar_2025_11_06"),
    (SULTRA, "students_breach_dprd_sultra_fence_2025_10_14"),
    (KALBAR, "students_topple_dprd_kalbar_fence_2025_11_06"),
    (SULTRA, "kendari_police_fire_tear_gas_2025_10_14"),
    (KALBAR, "pontianak_police_clash_tear_gas_2025_11_06"),
    (SULTRA, "kendari_police_detain_12_2025_10_14"),
    (KALBAR, "pontianak_police_detain_seven_2025_11_06"),
    (PERU, "peru_breaks_ties_with_mexico_2025_11_03"),
    (PAK, "pakistan_recalls_ambassador_2024_01_17"),
    (PAK, "iran_strikes_panjgur_2024_01_16"),
    (KANLAON, "officials_evacuate_residents_2024_12_09"),
    (BNN, "bnn_arrests_mh_2025_09_13"),
    (IBU, "bpbd_evacuates_residents_2025_01_15"),
    (BALI_POLICE, "polda_bali_arrests_kjh_2025_11_18"),
]

groups = [[[KWON_EN, gid], [KWON_ID, gid]] for gid in SHARED_KWON]
groups += [[[BALI_EN, gid], [BALI_ID, gid]] for gid in SHARED_BALIKATAN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
