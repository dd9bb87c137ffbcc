"""Gold for the KPK's detention of Semarang mayor Hevearita Gunaryanti Rahayu and her husband, 19 Feb 2025 (Tempo)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import HEVEARITA, KPK, SEMARANG
from common import ARREST, CHARGE, DENY, ev, page

FEB19 = ("2025-02-19", "2025-02-19")
JULY_2024 = ("2024-07-01", "2024-07-31")
OTHER_SUSPECTS = ["Martono", "Rachmat Utama Djangkar", "tersangka", "IDN"]

page(
    "id_04_tempo_kpk_tahan_wali_kota_semarang_dan_suami.txt",
    {
        "site": "tempo.co",
        "title": "KPK Tahan Wali Kota Semarang Hevearita Gunaryanti dan Suaminya",
        "subtitle": None,
        "authors": ["Intan Setiawanty"],
        "editors": ["Dewi Rina Cahyani"],
        "published_at": {"accept": ["2025-02-19T21:37:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Wali Kota Semarang nonaktif Hevearita Gunaryanti Rahayu mengenakan rompi tahanan usai menjalani pemeriksaan di Gedung Merah Putih KPK, Jakarta, Rabu, 19 Februari 2025. TEMPO/Imam Sukamto"
        ],
        "related_titles": [
            "Mangkir dari Panggilan KPK, Wali Kota Semarang Disebut Sedang Sakit",
            "Kata KPK Soal Peluang Menjerat Pihak Lain di Kasus Korupsi Pemkot Semarang",
        ],
    },
    first="TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi",
    last="Juru bicara KPK Tessa Mahardhika",
    skip=("Baca juga:",),
    strip_prefix="TEMPO.CO, Jakarta -",
    events=[
        ev(
            "kpk_detains_hevearita_2025_02_19",
            True,
            ARREST,
            [KPK, HEVEARITA],
            *FEB19,
            "asserted",
            "Komisi Pemberantasan Korupsi (KPK) menahan",
            "'pada Rabu, 19 Februari 2025'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "kpk_names_suspects_2024_07",
            True,
            CHARGE,
            [KPK, HEVEARITA],
            *JULY_2024,
            "asserted",
            "KPK menetapkan keduanya sebagai tersangka pada Juli 2024.",
        ),
        ev(
            "kpk_searches_city_hall_2024_07",
            True,
            ["17"],
            [KPK, SEMARANG],
            *JULY_2024,
            "asserted",
            "KPK menetapkan keduanya sebagai tersangka pada Juli 2024.",
            "'Saat itu, penyidik juga menggeledah Balai Kota Semarang'",
        ),
        ev(
            "kpk_plans_witness_questioning",
            True,
            ["09"],
            [KPK, SEMARANG],
            "2025-02-24",
            "2025-03-02",
            "planned",
            "Juru bicara KPK Tessa Mahardhika",
            "'akan memeriksa ... pada pekan depan' in a Wednesday article",
        ),
        ev(
            "kpk_detention_quote",
            False,
            ARREST,
            [KPK, HEVEARITA],
            *FEB19,
            "asserted",
            '"Untuk kepentingan penyidikan, tersangka HGR dan AB ditahan',
        ),
        ev(
            "kpk_alleges_bribery",
            False,
            CHARGE,
            [KPK, HEVEARITA],
            None,
            None,
            "alleged",
            "Menurut Asep, pasangan suami-istri itu diduga",
        ),
        ev(
            "other_suspects_detained_earlier",
            False,
            ARREST,
            [KPK, OTHER_SUSPECTS],
            None,
            None,
            "asserted",
            "Dua tersangka lain dalam perkara ini",
        ),
        ev(
            "hevearita_skips_summons",
            False,
            ["12", "16"],
            [HEVEARITA, KPK],
            None,
            None,
            "asserted",
            "Hevearita sebelumnya dua kali tidak memenuhi",
        ),
        ev(
            "hevearita_denies_taking_money",
            False,
            DENY,
            [HEVEARITA, KPK],
            None,
            None,
            "denied",
            "Melalui kuasa hukumnya, Hevearita membantah",
        ),
        ev(
            "caption_hevearita_detained",
            False,
            ARREST,
            [KPK, HEVEARITA],
            *FEB19,
            "asserted",
            "Wali Kota Semarang nonaktif Hevearita Gunaryanti Rahayu mengenakan",
            "from a photo caption",
        ),
    ],
)
