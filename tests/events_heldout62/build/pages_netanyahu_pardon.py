"""Gold for Netanyahu's pardon request to President Herzog, 30 Nov 2025, and the first reactions (Times of Israel,
Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    HERZOG,
    HERZOG_OR_NETANYAHU,
    ISRAELI_PROSECUTION,
    ISRAELI_PROTESTERS,
    LAPID,
    LEVIN,
    NETANYAHU,
    TRUMP,
)
from common import CHARGE, DENY, PROTEST, STMT, ev, page

NOV30 = ("2025-11-30", "2025-11-30")
JERUSALEM = ["Jerusalem", "Yerusalem", "President's Residence", "kediaman resmi presiden", "ISR"]
APPEAL = ["02", "10", "01"]
REJECT = ["11", "12", "01", "02", "10"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "netanyahu_requests_pardon_2025_11_30",
            True,
            APPEAL,
            [NETANYAHU, HERZOG],
            *NOV30,
            "asserted",
            "Prime Minister Benjamin Netanyahu on Sunday submitted" if en else "Perdana Menteri Israel Benjamin Netanyahu secara resmi",
            "'on Sunday' in a Sunday 30 Nov article" if en else "'Ahad (30/11/2025)'",
        ),
        ev(
            "herzog_office_responds_2025_11_30",
            True,
            STMT,
            [HERZOG, NETANYAHU],
            *NOV30,
            "asserted",
            "The President's Office said in a statement" if en else "Kantor Herzog menyebut permohonan itu",
            "the office's statement the same Sunday; promises to consider the request",
        ),
        ev(
            "lapid_rejects_pardon_2025_11_30",
            True,
            REJECT,
            [LAPID, HERZOG_OR_NETANYAHU],
            *NOV30,
            "asserted",
            "Opposition Leader Yair Lapid said Herzog must not" if en else "Pemimpin oposisi Yair Lapid langsung menolak",
            "'on Sunday' (X video)" if en else "'langsung' after the Sunday request; target Herzog (asked) or Netanyahu",
        ),
        ev(
            "protest_outside_presidents_residence_2025_11_30",
            True,
            PROTEST,
            [ISRAELI_PROTESTERS, HERZOG_OR_NETANYAHU],
            *NOV30,
            "asserted",
            "Democrats party chair Yair Golan called" if en else "Pada malam harinya, ratusan pengunjuk rasa",
            "'on Sunday evening'" if en else "'Pada malam harinya' of the Sunday request",
            JERUSALEM,
        ),
        ev(
            "trump_letter_urges_pardon_2025_11_12",
            True,
            APPEAL,
            [TRUMP, HERZOG],
            "2025-11-12",
            "2025-11-12",
            "asserted",
            "The request comes less than three weeks after" if en else "Permohonan ini diajukan kurang dari tiga pekan",
            "background: the letter 'on November 12' / 'pada 12 November'",
        ),
        ev(
            "netanyahu_denies_charges",
            False,
            DENY,
            [NETANYAHU, ISRAELI_PROSECUTION],
            None,
            None,
            "denied",
            "Netanyahu was indicted in 2019" if en else "Netanyahu didakwa pada 2019",
            "standing denial, no date",
        ),
        ev(
            "netanyahu_indicted_2019",
            False,
            CHARGE,
            [ISRAELI_PROSECUTION, NETANYAHU],
            "2019-01-01",
            "2019-12-31",
            "asserted",
            "Netanyahu was indicted in 2019" if en else "Netanyahu didakwa pada 2019",
            "background, year only",
        ),
        ev(
            "netanyahu_to_testify_2025_12_01",
            False,
            ["01", "02"],
            [NETANYAHU, ISRAELI_PROSECUTION],
            "2025-12-01",
            "2025-12-01",
            "planned",
            "He is scheduled to take the stand again" if en else "Sidang lanjutan dengan agenda pemeriksaan",
            "a court hearing, no clear who-to-whom act",
            ["Tel Aviv", "ISR"],
        ),
    ]


page(
    "en_01_timesofisrael_netanyahu_asks_herzog_for_pardon.txt",
    {
        "site": "timesofisrael.com",
        "title": "Netanyahu asks Herzog for pardon in graft trial, says proceedings are tearing nation apart",
        "subtitle": "In letter and video statement, PM does not admit guilt; President's Office calls request 'extraordinary' and says it will be reviewed by Justice Ministry; opposition leaders demand he retire from politics in return",
        "authors": ["Jeremy Sharon"],
        "section": "Israel & the Region",
        "published_at": {"accept": ["2025-11-30T16:18:00+02:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-30T21:47:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Prime Minister Benjamin Netanyahu speaks in a video statement released by his office on November 30, 2025. (Screen capture/GPO)"
        ],
        "related_titles": [
            "Herzog: No request for Netanyahu pardon has been received, any application will be handled by the book",
            "Lapid: Herzog must not pardon PM without admission of guilt and retirement",
        ],
    },
    first="Prime Minister Benjamin Netanyahu on Sunday submitted",
    last="He is scheduled to take the stand again",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "netanyahu_video_statement_2025_11_30",
            False,
            STMT,
            [NETANYAHU],
            *NOV30,
            "asserted",
            "In a video statement released shortly afterwards",
            "the justification of the request, same day",
        ),
        ev(
            "levin_urges_herzog_accept",
            False,
            APPEAL,
            [LEVIN, HERZOG],
            None,
            None,
            "asserted",
            "Ministers from Netanyahu's Likud party lined up",
            "no explicit day",
        ),
        ev(
            "herzog_replied_to_trump_2025_11",
            False,
            STMT,
            [HERZOG, TRUMP],
            "2025-11-12",
            "2025-11-13",
            "asserted",
            "The request comes less than three weeks after",
            "'at the time': vague reply",
        ),
    ],
)

page(
    "id_01_republika_netanyahu_minta_grasi_ke_presiden_herzog.txt",
    {
        "site": "republika.co.id",
        "title": "Netanyahu Minta Grasi ke Presiden Herzog, Oposisi Israel: Harus Akui Bersalah Dulu",
        "subtitle": None,
        "authors": [],
        "editors": ["Friska Yolandha"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-12-01T06:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Yerusalem",
        "cited_sources": ["Times of Israel", "Anadolu"],
        "captions_required": [],
        "related_titles": [
            "Trump Desak Presiden Israel Ampuni Netanyahu",
            "Herzog: Belum Ada Permohonan Grasi dari Netanyahu",
        ],
    },
    first="REPUBLIKA.CO.ID, YERUSALEM --",
    last="Sidang lanjutan dengan agenda pemeriksaan",
    skip=("Baca Juga:", "Trump Desak Presiden Israel", "Ribuan Warga Israel Turun"),
    strip_prefix="REPUBLIKA.CO.ID, YERUSALEM --",
    events=[
        *shared("id"),
        ev(
            "request_forwarded_to_justice_ministry_2025_11_30",
            False,
            ["02", "03"],
            [HERZOG, ["Kementerian Kehakiman", "Departemen Grasi", "ISR"]],
            *NOV30,
            "asserted",
            "Kantor Kepresidenan Israel menyatakan permohonan",
            "procedural forwarding",
        ),
        ev(
            "netanyahu_quote_trial_divides_2025_11_30",
            False,
            STMT,
            [NETANYAHU],
            *NOV30,
            "asserted",
            '"Kelanjutan persidangan ini mengoyak kita',
            "the quoted justification",
        ),
    ],
)
