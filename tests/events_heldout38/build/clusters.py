"""clusters.json: two positive pairs (Israel's strike killing Tabatabai in Beirut, 23 Nov 2025; Russia's
strike on Ternopil, 19 Nov 2025, with the same day's Zelensky-Erdogan talks and Driscoll's planned Kyiv
visit) and one negative pair.

The negative pair is two anti-Fico rallies in Bratislava, on 24 Jan 2025 (kumparan) and 7 Feb 2025 (AFP):
same protesters, same target, same square, two weeks apart; neither page dates the other's rally, so each
stays alone. Both recall Fico's Kremlin meeting with Putin of 22 Dec 2024, which is one event (the seeds merge
a background summit recalled by two pages the same way), as is the November 2024 Israel-Hezbollah truce that
both Beirut pages recall. The main event of every single page is listed alone too, so that two arrests,
strikes or meetings merged across pages count as errors."""

from common import write_clusters

BEIRUT_EN = "en_01_reuters_israel_kills_hezbollah_chief_of_staff_in_beirut.txt"
BEIRUT_ID = "id_01_kompas_israel_bunuh_kepala_staf_hizbullah.txt"
TERNOPIL_EN = "en_02_ap_russian_strike_on_ternopil_kills_25.txt"
TERNOPIL_ID = "id_02_cnnindonesia_serangan_rusia_di_ternopil.txt"
FICO_ID = "id_03_kumparan_puluhan_ribu_demo_tolak_fico_di_bratislava.txt"
FICO_EN = "en_03_afp_slovaks_rally_again_against_fico.txt"

SHARED_BEIRUT = ["israel_kills_tabatabai_2025_11_23", "israel_hezbollah_ceasefire_2024_11"]
SHARED_TERNOPIL = [
    "russia_strikes_ternopil_2025_11_19",
    "zelensky_erdogan_ankara_2025_11_19",
    "driscoll_to_visit_kyiv_2025_11_20",
]
ALONE = [
    (FICO_ID, "bratislava_protest_2025_01_24"),
    (FICO_EN, "slovakia_protest_2025_02_07"),
    (BEIRUT_EN, "israel_bombs_beirut_2025_06"),
    (TERNOPIL_EN, "ukraine_fires_atacms_2025_11_18"),
    ("en_04_cna_philippine_police_arrest_quiboloy.txt", "police_arrest_quiboloy_2024_09_08"),
    (
        "en_05_aljazeera_israeli_strike_hits_gaza_catholic_church.txt",
        "israel_strikes_holy_family_church_2025_07_17",
    ),
    ("id_04_antara_serangan_udara_pakistan_di_paktika.txt", "pakistan_airstrikes_paktika_2024_12_24"),
    ("id_05_liputan6_iran_dan_e3_berunding_di_istanbul.txt", "iran_e3_talks_istanbul_2025_07_25"),
    ("id_06_detik_prabowo_hadiri_may_day_di_monas.txt", "police_detain_protesters_2025_05_01"),
    ("id_07_tempo_polisi_tangkap_peretas_diduga_bjorka.txt", "police_arrest_wft_2025_09_23"),
    ("id_07_tempo_polisi_tangkap_peretas_diduga_bjorka.txt", "police_arrest_mah_madiun_2022_09"),
]

groups = [[[BEIRUT_EN, gid], [BEIRUT_ID, gid]] for gid in SHARED_BEIRUT]
groups += [[[TERNOPIL_EN, gid], [TERNOPIL_ID, gid]] for gid in SHARED_TERNOPIL]
groups += [[[FICO_ID, "fico_putin_kremlin_2024_12_22"], [FICO_EN, "fico_putin_kremlin_2024_12_22"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
