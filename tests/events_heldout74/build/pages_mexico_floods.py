"""Gold for the floods in central and eastern Mexico, 9-12 Oct 2025, and the response (Guardian, SindoNews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CRITICS, FLOOD_VICTIMS, MEX_ARMY, MEX_GOV, MEXICO, SHEINBAUM, US_EMBASSY
from common import DENY, VISIT, ev, page

OCT11 = ("2025-10-11", "2025-10-11")
AIRLIFT = ("2025-10-10", "2025-10-12")
POZA_RICA = ["Poza Rica", "Veracruz", "MEX"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "sheinbaum_visits_poza_rica_2025_10_11",
            True,
            VISIT,
            [SHEINBAUM, FLOOD_VICTIMS],
            *OCT11,
            "asserted",
            "President Claudia Sheinbaum visited Poza Rica" if en else "Presiden Claudia Sheinbaum mengunjungi Poza Rica",
            "'on Saturday' in a Sunday 12 Oct article" if en else "'Sabtu (11/10/2025)'",
            POZA_RICA,
        ),
        ev(
            "army_airlifts_aid_2025_10_10",
            True,
            ["07"],
            [MEX_ARMY, FLOOD_VICTIMS],
            *AIRLIFT,
            "asserted",
            "The defence ministry said more than 10,000" if en else "Kementerian Pertahanan Meksiko menyebut",
            "'since Friday' (10 Oct) up to the Sunday article: a range" if en else "'Sejak Jumat' up to the weekend reports: a range",
        ),
        ev(
            "sheinbaum_rejects_criticism_2025_10_11",
            True,
            DENY,
            [SHEINBAUM, CRITICS],
            *OCT11,
            "denied",
            "Sheinbaum rejected criticism" if en else "Di hadapan warga, Sheinbaum membantah",
            "'saying on Saturday'" if en else "said before residents during the Saturday visit",
            POZA_RICA,
        ),
        ev(
            "us_offers_help_2025_10_11",
            True,
            ["03", "07"],
            [US_EMBASSY, MEXICO],
            *OCT11,
            "asserted",
            "The US ambassador, Ronald Johnson, said on Saturday" if en else "Duta Besar Amerika Serikat (AS) untuk Meksiko",
            "'on Saturday': an offer of assistance (CAMEO 03)" if en else "'pada hari yang sama' as the Saturday visit",
        ),
        ev(
            "census_of_damaged_homes_planned",
            False,
            ["07"],
            [MEX_GOV, FLOOD_VICTIMS],
            "2025-10-13",
            "2025-10-13",
            "planned",
            "The government said a census of damaged homes" if en else "Pemerintah Meksiko juga akan memulai sensus",
            "'on Monday' / 'Senin (13/10/2025)': planned, an administrative step, optional",
        ),
    ]


page(
    "en_01_guardian_mexico_floods_death_toll_rises_as_sheinbaum_visits_poza_rica.txt",
    {
        "site": "theguardian.com",
        "title": "Mexico floods death toll rises to 64 as Sheinbaum visits devastated Poza Rica",
        "subtitle": "President faces angry residents in Veracruz as army airlifts food and water to towns cut off by landslides",
        "authors": ["Thelma Gómez"],
        "section": "Mexico",
        "published_at": {"accept": ["2025-10-12T19:02:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Mexico City",
        "cited_sources": [],
        "captions_required": [
            "Soldiers and residents clear mud from a street in Poza Rica, Veracruz state, on Saturday. Photograph: Félix Márquez/AP"
        ],
        "related_titles": [
            "Hurricane Erick makes landfall in Mexico's Oaxaca state as category 3 storm",
            "Hurricane Priscilla brings heavy rain to Mexico's Pacific coast",
        ],
    },
    first="The death toll from floods and landslides",
    last="The government said a census of damaged homes",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "residents_confront_sheinbaum_2025_10_11",
            True,
            ["14", "11", "12"],
            [FLOOD_VICTIMS, SHEINBAUM],
            *OCT11,
            "asserted",
            "Some residents shouted at her",
            "during the Saturday visit: a complaint that no warning came",
            POZA_RICA,
        ),
        ev(
            "hidalgo_villages_cut_off",
            False,
            ["02"],
            [["Julio Menchaca", "Menchaca", "Hidalgo", "MEX"], ["communities", "Sierra Otomí-Tepehua", "MEX"]],
            None,
            None,
            "asserted",
            "In Hidalgo, where 21 people died",
            "a situation report, no act between actors",
        ),
    ],
)

page(
    "id_01_sindonews_korban_tewas_banjir_meksiko_jadi_64_orang_sheinbaum_tinjau_poza_rica.txt",
    {
        "site": "sindonews.com",
        "title": "Korban Tewas Banjir Meksiko Jadi 64 Orang, Sheinbaum Tinjau Poza Rica",
        "subtitle": None,
        "authors": ["Andika Hendra Mustaqim"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-13T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Mexico City",
        "cited_sources": [],
        "captions_required": [
            "Tentara membantu warga membersihkan lumpur di Poza Rica, Negara Bagian Veracruz, Meksiko. Foto/AP"
        ],
        "related_titles": [
            "Badai Priscilla Bawa Hujan Lebat ke Pesisir Pasifik Meksiko",
            "Trump Ancam Kerahkan Militer Lawan Kartel di Meksiko",
        ],
    },
    first="MEXICO CITY - Jumlah korban tewas",
    last="Pemerintah Meksiko juga akan memulai sensus",
    skip=("Baca Juga:",),
    strip_prefix="MEXICO CITY -",
    events=shared("id"),
)
