"""Gold for Hurricane Melissa in eastern Cuba, 27-30 Oct 2025, and the offers of aid (Guardian, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CUBA,
    CUBA_FM,
    CUBAN_FORCES,
    CUBAN_GOVT,
    CUBAN_RESIDENTS,
    DIAZ_CANEL,
    MEXICO,
    SANTIAGO_OFFICIALS,
    UN,
    USA,
    VENEZUELA,
)
from common import MEET, STMT, ev, page

SANTIAGO = ["Santiago de Cuba", "Chicharrones", "CUB"]
HOLGUIN = ["Holguín", "Holguin", "Río Cauto", "Rio Cauto", "CUB"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "diaz_canel_address_2025_10_29",
            True,
            STMT,
            [DIAZ_CANEL, CUBAN_FORCES],
            "2025-10-29",
            "2025-10-29",
            "asserted",
            "In a televised address on Wednesday night" if en else "Dalam pidato yang disiarkan televisi pada Rabu malam",
            "'on Wednesday night' in a Thursday article; he orders the army and interior ministry to help"
            if en
            else "'Rabu malam' in a Friday 31 Oct (WIB) article that dates landfall Rabu (29/10/2025)",
            ["Havana", "CUB"],
        ),
        ev(
            "diaz_canel_visits_santiago_2025_10_30",
            True,
            MEET,
            [DIAZ_CANEL, SANTIAGO_OFFICIALS],
            "2025-10-30",
            "2025-10-30",
            "asserted",
            "On Thursday Díaz-Canel flew to Santiago de Cuba" if en else "Presiden Kuba Miguel Diaz-Canel meninjau",
            "'On Thursday' in a Thursday 30 Oct article" if en else "'Kamis (30/10/2025) waktu setempat'",
            SANTIAGO,
        ),
        ev(
            "us_offers_aid_2025_10_29",
            True,
            ["01", "02", "03", "07"],
            [USA, CUBA],
            "2025-10-29",
            "2025-10-29",
            "asserted",
            "The US state department said on Wednesday" if en else "Amerika Serikat menawarkan bantuan kemanusiaan.",
            "'said on Wednesday': an offer of aid (CAMEO 033) or a statement"
            if en
            else "'menulis di platform X pada Rabu'",
        ),
        ev(
            "rodriguez_replies_to_us_2025_10_30",
            True,
            STMT,
            [CUBA_FM, USA],
            "2025-10-30" if en else "2025-10-29",
            "2025-10-30",
            "asserted",
            "Cuba’s foreign minister, Bruno Rodríguez, replied on Thursday" if en else "Menlu Kuba Bruno Rodriguez menanggapi",
            "'replied on Thursday'; he accepts aid without conditions and accuses the embargo"
            if en
            else "undated reply to Wednesday's offer in a Friday-morning (WIB) article: Wednesday or Thursday",
        ),
        ev(
            "mexico_pledges_aid_ship_2025_10_30",
            True,
            ["03", "07"],
            [MEXICO, CUBA],
            "2025-10-30",
            "2025-11-06",
            "planned",
            "Mexico’s president, Claudia Sheinbaum, said at her morning press conference"
            if en
            else "Presiden Meksiko Claudia Sheinbaum pada Kamis",
            "announced on Thursday; the ship will sail 'in the coming days'",
            SANTIAGO,
        ),
        ev(
            "cuba_evacuates_eastern_provinces",
            False,
            ["01", "07", "08"],
            [CUBAN_GOVT, CUBAN_RESIDENTS],
            "2025-10-27" if en else None,
            "2025-10-28" if en else None,
            "asserted",
            "More than 735,000 people had been moved" if en else "Otoritas pertahanan sipil Kuba menyebut",
            "domestic evacuation; ordered 'on Monday' in the English page, undated in the Indonesian one",
        ),
        ev(
            "soldiers_rescue_rio_cauto",
            False,
            ["07"],
            [CUBAN_FORCES, CUBAN_RESIDENTS],
            None,
            None,
            "asserted",
            "In Holguín province the Cauto river burst its banks" if en else "Di Provinsi Holguin, Sungai Cauto meluap",
            "no date of its own; a domestic rescue",
            HOLGUIN,
        ),
    ]


page(
    "en_01_guardian_cuba_counts_cost_of_hurricane_melissa_as_diaz_canel_tours_santiago.txt",
    {
        "site": "theguardian.com",
        "title": "Cuba counts cost of Hurricane Melissa as Díaz-Canel tours devastated east",
        "subtitle": "More than 735,000 people were evacuated before the storm came ashore near Santiago de Cuba; US and Mexico offer help",
        "authors": ["Ed Augustin"],
        "editors": [],
        "section": "Americas",
        "published_at": {"accept": ["2025-10-30T19:42:00+00:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["Granma"],
        "captions_required": [
            "A man walks past a collapsed house in Santiago de Cuba after Hurricane Melissa passed over the city on Wednesday. Photograph: Ramón Espinosa/AP"
        ],
        "related_titles": ["Jamaica’s death toll from Hurricane Melissa rises as aid arrives"],
    },
    first="Cuban authorities were struggling on Thursday",
    last="Cuba was already struggling with daily blackouts",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "venezuela_aid_flight_2025_10_30",
            True,
            ["07"],
            [VENEZUELA, CUBA],
            "2025-10-30",
            "2025-10-30",
            "asserted",
            "Mexico’s president, Claudia Sheinbaum, said at her morning press conference",
            "'had landed in Holguín on Thursday afternoon' (second sentence of the Mexico line)",
            HOLGUIN,
        ),
        ev(
            "un_joint_appeal_next_week",
            False,
            ["02", "03", "07"],
            [UN, CUBA],
            "2025-11-03",
            "2025-11-09",
            "planned",
            "The UN resident coordinator’s office said",
            "'would launch a joint appeal next week' (week after 30 Oct)",
        ),
    ],
)

page(
    "id_01_republika_badai_melissa_terjang_kuba_diaz_canel_tinjau_santiago.txt",
    {
        "site": "republika.co.id",
        "title": "Badai Melissa Terjang Kuba, Diaz-Canel Tinjau Santiago de Cuba",
        "subtitle": None,
        "authors": [],
        "editors": ["Teguh Firmansyah"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-31T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Havana",
        "cited_sources": ["Reuters", "AP", "Granma"],
        "captions_required": [
            "Warga melintas di dekat rumah yang roboh di Santiago de Cuba setelah Badai Melissa melanda, Rabu (29/10/2025). Foto: AP Photo/Ramon Espinosa"
        ],
        "related_titles": [
            "Korban Tewas Badai Melissa di Jamaika Terus Bertambah",
            "Trump Perketat Sanksi, Kuba Hadapi Krisis Listrik Terburuk",
        ],
    },
    first="REPUBLIKA.CO.ID, HAVANA --",
    last="Kuba sudah dilanda pemadaman listrik",
    strip_prefix="REPUBLIKA.CO.ID, HAVANA --",
    skip=("Baca Juga:",),
    events=shared("id"),
)
