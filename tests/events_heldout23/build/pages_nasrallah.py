"""Gold for Israel's killing of Hassan Nasrallah in Beirut, 27 Sept 2024, and what followed (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import HEZBOLLAH, INDONESIA, IRAN, ISRAEL, LEBANON, NASRALLAH, USA
from common import FORCE, STMT, VIOLENCE, ev, page

SEP27 = ("2024-09-27", "2024-09-27")
SEP28 = ("2024-09-28", "2024-09-28")
BEIRUT = ["Beirut", "Dahiyeh", "Haret Hreik", "LBN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "israel_strike_kills_nasrallah_2024_09_27",
            True,
            VIOLENCE,
            [ISRAEL, NASRALLAH],
            *SEP27,
            "asserted",
            "Hezbollah leader Sayyed Hassan Nasrallah was killed in an Israeli air strike"
            if en
            else "Pemimpin Hizbullah Sayyed Hassan Nasrallah tewas dalam serangan udara Israel",
            "passive voice; 'on Friday' in a Saturday article"
            if en
            else "passive 'tewas dalam serangan'; 'Jumat (27/9/2024) malam'",
            BEIRUT,
        ),
        ev(
            "hezbollah_rockets_on_israel_2024_09_28",
            True,
            FORCE,
            [HEZBOLLAH, ISRAEL],
            *SEP28,
            "asserted",
            "Hezbollah fired barrages of rockets"
            if en
            else "Tak lama setelah kematian pemimpinnya diumumkan, Hizbullah menembakkan",
            "'on Saturday' in a Saturday article" if en else "'pada Sabtu' after 'Sabtu (28/9/2024)'",
        ),
        ev(
            "israel_strikes_lebanon_2024_09_28",
            True,
            FORCE,
            [ISRAEL, LEBANON + HEZBOLLAH],
            *SEP28,
            "asserted",
            "The Israeli military said its jets struck dozens"
            if en
            else "Israel pun terus menggempur Lebanon.",
            "" if en else "the strikes are told in the next sentence of the same line: 'pada hari yang sama'",
            ["Bekaa", "Lebanon", "LBN"],
        ),
        ev(
            "pager_explosions_2024_09_17",
            True,
            VIOLENCE,
            [ISRAEL, HEZBOLLAH],
            "2024-09-17",
            "2024-09-18",
            "alleged",
            "Nasrallah's killing caps two weeks" if en else "Pada 17 dan 18 September, ribuan pager",
            "background; 'widely blamed on Israel', never confirmed: alleged"
            if en
            else "background; 'Israel dituding berada di balik serangan itu': alleged",
        ),
        ev(
            "israel_strike_kills_aqil_2024_09_20",
            True,
            VIOLENCE,
            [ISRAEL, ["Ibrahim Aqil", "Aqil", "Radwan", "Hezbollah", "Hizbullah", "LBN"]],
            "2024-09-20",
            "2024-09-20",
            "asserted",
            "An Israeli strike on a building in the same southern suburbs"
            if en
            else "Tiga hari kemudian, tepatnya Jumat (20/9/2024)",
            "background strike with an explicit date",
            BEIRUT,
        ),
        ev(
            "hezbollah_confirms_death_2024_09_28",
            False,
            STMT,
            [HEZBOLLAH],
            *SEP28,
            "asserted",
            "Hezbollah confirmed his death" if en else "Kematian Nasrallah diumumkan militer Israel",
            "an announcement, not an act",
        ),
        ev(
            "khamenei_statement_2024_09_28",
            False,
            STMT,
            [IRAN],
            *SEP28,
            "asserted",
            "Iran's Supreme Leader Ayatollah Ali Khamenei said"
            if en
            else "Pemimpin Tertinggi Iran Ayatollah Ali Khamenei menetapkan",
        ),
    ]


page(
    "en_01_reuters_israel_kills_hezbollah_leader_nasrallah.txt",
    {
        "site": "reuters.com",
        "title": "Israel says it killed Hezbollah leader Nasrallah in Beirut strike; group vows to fight on",
        "subtitle": None,
        "authors": ["Laila Bassam", "Maayan Lubell", "Timour Azhari"],
        "section": "Middle East",
        "published_at": {"accept": ["2024-09-28T16:12:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-09-28"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beirut",
        "cited_sources": [],
        "captions_required": [
            "People gather at the site of an Israeli strike in Beirut's southern suburbs, Lebanon September 28, 2024. REUTERS/Mohamed Azakir"
        ],
        "related_titles": [],
    },
    first="BEIRUT/JERUSALEM, Sept 28 (Reuters) -",
    last="A U.S. official said Washington",
    strip_prefix="BEIRUT/JERUSALEM, Sept 28 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "strike_kills_karaki_2024_09_27",
            False,
            VIOLENCE,
            [ISRAEL, ["Ali Karaki", "Karaki", "Hezbollah", "LBN"]],
            *SEP27,
            "asserted",
            "The strike, which flattened several residential buildings",
            "the same strike told again",
        ),
        ev(
            "netanyahu_un_speech_2024_09_27",
            False,
            STMT,
            [ISRAEL, HEZBOLLAH],
            *SEP27,
            "asserted",
            "Israeli Prime Minister Benjamin Netanyahu authorised the attack",
            "the speech and the order: statements around the strike",
        ),
        ev(
            "israel_warns_beirut_residents_2024_09_28",
            False,
            ["13", "01", "02"],
            [ISRAEL, LEBANON],
            *SEP28,
            "asserted",
            "The Israeli military said its jets struck dozens",
            "the evacuation warning rides on the strikes line",
        ),
        ev(
            "us_not_notified",
            False,
            STMT,
            [USA],
            None,
            None,
            "asserted",
            "A U.S. official said Washington",
        ),
        ev(
            "strike_site_caption_2024_09_28",
            False,
            VIOLENCE,
            [ISRAEL, LEBANON],
            *SEP27,
            "asserted",
            "People gather at the site of an Israeli strike",
            "photo caption of Saturday showing Friday's strike site",
        ),
    ],
)

page(
    "id_01_kompas_israel_tewaskan_pemimpin_hizbullah_nasrallah.txt",
    {
        "site": "kompas.com",
        "title": "Israel Tewaskan Pemimpin Hizbullah Hassan Nasrallah, Hizbullah Balas dengan Rentetan Roket",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-09-29T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beirut",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Warga melihat lokasi serangan udara Israel di pinggiran selatan Beirut, Lebanon, Sabtu (28/9/2024). (AFP/ANWAR AMRO)"
        ],
        "related_titles": [
            "Siapa Hassan Nasrallah, Pemimpin Hizbullah yang Tewas Diserang Israel?",
            "Kemenlu Imbau WNI di Lebanon Segera Tinggalkan Negara Itu",
        ],
    },
    first="BEIRUT, KOMPAS.com -",
    last="Kementerian Luar Negeri RI mengecam",
    skip=("Baca juga:",),
    strip_prefix="BEIRUT, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "hezbollah_vows_resistance_2024_09_28",
            False,
            STMT,
            [HEZBOLLAH, ISRAEL],
            *SEP28,
            "asserted",
            '"Sayyed Hassan Nasrallah, sekretaris jenderal Hizbullah',
            "a quote",
        ),
        ev(
            "biden_measure_of_justice",
            False,
            STMT,
            [USA, NASRALLAH],
            None,
            None,
            "asserted",
            "Adapun Presiden AS Joe Biden menyebut",
        ),
        ev(
            "indonesia_condemns_escalation",
            False,
            STMT,
            [INDONESIA, ISRAEL],
            None,
            None,
            "asserted",
            "Kementerian Luar Negeri RI mengecam",
            "condemnation and appeal, no date",
        ),
        ev(
            "strike_site_caption_2024_09_28",
            False,
            VIOLENCE,
            [ISRAEL, LEBANON],
            *SEP27,
            "asserted",
            "Warga melihat lokasi serangan udara Israel",
            "photo caption",
        ),
    ],
)
