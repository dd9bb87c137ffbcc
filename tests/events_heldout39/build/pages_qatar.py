"""Gold for Prabowo's talks with Emir Tamim in Doha, 13 Apr 2025 (Antara, Jakarta Post): a positive pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EGYPT, GAZANS, INDONESIA, JORDAN, PRABOWO, QATAR
from common import MEET, SIGN, STMT, VISIT, ev, page

APR13 = ("2025-04-13", "2025-04-13")
TURKEY = ["Turki", "Türkiye", "Turkey", "TUR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "prabowo_tamim_talks_2025_04_13",
            True,
            MEET,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            "President Prabowo Subianto held talks with Qatar's Emir"
            if en
            else "Presiden Prabowo Subianto mengadakan pertemuan bilateral",
            "'on Sunday' in a Monday article" if en else "'Minggu (13/4)'",
            ["Doha", "QAT"],
        ),
        ev(
            "prabowo_arrives_doha_2025_04_12",
            True,
            VISIT,
            [INDONESIA, QATAR],
            "2025-04-12",
            "2025-04-12",
            "asserted",
            "Prabowo, who landed in the Qatari capital"
            if en
            else "Prabowo tiba di Bandar Udara Internasional Hamad",
            "relative clause 'who landed ... late on Saturday'" if en else "'pada Sabtu (12/4) malam'",
            ["Doha", "QAT"],
        ),
        ev(
            "indonesia_qatar_mous_2025_04_13",
            True,
            SIGN,
            [INDONESIA, QATAR],
            *APR13,
            "asserted",
            "Officials from the two countries exchanged"
            if en
            else "Dalam pertemuan yang berlangsung sekitar dua jam",
            "no date in the sentence; during the Sunday talks",
            ["Doha", "QAT"],
        ),
        ev(
            "prabowo_sisi_cairo_2025_04_11",
            True,
            MEET,
            [PRABOWO, EGYPT],
            "2025-04-11",
            "2025-04-11",
            "asserted",
            "The president met Egyptian President"
            if en
            else "Sebelum ke Doha, Prabowo bertemu Presiden Mesir",
            "background: 'on Friday' in a Monday article" if en else "background: 'pada Jumat (11/4)'",
            ["Cairo", "EGY"],
        ),
        ev(
            "prabowo_to_amman_2025_04_14",
            True,
            VISIT,
            [INDONESIA, JORDAN],
            "2025-04-14",
            "2025-04-14",
            "planned",
            "Prabowo will fly to Amman on Monday"
            if en
            else "Dari Doha, Presiden dijadwalkan bertolak ke Amman",
            "'will fly ... on Monday' in a Monday-morning article"
            if en
            else "'dijadwalkan ... pada Senin (14/4)'",
            ["Amman", "JOR"],
        ),
    ]


page(
    "id_01_antara_prabowo_dan_emir_qatar_bahas_investasi_di_doha.txt",
    {
        "site": "antaranews.com",
        "title": "Prabowo dan Emir Qatar Bahas Investasi dan Gaza di Istana Amiri Doha",
        "subtitle": None,
        "authors": ["Andi Firdaus"],
        "editors": ["Agus Setiawan"],
        "section": "Politik",
        "published_at": {"accept": ["2025-04-13T23:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Doha",
        "cited_sources": [],
        "captions_required": [
            "Presiden Prabowo Subianto berjabat tangan dengan Emir Qatar Sheikh Tamim bin Hamad Al Thani di Istana Amiri, Doha, Minggu (13/4/2025). ANTARA/HO-Biro Pers Sekretariat Presiden"
        ],
        "related_titles": [
            "Prabowo: Indonesia siap evakuasi warga Gaza yang terluka",
            "Prabowo tiba di Doha, disambut Menteri Negara Qatar",
        ],
    },
    first="Doha (ANTARA) -",
    last="Kunjungan ke Qatar merupakan",
    skip=("Baca juga:",),
    strip_prefix="Doha (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "prabowo_visits_turkey_last_week",
            True,
            VISIT,
            [INDONESIA, TURKEY],
            "2025-03-31",
            "2025-04-12",
            "asserted",
            "Kunjungan ke Qatar merupakan bagian dari lawatan",
            "background: 'dimulai di Turki pada pekan lalu' in a Sunday 2025-04-13 article",
        ),
        ev(
            "prabowo_remarks_doha",
            False,
            STMT,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            '"Kami membahas banyak hal',
            "quote on the talks",
        ),
        ev(
            "tamim_backs_danantara",
            False,
            STMT,
            [QATAR, INDONESIA],
            *APR13,
            "asserted",
            "Menteri Luar Negeri Sugiono yang mendampingi",
            "reported support, relayed by Sugiono",
        ),
        ev(
            "prabowo_praises_qatar_mediation",
            False,
            STMT,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            "Kedua pemimpin juga membahas situasi di Gaza.",
            "appreciation and a standing offer of peacekeepers",
        ),
        ev(
            "prabowo_tamim_caption",
            False,
            MEET,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            "Presiden Prabowo Subianto berjabat tangan dengan Emir Qatar",
            "from a photo caption",
        ),
    ],
)

page(
    "en_01_jakartapost_prabowo_tamim_doha_talks.txt",
    {
        "site": "thejakartapost.com",
        "title": "Prabowo courts Qatari investment in talks with Emir Tamim",
        "subtitle": "Prabowo Subianto met Sheikh Tamim bin Hamad Al Thani in Doha on Sunday, the fourth stop on a Middle East tour focused on investment and Gaza.",
        "authors": ["Yvette Tanamal"],
        "section": "Politics",
        "published_at": {"accept": ["2025-04-14T09:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "President Prabowo Subianto (left) and Qatar's Emir Sheikh Tamim bin Hamad Al Thani attend a welcoming ceremony at the Amiri Diwan in Doha on April 13, 2025. (Courtesy of Presidential Secretariat Press Bureau)"
        ],
        "related_titles": ["Prabowo offers to take in wounded Gazans, sparking debate"],
    },
    first="President Prabowo Subianto held talks",
    last="Analysts said the trip",
    events=[
        *shared("en"),
        ev(
            "prabowo_remarks_doha",
            False,
            STMT,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            '"Qatar is a friend that has always stood',
            "quote on the talks",
        ),
        ev(
            "tamim_backs_danantara",
            False,
            STMT,
            [QATAR, INDONESIA],
            *APR13,
            "asserted",
            "Foreign Minister Sugiono said the emir",
            "reported support; QIA 'was expected to explore' joint investments",
        ),
        ev(
            "prabowo_offers_to_take_gazans",
            False,
            STMT,
            [PRABOWO, GAZANS],
            "2025-04-07",
            "2025-04-13",
            "asserted",
            "The two leaders also discussed the war in Gaza.",
            "an offer 'made before departing Jakarta last week': a statement, optional",
        ),
        ev(
            "prabowo_tamim_caption",
            False,
            MEET,
            [PRABOWO, QATAR],
            *APR13,
            "asserted",
            "President Prabowo Subianto (left) and Qatar's Emir",
            "from a photo caption",
        ),
    ],
)
