"""Gold for the M23's capture of Goma (26-27 Jan 2025) and DR Congo cutting ties with Rwanda (26 Jan 2025),
as Al Jazeera and Kompas report them."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CIRIMWAMI,
    DRC,
    DRC_POLICE,
    EMBASSIES,
    GUTERRES,
    KAGAME,
    KAYIKWAMBA,
    KINSHASA_PROTESTERS,
    M23,
    PEACEKEEPERS,
    RUTO,
    RWANDA,
    TSHISEKEDI,
    UN_EXPERTS,
    UNSC,
)
from common import DENY, FORCE, MEET, REDUCE, REPRESS, RIOT, STMT, ev, page

JAN26 = ("2025-01-26", "2025-01-26")
GOMA = ["Goma", "COD"]
M23_2012 = ("2012-11-01", "2012-11-30")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "m23_captures_goma_2025_01_27",
            True,
            FORCE,
            [M23, DRC],
            "2025-01-26",
            "2025-01-27",
            "asserted",
            "Fighters from the Rwanda-backed M23 armed group have entered Goma"
            if en
            else "Kelompok pemberontak M23 yang didukung Rwanda mengeklaim",
            "no date in the lead; the rebels' statement 'early on Monday'"
            if en
            else "'Senin (27/1/2025)'; entered on Sunday night",
            GOMA,
        ),
        ev(
            "drc_cuts_ties_rwanda_2025_01_26",
            True,
            REDUCE,
            [DRC, RWANDA],
            *JAN26,
            "asserted",
            "The DRC's government had announced on Sunday"
            if en
            else "Sehari sebelumnya, pemerintah Kongo mengumumkan",
            "'on Sunday' in a Monday article" if en else "'Minggu (26/1/2025)'",
        ),
        ev(
            "eac_summit_planned_2025_01_29",
            True,
            MEET,
            [TSHISEKEDI, KAGAME],
            "2025-01-29",
            "2025-01-29",
            "planned",
            "Kenyan President William Ruto, who chairs"
            if en
            else "Presiden Kenya William Ruto, selaku ketua",
            "'on Wednesday' after a Monday article" if en else "'akan menghadiri ... pada Rabu (29/1/2025)'",
        ),
        ev(
            "m23_seized_goma_2012_11",
            True,
            FORCE,
            [M23, DRC],
            *M23_2012,
            "asserted",
            "The M23 seized Goma once before" if en else "M23 pernah merebut Goma pada November 2012",
            "background: the earlier capture, same actors and place, 12 years apart",
            GOMA,
        ),
        ev(
            "rwanda_denies_backing",
            False,
            DENY,
            [RWANDA, M23],
            None,
            None,
            "denied",
            "Rwanda denies backing the rebels" if en else "Kinshasa menuding Rwanda mengirim pasukan",
        ),
        ev(
            "un_experts_rwandan_troops",
            False,
            [*STMT, *FORCE],
            [UN_EXPERTS, RWANDA],
            None,
            None,
            "asserted" if en else "alleged",
            "Rwanda denies backing the rebels" if en else "Menurut laporan panel ahli PBB",
            "'diduga bertempur' in Kompas",
        ),
        ev(
            "unsc_emergency_meeting_2025_01_26",
            False,
            MEET,
            [UNSC],
            *JAN26,
            "asserted",
            "At an emergency meeting of the UN Security Council"
            if en
            else "Dewan Keamanan PBB menggelar rapat darurat",
            "a body meeting on its own: optional",
        ),
        ev(
            "guterres_urges_withdrawal",
            False,
            STMT,
            [GUTERRES, RWANDA],
            None,
            None,
            "asserted",
            "UN Secretary-General Antonio Guterres called on Rwanda"
            if en
            else "Sekretaris Jenderal PBB Antonio Guterres mendesak",
        ),
    ]


page(
    "en_02_aljazeera_m23_rebels_enter_goma.txt",
    {
        "site": "aljazeera.com",
        "title": "M23 rebels claim capture of DR Congo's Goma as Kinshasa cuts ties with Rwanda",
        "subtitle": "Thousands flee as fighters backed by Rwanda enter eastern Congo's largest city, prompting an emergency UN Security Council meeting.",
        "authors": [],
        "published_at": {"accept_dates": ["2025-01-27"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "People flee with their belongings as M23 rebels advance on Goma, in North Kivu province of the Democratic Republic of the Congo, on January 26, 2025 [Arlette Bashizi/Reuters]"
        ],
        "related_titles": [],
    },
    first="Fighters from the Rwanda-backed M23 armed group",
    last="The M23 seized Goma once before",
    events=[
        *shared("en"),
        ev(
            "m23_statement_liberated",
            False,
            [*STMT, *FORCE],
            [M23, DRC],
            "2025-01-27",
            "2025-01-27",
            "asserted",
            "The rebels said in a statement early on Monday",
        ),
        ev(
            "gunfire_goma_2025_01_27",
            False,
            FORCE,
            [M23, DRC],
            "2025-01-27",
            "2025-01-27",
            "asserted",
            "Gunfire was heard near the airport",
            "no actor named",
        ),
        ev(
            "drc_recalls_diplomats_2025_01_26",
            False,
            REDUCE,
            [KAYIKWAMBA, RWANDA],
            *JAN26,
            "asserted",
            "Foreign Minister Therese Kayikwamba Wagner said Kinshasa had recalled",
            "part of the break in ties: recall and 48-hour order",
        ),
        ev(
            "kayikwamba_accuses_rwanda_2025_01_26",
            False,
            STMT,
            [KAYIKWAMBA, RWANDA],
            *JAN26,
            "asserted",
            "At an emergency meeting of the UN Security Council",
        ),
        ev(
            "rwamucyo_accuses_drc_2025_01_26",
            False,
            STMT,
            [RWANDA, DRC],
            *JAN26,
            "asserted",
            "Rwanda's ambassador to the UN, Ernest Rwamucyo",
        ),
        ev(
            "peacekeepers_killed",
            False,
            FORCE,
            [M23, PEACEKEEPERS],
            "2025-01-20",
            "2025-01-27",
            "asserted",
            "Thirteen foreign peacekeepers",
            "passive, no attacker named; 'since last week'",
        ),
        ev(
            "cirimwami_killed_2025_01_23",
            False,
            FORCE,
            [CIRIMWAMI],
            "2025-01-23",
            "2025-01-23",
            "asserted",
            "The military governor of North Kivu",
            "passive, no attacker named; 'on Thursday'",
        ),
        ev(
            "ruto_statement",
            False,
            STMT,
            [RUTO],
            None,
            None,
            "asserted",
            '"We cannot stand by',
        ),
        ev(
            "flee_caption_2025_01_26",
            False,
            FORCE,
            [M23, DRC],
            *JAN26,
            "asserted",
            "People flee with their belongings",
            "from a photo caption",
        ),
    ],
)

page(
    "id_02_kompas_pemberontak_m23_kuasai_goma.txt",
    {
        "site": "kompas.com",
        "title": "Pemberontak M23 Kuasai Goma, Kongo Putus Hubungan Diplomatik dengan Rwanda",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-01-28T21:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Goma",
        "cited_sources": [],
        "captions_required": [
            "Warga mengungsi dengan membawa barang-barang mereka saat pemberontak M23 mendekati kota Goma, Republik Demokratik Kongo, Minggu (26/1/2025). (AFP/JOSPIN MWISHA)"
        ],
        "related_titles": [
            "Gubernur Militer Kivu Utara Tewas Ditembak di Garis Depan",
            "Sejarah Konflik Kongo-Rwanda, dari Genosida 1994 hingga M23",
        ],
    },
    first="GOMA, KOMPAS.com -",
    last="M23 pernah merebut Goma pada November 2012",
    skip=("Baca juga:",),
    strip_prefix="GOMA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "m23_enters_goma_sunday_night",
            False,
            FORCE,
            [M23, DRC],
            *JAN26,
            "asserted",
            "Para pemberontak masuk ke kota berpenduduk",
            "the capture told in detail: 'pada Minggu malam'",
        ),
        ev(
            "drc_accuses_rwanda",
            False,
            STMT,
            [DRC, RWANDA],
            None,
            None,
            "asserted",
            "Kinshasa menuding Rwanda mengirim pasukan",
        ),
        ev(
            "m23_orders_surrender",
            False,
            [*STMT, *FORCE],
            [M23, DRC],
            None,
            None,
            "asserted",
            "Dalam pernyataannya, M23 meminta tentara Kongo",
        ),
        ev(
            "protesters_attack_embassies_2025_01_28",
            True,
            RIOT,
            [KINSHASA_PROTESTERS, EMBASSIES],
            "2025-01-28",
            "2025-01-28",
            "asserted",
            "Pada Selasa (28/1/2025) pagi, ratusan pengunjuk rasa",
            "'Selasa (28/1/2025) pagi'",
            ["Kinshasa", "COD"],
        ),
        ev(
            "police_tear_gas_kinshasa_2025_01_28",
            False,
            REPRESS,
            [DRC_POLICE, KINSHASA_PROTESTERS],
            "2025-01-28",
            "2025-01-28",
            "asserted",
            "Polisi menembakkan gas air mata",
        ),
        ev(
            "flee_caption_2025_01_26",
            False,
            FORCE,
            [M23, DRC],
            *JAN26,
            "asserted",
            "Warga mengungsi dengan membawa barang-barang",
            "from a photo caption",
        ),
    ],
)
