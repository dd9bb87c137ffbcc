"""Gold for Bolivia's failed coup attempt of 26 June 2024 and General Zúñiga's arrest (AP, CNN Indonesia)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ARCE, BOL_GOV, BOL_MIL, LATAM, MORALES, OAS, UN_CHIEF, ZUNIGA
from common import ARREST, CHARGE, DENY, EASE, MEET, STMT, THREAT, ev, page

JUN26 = ("2024-06-26", "2024-06-26")
JUN25 = ("2024-06-25", "2024-06-25")
STORM = ["15", "18", "19", "20"]
LA_PAZ = ["La Paz", "Plaza Murillo", "Palacio Quemado", "BOL"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "troops_storm_palace_2024_06_26",
            True,
            STORM,
            [BOL_MIL, BOL_GOV],
            *JUN26,
            "asserted",
            "Bolivian troops and armored vehicles stormed" if en else "Pasukan militer Bolivia yang dipimpin",
            "'on Wednesday' in a Wednesday article" if en else "'pada Rabu (26/6) waktu setempat'",
            LA_PAZ,
        ),
        ev(
            "armored_vehicle_rams_door",
            False,
            STORM,
            [BOL_MIL, BOL_GOV],
            *JUN26,
            "asserted",
            "Soldiers led by Gen. Juan José Zúñiga" if en else "Kendaraan lapis baja menabrak pintu",
            "the same storming told in detail",
        ),
        ev(
            "arce_orders_zuniga_withdraw",
            False,
            [*STMT, "13"],
            [ARCE, ZUNIGA],
            *JUN26,
            "asserted",
            "Arce confronted Zúñiga" if en else "Presiden Luis Arce kemudian menghadapi",
        ),
        ev(
            "arce_swears_in_new_commander",
            False,
            [*STMT, *EASE],
            [ARCE, BOL_MIL],
            *JUN26,
            "asserted",
            "Shortly afterward, Arce swore in" if en else "Arce lalu melantik",
            "an appointment and the troops' withdrawal: no CAMEO class of its own",
        ),
        ev(
            "zuniga_arrested_2024_06_26",
            True,
            ARREST,
            [BOL_GOV, ZUNIGA],
            *JUN26,
            "asserted",
            "Zúñiga was arrested Wednesday evening" if en else "Zuniga ditangkap aparat kepolisian",
            "passive; 'Wednesday evening'" if en else "passive 'ditangkap'; 'pada Rabu malam'",
            LA_PAZ,
        ),
        ev(
            "zuniga_accuses_arce",
            False,
            STMT,
            [ZUNIGA, ARCE],
            *JUN26,
            "asserted",
            "Before his arrest, Zúñiga told reporters" if en else "Sebelum ditangkap, Zuniga mengklaim",
        ),
        ev(
            "government_rejects_self_coup_claim",
            False,
            DENY,
            [BOL_GOV, ZUNIGA],
            *JUN26,
            "denied",
            "Justice Minister Iván Lima rejected" if en else "Sebelum ditangkap, Zuniga mengklaim",
            "" if en else "'Pemerintah Bolivia membantah tudingan itu'",
        ),
        ev(
            "zuniga_dismissed_2024_06_25",
            False,
            STMT,
            [ARCE, ZUNIGA],
            *JUN25,
            "asserted",
            "Zúñiga had been dismissed as army chief on Tuesday"
            if en
            else "Sehari sebelumnya, Selasa (25/6), Zuniga dicopot",
            "a dismissal has no CAMEO class of its own: optional",
        ),
        ev(
            "prosecutor_to_investigate",
            False,
            CHARGE,
            [BOL_GOV, ZUNIGA],
            None,
            None,
            "planned",
            "Attorney General Juan Lanchipa said" if en else "Jaksa Agung Bolivia Juan Lanchipa menyatakan",
        ),
    ]


page(
    "en_02_ap_bolivia_troops_storm_palace_general_arrested.txt",
    {
        "site": "apnews.com",
        "title": "Bolivian troops storm government palace in apparent coup attempt; general is arrested hours later",
        "subtitle": None,
        "authors": ["Paola Flores", "Daniel Politi"],
        "section": "World News",
        "published_at": {"accept_dates": ["2024-06-26"], "accept_null": True},
        "updated_at": {"accept": ["2024-06-26T23:48:00-04:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "La Paz",
        "cited_sources": [],
        "captions_required": [
            "Military police stand in front of the Palacio Quemado as an armored vehicle rams its door in Plaza Murillo in La Paz, Bolivia, Wednesday, June 26, 2024. (AP Photo/Juan Karita)"
        ],
        "related_titles": [],
    },
    first="LA PAZ, Bolivia (AP) —",
    last="The Organization of American States",
    strip_prefix="LA PAZ, Bolivia (AP) —",
    events=[
        *shared("en"),
        ev(
            "zuniga_threatened_morales_arrest",
            False,
            THREAT,
            [ZUNIGA, MORALES],
            None,
            None,
            "asserted",
            "Zúñiga had been dismissed as army chief on Tuesday",
            "'he would arrest ... Morales' in an undated interview",
        ),
        ev(
            "latam_leaders_condemn",
            False,
            STMT,
            [LATAM, BOL_MIL],
            *JUN26,
            "asserted",
            "Leaders across Latin America condemned",
            "also Morales calling supporters to the streets",
        ),
        ev(
            "oas_emergency_meeting_2024_06_27",
            False,
            MEET,
            [OAS, BOL_GOV],
            "2024-06-27",
            "2024-06-27",
            "planned",
            "The Organization of American States",
            "'planned to hold ... on Thursday': a multilateral session, optional",
        ),
        ev(
            "armored_vehicle_caption_2024_06_26",
            False,
            STORM,
            [BOL_MIL, BOL_GOV],
            *JUN26,
            "asserted",
            "Military police stand in front of the Palacio Quemado",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_cnnindonesia_kudeta_gagal_bolivia_jenderal_ditangkap.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Kudeta Gagal di Bolivia, Jenderal Zuniga Ditangkap Usai Serbu Istana",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2024-06-27T09:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Militer Bolivia mengerahkan kendaraan lapis baja ke Plaza Murillo, La Paz, Rabu (26/6/2024). (REUTERS/Claudia Morales)"
        ],
        "related_titles": ["Profil Luis Arce, Presiden Bolivia yang Nyaris Dikudeta"],
    },
    first="Jakarta, CNN Indonesia --",
    last="Jaksa Agung Bolivia Juan Lanchipa",
    skip=("Baca juga:",),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "guterres_condemns_coup_attempt",
            False,
            STMT,
            [UN_CHIEF, BOL_MIL],
            None,
            None,
            "asserted",
            "Sekretaris Jenderal PBB Antonio Guterres mengecam",
        ),
        ev(
            "armored_vehicle_caption_2024_06_26",
            False,
            STORM,
            [BOL_MIL, BOL_GOV],
            *JUN26,
            "asserted",
            "Militer Bolivia mengerahkan kendaraan lapis baja",
            "from a photo caption",
        ),
    ],
)
