"""clusters.json: two positive pairs (Indonesian President Prabowo Subianto's visit to Cairo, 11-12 Apr 2025,
Ahram Online and Kompas; the US-Venezuela-El Salvador prisoner exchange of 18 Jul 2025, AP and CNN Indonesia)
and one negative pair.

The negative pair is two foreign fishing boats seized by Indonesian maritime agencies: KKP's seizure of two
Malaysian-flagged trawlers in the Malacca Strait on 13 May 2025, taken to Belawan (Antara), and Bakamla's
seizure of a Philippine tuna boat north of Miangas in the Sulawesi Sea on 3 Sep 2025, taken to Bitung
(detikNews): same kind of act (seizure, crew detained, a press statement accusing the boats of fishing without
permits), different seas, agencies and dates, and neither page recalls the other, so each stays alone. The
main events of every single page are listed alone too, so that merging two seizures, sanctions or verdicts
across pages counts as an error."""

from common import write_clusters

CAIRO_EN = "en_01_ahramonline_prabowo_and_sisi_sign_mous_in_cairo.txt"
CAIRO_ID = "id_01_kompas_prabowo_bertemu_sisi_di_istana_ittihadiya_kairo.txt"
SWAP_EN = "en_02_ap_venezuela_frees_10_americans_in_swap_for_migrants_held_in_el_salvador.txt"
SWAP_ID = "id_02_cnnindonesia_venezuela_bebaskan_10_warga_as_ditukar_252_migran.txt"
KKP = "id_03_antara_kkp_tangkap_dua_kapal_ikan_malaysia_di_selat_malaka.txt"
BAKAMLA = "id_04_detik_bakamla_tangkap_kapal_ikan_filipina_di_laut_sulawesi.txt"
SINAK = "id_05_tempo_tpnpb_serang_pos_tni_di_sinak_puncak.txt"
BONE = "id_06_liputan6_longsor_tambang_emas_bone_bolango_basarnas_evakuasi_korban.txt"
TANG = "id_07_kumparan_eks_menteri_pertanian_china_tang_renjian_divonis_mati.txt"
GRU = "en_03_bbc_uk_sanctions_russian_gru_units_and_officers.txt"
MADAGASCAR = "en_04_aljazeera_madagascar_police_fire_tear_gas_at_water_and_power_protests.txt"
ENGA = "en_05_abc_dozens_killed_in_tribal_ambush_in_png_enga_province.txt"

SHARED_CAIRO = [
    "prabowo_arrives_in_cairo_2025_04_11",
    "sisi_prabowo_talks_2025_04_12",
    "leaders_witness_five_mous_2025_04_12",
    "joint_call_for_gaza_ceasefire_2025_04_12",
    "prabowo_to_fly_to_doha_2025_04_12",
]
SHARED_SWAP = [
    "venezuela_frees_ten_americans_2025_07_18",
    "el_salvador_returns_venezuelans_2025_07_18",
    "rubio_announces_release_2025_07_18",
    "venezuela_frees_political_prisoners_2025_07_18",
    "cabello_accuses_el_salvador_of_torture_2025_07_18",
    "venezuela_vows_legal_action_against_bukele_2025_07_18",
]
ALONE = [
    (KKP, "kkp_seizes_two_malaysian_boats_2025_05_13"),
    (BAKAMLA, "bakamla_seizes_philippine_boat_2025_09_03"),
    (KKP, "kkp_detains_crew_escorts_to_belawan_2025_05_13"),
    (BAKAMLA, "bakamla_escorts_crew_to_bitung_2025_09_04"),
    (KKP, "pung_accuses_boats_of_illegal_trawling_2025_05_16"),
    (BAKAMLA, "irvansyah_accuses_boat_of_fishing_without_permit_2025_09_05"),
    (SINAK, "tpnpb_attacks_tni_post_in_sinak_2025_08_11"),
    (BONE, "basarnas_evacuates_by_helicopter_2024_07_09"),
    (TANG, "court_sentences_tang_renjian_2025_09_28"),
    (GRU, "uk_sanctions_gru_units_and_officers_2025_07_18"),
    (MADAGASCAR, "police_fire_tear_gas_at_protesters_2025_09_25"),
    (ENGA, "tribal_gunmen_kill_53_in_ambush_2024_02_18"),
]

groups = [[[CAIRO_EN, gid], [CAIRO_ID, gid]] for gid in SHARED_CAIRO]
groups += [[[SWAP_EN, gid], [SWAP_ID, gid]] for gid in SHARED_SWAP]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
