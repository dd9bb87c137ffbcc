"""Gold for Indonesia's contract for 48 KAAN fighter jets, signed at IDEF in Istanbul on Saturday 26 Jul 2025,
and the Sjafrie-Guler talks (Jakarta Globe, Bisnis)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import FRANCE, GULER, INDONESIA_DEF, PRABOWO, SJAFRIE, TURKEY, TUSAS
from common import MEET, SIGN, STMT, ev, page

JUL26 = ("2025-07-26", "2025-07-26")
ISTANBUL = ["Istanbul", "IDEF", "Turkey", "Turki", "TUR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "kaan_contract_signed_2025_07_26",
            True,
            SIGN,
            [INDONESIA_DEF, TUSAS],
            *JUL26,
            "asserted",
            "Indonesia's Defense Ministry on Saturday signed" if en else "Kementerian Pertahanan (Kemhan) resmi meneken",
            "'on Saturday' in a Sunday 27 Jul article" if en else "'pada Sabtu (26/7/2025)'",
            ISTANBUL,
        ),
        ev(
            "sjafrie_guler_talks_2025_07_26",
            True,
            MEET,
            [SJAFRIE, GULER],
            *JUL26,
            "asserted",
            "Sjafrie and Guler held bilateral talks" if en else "Usai penandatanganan, Sjafrie dan Guler",
            "'after the ceremony' of the Saturday signing" if en else "'Usai penandatanganan' on Saturday",
            ISTANBUL,
        ),
        ev(
            "joint_statement_defense_industry_2025_07_26",
            True,
            SIGN,
            [SJAFRIE, GULER],
            *JUL26,
            "asserted",
            "The two ministers also signed a joint statement" if en else "Usai penandatanganan, Sjafrie dan Guler",
            "signed at the Saturday meeting" if en else "'serta meneken pernyataan bersama' at the Saturday meeting",
            ISTANBUL,
        ),
        ev(
            "indo_defence_framework_2025_06_11",
            True,
            SIGN,
            [INDONESIA_DEF, TUSAS],
            "2025-06-11",
            "2025-06-11",
            "asserted",
            "The deal builds on a framework agreement" if en else "Kontrak tersebut merupakan tindak lanjut",
            "background: 'on June 11' / 'pada 11 Juni 2025'",
            ["Jakarta", "Indo Defence", "IDN"],
        ),
        ev(
            "sjafrie_quote_partnership",
            False,
            STMT,
            [SJAFRIE, TURKEY],
            "2025-07-26",
            "2025-07-27",
            "asserted",
            '"This is not only a purchase.' if en else '"Ini bukan sekadar pembelian.',
            "a quote from the ministry's Sunday statement",
        ),
        ev(
            "kaan_deliveries_planned",
            False,
            ["06"],
            [TUSAS, INDONESIA_DEF],
            None,
            None,
            "planned",
            "Deliveries of the jets will take place" if en else "Kemhan tidak mengungkapkan nilai kontrak.",
            "over the next ten years: undated",
        ),
    ]


page(
    "en_02_jakartaglobe_indonesia_signs_contract_for_48_kaan_jets_in_istanbul.txt",
    {
        "site": "jakartaglobe.id",
        "title": "Indonesia Signs Contract for 48 Turkish KAAN Fighter Jets in Istanbul",
        "subtitle": None,
        "authors": ["Jayanty Nada Shofa"],
        "section": "News",
        "published_at": {"accept": ["2025-07-27T10:48:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Defense Minister Sjafrie Sjamsoeddin, right, shakes hands with his Turkish counterpart Yasar Guler at the IDEF defense fair in Istanbul on July 26, 2025. (Photo Courtesy of the Defense Ministry)"
        ],
        "related_titles": [
            "Indonesia, Turkey Deepen Defense Industry Ties After Erdogan Visit",
            "Prabowo Eyes More Warships as Navy Modernization Speeds Up",
        ],
    },
    first="Jakarta. Indonesia's Defense Ministry on Saturday signed",
    last="Indonesia has been diversifying its arms suppliers",
    skip=(
        "Read also:",
        "Indonesia, Turkey Deepen Defense Industry Ties",
        "Prabowo Eyes More Warships",
    ),
    strip_prefix="Jakarta.",
    events=[
        *shared("en"),
        ev(
            "prabowo_erdogan_agree_bogor_2025_02",
            True,
            ["03", "04", "05", "06"],
            [PRABOWO, TURKEY],
            "2025-02-01",
            "2025-02-28",
            "asserted",
            "Indonesia has been diversifying its arms suppliers",
            "background: 'when Erdogan visited Bogor in February' (2025, the page's year)",
            ["Bogor", "IDN"],
        ),
        ev(
            "indonesia_orders_rafale_2022",
            False,
            ["06"],
            [PRABOWO, FRANCE],
            "2022-01-01",
            "2022-12-31",
            "asserted",
            "Indonesia has been diversifying its arms suppliers",
            "an order placed in 2022: a purchase, weakly an event",
        ),
    ],
)

page(
    "id_02_bisnis_kemhan_teken_kontrak_48_jet_kaan_di_istanbul.txt",
    {
        "site": "bisnis.com",
        "title": "Kemhan Teken Kontrak Pembelian 48 Jet Tempur KAAN di Istanbul",
        "subtitle": "Sjafrie Sjamsoeddin menyaksikan penandatanganan kontrak 48 unit jet tempur generasi kelima KAAN di sela pameran IDEF 2025 di Istanbul, Turki.",
        "authors": ["Akbar Evandio"],
        "editors": ["Edi Suwiknyo"],
        "section": "Nasional",
        "published_at": {"accept": ["2025-07-27T13:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Menteri Pertahanan Sjafrie Sjamsoeddin (kiri) bersama Menteri Pertahanan Turki Yasar Guler di Istanbul, Turki, Sabtu (26/7/2025). - Dok. Kemhan"
        ],
        "related_titles": [
            "Prabowo dan Erdogan Sepakat Perluas Kerja Sama Industri Pertahanan",
            "Daftar Alutsista yang Dibeli RI dalam Setahun Terakhir",
        ],
    },
    first="Bisnis.com, JAKARTA - Kementerian Pertahanan",
    last="Kepala Biro Informasi Pertahanan Kemhan",
    skip=("Baca Juga :",),
    strip_prefix="Bisnis.com, JAKARTA -",
    events=[
        *shared("id"),
        ev(
            "kemhan_to_discuss_financing",
            False,
            ["03", "04"],
            [INDONESIA_DEF, ["Kementerian Keuangan", "DPR", "IDN"]],
            None,
            None,
            "planned",
            "Kepala Biro Informasi Pertahanan Kemhan",
            "'akan dibahas': planned, undated",
        ),
    ],
)
