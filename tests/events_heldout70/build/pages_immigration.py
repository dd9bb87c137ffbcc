"""Gold for the negative pair: two immigration offices acting against foreign workers on visit visas, in Bali
(six Russians held on 28 Aug and deported on 11 Sep 2025, SINDOnews) and in Batam, Riau Islands (24 Chinese
nationals held at a shipyard on 3 Nov 2025, Tribunnews). Same kind of act, different places, dates and groups;
neither page recalls the other."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHINESE_24,
    IMIGRASI_BALI,
    IMIGRASI_BATAM,
    IMIGRASI_NGURAH_RAI,
    SHIPYARD,
    SIX_RUSSIANS,
    SPMI_BATAM,
)
from common import ARREST, THREAT, ev, page

BALI = ["Bandara Internasional I Gusti Ngurah Rai", "Ngurah Rai", "Badung", "Bali", "IDN"]
CANGGU = ["Canggu", "Badung", "Bali", "IDN"]
BATAM = ["Tanjung Uncang", "Batu Aji", "Batam", "Kepulauan Riau", "IDN"]
PUBLIC = ["masyarakat", "WNA", "orang asing", "IDN"]

page(
    "id_03_sindonews_imigrasi_ngurah_rai_deportasi_enam_wn_rusia.txt",
    {
        "site": "sindonews.com",
        "title": "Imigrasi Ngurah Rai Deportasi 6 WN Rusia yang Bekerja Ilegal di Bali",
        "subtitle": None,
        "authors": ["Miftachul Chusna"],
        "editors": ["Ihya Ulumuddin"],
        "section": "Daerah",
        "published_at": {"accept": ["2025-09-11T15:37:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Badung",
        "cited_sources": [],
        "captions_required": [
            "Enam WN Rusia dikawal petugas imigrasi sebelum dideportasi melalui Bandara I Gusti Ngurah Rai, Kamis (11/9/2025). Foto: Dok. Imigrasi Ngurah Rai"
        ],
        "related_titles": ["Bule Australia Mengamuk di Kuta, Imigrasi Turun Tangan"],
    },
    first="BADUNG - Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai",
    last="Sepanjang Januari hingga Agustus 2025",
    strip_prefix="BADUNG -",
    skip=("Baca Juga:",),
    events=[
        ev(
            "imigrasi_deports_six_russians_2025_09_11",
            True,
            ["17", "16"],
            [IMIGRASI_NGURAH_RAI, SIX_RUSSIANS],
            "2025-09-11",
            "2025-09-11",
            "asserted",
            "Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai mendeportasi",
            "'Kamis (11/9/2025)'; deportation is CAMEO 174",
            BALI,
        ),
        ev(
            "imigrasi_detains_six_russians_2025_08_28",
            True,
            ARREST,
            [IMIGRASI_NGURAH_RAI, SIX_RUSSIANS],
            "2025-08-28",
            "2025-08-28",
            "asserted",
            "Keenam WN Rusia itu diamankan tim pengawasan orang asing",
            "'pada Kamis (28/8/2025)'",
            CANGGU,
        ),
        ev(
            "winarko_accuses_visa_abuse_2025_09_11",
            False,
            ["11", "12", "01"],
            [IMIGRASI_NGURAH_RAI, SIX_RUSSIANS],
            "2025-09-11",
            "2025-09-11",
            "asserted",
            "\"Mereka menyalahgunakan izin tinggal.",
            "the quote explaining the deportation, same day",
        ),
        ev(
            "imigrasi_proposes_entry_ban",
            False,
            ["16", "17"],
            [IMIGRASI_NGURAH_RAI, SIX_RUSSIANS],
            None,
            None,
            "planned",
            "Winarko menambahkan, pihaknya juga mengusulkan",
            "a proposed ban (penangkalan) with no date",
        ),
        ev(
            "kanwil_warns_foreigners",
            False,
            THREAT,
            [IMIGRASI_BALI, PUBLIC],
            None,
            None,
            "asserted",
            "Kepala Kantor Wilayah Direktorat Jenderal Imigrasi Bali",
            "generic appeal and warning, undated",
        ),
    ],
)

page(
    "id_04_tribunnews_imigrasi_batam_amankan_24_wn_china_di_galangan_kapal.txt",
    {
        "site": "tribunnews.com",
        "title": "Imigrasi Batam Amankan 24 WN China di Galangan Kapal Tanjung Uncang, Segera Dideportasi",
        "subtitle": None,
        "authors": ["Beres Lumbantobing"],
        "editors": ["Dewi Agustina"],
        "section": "Regional",
        "published_at": {"accept": ["2025-11-04T13:08:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Batam",
        "cited_sources": ["Tribun Batam"],
        "captions_required": [
            "Petugas Kantor Imigrasi Kelas I Khusus TPI Batam mendata WN China yang diamankan dari sebuah galangan kapal di Tanjung Uncang, Batam, Senin (3/11/2025). TRIBUNBATAM.id/Beres Lumbantobing"
        ],
        "related_titles": ["Polda Kepri Gagalkan Pengiriman PMI Ilegal ke Malaysia", "Ribuan Buruh Batam Tuntut Kenaikan UMK 2026"],
    },
    first="TRIBUNNEWS.COM, BATAM -",
    last="Ketua Serikat Pekerja Metal Indonesia (SPMI) Batam",
    strip_prefix="TRIBUNNEWS.COM, BATAM -",
    skip=("Baca Juga:",),
    events=[
        ev(
            "imigrasi_batam_detains_24_chinese_2025_11_03",
            True,
            ARREST,
            [IMIGRASI_BATAM, CHINESE_24],
            "2025-11-03",
            "2025-11-03",
            "asserted",
            "Kantor Imigrasi Kelas I Khusus TPI Batam mengamankan",
            "'Senin (3/11/2025)'",
            BATAM,
        ),
        ev(
            "imigrasi_batam_to_deport_24_chinese",
            True,
            ["17", "16"],
            [IMIGRASI_BATAM, CHINESE_24],
            "2025-11-10",
            "2025-11-16",
            "planned",
            "Ke-24 WN China itu kini ditahan",
            "'pekan depan' in a Tuesday 4 Nov article: the week of 10 Nov",
        ),
        ev(
            "imigrasi_batam_to_summon_shipyard_2025_11_06",
            True,
            ["09", "10", "17"],
            [IMIGRASI_BATAM, SHIPYARD],
            "2025-11-06",
            "2025-11-06",
            "planned",
            "Imigrasi Batam juga akan memanggil pimpinan perusahaan",
            "'pada Kamis (6/11/2025)'",
            BATAM,
        ),
        ev(
            "hajar_aswad_accuses_violation_2025_11_04",
            False,
            ["11", "12", "01"],
            [IMIGRASI_BATAM, CHINESE_24],
            "2025-11-04",
            "2025-11-04",
            "asserted",
            "\"Dari hasil pemeriksaan awal",
            "quote given 'Selasa (4/11/2025)'",
        ),
        ev(
            "spmi_welcomes_raid",
            False,
            ["01", "02", "05"],
            [SPMI_BATAM, IMIGRASI_BATAM],
            None,
            None,
            "asserted",
            "Ketua Serikat Pekerja Metal Indonesia (SPMI) Batam",
            "undated praise",
        ),
    ],
)
