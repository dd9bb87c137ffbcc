"""Gold for the drone sightings over Copenhagen, Oslo and Aalborg airports, 22-25 Sept 2025, Denmark's reaction
and Russia's denial (The Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    DANISH_AIRPORTS,
    DENMARK,
    DRONES,
    ESTONIA,
    FREDERIKSEN,
    KREMLIN,
    NORWAY,
    POLAND,
    POULSEN,
    RUSSIA,
)
from common import DENY, STMT, ev, page

INCURSION = ["13", "15", "17", "18", "19"]
ACCUSE = ["01", "02", "10", "11", "12"]
SEP22 = ("2025-09-22", "2025-09-22")
NIGHT24 = ("2025-09-24", "2025-09-25")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "drones_shut_copenhagen_airport_2025_09_22",
            True,
            INCURSION,
            [DRONES, DANISH_AIRPORTS],
            *SEP22,
            "asserted",
            "On Monday evening, Copenhagen airport" if en else "Pada Senin (22/9/2025) malam, Bandara Kopenhagen",
            "'On Monday evening' in a Thursday 25 Sept article" if en else "'Senin (22/9/2025) malam'",
            ["Copenhagen", "Kopenhagen", "DNK"],
        ),
        ev(
            "frederiksen_points_at_russia_2025_09_23",
            True,
            ACCUSE,
            [FREDERIKSEN, RUSSIA],
            "2025-09-23",
            "2025-09-23",
            "asserted",
            "Speaking on Tuesday, the Danish prime minister" if en else "Perdana Menteri Denmark Mette Frederiksen pada Selasa",
            "'on Tuesday': 'most serious attack', Russia not ruled out" if en else "'Selasa (23/9/2025)'",
            ["Copenhagen", "Kopenhagen", "DNK"],
        ),
        ev(
            "kremlin_denies_involvement_2025_09_24",
            True,
            DENY,
            [KREMLIN, DENMARK],
            "2025-09-24",
            "2025-09-24",
            "denied",
            "The Kremlin rejected the suggestion on Wednesday." if en else "Moskow membantah tudingan tersebut.",
            "'on Wednesday': Peskov's 'unfounded accusations'" if en else "'Rabu (24/9/2025)': Peskov's 'tuduhan tak berdasar'",
        ),
        ev(
            "drones_close_aalborg_airport_2025_09_24",
            True,
            INCURSION,
            [DRONES, DANISH_AIRPORTS],
            *NIGHT24,
            "asserted",
            "Denmark's second-largest military and civilian airport in Aalborg" if en else "Bandara Aalborg di Denmark utara ditutup",
            "drones seen 9.44pm Wednesday, airport reopened after 3am Thursday" if en else "'Rabu (24/9/2025) malam hingga Kamis dini hari'",
            ["Aalborg", "DNK"],
        ),
        ev(
            "poulsen_calls_it_hybrid_attack_2025_09_25",
            True,
            STMT,
            [POULSEN, DRONES],
            "2025-09-25",
            "2025-09-25",
            "asserted",
            "On Thursday the defence minister, Troels Lund Poulsen" if en else "Menteri Pertahanan Denmark Troels Lund Poulsen pada Kamis",
            "'On Thursday' = publication day",
        ),
        ev(
            "drones_close_oslo_airspace_2025_09_22",
            False,
            INCURSION,
            [DRONES, NORWAY],
            "2025-09-22",
            "2025-09-23",
            "asserted",
            "Hours later, Oslo airport in Norway" if en else "Pada malam yang sama, Bandara Oslo",
            "no perpetrator named; the airport closed itself, so optional",
            ["Oslo", "NOR"],
        ),
        ev(
            "eu_summit_copenhagen_planned",
            False,
            ["04"],
            [DENMARK],
            "2025-09-29",
            "2025-10-05",
            "planned",
            "Denmark is due to host EU leaders" if en else "Denmark dijadwalkan menjadi tuan rumah",
            "'next week': host-only, optional",
            ["Copenhagen", "Kopenhagen", "DNK"],
        ),
    ]


page(
    "en_01_guardian_drone_sightings_shut_copenhagen_and_oslo_airports.txt",
    {
        "site": "theguardian.com",
        "title": "Danish PM says drone incursions were 'most serious attack' on critical infrastructure as Russia denies role",
        "subtitle": "Aalborg airport closed overnight after new sightings, days after drones shut Copenhagen and Oslo airports",
        "authors": ["Miranda Bryant"],
        "section": "Denmark",
        "published_at": {"accept": ["2025-09-25T12:47:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Passengers wait at Copenhagen airport after flights were suspended because of drone sightings on Monday evening. Photograph: Steven Knap/Ritzau Scanpix/AFP/Getty Images"
        ],
        "related_titles": ["'A capable actor': what we know about the drones over Denmark's airports"],
    },
    first="Denmark's second-largest military and civilian airport",
    last="Denmark is due to host EU leaders",
    skip=("Read more", "'A capable actor': what we know"),
    events=[
        *shared("en"),
        ev(
            "russian_jets_violate_estonia_airspace_2025_09_19",
            True,
            ["13", "15", "17", "19"],
            [RUSSIA, ESTONIA],
            "2025-09-19",
            "2025-09-19",
            "asserted",
            "The incidents come less than two weeks after Poland",
            "'last Friday' in a Thursday 25 Sept article",
            ["Estonia", "EST"],
        ),
        ev(
            "poland_shoots_down_russian_drones",
            False,
            ["18", "19", "15"],
            [POLAND, RUSSIA],
            "2025-09-11",
            "2025-09-25",
            "asserted",
            "The incidents come less than two weeks after Poland",
            "'less than two weeks' before: vague, optional",
            ["Poland", "POL"],
        ),
        ev(
            "frederiksen_quote_russia_threat_2025_09_23",
            False,
            STMT,
            [FREDERIKSEN, RUSSIA],
            "2025-09-23",
            "2025-09-23",
            "asserted",
            '"There is one country that primarily poses',
            "the Tuesday accusation, quoted",
        ),
    ],
)

page(
    "id_01_republika_drone_misterius_lumpuhkan_bandara_kopenhagen_dan_oslo.txt",
    {
        "site": "republika.co.id",
        "title": "Drone Misterius Lumpuhkan Bandara Kopenhagen dan Oslo, Denmark Sebut Serangan Hibrida",
        "subtitle": None,
        "authors": ["Dwina Agustin"],
        "editors": ["Setyanavidita livicansera"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-25T19:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kopenhagen",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Pesawat terparkir di Bandara Kopenhagen, Denmark, setelah penerbangan dihentikan akibat penampakan drone, Senin (22/9/2025). Foto: EPA-EFE/Steven Knap"
        ],
        "related_titles": [
            "Rusia Kerahkan Jet Tempur ke Wilayah Udara Estonia, NATO Gelar Konsultasi",
            "Polandia Tembak Jatuh Drone Rusia, Pertama Sejak Perang Ukraina",
        ],
    },
    first="REPUBLIKA.CO.ID, KOPENHAGEN --",
    last="Denmark dijadwalkan menjadi tuan rumah",
    skip=("Baca Juga:", "Rusia Kerahkan Jet Tempur", "Polandia Tembak Jatuh Drone"),
    strip_prefix="REPUBLIKA.CO.ID, KOPENHAGEN --",
    events=[
        *shared("id"),
        ev(
            "russian_embassy_calls_it_provocation",
            False,
            DENY,
            [KREMLIN, DENMARK],
            None,
            None,
            "denied",
            "Kedutaan Besar Rusia di Kopenhagen",
            "no date of its own",
        ),
    ],
)
