"""clusters.json: two positive pairs (the foiled coup attempt in Kinshasa on 19 May 2024, Reuters and
detikNews; the evacuation of 97 people from Iran via Azerbaijan, 20-24 Jun 2025, The Jakarta Post and Antara)
and one negative pair.

The negative pair is two labour disputes at industrial parks that turned violent: a strike at the IMIP park in
Morowali, Central Sulawesi, on 14 Jul 2025, with a security post burned and 12 people held by Polres Morowali
(Tribunnews), and a rally against layoffs at Jababeka, Cikarang, on 3 Sep 2025, dispersed with a water cannon,
five people held by Polres Metro Bekasi (Jawa Pos): same kind of act (workers' protest, clash, police
detentions, a union accusation, a labour office's mediation), different provinces, companies, police and
dates, and neither page recalls the other, so each stays alone. The main events of every single page are
listed alone too, so that merging two protests, arrests or repatriations across pages counts as an error."""

from common import write_clusters

COUP_EN = "en_01_reuters_congo_army_says_it_foiled_coup_attempt_in_kinshasa.txt"
COUP_ID = "id_01_detik_militer_kongo_gagalkan_upaya_kudeta_di_kinshasa.txt"
EVAC_EN = "en_02_jakartapost_indonesians_evacuated_from_iran_arrive_in_jakarta.txt"
EVAC_ID = "id_02_antara_wni_yang_dievakuasi_dari_iran_tiba_di_jakarta.txt"
IMIP = "id_03_tribunnews_mogok_pekerja_di_kawasan_imip_morowali_ricuh_12_orang_diamankan.txt"
JABABEKA = "id_04_jawapos_demo_buruh_tolak_phk_di_kawasan_industri_jababeka_ricuh.txt"
OKI = "id_05_kompas_karhutla_di_ogan_komering_ilir_helikopter_water_bombing_dikerahkan_dua_pembakar_ditangkap.txt"
DUBLIN = "id_06_cnnindonesia_israel_tutup_kedutaan_besar_di_irlandia.txt"
MYAWADDY = "id_07_voaindonesia_ratusan_wni_korban_penipuan_daring_di_myawaddy_dipulangkan.txt"
HOUTHI = "en_03_guardian_houthi_missile_hits_ben_gurion_airport_israel_vows_response.txt"
SAMSUNG = "en_04_straitstimes_samsung_union_declares_indefinite_strike.txt"
WILDFIRE = "en_05_yonhap_wildfires_kill_24_destroy_ancient_gounsa_temple.txt"

SHARED_COUP = [
    "army_foils_coup_attempt_2024_05_19",
    "gunmen_attack_kamerhe_residence_2024_05_19",
    "attackers_occupy_palais_de_la_nation_2024_05_19",
    "security_forces_kill_malanga_2024_05_19",
    "army_arrests_about_50_attackers_2024_05_19",
    "us_ambassador_pledges_cooperation_2024_05_19",
    "au_condemns_coup_attempt_2024_05_19",
]
SHARED_EVAC = [
    "embassy_evacuates_citizens_from_tehran_2025_06_20",
    "evacuees_cross_into_azerbaijan_2025_06_21",
    "anis_matta_welcomes_evacuees_in_jakarta_2025_06_24",
    "sugiono_thanks_azerbaijan_2025_06_24",
    "ministry_prepares_evacuation_from_israel_2025_06",
]
ALONE = [
    (IMIP, "workers_strike_at_imip_2025_07_14"),
    (JABABEKA, "workers_rally_against_layoffs_2025_09_03"),
    (IMIP, "workers_stone_guards_burn_post_2025_07_14"),
    (JABABEKA, "police_disperse_with_water_cannon_2025_09_03"),
    (IMIP, "polres_morowali_detains_12_2025_07_14"),
    (JABABEKA, "police_detain_five_2025_09_03"),
    (IMIP, "disnakertrans_to_mediate_2025_07_17"),
    (JABABEKA, "disnaker_to_hold_tripartite_mediation_2025_09_05"),
    (OKI, "polres_oki_arrests_two_farmers_2025_08_06"),
    (OKI, "bnpb_deploys_water_bombing_helicopters_2025_08_07"),
    (DUBLIN, "israel_announces_closure_of_dublin_embassy_2024_12_15"),
    (MYAWADDY, "indonesia_repatriates_400_citizens_2025_03_19"),
    (MYAWADDY, "bgf_hands_over_citizens_to_thailand_2025_03_18"),
    (HOUTHI, "houthi_missile_hits_ben_gurion_2025_05_04"),
    (SAMSUNG, "nseu_declares_indefinite_strike_2024_07_10"),
    (WILDFIRE, "police_book_man_over_uiseong_fire_2025_03"),
]

groups = [[[COUP_EN, gid], [COUP_ID, gid]] for gid in SHARED_COUP]
groups += [[[EVAC_EN, gid], [EVAC_ID, gid]] for gid in SHARED_EVAC]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
