"""Gold for the first hostage-prisoner exchange of the January 2025 Gaza truce: Hamas frees three women on
19 Jan, Israel releases 90 prisoners early on 20 Jan (AP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import GAZA, HAMAS, HOSTAGES, ISRAEL, PRISONERS, RED_CROSS, TRUMP
from common import AGREE, EASE, FORCE, STMT, ev, page

JAN19 = ("2025-01-19", "2025-01-19")
# The prisoners left Ofer after midnight; the leads say 'hours later' on the Sunday, so both days are accepted.
JAN19_20 = ("2025-01-19", "2025-01-20")
JAN25 = ("2025-01-25", "2025-01-25")
OCT7 = ("2023-10-07", "2023-10-07")
TRUCE = ["08", "03", "05", "06"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "hamas_frees_three_hostages_2025_01_19",
            True,
            EASE,
            [HAMAS, HOSTAGES],
            *JAN19,
            "asserted",
            "Hamas freed three Israeli women on Sunday" if en else "Kelompok Hamas membebaskan tiga sandera",
            "'on Sunday' in a Monday-morning article" if en else "'pada Minggu (19/1)'",
            ["Gaza City", "PSE"],
        ),
        ev(
            "israel_frees_90_prisoners_2025_01_20",
            True,
            EASE,
            [ISRAEL, PRISONERS],
            *JAN19_20,
            "asserted",
            "Buses carrying the Palestinian prisoners"
            if en
            else "Sebagai imbalannya, Israel membebaskan 90 tahanan",
            "'early Monday'" if en else "'pada Senin (20/1) dini hari'",
            ["Ofer", "Beitunia"],
        ),
        ev(
            "gaza_ceasefire_takes_effect_2025_01_19",
            True,
            TRUCE,
            [ISRAEL, HAMAS],
            *JAN19,
            "asserted",
            "The ceasefire took effect at 11:15 a.m. Sunday"
            if en
            else "Gencatan senjata sedianya berlaku pukul 08.30",
            "" if en else "no date in the sentence: the Sunday of the lead",
            ["Gaza", "PSE"],
        ),
        ev(
            "israel_strikes_during_delay_2025_01_19",
            True,
            FORCE,
            [ISRAEL, GAZA],
            *JAN19,
            "asserted" if en else "alleged",
            "During the delay, Israeli strikes killed"
            if en
            else "Selama penundaan itu, serangan udara Israel dilaporkan",
            "'according to' civil defence, and the military confirms strikes"
            if en
            else "'dilaporkan menewaskan': reported",
            ["Gaza", "PSE"],
        ),
        ev(
            "hamas_to_free_four_more_2025_01_25",
            True,
            EASE,
            [HAMAS, HOSTAGES],
            *JAN25,
            "planned",
            "Under the agreement, 33 hostages"
            if en
            else "Pembebasan sandera gelombang berikutnya dijadwalkan",
            "'is expected to free four more women on Saturday' in a Monday 2025-01-20 article"
            if en
            else "'dijadwalkan ... pada Sabtu (25/1)'",
        ),
        ev(
            "hamas_attack_israel_2023_10_07",
            True,
            ["18", "19", "20"],
            [HAMAS, ISRAEL],
            *OCT7,
            "asserted",
            "The war began when Hamas-led militants stormed"
            if en
            else "Perang di Gaza pecah setelah Hamas menyerbu",
            "background; 'Oct. 7, 2023'" if en else "background; '7 Oktober 2023'",
        ),
        ev(
            "hostages_handed_to_red_cross_2025_01_19",
            False,
            EASE,
            [HAMAS, RED_CROSS],
            *JAN19,
            "asserted",
            "The three women, Romi Gonen" if en else "Ketiga sandera, yakni Romi Gonen",
            "the same release told in detail; passive 'were handed over'/'diserahkan'",
        ),
        ev(
            "hamas_blames_technical_reasons",
            False,
            STMT,
            [HAMAS],
            None,
            None,
            "asserted",
            "The ceasefire took effect at 11:15 a.m. Sunday" if en else "Hamas beralasan keterlambatan itu",
        ),
        ev(
            "israel_accuses_hamas_delay_2025_01_19",
            False,
            ["11", "12", "01", "02"],
            [ISRAEL, HAMAS],
            *JAN19,
            "asserted",
            "The ceasefire took effect at 11:15 a.m. Sunday"
            if en
            else "Gencatan senjata sedianya berlaku pukul 08.30",
        ),
        ev(
            "phase_one_releases_planned",
            False,
            EASE,
            [HAMAS, HOSTAGES],
            "2025-01-19",
            "2025-03-02",
            "planned",
            "Under the agreement, 33 hostages" if en else "Berdasarkan kesepakatan tahap pertama",
            "'over six weeks'",
        ),
        ev(
            "israel_offensive_gaza_2023_2025",
            False,
            FORCE,
            [ISRAEL, GAZA],
            "2023-10-07",
            "2025-01-19",
            "asserted",
            "Israel's offensive has killed more than 46,000"
            if en
            else "Sejak itu, agresi militer Israel ke Gaza",
        ),
    ]


page(
    "en_02_ap_hamas_frees_three_hostages_as_truce_begins.txt",
    {
        "site": "apnews.com",
        "title": "Hamas frees 3 Israeli hostages and Israel releases 90 Palestinian prisoners as Gaza ceasefire takes hold",
        "subtitle": None,
        "authors": ["Wafaa Shurafa", "Samy Magdy", "Julia Frankel"],
        "section": "World News",
        "published_at": {"accept_dates": ["2025-01-19", "2025-01-20"], "accept_null": True},
        "updated_at": {"accept": ["2025-01-20T02:35:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Deir al-Balah",
        "cited_sources": [],
        "captions_required": [
            "Released Israeli hostage Emily Damari, center, is embraced by her mother Mandy at a reception point in Reim, southern Israel, Sunday, Jan. 19, 2025. (Israeli Army via AP)"
        ],
        "related_titles": [],
    },
    first="DEIR AL-BALAH, Gaza Strip (AP) —",
    last="Israel's offensive has killed more than 46,000",
    strip_prefix="DEIR AL-BALAH, Gaza Strip (AP) —",
    events=[
        *shared("en"),
        ev(
            "truce_deal_announced_2025_01_15",
            True,
            AGREE,
            [ISRAEL, HAMAS],
            "2025-01-15",
            "2025-01-15",
            "asserted",
            "The deal, brokered by Qatar, Egypt and the United States",
            "passive 'was announced on Wednesday' in a Monday 2025-01-20 article",
            ["Doha", "QAT"],
        ),
        ev(
            "israeli_cabinet_approves_deal_2025_01_18",
            False,
            AGREE,
            [ISRAEL, HAMAS],
            "2025-01-18",
            "2025-01-18",
            "asserted",
            "The deal, brokered by Qatar, Egypt and the United States",
            "'approved by the Israeli Cabinet early Saturday': an internal approval",
        ),
        ev(
            "netanyahu_daughters_back_2025_01_19",
            False,
            STMT,
            [ISRAEL, HAMAS],
            *JAN19,
            "asserted",
            '"We have brought back our daughters,"',
        ),
        ev(
            "ben_gvir_quits_2025_01_19",
            False,
            STMT,
            [["Itamar Ben-Gvir", "Ben-Gvir", "ISR"]],
            *JAN19,
            "asserted",
            "National Security Minister Itamar Ben-Gvir quit",
            "a resignation has no CAMEO class of its own: optional",
        ),
        ev(
            "damari_caption_2025_01_19",
            False,
            EASE,
            [HAMAS, HOSTAGES],
            *JAN19,
            "asserted",
            "Released Israeli hostage Emily Damari",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_cnnindonesia_hamas_bebaskan_tiga_sandera.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Gencatan Senjata Berlaku, Hamas Bebaskan 3 Sandera dan Israel Lepas 90 Tahanan Palestina",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-01-20T07:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Bus yang membawa tahanan Palestina yang dibebaskan Israel tiba di Beitunia, Tepi Barat, Senin (20/1) dini hari. (REUTERS/Ammar Awad)"
        ],
        "related_titles": [
            "Isi Lengkap Kesepakatan Gencatan Senjata Israel-Hamas Tiga Tahap",
            "Ben-Gvir Mundur dari Kabinet Netanyahu Protes Gencatan Senjata Gaza",
        ],
    },
    first="Jakarta, CNN Indonesia --",
    last="Presiden terpilih Amerika Serikat Donald Trump",
    skip=("Baca juga:",),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "trump_claims_credit",
            False,
            STMT,
            [TRUMP],
            None,
            None,
            "asserted",
            "Presiden terpilih Amerika Serikat Donald Trump",
            "the inauguration 'akan dilantik pada Senin (20/1)' has no CAMEO class",
        ),
        ev(
            "prisoners_bus_caption_2025_01_20",
            False,
            EASE,
            [ISRAEL, PRISONERS],
            "2025-01-20",
            "2025-01-20",
            "asserted",
            "Bus yang membawa tahanan Palestina",
            "from a photo caption",
        ),
    ],
)
