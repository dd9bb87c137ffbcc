"""Gold for Israel's strike on Gaza's European Hospital, 13 May 2025, aimed at Mohammed Sinwar (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from common import EASE, FORCE, STMT, THREAT, VIOLENCE, VISIT, ev, page

ISRAEL = [
    "Israel",
    "Israeli military",
    "Militer Israel",
    "IDF",
    "Israeli aircraft",
    "Israeli troops",
    "pesawat tempur Israel",
    "pasukan Israel",
    "Benjamin Netanyahu",
    "Netanyahu",
    "ISR",
]
NETANYAHU = ["Benjamin Netanyahu", "Netanyahu", "ISR"]
GAZA = [
    "European Hospital",
    "Rumah Sakit Eropa",
    "Hamas",
    "Mohammed Sinwar",
    "Sinwar",
    "Khan Younis",
    "Gaza",
    "Palestinians",
    "PSE",
]
NASSER = ["Nasser Hospital", "Rumah Sakit Nasser", "Hassan Eslaih", "Eslaih", "Khan Younis", "Gaza", "PSE"]
HAMAS = ["Hamas", "PSE"]
GAZA_HEALTH = ["Gaza's health ministry", "health ministry", "Kementerian Kesehatan Gaza", "PSE"]
ALEXANDER = ["Edan Alexander", "Alexander", "USA", "ISR"]
YAHYA = ["Yahya Sinwar", "Sinwar", "PSE"]
TRUMP = ["Donald Trump", "Trump", "USA"]
SAUDI = ["Riyadh", "Saudi Arabia", "Arab Saudi", "SAU"]
MAY13 = ("2025-05-13", "2025-05-13")
MAY12 = ("2025-05-12", "2025-05-12")
MAR18 = ("2025-03-18", "2025-03-18")
OCT24 = ("2024-10-01", "2024-10-31")
KHAN_YOUNIS = ["Khan Younis", "Gaza", "PSE"]
META = {"page_date_not_publication": None, "flags_required": [], "dateline": None, "related_titles": []}


def shared(en: bool) -> list[dict]:
    """Events both outlets report."""
    return [
        ev(
            "israel_strikes_european_hospital_2025_05_13",
            True,
            VIOLENCE,
            [ISRAEL, GAZA],
            *MAY13,
            "asserted",
            "Israeli aircraft struck the European Hospital"
            if en
            else "Sedikitnya 28 orang tewas dan puluhan lainnya terluka ketika",
            "'on Tuesday' in a Tuesday article" if en else "'pada Selasa (13/5/2025) malam'",
            KHAN_YOUNIS,
        ),
        ev(
            "israel_strikes_nasser_hospital_2025_05_13",
            True,
            VIOLENCE,
            [ISRAEL, NASSER],
            *MAY13,
            "asserted",
            "Hours earlier, an Israeli strike on the Nasser Hospital"
            if en
            else "Beberapa jam sebelumnya, serangan Israel di Rumah Sakit Nasser",
            "'hours earlier' than the Tuesday strike",
            KHAN_YOUNIS,
        ),
        ev(
            "hamas_frees_edan_alexander_2025_05_12",
            True,
            EASE,
            [HAMAS, ALEXANDER],
            *MAY12,
            "asserted",
            "The strikes came a day after Hamas freed"
            if en
            else "Serangan-serangan itu terjadi sehari setelah Hamas membebaskan",
            "'a day after' the Tuesday strikes" if en else "'pada Senin (12/5/2025)'",
        ),
        ev(
            "israel_resumes_offensive_2025_03_18",
            True,
            FORCE,
            [ISRAEL, ["Gaza", "PSE"]],
            *MAR18,
            "asserted",
            "Israel has blocked all supplies" if en else "Israel telah memblokade masuknya makanan",
            "background: 'resumed ... on March 18'",
        ),
        ev(
            "yahya_sinwar_killed_2024_10",
            True,
            VIOLENCE,
            [ISRAEL, YAHYA],
            *OCT24,
            "asserted",
            "Several Israeli media outlets, citing" if en else "Mohammed Sinwar adalah adik mendiang",
            "background: 'killed ... in October' (2024) in a May 2025 article",
        ),
        ev(
            "gaza_ministry_accuses_israel",
            False,
            STMT,
            [GAZA_HEALTH, ISRAEL],
            *MAY13,
            "asserted",
            "Gaza's health ministry accused Israel" if en else "Kementerian Kesehatan Gaza menuduh Israel",
        ),
        ev(
            "israel_blockade_since_2025_03_02",
            False,
            ["16", "17"],
            [ISRAEL, ["Gaza", "PSE"]],
            "2025-03-02",
            "2025-03-02",
            "asserted",
            "Israel has blocked all supplies" if en else "Israel telah memblokade masuknya makanan",
            "an ongoing blockade since 2 March",
        ),
        ev(
            "netanyahu_vows_to_expand_offensive",
            False,
            THREAT,
            [NETANYAHU, ["Gaza", "Hamas", "PSE"]],
            None,
            None,
            "planned",
            "Netanyahu has said Israel will intensify"
            if en
            else "Perdana Menteri Israel Benjamin Netanyahu menegaskan",
        ),
    ]


page(
    "en_01_reuters_israeli_strike_hits_gaza_european_hospital.txt",
    {
        **META,
        "site": "reuters.com",
        "title": "Israeli strike on Gaza's European Hospital kills 28, targets Hamas leader Mohammed Sinwar",
        "subtitle": None,
        "authors": ["Nidal al-Mughrabi", "Maayan Lubell"],
        "section": "Middle East",
        "published_at": {"accept": ["2025-05-13T23:52:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-05-14"], "accept_null": True},
        "dateline": "Cairo/Jerusalem",
        "cited_sources": [],
        "captions_required": [
            "Palestinians inspect a crater at the European Hospital compound after an Israeli strike in Khan Younis in the southern Gaza Strip, May 13, 2025. REUTERS/Hatem Khaled"
        ],
    },
    first="CAIRO/JERUSALEM, May 13 (Reuters) -",
    last="Israel has blocked all supplies",
    strip_prefix="CAIRO/JERUSALEM, May 13 (Reuters) -",
    events=[
        *shared(True),
        ev(
            "trump_arrives_riyadh_2025_05_13",
            True,
            VISIT,
            [TRUMP, SAUDI],
            *MAY13,
            "asserted",
            "The strikes came a day after Hamas freed",
            "'arrived in Riyadh on Tuesday'",
            ["Riyadh", "SAU"],
        ),
        ev(
            "hamas_accuses_netanyahu_2025_05_13",
            True,
            STMT,
            [HAMAS, NETANYAHU],
            *MAY13,
            "asserted",
            "Hamas said on Tuesday that Alexander's release",
            "'on Tuesday': Hamas accuses Netanyahu of sabotage",
        ),
        ev(
            "idf_says_precise_strike",
            False,
            STMT,
            [ISRAEL, HAMAS],
            *MAY13,
            "asserted",
            "The Israeli military said it had carried out",
        ),
        ev(
            "security_cabinet_approves_plan",
            False,
            THREAT,
            [ISRAEL, ["Gaza", "PSE"]],
            "2025-05-05",
            "2025-05-11",
            "asserted",
            "Netanyahu has said Israel will intensify",
            "'last week' in a Tuesday 13 May article; a cabinet decision: optional",
        ),
        ev(
            "israel_accused_eslaih",
            False,
            STMT,
            [ISRAEL, NASSER],
            None,
            None,
            "alleged",
            "Hours earlier, an Israeli strike on the Nasser Hospital",
            "an older allegation, denied by the family",
        ),
        ev(
            "strike_caption_2025_05_13",
            False,
            VIOLENCE,
            [ISRAEL, GAZA],
            *MAY13,
            "asserted",
            "Palestinians inspect a crater at the European Hospital",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_serangan_israel_di_rumah_sakit_eropa_gaza.txt",
    {
        **META,
        "site": "kompas.com",
        "title": "Israel Bombardir Rumah Sakit Eropa di Khan Younis, 28 Tewas, Diduga Incar Mohammed Sinwar",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-14T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "dateline": "Khan Younis",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Warga Palestina memeriksa kawah bekas serangan udara Israel di kompleks Rumah Sakit Eropa, Khan Younis, Jalur Gaza selatan, Selasa (13/5/2025). (AFP/BASHAR TALEB)"
        ],
        "related_titles": [
            "Hamas Bebaskan Edan Alexander, Sandera Terakhir Berkewarganegaraan AS yang Masih Hidup",
            "Trump Tiba di Riyadh, Awali Lawatan ke Tiga Negara Teluk",
        ],
    },
    first="KHAN YOUNIS, KOMPAS.com -",
    last="Israel telah memblokade masuknya makanan",
    skip=("Baca juga:",),
    strip_prefix="KHAN YOUNIS, KOMPAS.com -",
    events=[
        *shared(False),
        ev(
            "israel_strike_targets_sinwar",
            False,
            VIOLENCE,
            [ISRAEL, ["Mohammed Sinwar", "Sinwar", "PSE"]],
            *MAY13,
            "alleged",
            "Serangan itu diduga menyasar pemimpin Hamas",
            "'diduga': the target is alleged, the strike itself asserted",
        ),
        ev(
            "idf_says_precise_strike",
            False,
            STMT,
            [ISRAEL, HAMAS],
            *MAY13,
            "asserted",
            "Militer Israel (IDF) dalam pernyataannya",
        ),
        ev(
            "strike_caption_2025_05_13",
            False,
            VIOLENCE,
            [ISRAEL, GAZA],
            *MAY13,
            "asserted",
            "Warga Palestina memeriksa kawah bekas serangan udara",
            "from a photo caption",
        ),
    ],
)
