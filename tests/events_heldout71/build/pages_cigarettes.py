"""Gold for the negative pair: two customs seizures of illegal cigarettes, months and provinces apart. Bea
Cukai Malang stopped a truck on the Pandaan-Malang toll road on 14 Aug 2025 (Suara); Bea Cukai Dumai caught a
wooden boat off Rupat island, Riau, on 21 Oct 2025 (Tribunnews). Neither page recalls the other."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BC_BATAM, BC_DUMAI, BC_MALANG, MALANG_DRIVER, PAKIS_OWNER, RUPAT_CREW
from common import ARREST, CHARGE, ev, page

SEIZE = ["17", "16"]

page(
    "id_03_suara_bea_cukai_malang_gagalkan_pengiriman_1_1_juta_batang_rokok_ilegal.txt",
    {
        "site": "suara.com",
        "title": "Bea Cukai Malang Gagalkan Pengiriman 1,1 Juta Batang Rokok Ilegal di Tol Pandaan-Malang",
        "subtitle": None,
        "authors": ["Bahtiar Rifa'i"],
        "editors": ["Chandra Iswinarno"],
        "section": "Jatim",
        "published_at": {"accept": ["2025-08-18T15:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Petugas Bea Cukai Malang menunjukkan barang bukti rokok ilegal di kantornya, Senin (18/8/2025). [Suara.com/Bahtiar Rifa'i]"
        ],
        "related_titles": [
            "Harga Rokok Naik, Perokok di Malang Beralih ke Rokok Linting",
            "Satpol PP Kota Malang Sita Ribuan Bungkus Rokok Tanpa Cukai dari Warung",
        ],
    },
    first="Suara.com - Kantor Pengawasan",
    last="Gunawan mengimbau masyarakat",
    skip=("Baca Juga:", "Harga Rokok Naik, Perokok", "Satpol PP Kota Malang Sita"),
    strip_prefix="Suara.com -",
    events=[
        ev(
            "bc_malang_stops_truck_2025_08_14",
            True,
            SEIZE,
            [BC_MALANG, MALANG_DRIVER],
            "2025-08-14",
            "2025-08-14",
            "asserted",
            "Penindakan dilakukan pada Kamis (14/8/2025) dini hari",
            "'Kamis (14/8/2025) dini hari'; the lead names the seizure without a date",
            ["Tol Pandaan-Malang", "Malang", "IDN"],
        ),
        ev(
            "bc_malang_detains_driver_2025_08_14",
            True,
            ARREST,
            [BC_MALANG, MALANG_DRIVER],
            "2025-08-14",
            "2025-08-14",
            "asserted",
            "Sopir truk berinisial AS (34)",
            "'diamankan di lokasi' at the Thursday 14 Aug stop",
            ["Tol Pandaan-Malang", "Malang", "IDN"],
        ),
        ev(
            "bc_malang_to_summon_warehouse_owner",
            True,
            ["09", "10", "17"],
            [BC_MALANG, PAKIS_OWNER],
            "2025-08-18",
            "2025-08-24",
            "planned",
            "Bea Cukai Malang masih menelusuri pemilik barang",
            "'pekan ini' in a Monday 18 Aug article: the rest of that week",
            ["Pakis", "Malang", "IDN"],
        ),
        ev(
            "bc_malang_seizures_jan_jul",
            False,
            SEIZE,
            [BC_MALANG],
            "2025-01-01",
            "2025-07-31",
            "asserted",
            "Sepanjang Januari hingga Juli 2025",
            "a count of many seizures, no single act",
        ),
    ],
)

page(
    "id_04_tribunnews_bea_cukai_dumai_sita_2_4_juta_batang_rokok_ilegal_di_perairan_rupat.txt",
    {
        "site": "tribunnews.com",
        "title": "Bea Cukai Dumai Sita 2,4 Juta Batang Rokok Ilegal dari Kapal Kayu di Perairan Rupat",
        "subtitle": None,
        "authors": ["Theo Rizky"],
        "editors": ["Adi Suhendi"],
        "section": "Regional",
        "published_at": {"accept": ["2025-10-24T10:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Dumai",
        "cited_sources": ["TribunPekanbaru.com"],
        "captions_required": [
            "Petugas Bea Cukai Dumai memeriksa muatan rokok ilegal di atas kapal kayu yang ditangkap di perairan Pulau Rupat, Selasa (21/10/2025). (Dok. Bea Cukai Dumai)"
        ],
        "related_titles": [
            "Harga Rokok Legal Naik, Peredaran Rokok Ilegal di Riau Meningkat",
            "Polisi Ungkap Jalur Penyelundupan Lewat Pelabuhan Tikus di Bengkalis",
        ],
    },
    first="TRIBUNNEWS.COM, DUMAI -",
    last="Kapal kayu dan seluruh muatannya",
    skip=("Baca juga:",),
    strip_prefix="TRIBUNNEWS.COM, DUMAI -",
    events=[
        ev(
            "bc_dumai_seizes_boat_2025_10_21",
            True,
            SEIZE,
            [BC_DUMAI, RUPAT_CREW],
            "2025-10-21",
            "2025-10-21",
            "asserted",
            "Kapal patroli Bea Cukai menangkap sebuah kapal kayu",
            "'Selasa (21/10/2025) malam'",
            ["Pulau Rupat", "Rupat", "Bengkalis", "Riau", "IDN"],
        ),
        ev(
            "bc_dumai_detains_crew_2025_10_21",
            True,
            ARREST,
            [BC_DUMAI, RUPAT_CREW],
            "2025-10-21",
            "2025-10-23",
            "asserted",
            '"Empat awak kapal kami amankan',
            "the crew held since the Tuesday stop, said at the Thursday 23 Oct press conference",
            ["Dumai", "IDN"],
        ),
        ev(
            "bc_dumai_names_skipper_suspect_2025_10_22",
            True,
            CHARGE,
            [BC_DUMAI, ["nakhoda", "HS", "IDN"]],
            "2025-10-22",
            "2025-10-22",
            "asserted",
            "Menurut Rofiq, nakhoda berinisial HS (47)",
            "'ditetapkan sebagai tersangka pada Rabu (22/10/2025)'",
            ["Dumai", "IDN"],
        ),
        ev(
            "bc_dumai_to_coordinate_with_batam",
            False,
            ["03", "04", "06"],
            [BC_DUMAI, BC_BATAM],
            None,
            None,
            "planned",
            "Bea Cukai Dumai akan berkoordinasi",
            "'akan berkoordinasi': no date",
        ),
    ],
)
