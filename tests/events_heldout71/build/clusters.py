"""clusters.json: two positive pairs (the record floods of central Vietnam, 29-30 Oct 2025: Tran Hong Ha's tour
of Hue, the emergency funds, the Japanese and South Korean pledges, The Straits Times and Republika; the crash of
a Turkish C-130 in Georgia on 11 Nov 2025: the Georgian probe, the condolence calls to Erdogan and the Turkish
investigators, DW and Okezone) and one negative pair.

The negative pair is two customs seizures of illegal cigarettes: Bea Cukai Malang stopping a truck on the
Pandaan-Malang toll road on 14 Aug 2025 (Suara) and Bea Cukai Dumai seizing a wooden boat off Rupat on 21 Oct
2025 (Tribunnews): same kind of act by the same service, two months and two provinces apart, and neither page
recalls the other, so each stays alone. The main event of every single page is listed alone too."""

from common import write_clusters

VIETNAM_EN = "en_01_straitstimes_central_vietnam_flood_toll_rises_as_hue_and_hoi_an_submerged.txt"
VIETNAM_ID = "id_01_republika_korban_banjir_vietnam_tengah_jadi_35_orang.txt"
C130_EN = "en_02_dw_turkish_military_cargo_plane_crash_in_georgia_kills_20.txt"
C130_ID = "id_02_okezone_pesawat_militer_turki_jatuh_di_georgia_20_tewas.txt"
MALANG = "id_03_suara_bea_cukai_malang_gagalkan_pengiriman_1_1_juta_batang_rokok_ilegal.txt"
DUMAI = "id_04_tribunnews_bea_cukai_dumai_sita_2_4_juta_batang_rokok_ilegal_di_perairan_rupat.txt"

SHARED_VIETNAM = [
    "tran_hong_ha_tours_hue_2025_10_29",
    "government_allocates_emergency_funds_2025_10_30",
    "japan_pledges_relief_goods_2025_10_30",
    "south_korea_pledges_aid_2025_10_30",
]
SHARED_C130 = [
    "georgia_opens_criminal_probe_2025_11_11",
    "kobakhidze_calls_erdogan_2025_11_11",
    "aliyev_calls_erdogan_2025_11_11",
    "turkish_investigators_arrive_2025_11_12",
]
ALONE = [
    (MALANG, "bc_malang_stops_truck_2025_08_14"),
    (DUMAI, "bc_dumai_seizes_boat_2025_10_21"),
    (MALANG, "bc_malang_detains_driver_2025_08_14"),
    (DUMAI, "bc_dumai_detains_crew_2025_10_21"),
    (VIETNAM_EN, "helicopters_drop_aid_a_luoi_2025_10_30"),
    ("id_05_merdeka_penertiban_pkl_pasar_aksara_medan_ricuh.txt", "satpol_pp_clears_stalls_2025_09_22"),
    (
        "id_06_idntimes_pn_kendari_vonis_20_tahun_pembunuh_pemilik_toko_emas.txt",
        "pn_kendari_sentences_arman_2025_11_20",
    ),
    (
        "id_07_mediaindonesia_longsor_petungkriyono_pekalongan_21_tewas_pencarian_berlanjut.txt",
        "suharyanto_visits_site_2025_01_21",
    ),
    (
        "en_03_france24_cameroon_opposition_figure_anicet_ekane_dies_in_detention.txt",
        "ekane_dies_in_custody_2025_12_01",
    ),
    ("en_04_independent_ecuador_machala_prison_riot_leaves_31_dead.txt", "inmates_clash_machala_2025_11_09"),
    (
        "en_05_guardian_german_police_arrest_three_suspected_hamas_members_over_attack_plot.txt",
        "police_arrest_three_suspects_2025_10_01",
    ),
]

groups = [[[VIETNAM_EN, gid], [VIETNAM_ID, gid]] for gid in SHARED_VIETNAM]
groups += [[[C130_EN, gid], [C130_ID, gid]] for gid in SHARED_C130]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
