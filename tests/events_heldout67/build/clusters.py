"""clusters.json: two positive pairs (the Jeju Air crash at Muan of 29 Dec 2024 and the police raids of
2 Jan 2025, Straits Times and Republika; the FAA's MD-11 grounding of 8 Nov 2025 after the UPS crash in
Louisville, The Independent and IDN Times) and one negative pair.

The negative pair is two seizures of Vietnamese-flagged fishing boats in the North Natuna Sea: KKP's patrol
ship Orca 03 on 21 May 2025 (Okezone) and Bakamla's KN Pulau Dana on 12 Oct 2025 (Tribunnews): same kind of
act, same target country and waters, different agencies and five months apart; neither page recalls the
other, so each stays alone. The main event of every single page is listed alone too, so that two seizures,
visits or charges merged across pages count as errors."""

from common import write_clusters

JEJU_EN = "en_01_straitstimes_police_raid_jeju_air_and_muan_airport_over_crash.txt"
JEJU_ID = "id_01_republika_polisi_korsel_geledah_kantor_jeju_air_dan_bandara_muan.txt"
UPS_EN = "en_02_independent_faa_grounds_md11_jets_after_ups_crash_in_louisville.txt"
UPS_ID = "id_02_idntimes_faa_larang_terbang_pesawat_md11_usai_kecelakaan_ups.txt"
KKP = "id_03_okezone_kkp_tangkap_dua_kapal_ikan_vietnam_di_laut_natuna_utara.txt"
BAKAMLA = "id_04_tribunnews_bakamla_amankan_kapal_ikan_vietnam_kapal_patroli_vietnam_diusir.txt"
GARUT = "id_05_merdeka_ledakan_pemusnahan_amunisi_di_garut_panglima_tni_perintahkan_investigasi.txt"
TESSO = "id_06_bisnis_satgas_pkh_kuasai_kembali_lahan_sawit_ilegal_di_tesso_nilo.txt"
ZARA = "id_07_suara_lima_remaja_didakwa_dalam_kasus_kematian_zara_qairina.txt"
KARUR = "en_03_dw_karur_stampede_police_arrest_tvk_official_as_toll_rises.txt"
HUNTINGDON = "en_04_guardian_man_charged_with_attempted_murder_over_huntingdon_train_stabbings.txt"
OITA = "en_05_nhkworld_oita_fire_destroys_170_buildings_sdf_dispatched.txt"

SHARED_JEJU = [
    "police_raid_jeju_air_2025_01_02",
    "travel_ban_on_jeju_air_ceo",
    "ministry_orders_737_inspections_2024_12_30",
    "us_investigators_join_probe_2024_12_30",
]
SHARED_UPS = ["faa_grounds_md11_fleet_2025_11_08", "boeing_recommends_md11_suspension_2025_11_07"]
ALONE = [
    (KKP, "kkp_seizes_vietnamese_boats_2025_05_21"),
    (BAKAMLA, "bakamla_seizes_vietnamese_boat_2025_10_12"),
    (BAKAMLA, "vietnam_patrol_demands_release_2025_10_12"),
    (GARUT, "panglima_orders_blast_investigation_2025_05_12"),
    (GARUT, "dedi_mulyadi_visits_victims_families_2025_05_13"),
    (TESSO, "satgas_pkh_takes_over_tesso_nilo_2025_06_11"),
    (TESSO, "growers_protest_at_pelalawan_regent_office_2025_06_09"),
    (ZARA, "five_teens_charged_with_bullying_2025_08_20"),
    (KARUR, "police_arrest_tvk_district_secretary_2025_09_29"),
    (KARUR, "stalin_visits_injured_2025_09_28"),
    (HUNTINGDON, "williams_remanded_in_custody_2025_11_03"),
    (HUNTINGDON, "train_stabbing_attack_2025_11_01"),
    (OITA, "governor_requests_sdf_dispatch_2025_11_18"),
    (OITA, "sdf_helicopters_drop_water_2025_11_19"),
]

if __name__ == "__main__":
    write_clusters(
        [
            *[[(JEJU_EN, gid), (JEJU_ID, gid)] for gid in SHARED_JEJU],
            *[[(UPS_EN, gid), (UPS_ID, gid)] for gid in SHARED_UPS],
            *[[(file, gid)] for file, gid in ALONE],
        ]
    )
