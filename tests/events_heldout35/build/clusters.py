"""clusters.json: two positive pairs (Israel's resumed strikes on Gaza, 18 Mar 2025, Reuters and CNN
Indonesia; Riek Machar's house arrest in Juba, 26 Mar 2025, Al Jazeera and Kompas) and one negative pair.

The negative pair is two Indonesian suspects' cases ten months apart: the KPK detaining ex-Taspen chief
Antonius Kosasih (8 Jan 2025, Tempo) and Polda Metro Jaya naming Roy Suryo a suspect (7 Nov 2025, Detik).
Both pages hold a naming as suspect, a detention or summons, and a denial by the suspect's side, all
Indonesian actors; neither page recalls the other, so each event stays alone. The main event of every
single page is listed alone too, so that two meetings, strikes or tariffs merged across pages count as
errors (the AP page's month-level 'Israel resumed its offensive last month' is left out: it is the Gaza
pair's offensive told vaguely, neither clearly the same event nor clearly another)."""

from common import write_clusters

GAZA_EN = "en_01_reuters_israel_resumes_gaza_strikes_killing_hundreds.txt"
GAZA_ID = "id_01_cnnindonesia_israel_gempur_gaza_lagi_gencatan_senjata_runtuh.txt"
MACHAR_EN = "en_02_aljazeera_south_sudan_machar_under_house_arrest.txt"
MACHAR_ID = "id_02_kompas_wapres_sudan_selatan_riek_machar_jadi_tahanan_rumah.txt"
KOSASIH = "id_03_tempo_kpk_tahan_eks_dirut_taspen_antonius_kosasih.txt"
ROY = "id_04_detik_polda_metro_tetapkan_roy_suryo_tersangka.txt"
AP = "en_03_ap_trump_hosts_netanyahu_announces_iran_talks.txt"
AFP = "en_04_afp_colombian_senator_miguel_uribe_turbay_shot_in_bogota.txt"
BBC = "en_05_bbc_pakistan_and_saudi_arabia_sign_mutual_defence_pact.txt"
ANTARA = "id_05_antara_trump_terima_modi_di_gedung_putih_sepakati_perundingan_dagang.txt"
LIPUTAN6 = "id_06_liputan6_ri_pilih_negosiasi_tak_balas_tarif_trump_32_persen.txt"
KUMPARAN = "id_07_kumparan_trump_dan_zelensky_bertemu_di_vatikan_jelang_pemakaman_paus.txt"

SHARED_GAZA = [
    "israel_strikes_gaza_2025_03_18",
    "gaza_ceasefire_takes_effect_2025_01_19",
    "israel_consults_us_2025_03_17",
    "israel_halts_gaza_aid_2025_03_02",
]
SHARED_MACHAR = [
    "ssd_forces_detain_machar_2025_03_26",
    "white_army_overruns_nasir_2025_03_04",
    "un_helicopter_attacked_2025_03_07",
    "ssd_arrests_machar_allies_2025_03",
]
ALONE = [
    (KOSASIH, "kpk_detains_kosasih_2025_01_08"),
    (ROY, "polda_names_roy_suryo_suspect_2025_11_07"),
    (KOSASIH, "kpk_names_kosasih_suspect_2024_03"),
    (ROY, "jokowi_reports_to_police_2025_04_30"),
    (KOSASIH, "kosasih_lawyer_denies_2025_01_08"),
    (ROY, "roy_suryo_denies_slander_2025_11_07"),
    (AP, "trump_hosts_netanyahu_2025_04_07"),
    (AP, "us_tariff_on_israel_last_week"),
    (AFP, "gunman_shoots_uribe_turbay_2025_06_07"),
    (BBC, "pakistan_saudi_sign_defence_pact_2025_09_17"),
    (BBC, "israel_strikes_hamas_in_doha_2025_09_09"),
    (ANTARA, "trump_receives_modi_2025_02_13"),
    (LIPUTAN6, "trump_announces_32pct_tariff_2025_04_02"),
    (KUMPARAN, "trump_zelensky_meet_vatican_2025_04_26"),
]

groups = [[[GAZA_EN, gid], [GAZA_ID, gid]] for gid in SHARED_GAZA]
groups += [[[MACHAR_EN, gid], [MACHAR_ID, gid]] for gid in SHARED_MACHAR]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
