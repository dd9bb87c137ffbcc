"""clusters.json: two positive pairs (Mohammed bin Salman at the White House, 18 Nov 2025; the UN Security
Council's Gaza resolution and Indonesia's troop offer, 17-18 Nov 2025) and one negative pair.

The negative pair is two free-meals (MBG) food-poisoning cases: Cipongkor, West Bandung, 22-24 Sept 2025
(Detik) and Lebong, Bengkulu, late Aug 2025 with suspects named on 13 Oct (Tempo). Both report BGN shutting
a kitchen, on different days in different districts, and neither page recalls the other, so each stays
alone. The main event of every single page is listed alone too, so that two Trump meetings, arrests or
seizures merged across pages count as errors."""

from common import write_clusters

SAUDI_EN = "en_01_reuters_trump_hosts_saudi_crown_prince.txt"
SAUDI_ID = "id_01_cnnindonesia_trump_jual_f35_ke_arab_saudi.txt"
GAZA_ID = "id_02_antara_ri_sambut_resolusi_dk_pbb_gaza.txt"
GAZA_EN = "en_02_jakartapost_indonesia_troops_gaza_un_resolution.txt"
DETIK = "id_03_detik_ratusan_siswa_keracunan_mbg_bandung_barat.txt"
TEMPO = "id_04_tempo_polisi_tetapkan_tersangka_keracunan_mbg_lebong.txt"

SHARED_SAUDI = [
    "trump_mbs_meet_2025_11_18",
    "us_saudi_sign_defense_agreement_2025_11_18",
    "us_saudi_nuclear_declaration_2025_11_18",
    "trump_visits_riyadh_2025_05",
    "khashoggi_killed_2018",
    "mbs_investment_forum_2025_11_19",
]
SHARED_GAZA = [
    "unsc_adopts_resolution_2803_2025_11_17",
    "tni_team_to_cairo_next_week",
    "prabowo_offers_troops_unga_2025_09",
    "israel_hamas_ceasefire_2025_10_10",
]
ALONE = [
    (DETIK, "bgn_suspends_cipongkor_sppg_2025_09_23"),
    (TEMPO, "bgn_closes_lebong_sppg_2025_08"),
    (DETIK, "bupati_declares_klb_2025_09_23"),
    (TEMPO, "polres_lebong_names_suspects_2025_10_13"),
    ("en_03_ap_trump_grants_hungary_sanctions_exemption.txt", "trump_orban_meet_2025_11_07"),
    ("en_03_ap_trump_grants_hungary_sanctions_exemption.txt", "us_exempts_hungary_sanctions_2025_11_07"),
    ("en_04_afp_iran_seizes_tanker_talara_hormuz.txt", "irgc_seizes_talara_2025_11_14"),
    ("en_05_bbc_china_expels_nine_generals.txt", "china_expels_nine_generals_2025_10_17"),
    ("id_05_liputan6_zelensky_temui_trump_tomahawk.txt", "trump_zelensky_meet_2025_10_17"),
    ("id_06_kompas_polisi_federal_tangkap_bolsonaro.txt", "police_arrest_bolsonaro_2025_11_22"),
    ("id_07_kumparan_wali_kota_uruapan_ditembak_mati.txt", "manzo_shot_dead_2025_11_01"),
]

groups = [[[SAUDI_EN, gid], [SAUDI_ID, gid]] for gid in SHARED_SAUDI]
groups += [[[GAZA_ID, gid], [GAZA_EN, gid]] for gid in SHARED_GAZA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
