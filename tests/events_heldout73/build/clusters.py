"""clusters.json: two positive pairs (James Comey's indictment of 25 Sept 2025 and his not-guilty plea of
8 Oct 2025, The Guardian and CNN Indonesia; the IOC halting Olympic hosting talks with Indonesia on 22 Oct 2025
after Jakarta refused visas to Israeli gymnasts and CAS dismissed Israel's appeal, France 24 and Republika) and
one negative pair.

The negative pair is two counterfeit-money busts: Polres Jember arresting two men on 14 July 2025 (Okezone)
and Polres Tasikmalaya Kota arresting three on 24 Sept 2025 (Suara): same kind of act by the police against
small counterfeiting rings, other regions and dates, and neither page recalls the other, so each stays alone.
The main event of every single page is listed alone too, so that arrests, charges or condemnations merged
across pages count as errors."""

from common import write_clusters

COMEY_EN = "en_01_guardian_james_comey_pleads_not_guilty_in_virginia.txt"
COMEY_ID = "id_01_cnnindonesia_eks_direktur_fbi_james_comey_mengaku_tak_bersalah.txt"
IOC_EN = "en_02_france24_ioc_ends_olympic_talks_with_indonesia_over_israel_visa_ban.txt"
IOC_ID = "id_02_republika_ioc_hentikan_dialog_olimpiade_dengan_indonesia.txt"
JEMBER = "id_03_okezone_polres_jember_bongkar_peredaran_uang_palsu.txt"
TASIK = "id_04_suara_polisi_tangkap_tiga_pengedar_uang_palsu_di_tasikmalaya.txt"

SHARED_COMEY = [
    "comey_pleads_not_guilty_2025_10_08",
    "grand_jury_indicts_comey_2025_09_25",
    "trump_urges_bondi_to_act_2025_09_20",
    "comey_denies_charges_2025_09_25",
]
SHARED_IOC = [
    "ioc_halts_dialogue_with_indonesia_2025_10_22",
    "indonesia_refuses_visas_to_israeli_gymnasts_2025_10_09",
    "cas_dismisses_israel_appeal_2025_10_14",
]
ALONE = [
    (JEMBER, "polres_jember_arrests_two_2025_07_14"),
    (TASIK, "polres_tasik_arrests_three_2025_09_24"),
    (JEMBER, "suspects_charged_currency_law"),
    (TASIK, "suspects_detained_and_charged"),
    (COMEY_EN, "trump_calls_comey_dirty_cop_2025_10_08"),
    (IOC_ID, "thohir_responds_to_ioc_2025_10_23"),
    ("en_03_dw_solingen_attacker_sentenced_to_life_in_prison.txt", "court_sentences_solingen_attacker_2025_09_10"),
    ("en_04_aljazeera_drone_attack_hits_khor_mor_gas_field_in_iraqi_kurdistan.txt", "drone_attack_on_khor_mor_2025_11_26"),
    ("en_05_jakartaglobe_wild_elephants_damage_homes_in_pidie_bksda_deploys_team.txt", "bksda_deploys_cru_2025_09_16"),
    ("id_05_tribunnews_polres_pelalawan_tangkap_penimbun_solar_subsidi.txt", "polres_pelalawan_arrests_two_2025_10_13"),
    ("id_06_mediaindonesia_kejari_muara_enim_tahan_kades_korupsi_dana_desa.txt", "kejari_detains_village_head_2025_12_03"),
    ("id_07_idntimes_kebakaran_pasar_sentral_bulukumba_polisi_libatkan_labfor.txt", "police_question_witnesses_2025_10_19"),
]

groups = [[[COMEY_EN, gid], [COMEY_ID, gid]] for gid in SHARED_COMEY]
groups += [[[IOC_EN, gid], [IOC_ID, gid]] for gid in SHARED_IOC]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
