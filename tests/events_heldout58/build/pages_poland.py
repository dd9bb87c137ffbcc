"""Gold for the sabotage of the Warsaw-Lublin railway, 15-16 Nov 2025, and Poland's response (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BELARUS, KREMLIN, POLAND, POLISH_PROSECUTORS, RUSSIA, SABOTEURS, SIKORSKI, TUSK
from common import CHARGE, DENY, STMT, THREAT, VIOLENCE, ev, page

BLAST = ("2025-11-15", "2025-11-16")
NOV18 = ("2025-11-18", "2025-11-18")
MIKA = ["Mika", "Poland", "Polandia", "POL"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "rail_sabotage_blast_2025_11_15",
            True,
            VIOLENCE,
            [SABOTEURS, POLAND],
            *BLAST,
            "asserted",
            "The blast, which Tusk called" if en else "Ledakan tersebut merusak sebagian rel",
            "'on the night of Saturday to Sunday' in a Tuesday article"
            if en
            else "'pada Sabtu (15/11/2025) malam': the night runs into Sunday",
            MIKA,
        ),
        ev(
            "tusk_blames_russia_2025_11_18",
            True,
            ["11", "12", "01", "02", "10"],
            [TUSK, RUSSIA],
            *NOV18,
            "asserted",
            "Two Ukrainian citizens working for Russian intelligence"
            if en
            else "Sehari sebelumnya, Perdana Menteri Donald Tusk",
            "'told parliament on Tuesday' in a Tuesday article"
            if en
            else "'Sehari sebelumnya' in a Wednesday 19 Nov article, the charges being the anchor",
            ["Warsaw", "Warsawa", "POL"],
        ),
        ev(
            "kremlin_denies_involvement",
            False,
            DENY,
            [KREMLIN, POLAND],
            None,
            None,
            "denied",
            "The Kremlin rejected the accusations." if en else "Kremlin membantah terlibat.",
            "no date of its own",
        ),
        ev(
            "poland_to_seek_handover",
            False,
            ["02", "03", "10"],
            [POLAND, BELARUS],
            None,
            None,
            "planned",
            "Prosecutors will charge the two men" if en else "Warsawa juga akan meminta otoritas Belarus",
            "'would ask Minsk to hand them over'",
        ),
        ev(
            "poland_deploys_troops_rail",
            False,
            ["15"],
            [POLAND],
            None,
            None,
            "asserted",
            "The government also raised the alert level"
            if en
            else "Pemerintah Polandia menaikkan status siaga",
            "raised alert level and soldiers guarding infrastructure: CAMEO 15",
        ),
    ]


page(
    "en_01_reuters_poland_charges_two_ukrainians_over_rail_sabotage.txt",
    {
        "site": "reuters.com",
        "title": "Poland says two Ukrainians working for Russia blew up rail line, vows response",
        "subtitle": None,
        "authors": ["Anna Wlodarczak-Semczuk", "Pawel Florkiewicz"],
        "section": "Europe",
        "published_at": {"accept": ["2025-11-18T16:12:00+01:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-11-18"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Warsaw",
        "cited_sources": [],
        "captions_required": [
            "Police officers and soldiers inspect the damaged railway track near the village of Mika, Poland, November 17, 2025. REUTERS/Kacper Pempel"
        ],
        "related_titles": [],
    },
    first="WARSAW, Nov 18 (Reuters) -",
    last="Foreign Minister Radoslaw Sikorski said",
    strip_prefix="WARSAW, Nov 18 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "pulawy_line_damaged_2025_11_17",
            False,
            VIOLENCE,
            [SABOTEURS, POLAND],
            "2025-11-17",
            "2025-11-17",
            "asserted",
            "A train driver spotted the damage",
            "'on Monday': the second incident near Pulawy; perpetrator unnamed",
            ["Pulawy", "POL"],
        ),
        ev(
            "tusk_quote_perpetrators_2025_11_18",
            False,
            STMT,
            [TUSK, RUSSIA],
            *NOV18,
            "asserted",
            '"The perpetrators are two Ukrainian citizens',
            "the accusation of the lead, quoted",
        ),
        ev(
            "prosecutors_to_charge",
            False,
            CHARGE,
            [POLISH_PROSECUTORS, SABOTEURS],
            None,
            None,
            "planned",
            "Prosecutors will charge the two men",
            "'will charge': no date given, so optional",
        ),
        ev(
            "warsaw_mall_fire_2024_05",
            True,
            VIOLENCE,
            [RUSSIA, POLAND],
            "2024-05-01",
            "2024-05-31",
            "alleged",
            "Poland has blamed Russia for a string",
            "background: the Marywilska fire, May 2024, blamed on Russia",
            ["Warsaw", "POL"],
        ),
        ev(
            "sikorski_warns_response",
            False,
            THREAT,
            [SIKORSKI, RUSSIA],
            None,
            None,
            "asserted",
            "Foreign Minister Radoslaw Sikorski said",
        ),
    ],
)

page(
    "id_01_kompas_polandia_dakwa_dua_warga_ukraina_sabotase_rel.txt",
    {
        "site": "kompas.com",
        "title": "Polandia Dakwa Dua Warga Ukraina atas Sabotase Rel Kereta, Tuding Didalangi Rusia",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-19T21:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Warsawa",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Petugas memeriksa rel kereta yang rusak akibat ledakan di dekat Desa Mika, Polandia, Senin (17/11/2025). (AFP/WOJTEK RADWANSKI)"
        ],
        "related_titles": [
            "Rel Kereta Menuju Ukraina Meledak, Polandia Selidiki Dugaan Sabotase",
            "Profil Donald Tusk, Perdana Menteri Polandia yang Kembali Berkuasa",
        ],
    },
    first="WARSAWA, KOMPAS.com -",
    last="Sejak invasi Rusia ke Ukraina pada 2022",
    skip=("Baca juga:",),
    strip_prefix="WARSAWA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "prosecutors_charge_two_ukrainians_2025_11_19",
            True,
            CHARGE,
            [POLISH_PROSECUTORS, SABOTEURS],
            "2025-11-19",
            "2025-11-19",
            "asserted",
            "Kejaksaan Polandia mendakwa dua warga negara Ukraina",
            "'Rabu (19/11/2025)'; passive-free lead, charges in absentia",
            ["Warsawa", "POL"],
        ),
        ev(
            "tusk_quote_perpetrators_2025_11_18",
            False,
            STMT,
            [TUSK, RUSSIA],
            *NOV18,
            "asserted",
            '"Pelakunya adalah dua warga Ukraina',
            "'Selasa (18/11/2025)': the accusation quoted",
        ),
        ev(
            "poland_blames_russia_background",
            False,
            STMT,
            [POLAND, RUSSIA],
            "2022-02-24",
            "2025-11-19",
            "asserted",
            "Sejak invasi Rusia ke Ukraina pada 2022",
            "repeated accusations over years: optional",
        ),
    ],
)
