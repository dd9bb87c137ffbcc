"""Gold for the Ghana Air Force helicopter crash of 6 Aug 2025 that killed the defence and environment ministers:
Mahama's national mourning, the armed forces' board of inquiry, condolences (The Independent, SINDOnews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AIR_FORCE, AU, GHANA, GHANA_ARMED_FORCES, GHANA_GOV, MAHAMA, TINUBU
from common import STMT, ev, page

AUG6 = ("2025-08-06", "2025-08-06")
AUG7 = ("2025-08-07", "2025-08-07")
CRASH_LOC = ["Adansi Akrofuom", "Ashanti", "GHA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "mahama_declares_national_mourning_2025_08_06",
            True,
            ["01", "02", "03"],
            [MAHAMA, GHANA],
            *AUG6,
            "asserted",
            "In an address to the nation on Wednesday evening" if en else "Presiden Ghana John Mahama dalam pidato kenegaraan",
            "'on Wednesday evening' in a Thursday article" if en else "'pada Rabu malam' after the crash of Rabu (6/8/2025)",
        ),
        ev(
            "armed_forces_open_inquiry_2025_08_07",
            True,
            ["09", "01", "03"],
            [GHANA_ARMED_FORCES, AIR_FORCE],
            "2025-08-06",
            "2025-08-07",
            "asserted",
            "The Ghana Armed Forces said on Thursday" if en else "Angkatan Bersenjata Ghana, Kamis (7/8/2025)",
            "'said on Thursday' that a board 'had been set up': on the day of the crash or the next",
        ),
        ev(
            "au_condolences_to_ghana_2025_08_07",
            True,
            ["01", "02", "03"],
            [AU, GHANA],
            *(AUG7 if en else ("2025-08-06", "2025-08-07")),
            "asserted",
            "The African Union Commission chairman" if en else "Ketua Komisi Uni Afrika Mahmoud Ali Youssouf",
            "'on Thursday'" if en else "undated, between the Wednesday crash and the Thursday article",
        ),
    ]


page(
    "en_02_independent_ghana_defence_and_environment_ministers_killed_in_helicopter_crash.txt",
    {
        "site": "independent.co.uk",
        "title": "Ghana's defence and environment ministers among eight killed in military helicopter crash",
        "subtitle": "President John Mahama declares three days of national mourning after 'national tragedy'",
        "authors": ["Kate Plummer"],
        "section": "Africa",
        "published_at": {"accept": ["2025-08-07T09:48:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Soldiers and emergency workers at the site of the helicopter crash in Adansi Akrofuom, in Ghana's Ashanti region (AFP via Getty Images)"
        ],
        "related_titles": ["Ghana's president vows to crush illegal gold mining as rivers turn brown"],
    },
    first="Ghana's defence minister and environment minister were among",
    last="It is the deadliest air accident in Ghana",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "debrah_announces_deaths_2025_08_06",
            False,
            STMT,
            [GHANA_GOV, GHANA],
            *AUG6,
            "asserted",
            '"This is a national tragedy," the president\'s chief of staff',
            "the announcement of the deaths",
        ),
        ev(
            "tinubu_calls_mahama_2025_08_07",
            True,
            ["01", "02", "04"],
            [TINUBU, MAHAMA],
            *AUG7,
            "asserted",
            "Nigeria's president Bola Tinubu also telephoned",
            "'on Thursday'",
        ),
        ev(
            "ministers_to_attend_obuasi_launch",
            False,
            ["04"],
            [GHANA_GOV, ["Obuasi", "GHA"]],
            *AUG6,
            "planned",
            "The delegation had been travelling from Accra",
            "the trip the crash cut short",
        ),
    ],
)

page(
    "id_02_sindonews_menhan_dan_menteri_lingkungan_ghana_tewas_dalam_kecelakaan_helikopter.txt",
    {
        "site": "sindonews.com",
        "title": "Menhan dan Menteri Lingkungan Ghana Tewas dalam Kecelakaan Helikopter, Mahama Umumkan Tiga Hari Berkabung",
        "subtitle": None,
        "authors": ["Muhaimin"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-08-07T14:25:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Accra",
        "cited_sources": ["Reuters"],
        "captions_required": [],
        "related_titles": [
            "Ghana Perketat Penindakan Tambang Emas Ilegal",
            "Mahama Kembali Dilantik sebagai Presiden Ghana",
        ],
    },
    first="ACCRA - Menteri Pertahanan Ghana Edward Omane Boamah",
    last="Mahama, yang kembali menjabat presiden",
    skip=("Baca Juga:",),
    strip_prefix="ACCRA -",
    events=[
        *shared("id"),
        ev(
            "mahama_calls_it_national_loss_2025_08_06",
            False,
            STMT,
            [MAHAMA, GHANA],
            *AUG6,
            "asserted",
            '"Kita kehilangan putra-putra terbaik bangsa,"',
            "the mourning speech quoted",
        ),
    ],
)
