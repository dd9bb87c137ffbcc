"""clusters.json: two positive pairs (the conclave electing Pope Leo XIV, 8 May 2025; the arrests over the
abduction and killing of bank branch head Ilham Pradipta, August 2025) and one negative pair.

The negative pair is Macron naming Sebastien Lecornu prime minister on 9 Sept 2025 (Antara) and
reappointing him on 10 Oct 2025 (Reuters): same actors, same act, a month apart, so the appointment and
the reappointment stay apart. Reuters recalls the first appointment in a background line, which joins
Antara's main event, as the seeds join a recalled event; the two prime ministers' resignations (Bayrou on
9 Sept, Lecornu on 6 Oct) stay alone. The Portuguese pair shares the 18 May 2025 election, recalled by
Tempo. The main event of every other page is listed alone too, so that two elections, appointments,
arrests or congratulations merged across pages count as errors."""

from common import write_clusters

POPE_EN = "en_01_ap_cardinals_elect_prevost_as_pope_leo_xiv.txt"
POPE_ID = "id_01_kompas_prevost_terpilih_jadi_paus_leo_xiv.txt"
ILHAM_DETIK = "id_02_detik_polisi_tangkap_8_tersangka_penculikan_kacab_bank.txt"
ILHAM_CNN = "id_03_cnnindonesia_polisi_ungkap_peran_tersangka_pembunuhan_kacab_bank.txt"
LECORNU_SEP = "id_04_antara_macron_tunjuk_lecornu_jadi_pm_prancis.txt"
LECORNU_OCT = "en_02_reuters_macron_reappoints_lecornu_days_after_he_quit.txt"
PORTUGAL_MAY = "id_06_kumparan_aliansi_montenegro_menangi_pemilu_dini_portugal.txt"
PORTUGAL_JUN = "id_07_tempo_montenegro_dilantik_lagi_jadi_pm_portugal.txt"
NOBOA = "en_03_afp_noboa_wins_ecuador_runoff_rival_alleges_fraud.txt"
CARNEY = "en_04_aljazeera_carney_liberals_win_canada_election.txt"
LOUVRE = "en_05_bbc_two_men_arrested_over_louvre_jewel_heist.txt"
PAZ = "id_05_liputan6_rodrigo_paz_menangi_pilpres_bolivia.txt"

SHARED_POPE = [
    "cardinals_elect_prevost_2025_05_08",
    "trump_congratulates_leo_2025_05_08",
    "leo_inauguration_mass_2025_05_18",
]
SHARED_ILHAM = [
    "police_arrest_suspects_2025_08_24",
    "police_name_suspects_2025_08_26",
    "abduction_of_ilham_2025_08_20",
    "pomdam_detains_soldiers_2025_08_24",
]
ALONE = [
    (LECORNU_OCT, "macron_reappoints_lecornu_2025_10_10"),
    (LECORNU_OCT, "lecornu_resigns_2025_10_06"),
    (LECORNU_SEP, "bayrou_resigns_2025_09_09"),
    (LECORNU_SEP, "assembly_topples_bayrou_2025_09_08"),
    (PORTUGAL_JUN, "rebelo_swears_in_montenegro_2025_06_05"),
    (PORTUGAL_JUN, "rebelo_reappoints_montenegro_2025_05_29"),
    (PORTUGAL_MAY, "montenegro_government_falls_2025_03_11"),
    (NOBOA, "noboa_wins_runoff_2025_04_13"),
    (NOBOA, "rubio_congratulates_noboa_2025_04_13"),
    (CARNEY, "liberals_win_election_2025_04_28"),
    (CARNEY, "trump_calls_carney_2025_04_29"),
    (LOUVRE, "police_arrest_louvre_suspects_2025_10_25"),
    (PAZ, "paz_wins_runoff_2025_10_19"),
    (PAZ, "us_congratulates_paz_2025_10_19"),
    (POPE_ID, "prabowo_congratulates_leo_2025_05_08"),
]

groups = [[[POPE_EN, gid], [POPE_ID, gid]] for gid in SHARED_POPE]
groups += [[[ILHAM_DETIK, gid], [ILHAM_CNN, gid]] for gid in SHARED_ILHAM]
groups += [
    [[LECORNU_SEP, "macron_appoints_lecornu_2025_09_09"], [LECORNU_OCT, "macron_appoints_lecornu_2025_09_09"]]
]
groups += [
    [[PORTUGAL_MAY, "ad_wins_snap_election_2025_05_18"], [PORTUGAL_JUN, "ad_wins_snap_election_2025_05_18"]]
]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
