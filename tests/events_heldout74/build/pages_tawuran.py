"""Gold for the negative pair: two youth brawls (tawuran) broken up by police with arrests, in Medan Belawan on
20 Sep 2025 (Tribunnews) and in Pedurungan, Semarang on 9 Nov 2025 (Suara). Same kind of event, different
cities and dates; neither page recalls the other."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    BELAWAN_PARENTS,
    BELAWAN_SUSPECTS,
    BELAWAN_YOUTHS,
    POLRES_BELAWAN,
    POLRESTABES_SMG,
    SMG_MAYOR,
    SMG_PARENTS,
    SMG_YOUTHS,
)
from common import ARREST, CHARGE, REPRESS, ev, page

SEP20 = ("2025-09-20", "2025-09-20")
NOV9 = ("2025-11-09", "2025-11-09")
BELAWAN = ["Jalan Sumatera", "Bagan Deli", "Medan Belawan", "Belawan", "Medan", "IDN"]
MAJAPAHIT = ["Jalan Majapahit", "Pedurungan", "Kota Semarang", "Semarang", "IDN"]
BRAWL = ["18", "19", "14"]
LORONG_TEMPEL = ["remaja dari Lorong Tempel", "Lorong Tempel", "IDN"]
KAMPUNG_KURNIA = ["kelompok remaja Kampung Kurnia", "Kampung Kurnia", "IDN"]
PEDURUNGAN = ["Pedurungan Bersatu", "gangster", "IDN"]
GAYAMSARI = ["Gayamsari Nekat", "gangster", "IDN"]

page(
    "id_03_tribunnews_polisi_bubarkan_tawuran_di_belawan_17_remaja_diamankan.txt",
    {
        "site": "tribunnews.com",
        "title": "Polisi Bubarkan Tawuran di Belawan, 17 Remaja Diamankan dan Tiga Jadi Tersangka",
        "subtitle": None,
        "authors": ["Fredy Santoso"],
        "editors": ["Array A Argus"],
        "section": "Medan",
        "published_at": {"accept": ["2025-09-21T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Medan",
        "cited_sources": [],
        "captions_required": [
            "TAWURAN - Sejumlah remaja yang diamankan usai tawuran di Jalan Sumatera, Kelurahan Bagan Deli, Medan Belawan, Sabtu (20/9/2025). (TRIBUN-MEDAN.COM/HO)"
        ],
        "related_titles": [
            "Wali Kota Medan Rico Waas Minta Orang Tua Awasi Anak Usai Maraknya Tawuran",
            "Dua Kelompok Pemuda Bentrok di Medan Labuhan, Satu Rumah Rusak",
        ],
    },
    first="TRIBUN-MEDAN.COM, MEDAN - Polres Pelabuhan Belawan",
    last="Oloan menambahkan",
    skip=("Baca juga:",),
    strip_prefix="TRIBUN-MEDAN.COM, MEDAN -",
    events=[
        ev(
            "police_break_up_belawan_brawl_2025_09_20",
            True,
            REPRESS,
            [POLRES_BELAWAN, BELAWAN_YOUTHS],
            *SEP20,
            "asserted",
            "Polres Pelabuhan Belawan membubarkan tawuran",
            "'Sabtu (20/9/2025) dini hari'",
            BELAWAN,
        ),
        ev(
            "youths_clash_in_belawan_2025_09_20",
            True,
            BRAWL,
            [LORONG_TEMPEL, KAMPUNG_KURNIA],
            *SEP20,
            "asserted",
            "Tawuran pecah sekitar pukul 02.30 WIB",
            "02.30 on the Saturday of the lead",
            BELAWAN,
        ),
        ev(
            "warning_shots_fired_2025_09_20",
            False,
            REPRESS,
            [POLRES_BELAWAN, BELAWAN_YOUTHS],
            *SEP20,
            "asserted",
            "Kapolres Pelabuhan Belawan AKBP Oloan Siahaan mengatakan",
            "the dispersal of the lead, detailed",
            BELAWAN,
        ),
        ev(
            "police_detain_17_youths_2025_09_20",
            True,
            ARREST,
            [POLRES_BELAWAN, BELAWAN_YOUTHS],
            *SEP20,
            "asserted",
            '"Sebanyak 17 remaja kami amankan',
            "detained 'di lokasi' during the Saturday dispersal (quote dated Minggu)",
            BELAWAN,
        ),
        ev(
            "police_name_three_suspects_2025_09_21",
            True,
            CHARGE,
            [POLRES_BELAWAN, BELAWAN_SUSPECTS],
            "2025-09-20",
            "2025-09-21",
            "asserted",
            "Setelah pemeriksaan, penyidik menetapkan",
            "after questioning, by the Sunday article: a range",
        ),
        ev(
            "police_to_summon_parents",
            False,
            ["02", "04", "10"],
            [POLRES_BELAWAN, BELAWAN_PARENTS],
            None,
            None,
            "planned",
            "Oloan menambahkan",
            "planned, undated",
        ),
    ],
)

page(
    "id_04_suara_polrestabes_semarang_tangkap_21_remaja_usai_tawuran_di_jalan_majapahit.txt",
    {
        "site": "suara.com",
        "title": "Polrestabes Semarang Tangkap 21 Remaja Usai Tawuran di Jalan Majapahit",
        "subtitle": None,
        "authors": ["Ikhsan"],
        "editors": ["Bangun Santoso"],
        "section": "Regional",
        "published_at": {"accept": ["2025-11-09T13:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Polisi memeriksa barang bukti senjata tajam yang disita dari remaja pelaku tawuran di Mapolrestabes Semarang, Minggu (9/11/2025). [Suara.com/Ikhsan]"
        ],
        "related_titles": [
            "Sepeda Motor Curian Ditemukan di Gudang Kosong Genuk",
            "Hujan Deras, Sejumlah Ruas Jalan di Semarang Tergenang",
        ],
    },
    first="Suara.com - Polrestabes Semarang menangkap",
    last="Wali Kota Semarang Agustina",
    skip=("BACA JUGA:",),
    strip_prefix="Suara.com -",
    events=[
        ev(
            "police_arrest_21_youths_2025_11_09",
            True,
            ARREST,
            [POLRESTABES_SMG, SMG_YOUTHS],
            *NOV9,
            "asserted",
            "Polrestabes Semarang menangkap 21 remaja",
            "'Minggu (9/11/2025) dini hari'",
            MAJAPAHIT,
        ),
        ev(
            "gangs_clash_on_jalan_majapahit_2025_11_09",
            True,
            BRAWL,
            [PEDURUNGAN, GAYAMSARI],
            *NOV9,
            "asserted",
            "Dua kelompok yang menamakan diri gangster",
            "01.30 on the Sunday of the lead",
            MAJAPAHIT,
        ),
        ev(
            "patrol_breaks_up_brawl_2025_11_09",
            True,
            REPRESS,
            [POLRESTABES_SMG, SMG_YOUTHS],
            *NOV9,
            "asserted",
            "Tim patroli Sat Samapta yang melintas",
            "same night",
            MAJAPAHIT,
        ),
        ev(
            "police_to_name_suspects",
            False,
            CHARGE,
            [POLRESTABES_SMG, SMG_YOUTHS],
            None,
            None,
            "planned",
            "Syahduddi menyebut penyidik akan menetapkan",
            "'akan ... setelah pemeriksaan rampung': undated",
        ),
        ev(
            "mayor_urges_parents",
            False,
            ["02", "10"],
            [SMG_MAYOR, SMG_PARENTS],
            None,
            None,
            "asserted",
            "Wali Kota Semarang Agustina",
            "an appeal with no date of its own",
        ),
    ],
)
