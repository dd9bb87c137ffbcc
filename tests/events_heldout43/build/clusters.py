"""clusters.json: two positive pairs (NATO's Hague summit, 25 June 2025; the Brimob detentions over Affan
Kurniawan's death, 28-29 Aug 2025) and one negative pair: Belarus prisoner releases on 11 Sept 2025 (AP) and
21 June 2025 (CNN Indonesia). The AP page recalls the June release, so that one merges; the two releases,
the two envoy meetings and each page's main events stay alone.

Six pages stand alone, each its own topic (the Tarakan police HQ attack, Prabowo in Islamabad, the Awami
League ban, the Russian strike on Kyiv, JNIM's fuel blockade of Bamako, the Ladakh protests): every required
event of theirs is listed alone, so that any merge across pages counts as an error."""

from common import write_clusters

NATO_EN = "en_01_reuters_nato_allies_agree_5pct_at_hague_summit.txt"
NATO_ID = "id_01_kompas_nato_sepakati_belanja_pertahanan_5_persen.txt"
AFFAN_ID = "id_02_detik_propam_tempatkan_khusus_7_anggota_brimob.txt"
AFFAN_EN = "en_02_jakartapost_seven_brimob_officers_detained_over_driver_death.txt"
BY_SEP = "en_03_ap_belarus_frees_52_prisoners_after_us_envoy_visit.txt"
BY_JUN = "id_03_cnnindonesia_belarus_bebaskan_tsikhanouski.txt"

SHARED_NATO = [
    "nato_agree_5pct_2025_06_25",
    "nato_wales_2pct_2014",
    "spain_nato_deal_2025_06_22",
    "trump_threatens_spain_2025_06_25",
    "trump_zelensky_talks_2025_06_25",
]
SHARED_AFFAN = [
    "propam_detains_brimob_2025_08_29",
    "brimob_vehicle_kills_affan_2025_08_28",
    "kapolri_apologizes_2025_08_28",
    "ojol_protest_brimob_hq_2025_08_29",
    "brimob_ethics_trial_planned",
    "dpr_allowance_protests_2025_08_25",
]
ALONE = [
    (BY_SEP, "belarus_frees_52_2025_09_11"),
    (BY_SEP, "lukashenko_coale_talks_2025_09_11"),
    (BY_JUN, "lukashenko_kellogg_talks_2025_06_21"),
    (BY_JUN, "tsikhanouski_arrested_2020_05"),
]

STANDALONE = {
    "id_04_antara_prajurit_serang_mapolres_tarakan.txt": [
        "tni_attack_polres_tarakan_2025_02_24",
        "nightclub_brawl_2025_02_23",
        "pangdam_apologizes_2025_02_25",
        "pomdam_to_examine_soldiers_2025_02_26",
        "pangdam_kapolda_inspect_agree_2025_02_25",
    ],
    "id_05_tempo_prabowo_dan_shehbaz_sharif_bertemu_di_islamabad.txt": [
        "prabowo_shehbaz_talks_2025_12_09",
        "indonesia_pakistan_sign_mous_2025_12_09",
        "prabowo_arrives_rawalpindi_2025_12_08",
        "prabowo_to_meet_zardari_2025_12_10",
        "prabowo_shehbaz_cairo_d8_2024_12",
    ],
    "id_06_liputan6_bangladesh_larang_aktivitas_liga_awami.txt": [
        "bangladesh_bans_awami_league_2025_05_10",
        "ncp_protest_yunus_residence_2025_05_08",
        "awami_rejects_ban_2025_05_11",
        "student_uprising_topples_hasina_2024",
        "crackdown_kills_1400_2024",
    ],
    "id_07_kumparan_serangan_rusia_ke_kyiv_rusak_kantor_delegasi_ue.txt": [
        "russia_strikes_kyiv_2025_08_28",
        "strike_damages_eu_delegation_2025_08_28",
        "eu_summons_russian_charge_2025_08_28",
        "uk_summons_russian_ambassador_2025_08_28",
        "umerov_witkoff_meeting_2025_08_29",
        "trump_pushes_putin_zelensky_meeting_2025_08",
    ],
    "en_04_afp_jihadist_fuel_blockade_chokes_bamako.txt": [
        "us_urges_citizens_leave_mali_2025_10_28",
        "jnim_declares_fuel_blockade_2025_09",
        "jnim_burns_tankers_near_kati_2025_10_26",
        "army_neutralises_assailants_2025_10_26",
        "goita_coup_2020",
        "goita_coup_2021",
        "mali_expels_french_troops_2022",
    ],
    "en_05_bbc_ladakh_activist_sonam_wangchuk_arrested.txt": [
        "police_arrest_wangchuk_2025_09_26",
        "leh_statehood_march_2025_09_24",
        "protesters_stone_police_burn_bjp_office_2025_09_24",
        "police_fire_on_protesters_2025_09_24",
        "curfew_imposed_leh_2025_09_24",
        "home_ministry_blames_wangchuk_2025_09_25",
        "wangchuk_hunger_strike_2025_09_10",
        "wangchuk_ends_fast_urges_calm_2025_09_24",
        "india_revokes_jk_status_2019_08",
        "ladakh_talks_scheduled_2025_10_06",
    ],
}
ALONE += [(file, gid) for file, gids in STANDALONE.items() for gid in gids]

groups = [[[NATO_EN, gid], [NATO_ID, gid]] for gid in SHARED_NATO]
groups += [[[AFFAN_ID, gid], [AFFAN_EN, gid]] for gid in SHARED_AFFAN]
groups += [
    [[BY_JUN, "belarus_frees_tsikhanouski_2025_06_21"], [BY_SEP, "belarus_frees_tsikhanouski_2025_06_21"]]
]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
