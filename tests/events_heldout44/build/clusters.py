"""clusters.json: two positive pairs (the US raid on the Hyundai-LG battery site in Georgia, 4 Sept 2025;
Macron, Merz, Starmer and Tusk in Kyiv, 10 May 2025) and one negative pair.

The negative pair is two Chinese sanctions announcements: seven US defence firms on 27 Dec 2024 (Antara) and
the Japanese lawmaker Seki Hei on 8 Sept 2025 (CNA): same actor, same kind of act, nine months apart, and
neither page recalls the other, so each stays alone. Antara's earlier round of 5 Dec 2024 stays alone too.
The main event of every single page is listed alone, so that arrests, threats or sanctions merged across
pages count as errors."""

from common import write_clusters

HYUNDAI_EN = "en_01_reuters_us_raid_detains_475_at_hyundai_battery_plant.txt"
HYUNDAI_ID = "id_01_kompas_300_lebih_warga_korsel_ditahan_di_pabrik_hyundai.txt"
KYIV_EN = "en_02_afp_european_leaders_in_kyiv_demand_30_day_ceasefire.txt"
KYIV_ID = "id_02_cnnindonesia_pemimpin_eropa_ke_kyiv_desak_gencatan_senjata.txt"
CHINA_US = "id_03_antara_china_jatuhkan_sanksi_pada_tujuh_perusahaan_pertahanan_as.txt"
CHINA_JP = "en_03_cna_china_sanctions_japanese_lawmaker_seki_hei.txt"

SHARED_HYUNDAI = ["ice_raid_hyundai_plant_2025_09_04", "lee_trump_white_house_2025_08_25"]
SHARED_KYIV = [
    "eu_leaders_visit_kyiv_2025_05_10",
    "eu_leaders_meet_zelensky_2025_05_10",
    "eu_leaders_demand_ceasefire_2025_05_10",
    "eu_leaders_call_trump_2025_05_10",
    "eu_threaten_sanctions_on_russia_2025_05_10",
]
ALONE = [
    (CHINA_US, "china_sanctions_seven_us_firms_2024_12_27"),
    (CHINA_JP, "china_sanctions_seki_hei_2025_09_08"),
    (CHINA_US, "china_sanctions_13_us_firms_2024_12_05"),
    (
        "en_04_aljazeera_russia_first_to_recognise_taliban_government.txt",
        "russia_recognises_taliban_2025_07_03",
    ),
    (
        "en_05_ap_trump_deploys_national_guard_takes_over_dc_police.txt",
        "trump_deploys_guard_to_dc_2025_08_11",
    ),
    ("id_04_kumparan_trump_ancam_serang_nigeria.txt", "trump_threatens_nigeria_2025_11_01"),
    (
        "id_05_detik_polisi_tangkap_3_wn_australia_penembakan_vila_badung.txt",
        "polda_bali_arrests_three_australians_2025_06_15",
    ),
    (
        "id_06_tempo_kpk_tetapkan_dua_anggota_dpr_tersangka_csr_bi.txt",
        "kpk_names_heri_and_satori_suspects_2025_08_07",
    ),
    (
        "id_07_liputan6_komisi_iii_cecar_polisi_soal_penembakan_siswa_smk_semarang.txt",
        "police_officer_shoots_student_2024_11_24",
    ),
]

groups = [[[HYUNDAI_EN, gid], [HYUNDAI_ID, gid]] for gid in SHARED_HYUNDAI]
groups += [[[KYIV_EN, gid], [KYIV_ID, gid]] for gid in SHARED_KYIV]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
