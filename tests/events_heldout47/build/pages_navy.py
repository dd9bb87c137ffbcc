"""Gold for the Navy personnel who shot a car-rental owner on the Tangerang-Merak toll road on 2 Jan 2025:
Puspomal naming them suspects (6 Jan 2025, Detik) and the military court's verdict (25 Mar 2025, Tempo)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import ARREST, CHARGE, RULING, STMT, VIOLENCE, ev, page

DETIK = "id_04_detik_puspomal_tetapkan_tiga_anggota_tni_al_tersangka.txt"
TEMPO = "id_06_tempo_dua_anggota_tni_al_penembak_bos_rental_divonis_seumur_hidup.txt"
JAN2 = ("2025-01-02", "2025-01-02")
JAN6 = ("2025-01-06", "2025-01-06")
MAR25 = ("2025-03-25", "2025-03-25")
PUSPOMAL = ["Pusat Polisi Militer TNI Angkatan Laut", "Puspomal", "Samista", "IDN"]
NAVY_MEN = [
    "anggota TNI AL",
    "anggota TNI Angkatan Laut",
    "tersangka",
    "terdakwa",
    "Bambang Apri Atmojo",
    "Akbar Adli",
    "Rafsin Hermawan",
    "IDN",
]
NAVY = ["TNI AL", "TNI Angkatan Laut", "IDN"]
ILYAS = ["Ilyas Abdurrahman", "Ilyas", "korban", "keluarga korban", "pemilik usaha rental mobil", "IDN"]
CINANGKA = ["Polsek Cinangka", "Polda Banten", "IDN"]
MIL_COURT = ["Pengadilan Militer II-08 Jakarta", "Majelis hakim", "Majelis", "Arif Rachman", "IDN"]
DEFENCE = ["Kuasa hukum", "Oditur militer", "terdakwa", "IDN"]
TOLL = ["Tol Tangerang-Merak", "rest area", "Banten", "IDN"]


def shooting(en_detik: bool) -> dict:
    """The shooting itself, background on both pages."""
    return ev(
        "navy_men_shoot_rental_owner_2025_01_02",
        True,
        VIOLENCE,
        [NAVY_MEN, ILYAS],
        *JAN2,
        "asserted",
        "Penembakan terjadi pada Kamis (2/1) dini hari"
        if en_detik
        else "Penembakan terjadi pada 2 Januari 2025",
        "background: 'Kamis (2/1) dini hari'" if en_detik else "background: '2 Januari 2025 dini hari'",
        TOLL,
    )


page(
    DETIK,
    {
        "site": "detik.com",
        "title": "Puspomal Tetapkan 3 Anggota TNI AL Tersangka Penembakan Bos Rental di Rest Area Tol",
        "subtitle": None,
        "authors": ["Kurniawan Fadilah"],
        "section": "Berita",
        "published_at": {"accept": ["2025-01-06T19:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Danpuspomal Laksda TNI Samista memberikan keterangan pers di Mako Puspomal, Jakarta Utara, Senin (6/1/2025). (Kurniawan Fadilah/detikcom)"
        ],
        "related_titles": [
            "Keluarga Bos Rental yang Tewas Ditembak Minta Pelaku Dihukum Berat",
            "Polda Banten Periksa 5 Anggota Polsek Cinangka soal Laporan Keluarga Korban",
        ],
    },
    first="Jakarta - Pusat Polisi Militer TNI Angkatan Laut",
    last="Puspomal menyebut berkas perkara",
    skip=("Baca juga:",),
    strip_prefix="Jakarta -",
    events=[
        ev(
            "puspomal_names_three_suspects_2025_01_06",
            True,
            CHARGE,
            [PUSPOMAL, NAVY_MEN],
            *JAN6,
            "asserted",
            "Pusat Polisi Militer TNI Angkatan Laut (Puspomal) menetapkan",
            "lead without a date; 'Senin (6/1/2025)' in the next paragraph",
            ["Jakarta Utara", "Jakarta", "IDN"],
        ),
        ev(
            "samista_announces_suspects_2025_01_06",
            False,
            STMT,
            [PUSPOMAL, NAVY_MEN],
            *JAN6,
            "asserted",
            "Penetapan tersangka itu diumumkan",
        ),
        ev(
            "puspomal_detains_suspects",
            True,
            ARREST,
            [PUSPOMAL, NAVY_MEN],
            "2025-01-02",
            "2025-01-06",
            "asserted",
            '"Ketiga tersangka sudah kami tahan',
            "inside a quote; 'sudah ... tahan', no date",
        ),
        shooting(True),
        ev(
            "suspects_car_embezzlement_alleged",
            False,
            ["17", "11", "12"],
            [NAVY_MEN],
            None,
            None,
            "alleged",
            "Menurut Samista, para tersangka diduga",
            "'diduga', no date",
        ),
        ev(
            "navy_apologises_to_family",
            True,
            ["05", "06", "01", "02"],
            [NAVY, ILYAS],
            "2025-01-02",
            "2025-01-06",
            "asserted",
            "TNI AL menyampaikan permintaan maaf",
            "an apology (055); no date",
        ),
        ev(
            "cinangka_police_refused_alleged",
            False,
            ["12", "02"],
            [CINANGKA, ILYAS],
            "2025-01-01",
            "2025-01-02",
            "alleged",
            "Keluarga korban sebelumnya mengaku",
            "'diduga ditolak'",
        ),
        ev(
            "polda_banten_to_question_officers",
            False,
            ["09", "17", "01", "02"],
            [CINANGKA],
            "2025-01-06",
            "2025-01-31",
            "planned",
            "Keluarga korban sebelumnya mengaku",
            "'akan memeriksa', second sentence of the paragraph",
        ),
        ev(
            "case_to_military_prosecutor",
            True,
            CHARGE,
            [PUSPOMAL, NAVY_MEN],
            "2025-01-06",
            "2025-02-28",
            "planned",
            "Puspomal menyebut berkas perkara",
            "'akan segera dilimpahkan': no date",
        ),
    ],
)

page(
    TEMPO,
    {
        "site": "tempo.co",
        "title": "Dua Anggota TNI AL Penembak Bos Rental Divonis Penjara Seumur Hidup",
        "subtitle": None,
        "authors": ["Ade Ridwan Yandwiputra"],
        "editors": ["Sapto Yunus"],
        "section": "Hukum",
        "published_at": {"accept": ["2025-03-25T16:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Terdakwa kasus penembakan bos rental mobil mengikuti sidang putusan di Pengadilan Militer II-08 Jakarta, Selasa, 25 Maret 2025. TEMPO/Ilham Balindra"
        ],
        "related_titles": [
            "Kronologi Penembakan Bos Rental Mobil di Tol Tangerang-Merak",
            "Kapolda Banten Copot Kapolsek Cinangka Usai Kasus Penembakan Bos Rental",
        ],
    },
    first="TEMPO.CO, Jakarta - Pengadilan Militer II-08 Jakarta",
    last="Kasus ini sempat memicu kritik publik",
    skip=("Baca juga:",),
    strip_prefix="TEMPO.CO, Jakarta -",
    events=[
        ev(
            "court_sentences_two_to_life_2025_03_25",
            True,
            RULING,
            [MIL_COURT, NAVY_MEN],
            *MAR25,
            "asserted",
            "Pengadilan Militer II-08 Jakarta menjatuhkan vonis",
            "lead without a date; 'Selasa, 25 Maret 2025' in the next paragraph and the caption",
            ["Jakarta", "IDN"],
        ),
        ev(
            "court_finds_guilty_2025_03_25",
            False,
            RULING,
            [MIL_COURT, NAVY_MEN],
            *MAR25,
            "asserted",
            "Majelis hakim yang dipimpin",
        ),
        ev(
            "court_sentences_rafsin_2025_03_25",
            True,
            RULING,
            [MIL_COURT, ["Rafsin Hermawan", "Rafsin", "IDN"]],
            *MAR25,
            "asserted",
            "Adapun terdakwa ketiga",
            "passive 'divonis', no date of its own: the same hearing",
        ),
        ev(
            "court_orders_restitution_2025_03_25",
            False,
            RULING,
            [MIL_COURT, NAVY_MEN],
            *MAR25,
            "asserted",
            "Majelis juga memerintahkan",
        ),
        ev(
            "defence_considers_appeal",
            True,
            [*STMT, "17"],
            [DEFENCE, MIL_COURT],
            *MAR25,
            "asserted",
            "Kuasa hukum para terdakwa menyatakan",
            "'akan pikir-pikir': a stated position on the day, not yet an appeal",
        ),
        shooting(False),
        ev(
            "family_accepts_verdict",
            False,
            STMT,
            [["Agam Muhammad Nasrudin", "Agam", "keluarga", "IDN"], MIL_COURT],
            *MAR25,
            "asserted",
            "Anak korban, Agam Muhammad Nasrudin",
        ),
        ev(
            "defendants_in_court_caption_2025_03_25",
            False,
            RULING,
            [MIL_COURT, NAVY_MEN],
            *MAR25,
            "asserted",
            "Terdakwa kasus penembakan bos rental mobil mengikuti sidang putusan",
            "from a photo caption",
        ),
    ],
)
