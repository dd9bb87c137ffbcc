"""Gold for Karol Nawrocki's win in Poland's presidential runoff, results announced 2 June 2025 (AP,
CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import NAWROCKI, NOEM, POL_ELECTORAL, POL_PARLIAMENT, POLAND, TRUMP, TRZASKOWSKI, TUSK, ZELENSKY
from common import MEET, STMT, ev, page

JUN2 = ("2025-06-02", "2025-06-02")
WHITE_HOUSE = ["White House", "Gedung Putih", "Washington", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "trzaskowski_concedes_2025_06_02",
            True,
            STMT,
            [TRZASKOWSKI, NAWROCKI],
            *JUN2,
            "asserted",
            "Trzaskowski conceded defeat on Monday morning"
            if en
            else "Trzaskowski, sekutu Perdana Menteri Donald Tusk",
            "'on Monday morning'" if en else "'pada Senin pagi' after 'Senin (2/6)'",
        ),
        ev(
            "trump_congratulates_nawrocki_2025_06_02",
            True,
            STMT,
            [TRUMP, NAWROCKI],
            *JUN2,
            "asserted",
            "U.S. President Donald Trump, whose administration"
            if en
            else "Presiden Amerika Serikat Donald Trump langsung",
            "'on Monday'" if en else "no date in the sentence: 'langsung' after the Monday result",
        ),
        ev(
            "zelensky_congratulates_nawrocki_2025_06_02",
            True,
            STMT,
            [ZELENSKY, NAWROCKI],
            *JUN2,
            "asserted",
            "Ukrainian President Volodymyr Zelenskyy also congratulated"
            if en
            else "Presiden Ukraina Volodymyr Zelensky juga",
            "no date in the sentence: 'also', after the Monday congratulations",
        ),
        ev(
            "trump_hosts_nawrocki_2025_05",
            True,
            MEET,
            [TRUMP, NAWROCKI],
            *(("2025-05-01", "2025-05-10") if en else ("2025-05-01", "2025-05-01")),
            "asserted",
            "Trump had hosted Nawrocki at the White House" if en else "Dukungan Washington terhadap Nawrocki",
            "'in early May'" if en else "'pada 1 Mei 2025'",
            WHITE_HOUSE,
        ),
        ev(
            "tusk_announces_confidence_vote_2025_06_02",
            True,
            STMT,
            [TUSK, POL_PARLIAMENT],
            *JUN2,
            "asserted",
            "In a televised address Monday evening"
            if en
            else "Dalam pidato yang disiarkan televisi pada Senin malam",
            "the announcement is dated; the vote itself has no date",
        ),
        ev(
            "tusk_confidence_vote_planned",
            False,
            ["03", "04", "05", "06"],
            [TUSK, POL_PARLIAMENT],
            None,
            None,
            "planned",
            "In a televised address Monday evening"
            if en
            else "Dalam pidato yang disiarkan televisi pada Senin malam",
            "'would seek' / 'akan meminta ... dalam waktu dekat'",
        ),
        ev(
            "commission_announces_result_2025_06_02",
            False,
            STMT,
            [POL_ELECTORAL, NAWROCKI],
            *JUN2,
            "asserted",
            "Conservative historian Karol Nawrocki narrowly won"
            if en
            else "Sejarawan konservatif Karol Nawrocki",
        ),
        ev(
            "tusk_will_not_give_up",
            False,
            STMT,
            [TUSK],
            *JUN2,
            "asserted",
            '"We have a clear answer' if en else '"Kami tidak akan menyerah,"',
        ),
    ]


page(
    "en_02_ap_nawrocki_wins_polish_presidential_runoff.txt",
    {
        "site": "apnews.com",
        "title": "Conservative historian Karol Nawrocki wins Poland's presidential runoff in a blow to Tusk's government",
        "subtitle": None,
        "authors": ["Vanessa Gera", "Monika Scislowska"],
        "section": "World News",
        "published_at": {"accept": ["2025-06-02T21:48:00+07:00"], "accept_null": True},
        "updated_at": {"accept": ["2025-06-02T21:48:00+07:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Warsaw",
        "cited_sources": [],
        "captions_required": [
            "Karol Nawrocki, the conservative candidate backed by the Law and Justice party, waves to supporters at his campaign headquarters in Warsaw, Poland, early Monday, June 2, 2025. (AP Photo/Czarek Sokolowski)"
        ],
        "related_titles": [],
    },
    first="WARSAW, Poland (AP) —",
    last="Opinion polls had shown a tight race",
    strip_prefix="WARSAW, Poland (AP) —",
    events=[
        *shared("en"),
        ev(
            "noem_urges_poles_last_week",
            True,
            STMT,
            [NOEM, POLAND],
            "2025-05-26",
            "2025-06-01",
            "asserted",
            "Trump had hosted Nawrocki at the White House",
            "'last week' in a Monday 2 June article; second clause of the sentence",
            ["Rzeszów", "Rzeszow", "POL"],
        ),
        ev(
            "nawrocki_victory_speech_2025_06_01",
            False,
            STMT,
            [NAWROCKI, POLAND],
            "2025-06-01",
            "2025-06-02",
            "asserted",
            '"We will save Poland," Nawrocki told',
            "election night, straddles midnight",
        ),
        ev(
            "nawrocki_sworn_in_2025_08_06",
            False,
            ["01", "02", "03"],
            [NAWROCKI],
            "2025-08-06",
            "2025-08-06",
            "planned",
            "Nawrocki, 42, the head of a state historical institute",
            "'will be sworn in on Aug. 6'; hardly a CAMEO act",
        ),
    ],
)

page(
    "id_02_cnnindonesia_nawrocki_menang_pilpres_polandia.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Karol Nawrocki Menang Tipis di Putaran Kedua Pilpres Polandia",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-06-03T08:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP", "Reuters"],
        "captions_required": [
            "Calon presiden Polandia Karol Nawrocki menyapa pendukungnya di Warsawa, Polandia, Senin (2/6/2025) dini hari. (REUTERS/Kacper Pempel)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Nawrocki dijadwalkan dilantik",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "nawrocki_sworn_in_2025_08_06",
            False,
            ["01", "02", "03"],
            [NAWROCKI],
            "2025-08-06",
            "2025-08-06",
            "planned",
            "Nawrocki dijadwalkan dilantik",
            "'dijadwalkan dilantik pada 6 Agustus mendatang'; hardly a CAMEO act",
        ),
    ],
)
