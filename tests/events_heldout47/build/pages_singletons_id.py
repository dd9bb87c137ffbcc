"""Gold for two single Indonesian pages: Thailand's parliament electing Anutin (5 Sept 2025, Liputan6) and
police naming the student behind the SMAN 72 Jakarta explosion (11 Nov 2025, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import ARREST, CHARGE, STMT, ev, page

SEP5 = ("2025-09-05", "2025-09-05")
NOV11 = ("2025-11-11", "2025-11-11")
ANUTIN = ["Anutin Charnvirakul", "Anutin", "Bhumjaithai", "THA"]
THAI_PARLIAMENT = ["Parlemen Thailand", "Dewan Perwakilan Rakyat", "parlemen", "THA"]
PEOPLES_PARTY = ["Partai Rakyat", "People's Party", "THA"]
THAI_COURT = ["Mahkamah Konstitusi", "THA"]
PAETONGTARN = ["Paetongtarn Shinawatra", "Paetongtarn", "THA"]
HUN_SEN = ["Hun Sen", "Kamboja", "KHM"]
KING = ["Raja Maha Vajiralongkorn", "Maha Vajiralongkorn", "raja", "THA"]
PHEU_THAI = ["Partai Pheu Thai", "Pheu Thai", "THA"]
POLDA_METRO = ["Polda Metro Jaya", "polisi", "Asep Edi Suheri", "Asep", "Kapolda Metro Jaya", "IDN"]
STUDENT = ["F (17)", "siswa", "F", "anak berkonflik dengan hukum", "IDN"]
SMAN72 = ["SMA Negeri 72", "SMAN 72", "masjid", "siswa", "IDN"]
KPAI = ["Komisi Perlindungan Anak Indonesia", "KPAI", "IDN"]

page(
    "id_03_liputan6_parlemen_thailand_pilih_anutin_jadi_pm.txt",
    {
        "site": "liputan6.com",
        "title": "Parlemen Thailand Pilih Anutin Charnvirakul Jadi Perdana Menteri Baru",
        "subtitle": "Anutin meraih 311 suara dan mengalahkan kandidat Partai Pheu Thai, Chaikasem Nitisiri.",
        "authors": ["Khairisa Ferida"],
        "section": "Global",
        "published_at": {"accept": ["2025-09-05T17:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Bangkok",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Pemimpin Partai Bhumjaithai Anutin Charnvirakul menyapa pendukungnya di markas partai di Bangkok, Jumat (5/9/2025). (AP Photo/Sakchai Lalit)"
        ],
        "related_titles": ["Thailand Tutup Perbatasan dengan Kamboja Usai Bentrokan"],
    },
    first="Liputan6.com, Bangkok - Parlemen Thailand",
    last="Anutin pernah menjabat menteri kesehatan",
    skip=("Baca Juga:",),
    strip_prefix="Liputan6.com, Bangkok -",
    events=[
        ev(
            "parliament_elects_anutin_2025_09_05",
            True,
            ["01", "02", "03", "05", "06"],
            [THAI_PARLIAMENT, ANUTIN],
            *SEP5,
            "asserted",
            "Parlemen Thailand pada Jumat (5/9/2025) memilih",
            "an election by vote: coded as an expressed endorsement",
            ["Bangkok", "THA"],
        ),
        ev(
            "peoples_party_backs_anutin",
            True,
            ["03", "05", "06", "08"],
            [PEOPLES_PARTY, ANUTIN],
            "2025-09-01",
            "2025-09-05",
            "asserted",
            "Kemenangan Anutin dimungkinkan oleh dukungan",
            "a conditional deal, no date of its own",
        ),
        ev(
            "anutin_thanks_lawmakers_2025_09_05",
            False,
            STMT,
            [ANUTIN],
            *SEP5,
            "asserted",
            '"Saya berterima kasih kepada semua anggota dewan.',
        ),
        ev(
            "king_to_endorse_anutin",
            True,
            ["01", "02", "03", "05", "06"],
            [KING, ANUTIN],
            "2025-09-06",
            "2025-09-12",
            "planned",
            "Anutin dijadwalkan menerima dekret pengangkatan",
            "'dijadwalkan ... dalam beberapa hari ke depan'",
        ),
        ev(
            "court_removes_paetongtarn_2025_08_29",
            True,
            ["01", "02", "11", "12", "17"],
            [THAI_COURT, PAETONGTARN],
            "2025-08-29",
            "2025-08-29",
            "asserted",
            "Mahkamah Konstitusi mencopot Paetongtarn pada 29 Agustus",
            "background with an explicit date; the lead says 'sepekan setelah'",
        ),
        ev(
            "paetongtarn_hun_sen_call_2025_06",
            False,
            ["01", "02", "03", "04"],
            [PAETONGTARN, HUN_SEN],
            "2025-06-01",
            "2025-06-30",
            "asserted",
            "Mahkamah Konstitusi mencopot Paetongtarn pada 29 Agustus",
            "the leaked call, dated only by 'Juni lalu' (when it leaked)",
        ),
        ev(
            "bhumjaithai_quits_coalition_2025_06",
            True,
            ["12", "16"],
            [ANUTIN, PAETONGTARN],
            "2025-06-01",
            "2025-06-30",
            "asserted",
            "Bhumjaithai sendiri keluar dari koalisi",
            "'setelah rekaman percakapan itu tersebar' (June)",
        ),
        ev(
            "pheu_thai_asks_dissolution",
            False,
            ["02", "10"],
            [PHEU_THAI, KING],
            "2025-08-29",
            "2025-09-05",
            "asserted",
            "Sementara itu, Partai Pheu Thai sempat berupaya",
            "no date",
        ),
        ev(
            "anutin_greets_supporters_caption_2025_09_05",
            False,
            STMT,
            [ANUTIN],
            *SEP5,
            "asserted",
            "Pemimpin Partai Bhumjaithai Anutin Charnvirakul menyapa",
            "from a photo caption",
        ),
    ],
)

page(
    "id_05_cnnindonesia_polisi_tetapkan_siswa_pelaku_ledakan_sman_72.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Polisi Tetapkan Siswa Pelaku Ledakan SMAN 72 Jakarta sebagai Anak Berkonflik dengan Hukum",
        "subtitle": None,
        "authors": [],
        "section": "Nasional",
        "published_at": {"accept": ["2025-11-11T15:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Garis polisi terpasang di area SMA Negeri 72 Jakarta, Kelapa Gading, Jakarta Utara, Sabtu (8/11/2025). (CNN Indonesia/Adi Ibrahim)"
        ],
        "related_titles": ["Prabowo Minta Sekolah Perketat Pengawasan Usai Ledakan di SMAN 72"],
    },
    first="Jakarta, CNN Indonesia -- Polda Metro Jaya menetapkan",
    last="Kegiatan belajar di SMAN 72",
    skip=("Baca juga:",),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        ev(
            "police_name_student_abh_2025_11_11",
            True,
            CHARGE,
            [POLDA_METRO, STUDENT],
            *NOV11,
            "asserted",
            "Polda Metro Jaya menetapkan seorang siswa",
            "lead without a date; 'Selasa (11/11)' in the next paragraph",
            ["Jakarta", "IDN"],
        ),
        ev(
            "police_announce_status_2025_11_11",
            False,
            STMT,
            [POLDA_METRO, STUDENT],
            *NOV11,
            "asserted",
            "Status itu diumumkan Kapolda Metro Jaya",
        ),
        ev(
            "explosion_at_sman72_mosque_2025_11_07",
            True,
            ["18", "20"],
            [STUDENT, SMAN72],
            "2025-11-07",
            "2025-11-07",
            "asserted",
            "Ledakan terjadi saat khotbah salat Jumat",
            "'pada Jumat (7/11) siang'; the actor is named in the next paragraph",
            ["Kelapa Gading", "Jakarta", "IDN"],
        ),
        ev(
            "student_built_bombs_alleged",
            False,
            ["18", "20"],
            [STUDENT],
            "2025-10-01",
            "2025-11-07",
            "alleged",
            "Menurut Asep, polisi menemukan tujuh bahan peledak",
            "'diduga merakit sendiri'",
        ),
        ev(
            "police_no_terror_link_2025_11_11",
            False,
            STMT,
            [POLDA_METRO],
            *NOV11,
            "asserted",
            '"Sejauh ini kami belum menemukan keterkaitan',
        ),
        ev(
            "police_to_question_student",
            True,
            [*ARREST, "09", "01", "02"],
            [POLDA_METRO, STUDENT],
            "2025-11-11",
            "2025-12-31",
            "planned",
            "Polisi juga mendalami dugaan bahwa F",
            "'akan diperiksa setelah kondisinya pulih': no date",
        ),
        ev(
            "kpai_urges_juvenile_process",
            True,
            STMT,
            [KPAI, POLDA_METRO],
            "2025-11-07",
            "2025-11-11",
            "asserted",
            "Komisi Perlindungan Anak Indonesia (KPAI) meminta",
            "no date",
        ),
        ev(
            "school_moves_online",
            False,
            STMT,
            [["Dinas Pendidikan DKI Jakarta", "IDN"]],
            "2025-11-10",
            "2025-11-14",
            "asserted",
            "Kegiatan belajar di SMAN 72",
        ),
    ],
)
