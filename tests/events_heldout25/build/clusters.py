"""clusters.json: two positive pairs (Putin and Kim's defence treaty in Pyongyang, 19 June 2024; Bolivia's
failed coup attempt and General Zúñiga's arrest, 26 June 2024) and one negative pair.

The negative pair is two Indonesian law-enforcement cases announced at a press conference in Jakarta: KPK
naming the South Kalimantan governor a suspect on 8 Oct 2024 (Detik) and the Attorney General's Office
arresting and naming ex-Supreme Court official Zarof Ricar on 24-25 Oct 2024 (Tempo): same kind of act
(arrest, naming a suspect, detention), seventeen days apart, different agencies and suspects, and neither
page recalls the other, so each stays alone. The main event of every single page is listed alone too, so
that two meetings, visits or strikes merged across pages count as errors."""

from common import write_clusters

PUTIN_EN = "en_01_reuters_putin_kim_sign_mutual_defence_pact.txt"
PUTIN_ID = "id_01_kompas_putin_kim_teken_pakta_pertahanan.txt"
BOLIVIA_EN = "en_02_ap_bolivia_troops_storm_palace_general_arrested.txt"
BOLIVIA_ID = "id_02_cnnindonesia_kudeta_gagal_bolivia_jenderal_ditangkap.txt"
KALSEL = "id_03_detik_kpk_tetapkan_gubernur_kalsel_tersangka.txt"
ZAROF = "id_04_tempo_kejagung_tangkap_zarof_ricar.txt"

SHARED_PUTIN = [
    "putin_kim_sign_treaty_2024_06_19",
    "putin_arrives_pyongyang_2024_06_19",
    "putin_kim_talks_2024_06_19",
    "kim_vostochny_2023_09",
    "putin_visit_vietnam_2024_06_19",
]
SHARED_BOLIVIA = [
    "troops_storm_palace_2024_06_26",
    "zuniga_arrested_2024_06_26",
]
ALONE = [
    (KALSEL, "kpk_names_sahbirin_suspect_2024_10_08"),
    (ZAROF, "kejagung_names_zarof_suspect_2024_10_25"),
    (KALSEL, "kpk_sting_kalsel_2024_10_06"),
    (ZAROF, "kejagung_arrests_zarof_2024_10_24"),
    (KALSEL, "kpk_detains_six_2024_10_08"),
    (ZAROF, "kejagung_detains_zarof_2024_10_25"),
    (
        "en_03_aljazeera_israeli_strike_iran_consulate_damascus.txt",
        "israel_strikes_iran_consulate_2024_04_01",
    ),
    ("en_04_bbc_trump_confronts_ramaphosa_oval_office.txt", "trump_ramaphosa_meeting_2025_05_21"),
    ("en_05_cna_modi_zelenskyy_kyiv_visit.txt", "modi_zelenskyy_talks_2024_08_23"),
    ("id_05_antara_orban_temui_putin_di_moskow.txt", "orban_putin_talks_2024_07_05"),
    ("id_06_liputan6_polisi_nigeria_tembakkan_gas_air_mata.txt", "police_teargas_protesters_2024_08_01"),
    ("id_07_kumparan_indonesia_resmi_jadi_anggota_brics.txt", "indonesia_joins_brics_2025_01_06"),
]

groups = [[[PUTIN_EN, gid], [PUTIN_ID, gid]] for gid in SHARED_PUTIN]
groups += [[[BOLIVIA_EN, gid], [BOLIVIA_ID, gid]] for gid in SHARED_BOLIVIA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
