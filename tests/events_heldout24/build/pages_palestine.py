"""Gold for the UK, Canada, Australia and Portugal recognising Palestine on 21 Sept 2025 (BBC, Antara)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AUSTRALIA, CANADA, FRANCE, HOSTAGE_FAMILIES, INDONESIA, NETANYAHU, PALESTINE, PORTUGAL, UK
from common import DENY, STMT, THREAT, ev, page

SEP21 = ("2025-09-21", "2025-09-21")
RECOGNISE = ["01", "02", "03", "05"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    both = "Minutes earlier, Canadian" if en else "Perdana Menteri Kanada Mark Carney"
    return [
        ev(
            "uk_recognises_palestine_2025_09_21",
            True,
            RECOGNISE,
            [UK, PALESTINE],
            *SEP21,
            "asserted",
            "Prime Minister Sir Keir Starmer announced"
            if en
            else "Perdana Menteri Inggris Keir Starmer mengumumkan",
            "'on Sunday afternoon'" if en else "'pada Minggu (21/9)' in the lead",
        ),
        ev(
            "canada_recognises_palestine_2025_09_21",
            True,
            RECOGNISE,
            [CANADA, PALESTINE],
            *SEP21,
            "asserted",
            both,
            "two recognitions in one sentence",
        ),
        ev(
            "australia_recognises_palestine_2025_09_21",
            True,
            RECOGNISE,
            [AUSTRALIA, PALESTINE],
            *SEP21,
            "asserted",
            both,
            "two recognitions in one sentence",
        ),
        ev(
            "portugal_recognises_palestine_2025_09_21",
            True,
            RECOGNISE,
            [PORTUGAL, PALESTINE],
            *SEP21,
            "asserted",
            "Portugal's foreign minister, Paulo Rangel" if en else "Portugal menyusul beberapa jam kemudian",
            "'later' / 'beberapa jam kemudian' on the same Sunday",
            ["New York", "USA"],
        ),
        ev(
            "netanyahu_rejects_recognition_2025_09_21",
            True,
            DENY,
            [NETANYAHU],
            "2025-09-21",
            "2025-09-22",
            "asserted",
            "Israeli Prime Minister Benjamin Netanyahu said"
            if en
            else "Perdana Menteri Israel Benjamin Netanyahu mengecam",
            "no date in the sentence: the reaction of the same Sunday",
        ),
        ev(
            "france_to_recognise_palestine_2025_09_22",
            True,
            RECOGNISE,
            [FRANCE, PALESTINE],
            "2025-09-22",
            "2025-09-22",
            "planned",
            "France and several other countries" if en else "Prancis dijadwalkan mengumumkan",
            "'expected to ... on Monday' / 'dijadwalkan ... pada Senin'",
            ["New York", "USA"],
        ),
        ev(
            "abbas_welcomes_recognition",
            False,
            STMT,
            [PALESTINE, UK],
            *SEP21,
            "asserted",
            "The Palestinian Authority's President, Mahmoud Abbas"
            if en
            else "Presiden Palestina Mahmoud Abbas menyambut",
        ),
    ]


page(
    "en_02_bbc_uk_canada_australia_recognise_palestine.txt",
    {
        "site": "bbc.com",
        "title": "UK, Canada and Australia formally recognise Palestinian state",
        "subtitle": None,
        "authors": ["Paul Seddon"],
        "section": "Middle East",
        "published_at": {"accept_dates": ["2025-09-21"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            'Sir Keir Starmer said the move was intended to "revive the hope of peace" for Palestinians and Israelis'
        ],
        "related_titles": [],
    },
    first="The UK, Canada and Australia have formally recognised",
    last="The Palestinian mission in London",
    events=[
        *shared("en"),
        ev(
            "starmer_july_conditional_pledge",
            False,
            THREAT,
            [UK, ["Israel", "ISR"]],
            "2025-07-01",
            "2025-07-31",
            "asserted",
            "In July, Sir Keir said the UK would recognise",
            "'In July': a conditional pledge",
        ),
        ev(
            "patel_accuses_government",
            False,
            DENY,
            [["Priti Patel", "Patel", "Conservatives", "GBR"], UK],
            None,
            None,
            "asserted",
            "The Conservatives' shadow foreign secretary",
        ),
        ev(
            "hamas_attack_2023_10_07",
            False,
            ["18", "19", "20"],
            [["Hamas", "PSE"], ["Israel", "ISR"]],
            "2023-10-07",
            "2023-10-07",
            "asserted",
            "The Conservatives' shadow foreign secretary",
            "background in a relative clause",
        ),
        ev(
            "hostage_families_appeal_last_week",
            False,
            ["01", "02"],
            [HOSTAGE_FAMILIES, UK],
            "2025-09-08",
            "2025-09-20",
            "asserted",
            "Families of some of the hostages",
            "'last week' in a Sunday article",
        ),
        ev(
            "uk_sanctions_on_hamas_planned",
            False,
            ["16", "17", "01", "02", "03"],
            [UK, ["Hamas", "PSE"]],
            None,
            None,
            "planned",
            "Sir Keir insisted that Hamas would have no role",
        ),
        ev(
            "palestinian_embassy_planned",
            False,
            ["05", "03"],
            [UK, PALESTINE],
            None,
            None,
            "planned",
            "The Palestinian mission in London",
        ),
    ],
)

page(
    "id_02_antara_inggris_kanada_australia_akui_negara_palestina.txt",
    {
        "site": "antaranews.com",
        "title": "Inggris, Kanada, dan Australia resmi akui Negara Palestina",
        "subtitle": None,
        "authors": ["Yoanita Hastryka Djohan"],
        "editors": ["Primayanti"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-09-22T07:41:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "London",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [],
    },
    first="London (ANTARA) -",
    last="Indonesia sendiri telah mengakui",
    strip_prefix="London (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "starmer_quote_recognition",
            False,
            RECOGNISE,
            [UK, PALESTINE],
            *SEP21,
            "asserted",
            '"Hari ini, untuk menghidupkan kembali',
            "the same recognition in a quote",
        ),
        ev(
            "indonesia_welcomes_2025_09_22",
            False,
            STMT,
            [INDONESIA, UK],
            "2025-09-22",
            "2025-09-22",
            "asserted",
            "Kementerian Luar Negeri RI dalam keterangannya",
            "'Senin (22/9)': a statement, optional as in the seeds",
        ),
        ev(
            "indonesia_recognised_palestine_1988_11_16",
            True,
            RECOGNISE,
            [INDONESIA, PALESTINE],
            "1988-11-16",
            "1988-11-16",
            "asserted",
            "Indonesia sendiri telah mengakui",
            "background with a day date ('sejak 16 November 1988')",
        ),
        ev(
            "palestine_declares_independence_1988",
            False,
            STMT,
            [PALESTINE],
            "1988-11-15",
            "1988-11-15",
            "asserted",
            "Indonesia sendiri telah mengakui",
            "'sehari setelah' the declaration in Algiers",
        ),
    ],
)
