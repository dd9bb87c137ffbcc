"""Gold for Prabowo as guest of honour at the Bastille Day parade with Macron, 14 July 2025 (Antara, AFP)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import FRANCE, INDONESIA, MACRON, PRABOWO
from common import MEET, SIGN, STMT, VISIT, ev, page

JUL14 = ("2025-07-14", "2025-07-14")
PARIS = ["Paris", "Champs-Elysees", "Elysee", "FRA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "prabowo_macron_parade_2025_07_14",
            True,
            MEET,
            [PRABOWO, MACRON],
            *JUL14,
            "asserted",
            "Indonesian President Prabowo Subianto watched hundreds"
            if en
            else "Presiden Prabowo Subianto menghadiri parade militer",
            "'on Monday' in a Monday article" if en else "bare 'Senin' in a Monday article",
            PARIS,
        ),
        ev(
            "prabowo_macron_talks_2025_07_14",
            True,
            MEET,
            [PRABOWO, MACRON],
            *JUL14,
            "planned" if en else "asserted",
            "Prabowo is due to hold talks with Macron"
            if en
            else "Usai parade, kedua kepala negara menggelar pertemuan bilateral",
            "'is due to ... later on Monday': planned when AFP wrote"
            if en
            else "held by the time Antara wrote in the evening",
            ["Elysee", "Paris", "FRA"],
        ),
        ev(
            "macron_state_visit_jakarta_2025_05_28",
            True,
            VISIT,
            [MACRON, INDONESIA],
            "2025-05-28",
            "2025-05-28",
            "asserted",
            "Macron, who made a state visit to Jakarta on May 28"
            if en
            else "Undangan sebagai tamu kehormatan disampaikan langsung oleh Macron",
            "background visit inside a relative clause" if en else "background; 'pada 28 Mei 2025'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "indonesian_troops_march_2025_07_14",
            False,
            ["15", "04", "05"],
            [INDONESIA, FRANCE],
            *JUL14,
            "asserted",
            "Prabowo, the guest of honour" if en else "Prabowo duduk berdampingan dengan Macron",
            "the troops' march is part of the parade; no firm CAMEO class",
        ),
    ]


page(
    "id_02_antara_prabowo_tamu_kehormatan_bastille_day.txt",
    {
        "site": "antaranews.com",
        "title": "Prabowo jadi tamu kehormatan Bastille Day, bahas pertahanan dengan Macron di Elysee",
        "subtitle": None,
        "authors": ["Andi Firdaus"],
        "editors": ["Agus Setiawan"],
        "section": "Politik",
        "published_at": {"accept": ["2025-07-14T21:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Paris",
        "cited_sources": [],
        "captions_required": [
            "Presiden RI Prabowo Subianto (kiri) dan Presiden Prancis Emmanuel Macron menyaksikan defile pasukan dalam perayaan Hari Nasional Prancis di Champs-Elysees, Paris, Senin (14/7/2025). ANTARA/HO-Biro Pers Sekretariat Presiden"
        ],
        "related_titles": [],
    },
    first="Paris (ANTARA) -",
    last="Dari Paris, Presiden Prabowo dijadwalkan",
    strip_prefix="Paris (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "prabowo_arrives_paris_2025_07_13",
            True,
            VISIT,
            [PRABOWO, FRANCE],
            "2025-07-13",
            "2025-07-13",
            "asserted",
            "Prabowo tiba di Paris pada Minggu (13/7) malam",
            "'Minggu (13/7)' with no year",
            PARIS,
        ),
        ev(
            "prabowo_brussels_visit",
            False,
            VISIT,
            [PRABOWO, ["Brussels", "Belgia", "BEL"]],
            "2025-07-12",
            "2025-07-13",
            "asserted",
            "Prabowo tiba di Paris pada Minggu (13/7) malam",
            "'setelah menyelesaikan kunjungan kerja di Brussels': before Sunday night",
        ),
        ev(
            "documents_exchanged_2025_07_14",
            False,
            SIGN,
            [INDONESIA, FRANCE],
            *JUL14,
            "asserted",
            "Menurut Teddy, kedua pemimpin juga menyaksikan",
            "exchange of cooperation documents, unnamed",
        ),
        ev(
            "macron_prabowo_merdeka_2025_05_28",
            False,
            MEET,
            [MACRON, PRABOWO],
            "2025-05-28",
            "2025-05-28",
            "asserted",
            "Undangan sebagai tamu kehormatan disampaikan langsung oleh Macron",
            "'Ketika itu' meeting inside the background visit",
        ),
        ev(
            "prabowo_returns_2025_07_15",
            False,
            VISIT,
            [PRABOWO],
            "2025-07-15",
            "2025-07-15",
            "planned",
            "Dari Paris, Presiden Prabowo dijadwalkan",
            "a return home, not a visit",
        ),
        ev(
            "prabowo_quote_honour",
            False,
            STMT,
            [PRABOWO],
            *JUL14,
            "asserted",
            '"Ini kehormatan besar bagi bangsa Indonesia.',
        ),
        ev(
            "parade_caption_2025_07_14",
            False,
            MEET,
            [PRABOWO, MACRON],
            *JUL14,
            "asserted",
            "Presiden RI Prabowo Subianto (kiri) dan Presiden Prancis",
            "photo caption",
        ),
    ],
)

page(
    "en_02_afp_indonesian_troops_lead_bastille_day_parade.txt",
    {
        "site": "france24.com",
        "title": "Indonesian troops lead Bastille Day parade as Macron hosts Prabowo",
        "subtitle": None,
        "authors": [],
        "section": "World",
        "published_at": {"accept": ["2025-07-14T13:40:00+02:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Paris",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Indonesian soldiers march on the Champs-Elysees during the annual Bastille Day military parade in Paris on July 14, 2025. © Ludovic Marin, AFP"
        ],
        "related_titles": [],
    },
    first="Paris (AFP) –",
    last="Rights groups had criticised",
    strip_prefix="Paris (AFP) –",
    events=[
        *shared("en"),
        ev(
            "indonesia_rafale_deal_2022",
            True,
            SIGN,
            [INDONESIA, ["Dassault Aviation", "Dassault", "France", "FRA"]],
            "2022-01-01",
            "2022-12-31",
            "asserted",
            "Indonesia signed a deal in 2022",
            "background signing known to the year only",
        ),
        ev(
            "indonesia_scorpene_order",
            False,
            SIGN,
            [INDONESIA, FRANCE],
            None,
            None,
            "asserted",
            "Indonesia signed a deal in 2022",
            "'has also ordered two Scorpene submarines': no date",
        ),
        ev(
            "macron_defence_speech_2025_07_13",
            False,
            STMT,
            [MACRON],
            "2025-07-13",
            "2025-07-13",
            "asserted",
            "On the eve of the parade, Macron told military leaders",
            "'On the eve of the parade' = Sunday 13 July",
        ),
        ev(
            "rights_groups_criticise",
            False,
            ["11", "12"],
            [["Rights groups", "rights groups"], PRABOWO],
            None,
            None,
            "asserted",
            "Rights groups had criticised the invitation",
            "criticism plus a denial of the allegations, no date",
        ),
        ev(
            "parade_caption_2025_07_14",
            False,
            ["15", "04"],
            [INDONESIA, FRANCE],
            *JUL14,
            "asserted",
            "Indonesian soldiers march on the Champs-Elysees",
            "photo caption",
        ),
    ],
)
