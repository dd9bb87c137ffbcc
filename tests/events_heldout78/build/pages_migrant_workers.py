"""Gold for the Malaysia-Indonesia ministers' meeting on migrant workers in Putrajaya, 16 Oct 2025 (The Star,
IDN Times)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDONESIA, KARDING, MALAYSIA, SAIFUDDIN, STEVEN_SIM
from common import EASE, MEET, REDUCE, ev, page

PUTRAJAYA = ["Putrajaya", "MYS"]
OCT16 = ("2025-10-16", "2025-10-16")
AGREEMENT = ["03", "05", "06"]
REQUEST = ["02", "10"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "sim_karding_meet_2025_10_16",
            True,
            MEET,
            [STEVEN_SIM, KARDING],
            *OCT16,
            "asserted",
            "The Human Resources Minister said the agreement was reached" if en else "Pemerintah Indonesia dan Malaysia sepakat membentuk",
            "'here on Thursday (Oct 16)'" if en else "'di Putrajaya, Kamis (16/10/2025)'",
            PUTRAJAYA,
        ),
        ev(
            "agree_joint_task_force_2025_10_16",
            True,
            AGREEMENT,
            [MALAYSIA, INDONESIA],
            *OCT16,
            "asserted",
            "Malaysia and Indonesia have agreed to set up a joint task force" if en else "Pemerintah Indonesia dan Malaysia sepakat membentuk",
            "the agreement of the Thursday meeting",
            PUTRAJAYA,
        ),
        ev(
            "agree_talks_on_new_mou_2025_10_16",
            True,
            AGREEMENT,
            [STEVEN_SIM, KARDING],
            *OCT16,
            "asserted",
            "Sim said the two ministers also agreed to begin talks" if en else "Menurut Karding, kedua menteri juga sepakat",
            "same meeting: talks on a formal-sector MoU",
            PUTRAJAYA,
        ),
        ev(
            "indonesia_asks_end_tourist_visa_entry_2025_10_16",
            True,
            REQUEST,
            [KARDING, MALAYSIA],
            *OCT16,
            "asserted",
            "Karding said Jakarta wanted all recruitment" if en else "Dalam pertemuan itu, Indonesia meminta Malaysia",
            "request made at the Thursday meeting",
            PUTRAJAYA,
        ),
        ev(
            "karding_asks_depot_access",
            False,
            REQUEST,
            [KARDING, MALAYSIA],
            *OCT16,
            "asserted",
            "He said he had also asked for consular access" if en else "Karding juga meminta atase ketenagakerjaan",
            "request at the same meeting; the depots are in Sabah",
            PUTRAJAYA,
        ),
        ev(
            "task_force_first_meeting_2025_12",
            True,
            MEET,
            [MALAYSIA, INDONESIA],
            "2025-12-01",
            "2025-12-31",
            "planned",
            "The task force will hold its first meeting" if en else "Karding mengatakan rapat perdana satgas",
            "'in December': planned meeting in Jakarta",
            ["Jakarta", "IDN"],
        ),
        ev(
            "karding_to_meet_saifuddin_2025_10_17",
            True,
            MEET,
            [KARDING, SAIFUDDIN],
            "2025-10-17",
            "2025-10-17",
            "planned",
            "Karding is scheduled to meet Home Minister" if en else "Karding dijadwalkan bertemu Menteri Dalam Negeri Malaysia",
            "'on Friday (Oct 17)'" if en else "'pada Jumat ini' in a Friday 17 Oct article",
        ),
        ev(
            "indonesia_freezes_worker_sending_2022_07",
            True,
            REDUCE,
            [INDONESIA, MALAYSIA],
            "2022-07-01",
            "2022-07-31",
            "asserted",
            "Indonesia temporarily froze the sending" if en else "Pada Juli 2022, Indonesia sempat menghentikan",
            "background: 'in July 2022'",
        ),
        ev(
            "freeze_lifted_2022_08",
            False,
            EASE,
            [INDONESIA, MALAYSIA],
            "2022-08-01",
            "2022-08-31",
            "asserted",
            "Indonesia temporarily froze the sending" if en else "Pada Juli 2022, Indonesia sempat menghentikan",
            "'the following month' / 'sebulan kemudian': background",
        ),
    ]


page(
    "en_02_thestar_malaysia_indonesia_agree_joint_task_force_on_migrant_workers.txt",
    {
        "site": "thestar.com.my",
        "title": "Malaysia, Indonesia agree to set up joint task force on migrant workers",
        "subtitle": None,
        "authors": ["Martin Carvalho", "Rozanna Latiff"],
        "section": "Nation",
        "published_at": {"accept": ["2025-10-16T20:45:00+08:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Putrajaya",
        "cited_sources": ["Bernama"],
        "captions_required": [
            "Human Resources Minister Steven Sim (right) shakes hands with Indonesia's Migrant Workers Protection Minister Abdul Kadir Karding after their meeting in Putrajaya on Thursday (Oct 16). - Bernama"
        ],
        "related_titles": [
            "Over 2,000 undocumented migrants detained in Ops Kutip in Johor",
            "Govt to review levy on foreign workers, says Sim",
        ],
    },
    first="PUTRAJAYA: Malaysia and Indonesia",
    last="There are an estimated 1.2 million",
    skip=("Related News", "Nation: "),
    strip_prefix="PUTRAJAYA:",
    events=[
        *shared("en"),
        ev(
            "sim_quote_task_force_2025_10_16",
            False,
            ["03", "05"],
            [STEVEN_SIM, INDONESIA],
            *OCT16,
            "asserted",
            '"Both sides agreed that the problem of undocumented workers',
            "the minister's quote at the joint press conference",
        ),
    ],
)

page(
    "id_02_idntimes_ri_dan_malaysia_sepakat_bentuk_satgas_bersama_pekerja_migran.txt",
    {
        "site": "idntimes.com",
        "title": "RI dan Malaysia Sepakat Bentuk Satgas Bersama Tangani PMI Ilegal",
        "subtitle": "Menteri P2MI bertemu Menteri Sumber Manusia Malaysia di Putrajaya",
        "authors": ["Lia Hutasoit"],
        "editors": ["Dini Suciatiningrum"],
        "section": "News",
        "published_at": {"accept": ["2025-10-17T10:22:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Menteri P2MI Abdul Kadir Karding (kiri) bersama Menteri Sumber Manusia Malaysia Steven Sim di Putrajaya, Kamis (16/10/2025). (Dok. Kementerian P2MI)"
        ],
        "related_titles": [
            "Karding: 70 Persen Kasus PMI Bermasalah Berawal dari Jalur Ilegal",
            "Ribuan PMI Dideportasi dari Sabah Sepanjang 2025, Pemerintah Siapkan Penampungan",
            "Polda Kepri Gagalkan Pengiriman 30 PMI Ilegal lewat Pelabuhan Tikus",
            "DPR Minta Pemerintah Perketat Pengawasan Penempatan PMI",
        ],
    },
    first="Jakarta, IDN Times - Pemerintah Indonesia",
    last="Berdasarkan data Kementerian Sumber Manusia Malaysia",
    skip=("Baca Juga:",),
    neutral=("1. Rapat perdana satgas digelar di Jakarta", "2. Minta akses ke depot tahanan imigrasi di Sabah"),
    strip_prefix="Jakarta, IDN Times -",
    events=[
        *shared("id"),
        ev(
            "karding_quote_task_force_2025_10_17",
            False,
            ["03", "05"],
            [KARDING, MALAYSIA],
            "2025-10-17",
            "2025-10-17",
            "asserted",
            '"Satgas ini akan melibatkan imigrasi',
            "'dalam keterangan tertulis, Jumat (17/10/2025)'",
        ),
    ],
)
