"""Gold for the negative pair: two baby-lobster smuggling attempts foiled by customs at two airports in two
provinces, Soekarno-Hatta (Banten) on 16 Oct 2025 (Okezone) and Juanda (East Java) on 23 Nov 2025 (Jawa Pos).
Same kind of act, same kind of actors, five weeks apart; neither page recalls the other."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BC_JUANDA, BC_SOETTA, JUANDA_COURIER, POLDA_JATIM, POLRESTA_BANDARA, SOETTA_COURIERS
from common import ARREST, CHARGE, STMT, ev, page

SOETTA = ["Terminal 3 Bandara Soekarno-Hatta", "Bandara Soekarno-Hatta", "Tangerang", "Banten", "IDN"]
JUANDA = ["Terminal 1 Bandara Juanda", "Bandara Juanda", "Sidoarjo", "IDN"]

page(
    "id_03_okezone_bea_cukai_soekarno_hatta_gagalkan_penyelundupan_benih_lobster.txt",
    {
        "site": "okezone.com",
        "title": "Bea Cukai Soekarno-Hatta Gagalkan Penyelundupan 84 Ribu Benih Lobster ke Singapura",
        "subtitle": None,
        "authors": ["Hambali"],
        "editors": ["Fahmi Firdaus"],
        "section": "Megapolitan",
        "published_at": {"accept": ["2025-10-17T14:25:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Tangerang",
        "cited_sources": [],
        "captions_required": [
            "Petugas Bea Cukai Soekarno-Hatta menunjukkan barang bukti benih bening lobster di Terminal 3 Bandara Soekarno-Hatta, Tangerang, Jumat (17/10/2025). (Foto: Okezone/Hambali)"
        ],
        "related_titles": [
            "Bea Cukai Sita Ribuan Botol Miras Ilegal di Pelabuhan Merak",
            "Polisi Tangkap Kurir Sabu 2 Kg di Bandara Soekarno-Hatta",
        ],
    },
    first="TANGERANG - Kantor Pelayanan Utama",
    last="Penyelundupan benih lobster dilarang",
    skip=("BACA JUGA:", "Bea Cukai Sita Ribuan Botol", "Polisi Tangkap Kurir Sabu"),
    strip_prefix="TANGERANG -",
    events=[
        ev(
            "bc_soetta_foils_lobster_smuggling_2025_10_16",
            True,
            ["17", "16"],
            [BC_SOETTA, SOETTA_COURIERS],
            "2025-10-16",
            "2025-10-16",
            "asserted",
            "Kantor Pelayanan Utama (KPU) Bea dan Cukai Tipe C Soekarno-Hatta",
            "undated lead; the next line dates the interception 'Kamis (16/10/2025) malam'",
            SOETTA,
        ),
        ev(
            "bc_soetta_detains_two_passengers_2025_10_16",
            True,
            ARREST,
            [BC_SOETTA, SOETTA_COURIERS],
            "2025-10-16",
            "2025-10-16",
            "asserted",
            "Kepala KPU Bea Cukai Soekarno-Hatta, Hemma Sunarto",
            "'pada Kamis (16/10/2025) malam'",
            SOETTA,
        ),
        ev(
            "suspects_handed_to_polresta_bandara",
            False,
            ["04", "05", "06", "17"],
            [BC_SOETTA, POLRESTA_BANDARA],
            "2025-10-16",
            "2025-10-17",
            "asserted",
            "Benih lobster beserta kedua tersangka kemudian diserahkan",
            "'kemudian': between the arrest and the Friday press conference; optional",
        ),
        ev(
            "hemma_press_conference_2025_10_17",
            False,
            STMT,
            [BC_SOETTA, SOETTA_COURIERS],
            "2025-10-17",
            "2025-10-17",
            "asserted",
            '"Dari hasil pemindaian x-ray',
            "'Jumat (17/10/2025)': the account quoted",
        ),
    ],
)

page(
    "id_04_jawapos_bea_cukai_juanda_amankan_kurir_benih_lobster_tujuan_batam.txt",
    {
        "site": "jawapos.com",
        "title": "Bea Cukai Juanda Amankan Kurir Benih Lobster Tujuan Batam, 52 Ribu Ekor Disita",
        "subtitle": None,
        "authors": ["Mohamad Nur Asikin"],
        "editors": ["Dinarsa Kurniawan"],
        "section": "Jawa Timur",
        "published_at": {"accept": ["2025-11-25T19:10:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "BARANG BUKTI: Petugas Bea Cukai Juanda menata kantong berisi benih lobster hasil penindakan di Terminal 1 Bandara Juanda, Sidoarjo, Selasa (25/11). (Dimas Maulana/Jawa Pos)"
        ],
        "related_titles": [
            "Ditpolairud Polda Jatim Gagalkan Pengiriman Benih Lobster di Pantai Prigi",
            "Cuaca Ekstrem, BMKG Juanda Minta Nelayan Waspada Gelombang Tinggi",
        ],
    },
    first="JawaPos.com - Kantor Pengawasan",
    last="Atas perbuatannya, tersangka dijerat",
    skip=("Baca Juga:",),
    strip_prefix="JawaPos.com -",
    events=[
        ev(
            "bc_juanda_foils_lobster_smuggling_2025_11_23",
            True,
            ["17", "16"],
            [BC_JUANDA, JUANDA_COURIER],
            "2025-11-23",
            "2025-11-23",
            "asserted",
            "Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC)",
            "undated lead; the next line dates the interception 'Minggu (23/11)'",
            JUANDA,
        ),
        ev(
            "bc_juanda_stops_courier_2025_11_23",
            False,
            ARREST,
            [BC_JUANDA, JUANDA_COURIER],
            "2025-11-23",
            "2025-11-23",
            "asserted",
            "Kepala KPPBC Juanda, Chandra Budiman",
            "'Minggu (23/11)': the stop itself, implied by the search; optional next to the seizure",
            JUANDA,
        ),
        ev(
            "polda_jatim_names_courier_suspect_2025_11_24",
            True,
            CHARGE,
            [POLDA_JATIM, JUANDA_COURIER],
            "2025-11-24",
            "2025-11-24",
            "asserted",
            "HM kemudian diserahkan kepada Ditreskrimsus Polda Jatim",
            "'pada Senin (24/11)' in a Tuesday 25 Nov article",
        ),
        ev(
            "polda_hunts_controller",
            False,
            ARREST,
            [POLDA_JATIM, ["pengendali", "jaringan", "IDN"]],
            None,
            None,
            "planned",
            "Kabid Humas Polda Jatim Kombes Pol Jules Abraham Abast",
            "'masih memburu': ongoing, undated",
        ),
    ],
)
