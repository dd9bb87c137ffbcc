"""Gold for India's 'Operation Sindoor' strikes on Pakistan, 7 May 2025 (Reuters, Kompas), with the
22 April Pahalgam attack and the Indus treaty suspension as background both pages recall."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDIA, PAHALGAM_GUNMEN, PAHALGAM_VICTIMS, PAKISTAN, SHARIF, TRUMP, UN
from common import DENY, FORCE, MEET, REDUCE, STMT, THREAT, VIOLENCE, ev, page

MAY7 = ("2025-05-07", "2025-05-07")
APR22 = ("2025-04-22", "2025-04-22")
APR23 = ("2025-04-23", "2025-04-23")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "india_strikes_pakistan_2025_05_07",
            True,
            FORCE,
            [INDIA, PAKISTAN],
            *MAY7,
            "asserted",
            "India struck nine sites in Pakistan"
            if en
            else "India melancarkan serangan rudal ke sembilan lokasi",
            "'early on Wednesday' in a Wednesday article" if en else "'pada Rabu (7/5/2025) dini hari'",
            ["Pakistan", "PAK"],
        ),
        ev(
            "loc_artillery_exchange_2025_05_07",
            True,
            FORCE,
            [PAKISTAN, INDIA],
            *MAY7,
            "asserted",
            "Pakistani and Indian troops also exchanged"
            if en
            else "Pasukan kedua negara juga terlibat baku tembak",
            "no date in the sentence: the same day as the strikes ('also'); reciprocal, either order",
            ["Line of Control", "Poonch"],
        ),
        ev(
            "pahalgam_attack_2025_04_22",
            True,
            VIOLENCE,
            [PAHALGAM_GUNMEN, PAHALGAM_VICTIMS],
            *APR22,
            "asserted",
            "New Delhi has blamed Pakistan for an attack on April 22"
            if en
            else "Ketegangan kedua negara bertetangga",
            "'an attack on April 22' inside an accusation"
            if en
            else "'sejak 22 April 2025, ketika kelompok bersenjata menembak mati'",
            ["Pahalgam", "IND"],
        ),
        ev(
            "india_suspends_indus_treaty_2025_04_23",
            True,
            REDUCE,
            [INDIA, PAKISTAN],
            *APR23,
            "asserted",
            "A day after the attack, India put the 1960 Indus"
            if en
            else "Sehari setelah serangan Pahalgam, India menangguhkan",
            "'a day after' the 22 April attack",
        ),
        ev(
            "pakistan_claims_jets_downed_2025_05_07",
            False,
            FORCE,
            [PAKISTAN, INDIA],
            *MAY7,
            "asserted",
            "India struck nine sites in Pakistan" if en else "Islamabad mengeklaim angkatan udaranya",
            "a claim India did not confirm",
        ),
        ev(
            "strike_toll_detail_2025_05_07",
            False,
            FORCE,
            [INDIA, PAKISTAN],
            *MAY7,
            "asserted",
            "Pakistan's military said 26 civilians" if en else "Menurut militer Pakistan, sedikitnya 26",
            "the same strikes told through their toll",
        ),
        ev(
            "sharif_vows_response_2025_05_07",
            False,
            THREAT,
            [SHARIF, INDIA],
            *MAY7,
            "asserted",
            "Prime Minister Shehbaz Sharif called the strikes"
            if en
            else '"Pakistan berhak memberikan balasan',
            "a vow of retaliation (threat)" if en else "threat inside a quote",
        ),
        ev(
            "india_accuses_pakistan",
            False,
            ["11", "12", "01", "02"],
            [INDIA, PAKISTAN],
            None,
            None,
            "asserted",
            "New Delhi has blamed Pakistan" if en else "New Delhi menuding Pakistan",
        ),
        ev(
            "pakistan_denies_role",
            False,
            DENY,
            [PAKISTAN, INDIA],
            None,
            None,
            "denied",
            "New Delhi has blamed Pakistan" if en else "New Delhi menuding Pakistan",
            "'Islamabad has denied any role'" if en else "'tuduhan yang dibantah keras oleh Islamabad'",
        ),
    ]


page(
    "en_01_reuters_india_strikes_pakistan_operation_sindoor.txt",
    {
        "site": "reuters.com",
        "title": "India strikes Pakistan after Kashmir attack, Pakistan says it shot down Indian jets",
        "subtitle": None,
        "authors": ["Shivam Patel", "Asif Shahzad"],
        "section": "India",
        "published_at": {"accept": ["2025-05-07T15:52:00+05:30"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-05-07"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Residents gather near a damaged mosque after Indian strikes in Muzaffarabad, Pakistan-administered Kashmir, May 7, 2025. REUTERS/Akhtar Soomro"
        ],
        "related_titles": [],
    },
    first="NEW DELHI/ISLAMABAD, May 7 (Reuters) -",
    last="U.S. President Donald Trump called the fighting",
    strip_prefix="NEW DELHI/ISLAMABAD, May 7 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "india_ministry_statement_2025_05_07",
            False,
            STMT,
            [INDIA],
            *MAY7,
            "asserted",
            "India's defence ministry said the strikes",
        ),
        ev(
            "sharif_convenes_nsc_2025_05_07",
            False,
            MEET,
            [SHARIF, PAKISTAN],
            *MAY7,
            "asserted",
            "Sharif convened a meeting of the National Security Committee",
            "a domestic body's session: optional",
        ),
        ev(
            "india_pakistan_expel_diplomats_2025_04",
            False,
            ["16"],
            [INDIA, PAKISTAN],
            "2025-04-23",
            "2025-05-06",
            "asserted",
            "A day after the attack, India put the 1960 Indus",
            "'later expelled each other's diplomats': second event of the line, no day",
        ),
        ev(
            "misri_says_attacks_imminent_2025_05_07",
            False,
            STMT,
            [INDIA, PAKISTAN],
            *MAY7,
            "asserted",
            "Indian Foreign Secretary Vikram Misri told reporters",
        ),
        ev(
            "trump_calls_fighting_shame",
            False,
            STMT,
            [TRUMP, INDIA],
            None,
            None,
            "asserted",
            "U.S. President Donald Trump called the fighting",
        ),
        ev(
            "strike_caption_2025_05_07",
            False,
            FORCE,
            [INDIA, PAKISTAN],
            *MAY7,
            "asserted",
            "Residents gather near a damaged mosque",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_india_gempur_pakistan_operasi_sindoor.txt",
    {
        "site": "kompas.com",
        "title": "India Gempur 9 Lokasi di Pakistan, Islamabad Klaim Tembak Jatuh 5 Jet Tempur",
        "subtitle": None,
        "authors": ["Irawan Sapto Adhi"],
        "editors": ["Irawan Sapto Adhi"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-05-07T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "New Delhi",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Warga berkumpul di dekat masjid yang rusak akibat serangan India di Muzaffarabad, Kashmir yang dikelola Pakistan, Rabu (7/5/2025). (AFP/SAJJAD QAYYUM)"
        ],
        "related_titles": [
            "Kronologi Serangan di Pahalgam, 26 Wisatawan Tewas Ditembak di Padang Rumput",
            "India Tangguhkan Perjanjian Air Sungai Indus, Pakistan Sebut Deklarasi Perang",
        ],
    },
    first="NEW DELHI, KOMPAS.com -",
    last="Sekretaris Jenderal PBB Antonio Guterres",
    skip=("Baca juga:",),
    strip_prefix="NEW DELHI, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "unsc_consultations_expected",
            False,
            MEET,
            [UN],
            None,
            None,
            "planned",
            "Menteri Luar Negeri Pakistan Ishaq Dar mengatakan",
            "'diharapkan menggelar konsultasi tertutup', no day",
        ),
        ev(
            "guterres_urges_restraint",
            False,
            STMT,
            [UN, INDIA],
            None,
            None,
            "asserted",
            "Sekretaris Jenderal PBB Antonio Guterres",
        ),
        ev(
            "strike_caption_2025_05_07",
            False,
            FORCE,
            [INDIA, PAKISTAN],
            *MAY7,
            "asserted",
            "Warga berkumpul di dekat masjid yang rusak",
            "from a photo caption",
        ),
    ],
)
