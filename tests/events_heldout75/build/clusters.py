"""clusters.json: two positive pairs (the Israeli strike on the Ain al-Hilweh camp near Sidon on 18 Nov 2025,
Hamas's denial and President Aoun's condemnation, France 24 and Republika; Cyril Ramaphosa's state visit to
Jakarta on 22-24 Oct 2025 and the MoUs signed with Prabowo, The Jakarta Post and Merdeka) and one negative pair.

The negative pair is two police raids on online-gambling operators: Polda Jatim in Rungkut, Surabaya on 14 Oct
2025 (Suara) and Polda Bali in a villa in Canggu, Kuta Utara on 22 Nov 2025 (Tribunnews): same kind of act by
regional police, different places and months, and neither page recalls the other, so each stays alone. The main
event of every single page is listed alone too, so that two raids, arrests or rallies merged across pages count
as errors."""

from common import write_clusters

LEB_EN = "en_01_france24_israeli_strike_on_ain_al_hilweh_camp_kills_13.txt"
LEB_ID = "id_01_republika_serangan_israel_di_kamp_ain_al_hilweh_tewaskan_13_orang.txt"
ZAF_EN = "en_02_jakartapost_prabowo_ramaphosa_sign_mous_in_jakarta.txt"
ZAF_ID = "id_02_merdeka_prabowo_dan_ramaphosa_saksikan_penandatanganan_tiga_mou.txt"
JATIM = "id_03_suara_polda_jatim_gerebek_kantor_operator_judi_online_di_surabaya.txt"
BALI = "id_04_tribunnews_polda_bali_bongkar_markas_judi_online_di_villa_kuta_utara.txt"

SHARED_LEB = [
    "israel_strikes_ain_al_hilweh_2025_11_18",
    "israel_accuses_hamas_2025_11_18",
    "hamas_denies_training_compound_2025_11_18",
    "aoun_condemns_strike_2025_11_19",
]
SHARED_ZAF = [
    "ramaphosa_arrives_jakarta_2025_10_22",
    "prabowo_ramaphosa_talks_2025_10_23",
    "three_mous_signed_2025_10_23",
    "ramaphosa_invites_prabowo_g20_2025_10_23",
    "ramaphosa_to_leave_for_kuala_lumpur_2025_10_24",
    "prabowo_to_attend_g20_johannesburg_2025_11_22",
]
ALONE = [
    (JATIM, "polda_jatim_raids_rungkut_office_2025_10_14"),
    (BALI, "polda_bali_raids_canggu_villa_2025_11_22"),
    (JATIM, "polda_jatim_names_12_suspects_2025_10_16"),
    (BALI, "eight_named_suspects_detained_2025_11_24"),
    (LEB_EN, "bint_jbeil_drone_strike_2025_11_19"),
    (
        "en_03_guardian_gunmen_attack_church_in_nigerias_kwara_state_abduct_worshippers.txt",
        "gunmen_attack_eruku_church_2025_11_18",
    ),
    (
        "en_04_independent_pakistan_court_sentences_imran_khan_and_bushra_bibi_in_toshakhana_case.txt",
        "court_sentences_khan_and_bibi_2025_12_20",
    ),
    (
        "en_05_jakartaglobe_workers_rally_at_gedung_sate_over_2026_minimum_wage.txt",
        "workers_rally_at_gedung_sate_2025_12_23",
    ),
    (
        "id_05_idntimes_bnnp_kaltim_tangkap_kurir_5_kg_sabu_di_samarinda.txt",
        "bnnp_arrests_two_couriers_2025_11_02",
    ),
    (
        "id_06_jawapos_banjir_dayeuhkolot_bpbd_kabupaten_bandung_evakuasi_warga.txt",
        "bpbd_evacuates_residents_2025_12_07",
    ),
    (
        "id_07_okezone_kejari_lombok_timur_tahan_kepala_smk_korupsi_dana_bos.txt",
        "kejari_detains_principal_and_treasurer_2025_09_16",
    ),
]

groups = [[[LEB_EN, gid], [LEB_ID, gid]] for gid in SHARED_LEB]
groups += [[[ZAF_EN, gid], [ZAF_ID, gid]] for gid in SHARED_ZAF]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
