"""Gold for the foiled coup attempt in Kinshasa on Sunday 19 May 2024: gunmen led by Christian Malanga attack
Vital Kamerhe's residence, briefly occupy the Palais de la Nation, Malanga is killed and about 50 attackers,
three Americans among them, are arrested; the US ambassador and the African Union react (Reuters, detikNews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    ARRESTED,
    ATTACKERS,
    AU,
    DRC_AUTHORITIES,
    DRC_GOV,
    FARDC,
    KAMERHE,
    KINSHASA,
    M23,
    MALANGA,
    PALAIS,
    TAMLYN,
    TSHISEKEDI,
)
from common import ARREST, CHARGE, DENY, FORCE, REPRESS, STMT, VIOLENCE, ev, page

MAY19 = ("2024-05-19", "2024-05-19")
EN = "en_01_reuters_congo_army_says_it_foiled_coup_attempt_in_kinshasa.txt"
ID = "id_01_detik_militer_kongo_gagalkan_upaya_kudeta_di_kinshasa.txt"


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "army_foils_coup_attempt_2024_05_19",
            True,
            REPRESS,
            [FARDC, ATTACKERS],
            *MAY19,
            "asserted",
            "Congo's army said on Sunday it had foiled" if en else "Militer Republik Demokratik Kongo menyatakan",
            "the army puts down the attempt 'on Sunday' / 'Minggu (19/5)'; the lead names the act, the army's TV statement the same day",
            KINSHASA,
        ),
        ev(
            "gunmen_attack_kamerhe_residence_2024_05_19",
            True,
            VIOLENCE,
            [ATTACKERS, KAMERHE],
            *MAY19,
            "asserted",
            "Armed men in military fatigues attacked" if en else "Upaya kudeta itu diawali serangan",
            "early hours of Sunday; two police guards killed, Kamerhe unhurt",
            KINSHASA,
        ),
        ev(
            "attackers_occupy_palais_de_la_nation_2024_05_19",
            True,
            FORCE,
            [ATTACKERS, TSHISEKEDI],
            *MAY19,
            "asserted",
            "The same group then moved to the nearby Palais" if en else "Kelompok yang sama kemudian bergerak",
            "the presidential offices briefly seized the same morning (occupation: root 19)",
            PALAIS,
        ),
        ev(
            "security_forces_kill_malanga_2024_05_19",
            True,
            VIOLENCE,
            [FARDC, MALANGA],
            *MAY19,
            "asserted",
            "The attack was led by Christian Malanga" if en else "Menurut Ekenge, serangan itu dipimpin",
            "killed 'after resisting arrest'; the day is the coup's",
            KINSHASA,
        ),
        ev(
            "army_arrests_about_50_attackers_2024_05_19",
            True,
            ARREST,
            [FARDC, ARRESTED],
            *MAY19,
            "asserted",
            "About 50 attackers were arrested" if en else "Sekitar 50 orang penyerang ditangkap",
            "three Americans among them, one Malanga's son",
            KINSHASA,
        ),
        ev(
            "us_ambassador_pledges_cooperation_2024_05_19",
            True,
            STMT,
            [TAMLYN, DRC_AUTHORITIES],
            *(MAY19 if en else ("2024-05-19", "2024-05-20")),
            "asserted",
            "U.S. Ambassador Lucy Tamlyn said on X" if en else "Duta Besar AS untuk Kongo, Lucy Tamlyn",
            "shock and concern, pledge to cooperate with the investigation (an intent to cooperate, 03, or a comment, 01); detik gives no day",
        ),
        ev(
            "au_condemns_coup_attempt_2024_05_19",
            True,
            DENY,
            [AU, ATTACKERS],
            *(MAY19 if en else ("2024-05-19", "2024-05-20")),
            "asserted",
            "The African Union Commission chairman" if en else "Ketua Komisi Uni Afrika",
            "condemnation (111); no day given in detik, the day of the events in Reuters' same-day report",
        ),
    ]


page(
    EN,
    {
        "site": "reuters.com",
        "title": "Congo army says it foiled coup attempt in Kinshasa, leader killed",
        "subtitle": None,
        "authors": ["Ange Kasongo", "Sonia Rolley"],
        "section": "Africa",
        "published_at": {"accept": ["2024-05-19T19:52:00+01:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-05-19"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kinshasa",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Members of the Armed Forces of the Democratic Republic of Congo (FARDC) stand guard near the Palais de la Nation in Kinshasa, May 19, 2024. REUTERS/Justin Makangara"
        ],
        "related_titles": [
            "Congo's Tshisekedi sworn in for second term amid opposition boycott",
            "M23 rebels seize mining town in eastern Congo",
        ],
    },
    first="KINSHASA, May 19 (Reuters) -",
    last="Ekenge said investigations were under way",
    skip=("READ MORE:",),
    strip_prefix="KINSHASA, May 19 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "muyaya_says_president_safe_2024_05_19",
            False,
            STMT,
            [DRC_GOV, TSHISEKEDI],
            *MAY19,
            "asserted",
            "Tshisekedi, who was sworn in for a second term",
            "a reassurance, not an act on another party",
        ),
        ev(
            "soldiers_seal_off_gombe_2024_05_19",
            False,
            ["15", "17"],
            [FARDC, KINSHASA],
            *MAY19,
            "asserted",
            "Calm returned to central Kinshasa",
            "security measure after the attempt",
            KINSHASA,
        ),
        ev(
            "army_fights_m23",
            False,
            FORCE,
            [FARDC, M23],
            None,
            None,
            "asserted",
            "The attempt comes as Congo's army battles",
            "ongoing background conflict, no date",
        ),
        ev(
            "suspects_to_face_military_justice",
            False,
            CHARGE,
            [FARDC, ARRESTED],
            None,
            None,
            "planned",
            "Ekenge said investigations were under way",
            "next step, no date",
        ),
    ],
)

page(
    ID,
    {
        "site": "news.detik.com",
        "title": "Militer Kongo Gagalkan Upaya Kudeta di Kinshasa, Pemimpinnya Tewas Ditembak",
        "subtitle": None,
        "authors": ["Novi Christiastuti"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-05-20T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Tentara Kongo berjaga di dekat Istana Bangsa (Palais de la Nation) di Kinshasa usai upaya kudeta, Minggu (19/5/2024). (Foto: REUTERS/Justin Makangara)"
        ],
        "related_titles": [
            "Tshisekedi Dilantik untuk Periode Kedua sebagai Presiden Kongo",
            "Pemberontak M23 Rebut Kota Tambang di Kongo Timur",
        ],
    },
    first="Jakarta - Militer Republik Demokratik Kongo",
    last="Ekenge menyebut para pelaku",
    skip=("Baca juga:",),
    strip_prefix="Jakarta -",
    events=[
        *shared("id"),
        ev(
            "muyaya_says_president_safe",
            False,
            STMT,
            [DRC_GOV, TSHISEKEDI],
            "2024-05-19",
            "2024-05-20",
            "asserted",
            "Juru bicara pemerintah Kongo, Patrick Muyaya",
            "a reassurance, not an act on another party; no day given",
        ),
        ev(
            "suspects_to_face_military_justice",
            False,
            CHARGE,
            [FARDC, ARRESTED],
            None,
            None,
            "planned",
            "Ekenge menyebut para pelaku",
            "next step, no date",
        ),
    ],
)
