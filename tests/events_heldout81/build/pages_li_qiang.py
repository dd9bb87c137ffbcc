"""Gold for Chinese Premier Li Qiang's visit to Jakarta, 24-26 May 2025: talks with Prabowo and 12 agreements
signed on 25 May (SCMP, Okezone)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDONESIA, JAKARTA, LI, MALAYSIA, PRABOWO, PRASETYO, XI
from common import MEET, SIGN, STMT, VISIT, ev, page

MAY24 = ("2025-05-24", "2025-05-24")
MAY25 = ("2025-05-25", "2025-05-25")
MAY26 = ("2025-05-26", "2025-05-26")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "li_arrives_in_jakarta_2025_05_24",
            True,
            ["03", "04"],
            [LI, INDONESIA],
            *MAY24,
            "asserted",
            "Li arrived at Halim Perdanakusuma airport" if en else "Li Qiang tiba di Tanah Air pada Sabtu (24/5/2025) malam",
            "'on Saturday evening' in a Sunday article" if en else "'Sabtu (24/5/2025) malam'",
            ["Halim Perdanakusuma", "Jakarta", "IDN"],
        ),
        ev(
            "prabowo_li_talks_2025_05_25",
            True,
            MEET,
            [PRABOWO, LI],
            *MAY25,
            "asserted",
            "He was received with a military ceremony" if en else "Presiden Prabowo Subianto menerima kunjungan resmi",
            "'on Sunday morning'" if en else "'Minggu (25/5/2025)'",
            JAKARTA,
        ),
        ev(
            "prabowo_li_witness_12_agreements_2025_05_25",
            True,
            SIGN,
            [PRABOWO, LI],
            *MAY25,
            "asserted",
            "Chinese Premier Li Qiang and Indonesian President Prabowo Subianto held talks"
            if en
            else "Usai pertemuan, Prabowo dan Li Qiang menyaksikan",
            "'on Sunday'" if en else "after Sunday's talks",
            JAKARTA,
        ),
        ev(
            "li_to_fly_to_kuala_lumpur_2025_05_26",
            True,
            VISIT,
            [LI, MALAYSIA],
            *MAY26,
            "planned",
            "Li will fly to Kuala Lumpur on Monday" if en else "Setelah dari Jakarta, Li Qiang dijadwalkan",
            "'on Monday' in a Sunday article" if en else "'Senin (26/5/2025)'",
            ["Kuala Lumpur", "MYS"],
        ),
    ]


page(
    "en_02_scmp_li_qiang_and_prabowo_sign_deals_in_jakarta.txt",
    {
        "site": "scmp.com",
        "title": "Chinese Premier Li Qiang and Prabowo witness signing of 12 deals as Beijing courts Jakarta",
        "subtitle": "Li's three-day visit to Indonesia comes ahead of a summit with Asean and Gulf leaders in Kuala Lumpur",
        "authors": ["Dewey Sim"],
        "section": "Diplomacy",
        "published_at": {"accept": ["2025-05-25T21:45:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-05-25T22:20:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Xinhua"],
        "captions_required": [
            "Chinese Premier Li Qiang (left) shakes hands with Indonesian President Prabowo Subianto at the Merdeka Palace in Jakarta on Sunday. Photo: Xinhua"
        ],
        "related_titles": ["China and Indonesia hold first '2+2' security dialogue in Beijing"],
    },
    first="Chinese Premier Li Qiang and Indonesian President Prabowo Subianto held talks",
    last="Li will fly to Kuala Lumpur on Monday",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "prabowo_beijing_trip_2024_11",
            True,
            ["03", "04", "05"],
            [PRABOWO, XI],
            "2024-11-01",
            "2024-11-30",
            "asserted",
            "Prabowo made Beijing the destination",
            "background: 'last November', the joint statement with Xi",
            ["Beijing", "CHN"],
        ),
        ev(
            "prabowo_seeks_chinese_investment_2025_05_25",
            False,
            ["01", "02", "03", "05"],
            [PRABOWO, LI],
            *MAY25,
            "asserted",
            "Prabowo told reporters after the talks",
            "a remark after the talks",
        ),
        ev(
            "li_offers_imports_2025_05_25",
            False,
            ["01", "03", "05"],
            [LI, INDONESIA],
            *MAY25,
            "asserted",
            "Li said Beijing was ready",
            "a pledge in the Xinhua readout",
        ),
        ev(
            "sides_agree_scs_talks_2025_05_25",
            False,
            STMT,
            [INDONESIA, LI],
            *MAY25,
            "asserted",
            "Asked about the South China Sea on Sunday",
            "officials' account, vague",
        ),
    ],
)

page(
    "id_02_okezone_prabowo_terima_pm_china_li_qiang_di_istana_merdeka.txt",
    {
        "site": "okezone.com",
        "title": "Prabowo Terima PM China Li Qiang di Istana Merdeka, 12 Dokumen Kerja Sama Diteken",
        "subtitle": None,
        "authors": ["Carlos Roy Fajarta"],
        "section": "Nasional",
        "published_at": {"accept": ["2025-05-25T15:37:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Presiden Prabowo Subianto menerima kunjungan Perdana Menteri China Li Qiang di Istana Merdeka, Jakarta. (Foto: BPMI Setpres)"
        ],
        "related_titles": [
            "Menlu Sugiono Sambut Kedatangan PM Li Qiang di Halim",
            "Prabowo dan Li Qiang Sepakat Perkuat Ketahanan Pangan",
        ],
    },
    first="JAKARTA - Presiden Prabowo Subianto",
    last="Setelah dari Jakarta, Li Qiang dijadwalkan",
    skip=(
        "BACA JUGA:",
        "Menlu Sugiono Sambut Kedatangan PM Li Qiang di Halim",
        "Prabowo dan Li Qiang Sepakat Perkuat Ketahanan Pangan",
    ),
    strip_prefix="JAKARTA -",
    events=[
        *shared("id"),
        ev(
            "prabowo_statement_close_friend_2025_05_25",
            False,
            ["01", "02", "03", "05"],
            [PRABOWO, LI],
            *MAY25,
            "asserted",
            '"China adalah sahabat dekat',
            "joint press statement",
        ),
        ev(
            "li_offers_imports_2025_05_25",
            False,
            ["01", "03", "05"],
            [LI, INDONESIA],
            *MAY25,
            "asserted",
            "Li Qiang menyatakan China siap",
            "a pledge at the press statement",
        ),
        ev(
            "leaders_discuss_scs_2025_05_25",
            False,
            STMT,
            [PRASETYO, LI],
            *MAY25,
            "asserted",
            "Menteri Sekretaris Negara Prasetyo Hadi mengatakan",
            "the minister's account of the talks",
        ),
    ],
)
