"""clusters.json: two positive pairs (the Thai-Cambodian border flare-up of 10-12 Nov 2025, Straits Times and
Republika; Christopher Luxon's visit to Jakarta of 8-10 Dec 2025, Jakarta Globe and Media Indonesia) and one
negative pair.

The negative pair is two baby-lobster smuggling attempts foiled by customs: at Soekarno-Hatta airport (Banten)
on 16 Oct 2025 (Okezone) and at Juanda airport (East Java) on 23 Nov 2025 (Jawa Pos): same kind of act by the
same kind of actor, five weeks and two provinces apart, and neither page recalls the other, so each stays
alone. The main event of every single page is listed alone too, so that two seizures, arrests or aid
deliveries merged across pages count as errors."""

from common import write_clusters

THAI_EN = "en_01_straitstimes_thai_troops_fire_on_cambodian_village_after_landmine_blast.txt"
THAI_ID = "id_01_republika_tentara_thailand_tembaki_desa_kamboja_usai_ledakan_ranjau.txt"
NZ_EN = "en_02_jakartaglobe_prabowo_luxon_upgrade_ties_sign_dairy_education_deals.txt"
NZ_ID = "id_02_mediaindonesia_prabowo_terima_pm_selandia_baru_teken_empat_mou.txt"
SOETTA = "id_03_okezone_bea_cukai_soekarno_hatta_gagalkan_penyelundupan_benih_lobster.txt"
JUANDA = "id_04_jawapos_bea_cukai_juanda_amankan_kurir_benih_lobster_tujuan_batam.txt"

SHARED_THAI = [
    "thai_troops_fire_on_prey_chan_2025_11_12",
    "thai_army_denies_targeting_civilians_2025_11_12",
    "landmine_wounds_thai_soldiers_2025_11_10",
    "thailand_suspends_kl_declaration_2025_11_10",
    "anutin_accuses_cambodia_of_new_mines_2025_11_10",
    "cambodia_denies_planting_mines_2025_11_11",
    "kl_declaration_signed_2025_10_26",
    "hasan_to_call_counterparts_2025_11_13",
    "ceasefire_putrajaya_2025_07_28",
]
SHARED_NZ = [
    "prabowo_receives_luxon_2025_12_09",
    "ties_upgraded_to_csp_2025_12_09",
    "four_mous_signed_2025_12_09",
    "nz_flood_aid_sumatra_2025_12_09",
    "sugiono_meets_peters_2025_12_08",
    "luxon_to_meet_kadin_2025_12_10",
]
ALONE = [
    (SOETTA, "bc_soetta_foils_lobster_smuggling_2025_10_16"),
    (JUANDA, "bc_juanda_foils_lobster_smuggling_2025_11_23"),
    (SOETTA, "bc_soetta_detains_two_passengers_2025_10_16"),
    (JUANDA, "polda_jatim_names_courier_suspect_2025_11_24"),
    (
        "en_03_dw_deadly_clashes_as_protests_grip_pakistan_administered_kashmir.txt",
        "protesters_attack_police_convoy_2025_10_01",
    ),
    (
        "en_04_independent_john_bolton_pleads_not_guilty_to_classified_documents_charges.txt",
        "grand_jury_indicts_bolton_2025_10_16",
    ),
    (
        "en_05_france24_deadly_quake_strikes_northern_afghanistan_near_mazar_i_sharif.txt",
        "who_sends_medical_supplies_2025_11_03",
    ),
    (
        "id_05_idntimes_banjir_rendam_lima_kecamatan_bpbd_bima_evakuasi_warga.txt",
        "bpbd_evacuates_residents_2025_12_16",
    ),
    (
        "id_06_sindonews_kejati_kalteng_tahan_kadis_pupr_katingan_korupsi_jalan.txt",
        "kejati_detains_kadis_and_contractor_2025_10_14",
    ),
    (
        "id_07_tribunnews_polres_karawang_tangkap_dua_pelaku_penusukan_pemuda_di_telukjambe.txt",
        "polres_arrests_two_suspects_2025_11_02",
    ),
]

groups = [[[THAI_EN, gid], [THAI_ID, gid]] for gid in SHARED_THAI]
groups += [[[NZ_EN, gid], [NZ_ID, gid]] for gid in SHARED_NZ]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
