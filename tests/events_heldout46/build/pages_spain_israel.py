"""Gold for Spain's arms embargo on Israel and Israel barring two Spanish ministers, 8 Sept 2025 (Al Jazeera,
CNN Indonesia): embargo, entry ban, accusation, denial, recall of the envoy and the 2024 recognition shared."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import DENY, FORCE, REDUCE, RESTRICT, STMT, ev, page

SEP8 = ("2025-09-08", "2025-09-08")
SPAIN = [
    "Spain",
    "Spanyol",
    "Madrid",
    "Pedro Sanchez",
    "Sanchez",
    "Jose Manuel Albares",
    "Albares",
    "Spanish government",
    "Pemerintah Spanyol",
    "ESP",
]
ISRAEL = ["Israel", "Tel Aviv", "Gideon Saar", "Saar", "Benjamin Netanyahu", "Netanyahu", "ISR"]
MINISTERS = ["Yolanda Diaz", "Diaz", "Sira Rego", "Rego", "Spanish ministers", "menteri Spanyol", "ESP"]
SAAR = ["Gideon Saar", "Saar", "ISR"]
PALESTINE = ["Palestine", "State of Palestine", "Palestina", "negara Palestina", "PSE"]
ISRAEL_MIL = ["Israeli military", "militer Israel", "Israel", "ISR"]
GAZA = ["Gaza City", "Kota Gaza", "Gaza", "Hamas", "high-rise building", "gedung tinggi", "PSE"]


def shared(lang: str) -> list[dict]:
    """Events both outlets report."""
    en = lang == "en"
    return [
        ev(
            "spain_arms_embargo_israel_2025_09_08",
            True,
            REDUCE,
            [SPAIN, ISRAEL],
            *SEP8,
            "asserted",
            "Spanish Prime Minister Pedro Sanchez has announced"
            if en
            else "Pemerintah Spanyol resmi mengumumkan embargo",
            "no date in the lead; 'on Monday' in the next paragraph" if en else "'pada Senin (8/9/2025)'",
            ["Madrid", "ESP"],
        ),
        ev(
            "israel_bars_spanish_ministers_2025_09_08",
            True,
            RESTRICT,
            [ISRAEL, MINISTERS],
            *SEP8,
            "asserted",
            "Saar said Israel was barring"
            if en
            else "Tak lama berselang, dua menteri Spanyol dilarang masuk",
            "reported speech of a decision taken 'within hours' of the Monday address"
            if en
            else "passive 'dilarang masuk', agent in the next sentence; 'tak lama berselang' after Monday",
        ),
        ev(
            "saar_accuses_spain_antisemitism_2025_09_08",
            True,
            STMT,
            [SAAR, SPAIN],
            *SEP8,
            "asserted",
            "Within hours, Israeli Foreign Minister Gideon Saar accused"
            if en
            else "Saar juga menuding pemerintahan Sanchez",
            "an accusation (112)",
        ),
        ev(
            "spain_rejects_saar_accusation_2025_09_08",
            True,
            DENY,
            [SPAIN, ISRAEL],
            *SEP8,
            "denied",
            "Spain's Foreign Minister Jose Manuel Albares rejected"
            if en
            else "Madrid membantah tuduhan itu.",
            "a rejection of the accusation",
        ),
        ev(
            "spain_recalls_ambassador_2025_09_08",
            True,
            REDUCE,
            [SPAIN, ISRAEL],
            *SEP8,
            "asserted",
            "Spain's Foreign Minister Jose Manuel Albares rejected"
            if en
            else "Madrid membantah tuduhan itu.",
            "second clause: the envoy recalled for consultations",
        ),
        ev(
            "spain_recognises_palestine_2024_05_28",
            True,
            ["05"],
            [SPAIN, PALESTINE],
            "2024-05-28",
            "2024-05-28",
            "asserted",
            "Spain, together with Ireland and Norway, formally recognised"
            if en
            else "Hubungan kedua negara memburuk sejak Spanyol",
            "background event, explicit date",
        ),
        ev(
            "sanchez_hopes_pressure",
            False,
            STMT,
            [["Pedro Sanchez", "Sanchez", "ESP"], ISRAEL],
            *SEP8,
            "asserted",
            '"We know that these measures' if en else '"Kami tahu langkah-langkah ini',
        ),
        ev(
            "diaz_calls_ban_an_honour",
            False,
            STMT,
            [["Yolanda Diaz", "Diaz", "ESP"], ISRAEL],
            None,
            None,
            "asserted",
            "Diaz, responding on social media" if en else "Yolanda Diaz menanggapi larangan itu",
        ),
    ]


page(
    "en_02_aljazeera_spain_arms_embargo_israel_bars_ministers.txt",
    {
        "site": "aljazeera.com",
        "title": "Spain announces Israel arms embargo; Israel bars two Spanish ministers",
        "subtitle": "Sanchez unveils nine measures to 'stop the genocide in Gaza' as Israel accuses Madrid of an 'anti-Semitic' campaign.",
        "authors": [],
        "section": "Israel-Palestine conflict",
        "published_at": {"accept_dates": ["2025-09-08"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Spanish Prime Minister Pedro Sanchez delivers a statement at the Moncloa Palace in Madrid, Spain, September 8, 2025 [Juan Medina/Reuters]"
        ],
        "related_titles": [],
    },
    first="Spanish Prime Minister Pedro Sanchez has announced",
    last="The Israeli military said on Monday",
    events=[
        *shared("en"),
        ev(
            "israel_recalls_ambassador_2024_05",
            True,
            REDUCE,
            [ISRAEL, SPAIN],
            "2024-05-01",
            "2024-05-28",
            "asserted",
            "Spain, together with Ireland and Norway, formally recognised",
            "'earlier that month': May 2024, before the 28th",
        ),
        ev(
            "israel_strikes_gaza_tower_2025_09_08",
            True,
            FORCE,
            [ISRAEL_MIL, GAZA],
            *SEP8,
            "asserted",
            "The Israeli military said on Monday",
            "the strike is asserted; the Hamas use is 'alleged'",
            ["Gaza City", "PSE"],
        ),
        ev(
            "spain_cabinet_to_approve_decree_2025_09_09",
            False,
            REDUCE,
            [SPAIN, ISRAEL],
            "2025-09-09",
            "2025-09-09",
            "planned",
            "In a televised address from the Moncloa Palace",
            "'would approve a royal decree-law on Tuesday': the legal step of the same embargo, optional",
        ),
        ev(
            "un_monitor_declares_famine_2025_08",
            False,
            STMT,
            [["UN-backed monitor", "United Nations"]],
            "2025-08-01",
            "2025-08-31",
            "asserted",
            "Israel has killed more than 64,000",
        ),
    ],
)

page(
    "id_02_cnnindonesia_spanyol_embargo_senjata_israel.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Spanyol Umumkan Embargo Senjata, Israel Larang Dua Menteri Masuk",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-09T07:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Perdana Menteri Spanyol Pedro Sanchez mengumumkan sembilan langkah terhadap Israel di Istana Moncloa, Madrid, Senin (8/9/2025). (REUTERS/Juan Medina)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Sementara itu, militer Israel mengklaim",
    skip=("ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca halaman selanjutnya"),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "spain_decree_planned",
            False,
            REDUCE,
            [SPAIN, ISRAEL],
            None,
            None,
            "planned",
            "Perdana Menteri Spanyol Pedro Sanchez mengatakan embargo",
            "'akan dikukuhkan', undated here",
        ),
        ev(
            "israel_denies_genocide",
            False,
            DENY,
            [ISRAEL],
            None,
            None,
            "denied",
            "Israel juga dituduh melakukan genosida",
        ),
        ev(
            "israel_strikes_gaza_tower",
            False,
            FORCE,
            [ISRAEL_MIL, GAZA],
            None,
            None,
            "asserted",
            "Sementara itu, militer Israel mengklaim",
            "no date in this page ('sementara itu'): optional",
        ),
        ev(
            "sanchez_announces_caption_2025_09_08",
            False,
            REDUCE,
            [SPAIN, ISRAEL],
            *SEP8,
            "asserted",
            "Perdana Menteri Spanyol Pedro Sanchez mengumumkan sembilan",
            "from a photo caption",
        ),
    ],
)
