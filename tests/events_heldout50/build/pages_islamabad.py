"""Gold for the suicide bombing outside Islamabad's district court, 11 Nov 2025, and Pakistan blaming
Afghanistan (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    AFGHANISTAN,
    ASIF,
    BOMBER,
    CADET_COLLEGE,
    ISB_COURT,
    NAQVI,
    PAK_SENATE,
    PAKISTAN,
    QATAR_TURKEY,
    SHEHBAZ,
    TTP,
    WANA_MILITANTS,
)
from common import DENY, FORCE, MEET, STMT, THREAT, VIOLENCE, ev, page

NOV11 = ("2025-11-11", "2025-11-11")
LAST_WEEK = ("2025-11-03", "2025-11-09")
OCTOBER = ("2025-10-01", "2025-10-31")
BLAME = ["11", "12", *STMT]
G11 = ["Islamabad", "G-11", "PAK"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "bombing_islamabad_court_2025_11_11",
            True,
            VIOLENCE,
            [BOMBER, ISB_COURT],
            *NOV11,
            "asserted",
            "A suicide bomber blew himself up" if en else "Sedikitnya 12 orang tewas dan 27 lainnya",
            "'on Tuesday' in a Tuesday article"
            if en
            else "'pada Selasa (11/11/2025) siang', passive victims first",
            G11,
        ),
        ev(
            "shehbaz_blames_afghanistan_2025_11_11",
            True,
            BLAME,
            [SHEHBAZ, AFGHANISTAN],
            *NOV11,
            "asserted",
            "Prime Minister Shehbaz Sharif blamed"
            if en
            else "Perdana Menteri Pakistan Shehbaz Sharif menuding",
            "no date in the sentence: the day of the bombing",
        ),
        ev(
            "ttp_denies_role_2025_11_11",
            True,
            DENY,
            [TTP],
            *NOV11,
            "denied",
            "A faction of the Pakistani Taliban" if en else "Sebuah faksi Taliban Pakistan",
            "'said it had no role' / 'membantah terlibat', same day",
        ),
        ev(
            "wana_cadet_college_attack_2025_11_10",
            True,
            VIOLENCE,
            [WANA_MILITANTS, CADET_COLLEGE],
            "2025-11-10",
            "2025-11-10",
            "asserted",
            "The bombing came a day after militants stormed"
            if en
            else "Sehari sebelumnya, Senin (10/11/2025)",
            "'on Monday' after 'a day after'" if en else "'Senin (10/11/2025)'",
            ["Wana", "South Waziristan", "Waziristan Selatan", "PAK"],
        ),
        ev(
            "istanbul_talks_collapse_last_week",
            True,
            MEET,
            [PAKISTAN, AFGHANISTAN],
            *LAST_WEEK,
            "asserted",
            "Talks between Pakistani and Afghan delegations"
            if en
            else "Perundingan lanjutan antara delegasi Pakistan",
            "'last week' / 'pekan lalu' in a 11-12 Nov article",
            ["Istanbul", "TUR"],
        ),
        ev(
            "pak_afg_border_clashes_2025_10",
            True,
            FORCE,
            [PAKISTAN, AFGHANISTAN],
            *OCTOBER,
            "asserted",
            "The neighbours fought their worst border clashes"
            if en
            else "Ketegangan kedua negara bertetangga itu",
            "'in October' / 'pada Oktober lalu' in a November article",
        ),
        ev(
            "naqvi_briefs_senate_2025_11_12",
            True,
            STMT,
            [NAQVI, PAK_SENATE],
            "2025-11-12",
            "2025-11-12",
            "planned",
            "Naqvi is due to brief the Senate" if en else "Naqvi dijadwalkan memberikan penjelasan",
            "'is due to ... on Wednesday'" if en else "'dijadwalkan ... pada Rabu (12/11/2025)'",
        ),
        ev(
            "asif_state_of_war",
            False,
            THREAT,
            [ASIF],
            *NOV11,
            "asserted",
            '"We are in a state of war,"' if en else '"Kita sedang dalam keadaan perang,"',
            "a quoted post on X",
        ),
        ev(
            "jamaat_claims_bombing",
            False,
            STMT,
            [TTP],
            *NOV11,
            "alleged",
            "A faction of the Pakistani Taliban" if en else "Sebuah faksi Taliban Pakistan",
            "'was reported to have claimed' / 'dilaporkan mengeklaim'",
        ),
        ev(
            "qatar_turkey_broker_ceasefire_2025_10",
            False,
            ["04", "05", "06", "08"],
            [QATAR_TURKEY, PAKISTAN],
            *OCTOBER,
            "asserted",
            "The neighbours fought their worst border clashes"
            if en
            else "Ketegangan kedua negara bertetangga itu",
            "mediation in the clauses of the background sentence",
        ),
    ]


page(
    "en_01_reuters_suicide_bomber_kills_12_outside_islamabad_court.txt",
    {
        "site": "reuters.com",
        "title": "Suicide bomber kills 12 outside Islamabad court, Pakistan blames Afghanistan-based militants",
        "subtitle": None,
        "authors": ["Asif Shahzad", "Mubasher Bukhari"],
        "section": "Asia Pacific",
        "published_at": {"accept": ["2025-11-11T18:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-11-11T21:05:00+07:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Islamabad",
        "cited_sources": [],
        "captions_required": [
            "Security officials examine the site of a suicide bombing outside the district judicial complex in Islamabad, Pakistan, November 11, 2025. REUTERS/Waseem Khan"
        ],
        "related_titles": [],
    },
    first="ISLAMABAD, Nov 11 (Reuters) -",
    last="Naqvi is due to brief the Senate",
    strip_prefix="ISLAMABAD, Nov 11 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "naqvi_describes_attack_2025_11_11",
            False,
            STMT,
            [NAQVI],
            *NOV11,
            "asserted",
            "Naqvi said the bomber had tried",
        ),
        ev(
            "taliban_rejects_accusations",
            False,
            DENY,
            [AFGHANISTAN, PAKISTAN],
            None,
            None,
            "denied",
            "Afghanistan's Taliban administration has repeatedly rejected",
            "habitual, no date",
        ),
        ev(
            "pakistan_air_strikes_afghanistan_2025_10",
            False,
            FORCE,
            [PAKISTAN, AFGHANISTAN],
            *OCTOBER,
            "asserted",
            "The neighbours fought their worst border clashes",
            "'after Pakistan carried out air strikes inside Afghanistan'",
        ),
        ev(
            "bombing_caption_2025_11_11",
            False,
            VIOLENCE,
            [BOMBER, ISB_COURT],
            *NOV11,
            "asserted",
            "Security officials examine the site of a suicide bombing",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_bom_bunuh_diri_di_pengadilan_islamabad.txt",
    {
        "site": "kompas.com",
        "title": "Bom Bunuh Diri di Depan Pengadilan Islamabad Tewaskan 12 Orang, Pakistan Tuding Afghanistan",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-11-12T07:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Islamabad",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Petugas keamanan memeriksa lokasi ledakan bom bunuh diri di depan kompleks pengadilan distrik di Islamabad, Pakistan, Selasa (11/11/2025). AFP/AAMIR QURESHI"
        ],
        "related_titles": ["Pakistan dan Afghanistan Saling Tuding Usai Perundingan Istanbul Gagal"],
    },
    first="ISLAMABAD, KOMPAS.com -",
    last="Naqvi dijadwalkan memberikan penjelasan",
    strip_prefix="ISLAMABAD, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "naqvi_describes_attack_2025_11_11",
            False,
            STMT,
            [NAQVI],
            *NOV11,
            "asserted",
            "Menurut Menteri Dalam Negeri Pakistan Mohsin Naqvi",
        ),
        ev(
            "taliban_rejects_accusations",
            False,
            DENY,
            [AFGHANISTAN, PAKISTAN],
            None,
            None,
            "denied",
            "Pemerintah Taliban Afghanistan selama ini membantah",
            "habitual, no date",
        ),
        ev(
            "bombing_caption_2025_11_11",
            False,
            VIOLENCE,
            [BOMBER, ISB_COURT],
            *NOV11,
            "asserted",
            "Petugas keamanan memeriksa lokasi ledakan",
            "from a photo caption",
        ),
    ],
)
