"""Gold for Iran's missile strike on Al Udeid (23 June 2025) after the US strikes on Fordow, Natanz and
Isfahan (22 June 2025), as AP and Kompas report them."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ARAGHCHI,
    IAEA,
    INDONESIA,
    IRAN,
    ISRAEL,
    ISRAEL_IRAN,
    QATAR,
    TRUMP,
    US_BASE_QATAR,
    USA,
)
from common import DENY, FORCE, MEET, RESTRICT, STMT, THREAT, ev, page

JUN23 = ("2025-06-23", "2025-06-23")
CEASEFIRE = ["01", "02", "03", "05", "06", "08"]
CONDEMN = ["01", "02", "11", "12"]
AL_UDEID = ["Al Udeid", "Doha", "Qatar", "QAT"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "iran_strikes_al_udeid_2025_06_23",
            True,
            FORCE,
            [IRAN, US_BASE_QATAR],
            *JUN23,
            "asserted",
            "Iran launched a barrage of missiles" if en else "Iran menembakkan sejumlah rudal",
            "'on Monday' in a Monday article" if en else "'pada Senin (23/6/2025) malam'",
            AL_UDEID,
        ),
        ev(
            "us_strikes_iran_nuclear_sites_2025_06_22",
            True,
            FORCE,
            [USA, IRAN],
            "2025-06-21",
            "2025-06-22",
            "asserted",
            "The attack on Al Udeid Air Base" if en else "Serangan itu terjadi sehari setelah",
            "'a day after' the Monday attack (Saturday evening in Washington)"
            if en
            else "'Minggu (22/6/2025) dini hari'",
            ["Fordow", "Fordo", "Natanz", "Isfahan", "IRN"],
        ),
        ev(
            "trump_announces_ceasefire_2025_06_23",
            True,
            CEASEFIRE,
            [TRUMP, ISRAEL_IRAN],
            "2025-06-23",
            "2025-06-24",
            "asserted",
            "Hours later, Trump announced" if en else "Tak lama kemudian, Trump mengumumkan",
            "'hours later' than the Monday attack; the truce itself is still to come",
        ),
        ev(
            "qatar_condemns_attack_2025_06_23",
            True,
            CONDEMN,
            [QATAR, IRAN],
            *JUN23,
            "asserted",
            "Qatar's Foreign Ministry condemned" if en else "Pemerintah Qatar mengecam keras",
            "no date in the sentence: the same Monday",
        ),
        ev(
            "israel_strikes_iran_2025_06_13",
            True,
            FORCE,
            [ISRAEL, IRAN],
            "2025-06-13",
            "2025-06-13",
            "asserted",
            "Israel began its air campaign against Iran" if en else "Konflik terbuka antara Israel dan Iran",
            "background with an explicit date ('June 13', '13 Juni lalu')",
        ),
        ev(
            "araghchi_denies_ceasefire",
            False,
            DENY,
            [ARAGHCHI],
            "2025-06-23",
            "2025-06-24",
            "denied",
            "Iranian Foreign Minister Abbas Araghchi said"
            if en
            else "Namun, Menteri Luar Negeri Iran Abbas Araghchi membantah",
            "denial with no date of its own",
        ),
        ev(
            "trump_calls_response_weak",
            False,
            STMT,
            [TRUMP, IRAN],
            *JUN23,
            "asserted",
            "President Donald Trump, writing on his Truth Social"
            if en
            else "Presiden AS Donald Trump menyebut balasan Iran",
        ),
    ]


page(
    "en_01_ap_iran_fires_missiles_at_us_base_in_qatar.txt",
    {
        "site": "apnews.com",
        "title": "Iran fires missiles at US base in Qatar in retaliation for American strikes on its nuclear sites",
        "subtitle": None,
        "authors": ["Jon Gambrell", "Aamer Madhani"],
        "section": "World News",
        "published_at": {"accept": ["2025-06-23T23:58:00+03:00"], "accept_null": True},
        "updated_at": {"accept_dates": ["2025-06-23"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Dubai",
        "cited_sources": [],
        "captions_required": [
            "Qatari air defenses intercept Iranian missiles over Doha, Qatar, Monday, June 23, 2025. (AP Photo/Hussein Sayed)"
        ],
        "related_titles": [],
    },
    first="DUBAI, United Arab Emirates (AP) —",
    last="Israel began its air campaign",
    strip_prefix="DUBAI, United Arab Emirates (AP) —",
    events=[
        *shared("en"),
        ev(
            "snsc_statement_2025_06_23",
            False,
            STMT,
            [IRAN],
            *JUN23,
            "asserted",
            "Iran's Supreme National Security Council said",
        ),
        ev(
            "qatar_closes_airspace_2025_06_23",
            False,
            RESTRICT,
            [QATAR],
            *JUN23,
            "asserted",
            "Qatar had closed its airspace",
            "'hours earlier' than the Monday attack",
        ),
        ev(
            "hegseth_briefing_2025_06_22",
            False,
            STMT,
            [USA, IRAN],
            "2025-06-22",
            "2025-06-22",
            "asserted",
            "Defense Secretary Pete Hegseth told reporters",
            "'on Sunday'",
        ),
        ev(
            "grossi_convenes_iaea_board_2025_06_23",
            True,
            MEET,
            [IAEA],
            *JUN23,
            "planned",
            "The International Atomic Energy Agency's chief",
            "'would convene ... on Monday': announced ahead of the meeting",
            ["Vienna", "AUT"],
        ),
        ev(
            "iran_missiles_at_israel",
            False,
            FORCE,
            [IRAN, ISRAEL],
            "2025-06-13",
            "2025-06-23",
            "asserted",
            "Israel began its air campaign against Iran",
            "'has since fired': a series, no single date",
        ),
        ev(
            "qatar_reserves_right_to_respond",
            False,
            THREAT,
            [QATAR, IRAN],
            *JUN23,
            "asserted",
            "Qatar's Foreign Ministry condemned",
        ),
        ev(
            "iran_missiles_caption_2025_06_23",
            False,
            FORCE,
            [IRAN, QATAR],
            *JUN23,
            "asserted",
            "Qatari air defenses intercept Iranian missiles",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_iran_serang_pangkalan_as_di_qatar.txt",
    {
        "site": "kompas.com",
        "title": "Balas Serangan AS ke Fasilitas Nuklir, Iran Tembakkan Rudal ke Pangkalan Al Udeid di Qatar",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-06-24T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Doha",
        "cited_sources": [],
        "captions_required": [
            "Sistem pertahanan udara Qatar mencegat rudal Iran di langit Doha, Senin (23/6/2025). (AFP/STRINGER)"
        ],
        "related_titles": [
            "Apa Itu Bom Penghancur Bunker GBU-57 yang Dipakai AS untuk Serang Fordow?",
            "Trump Klaim Fasilitas Nuklir Iran Hancur Total, Teheran Sebut Kerusakan Terbatas",
        ],
    },
    first="DOHA, KOMPAS.com -",
    last="Konflik terbuka antara Israel dan Iran",
    skip=("Baca juga:",),
    strip_prefix="DOHA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "qatar_mod_counts_missiles",
            False,
            STMT,
            [QATAR, IRAN],
            *JUN23,
            "asserted",
            "Menurut Kementerian Pertahanan Qatar",
        ),
        ev(
            "irgc_warns",
            False,
            THREAT,
            [IRAN, USA],
            None,
            None,
            "asserted",
            "Garda Revolusi Iran (IRGC) menyebut",
        ),
        ev(
            "qatar_reserves_right_to_respond",
            False,
            THREAT,
            [QATAR, IRAN],
            *JUN23,
            "asserted",
            '"Kami menegaskan bahwa Qatar berhak',
        ),
        ev(
            "indonesia_concern_2025_06_22",
            False,
            STMT,
            [INDONESIA, USA],
            "2025-06-22",
            "2025-06-22",
            "asserted",
            "Pemerintah Indonesia melalui Kementerian Luar Negeri",
            "'pada Minggu' in a Tuesday article: a statement, optional as in the seeds",
        ),
        ev(
            "iran_missiles_caption_2025_06_23",
            False,
            FORCE,
            [IRAN, QATAR],
            *JUN23,
            "asserted",
            "Sistem pertahanan udara Qatar mencegat rudal Iran",
            "from a photo caption",
        ),
    ],
)
