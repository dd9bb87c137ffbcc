"""Gold for the positive pair on Mohammed bin Salman's White House visit, 18 Nov 2025 (Reuters and CNN
Indonesia): the talks, the defence agreement and nuclear declaration, the Riyadh visit in May, the 2018
Khashoggi killing and the planned investment forum are the same events in both."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ISRAEL, KHASHOGGI, MBS, SAUDI, TRUMP, USA
from common import DENY, MEET, SIGN, STMT, VIOLENCE, VISIT, ev, page

NOV18 = ("2025-11-18", "2025-11-18")
NOV19 = ("2025-11-19", "2025-11-19")
EN = "en_01_reuters_trump_hosts_saudi_crown_prince.txt"
ID = "id_01_cnnindonesia_trump_jual_f35_ke_arab_saudi.txt"


def shared(
    meet: str, sign: str, nuclear: str, riyadh: str, khashoggi: str, forum: str, killers: list | None
) -> list[dict]:
    """The six events both pages report, each with its own evidence prefix; `killers` is None where the
    page names no perpetrator of the Khashoggi killing."""
    return [
        ev(
            "trump_mbs_meet_2025_11_18",
            True,
            MEET,
            [TRUMP, MBS],
            *NOV18,
            "asserted",
            meet,
            "",
            ["White House", "Gedung Putih"],
        ),
        ev("us_saudi_sign_defense_agreement_2025_11_18", True, SIGN, [USA, SAUDI], *NOV18, "asserted", sign),
        ev("us_saudi_nuclear_declaration_2025_11_18", True, SIGN, [USA, SAUDI], *NOV18, "asserted", nuclear),
        ev(
            "trump_visits_riyadh_2025_05",
            True,
            VISIT,
            [TRUMP, SAUDI],
            "2025-05-01",
            "2025-05-31",
            "asserted",
            riyadh,
            "'in May' / 'pada Mei lalu' as a relative clause",
        ),
        ev(
            "khashoggi_killed_2018",
            True,
            VIOLENCE,
            [killers, KHASHOGGI] if killers else [KHASHOGGI],
            "2018-01-01",
            "2018-12-31",
            "asserted",
            khashoggi,
            "background: year only",
        ),
        ev(
            "mbs_investment_forum_2025_11_19",
            True,
            MEET,
            [MBS, USA],
            *NOV19,
            "planned",
            forum,
            "'is scheduled to attend' / 'Rencananya ... akan'",
            ["Kennedy Center"],
        ),
    ]


page(
    EN,
    {
        "site": "reuters.com",
        "title": "Trump hosts Saudi crown prince, says US will sell F-35 jets to Riyadh",
        "subtitle": None,
        "authors": ["Steve Holland", "Andrea Shalal"],
        "section": "Middle East",
        "published_at": {"accept": ["2025-11-18T20:41:00+07:00"], "accept_null": True},
        "updated_at": {"accept": ["2025-11-19T06:12:00+07:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "U.S. President Donald Trump welcomes Saudi Crown Prince Mohammed bin Salman at the White House in Washington, U.S., November 18, 2025. REUTERS/Evelyn Hockstein"
        ],
        "related_titles": [],
    },
    first="WASHINGTON, Nov 18 (Reuters) -",
    last="The crown prince is scheduled",
    strip_prefix="WASHINGTON, Nov 18 (Reuters) -",
    events=[
        *shared(
            "President Donald Trump gave Saudi Crown Prince",
            "The two leaders signed a Strategic Defense Agreement",
            "The two governments also signed a joint declaration",
            "The crown prince, making his first visit",
            "Asked about the 2018 killing",
            "The crown prince is scheduled",
            SAUDI,
        ),
        ev(
            "trump_says_will_sell_f35",
            False,
            ["03", "05", "06", *STMT],
            [TRUMP, SAUDI],
            *NOV18,
            "planned",
            "President Donald Trump gave Saudi Crown Prince",
            "'said the United States would sell'",
        ),
        ev(
            "us_designates_saudi_non_nato_ally",
            False,
            ["03", "05", "06", *STMT],
            [USA, SAUDI],
            *NOV18,
            "asserted",
            "The two leaders signed a Strategic Defense Agreement",
        ),
        ev("trump_quote_f35", False, STMT, [TRUMP, SAUDI], *NOV18, "asserted", "\"We'll be doing that."),
        ev(
            "mbs_pledges_investment",
            False,
            ["03", *STMT],
            [MBS, USA],
            *NOV18,
            "asserted",
            "The crown prince, making his first visit",
        ),
        ev(
            "us_saudi_ai_agreement",
            False,
            SIGN,
            [USA, SAUDI],
            *NOV18,
            "asserted",
            "The two governments also signed a joint declaration",
        ),
        ev(
            "trump_defends_mbs", False, STMT, [TRUMP, MBS], *NOV18, "asserted", "Asked about the 2018 killing"
        ),
        ev(
            "us_intel_blames_mbs_2021",
            False,
            ["11", "12", *STMT],
            [USA, MBS],
            "2021-01-01",
            "2021-12-31",
            "asserted",
            "Asked about the 2018 killing",
            "an accusation reported as a finding",
        ),
        ev(
            "mbs_denies_ordering_killing",
            False,
            DENY,
            [MBS],
            None,
            None,
            "denied",
            "Asked about the 2018 killing",
        ),
        ev(
            "mbs_calls_killing_painful",
            False,
            STMT,
            [MBS],
            *NOV18,
            "asserted",
            "Prince Mohammed said the killing",
        ),
        ev(
            "israel_to_raise_f35",
            False,
            STMT,
            [ISRAEL, USA],
            None,
            None,
            "planned",
            "Israel has long opposed sales",
        ),
        ev(
            "trump_presses_mbs_abraham",
            False,
            ["10", *STMT],
            [TRUMP, MBS],
            *NOV18,
            "asserted",
            "Trump also pressed the crown prince",
        ),
        ev(
            "mbs_rejects_normalisation_now",
            False,
            ["12", "11", *STMT],
            [MBS, ISRAEL],
            *NOV18,
            "asserted",
            "Trump also pressed the crown prince",
        ),
        ev(
            "trump_welcomes_mbs_caption",
            False,
            MEET,
            [TRUMP, MBS],
            *NOV18,
            "asserted",
            "U.S. President Donald Trump welcomes",
            "caption of the same meeting",
        ),
    ],
)

page(
    ID,
    {
        "site": "cnnindonesia.com",
        "title": "Trump Sambut MBS di Gedung Putih, Janji Jual Jet Tempur F-35 ke Arab Saudi",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-19T07:35:00+07:00"], "accept_null": True},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Presiden AS Donald Trump menyambut Putra Mahkota Arab Saudi Mohammed bin Salman di Gedung Putih, Washington, Selasa (18/11/2025). (REUTERS/Evelyn Hockstein)"
        ],
        "related_titles": [
            "Israel Khawatir Keunggulan Militernya Tergerus Jika Saudi Dapat F-35",
            "Profil Mohammed bin Salman, Putra Mahkota yang Jadi Penguasa de Facto Saudi",
        ],
    },
    first="Jakarta, CNN Indonesia --",
    last="Rencananya, MBS akan",
    strip_prefix="Jakarta, CNN Indonesia --",
    skip=("Baca juga", "Israel Khawatir Keunggulan"),
    events=[
        *shared(
            "Presiden Amerika Serikat Donald Trump menerima",
            "Dalam pertemuan itu, kedua pemimpin meneken",
            "Kedua negara juga menandatangani deklarasi",
            "MBS, di sisi lain, berjanji",
            "Saat ditanya wartawan soal pembunuhan",
            "Rencananya, MBS akan",
            None,
        ),
        ev(
            "trump_says_will_sell_f35",
            False,
            ["03", "05", "06", *STMT],
            [TRUMP, SAUDI],
            *NOV18,
            "planned",
            "Presiden Amerika Serikat Donald Trump menerima",
        ),
        ev("trump_quote_f35", False, STMT, [TRUMP, SAUDI], *NOV18, "asserted", '"Kami akan melakukannya.'),
        ev(
            "us_designates_saudi_non_nato_ally",
            False,
            ["03", "05", "06", *STMT],
            [USA, SAUDI],
            *NOV18,
            "asserted",
            "Dalam pertemuan itu, kedua pemimpin meneken",
        ),
        ev(
            "mbs_pledges_investment",
            False,
            ["03", *STMT],
            [MBS, USA],
            *NOV18,
            "asserted",
            "MBS, di sisi lain, berjanji",
        ),
        ev(
            "trump_defends_mbs",
            False,
            STMT,
            [TRUMP, MBS],
            *NOV18,
            "asserted",
            "Saat ditanya wartawan soal pembunuhan",
        ),
        ev(
            "trump_presses_mbs_abraham",
            False,
            ["10", *STMT],
            [TRUMP, SAUDI],
            *NOV18,
            "asserted",
            "Trump juga mendesak Arab Saudi",
        ),
        ev(
            "mbs_rejects_normalisation_now",
            False,
            ["12", "11", *STMT],
            [MBS, ISRAEL],
            *NOV18,
            "asserted",
            "Trump juga mendesak Arab Saudi",
        ),
        ev(
            "trump_welcomes_mbs_caption",
            False,
            MEET,
            [TRUMP, MBS],
            *NOV18,
            "asserted",
            "Presiden AS Donald Trump menyambut",
            "caption of the same meeting",
        ),
    ],
)
