"""clusters.json: two positive pairs (the police operation against the TLP march camp at Muridke, Punjab, on
13 Oct 2025, DW and Republika; the 110 Indonesians held by Cambodian police after fleeing a scam compound in
Chrey Thom, Kandal, 17-19 Oct 2025, detik and Jakarta Globe) and one negative pair.

The negative pair is two police arrests of murder suspects in Central Java: Polres Grobogan on 11 Mar 2025
(Tribunnews) and Polresta Banyumas on 18 Sep 2025 (IDN Times): the same kind of act by similar actors (a
Satreskrim arresting a fleeing suspect, the killing days before, the charges under the KUHP), six months
apart, and neither page recalls the other, so each stays alone. The main event of every single page is listed
alone too, so that two arrests, charges or attacks merged across pages count as errors."""

from common import write_clusters

TLP_EN = "en_01_dw_pakistan_police_clear_tlp_march_at_muridke.txt"
TLP_ID = "id_01_republika_polisi_pakistan_bubarkan_long_march_tlp_di_muridke.txt"
KHM_ID = "id_02_detik_110_wni_kabur_dari_perusahaan_scam_di_kamboja_ditahan_polisi.txt"
KHM_EN = "en_02_jakartaglobe_indonesians_who_fled_cambodian_scam_compound_held_by_police.txt"
GROBOGAN = "id_03_tribunnews_polres_grobogan_tangkap_pembunuh_pedagang_sayur.txt"
BANYUMAS = "id_04_idntimes_polresta_banyumas_tangkap_tersangka_pembunuhan_di_sokaraja.txt"

SHARED_TLP = [
    "police_clear_tlp_camp_2025_10_13",
    "tlp_fire_on_police_2025_10_13",
    "tlp_march_sets_off_2025_10_10",
    "police_arrest_2700_2025_10_10",
]
SHARED_KHM = [
    "cambodian_police_detain_110_wni_2025_10_17",
    "embassy_team_visits_police_2025_10_18",
    "indonesia_asks_cambodia_treat_as_victims_2025_10_19",
]
ALONE = [
    (GROBOGAN, "polres_grobogan_arrests_suspect_2025_03_11"),
    (BANYUMAS, "polresta_banyumas_arrests_suspect_2025_09_18"),
    (GROBOGAN, "suspect_kills_vegetable_seller_2025_03_07"),
    (BANYUMAS, "suspect_stabs_man_2025_09_16"),
    (GROBOGAN, "police_charge_suspect_2025_03_12"),
    (BANYUMAS, "police_charge_suspect_2025_09_19"),
    (TLP_EN, "tlp_clash_police_lahore_2025_10_10"),
    (
        "en_03_antaranews_kpk_questions_khofifah_over_east_java_grant_funds.txt",
        "kpk_questions_khofifah_2025_07_10",
    ),
    (
        "en_04_guardian_gardai_attacked_as_protest_at_citywest_asylum_centre_turns_violent.txt",
        "rioters_attack_gardai_2025_10_21",
    ),
    ("en_05_abc_two_police_officers_shot_dead_at_porepunkah.txt", "gunman_shoots_officers_2025_08_26"),
    ("id_05_jawapos_polres_batu_tetapkan_sopir_bus_maut_tersangka.txt", "polres_batu_names_driver_suspect_2025_01_09"),
    (
        "id_06_mediaindonesia_aparat_gabungan_tangkap_anggota_kkb_di_ilaga_puncak.txt",
        "cartenz_arrests_kkb_member_2025_09_23",
    ),
    (
        "id_07_okezone_mendagri_berhentikan_sementara_bupati_aceh_selatan_mirwan.txt",
        "tito_suspends_mirwan_2025_12_09",
    ),
]

groups = [[[TLP_EN, gid], [TLP_ID, gid]] for gid in SHARED_TLP]
groups += [[[KHM_EN, gid], [KHM_ID, gid]] for gid in SHARED_KHM]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
