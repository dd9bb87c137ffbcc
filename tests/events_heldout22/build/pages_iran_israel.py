"""Gold for Iran's first direct drone and missile attack on Israel, night of 13-14 April 2024 (AP, CNN
Indonesia), with the seizure of the MSC Aries and the 1 April strike on Iran's Damascus consulate."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ALLIES_INTERCEPT,
    BAGHERI,
    BIDEN,
    G7,
    INDONESIA,
    IRAN,
    IRAN_CONSULATE,
    IRAN_UN,
    IRGC,
    ISRAEL,
    MSC_ARIES,
    NETANYAHU,
    UNSC,
)
from common import FORCE, MEET, STMT, THREAT, ev, page

APR13 = ("2024-04-13", "2024-04-13")
APR14 = ("2024-04-14", "2024-04-14")
NIGHT = ("2024-04-13", "2024-04-14")
SEIZE = ["17", "18"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "iran_attacks_israel_2024_04_13",
            True,
            FORCE,
            [IRAN, ISRAEL],
            *NIGHT,
            "asserted",
            "Iran launched its first direct military attack"
            if en
            else "Iran melancarkan serangan langsung pertamanya",
            "'late Saturday' in a Sunday article"
            if en
            else "'Sabtu (13/4) malam hingga Minggu (14/4) dini hari'",
            ["Israel", "ISR"],
        ),
        ev(
            "allies_shoot_down_drones_2024_04_13",
            True,
            FORCE,
            [ALLIES_INTERCEPT, IRAN],
            *NIGHT,
            "asserted",
            "The U.S. military, backed by British aircraft"
            if en
            else "Amerika Serikat, Inggris, dan Yordania ikut menembak jatuh",
            "no date in the sentence: the same night as the attack",
        ),
        ev(
            "strike_on_damascus_consulate_2024_04_01",
            True,
            FORCE,
            [ISRAEL, IRAN_CONSULATE],
            "2024-04-01",
            "2024-04-01",
            "alleged",
            "Iran had vowed to retaliate since a suspected"
            if en
            else "Serangan yang dinamai Operasi Janji Sejati",
            "background; 'a suspected Israeli airstrike', Israel never acknowledged it"
            if en
            else "background in a subordinate clause; the next line says Iran only accuses Israel",
            ["Damascus", "Damaskus", "SYR"],
        ),
        ev(
            "biden_calls_netanyahu_2024_04_13",
            True,
            MEET,
            [BIDEN, NETANYAHU],
            *(NIGHT if en else APR13),
            "asserted",
            "President Joe Biden, who cut short" if en else "Presiden AS Joe Biden langsung menggelar rapat",
            "'had spoken with' in Biden's Saturday-night statement" if en else "'pada Sabtu malam'",
        ),
        ev(
            "biden_convenes_g7_2024_04_14",
            True,
            MEET,
            [BIDEN, G7],
            *APR14,
            "planned",
            '"I will convene my fellow G7 leaders tomorrow'
            if en
            else "Presiden AS Joe Biden langsung menggelar rapat",
            "'tomorrow' said on Saturday night"
            if en
            else "'akan mengumpulkan ... pada Minggu', second sentence of the line",
        ),
        ev(
            "irgc_seizes_msc_aries_2024_04_13",
            True,
            SEIZE,
            [IRGC, MSC_ARIES],
            *APR13,
            "asserted",
            "Hours before the assault began" if en else "Beberapa jam sebelum serangan",
            "'hours before' the Saturday-night attack",
            ["Strait of Hormuz", "Selat Hormuz"],
        ),
        ev(
            "unsc_emergency_meeting_2024_04_14",
            True,
            MEET,
            [UNSC],
            *APR14,
            "planned",
            "Netanyahu convened his war cabinet on Sunday"
            if en
            else "Dewan Keamanan PBB dijadwalkan menggelar rapat darurat",
            "'was scheduled to hold ... later in the day'"
            if en
            else "'dijadwalkan ... pada Minggu waktu New York'",
        ),
        ev(
            "hagari_says_minor_damage",
            False,
            STMT,
            [ISRAEL],
            *APR14,
            "asserted",
            "Hagari said a small number of ballistic missiles" if en else '"Sebagian kecil rudal balistik',
        ),
    ]


page(
    "en_01_ap_iran_launches_drones_missiles_at_israel.txt",
    {
        "site": "apnews.com",
        "title": "Iran launches more than 300 drones and missiles at Israel in its first direct attack, Israel says 99% intercepted",
        "subtitle": None,
        "authors": ["Josef Federman", "Jon Gambrell"],
        "section": "World News",
        "published_at": {"accept_dates": ["2024-04-14"], "accept_null": True},
        "updated_at": {"accept": ["2024-04-14T08:14:00+03:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jerusalem",
        "cited_sources": [],
        "captions_required": [
            "People look at the remains of a rocket booster that, according to Israeli authorities critically injured a 7-year-old girl, after Iran launched drones and missiles towards Israel, near the southern city of Arad, Israel, Sunday, April 14, 2024. (AP Photo/Ohad Zwigenberg)"
        ],
        "related_titles": [],
    },
    first="JERUSALEM (AP) —",
    last="Israeli Defense Minister Yoav Gallant",
    strip_prefix="JERUSALEM (AP) —",
    events=[
        *shared("en"),
        ev(
            "israel_says_99_percent_intercepted",
            False,
            STMT,
            [ISRAEL, IRAN],
            *APR14,
            "asserted",
            "Israel's military said the Islamic Republic fired",
            "the attack told again as a claim; the interception itself is the allies' event",
        ),
        ev(
            "hagari_quote",
            False,
            STMT,
            [ISRAEL],
            *APR14,
            "asserted",
            '"The threat was met with',
            "'early Sunday'",
        ),
        ev(
            "iran_mission_warns_israel",
            False,
            THREAT,
            [IRAN_UN, ISRAEL],
            *NIGHT,
            "asserted",
            "In a statement posted on X while the drones",
            "'Iran's response will be considerably more severe': a conditional threat",
        ),
        ev(
            "biden_rules_out_offensive",
            False,
            STMT,
            [BIDEN, NETANYAHU],
            *NIGHT,
            "asserted",
            "A senior administration official said Biden told",
            "reported speech of the same call",
        ),
        ev(
            "netanyahu_convenes_war_cabinet_2024_04_14",
            False,
            MEET,
            [NETANYAHU],
            *APR14,
            "asserted",
            "Netanyahu convened his war cabinet on Sunday",
            "a domestic cabinet meeting: optional",
        ),
        ev(
            "gallant_gantz_threaten_iran",
            False,
            THREAT,
            [ISRAEL, IRAN],
            None,
            None,
            "asserted",
            "Israeli Defense Minister Yoav Gallant",
            "'exact the price from Iran ... at the time that is right for us'",
        ),
        ev(
            "attack_caption_2024_04_14",
            False,
            FORCE,
            [IRAN, ISRAEL],
            *NIGHT,
            "asserted",
            "People look at the remains of a rocket booster",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_cnnindonesia_iran_serang_israel.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Iran Serang Israel dengan Ratusan Drone dan Rudal, RI Minta Semua Pihak Menahan Diri",
        "subtitle": "Iran meluncurkan ratusan drone dan rudal ke wilayah Israel pada Sabtu (13/4) malam sebagai balasan atas serangan terhadap konsulatnya di Damaskus.",
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2024-04-14T15:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Sistem pertahanan udara Israel mencegat rudal di langit Yerusalem, Minggu (14/4/2024) dini hari. (REUTERS/Ammar Awad)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Dewan Keamanan PBB dijadwalkan",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "iran_accuses_israel_consulate",
            False,
            ["11", "12"],
            [IRAN, ISRAEL],
            None,
            None,
            "asserted",
            "Iran menuding Israel berada di balik",
            "'meski Tel Aviv tidak pernah mengonfirmasi maupun membantahnya'",
        ),
        ev(
            "hagari_counts_projectiles",
            False,
            STMT,
            [ISRAEL, IRAN],
            *APR14,
            "asserted",
            "Juru bicara militer Israel Laksamana Muda Daniel Hagari",
        ),
        ev(
            "bagheri_warns_israel_2024_04_14",
            True,
            THREAT,
            [BAGHERI, ISRAEL],
            *APR14,
            "asserted",
            "Kepala Staf Angkatan Bersenjata Iran",
            "conditional threat in a quote, 'Minggu (14/4)'",
        ),
        ev(
            "kemlu_voices_concern",
            False,
            STMT,
            [INDONESIA],
            *APR14,
            "asserted",
            "Sementara itu, Kementerian Luar Negeri RI",
        ),
        ev(
            "kemlu_calls_for_restraint_2024_04_14",
            False,
            STMT,
            [INDONESIA],
            *APR14,
            "asserted",
            '"Indonesia meminta semua pihak',
            "an appeal to 'semua pihak': no second actor",
        ),
        ev(
            "kemlu_advises_citizens",
            False,
            STMT,
            [INDONESIA],
            None,
            None,
            "asserted",
            "Kemlu juga mengimbau warga negara Indonesia",
        ),
        ev(
            "interception_caption_2024_04_14",
            False,
            FORCE,
            [ISRAEL, IRAN],
            *APR14,
            "asserted",
            "Sistem pertahanan udara Israel mencegat rudal",
            "from a photo caption",
        ),
    ],
)
