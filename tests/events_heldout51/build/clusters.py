"""clusters.json: positive pairs (Chile's runoff, 14 Dec 2025; the Tripoli clashes, 12-13 May 2025; the
Bondi Beach attack, 14 Dec 2025; Pavel meeting Babis at Lany, 5 Oct 2025, planned in one page and done in
the other) and one negative pair.

The negative pair is two announcements of an incumbent's ~90% presidential win: Gabon's interior minister
on 13 Apr 2025 (AFP) and Cote d'Ivoire's electoral commission on 27 Oct 2025 (Antara): same kind of act,
six months apart, and neither page recalls the other, so each stays alone. The main event of every other
single page is listed alone too, so that concessions, rulings or arrests merged across pages count as
errors."""

from common import write_clusters

CHILE_EN = "en_01_reuters_kast_wins_chile_runoff.txt"
CHILE_ID = "id_01_kompas_kast_menangi_pilpres_chile.txt"
TRIPOLI_EN = "en_02_aljazeera_clashes_rock_tripoli_after_kikli_killing.txt"
TRIPOLI_ID = "id_02_cnnindonesia_bentrokan_guncang_tripoli.txt"
BONDI_EN = "en_05_bbc_bondi_beach_hanukkah_shooting.txt"
BONDI_ID = "id_06_liputan6_penembakan_bondi_beach_15_tewas.txt"
CZECH_EN = "en_04_ap_czech_president_appoints_babis_prime_minister.txt"
CZECH_ID = "id_07_tempo_partai_ano_menangi_pemilu_ceko.txt"
GABON = "en_03_afp_gabon_junta_leader_wins_presidential_vote.txt"
IVORY = "id_03_antara_ouattara_menangi_pilpres_pantai_gading.txt"

PAIRS = [
    (
        CHILE_EN,
        CHILE_ID,
        ["jara_concedes_2025_12_14", "boric_calls_kast_2025_12_14", "boric_kast_meeting_planned_2025_12_15"],
    ),
    (
        TRIPOLI_EN,
        TRIPOLI_ID,
        [
            "tripoli_clashes_2025_05_12",
            "kikli_killed_2025_05_12",
            "gnu_says_abu_salim_taken_2025_05_13",
            "unsmil_calls_ceasefire_2025_05_13",
            "tripoli_clashes_2023_08",
        ],
    ),
    (
        BONDI_EN,
        BONDI_ID,
        [
            "bondi_gunmen_open_fire_2025_12_14",
            "police_kill_bondi_gunman_2025_12_14",
            "police_declare_terror_incident_2025_12_14",
            "albanese_condemns_attack_2025_12_14",
        ],
    ),
    (CZECH_EN, CZECH_ID, ["pavel_babis_meeting_2025_10_05"]),
]
ALONE = [
    (GABON, "gabon_results_announced_2025_04_13"),
    (IVORY, "cei_announces_results_2025_10_27"),
    (GABON, "bilie_accuses_authorities_2025_04_13"),
    (IVORY, "opposition_rejects_results_2025_10_27"),
    (CZECH_ID, "fiala_concedes_2025_10_04"),
    (CZECH_EN, "pavel_appoints_babis_2025_12_09"),
    (
        "id_04_detik_polda_jabar_tetapkan_dokter_ppds_tersangka.txt",
        "polda_jabar_names_priguna_suspect_2025_04_09",
    ),
    (
        "id_05_kumparan_pengadilan_tunisia_vonis_tokoh_oposisi.txt",
        "tunis_court_sentences_opposition_2025_04_19",
    ),
]

groups = [[[a, gid], [b, gid]] for a, b, gids in PAIRS for gid in gids]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
