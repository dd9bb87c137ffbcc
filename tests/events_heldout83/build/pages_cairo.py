"""Gold for Indonesian President Prabowo Subianto's visit to Cairo, 11-12 Apr 2025: talks with President
Abdel Fattah el-Sisi and the signing of five MoUs (Ahram Online, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    AL_AZHAR,
    ARAB_LEAGUE,
    CAIRO,
    EGYPT,
    INDONESIA,
    ISRAEL,
    PALESTINIANS,
    PRABOWO,
    QATAR,
    SISI,
)
from common import MEET, SIGN, STMT, VIOLENCE, VISIT, ev, page

APR11 = ("2025-04-11", "2025-04-11")
APR12 = ("2025-04-12", "2025-04-12")
OFFER = ["03", "05"]
JORDAN = ["Jordan", "Yordania", "JOR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "prabowo_arrives_in_cairo_2025_04_11",
            True,
            ["03", "04"],
            [PRABOWO, EGYPT],
            *APR11,
            "asserted",
            "Prabowo arrived in Cairo on Friday evening"
            if en
            else "Prabowo tiba di Kairo pada Jumat (11/4/2025)",
            "'on Friday evening' in a Saturday article; greeted by PM Madbouly"
            if en
            else "'pada Jumat (11/4/2025) malam'",
            CAIRO,
        ),
        ev(
            "sisi_prabowo_talks_2025_04_12",
            True,
            MEET,
            [SISI, PRABOWO],
            *APR12,
            "asserted",
            "President Abdel-Fattah El-Sisi received his Indonesian counterpart"
            if en
            else "Presiden Prabowo Subianto bertemu Presiden Mesir Abdel Fattah el-Sisi",
            "'on Saturday' (12 Apr); closed-door and expanded talks" if en else "'Sabtu (12/4/2025)'",
            CAIRO,
        ),
        ev(
            "leaders_witness_five_mous_2025_04_12",
            True,
            SIGN,
            [PRABOWO, SISI],
            *APR12,
            "asserted",
            "Following the talks, El-Sisi and Prabowo witnessed"
            if en
            else "Usai pertemuan, kedua kepala negara menyaksikan",
            "five MoUs signed after Saturday's talks",
            CAIRO,
        ),
        ev(
            "joint_call_for_gaza_ceasefire_2025_04_12",
            True,
            STMT,
            [SISI, PRABOWO] if en else [PRABOWO, SISI],
            *APR12,
            "asserted",
            "In a joint press conference, El-Sisi said"
            if en
            else '"Bapak Presiden dan Presiden Sisi sepakat mendesak',
            "the joint call for a ceasefire and against displacement, made at Saturday's press conference"
            if en
            else "quoted by Sugiono in Cairo on the day of the talks",
            CAIRO,
        ),
        ev(
            "prabowo_to_fly_to_doha_2025_04_12",
            True,
            VISIT,
            [PRABOWO, QATAR],
            *APR12,
            "planned",
            "Later on Saturday Prabowo was scheduled to meet"
            if en
            else "Prabowo kemudian akan bertolak ke Doha",
            "'before flying to Doha' later on Saturday" if en else "'pada Sabtu malam'",
            QATAR,
        ),
    ]


page(
    "en_01_ahramonline_prabowo_and_sisi_sign_mous_in_cairo.txt",
    {
        "site": "english.ahram.org.eg",
        "title": "Egypt, Indonesia sign five MoUs as El-Sisi receives Prabowo in Cairo",
        "subtitle": "The two presidents called for an immediate ceasefire in Gaza and rejected any displacement of Palestinians from the Strip",
        "authors": [],
        "section": "Politics",
        "published_at": {"accept_dates": ["2025-04-12"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "President Abdel-Fattah El-Sisi receives Indonesian President Prabowo Subianto at Al-Ittihadiya Palace in Cairo on Saturday. Photo courtesy of the Egyptian Presidency"
        ],
        "related_titles": ["Madbouly, Indonesian delegation discuss investment in Suez Canal Economic Zone"],
    },
    first="President Abdel-Fattah El-Sisi received his Indonesian counterpart",
    last="Later on Saturday Prabowo was scheduled to meet",
    skip=("READ MORE:",),
    events=[
        *shared("en"),
        ev(
            "prabowo_offers_peacekeepers",
            False,
            OFFER,
            [PRABOWO, PALESTINIANS],
            *APR12,
            "planned",
            "The Indonesian president also said",
            "conditional offer of troops for a future UN-mandated force",
        ),
        ev(
            "prabowo_pledges_more_aid_2025_04_12",
            False,
            OFFER,
            [PRABOWO, PALESTINIANS],
            *APR12,
            "planned",
            "Prabowo thanked Egypt for its role",
            "offer of further aid, part of the press conference",
        ),
        ev(
            "sisi_invites_indonesia_to_reconstruction_2025_04_12",
            False,
            ["02", "03"],
            [SISI, INDONESIA],
            *APR12,
            "asserted",
            "El-Sisi invited Prabowo's government",
            "invitation made during the visit",
        ),
        ev(
            "arab_league_endorses_plan_2025_03_04",
            False,
            ["03", "05"],
            [ARAB_LEAGUE, PALESTINIANS],
            "2025-03-04",
            "2025-03-04",
            "asserted",
            "El-Sisi invited Prabowo's government",
            "background: 'on 4 March'",
            CAIRO,
        ),
        ev(
            "d8_meeting_2024_12",
            False,
            MEET,
            [SISI, PRABOWO],
            "2024-12-01",
            "2024-12-31",
            "asserted",
            "The two leaders last met in December",
            "background: 'in December' (the D-8 summit)",
            ["New Administrative Capital", "EGY"],
        ),
        ev(
            "trade_ministers_tasked_2025_04_12",
            False,
            ["03"],
            [EGYPT, INDONESIA],
            *APR12,
            "planned",
            "Trade between the two countries stood",
            "'agreed to task their trade ministers with exploring a preferential trade agreement'",
        ),
        ev(
            "prabowo_to_meet_al_azhar_imam_2025_04_12",
            False,
            MEET,
            [PRABOWO, AL_AZHAR],
            *APR12,
            "planned",
            "Later on Saturday Prabowo was scheduled to meet",
            "scheduled meeting, same line as the departure for Doha",
            CAIRO,
        ),
    ],
)

page(
    "id_01_kompas_prabowo_bertemu_sisi_di_istana_ittihadiya_kairo.txt",
    {
        "site": "kompas.com",
        "title": "Prabowo dan Sisi Saksikan Penandatanganan 5 MoU di Kairo, Sepakat Desak Gencatan Senjata di Gaza",
        "subtitle": None,
        "authors": ["Dian Erika Nugraheny"],
        "editors": ["Icha Rastika"],
        "section": "Nasional",
        "published_at": {"accept": ["2025-04-12T22:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kairo",
        "cited_sources": [],
        "captions_required": [
            "Presiden Prabowo Subianto disambut Presiden Mesir Abdel Fattah el-Sisi di Istana Al-Ittihadiya, Kairo, Mesir, Sabtu (12/4/2025). (Dok. Biro Pers Sekretariat Presiden)"
        ],
        "related_titles": [
            "Prabowo Bertemu Erdogan di Ankara, Bahas Pesawat Tempur hingga Gaza",
            "Prabowo Tiba di Abu Dhabi, Disambut Presiden MBZ",
        ],
    },
    first="KAIRO, KOMPAS.com -",
    last="Prabowo kemudian akan bertolak ke Doha",
    skip=("Baca juga:",),
    strip_prefix="KAIRO, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "israel_resumes_gaza_attacks_2025_03",
            False,
            VIOLENCE,
            [ISRAEL, PALESTINIANS],
            "2025-03-11",
            "2025-03-20",
            "asserted",
            "Menteri Luar Negeri Sugiono mengatakan, kedua pemimpin",
            "background: 'sejak Israel melanjutkan serangannya pada pertengahan Maret'",
            ["Jalur Gaza", "PSE"],
        ),
        ev(
            "prabowo_pledges_more_aid_2025_04_12",
            False,
            OFFER,
            [PRABOWO, PALESTINIANS],
            *APR12,
            "planned",
            "Dalam pernyataan pers bersama, Prabowo berterima kasih",
            "offer of further aid through Egypt",
        ),
        ev(
            "prabowo_offers_peacekeepers",
            False,
            OFFER,
            [PRABOWO, PALESTINIANS],
            *APR12,
            "planned",
            "Prabowo juga menegaskan Indonesia siap",
            "conditional offer of troops with a UN mandate",
        ),
        ev(
            "sisi_invites_indonesia_to_reconstruction_2025_04_12",
            False,
            ["02", "03"],
            [SISI, INDONESIA],
            *APR12,
            "asserted",
            "Sisi mengundang Indonesia ikut serta",
            "invitation made during the visit",
        ),
        ev(
            "d8_meeting_2024_12",
            False,
            MEET,
            [PRABOWO, SISI],
            "2024-12-01",
            "2024-12-31",
            "asserted",
            "Prabowo dan Sisi terakhir bertemu",
            "background: 'pada Desember 2024'",
            ["Ibu Kota Administratif Baru", "EGY"],
        ),
        ev(
            "prabowo_to_meet_al_azhar_imam_2025_04_12",
            False,
            MEET,
            [PRABOWO, AL_AZHAR],
            *APR12,
            "planned",
            "Setelah pertemuan dengan Sisi, Prabowo dijadwalkan",
            "scheduled after the talks",
            CAIRO,
        ),
        ev(
            "prabowo_to_visit_jordan",
            False,
            VISIT,
            [PRABOWO, JORDAN],
            None,
            None,
            "planned",
            "Prabowo kemudian akan bertolak ke Doha",
            "'Setelah Qatar ... ke Yordania': no day given",
            JORDAN,
        ),
    ],
)
