"""Gold for the crowd pelting King Felipe VI, Pedro Sánchez and Carlos Mazón with mud in Paiporta, 3 Nov 2024,
five days after the Valencia flash floods (The Guardian, Okezone)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import FELIPE, MAZON, PAIPORTA_CROWD, SANCHEZ, SPAIN_GOV, SPAIN_POLICE, VALENCIA, VALENCIA_GOV
from common import MEET, RIOT, STMT, ev, page

NOV3 = ("2024-11-03", "2024-11-03")
PAIPORTA = ["Paiporta", "Valencia", "ESP"]
ATTACKERS = ["those who attacked the prime minister's car", "pelaku penyerangan", "Paiporta", "ESP"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "crowd_pelts_king_with_mud_2024_11_03",
            True,
            RIOT,
            [PAIPORTA_CROWD, FELIPE + SANCHEZ[:-1] + MAZON[:-1]],
            *NOV3,
            "asserted",
            "Angry residents of the flood-devastated town" if en else "Warga yang marah melempari Raja Spanyol",
            "'on Sunday morning' in a Sunday article" if en else "'Minggu (3/11/2024)'",
            PAIPORTA,
        ),
        ev(
            "sanchez_car_attacked_2024_11_03",
            True,
            ["14", "18"],
            [PAIPORTA_CROWD, SANCHEZ],
            *NOV3,
            "asserted",
            "Sánchez was hurried away" if en else "Sanchez langsung dibawa menjauh",
            "same visit, Sunday; the rear window smashed as reported by Spanish media",
            PAIPORTA,
        ),
        ev(
            "felipe_talks_to_residents_2024_11_03",
            True,
            MEET,
            [FELIPE, PAIPORTA_CROWD],
            *NOV3,
            "asserted",
            "Felipe, his clothes streaked with mud" if en else "Raja Felipe tetap berada di tempat",
            "he stayed on during the Sunday visit",
            PAIPORTA,
        ),
        ev(
            "sanchez_sends_troops_and_police_2024_11_02",
            True,
            ["03", "07", "15"],
            [SPAIN_GOV, VALENCIA],
            "2024-11-02",
            "2024-11-02",
            "asserted",
            "On Saturday, Sánchez announced" if en else "Sehari sebelum kunjungan itu, Sanchez mengumumkan",
            "'On Saturday' in a Sunday article" if en else "'Sehari sebelum kunjungan itu': the visit was Sunday 3 Nov",
            ["Valencia", "ESP"],
        ),
        ev(
            "police_investigate_car_attack_2024_11_03",
            True,
            ["09", "17"],
            [SPAIN_POLICE, ATTACKERS],
            "2024-11-03",
            "2024-11-03" if en else "2024-11-04",
            "asserted",
            "The interior ministry said on Sunday evening" if en else "Kementerian Dalam Negeri Spanyol menyatakan polisi",
            "'on Sunday evening'" if en else "undated in a Monday 06:18 article: Sunday or Monday",
        ),
        ev(
            "felipe_understands_anger",
            False,
            STMT,
            [FELIPE, PAIPORTA_CROWD],
            *NOV3,
            "asserted",
            "Felipe, his clothes streaked with mud" if en else "Raja Felipe tetap berada di tempat",
            "video statement released later the same day",
        ),
    ]


page(
    "en_01_guardian_spanish_king_pelted_with_mud_in_flood_hit_paiporta.txt",
    {
        "site": "theguardian.com",
        "title": "Spanish king and PM pelted with mud by angry crowds in flood-hit Paiporta",
        "subtitle": "Residents hurl insults and clods of mud at Felipe VI, Pedro Sánchez and Valencia regional leader during visit to town at centre of the disaster",
        "authors": ["Sam Jones"],
        "section": "Spain",
        "published_at": {"accept": ["2024-11-03T16:42:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Madrid",
        "cited_sources": [],
        "captions_required": [
            "King Felipe VI is shielded by security officers as people throw mud during his visit to Paiporta, near Valencia, on Sunday. Photograph: Manaure Quintero/AFP/Getty Images"
        ],
        "related_titles": ["'We've been abandoned': anger grows in Valencia as flood toll rises"],
    },
    first="Angry residents of the flood-devastated town",
    last="The national weather agency, Aemet",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "residents_blame_regional_government",
            False,
            ["11", "12"],
            [PAIPORTA_CROWD, VALENCIA_GOV],
            None,
            None,
            "asserted",
            "Much of the fury has been directed at Mazón's regional government",
            "ongoing anger, no date of its own; the 29 Oct late alert is background",
        ),
        ev(
            "mazon_accepts_indignation",
            False,
            STMT,
            [MAZON, PAIPORTA_CROWD],
            None,
            None,
            "asserted",
            "Mazón said he understood",
        ),
        ev(
            "opposition_demands_mazon_resign",
            False,
            ["10", "11", "12"],
            [["Opposition parties in Madrid", "ESP"], MAZON],
            None,
            None,
            "asserted",
            "Mazón said he understood",
            "'have called for him to resign': undated",
        ),
    ],
)

page(
    "id_01_okezone_raja_felipe_dan_pm_sanchez_dilempari_lumpur_di_paiporta.txt",
    {
        "site": "okezone.com",
        "title": "Raja Felipe dan PM Sanchez Dilempari Lumpur oleh Warga Korban Banjir di Paiporta",
        "subtitle": None,
        "authors": ["Rahman Asmardika"],
        "section": "International",
        "published_at": {"accept": ["2024-11-04T06:18:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Valencia",
        "cited_sources": [],
        "captions_required": [
            "Raja Spanyol Felipe VI dilindungi payung oleh petugas keamanan saat warga melempar lumpur di Paiporta, Valencia, Minggu (3/11/2024). (Foto: Reuters)"
        ],
        "related_titles": [
            "Korban Tewas Banjir Bandang Spanyol Tembus 200 Orang, Ribuan Tentara Dikerahkan",
            "Spanyol Berduka, Tiga Hari Masa Berkabung Nasional Diumumkan",
        ],
    },
    first="VALENCIA – Warga yang marah",
    last="Kementerian Dalam Negeri Spanyol menyatakan",
    skip=("BACA JUGA:", "Korban Tewas Banjir Bandang Spanyol", "Spanyol Berduka,"),
    strip_prefix="VALENCIA –",
    events=[
        *shared("id"),
        ev(
            "residents_blame_regional_government",
            False,
            ["11", "12"],
            [PAIPORTA_CROWD, VALENCIA_GOV],
            None,
            None,
            "asserted",
            "Warga menilai pemerintah regional Valencia lamban",
            "no date of its own",
        ),
    ],
)
