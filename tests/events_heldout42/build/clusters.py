"""clusters.json: two positive pairs (Israel seizing the Madleen, 9 June 2025; the Pukpuk treaty signed in
Canberra, 6 Oct 2025) and one negative pair.

The negative pair is two violent incidents of Ecuador's fuel-subsidy strike: troops clashing with protesters
in Cotacachi on Sunday 28 Sept 2025 (AFP) and a crowd stoning President Noboa's convoy in Canar on Tuesday
7 Oct 2025 (CNN Indonesia): same country, same strike, same kind of act (clash, attack, arrests), nine days
apart, so each stays alone. Both recall the strike's start on 22 Sept, which is one event and is merged.
The main event of every single page is listed alone too, so that merging two arrests, rulings, strikes or
meetings across pages counts as an error."""

from common import write_clusters

MADLEEN_EN = "en_01_ap_israel_seizes_madleen_aid_boat.txt"
MADLEEN_ID = "id_01_kompas_israel_sita_kapal_madleen.txt"
PUKPUK_EN = "en_02_reuters_australia_png_sign_pukpuk_defence_treaty.txt"
PUKPUK_ID = "id_02_antara_australia_dan_png_teken_traktat_pukpuk.txt"
ECU_EN = "en_03_afp_ecuador_protester_killed_as_strike_enters_second_week.txt"
ECU_ID = "id_03_cnnindonesia_iring_iringan_presiden_ekuador_diserang.txt"

SHARED_MADLEEN = ["israel_seizes_madleen_2025_06_09", "katz_orders_military_2025_06_08"]
SHARED_PUKPUK = [
    "albanese_marape_sign_pukpuk_2025_10_06",
    "albanese_marape_talks_2025_10_06",
    "communique_port_moresby_2025_09",
]
SHARED_ECUADOR = ["conaie_strike_2025_09_22"]
ALONE = [
    (ECU_EN, "troops_clash_protesters_cotacachi_2025_09_28"),
    (ECU_ID, "protesters_attack_noboa_convoy_2025_10_07"),
    (ECU_ID, "police_arrest_five_2025_10_07"),
    (ECU_EN, "state_of_emergency_2025_09_16"),
    (MADLEEN_ID, "thunberg_deported_2025_06_10"),
    (
        "en_04_bbc_georgia_protesters_try_to_storm_presidential_palace.txt",
        "police_water_cannon_palace_2025_10_04",
    ),
    (
        "en_04_bbc_georgia_protesters_try_to_storm_presidential_palace.txt",
        "ssg_detains_five_opposition_2025_10_05",
    ),
    (
        "en_05_aljazeera_pakistan_launches_retaliation_against_india.txt",
        "pakistan_launches_bunyan_um_marsoos_2025_05_10",
    ),
    ("id_04_detik_hakim_tolak_praperadilan_nadiem.txt", "court_rejects_nadiem_pretrial_2025_10_13"),
    (
        "id_05_tempo_polisi_kenya_tembakkan_gas_air_mata_ke_pelayat_raila.txt",
        "police_tear_gas_mourners_2025_10_16",
    ),
    ("id_06_kumparan_takaichi_dan_lee_jae_myung_bertemu_di_gyeongju.txt", "takaichi_lee_summit_2025_10_30"),
    ("id_07_liputan6_bareskrim_tangkap_tersangka_tppo_kamboja.txt", "bareskrim_arrests_four_2025_05_19"),
]

groups = [[[MADLEEN_EN, gid], [MADLEEN_ID, gid]] for gid in SHARED_MADLEEN]
groups += [[[PUKPUK_EN, gid], [PUKPUK_ID, gid]] for gid in SHARED_PUKPUK]
groups += [[[ECU_EN, gid], [ECU_ID, gid]] for gid in SHARED_ECUADOR]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
