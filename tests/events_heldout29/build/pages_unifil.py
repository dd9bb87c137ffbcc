"""Gold for Israeli tank fire on UNIFIL's Naqoura headquarters that wounded two Indonesian peacekeepers on
10 Oct 2024, and Jakarta's condemnation (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDONESIA, ISRAEL, ISRAEL_MIL, ITALY, LEBANON, RETNO, UN_PKO, UNIFIL, USA
from common import DENY, FORCE, MEET, STMT, SUMMON, VIOLENCE, ev, page

OCT10 = ("2024-10-10", "2024-10-10")
OCT9 = ("2024-10-09", "2024-10-09")
NAQOURA = ["Naqoura", "LBN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "israel_fires_on_unifil_hq_2024_10_10",
            True,
            VIOLENCE,
            [ISRAEL_MIL, UNIFIL],
            *OCT10,
            "asserted",
            "An Israeli Merkava tank fired at" if en else "Dua prajurit TNI yang bertugas",
            "'on Thursday' in a Thursday article"
            if en
            else "'Kamis (10/10/2024)'; passive 'terluka setelah ... menembaki'",
            NAQOURA,
        ),
        ev(
            "israel_fires_on_labbouneh_post_2024_10_09",
            True,
            VIOLENCE,
            [ISRAEL_MIL, UNIFIL],
            *OCT9,
            "asserted" if en else "alleged",
            "The peacekeeping force, known as UNIFIL, said" if en else "Sehari sebelumnya, tentara Israel",
            "'on Wednesday' inside UNIFIL's reported statement"
            if en
            else "'dilaporkan ... Rabu (9/10/2024)': reportedly",
            ["Labbouneh", "LBN"],
        ),
        ev(
            "italy_summons_israeli_envoy_2024_10_10",
            True,
            SUMMON,
            [ITALY, ISRAEL],
            *OCT10,
            "asserted",
            "Italy, which has more than 1,000 troops" if en else "Italia, yang mengirim lebih dari",
            "no date in the sentence: the same day as the shooting"
            if en
            else "'kemarin' in a Friday-morning 2024-10-11 article",
            ["Roma", "ITA"],
        ),
        ev(
            "israel_ground_operation_lebanon_2024_10_01",
            True,
            FORCE,
            [ISRAEL, LEBANON],
            *(("2024-09-30", "2024-10-06") if en else ("2024-10-01", "2024-10-01")),
            "asserted",
            "Israel launched what it calls limited" if en else "Israel melancarkan operasi darat",
            "background: 'last week' in a Thursday 2024-10-10 article"
            if en
            else "background: 'sejak 1 Oktober 2024'",
        ),
        ev(
            "indonesia_condemns_attack_2024_10_10",
            False,
            STMT,
            [INDONESIA, ISRAEL],
            *OCT10,
            "asserted",
            "Indonesia's foreign ministry strongly condemned"
            if en
            else "Kementerian Luar Negeri RI mengecam keras",
            "a condemnation: a statement, optional as in the seeds",
        ),
        ev(
            "israel_says_it_warned_unifil",
            False,
            STMT,
            [ISRAEL_MIL, UNIFIL],
            None,
            None,
            "asserted",
            "The Israeli military said its forces" if en else "Militer Israel menyatakan pasukannya",
        ),
    ]


page(
    "en_01_reuters_israeli_tank_fire_wounds_two_unifil_peacekeepers.txt",
    {
        "site": "reuters.com",
        "title": "Israeli tank fire wounds two Indonesian UN peacekeepers in Lebanon, UNIFIL says",
        "subtitle": None,
        "authors": ["Maya Gebeily", "Emma Farge"],
        "section": "Middle East",
        "published_at": {"accept": ["2024-10-10T19:41:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-10-10"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Beirut",
        "cited_sources": [],
        "captions_required": [
            "A UN peacekeepers' (UNIFIL) vehicle drives past a damaged building in Marjayoun, southern Lebanon, October 8, 2024. REUTERS/Karamallah Daher"
        ],
        "related_titles": [],
    },
    first="BEIRUT, Oct 10 (Reuters) -",
    last="UNIFIL, which has about 10,000",
    strip_prefix="BEIRUT, Oct 10 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "jokowi_protest_note_planned",
            False,
            STMT,
            [INDONESIA, ISRAEL],
            None,
            None,
            "planned",
            "Indonesia's foreign ministry strongly condemned",
            "'would send a protest note': a planned statement",
        ),
        ev(
            "crosetto_war_crimes",
            False,
            STMT,
            [ITALY, ISRAEL],
            *OCT10,
            "asserted",
            "Italy, which has more than 1,000 troops",
        ),
        ev(
            "unifil_statement_serious",
            False,
            STMT,
            [UNIFIL, ISRAEL],
            *OCT10,
            "asserted",
            '"This is a serious development',
        ),
        ev(
            "israel_orders_villages_evacuated",
            False,
            ["16", "17", "15"],
            [ISRAEL, LEBANON],
            None,
            None,
            "asserted",
            "Israel launched what it calls limited",
        ),
        ev(
            "us_deeply_concerned",
            False,
            STMT,
            [USA, ISRAEL],
            *OCT10,
            "asserted",
            "The United States, Israel's main ally",
        ),
        ev(
            "unifil_refuses_to_move",
            False,
            ["12", "01", "02"],
            [UNIFIL, ISRAEL],
            None,
            None,
            "asserted",
            "UNIFIL, which has about 10,000",
        ),
    ],
)

page(
    "id_01_kompas_dua_prajurit_tni_unifil_terluka.txt",
    {
        "site": "kompas.com",
        "title": "Dua Prajurit TNI di UNIFIL Terluka Ditembak Tank Israel, RI Kecam Keras",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-10-11T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Kendaraan pasukan penjaga perdamaian PBB (UNIFIL) melintas di Marjayoun, Lebanon selatan, Selasa (8/10/2024). (AFP/RABIH DAHER)"
        ],
        "related_titles": [
            "Israel Mulai Operasi Darat di Lebanon Selatan, Ribuan Warga Mengungsi",
            "Profil Kontingen Garuda, Pasukan Perdamaian Indonesia di Lebanon",
        ],
    },
    first="JAKARTA, KOMPAS.com -",
    last="Indonesia merupakan negara penyumbang",
    skip=("Baca juga:",),
    strip_prefix="JAKARTA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "retno_calls_lacroix_2024_10_10",
            True,
            MEET,
            [RETNO, UN_PKO],
            *OCT10,
            "asserted",
            "Menteri Luar Negeri Retno Marsudi juga menyatakan",
            "'melalui sambungan telepon pada Kamis malam': a phone call is a consultation",
        ),
        ev(
            "israel_denies_targeting_peacekeepers",
            False,
            DENY,
            [ISRAEL_MIL, UNIFIL],
            None,
            None,
            "denied",
            "Militer Israel menyatakan pasukannya",
            "'Israel membantah sengaja menargetkan'",
        ),
        ev(
            "tni_statement_soldiers_conscious",
            False,
            STMT,
            [INDONESIA, UNIFIL],
            None,
            None,
            "asserted",
            "Kepala Pusat Penerangan TNI",
        ),
        ev(
            "troop_contributors_joint_statement_planned",
            False,
            STMT,
            [INDONESIA, ISRAEL],
            None,
            None,
            "planned",
            "Indonesia merupakan negara penyumbang",
            "'dijadwalkan mengeluarkan pernyataan bersama' with no date",
        ),
    ],
)
