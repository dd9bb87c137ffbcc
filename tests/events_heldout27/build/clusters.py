"""clusters.json: two positive pairs (Russia's Oreshnik strike on Dnipro, 21 Nov 2024, with Ukraine's ATACMS
strike on Bryansk two days before; the M23's capture of Goma and DR Congo's break with Rwanda, 26-27 Jan
2025) and one negative pair.

The negative pair is two court rulings against Syahrul Yasin Limpo: the Jakarta anti-corruption court's
10-year sentence of 11 July 2024 (Detik) and the Jakarta High Court's 12-year appeal sentence of
10 Sept 2024 (Tempo). Same defendant, same kind of act, two months apart: the appeal ruling stays alone.
Tempo recalls the July sentence with its date, so that background mention merges with Detik's lead,
as the seeds merge a recalled summit. The main event of every single page is listed alone too, so that
two arrests, signings or strikes merged across pages count as errors."""

from common import write_clusters

DNIPRO_EN = "en_01_reuters_russia_fires_new_missile_at_dnipro.txt"
DNIPRO_ID = "id_01_cnnindonesia_putin_serang_dnipro_dengan_rudal_oreshnik.txt"
GOMA_EN = "en_02_aljazeera_m23_rebels_enter_goma.txt"
GOMA_ID = "id_02_kompas_pemberontak_m23_kuasai_goma.txt"
SYL_JUL = "id_03_detik_syahrul_yasin_limpo_divonis_10_tahun.txt"
SYL_SEP = "id_04_tempo_pengadilan_tinggi_perberat_vonis_syl.txt"

SHARED_DNIPRO = ["russia_strikes_dnipro_2024_11_21", "ukraine_atacms_bryansk_2024_11_19"]
SHARED_GOMA = [
    "m23_captures_goma_2025_01_27",
    "drc_cuts_ties_rwanda_2025_01_26",
    "eac_summit_planned_2025_01_29",
    "m23_seized_goma_2012_11",
]
ALONE = [
    (SYL_SEP, "high_court_raises_sentence_2024_09_10"),
    (SYL_JUL, "kasdi_hatta_sentenced_2024_07_11"),
    (SYL_JUL, "kpk_demands_12_years_2024_06_28"),
    (SYL_JUL, "kpk_detains_syl_2023_10"),
    (DNIPRO_ID, "nato_ukraine_council_2024_11_26"),
    (GOMA_ID, "protesters_attack_embassies_2025_01_28"),
    ("en_03_ap_putin_apologizes_to_aliyev_over_plane_crash.txt", "putin_apologizes_aliyev_call_2024_12_28"),
    ("en_04_afp_pkk_announces_it_will_disband.txt", "pkk_announces_dissolution_2025_05_12"),
    ("en_05_bbc_king_hosts_trump_at_windsor_state_visit.txt", "king_hosts_trump_windsor_2025_09_17"),
    ("id_05_antara_ri_kirim_nota_diplomatik_penembakan_pmi_malaysia.txt", "apmm_shoots_migrants_2025_01_24"),
    (
        "id_06_liputan6_sdf_sepakat_bergabung_dengan_pemerintah_suriah.txt",
        "sharaa_abdi_sign_integration_2025_03_10",
    ),
    ("id_07_kumparan_calon_presiden_rumania_georgescu_ditahan.txt", "police_detain_georgescu_2025_02_26"),
]

groups = [[[DNIPRO_EN, gid], [DNIPRO_ID, gid]] for gid in SHARED_DNIPRO]
groups += [[[GOMA_EN, gid], [GOMA_ID, gid]] for gid in SHARED_GOMA]
groups += [[[SYL_JUL, "syl_sentenced_2024_07_11"], [SYL_SEP, "syl_sentenced_2024_07_11"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
