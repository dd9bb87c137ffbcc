"""clusters.json: three positive pairs (Labor's win in Australia, 3 May 2025; Mamdani's election in New York,
4 Nov 2025; the PAP's win in Singapore, 3 May 2025) and one negative pair.

The negative pair is two governing parties winning national votes, Labour in Norway (8 Sept 2025, Tempo)
and Milei's La Libertad Avanza in Argentina (26 Oct 2025, Liputan6): same kind of act (a win, a victory
speech, congratulations), seven weeks apart, and neither page recalls the other, so each stays alone. The
Australian and Singaporean wins fall on the same day and Prabowo congratulates both winners on 4 May: they
are separate groups, so merging them counts as an error. The main event of every single page is alone too."""

from common import write_clusters

ALB_EN = "en_01_reuters_albanese_labor_wins_australian_election.txt"
ALB_ID = "id_01_kompas_albanese_menang_pemilu_australia.txt"
NYC_EN = "en_02_ap_mamdani_elected_new_york_mayor.txt"
NYC_ID = "id_02_cnnindonesia_mamdani_menang_pilwalkot_new_york.txt"
SG_EN = "en_03_cna_pap_wins_singapore_general_election.txt"
SG_ID = "id_05_antara_prabowo_ucapkan_selamat_kepada_lawrence_wong.txt"
NOR = "id_03_tempo_partai_buruh_menang_pemilu_norwegia.txt"
ARG = "id_04_liputan6_partai_milei_menang_pemilu_sela_argentina.txt"

SHARED = [
    (ALB_EN, ALB_ID, "labor_wins_election_2025_05_03"),
    (ALB_EN, ALB_ID, "dutton_concedes_2025_05_03"),
    (ALB_EN, ALB_ID, "albanese_victory_speech_2025_05_03"),
    (ALB_EN, ALB_ID, "albanese_criticises_us_tariffs_2025_04"),
    (NYC_EN, NYC_ID, "mamdani_wins_2025_11_04"),
    (NYC_EN, NYC_ID, "cuomo_concedes_2025_11_04"),
    (NYC_EN, NYC_ID, "mamdani_victory_speech_2025_11_04"),
    (NYC_EN, NYC_ID, "trump_threatens_funding_2025_11_03"),
    (SG_EN, SG_ID, "pap_wins_ge_2025_05_03"),
    (SG_EN, SG_ID, "wong_claims_mandate_2025_05_04"),
    (SG_EN, SG_ID, "anwar_congratulates_wong_2025_05_03"),
]
ALONE = [
    (NOR, "store_labour_wins_2025_09_08"),
    (ARG, "lla_wins_midterms_2025_10_26"),
    (NOR, "store_declares_victory_2025_09_08"),
    (ARG, "milei_victory_speech_2025_10_26"),
    (NOR, "solberg_concedes_2025_09_08"),
    (ARG, "trump_congratulates_milei_2025_10_26"),
    (ALB_EN, "starmer_congratulates_albanese_2025_05_03"),
    (ALB_ID, "prabowo_congratulates_albanese_2025_05_04"),
    (SG_ID, "prabowo_calls_wong_2025_05_04"),
    ("en_04_aljazeera_syria_holds_indirect_parliamentary_vote.txt", "syria_indirect_vote_2025_10_05"),
    ("en_05_afp_guinea_voters_approve_new_constitution.txt", "guinea_referendum_approved_2025_09_21"),
    ("id_06_detik_kpk_tetapkan_6_tersangka_ott_oku.txt", "kpk_names_oku_suspects_2025_03_16"),
    ("id_07_kumparan_20_prajurit_tersangka_kematian_prada_lucky.txt", "tni_names_20_suspects_2025_08_11"),
]

groups = [[[a, gid], [b, gid]] for a, b, gid in SHARED]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
