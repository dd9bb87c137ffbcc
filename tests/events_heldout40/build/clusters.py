"""clusters.json: two positive pairs (Putin's state visit to New Delhi, 4-5 Dec 2025, Reuters and Antara;
Singapore's arrest of Paulus Tannos on 17 Jan 2025, CNA and Detik) and one negative pair.

The negative pair is two Polda Metro Jaya cases: six suspects named on 7 May 2025 for a deadly teenage
brawl in Johar Baru (Kompas) and two suspects named and detained on 21 July 2025 for intimidating a
journalist in Cakung (Tempo): same police, same kind of act (arrest, naming as suspect), ten weeks apart,
and neither page recalls the other, so each stays alone. The main event of every single page is listed
alone too, so that two meetings, arrests or closures merged across pages count as errors.

Left out on purpose: Liputan6's US tariff on India taking effect on 27 Aug 2025 is arguably the same tariff
as the pair's 'in August' background event; being neither merged nor kept apart by gold, it costs nothing."""

from common import write_clusters

PUTIN_EN = "en_01_reuters_putin_modi_new_delhi_summit.txt"
PUTIN_ID = "id_01_antara_putin_dan_modi_sepakati_program_ekonomi_2030.txt"
TANNOS_EN = "en_02_cna_singapore_arrests_paulus_tannos.txt"
TANNOS_ID = "id_02_detik_paulus_tannos_ditangkap_di_singapura.txt"
BRAWL = "id_03_kompas_polisi_tetapkan_enam_tersangka_tawuran_johar_baru.txt"
JOURNALIST = "id_04_tempo_polda_metro_tetapkan_tersangka_intimidasi_jurnalis.txt"

SHARED_PUTIN = [
    "putin_modi_summit_2025_12_05",
    "india_russia_sign_programme_2025_12_05",
    "modi_receives_putin_airport_2025_12_04",
    "us_extra_tariff_on_india_2025_08",
    "murmu_state_banquet_2025_12_05",
]
SHARED_TANNOS = ["cpib_arrests_tannos_2025_01_17", "kpk_names_tannos_suspect_2019_08"]
ALONE = [
    (BRAWL, "polda_names_six_brawl_suspects_2025_05_07"),
    (JOURNALIST, "polda_names_two_intimidation_suspects_2025_07_21"),
    (BRAWL, "police_arrest_brawlers_2025_05_05"),
    (JOURNALIST, "polda_detains_two_suspects_2025_07_21"),
    ("en_03_afp_france_bloquons_tout_protests_arrests.txt", "french_police_arrest_470_2025_09_10"),
    (
        "en_04_aljazeera_lebanon_cabinet_tasks_army_disarm_hezbollah.txt",
        "cabinet_tasks_army_with_disarmament_2025_08_05",
    ),
    ("en_05_reuters_poland_closes_belarus_border_zapad.txt", "poland_closes_belarus_border_2025_09_12"),
    ("id_05_cnnindonesia_trump_terima_erdogan_di_gedung_putih.txt", "trump_hosts_erdogan_2025_09_25"),
    ("id_06_kumparan_meloni_bertemu_trump_bahas_tarif.txt", "trump_meloni_meet_2025_04_17"),
    ("id_07_liputan6_modi_ishiba_tokyo_investasi_10_triliun_yen.txt", "modi_ishiba_summit_2025_08_29"),
]

groups = [[[PUTIN_EN, gid], [PUTIN_ID, gid]] for gid in SHARED_PUTIN]
groups += [[[TANNOS_EN, gid], [TANNOS_ID, gid]] for gid in SHARED_TANNOS]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
