"""Gold for a positive pair: the conclave electing Robert Prevost as Pope Leo XIV on 8 May 2025 (AP, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BOLUARTE, CARDINALS, FRANCIS, INDONESIA, PRABOWO, PREVOST, TRUMP
from common import STMT, ev, page

ELECT = ["01", "02", "03", "04", "05", "06", "08"]
PRAISE = ["01", "02", "05"]
MAY8 = ("2025-05-08", "2025-05-08")
VATICAN = ["Vatican City", "Vatican", "Vatikan", "Sistine Chapel", "Kapel Sistina", "VAT"]


def shared(lang: str) -> list[dict]:
    """The election and Trump's congratulations, reported by both pages."""
    en = lang == "en"
    return [
        ev(
            "cardinals_elect_prevost_2025_05_08",
            True,
            ELECT,
            [CARDINALS, PREVOST],
            *MAY8,
            "asserted",
            "Robert Prevost, a missionary from Chicago"
            if en
            else "Kardinal asal Amerika Serikat (AS) Robert Francis Prevost terpilih",
            "'on Thursday' in a Thursday article" if en else "'Kamis (8/5/2025) malam'; passive 'terpilih'",
            VATICAN,
        ),
        ev(
            "trump_congratulates_leo_2025_05_08",
            True,
            PRAISE,
            [TRUMP, PREVOST],
            *MAY8,
            "asserted",
            "U.S. President Donald Trump congratulated him"
            if en
            else "Presiden AS Donald Trump langsung memberikan ucapan selamat",
            "no date; the evening of the election",
        ),
    ]


