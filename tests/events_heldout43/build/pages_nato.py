"""Gold for the NATO summit in The Hague, 24-25 June 2025, and its 5% pledge (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import NATO, NETHERLANDS, SPAIN, TRUMP, ZELENSKY
from common import AGREE, MEET, STMT, THREAT, ev, page

JUN25 = ("2025-06-25", "2025-06-25")
HAGUE = ["The Hague", "Den Haag", "NLD"]


def shared(en: bool) -> list[dict]:
    """The events both outlets report, each with its own evidence."""
    return [
        ev(
            "nato_agree_5pct_2025_06_25",
            True,
            AGREE,
            [NATO],
            *JUN25,
            "asserted",
            "NATO leaders agreed on Wednesday" if en else "Para pemimpin negara anggota NATO sepakat",
            "",
            HAGUE,
        ),
        ev(
            "nato_wales_2pct_2014",
            True,
            AGREE,
            [NATO],
            "2014-01-01",
            "2014-12-31",
            "asserted",
            "Allies first agreed to aim" if en else "Target lama sebesar 2 persen",
            "background: 'in 2014'",
        ),
        ev(
            "spain_nato_deal_2025_06_22",
            True,
            AGREE,
            [SPAIN, NATO],
            "2025-06-22",
            "2025-06-22",
            "asserted" if en else "alleged",
            "Spain, which struck a deal with Rutte" if en else "Spanyol menjadi satu-satunya anggota",
            "'on Sunday' in a Wednesday article"
            if en
            else "Madrid 'mengeklaim' the deal, NATO denies the exemption: alleged",
        ),
        ev(
            "trump_threatens_spain_2025_06_25",
            True,
            THREAT,
            [TRUMP, SPAIN],
            *JUN25,
            "asserted",
            "Trump threatened on Wednesday" if en else "Trump pun mengancam akan membuat Spanyol",
            "" if en else "no date in the sentence: the summit day",
        ),
        ev(
            "trump_zelensky_talks_2025_06_25",
            True,
            MEET,
            [TRUMP, ZELENSKY],
            *JUN25,
            "asserted",
            "Trump also met Ukrainian President" if en else "Di sela KTT, Trump juga bertemu",
            "on the sidelines of the Wednesday summit",
            HAGUE,
        ),
        ev(
            "rutte_stronger_nato",
            False,
            STMT,
            [NATO],
            None,
            None,
            "asserted",
            "Rutte, a former Dutch prime minister" if en else "Menurut Rutte, para sekutu",
        ),
        ev(
            "nato_next_summit_turkey_2026",
            False,
            MEET,
            [NATO],
            "2026-01-01",
            "2026-12-31",
            "planned",
            "NATO's next summit will be held" if en else "KTT NATO berikutnya dijadwalkan",
        ),
    ]


page(
    "en_01_reuters_nato_allies_agree_5pct_at_hague_summit.txt",
    {
        "site": "reuters.com",
        "title": "NATO allies agree to 5% defence spending goal at Hague summit as Trump hails 'big win'",
        "subtitle": None,
        "authors": ["Andrew Gray", "Sabine Siebold", "Andreas Rinke"],
        "section": "Europe",
        "published_at": {"accept": ["2025-06-25T16:12:00+02:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-06-25"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "The Hague",
        "cited_sources": [],
        "captions_required": [
            "U.S. President Donald Trump and NATO Secretary General Mark Rutte attend a plenary session at the NATO summit in The Hague, Netherlands, June 25, 2025. REUTERS/Piroschka van de Wouw"
        ],
        "related_titles": [],
    },
    first="THE HAGUE, June 25 (Reuters) -",
    last="NATO's next summit will be held",
    strip_prefix="THE HAGUE, June 25 (Reuters) -",
    events=[
        *shared(True),
        ev("trump_hails_big_win", False, STMT, [TRUMP, NATO], *JUN25, "asserted", '"This is a very big win'),
        ev(
            "king_hosts_dinner_2025_06_24",
            False,
            MEET,
            [NETHERLANDS, NATO],
            "2025-06-24",
            "2025-06-24",
            "asserted",
            "The leaders had gathered on Tuesday evening",
            "a dinner: consult or host, optional",
        ),
        ev(
            "kremlin_response_expected",
            False,
            STMT,
            [["Kremlin", "RUS"], NATO],
            "2025-06-26",
            "2025-06-26",
            "planned",
            "The Kremlin, which has repeatedly accused",
        ),
        ev(
            "summit_caption_2025_06_25",
            False,
            MEET,
            [TRUMP, NATO],
            *JUN25,
            "asserted",
            "U.S. President Donald Trump and NATO Secretary General",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_nato_sepakati_belanja_pertahanan_5_persen.txt",
    {
        "site": "kompas.com",
        "title": "KTT NATO di Den Haag Sepakati Belanja Pertahanan 5 Persen, Trump Ancam Spanyol",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-06-26T07:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Den Haag",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Presiden Amerika Serikat Donald Trump (tengah) berbincang dengan Sekretaris Jenderal NATO Mark Rutte dalam KTT NATO di Den Haag, Belanda, Rabu (25/6/2025). (AFP/BRENDAN SMIALOWSKI)"
        ],
        "related_titles": [
            'Siapa Mark Rutte, Sekjen NATO yang Dijuluki "Pembisik Trump"?',
            "Trump Sebut Gencatan Senjata Iran-Israel Berjalan Baik",
        ],
    },
    first="DEN HAAG, KOMPAS.com -",
    last="KTT NATO berikutnya dijadwalkan",
    skip=("Baca juga:",),
    strip_prefix="DEN HAAG, KOMPAS.com -",
    events=[
        *shared(False),
        ev(
            "trump_accuses_europe",
            False,
            STMT,
            [TRUMP, NATO],
            None,
            None,
            "asserted",
            "Kesepakatan itu dicapai setelah berbulan-bulan",
        ),
        ev(
            "nato_denies_spain_exemption",
            False,
            ["01", "02", "11", "12"],
            [NATO, SPAIN],
            None,
            None,
            "denied",
            "Spanyol menjadi satu-satunya anggota",
        ),
        ev(
            "summit_caption_2025_06_25",
            False,
            MEET,
            [TRUMP, NATO],
            *JUN25,
            "asserted",
            "Presiden Amerika Serikat Donald Trump (tengah)",
            "from a photo caption",
        ),
    ],
)
