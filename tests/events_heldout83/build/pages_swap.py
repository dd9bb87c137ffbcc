"""Gold for the exchange of 18 Jul 2025: Venezuela frees ten Americans and El Salvador returns 252 Venezuelans
held in the CECOT prison, with political prisoners freed as part of the deal (AP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    AMERICANS,
    BUKELE,
    CABELLO,
    CARACAS,
    GRENELL,
    MADURO,
    POLITICAL_PRISONERS,
    RUBIO,
    US,
    VEN_MIGRANTS,
    VENEZUELA,
)
from common import DENY, EASE, MEET, STMT, THREAT, ev, page

JUL18 = ("2025-07-18", "2025-07-18")
JUL18_19 = ("2025-07-18", "2025-07-19")
DEPORT = ["17"]
SAN_SALVADOR = ["San Salvador", "El Salvador", "SLV"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "venezuela_frees_ten_americans_2025_07_18",
            True,
            EASE,
            [VENEZUELA, AMERICANS],
            *JUL18,
            "asserted",
            "Venezuela released 10 jailed Americans"
            if en
            else "Venezuela membebaskan 10 warga Amerika Serikat",
            "'on Friday' (18 Jul)" if en else "'pada Jumat (18/7)'",
            CARACAS,
        ),
        ev(
            "el_salvador_returns_venezuelans_2025_07_18",
            True,
            EASE,
            [BUKELE, VEN_MIGRANTS],
            *JUL18,
            "asserted",
            "Hours later, two planes carrying 252" if en else "Sebagai gantinya, El Salvador memulangkan 252",
            "the other half of the swap, the same Friday",
            CARACAS,
        ),
        ev(
            "rubio_announces_release_2025_07_18",
            True,
            STMT,
            [RUBIO, AMERICANS],
            *JUL18,
            "asserted",
            "The Americans were flown out of Caracas"
            if en
            else "Menteri Luar Negeri AS Marco Rubio mengumumkan",
            "Rubio's statement on the day of the release; he thanks Bukele",
        ),
        ev(
            "venezuela_frees_political_prisoners_2025_07_18",
            True,
            EASE,
            [VENEZUELA, POLITICAL_PRISONERS],
            *JUL18_19,
            "asserted",
            "The U.S. Embassy for Venezuela, which operates"
            if en
            else "Kedutaan Besar AS untuk Venezuela yang berkantor",
            "80 prisoners 'being freed' under the deal: Friday or the day after",
        ),
        ev(
            "cabello_accuses_el_salvador_of_torture_2025_07_18",
            True,
            DENY,
            [CABELLO, BUKELE],
            *(JUL18_19 if en else JUL18),
            "asserted",
            "Venezuela's Interior Minister Diosdado Cabello, who received"
            if en
            else "Menteri Dalam Negeri Venezuela Diosdado Cabello menuding",
            "the accusation is Cabello's act (asserted); the torture itself is alleged. EN: when he received the migrants or on state TV after"
            if en
            else "'saat menyambut kedatangan para migran' on Friday",
            CARACAS,
        ),
        ev(
            "venezuela_vows_legal_action_against_bukele_2025_07_18",
            True,
            THREAT,
            [CABELLO, BUKELE],
            *(JUL18_19 if en else JUL18),
            "planned",
            "Venezuela's Interior Minister Diosdado Cabello, who received"
            if en
            else '"Mereka diculik, mereka disiksa,"',
            "'would pursue legal action ... before every international court'"
            if en
            else "'akan menempuh langkah hukum terhadap Bukele'",
        ),
    ]


BACKGROUND = [
    ev(
        "us_deports_venezuelans_to_el_salvador_2025_03",
        False,
        DEPORT,
        [US, VEN_MIGRANTS],
        "2025-03-01",
        "2025-03-31",
        "asserted",
        "The Trump administration sent the men to El Salvador in March",
        "background: 'in March'",
        SAN_SALVADOR,
    ),
]

page(
    "en_02_ap_venezuela_frees_10_americans_in_swap_for_migrants_held_in_el_salvador.txt",
    {
        "site": "apnews.com",
        "title": "Venezuela frees 10 Americans in swap for Venezuelan migrants held in El Salvador",
        "subtitle": None,
        "authors": ["Regina Garcia Cano", "Matthew Lee"],
        "section": "Latin America",
        "published_at": {"accept": ["2025-07-18T21:42:00-04:00"], "accept_null": True},
        "updated_at": {"accept": ["2025-07-18T21:42:00-04:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Caracas",
        "cited_sources": [],
        "captions_required": [
            "Venezuelan migrants deported by the U.S. to El Salvador arrive at Simon Bolivar International Airport in Maiquetia, Venezuela, Friday, July 18, 2025. (AP Photo/Ariana Cubillos)"
        ],
        "related_titles": ["Trump envoy Grenell meets Maduro in Caracas, brings home six Americans"],
    },
    first="CARACAS, Venezuela (AP) —",
    last="Human rights group Foro Penal said",
    skip=("READ MORE:",),
    strip_prefix="CARACAS, Venezuela (AP) —",
    events=[
        *shared("en"),
        *BACKGROUND,
        ev(
            "bukele_hands_over_venezuelans_statement_2025_07_18",
            False,
            STMT,
            [BUKELE, VEN_MIGRANTS],
            *JUL18,
            "asserted",
            "Bukele said on social media that El Salvador had",
            "Bukele's statement on the handover, restating the swap",
        ),
        ev(
            "bukele_rejects_abuse_reports",
            False,
            DENY,
            [BUKELE, CABELLO],
            None,
            None,
            "asserted",
            "Salvadoran officials did not immediately respond",
            "earlier, undated denials of abuse",
        ),
        ev(
            "grenell_meets_maduro_2025_01",
            False,
            MEET,
            [GRENELL, MADURO],
            "2025-01-01",
            "2025-01-31",
            "asserted",
            "The exchange followed months of back-channel talks.",
            "background: 'in January', six Americans freed",
            CARACAS,
        ),
    ],
)

page(
    "id_02_cnnindonesia_venezuela_bebaskan_10_warga_as_ditukar_252_migran.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Venezuela Bebaskan 10 Warga AS, Ditukar 252 Migran dari Penjara El Salvador",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-07-19T09:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Warga Venezuela yang dideportasi AS ke El Salvador tiba di Bandara Internasional Simon Bolivar, Maiquetia, Venezuela, Jumat (18/7). (REUTERS/Leonardo Fernandez Viloria)"
        ],
        "related_titles": [
            "AS Deportasi Ratusan Warga Venezuela ke Penjara El Salvador",
            "Utusan Trump Temui Maduro di Caracas, Bawa Pulang Enam Warga AS",
        ],
    },
    first="Venezuela membebaskan 10 warga Amerika Serikat",
    last="Pada Januari lalu, utusan khusus Trump",
    skip=("Baca juga:",),
    events=[
        *shared("id"),
        ev(
            "us_deports_venezuelans_to_el_salvador_2025_03",
            False,
            DEPORT,
            [US, VEN_MIGRANTS],
            "2025-03-01",
            "2025-03-31",
            "asserted",
            "Pemerintahan Trump mengirim para migran itu",
            "background: 'pada Maret lalu'",
            SAN_SALVADOR,
        ),
        ev(
            "bukele_hands_over_venezuelans_statement_2025_07_18",
            False,
            STMT,
            [BUKELE, VEN_MIGRANTS],
            *JUL18,
            "asserted",
            "Bukele melalui media sosial menyebut",
            "Bukele's statement on the handover, restating the swap",
        ),
        ev(
            "bukele_rejects_abuse_reports",
            False,
            DENY,
            [BUKELE, CABELLO],
            None,
            None,
            "asserted",
            "Pemerintah El Salvador belum menanggapi",
            "earlier, undated denials of abuse",
        ),
        ev(
            "grenell_meets_maduro_2025_01",
            False,
            MEET,
            [GRENELL, MADURO],
            "2025-01-01",
            "2025-01-31",
            "asserted",
            "Pada Januari lalu, utusan khusus Trump",
            "background: 'Pada Januari lalu', six Americans freed",
            CARACAS,
        ),
    ],
)
