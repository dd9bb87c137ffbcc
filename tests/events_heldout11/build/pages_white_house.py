"""Gold for Lee Jae-myung's first White House visit (25 Aug 2025): CNA and CNN Indonesia report the same meetings."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import AGREE, MEET, STMT, ev, page

TRUMP = ["Donald Trump", "Trump", "USA"]
LEE = ["Lee Jae-myung", "Lee", "KOR"]
ISHIBA = ["Shigeru Ishiba", "Ishiba", "JPN"]
KIM = ["Kim Jong Un", "Kim Jong-un", "Kim", "PRK"]
KIM_YO_JONG = ["Kim Yo Jong", "Kim Yo-jong", "Korea Utara", "North Korea", "Pyongyang", "PRK"]
KOREA = ["South Korea", "Korea Selatan", "Korsel", "Seoul", "Lee Jae-myung", "KOR"]
USA = ["United States", "Amerika Serikat", "AS", "Washington", "Donald Trump", "Trump", "USA"]
WHITE_HOUSE = ["White House", "Gedung Putih", "Washington", "USA"]
TOKYO = ["Tokyo", "JPN"]

EN = "en_02_cna_lee_jae_myung_meets_trump_white_house.txt"
ID = "id_02_cnnindonesia_trump_terima_lee_jae_myung.txt"


def shared(meet: str, tokyo: str) -> list:
    """The meetings both pages report, with the same ids so clusters.json can pair them."""
    return [
        ev(
            "trump_lee_meeting_2025_08_25",
            True,
            MEET,
            [TRUMP, LEE],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            meet,
            "",
            WHITE_HOUSE,
        ),
        ev(
            "lee_ishiba_tokyo_2025_08_23",
            True,
            MEET,
            [LEE, ISHIBA],
            "2025-08-23",
            "2025-08-23",
            "asserted",
            tokyo,
            "'on Saturday' / 'Sabtu (23/8)' before the Monday summit",
            TOKYO,
        ),
    ]


page(
    EN,
    {
        "site": "channelnewsasia.com",
        "title": "Trump welcomes South Korea's Lee at White House after social media jab, says he wants to meet Kim Jong Un this year",
        "subtitle": 'South Korean President Lee Jae-myung urged Donald Trump to be a "peacemaker" on the Korean peninsula during their first summit.',
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-08-26T04:12:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-08-26T07:30:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Washington",
        "cited_sources": [],
        "captions_required": [
            "US President Donald Trump greets South Korean President Lee Jae-myung at the White House in Washington, DC on Aug 25, 2025. (Photo: AFP/Jim Watson)"
        ],
        "related_titles": [],
    },
    first="WASHINGTON: US President Donald Trump hosted",
    last="North Korea has so far rejected overtures",
    strip_prefix="WASHINGTON:",
    events=[
        *shared(
            "US President Donald Trump hosted South Korean President Lee Jae-myung",
            "Before flying to Washington, Lee stopped in Tokyo on Saturday",
        ),
        ev(
            "trump_purge_post_2025_08_25",
            False,
            STMT,
            [TRUMP, KOREA],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            '"WHAT IS GOING ON IN SOUTH KOREA?',
            "an accusation: statement class",
        ),
        ev(
            "trump_misunderstanding",
            False,
            STMT,
            [TRUMP, KOREA],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Asked about the post in the Oval Office",
        ),
        ev(
            "lee_urges_peacemaker",
            False,
            STMT,
            [LEE, TRUMP],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            '"If you become a peacemaker',
        ),
        ev(
            "trump_wants_to_meet_kim",
            False,
            [*MEET, *STMT],
            [TRUMP, KIM],
            "2025-08-25",
            "2025-12-31",
            "planned",
            "Trump said he would like to meet Kim this year",
            "a wish, not a scheduled meeting",
        ),
        ev(
            "us_korea_trade_deal_2025_07",
            True,
            AGREE,
            [USA, KOREA],
            "2025-07-20",
            "2025-07-31",
            "asserted",
            "The two leaders did not sign a joint statement",
            "background deal, 'late July'; the joint statement that was not signed is no event",
        ),
        ev(
            "lee_invites_trump_apec",
            False,
            [*STMT, *MEET],
            [LEE, TRUMP],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Lee also invited Trump",
        ),
        ev(
            "lee_ishiba_joint_document",
            False,
            AGREE,
            [LEE, ISHIBA],
            "2025-08-23",
            "2025-08-23",
            "asserted",
            "Before flying to Washington, Lee stopped in Tokyo on Saturday",
        ),
        ev(
            "kim_yo_jong_rejects_talks",
            False,
            STMT,
            [KIM_YO_JONG, KOREA],
            "2025-08-17",
            "2025-08-23",
            "asserted",
            "North Korea has so far rejected overtures",
            "'last week' from a Monday-night article",
        ),
        ev(
            "greet_caption",
            False,
            MEET,
            [TRUMP, LEE],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "US President Donald Trump greets",
            "the same meeting, in the photo caption",
        ),
    ],
)

page(
    ID,
    {
        "site": "cnnindonesia.com",
        "title": "Trump Terima Presiden Korsel Lee Jae-myung di Gedung Putih Usai Tuding Ada 'Pembersihan'",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-08-26T06:35:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Presiden AS Donald Trump menyambut Presiden Korea Selatan Lee Jae-myung di Gedung Putih, Washington, Senin (25/8/2025). (AFP/JIM WATSON)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Sementara itu, Korea Utara pekan lalu",
    skip=("ADVERTISEMENT", "SCROLL TO CONTINUE"),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared(
            "Presiden Amerika Serikat Donald Trump menerima kunjungan",
            "Sebelum terbang ke Washington, Lee lebih dulu singgah ke Tokyo",
        ),
        ev(
            "trump_purge_post_2025_08_25",
            False,
            STMT,
            [TRUMP, KOREA],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Pertemuan tatap muka pertama kedua pemimpin",
            "an accusation: statement class",
        ),
        ev(
            "trump_purge_quote",
            False,
            STMT,
            [TRUMP, KOREA],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            '"Apa yang sedang terjadi di Korea Selatan?',
        ),
        ev(
            "trump_misunderstanding",
            False,
            STMT,
            [TRUMP, KOREA],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Namun, saat menerima Lee di Ruang Oval",
        ),
        ev(
            "lee_urges_peacemaker",
            False,
            STMT,
            [LEE, TRUMP],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Dalam pertemuan itu, Lee meminta Trump",
        ),
        ev(
            "trump_wants_to_meet_kim",
            False,
            [*MEET, *STMT],
            [TRUMP, KIM],
            "2025-08-25",
            "2025-12-31",
            "planned",
            "Trump pun mengaku ingin bertemu Kim tahun ini.",
            "a wish, not a scheduled meeting",
        ),
        ev(
            "lee_invites_trump_apec",
            False,
            [*STMT, *MEET],
            [LEE, TRUMP],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Lee juga mengundang Trump",
        ),
        ev(
            "trump_kim_dmz_2019_06",
            True,
            MEET,
            [TRUMP, KIM],
            "2019-06-01",
            "2019-06-30",
            "asserted",
            "Trump dan Kim terakhir kali bertemu",
            "background meeting, 'Juni 2019'",
            ["DMZ", "zona demiliterisasi", "KOR"],
        ),
        ev(
            "kim_yo_jong_rejects_talks",
            False,
            STMT,
            [KIM_YO_JONG, KOREA],
            "2025-08-17",
            "2025-08-23",
            "asserted",
            "Sementara itu, Korea Utara pekan lalu",
            "'pekan lalu' in a Tuesday article",
        ),
        ev(
            "greet_caption",
            False,
            MEET,
            [TRUMP, LEE],
            "2025-08-25",
            "2025-08-25",
            "asserted",
            "Presiden AS Donald Trump menyambut",
            "the same meeting, in the photo caption",
        ),
    ],
)
