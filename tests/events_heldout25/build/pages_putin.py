"""Gold for Putin's visit to Pyongyang and the mutual defence treaty of 19 June 2024 (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    KIM,
    NORTH_KOREA,
    PUTIN,
    RUS_ENVOY,
    RUSSIA,
    SOUTH_KOREA,
    TO_LAM,
    US_KOR,
    VIETNAM,
    WHITE_HOUSE,
)
from common import DENY, MEET, SIGN, STMT, SUMMON, VISIT, ev, page

JUN19 = ("2024-06-19", "2024-06-19")
SEPT_2023 = ("2023-09-01", "2023-09-30")
PYONGYANG = ["Pyongyang", "PRK"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "putin_kim_sign_treaty_2024_06_19",
            True,
            SIGN,
            [PUTIN, KIM],
            *JUN19,
            "asserted",
            "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed"
            if en
            else "Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani",
            "'on Wednesday' in a Wednesday article" if en else "'Rabu (19/6/2024)' in a Thursday article",
            PYONGYANG,
        ),
        ev(
            "putin_arrives_pyongyang_2024_06_19",
            True,
            VISIT,
            [PUTIN, NORTH_KOREA],
            *JUN19,
            "asserted",
            "Putin, on his first visit to North Korea in 24 years"
            if en
            else "Putin tiba di Bandara Internasional Sunan",
            "'in the early hours of Wednesday'" if en else "'pada Rabu dini hari'",
            PYONGYANG,
        ),
        ev(
            "putin_kim_talks_2024_06_19",
            True,
            MEET,
            [PUTIN, KIM],
            *JUN19,
            "asserted",
            "The two men held talks lasting about two hours"
            if en
            else "Kedua pemimpin kemudian menggelar pembicaraan",
            "no date in the sentence: the talks before the Wednesday signing",
            PYONGYANG,
        ),
        ev(
            "putin_mutual_assistance_quote",
            False,
            STMT,
            [PUTIN, NORTH_KOREA],
            *JUN19,
            "asserted",
            '"The comprehensive partnership agreement signed today'
            if en
            else '"Perjanjian kemitraan komprehensif',
        ),
        ev(
            "kim_pledges_support",
            False,
            STMT,
            [KIM, RUSSIA],
            *JUN19,
            "asserted",
            "Kim called the treaty" if en else "Kim menyebut perjanjian itu",
        ),
        ev(
            "kim_vostochny_2023_09",
            True,
            MEET,
            [KIM, PUTIN],
            *SEPT_2023,
            "asserted",
            "Kim last met Putin in September" if en else "Kunjungan ini merupakan balasan atas lawatan Kim",
            "'in September' (last year) in a June 2024 article"
            if en
            else "'pada September tahun lalu' in a June 2024 article",
            ["Vostochny", "RUS"],
        ),
        ev(
            "putin_visit_vietnam_2024_06_19",
            True,
            VISIT,
            [PUTIN, VIETNAM],
            *(("2024-06-19", "2024-06-21") if en else ("2024-06-19", "2024-06-20")),
            "planned" if en else "asserted",
            "Putin is due to fly on to Vietnam" if en else "Dari Pyongyang, Putin terbang ke Hanoi",
            "'due to ... later on Wednesday for a two-day state visit'"
            if en
            else "flew on after the Wednesday visit; met To Lam 'pada Kamis'",
            ["Hanoi", "VNM"],
        ),
    ]


page(
    "en_01_reuters_putin_kim_sign_mutual_defence_pact.txt",
    {
        "site": "reuters.com",
        "title": "Putin and Kim sign mutual defence pact as Russia, North Korea pledge to help each other if attacked",
        "subtitle": None,
        "authors": ["Guy Faulconbridge", "Ju-min Park"],
        "section": "Asia Pacific",
        "published_at": {"accept": ["2024-06-19T18:52:00+09:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-06-19"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Pyongyang/Seoul",
        "cited_sources": [],
        "captions_required": [
            "Russian President Vladimir Putin and North Korea's leader Kim Jong Un attend an official welcoming ceremony at Kim Il Sung Square in Pyongyang, North Korea, June 19, 2024. Sputnik/Gavriil Grigorov/Pool via REUTERS"
        ],
        "related_titles": [],
    },
    first="PYONGYANG/SEOUL, June 19 (Reuters) -",
    last="Putin is due to fly on to Vietnam",
    strip_prefix="PYONGYANG/SEOUL, June 19 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "putin_military_cooperation_remark",
            False,
            STMT,
            [PUTIN, NORTH_KOREA],
            *JUN19,
            "asserted",
            'Putin said Russia "does not exclude"',
            "also carries the US/Seoul accusation of arms supplies",
        ),
        ev(
            "russia_nk_deny_arms_transfers",
            False,
            DENY,
            [NORTH_KOREA, RUSSIA],
            None,
            None,
            "denied",
            "Both Russia and North Korea have denied arms transfers",
        ),
        ev(
            "white_house_concern_2024_06_18",
            False,
            STMT,
            [WHITE_HOUSE, RUSSIA],
            "2024-06-18",
            "2024-06-18",
            "asserted",
            "The White House said on Tuesday",
            "'on Tuesday' in a Wednesday article",
        ),
        ev(
            "welcome_ceremony_caption_2024_06_19",
            False,
            MEET,
            [PUTIN, KIM],
            *JUN19,
            "asserted",
            "Russian President Vladimir Putin and North Korea's leader Kim Jong Un attend",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_putin_kim_teken_pakta_pertahanan.txt",
    {
        "site": "kompas.com",
        "title": "Putin dan Kim Jong Un Teken Pakta Saling Bela jika Diserang, Korsel Bereaksi Keras",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-06-20T14:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Pyongyang",
        "cited_sources": ["AFP", "Yonhap"],
        "captions_required": [
            "Presiden Rusia Vladimir Putin (kiri) dan pemimpin Korea Utara Kim Jong Un menandatangani perjanjian kemitraan strategis komprehensif di Pyongyang, Rabu (19/6/2024). (AFP/KRISTINA KORMILITSYNA/POOL)"
        ],
        "related_titles": ["Putin Tiba di Pyongyang Dini Hari, Disambut Langsung Kim Jong Un"],
    },
    first="PYONGYANG, KOMPAS.com -",
    last="Dari Pyongyang, Putin terbang ke Hanoi",
    skip=("Baca juga:",),
    strip_prefix="PYONGYANG, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "seoul_reviews_arms_policy_2024_06_20",
            False,
            STMT,
            [SOUTH_KOREA, RUSSIA],
            "2024-06-20",
            "2024-06-20",
            "asserted",
            "Korea Selatan bereaksi keras.",
            "'pada Kamis (20/6/2024)'; a statement of intent",
        ),
        ev(
            "seoul_to_summon_russian_envoy",
            True,
            SUMMON,
            [SOUTH_KOREA, RUS_ENVOY],
            "2024-06-20",
            "2024-06-30",
            "planned",
            "Kementerian Luar Negeri Korea Selatan juga akan memanggil",
            "'akan memanggil' with no date, from a 20 June article",
        ),
        ev(
            "us_kor_accuse_nk_arms",
            False,
            STMT,
            [US_KOR, NORTH_KOREA],
            None,
            None,
            "asserted",
            "Amerika Serikat dan Korea Selatan menuduh",
        ),
        ev(
            "russia_nk_deny_arms_transfers",
            False,
            DENY,
            [NORTH_KOREA, RUSSIA],
            None,
            None,
            "denied",
            "Amerika Serikat dan Korea Selatan menuduh",
            "'tuduhan yang dibantah oleh Moskwa dan Pyongyang'",
        ),
        ev(
            "putin_to_lam_talks_2024_06_20",
            False,
            MEET,
            [PUTIN, TO_LAM],
            "2024-06-20",
            "2024-06-20",
            "asserted",
            "Dari Pyongyang, Putin terbang ke Hanoi",
            "'bertemu Presiden To Lam pada Kamis': the Vietnam visit itself is the required event",
        ),
        ev(
            "sign_caption_2024_06_19",
            False,
            SIGN,
            [PUTIN, KIM],
            *JUN19,
            "asserted",
            "Presiden Rusia Vladimir Putin (kiri) dan pemimpin Korea Utara",
            "from a photo caption",
        ),
    ],
)
