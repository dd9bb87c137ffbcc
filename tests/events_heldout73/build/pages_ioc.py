"""Gold for the IOC halting Olympic hosting talks with Indonesia (22 Oct 2025) after Jakarta refused visas to
Israeli gymnasts (9 Oct) and CAS dismissed Israel's appeal (14 Oct): France 24 (AFP) and Republika."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CAS, INDONESIA, INDONESIA_SPORT, IOC, ISRAEL_GYM, SPORT_FEDERATIONS, THOHIR, YUSRIL
from common import MEET, REDUCE, RULING, STMT, ev, page

OCT22 = ("2025-10-22", "2025-10-22")
LAUSANNE = ["Lausanne", "Swiss", "Switzerland", "CHE"]
INDONESIA_ALL = [*INDONESIA[:-1], *INDONESIA_SPORT[:-1], "IDN"]
GOV_YUSRIL = [*YUSRIL[:-1], "government", "pemerintah", "Pemerintah", "Indonesia", "Jakarta", "IDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "ioc_halts_dialogue_with_indonesia_2025_10_22",
            True,
            [*REDUCE, "10", "11", "12", "13"],
            [IOC, INDONESIA_ALL],
            *OCT22,
            "asserted",
            "The International Olympic Committee on Wednesday halted" if en else "Komite Olimpiade Internasional (IOC) menghentikan seluruh dialog",
            "'on Wednesday' in a Wednesday 22 Oct article" if en else "'Rabu (22/10/2025)' in the next sentence of the lead",
            LAUSANNE,
        ),
        ev(
            "indonesia_refuses_visas_to_israeli_gymnasts_2025_10_09",
            True,
            ["16", "12", "17", "11"],
            [GOV_YUSRIL, ISRAEL_GYM],
            "2025-10-09",
            "2025-10-09",
            "asserted",
            "Indonesia, the world's most populous Muslim-majority country" if en else "Pemerintah sebelumnya menyatakan tidak akan menerbitkan visa",
            "'announced on October 9'" if en else "the next sentence dates the announcement 'pada 9 Oktober'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "cas_dismisses_israel_appeal_2025_10_14",
            True,
            RULING,
            [CAS, ISRAEL_GYM],
            "2025-10-14",
            "2025-10-14",
            "asserted",
            "The Israel Gymnastics Federation took the case" if en else "Federasi Senam Israel kemudian mengajukan banding",
            "'on October 14' / 'pada 14 Oktober'",
        ),
        ev(
            "ioc_recommends_no_events_in_indonesia_2025_10_22",
            False,
            ["10", "11", "12", "16"],
            [IOC, SPORT_FEDERATIONS],
            *OCT22,
            "asserted",
            "The IOC executive board also recommended" if en else "IOC juga merekomendasikan seluruh federasi",
            "the second half of the same decision; the target is the federations",
        ),
        ev(
            "israel_appeals_to_cas",
            False,
            ["11", "12", "02", "10"],
            [ISRAEL_GYM, CAS],
            "2025-10-09",
            "2025-10-14",
            "asserted",
            "The Israel Gymnastics Federation took the case" if en else "Federasi Senam Israel kemudian mengajukan banding",
            "between the visa refusal and the ruling; the filing is not dated",
        ),
    ]


page(
    "en_02_france24_ioc_ends_olympic_talks_with_indonesia_over_israel_visa_ban.txt",
    {
        "site": "france24.com",
        "title": "IOC ends Olympic hosting talks with Indonesia over refusal of visas to Israeli gymnasts",
        "subtitle": "The International Olympic Committee on Wednesday halted all dialogue with Indonesia about hosting future Olympic events and urged sports federations not to stage competitions in the country, after Jakarta barred Israeli gymnasts from the world championships.",
        "authors": [],
        "section": "Asia / Pacific",
        "published_at": {"accept": ["2025-10-22T19:05:00+02:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-22T19:40:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Lausanne",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Gymnasts warm up at the Indonesia Arena in Jakarta ahead of the Artistic Gymnastics World Championships on October 18, 2025. © Bay Ismoyo, AFP"
        ],
        "related_titles": [
            "Indonesia says Israeli gymnasts will not get visas for Jakarta world championships",
            "FIG says it 'regrets' Indonesia visa decision but championships will go ahead",
        ],
    },
    first="Lausanne (AFP) –",
    last="In 2023, FIFA stripped Indonesia",
    skip=("READ MORE", "Indonesia says Israeli gymnasts will not get visas"),
    strip_prefix="Lausanne (AFP) –",
    events=[
        *shared("en"),
        ev(
            "ioc_statement_non_discrimination",
            False,
            STMT,
            [IOC, INDONESIA_ALL],
            *OCT22,
            "asserted",
            '"The IOC has consistently upheld',
            "the statement accompanying the decision",
        ),
        ev(
            "koi_to_seek_meeting_with_ioc",
            False,
            MEET,
            [INDONESIA_SPORT, IOC],
            None,
            None,
            "planned",
            "Indonesia's National Olympic Committee said it would seek",
            "'would seek to meet': no date",
        ),
        ev(
            "fifa_strips_indonesia_u20_2023",
            False,
            ["16", "11", "12"],
            [["FIFA"], ["Indonesia", "IDN"]],
            "2023-01-01",
            "2023-12-31",
            "asserted",
            "In 2023, FIFA stripped Indonesia",
            "background, year only",
        ),
    ],
)

page(
    "id_02_republika_ioc_hentikan_dialog_olimpiade_dengan_indonesia.txt",
    {
        "site": "republika.co.id",
        "title": "IOC Hentikan Dialog Tuan Rumah Olimpiade dengan Indonesia, Menpora: Kita Hormati, Tapi Konstitusi Jelas",
        "subtitle": None,
        "authors": [],
        "editors": ["Israr Itah"],
        "section": "Arena",
        "published_at": {"accept": ["2025-10-23T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Antara"],
        "captions_required": [
            "Atlet senam dari berbagai negara berlatih di Indonesia Arena, Jakarta, jelang Kejuaraan Dunia Senam Artistik 2025. (Republika/Putra M. Akbar)"
        ],
        "related_titles": [
            "Kejuaraan Dunia Senam Artistik Resmi Dibuka di Indonesia Arena",
            "Yusril: Pemerintah Tak Akan Terbitkan Visa untuk Atlet Israel",
        ],
    },
    first="REPUBLIKA.CO.ID, JAKARTA --",
    last="Kejuaraan dunia senam artistik berlangsung",
    skip=("Baca Juga:",),
    strip_prefix="REPUBLIKA.CO.ID, JAKARTA --",
    events=[
        *shared("id"),
        ev(
            "thohir_responds_to_ioc_2025_10_23",
            True,
            STMT,
            [THOHIR, IOC],
            "2025-10-23",
            "2025-10-23",
            "asserted",
            "Menteri Pemuda dan Olahraga Erick Thohir menyatakan",
            "the quote that follows is dated 'Kamis (23/10/2025)'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "koi_to_meet_ioc",
            False,
            MEET,
            [INDONESIA_SPORT, IOC],
            None,
            None,
            "planned",
            "Ketua Komite Olimpiade Indonesia (KOI) Raja Sapta Oktohari",
            "'akan segera bertemu': no date",
        ),
    ],
)
