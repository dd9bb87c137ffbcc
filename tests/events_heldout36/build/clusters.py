"""clusters.json: two positive pairs (Carney and Trump in the Oval Office, 6 May 2025; the US-China tariff
truce after the Geneva talks, 10-12 May 2025) and one negative pair.

The negative pair is two confrontations between Bolivian police and Evo Morales' road blockaders: the
Parotani clearance of 1 Nov 2024 (Liputan6) and the Llallagua clash of 12 June 2025 (AP). Same actors, same
kind of act (security forces against blockades, each within a weeks-long blockade campaign), seven months
apart, and neither page recalls the other, so each stays alone. The main event of every single page is
listed alone too, so that two rulings, meetings or clashes merged across pages count as errors."""

from common import write_clusters

CARNEY_EN = "en_01_reuters_trump_carney_oval_office.txt"
CARNEY_ID = "id_01_kompas_carney_temui_trump_di_gedung_putih.txt"
GENEVA_EN = "en_02_afp_us_china_agree_to_slash_tariffs_after_geneva_talks.txt"
GENEVA_ID = "id_02_cnnindonesia_as_china_sepakat_turunkan_tarif.txt"
BOLIVIA_2024 = "id_03_liputan6_pendukung_evo_morales_duduki_barak_militer.txt"
BOLIVIA_2025 = "en_03_ap_three_police_killed_in_bolivia_clashes.txt"
MARCOS = "id_05_detik_trump_terima_marcos_di_gedung_putih.txt"

SHARED_CARNEY = [
    "carney_trump_meeting_2025_05_06",
    "us_tariffs_canada_2025_03",
    "canada_retaliatory_tariffs_2025_03",
    "carney_trump_g7_planned_2025_06",
]
SHARED_GENEVA = [
    "us_china_agree_cut_tariffs_2025_05_12",
    "us_china_geneva_talks_2025_05_10",
    "tariff_cuts_take_effect_2025_05_14",
    "us_tariffs_china_2025_04",
    "china_retaliatory_tariffs_2025_04",
]
ALONE = [
    (BOLIVIA_2024, "police_clear_parotani_blockade_2024_11_01"),
    (BOLIVIA_2025, "police_killed_llallagua_2025_06_12"),
    (BOLIVIA_2024, "morales_blockades_since_2024_10_14"),
    (BOLIVIA_2025, "morales_blockades_since_2025_06_02"),
    (MARCOS, "trump_marcos_meeting_2025_07_22"),
    (MARCOS, "us_philippines_trade_deal_2025_07_22"),
    ("id_04_antara_mk_korsel_berhentikan_yoon.txt", "court_removes_yoon_2025_04_04"),
    ("en_04_aljazeera_e3_trigger_snapback_sanctions_on_iran.txt", "e3_trigger_snapback_2025_08_28"),
    ("en_05_bbc_togo_protests_leave_seven_dead.txt", "togo_protests_2025_06_26"),
    ("id_06_tempo_kpk_geledah_rumah_ridwan_kamil.txt", "kpk_searches_ridwan_kamil_house_2025_03_10"),
    ("id_07_kumparan_bentrok_warga_rempang_dan_pekerja_pt_meg.txt", "rempang_clash_2024_12_18"),
]

groups = [[[CARNEY_EN, gid], [CARNEY_ID, gid]] for gid in SHARED_CARNEY]
groups += [[[GENEVA_EN, gid], [GENEVA_ID, gid]] for gid in SHARED_GENEVA]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
