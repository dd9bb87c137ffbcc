"""Gold for the joint visit of Macron, Merz, Starmer and Tusk to Kyiv on 10 May 2025 and their ceasefire
demand (AFP the same day, CNN Indonesia the next morning, which adds Putin's overnight Istanbul offer)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EU_LEADERS, PESKOV, PUTIN, RUSSIA, TRUMP, UKRAINE, XI, ZELENSKY
from common import EASE, MEET, STMT, THREAT, VISIT, ev, page

MAY10 = ("2025-05-10", "2025-05-10")
KYIV = ["Kyiv", "UKR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "eu_leaders_visit_kyiv_2025_05_10",
            True,
            VISIT,
            [EU_LEADERS, UKRAINE],
            *MAY10,
            "asserted",
            "French President Emmanuel Macron, German Chancellor Friedrich Merz, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk arrived"
            if en
            else "Presiden Prancis Emmanuel Macron, Kanselir Jerman Friedrich Merz, Perdana Menteri Inggris",
            "'early Saturday' in a Saturday article" if en else "'pada Sabtu (10/5)' in a Sunday article",
            KYIV,
        ),
        ev(
            "eu_leaders_meet_zelensky_2025_05_10",
            True,
            MEET,
            [EU_LEADERS, ZELENSKY],
            *MAY10,
            "asserted",
            "They were welcomed by President Volodymyr Zelensky"
            if en
            else "Mereka kemudian menggelar pertemuan dengan Zelensky",
            "no date in the sentence: the visit's day",
            KYIV,
        ),
        ev(
            "eu_leaders_demand_ceasefire_2025_05_10",
            True,
            STMT,
            [EU_LEADERS, RUSSIA],
            *MAY10,
            "asserted",
            "The leaders of France, Germany, Britain and Poland on Saturday demanded"
            if en
            else "Dalam pertemuan itu, para pemimpin Eropa mendesak Rusia",
            "a demand (CAMEO 10); 'starting Monday' is the truce, not the demand",
            KYIV,
        ),
        ev(
            "eu_leaders_call_trump_2025_05_10",
            True,
            MEET,
            [EU_LEADERS, TRUMP],
            *MAY10,
            "asserted",
            "During the meeting, the five leaders spoke by telephone"
            if en
            else "Di sela pertemuan, para pemimpin itu menelepon",
            "a phone call (CAMEO 04) during the Kyiv talks",
        ),
        ev(
            "eu_threaten_sanctions_on_russia_2025_05_10",
            True,
            THREAT,
            [EU_LEADERS, RUSSIA],
            *MAY10,
            "asserted",
            "Merz warned that Europe and Washington"
            if en
            else "Mereka juga mengancam akan menjatuhkan sanksi",
            "a conditional threat is asserted: the threat was made",
        ),
        ev(
            "starmer_calls_for_ceasefire_quote",
            False,
            STMT,
            [EU_LEADERS, RUSSIA],
            *MAY10,
            "asserted",
            '"Together with the United States' if en else '"Bersama Amerika Serikat',
            "the demand again, in a quote",
        ),
        ev(
            "kremlin_rejects_pressure",
            False,
            STMT,
            [PESKOV, EU_LEADERS],
            *(MAY10 if en else ("2025-05-10", "2025-05-11")),
            "asserted",
            "The Kremlin responded coolly." if en else "Kremlin menanggapi dingin desakan itu.",
        ),
        ev(
            "putin_victory_day_truce_2025_05_08",
            False,
            EASE,
            [PUTIN, UKRAINE],
            "2025-05-08",
            "2025-05-10",
            "asserted",
            "A unilateral three-day truce" if en else "Gencatan senjata tiga hari yang diumumkan",
            "background truce of 8-10 May, expiring 'at midnight on Saturday'",
        ),
        ev(
            "kyiv_meeting_caption_2025_05_10",
            False,
            MEET,
            [EU_LEADERS, ZELENSKY],
            *MAY10,
            "asserted",
            "(From L) French President Emmanuel Macron"
            if en
            else "Presiden Prancis Emmanuel Macron, Kanselir Jerman Friedrich Merz, Presiden Ukraina",
            "from a photo caption",
            KYIV,
        ),
    ]


page(
    "en_02_afp_european_leaders_in_kyiv_demand_30_day_ceasefire.txt",
    {
        "site": "afp.com",
        "title": "European leaders in Kyiv demand 30-day ceasefire, threaten Russia with 'massive' sanctions",
        "subtitle": None,
        "authors": ["Dave Clark", "Daphne Rousseau"],
        "section": "World",
        "published_at": {"accept_dates": ["2025-05-10"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kyiv",
        "cited_sources": [],
        "captions_required": [
            "(From L) French President Emmanuel Macron, German Chancellor Friedrich Merz, Ukrainian President Volodymyr Zelensky, British Prime Minister Keir Starmer and Polish Prime Minister Donald Tusk meet at the Mariinsky Palace in Kyiv on May 10, 2025. (Photo by Ludovic MARIN / POOL / AFP)"
        ],
        "related_titles": [],
    },
    first="Kyiv (AFP) – The leaders of France",
    last="The Kyiv visit was the first to Ukraine by Merz",
    strip_prefix="Kyiv (AFP) –",
    events=[
        *shared("en"),
        ev(
            "zelensky_ready_for_truce",
            False,
            STMT,
            [ZELENSKY, RUSSIA],
            *MAY10,
            "asserted",
            "Zelensky said Kyiv was ready",
        ),
        ev(
            "trump_calls_for_ceasefire_2025_05_08",
            False,
            STMT,
            [TRUMP, RUSSIA],
            "2025-05-08",
            "2025-05-08",
            "asserted",
            "Trump had on Thursday called",
            "'on Thursday' before a Saturday article: a statement, optional",
        ),
        ev(
            "putin_xi_victory_parade_2025_05_09",
            False,
            MEET,
            [PUTIN, XI],
            "2025-05-09",
            "2025-05-09",
            "asserted",
            "On Friday, Putin watched a huge military parade",
            "attendance at a parade, not talks: optional",
            ["Moscow", "RUS"],
        ),
    ],
)

page(
    "id_02_cnnindonesia_pemimpin_eropa_ke_kyiv_desak_gencatan_senjata.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Pemimpin Prancis, Jerman, Inggris dan Polandia ke Kyiv, Desak Rusia Gencatan Senjata 30 Hari",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-11T10:25:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden Prancis Emmanuel Macron, Kanselir Jerman Friedrich Merz, Presiden Ukraina Volodymyr Zelensky, PM Inggris Keir Starmer, dan PM Polandia Donald Tusk berbincang di Istana Mariinsky, Kyiv, Sabtu (10/5). (Ludovic MARIN / POOL / AFP)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia -- Presiden Prancis",
    last="Kunjungan ke Kyiv itu merupakan lawatan pertama Merz",
    skip=("Baca halaman selanjutnya",),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "putin_proposes_direct_talks_2025_05_11",
            True,
            STMT,
            [PUTIN, UKRAINE],
            "2025-05-10",
            "2025-05-11",
            "asserted",
            "Beberapa jam kemudian, Presiden Rusia Vladimir Putin mengusulkan",
            "an offer to negotiate (CAMEO 03); 'Minggu (11/5) dini hari waktu Moskow' is still 10 May in UTC",
            ["Moskow", "RUS"],
        ),
        ev(
            "russia_ukraine_istanbul_talks_planned_2025_05_15",
            True,
            MEET,
            [RUSSIA, UKRAINE],
            "2025-05-15",
            "2025-05-15",
            "planned",
            "Putin mengatakan delegasi Rusia siap bertemu",
            "'pada Kamis (15/5)': proposed talks, still to come",
            ["Istanbul", "TUR"],
        ),
    ],
)
