"""clusters.json: three positive pairs (Ukraine's drone attack on Moscow, 10-11 March 2025; Tundu Lissu's
arrest and treason charge, 9-10 April 2025; Truong My Lan's appeal ruling, 3 Dec 2024) and one negative pair.

The negative pair is two killings by Indonesian security personnel in November 2024: soldiers attacking the
villagers of Desa Selamat, Deli Serdang, on 8 Nov (detikSumut) and a police officer shooting a fellow officer
in Solok Selatan on 22 Nov (Liputan6). Same country, same month, same kind of act (lethal force by men in
uniform, then their own institution detaining them), different days and places, and neither page recalls the
other, so each stays alone. The main event of every single page is listed alone too, so that two arrests,
rulings or votes merged across pages count as errors."""

from common import write_clusters

DRONES_EN = "en_01_reuters_ukraine_drone_attack_on_moscow.txt"
DRONES_ID = "id_01_kompas_serangan_drone_terbesar_ukraina_ke_moskwa.txt"
LISSU_EN = "en_02_afp_tanzania_opposition_leader_lissu_charged_with_treason.txt"
LISSU_ID = "id_02_cnnindonesia_tokoh_oposisi_tanzania_didakwa_makar.txt"
LAN_EN = "en_03_ap_vietnam_court_upholds_truong_my_lan_death_sentence.txt"
LAN_ID = "id_03_antara_pengadilan_vietnam_kuatkan_vonis_mati_truong_my_lan.txt"
DELI = "id_04_detik_prajurit_serang_warga_desa_selamat_deli_serdang.txt"
SOLOK = "id_05_liputan6_kabag_ops_tembak_kasat_reskrim_solok_selatan.txt"

SHARED = [
    (
        DRONES_EN,
        DRONES_ID,
        [
            "ukraine_drones_strike_moscow_2025_03_11",
            "us_ukraine_jeddah_talks_2025_03_11",
            "ukraine_drones_moscow_2024_11",
        ],
    ),
    (
        LISSU_EN,
        LISSU_ID,
        [
            "lissu_charged_treason_2025_04_10",
            "police_arrest_lissu_2025_04_09",
            "chadema_denies_incitement_2025_04_10",
            "lissu_shot_2017",
        ],
    ),
    (
        LAN_EN,
        LAN_ID,
        [
            "court_upholds_lan_death_sentence_2024_12_03",
            "lan_death_sentence_2024_04",
            "lan_life_sentence_2024_10",
            "lan_arrested_2022_10",
        ],
    ),
]
ALONE = [
    (DELI, "soldiers_attack_selamat_villagers_2024_11_08"),
    (SOLOK, "dadang_shoots_ryanto_2024_11_22"),
    (DELI, "pomdam_detains_33_soldiers_2024_11_09"),
    (SOLOK, "polda_detains_dadang_2024_11_22"),
    ("en_04_cna_iswaran_sentenced_to_12_months_jail.txt", "court_sentences_iswaran_2024_10_03"),
    (
        "en_05_bbc_kenya_police_officers_arrested_over_ojwang_death.txt",
        "officers_arrested_over_ojwang_2025_06_11",
    ),
    ("id_06_tempo_pemerintahan_bayrou_jatuh_kalah_mosi_percaya.txt", "assembly_topples_bayrou_2025_09_08"),
    (
        "id_07_kumparan_polda_jatim_tetapkan_tersangka_pembakaran_grahadi.txt",
        "polda_jatim_names_18_suspects_2025_09_03",
    ),
]

groups = [[[en, gid], [idn, gid]] for en, idn, gids in SHARED for gid in gids]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
