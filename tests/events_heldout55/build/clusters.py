"""clusters.json: two positive pairs (Prabowo's reshuffle of 8 Sept 2025, Kompas and Reuters; Machado's
Nobel Peace Prize of 10 Oct 2025, AP and CNN Indonesia), a partial pair (Al Jazeera's page on Trump's G20
boycott announcement and Tempo's page on the Johannesburg summit share the announcement, the summit
declaration - planned in one, done in the other - and the 2026 US summit), one event shared by Reuters and
Detik (the 28 Aug 2025 killing of a delivery driver by a police vehicle) and one negative pair.

The negative pair is two swearings-in of a head of government: Colonel Randrianirina as Madagascar's
president (17 Oct 2025, Antara) and Nitish Kumar as Bihar's chief minister (20 Nov 2025, BBC): same kind of
act a month apart, different people; each stays alone. Near misses listed alone too: the looting of the
lawmakers' houses on 30 Aug (Detik) against Sri Mulyani's house on 31 Aug (Kompas, Reuters), and the main
event of every single page, so that merging two announcements, swearings-in or aid pledges counts as an
error."""

from common import write_clusters

RESHUFFLE_ID = "id_01_kompas_prabowo_lantik_purbaya_gantikan_sri_mulyani.txt"
RESHUFFLE_EN = "en_01_reuters_prabowo_replaces_finance_minister.txt"
MACHADO_EN = "en_02_ap_machado_wins_nobel_peace_prize.txt"
MACHADO_ID = "id_02_cnnindonesia_machado_menangi_nobel_perdamaian.txt"
G20_EN = "en_04_aljazeera_trump_says_no_us_officials_at_g20.txt"
G20_ID = "id_07_tempo_ktt_g20_johannesburg_tanpa_amerika.txt"
MADAGASCAR = "id_03_antara_randrianirina_dilantik_presiden_madagaskar.txt"
BIHAR = "en_03_bbc_nitish_kumar_sworn_in_bihar.txt"
DPR = "id_04_detik_nasdem_pan_nonaktifkan_anggota_dpr.txt"

SHARED_RESHUFFLE = [
    "prabowo_swears_in_purbaya_2025_09_08",
    "prabowo_swears_in_three_ministers_2025_09_08",
    "purbaya_sri_mulyani_handover_2025_09_09",
    "prabowo_inaugurated_2024_10_20",
    "late_august_protests_2025_08",
    "sri_mulyani_house_looted_2025_08_31",
]
SHARED_MACHADO = [
    "nobel_committee_awards_machado_2025_10_10",
    "machado_dedicates_prize_to_trump_2025_10_10",
    "white_house_criticizes_nobel_2025_10_10",
    "cne_declares_maduro_winner_2024_07",
    "machado_detained_2025_01",
    "maduro_inaugurated_third_term_2025_01_10",
    "nobel_ceremony_oslo_2025_12_10",
]
SHARED_G20 = [
    "trump_announces_g20_boycott_2025_11_07",
    "g20_adopts_declaration_2025_11_22",
    "us_to_host_g20_2026",
]
ALONE = [
    (MADAGASCAR, "randrianirina_sworn_in_2025_10_17"),
    (BIHAR, "nitish_sworn_in_2025_11_20"),
    (MADAGASCAR, "hcc_invites_randrianirina_2025_10_14"),
    (BIHAR, "deputies_sworn_in_2025_11_20"),
    (DPR, "lawmakers_houses_looted_2025_08_30"),
    (DPR, "nasdem_deactivates_sahroni_2025_08_31"),
    (DPR, "pan_deactivates_eko_uya_2025_08_31"),
    ("id_05_kumparan_ishiba_umumkan_mundur.txt", "ishiba_announces_resignation_2025_09_07"),
    ("id_06_liputan6_negara_negara_kirim_bantuan_gempa_afghanistan.txt", "india_sends_aid_2025_09_01"),
    ("id_06_liputan6_negara_negara_kirim_bantuan_gempa_afghanistan.txt", "uk_pledges_aid_2025_09"),
    ("en_05_afp_d66_wins_dutch_election.txt", "d66_wins_election_2025_10_29"),
    (G20_ID, "us_boycotts_g20_summit_2025_11_22"),
    (G20_EN, "rubio_boycotts_g20_ministers_2025_02"),
]

groups = [[[RESHUFFLE_ID, gid], [RESHUFFLE_EN, gid]] for gid in SHARED_RESHUFFLE]
groups += [[[MACHADO_EN, gid], [MACHADO_ID, gid]] for gid in SHARED_MACHADO]
groups += [[[G20_EN, gid], [G20_ID, gid]] for gid in SHARED_G20]
groups += [
    [
        [RESHUFFLE_EN, "police_vehicle_kills_driver_2025_08_28"],
        [DPR, "police_vehicle_kills_driver_2025_08_28"],
    ]
]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
