"""Gold for the Israeli strike on the Ain al-Hilweh camp near Sidon, 18 Nov 2025, and Lebanon's reaction
(France 24 with AFP, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AIN_AL_HILWEH, AOUN, BINT_JBEIL, HAMAS, ISRAEL, LEBANON, SALAM, UNSC
from common import DENY, FORCE, STMT, ev, page

NOV18 = ("2025-11-18", "2025-11-18")
NIGHT = ("2025-11-18", "2025-11-19")
NOV19 = ("2025-11-19", "2025-11-19")
CAMP = ["Ain al-Hilweh", "Sidon", "Saida", "LBN"]
CONDEMN = ["11", "12", "01", "02", "10"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "israel_strikes_ain_al_hilweh_2025_11_18",
            True,
            FORCE,
            [ISRAEL, AIN_AL_HILWEH],
            *NOV18,
            "asserted",
            "An Israeli strike on the Ain al-Hilweh Palestinian refugee camp" if en else "Sebanyak 13 orang tewas dalam serangan udara Israel",
            "'on Tuesday evening' in a Wednesday 19 Nov article" if en else "'pada Selasa (18/11/2025) malam'",
            CAMP,
        ),
        ev(
            "israel_accuses_hamas_2025_11_18",
            True,
            ["11", "12", "01", "02"],
            [ISRAEL, HAMAS],
            *NIGHT,
            "asserted",
            "The Israeli military said it had struck" if en else "Militer Israel mengklaim menyerang",
            "the military's claim about the target, issued with the strike; no day of its own, so the night of 18-19 Nov",
        ),
        ev(
            "hamas_denies_training_compound_2025_11_18",
            True,
            DENY,
            [HAMAS, ISRAEL],
            *NIGHT,
            "denied",
            "Hamas denied the claim overnight" if en else "Hamas membantah tudingan itu.",
            "'overnight' after the Tuesday evening strike" if en else "'beberapa jam setelah serangan' of Tuesday night",
        ),
        ev(
            "aoun_condemns_strike_2025_11_19",
            True,
            CONDEMN,
            [AOUN, ISRAEL],
            *NOV19,
            "asserted",
            "Lebanese President Joseph Aoun condemned the attack on Wednesday" if en else "Presiden Lebanon Joseph Aoun mengecam serangan tersebut",
            "'on Wednesday' in a Wednesday article" if en else "'pada Rabu (19/11/2025)'",
        ),
    ]


page(
    "en_01_france24_israeli_strike_on_ain_al_hilweh_camp_kills_13.txt",
    {
        "site": "france24.com",
        "title": "Israeli strike on Lebanon's largest Palestinian refugee camp kills 13",
        "subtitle": "Lebanon's health ministry said an Israeli drone strike on the Ain al-Hilweh camp near the southern city of Sidon killed 13 people, the deadliest single attack in Lebanon since a ceasefire between Israel and Hezbollah took effect nearly a year ago.",
        "authors": [],
        "section": "Middle East",
        "published_at": {"accept": ["2025-11-19T10:42:00+01:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-19T16:05:00+01:00"], "accept_dates": ["2025-11-19"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP"],
        "captions_required": [
            "Civil defence workers search the rubble after an Israeli strike on the Ain al-Hilweh Palestinian refugee camp near Sidon, southern Lebanon, on November 18, 2025. © Mahmoud Zayyat, AFP"
        ],
        "related_titles": ["Israel keeps up strikes on Lebanon as army starts disarming Hezbollah south of Litani"],
    },
    first="An Israeli strike on the Ain al-Hilweh Palestinian refugee camp",
    last="Ain al-Hilweh, home to more than 60,000 people",
    skip=("Read more", "Israel keeps up strikes on Lebanon as army"),
    events=[
        *shared("en"),
        ev(
            "bint_jbeil_drone_strike_2025_11_19",
            True,
            FORCE,
            [ISRAEL, BINT_JBEIL],
            *NOV19,
            "asserted",
            "Israel has kept up near-daily strikes in Lebanon despite the truce",
            "'On Wednesday morning' in a Wednesday article: the strike on a car in Bint Jbeil",
            ["Bint Jbeil", "LBN"],
        ),
        ev(
            "salam_to_complain_to_unsc",
            False,
            ["11", "02", "10"],
            [SALAM, UNSC],
            None,
            None,
            "planned",
            "Prime Minister Nawaf Salam said his government would file",
            "'without saying when': undated plan",
        ),
        ev(
            "aoun_urges_sponsors_press_israel_2025_11_19",
            False,
            ["10", "02"],
            [AOUN, ISRAEL],
            *NOV19,
            "asserted",
            "Lebanese President Joseph Aoun condemned the attack on Wednesday",
            "the appeal to the ceasefire sponsors in the same line as the condemnation",
        ),
        ev(
            "israel_near_daily_strikes",
            False,
            FORCE,
            [ISRAEL, LEBANON],
            "2024-11-27",
            "2025-11-19",
            "asserted",
            "Israel has kept up near-daily strikes in Lebanon despite the truce",
            "habitual strikes since the truce: generic",
        ),
    ],
)

page(
    "id_01_republika_serangan_israel_di_kamp_ain_al_hilweh_tewaskan_13_orang.txt",
    {
        "site": "republika.co.id",
        "title": "Serangan Israel di Kamp Pengungsi Palestina Ain al-Hilweh Tewaskan 13 Orang",
        "subtitle": None,
        "authors": ["Kamran Dikarma"],
        "editors": ["Setyanavidita Livikacansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-19T14:25:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beirut",
        "cited_sources": ["Al Jazeera", "AFP"],
        "captions_required": [
            "Petugas pertahanan sipil mencari korban di reruntuhan bangunan yang terkena serangan Israel di kamp pengungsi Palestina Ain al-Hilweh, dekat Sidon, Lebanon selatan, Selasa (18/11/2025). (AP Photo/Mohammed Zaatari)"
        ],
        "related_titles": [
            "Hizbullah Tolak Serahkan Senjata, Israel Ancam Perluas Serangan",
            "MUI Kecam Serangan Israel ke Lebanon dan Gaza",
            "Tentara Lebanon Mulai Lucuti Senjata di Selatan Sungai Litani",
        ],
    },
    first="REPUBLIKA.CO.ID, BEIRUT --",
    last="Ain al-Hilweh merupakan kamp pengungsi Palestina terbesar",
    skip=("Baca Juga:", "Hizbullah Tolak Serahkan Senjata", "MUI Kecam Serangan Israel"),
    strip_prefix="REPUBLIKA.CO.ID, BEIRUT --",
    events=[
        *shared("id"),
        ev(
            "israel_near_daily_strikes",
            False,
            FORCE,
            [ISRAEL, LEBANON],
            "2024-11-27",
            "2025-11-19",
            "asserted",
            "Meski gencatan senjata telah berlaku hampir setahun",
            "habitual strikes since the truce: generic",
        ),
        ev(
            "aoun_urges_sponsors_press_israel_2025_11_19",
            False,
            ["10", "02"],
            [AOUN, ISRAEL],
            *NOV19,
            "asserted",
            "Presiden Lebanon Joseph Aoun mengecam serangan tersebut",
            "the appeal to the guarantors in the same line as the condemnation",
        ),
    ],
)
