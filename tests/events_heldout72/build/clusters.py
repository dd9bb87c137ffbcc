"""clusters.json: two positive pairs (the Dutch suspension of the Nexperia order on 19 Nov 2025, China's answer
and the background seizure and export ban, DW and Bisnis; Lee Jae-myung's state visit to the UAE of 17-18 Nov
2025 and the MoUs signed, The Straits Times and Merdeka) and one negative pair.

The negative pair is two police raids on illegal gold mines (PETI) with suspects named: Polda Sulteng in
Kayuboko, Parigi Moutong (raid 11 Oct, suspects 13 Oct 2025, Okezone) and Polda Gorontalo in Taluditi, Pohuwato
(raid 5 Aug, suspects 7 Aug 2025, Tribunnews): same kind of act by police on miners, two months and two
provinces apart, and neither page recalls the other, so each stays alone. The main event of every single page
is listed alone too, so that two searches, arrests or suspect namings merged across pages count as errors."""

from common import write_clusters

NEX_EN = "en_01_dw_netherlands_suspends_nexperia_order_after_china_talks.txt"
NEX_ID = "id_01_bisnis_belanda_tangguhkan_pengambilalihan_nexperia.txt"
UAE_EN = "en_02_straitstimes_lee_jae_myung_and_uae_president_sign_deals_in_abu_dhabi.txt"
UAE_ID = "id_02_merdeka_presiden_korsel_lee_jae_myung_teken_kerja_sama_dengan_uea.txt"
SULTENG = "id_03_okezone_polda_sulteng_tetapkan_lima_tersangka_peti_di_parigi_moutong.txt"
GORONTALO = "id_04_tribunnews_polda_gorontalo_gerebek_tambang_emas_ilegal_di_pohuwato.txt"

SHARED_NEX = [
    "dutch_suspend_nexperia_order_2025_11_19",
    "china_welcomes_urges_revocation_2025_11_19",
    "dutch_take_control_of_nexperia_2025_09_30",
    "china_bans_nexperia_exports_2025_10_04",
]
SHARED_UAE = [
    "lee_arrives_in_uae_2025_11_17",
    "lee_mbz_summit_2025_11_18",
    "korea_uae_sign_mous_2025_11_18",
    "uae_to_consider_investment_2025_11_18",
    "lee_to_visit_egypt_2025_11_19",
]
ALONE = [
    (SULTENG, "polda_sulteng_names_five_suspects_2025_10_13"),
    (GORONTALO, "polda_gorontalo_names_four_suspects_2025_08_07"),
    (SULTENG, "police_raid_kayuboko_mine_2025_10_11"),
    (GORONTALO, "police_raid_taluditi_mine_2025_08_05"),
    (SULTENG, "polda_sulteng_detains_five_2025_10_13"),
    (GORONTALO, "polda_gorontalo_detains_four_2025_08"),
    (NEX_EN, "enterprise_chamber_suspends_ceo_2025_10_07"),
    (
        "en_03_guardian_lebanon_and_israel_send_civilian_envoys_to_naqoura_talks.txt",
        "lebanon_israel_civilian_talks_naqoura_2025_12_03",
    ),
    (
        "en_03_guardian_lebanon_and_israel_send_civilian_envoys_to_naqoura_talks.txt",
        "israel_kills_tabatabai_in_beirut_2025_11_23",
    ),
    ("en_04_nhkworld_trial_of_man_accused_of_killing_abe_opens_in_nara.txt", "yamagami_trial_opens_2025_10_28"),
    (
        "en_05_independent_bolivia_former_president_luis_arce_arrested.txt",
        "judge_orders_arce_pretrial_detention_2025_12_11",
    ),
    ("en_05_independent_bolivia_former_president_luis_arce_arrested.txt", "police_arrest_arce_2025_12_10"),
    (
        "id_05_sindonews_basarnas_kendari_cari_dua_nelayan_hilang_di_perairan_buton_tengah.txt",
        "sar_search_day_three_2025_11_11",
    ),
    (
        "id_06_mediaindonesia_polda_malut_tetapkan_11_warga_maba_sangaji_tersangka.txt",
        "polda_malut_names_11_villagers_suspects_2025_05_18",
    ),
    (
        "id_06_mediaindonesia_polda_malut_tetapkan_11_warga_maba_sangaji_tersangka.txt",
        "police_arrest_27_villagers_2025_05_16",
    ),
    (
        "id_07_idntimes_polresta_malang_kota_tahan_pemilik_travel_umrah_tersangka_penipuan.txt",
        "police_name_travel_owner_suspect_2025_09_18",
    ),
    (
        "id_07_idntimes_polresta_malang_kota_tahan_pemilik_travel_umrah_tersangka_penipuan.txt",
        "police_detain_travel_owner_2025_09_18",
    ),
]

groups = [[[NEX_EN, gid], [NEX_ID, gid]] for gid in SHARED_NEX]
groups += [[[UAE_EN, gid], [UAE_ID, gid]] for gid in SHARED_UAE]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
