"""clusters.json: two positive pairs (the first Indonesia-China '2+2' dialogue in Beijing, 21 Apr 2025; the
US strikes on Yemen's Ras Isa fuel port, 17 Apr 2025) and one negative pair.

The negative pair is two Iranian executions of men accused of spying for Israel: three men hanged in Urmia
on 25 Jun 2025 (Kompas) and Roozbeh Vadi hanged on 6 Aug 2025 (Al Jazeera): same actor, same act, six
weeks apart, so each stays alone. Both pages recall Israel's 13 June strikes on Iran, which is one event
and merges. The main event of every single page is listed alone too, so that two meetings, strikes or
rulings merged across pages count as errors."""

from common import write_clusters

CHINA_ID = "id_01_antara_indonesia_china_gelar_dialog_2plus2_di_beijing.txt"
CHINA_EN = "en_01_cna_indonesia_china_hold_first_2plus2_talks.txt"
RAS_ISA_EN = "en_02_ap_us_strikes_on_yemen_fuel_port_kill_38.txt"
RAS_ISA_ID = "id_02_cnnindonesia_serangan_as_di_pelabuhan_ras_isa_tewaskan_38_orang.txt"
URMIA = "id_03_kompas_iran_eksekusi_tiga_pria_dituduh_mata_mata_israel.txt"
VADI = "en_03_aljazeera_iran_executes_man_convicted_of_spying_for_israel.txt"

SHARED_CHINA = [
    "sugiono_wang_2plus2_2025_04_21",
    "prabowo_xi_beijing_2024_11",
    "us_tariffs_2025_04",
    "agree_next_2plus2_2025_04_21",
    "sjafrie_zhang_2025_04_22",
]
SHARED_RAS_ISA = [
    "us_strikes_ras_isa_2025_04_17",
    "houthi_missile_at_israel_2025_04_18",
    "us_campaign_on_houthis_2025_03_15",
]
ALONE = [
    (URMIA, "iran_executes_three_urmia_2025_06_25"),
    (VADI, "iran_executes_vadi_2025_08_06"),
    (URMIA, "iran_executes_mosayebi_2025_06_22"),
    ("id_04_detik_china_gelar_latihan_strait_thunder_di_sekitar_taiwan.txt", "pla_strait_thunder_2025_04_02"),
    (
        "id_05_kumparan_trump_terima_rutte_umumkan_senjata_untuk_ukraina.txt",
        "trump_receives_rutte_2025_07_14",
    ),
    ("id_06_liputan6_polisi_kenya_bubarkan_demo_saba_saba.txt", "kenya_police_disperse_saba_saba_2025_07_07"),
    (
        "id_07_tempo_pengadilan_hong_kong_vonis_45_aktivis_prodemokrasi.txt",
        "hk_court_sentences_45_2024_11_19",
    ),
    ("en_04_afp_erdogan_hosts_zelensky_in_ankara.txt", "erdogan_hosts_zelensky_2025_02_18"),
    ("en_05_jakartapost_kpk_detains_former_asdp_chief.txt", "kpk_detains_ira_2025_02_13"),
]

groups = [[[CHINA_ID, gid], [CHINA_EN, gid]] for gid in SHARED_CHINA]
groups += [[[RAS_ISA_EN, gid], [RAS_ISA_ID, gid]] for gid in SHARED_RAS_ISA]
groups += [[[URMIA, "israel_strikes_iran_2025_06_13"], [VADI, "israel_strikes_iran_2025_06_13"]]]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
