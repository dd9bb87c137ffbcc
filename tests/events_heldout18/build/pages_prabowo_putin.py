"""Gold for Prabowo's talks with Putin in St Petersburg and their strategic-partnership declaration,
19 June 2025 (Antara, CNA)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CANADA_G7, INDONESIA, PRABOWO, PUTIN, RDIF, RUSSIA, SPIEF
from common import MEET, SIGN, STMT, VISIT, ev, page

JUN19 = ("2025-06-19", "2025-06-19")
JUN20 = ("2025-06-20", "2025-06-20")
PALACE = ["Konstantinovsky", "St. Petersburg", "St Petersburg", "Strelna", "RUS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "prabowo_putin_sign_partnership_2025_06_19",
            True,
            SIGN,
            [PRABOWO, PUTIN],
            *JUN19,
            "asserted",
            "Indonesian President Prabowo Subianto and Russian President Vladimir Putin signed"
            if en
            else "Presiden RI Prabowo Subianto dan Presiden Rusia Vladimir Putin menandatangani",
            "'on Thursday (Jun 19)'" if en else "bare 'Kamis' in a Thursday 2025-06-19 article",
            PALACE,
        ),
        ev(
            "prabowo_putin_talks_2025_06_19",
            True,
            MEET,
            [PRABOWO, PUTIN],
            *JUN19,
            "asserted",
            "The two leaders held talks" if en else "Sebelum penandatanganan, kedua kepala negara",
            "no date in the sentence: the talks that preceded the Thursday signing",
            PALACE,
        ),
        ev(
            "danantara_rdif_fund_2025_06_19",
            True,
            SIGN,
            [INDONESIA, RDIF],
            *JUN19,
            "asserted",
            "Indonesia's sovereign wealth fund Danantara"
            if en
            else "Selain deklarasi, kedua pihak juga menyaksikan",
            "agreed alongside the Thursday declaration",
        ),
        ev(
            "prabowo_arrives_st_petersburg_2025_06_18",
            True,
            VISIT,
            [PRABOWO, RUSSIA],
            "2025-06-18",
            "2025-06-18",
            "asserted",
            "Prabowo landed in St Petersburg on Wednesday evening"
            if en
            else "Prabowo tiba di St. Petersburg pada Rabu (18/6)",
            "'on Wednesday evening' in a Friday-morning article" if en else "'pada Rabu (18/6) malam'",
        ),
        ev(
            "prabowo_putin_moscow_2024_07_31",
            True,
            MEET,
            [PRABOWO, PUTIN],
            *(("2024-07-01", "2024-07-31") if en else ("2024-07-31", "2024-07-31")),
            "asserted",
            "It was the Indonesian leader's second meeting"
            if en
            else "Kunjungan ini merupakan pertemuan kedua",
            "'in July last year' in a 2025 article" if en else "'pada 31 Juli 2024'",
            ["Kremlin", "Moskow", "Moscow", "RUS"],
        ),
        ev(
            "prabowo_spief_speech_2025_06_20",
            True,
            STMT,
            [PRABOWO, SPIEF],
            *JUN20,
            "planned",
            "Prabowo will speak as a guest of honour" if en else "Prabowo dijadwalkan menyampaikan pidato",
            "'on Friday' in a Friday-morning article, before the session"
            if en
            else "'dijadwalkan ... pada Jumat (20/6)'",
        ),
        ev(
            "prabowo_skips_g7",
            False,
            STMT,
            [INDONESIA, CANADA_G7],
            None,
            None,
            "asserted",
            "Prabowo landed in St Petersburg on Wednesday evening"
            if en
            else "Sebelumnya, Prabowo memutuskan tidak menghadiri",
            "the decision not to attend, no day given",
        ),
    ]


page(
    "id_02_antara_prabowo_dan_putin_sepakati_kemitraan_strategis.txt",
    {
        "site": "antaranews.com",
        "title": "Prabowo dan Putin sepakati kemitraan strategis Indonesia-Rusia di St. Petersburg",
        "subtitle": None,
        "authors": ["Rangga Pandu Asmara Jingga"],
        "editors": ["Agus Setiawan"],
        "section": "Politik",
        "published_at": {"accept": ["2025-06-19T23:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "St. Petersburg",
        "cited_sources": [],
        "captions_required": [
            "Presiden RI Prabowo Subianto (kiri) berjabat tangan dengan Presiden Rusia Vladimir Putin sebelum pertemuan bilateral di Istana Konstantinovsky, St. Petersburg, Rusia, Kamis (19/6/2025). ANTARA FOTO/HO-Biro Pers Sekretariat Presiden/nym."
        ],
        "related_titles": [],
    },
    first="St. Petersburg (ANTARA) -",
    last="Sebelumnya, Prabowo memutuskan",
    strip_prefix="St. Petersburg (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "prabowo_praises_russia",
            False,
            STMT,
            [PRABOWO, RUSSIA],
            *JUN19,
            "asserted",
            '"Kami melihat Rusia sebagai sahabat lama',
        ),
        ev(
            "putin_offers_cooperation",
            False,
            STMT,
            [PUTIN, INDONESIA],
            *JUN19,
            "asserted",
            "Putin menyampaikan bahwa Rusia siap",
        ),
        ev(
            "handshake_caption_2025_06_19",
            False,
            MEET,
            [PRABOWO, PUTIN],
            *JUN19,
            "asserted",
            "Presiden RI Prabowo Subianto (kiri) berjabat tangan",
            "from a photo caption",
        ),
    ],
)

page(
    "en_02_cna_prabowo_putin_sign_strategic_partnership.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Indonesia's Prabowo, Putin sign strategic partnership as Jakarta courts Moscow",
        "subtitle": "Prabowo, who skipped the G7 summit in Canada to make the trip, is due to address Russia's flagship economic forum on Friday.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-06-20T07:40:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-06-20T09:15:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "St Petersburg",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Russian President Vladimir Putin and Indonesian President Prabowo Subianto attend a signing ceremony at the Konstantinovsky Palace in Strelna, outside St Petersburg, Russia, Jun 19, 2025. (Photo: Sputnik/Alexander Kazakov/Pool via REUTERS)"
        ],
        "related_titles": [],
    },
    first="ST PETERSBURG:",
    last="Indonesia joined the BRICS group",
    strip_prefix="ST PETERSBURG:",
    events=[
        *shared("en"),
        ev(
            "putin_hails_friendship",
            False,
            STMT,
            [PUTIN, INDONESIA],
            *JUN19,
            "asserted",
            '"Russia and Indonesia have a long history',
        ),
        ev(
            "putin_offers_oil_gas_nuclear",
            False,
            STMT,
            [PUTIN, INDONESIA],
            *JUN19,
            "asserted",
            "Putin said Russian companies were ready",
        ),
        ev(
            "prabowo_calls_russia_friend",
            False,
            STMT,
            [PRABOWO, RUSSIA],
            *JUN19,
            "asserted",
            "Prabowo, speaking alongside Putin",
        ),
        ev(
            "putin_spief_keynote_2025_06_20",
            False,
            STMT,
            [PUTIN, SPIEF],
            *JUN20,
            "planned",
            "Prabowo will speak as a guest of honour",
            "'is also scheduled to deliver a keynote address'",
        ),
        ev(
            "indonesia_russia_naval_exercise_2024_11",
            True,
            ["03", "04", "06", "15"],
            [INDONESIA, RUSSIA],
            "2024-11-01",
            "2024-11-30",
            "asserted",
            "Indonesia joined the BRICS group",
            "'in November last year' in a 2025 article; joint exercise = military cooperation",
            ["Java Sea", "Laut Jawa", "IDN"],
        ),
        ev(
            "indonesia_joins_brics_2025_01",
            False,
            ["03", "04", "05", "06"],
            [INDONESIA],
            "2025-01-01",
            "2025-01-31",
            "asserted",
            "Indonesia joined the BRICS group",
            "'in January' of the publication year",
        ),
        ev(
            "signing_caption_2025_06_19",
            False,
            SIGN,
            [PRABOWO, PUTIN],
            *JUN19,
            "asserted",
            "Russian President Vladimir Putin and Indonesian President Prabowo Subianto attend a signing",
            "from a photo caption",
        ),
    ],
)
