"""clusters.json: two positive pairs (the RSF drone strike on a mosque in El Fasher on 19 Sep 2025 and the
condemnations that followed, France 24 and Okezone; Indonesia's contract for 48 KAAN jets signed in Istanbul on
26 Jul 2025 and the Sjafrie-Guler talks, Jakarta Globe and Bisnis) and one negative pair.

The negative pair is two police raids on illegal gold mines: Polres Kuantan Singingi on the Kuantan river in Riau
on 14 Oct 2025 (Tribun Pekanbaru) and Polres Mandailing Natal in Lingga Bayu, North Sumatra, on 20 Nov 2025
(detikSumut): same kind of act (a raid with arrests of miners), different police, provinces and dates, and
neither page recalls the other, so each stays alone. The main event of every single page is listed alone too,
so that two raids, searches, releases or condemnations merged across pages count as errors."""

from common import write_clusters

FASHER_EN = "en_01_france24_rsf_drone_strike_kills_75_in_el_fasher_mosque.txt"
FASHER_ID = "id_01_okezone_drone_rsf_hantam_masjid_di_el_fasher_75_tewas.txt"
KAAN_EN = "en_02_jakartaglobe_indonesia_signs_contract_for_48_kaan_jets_in_istanbul.txt"
KAAN_ID = "id_02_bisnis_kemhan_teken_kontrak_48_jet_kaan_di_istanbul.txt"
KUANSING = "id_03_tribunnews_polres_kuansing_gerebek_peti_di_kuantan_mudik.txt"
MADINA = "id_04_detik_polres_madina_razia_tambang_emas_ilegal_di_lingga_bayu.txt"

SHARED_FASHER = [
    "rsf_drone_hits_mosque_2025_09_19",
    "sudan_government_condemns_2025_09_19",
    "guterres_condemns_strike_2025_09_20",
    "doctors_network_accuses_rsf_2025_09_19",
    "rsf_assault_zamzam_2025_04",
]
SHARED_KAAN = [
    "kaan_contract_signed_2025_07_26",
    "sjafrie_guler_talks_2025_07_26",
    "joint_statement_defense_industry_2025_07_26",
    "indo_defence_framework_2025_06_11",
]
ALONE = [
    (KUANSING, "polres_kuansing_raids_peti_2025_10_14"),
    (MADINA, "polres_madina_raids_mine_2025_11_20"),
    (KUANSING, "two_named_suspects_2025_10_15"),
    (MADINA, "villagers_protest_at_polres_2025_11_19"),
    (FASHER_ID, "saudi_condemns_strike_2025_09_20"),
    (KAAN_EN, "prabowo_erdogan_agree_bogor_2025_02"),
    ("en_03_nikkei_mongolia_pm_oyun_erdene_ousted_in_confidence_vote.txt", "khural_ousts_oyun_erdene_2025_06_03"),
    (
        "en_04_independent_taliban_free_british_couple_peter_and_barbie_reynolds.txt",
        "taliban_free_reynolds_2025_09_19",
    ),
    ("en_05_scmp_thailand_extradites_she_zhijiang_to_china.txt", "thailand_extradites_she_2025_11_12"),
    (
        "id_05_kompas_longboat_terbalik_di_perairan_seram_bagian_barat_satu_nelayan_hilang.txt",
        "sar_search_missing_fisherman_2025_12_07",
    ),
    (
        "id_06_republika_kejari_bima_tahan_kades_tersangka_korupsi_dana_desa.txt",
        "kejari_bima_detains_village_head_2025_11_04",
    ),
    (
        "id_07_idntimes_mahasiswa_demo_di_dprd_kalsel_ketua_dprd_temui_massa.txt",
        "students_protest_dprd_kalsel_2025_09_01",
    ),
]

groups = [[[FASHER_EN, gid], [FASHER_ID, gid]] for gid in SHARED_FASHER]
groups += [[[KAAN_EN, gid], [KAAN_ID, gid]] for gid in SHARED_KAAN]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
