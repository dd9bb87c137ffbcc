"""clusters.json: two positive pairs (the Russia-Ukraine talks in Istanbul, 16 May 2025; Timor-Leste's
admission to ASEAN in Kuala Lumpur, 26 Oct 2025) and one negative pair.

The negative pair is two Pakistan-Afghanistan border clashes: the night of 11-12 Oct 2025 (Al Jazeera) and
Spin Boldak on 15 Oct 2025 (Detik): same actors, same kind of act (cross-border fire, air strikes), four
days apart; neither page dates the other's clash, so each stays alone. The Kabul strike of 9 Oct (alleged)
and the Kandahar/Kabul strikes of 15 Oct (alleged) are kept apart too. The main event of every single page
is listed alone as well, so that strikes, meetings or signings merged across pages count as errors."""

from common import write_clusters

TALKS_EN = "en_01_reuters_russia_ukraine_first_direct_talks_istanbul.txt"
TALKS_ID = "id_01_kompas_rusia_ukraina_sepakati_pertukaran_tawanan.txt"
ASEAN_ID = "id_02_antara_timor_leste_resmi_anggota_asean.txt"
ASEAN_EN = "en_02_cna_timor_leste_joins_asean.txt"
BORDER_EN = "en_03_aljazeera_pakistan_afghanistan_border_clashes.txt"
BORDER_ID = "id_03_detik_pakistan_afghanistan_bentrok_lagi_sepakati_gencatan_senjata.txt"

SHARED_TALKS = [
    "russia_ukraine_talks_istanbul_2025_05_16",
    "prisoner_swap_agreed_2025_05_16",
    "us_turkey_ukraine_meet_2025_05_16",
    "zelensky_erdogan_ankara_2025_05_15",
]
SHARED_ASEAN = [
    "asean_admits_timor_leste_2025_10_26",
    "asean_summit_opens_2025_10_26",
    "asean_in_principle_2022_11",
    "trump_arrives_kuala_lumpur_2025_10_26",
]
ALONE = [
    (BORDER_EN, "afghan_forces_attack_border_posts_2025_10_11"),
    (BORDER_ID, "spin_boldak_clash_2025_10_15"),
    (BORDER_EN, "pakistan_strikes_kabul_2025_10_09"),
    (BORDER_ID, "pakistan_airstrikes_kandahar_kabul_2025_10_15"),
    (BORDER_EN, "pakistan_retaliates_2025_10_12"),
    ("en_04_bbc_israel_strikes_damascus_military_hq.txt", "israel_strikes_damascus_hq_2025_07_16"),
    ("en_05_ap_trump_hosts_zelenskyy_and_european_leaders.txt", "trump_zelensky_oval_office_2025_08_18"),
    ("id_04_kumparan_takaichi_trump_teken_kerja_sama_mineral.txt", "takaichi_trump_talks_2025_10_28"),
    ("id_05_cnnindonesia_lee_jae_myung_xi_jinping_gyeongju.txt", "lee_xi_summit_2025_11_01"),
    ("id_06_liputan6_demo_gen_z_peru_satu_tewas.txt", "police_shoot_protester_2025_10_15"),
    ("id_07_tempo_kpk_tahan_bupati_ponorogo.txt", "kpk_detains_sugiri_2025_11_08"),
]

groups = [[[TALKS_EN, gid], [TALKS_ID, gid]] for gid in SHARED_TALKS]
groups += [[[ASEAN_ID, gid], [ASEAN_EN, gid]] for gid in SHARED_ASEAN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