page(
    "en_01_ap_cardinals_elect_prevost_as_pope_leo_xiv.txt",
    {
        "site": "apnews.com",
        "title": "Cardinals elect American Robert Prevost as Pope Leo XIV, the first pope from the United States",
        "subtitle": None,
        "authors": ["Nicole Winfield", "Colleen Barry", "Frances D'Emilio"],
        "section": "Religion",
        "published_at": {"accept_dates": ["2025-05-08"], "accept_null": True},
        "updated_at": {"accept": ["2025-05-08T20:41:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Vatican City",
        "cited_sources": [],
        "captions_required": [
            "Newly elected Pope Leo XIV appears on the central balcony of St. Peter's Basilica at the Vatican, Thursday, May 8, 2025. (AP Photo/Andrew Medichini)"
        ],
        "related_titles": [],
    },
    first="VATICAN CITY (AP) — Robert Prevost",
    last="The new pope will celebrate a Mass",
    strip_prefix="VATICAN CITY (AP) —",
    events=[
        *shared("en"),
        ev(
            "mamberti_proclaims_2025_05_08",
            False,
            STMT,
            [CARDINALS, PREVOST],
            *MAY8,
            "asserted",
            "About an hour later, French Cardinal Dominique Mamberti",
        ),
        ev(
            "leo_first_words_2025_05_08",
            False,
            STMT,
            [PREVOST],
            *MAY8,
            "asserted",
            '"Peace be with all of you," Leo said',
        ),
        ev(
            "boluarte_welcomes_2025_05_08",
            False,
            STMT,
            [BOLUARTE, PREVOST],
            *MAY8,
            "asserted",
            "Peruvian President Dina Boluarte said",
        ),
        ev(
            "conclave_opens_2025_05_07",
            False,
            ["03", "04", "01", "02"],
            [CARDINALS],
            "2025-05-07",
            "2025-05-07",
            "asserted",
            "The conclave opened on Wednesday afternoon",
            "'on Wednesday' from a Thursday article",
        ),
        ev(
            "leo_inauguration_mass_2025_05_18",
            True,
            ["03", "04", "01", "02"],
            [PREVOST, CARDINALS],
            "2025-05-18",
            "2025-05-18",
            "planned",
            "The new pope will celebrate a Mass",
            "'is scheduled for May 18'",
            VATICAN,
        ),
        ev(
            "white_smoke_two_thirds_2025_05_08",
            False,
            ELECT,
            [CARDINALS, PREVOST],
            *MAY8,
            "asserted",
            "White smoke poured from the chimney",
            "the same election told through the smoke signal",
        ),
        ev(
            "leo_mass_cardinals_2025_05_09",
            False,
            ["03", "04", "01", "02"],
            [PREVOST, CARDINALS],
            "2025-05-09",
            "2025-05-09",
            "planned",
            "The new pope will celebrate a Mass",
            "'will', 'on Friday'",
        ),
        ev(
            "leo_appears_balcony_caption",
            False,
            ELECT,
            [PREVOST, CARDINALS],
            *MAY8,
            "asserted",
            "Newly elected Pope Leo XIV appears on the central balcony",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_prevost_terpilih_jadi_paus_leo_xiv.txt",
    {
        "site": "kompas.com",
        "title": "Kardinal Robert Prevost Terpilih Jadi Paus Leo XIV, Paus Pertama dari Amerika Serikat",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Irawan Sapto Adhi"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-09T06:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Vatikan",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Paus Leo XIV menyapa umat dari balkon Basilika Santo Petrus, Vatikan, Kamis (8/5/2025). AFP/ALBERTO PIZZOLI"
        ],
        "related_titles": ["Daftar Paus yang Pernah Berasal dari Luar Eropa"],
    },
    first="VATIKAN, KOMPAS.com - Kardinal asal",
    last="Menurut Vatikan, misa pelantikan",
    skip=("Baca juga:",),
    strip_prefix="VATIKAN, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "prabowo_congratulates_leo_2025_05_08",
            True,
            PRAISE,
            [PRABOWO, PREVOST],
            "2025-05-08",
            "2025-05-09",
            "asserted",
            "Dari Jakarta, Presiden Prabowo Subianto turut menyampaikan ucapan selamat",
            "no date; between the election and the Friday-morning article",
        ),
        ev(
            "francis_visits_jakarta_2024_09",
            True,
            ["04", "03"],
            [FRANCIS, INDONESIA],
            "2024-09-01",
            "2024-09-30",
            "asserted",
            "Paus Leo XIV menggantikan Paus Fransiskus",
            "background: 'pada September 2024'",
            ["Jakarta", "IDN"],
        ),
        ev(
            "leo_first_words_2025_05_08",
            False,
            STMT,
            [PREVOST],
            *MAY8,
            "asserted",
            '"Damai sejahtera bagi kalian semua," ucap Paus Leo XIV',
        ),
        ev(
            "mamberti_proclaims_2025_05_08",
            False,
            STMT,
            [CARDINALS, PREVOST],
            *MAY8,
            "asserted",
            "Sekitar satu jam kemudian, Kardinal Protodiakon",
        ),
        ev(
            "conclave_opens_2025_05_07",
            False,
            ["03", "04", "01", "02"],
            [CARDINALS],
            "2025-05-07",
            "2025-05-07",
            "asserted",
            "Konklaf dimulai pada Rabu (7/5/2025) sore",
        ),
        ev(
            "leo_inauguration_mass_2025_05_18",
            True,
            ["03", "04", "01", "02"],
            [PREVOST, CARDINALS],
            "2025-05-18",
            "2025-05-18",
            "planned",
            "Menurut Vatikan, misa pelantikan Paus Leo XIV dijadwalkan",
            "'dijadwalkan', 'Minggu, 18 Mei 2025'",
            VATICAN,
        ),
        ev(
            "prevost_chosen_fourth_ballot_2025_05_08",
            False,
            ELECT,
            [CARDINALS, PREVOST],
            *MAY8,
            "asserted",
            "Prevost dipilih oleh 133 kardinal elektor",
            "the same election, passive 'dipilih oleh', told a second time",
        ),
        ev(
            "leo_greets_caption",
            False,
            STMT,
            [PREVOST],
            *MAY8,
            "asserted",
            "Paus Leo XIV menyapa umat dari balkon",
            "from a photo caption",
        ),
    ],
)
