"""clusters.json: two positive pairs (Netanyahu's pardon request to Herzog of 30 Nov 2025 and the reactions,
Times of Israel and Republika; Trump's pardon of Juan Orlando Hernández, announced 28 Nov 2025, and his release
on 1 Dec 2025, Guardian and IDN Times) and one negative pair.

The negative pair is two Central Java landslides: Cibeunying in Majenang, Cilacap (slide on Thursday 13 Nov 2025,
search on 14 Nov; Suara) and Pandanarum, Banjarnegara (slide on Sunday 16 Nov 2025, third day of search on 18 Nov;
Tribunnews): the same kind of act (a joint SAR search, a regional head's visit) with similar actors, in different
regencies and days, and neither page recalls the other, so each stays alone. The main event of every single page
is listed alone too, so that two searches, visits, sanctions or seizures merged across pages count as errors."""

from common import write_clusters

NETANYAHU_EN = "en_01_timesofisrael_netanyahu_asks_herzog_for_pardon.txt"
NETANYAHU_ID = "id_01_republika_netanyahu_minta_grasi_ke_presiden_herzog.txt"
HERNANDEZ_EN = "en_02_guardian_honduras_ex_president_hernandez_freed_after_trump_pardon.txt"
HERNANDEZ_ID = "id_02_idntimes_eks_presiden_honduras_hernandez_bebas_usai_diampuni_trump.txt"
CILACAP = "id_03_suara_longsor_cibeunying_cilacap_tim_sar_cari_korban.txt"
BANJARNEGARA = "id_04_tribunnews_hari_ketiga_pencarian_korban_longsor_pandanarum_banjarnegara.txt"

SHARED_NETANYAHU = [
    "netanyahu_requests_pardon_2025_11_30",
    "herzog_office_responds_2025_11_30",
    "lapid_rejects_pardon_2025_11_30",
    "protest_outside_presidents_residence_2025_11_30",
    "trump_letter_urges_pardon_2025_11_12",
]
SHARED_HERNANDEZ = [
    "hernandez_released_2025_12_01",
    "trump_announces_pardon_2025_11_28",
    "trump_urges_vote_for_asfura_2025_11_28",
    "hernandez_convicted_2024_03",
    "hernandez_sentenced_2024_06",
]
ALONE = [
    (CILACAP, "sar_searches_cibeunying_2025_11_14"),
    (BANJARNEGARA, "sar_searches_pandanarum_2025_11_18"),
    (CILACAP, "bupati_visits_cibeunying_2025_11_14"),
    (BANJARNEGARA, "luthfi_visits_pandanarum_2025_11_17"),
    ("en_03_france24_ecuador_voters_reject_foreign_military_bases.txt", "voters_reject_foreign_bases_2025_11_16"),
    (
        "en_04_nikkei_thailand_anutin_dissolves_parliament_amid_border_clashes.txt",
        "anutin_dissolves_house_2025_12_12",
    ),
    (
        "en_05_dw_us_sanctions_on_serbia_nis_oil_company_take_effect.txt",
        "us_sanctions_on_nis_take_effect_2025_10_09",
    ),
    ("id_05_sindonews_separatis_yaman_selatan_kuasai_hadramaut_dan_mahra.txt", "stc_seizes_seiyun_2025_12_03"),
    (
        "id_06_mediaindonesia_presiden_peru_jeri_umumkan_keadaan_darurat_di_lima.txt",
        "jeri_declares_state_of_emergency_2025_10_21",
    ),
    (
        "id_07_jawapos_banjir_bandang_denpasar_koster_tetapkan_tanggap_darurat.txt",
        "bnpb_chief_brings_aid_2025_09_11",
    ),
]

groups = [[[NETANYAHU_EN, gid], [NETANYAHU_ID, gid]] for gid in SHARED_NETANYAHU]
groups += [[[HERNANDEZ_EN, gid], [HERNANDEZ_ID, gid]] for gid in SHARED_HERNANDEZ]
groups += [[[file, gid]] for file, gid in ALONE]
write_clusters(groups)
