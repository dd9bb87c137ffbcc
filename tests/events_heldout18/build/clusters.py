"""clusters.json: two positive pairs (Nepal's 'Gen Z' protest shootings, 8 Sept 2025; Prabowo and Putin in
St Petersburg, 18-20 June 2025) and one negative pair.

The negative pair is two KPK sting operations on regional heads: the Riau governor arrested on 3 Nov 2025
(Detik) and the Kolaka Timur regent arrested on 8 Aug 2025 (Tempo): same actor, same kind of act (arrest,
naming as suspect, detention), three months apart, and neither page recalls the other, so each stays
alone. The main event of every single page is listed alone too, so that two arrests, signings or strikes
merged across pages count as errors."""

from common import write_clusters

NEPAL_EN = "en_01_reuters_nepal_police_kill_19_in_gen_z_protests.txt"
NEPAL_ID = "id_01_kompas_19_tewas_demo_gen_z_nepal.txt"
PUTIN_ID = "id_02_antara_prabowo_dan_putin_sepakati_kemitraan_strategis.txt"
PUTIN_EN = "en_02_cna_prabowo_putin_sign_strategic_partnership.txt"
RIAU = "id_03_detik_kpk_tetapkan_gubernur_riau_tersangka.txt"
KOLTIM = "id_04_tempo_kpk_tahan_bupati_kolaka_timur.txt"

SHARED_NEPAL = [
    "police_fire_on_protesters_2025_09_08",
    "gen_z_protest_kathmandu_2025_09_08",
    "nepal_blocks_social_media_2025_09_04",
    "gen_z_protest_planned_2025_09_09",
]
SHARED_PUTIN = [
    "prabowo_putin_sign_partnership_2025_06_19",
    "prabowo_putin_talks_2025_06_19",
    "danantara_rdif_fund_2025_06_19",
    "prabowo_arrives_st_petersburg_2025_06_18",
    "prabowo_putin_moscow_2024_07_31",
    "prabowo_spief_speech_2025_06_20",
]
ALONE = [
    (RIAU, "kpk_arrests_wahid_2025_11_03"),
    (KOLTIM, "kpk_arrests_azis_2025_08_08"),
    (RIAU, "kpk_names_wahid_suspect_2025_11_05"),
    (KOLTIM, "kpk_names_five_suspects_2025_08_09"),
    (RIAU, "kpk_detains_wahid_2025_11_05"),
    (KOLTIM, "kpk_detains_azis_2025_08_09"),
    ("en_03_ap_us_strike_on_venezuelan_drug_boat_kills_11.txt", "us_strikes_boat_from_venezuela_2025_09_02"),
    ("en_04_aljazeera_rsf_seizes_el_fasher.txt", "rsf_seizes_el_fasher_2025_10_26"),
    ("en_05_afp_north_korea_fires_missiles_before_apec.txt", "nk_fires_srbms_2025_10_22"),
    ("id_05_cnnindonesia_polisi_tangkap_direktur_lokataru.txt", "police_arrest_delpedro_2025_09_01"),
    (
        "id_06_liputan6_kamboja_thailand_teken_deklarasi_damai.txt",
        "hun_manet_anutin_sign_declaration_2025_10_26",
    ),
    ("id_07_kumparan_iran_dan_iaea_teken_kesepakatan_di_kairo.txt", "iran_iaea_sign_cairo_2025_09_09"),
]

groups = [[[NEPAL_EN, gid], [NEPAL_ID, gid]] for gid in SHARED_NEPAL]
groups += [[[PUTIN_ID, gid], [PUTIN_EN, gid]] for gid in SHARED_PUTIN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
