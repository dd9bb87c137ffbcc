"""Gold for Algeria downing a Malian drone near Tinzaouaten (31 Mar-1 Apr 2025, France 24/AFP) and the
ambassador recalls that followed (6-7 Apr 2025, Kumparan): two events of one row, on different days."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AES, ALGERIA, MALI, MALI_DRONE, TUAREG
from common import DENY, REDUCE, RESTRICT, STMT, SUMMON, THREAT, VIOLENCE, ev, page

EN = "en_05_afp_algeria_says_it_downed_drone_near_mali_border.txt"
ID = "id_07_kumparan_mali_dan_aljazair_tarik_duta_besar.txt"
APR1 = ("2025-04-01", "2025-04-01")
APR6 = ("2025-04-06", "2025-04-06")
APR7 = ("2025-04-07", "2025-04-07")
RECALL = [*REDUCE, "11", "12"]
TINZAOUATEN = ["Tinzaouaten", "DZA", "MLI"]


def shared(en: bool) -> list[dict]:
    """The drone downing and the old accord, told by both pages."""
    return [
        ev(
            "algeria_downs_malian_drone_2025_04_01",
            True,
            VIOLENCE,
            [ALGERIA, MALI_DRONE],
            "2025-03-31",
            "2025-04-01",
            "asserted",
            "Algeria's army said Tuesday it had shot down" if en else "Aljazair menembak jatuh drone itu",
            "'said Tuesday it had shot down'; 'overnight Monday to Tuesday' in the next paragraph"
            if en
            else "background in a later article: 'pada malam 31 Maret hingga 1 April'",
            TINZAOUATEN,
        ),
        ev(
            "mali_junta_ends_algiers_accord_2024_01",
            True,
            [*RECALL, "01", "02"],
            [MALI, ALGERIA],
            "2024-01-01",
            "2024-01-31",
            "asserted",
            "Relations between Algiers and Bamako have soured"
            if en
            else "Hubungan Aljazair dan Mali memburuk",
            "background: 'in January 2024' / 'pada Januari 2024'",
        ),
    ]


page(
    EN,
    {
        "site": "france24.com",
        "title": "Algeria says it shot down armed drone that violated airspace near Mali border",
        "subtitle": None,
        "authors": [],
        "section": "Africa",
        "published_at": {
            "accept": ["2025-04-01T21:05:00+02:00", "2025-04-01T21:05:00+00:00"],
            "accept_null": True,
        },
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Algiers",
        "cited_sources": ["AFP"],
        "captions_required": [],
        "related_titles": [],
    },
    first="Algiers (AFP) – Algeria's army said Tuesday",
    last="Mali's government is expected to respond",
    strip_prefix="Algiers (AFP) –",
    events=[
        *shared(True),
        ev(
            "algeria_ministry_statement_2025_04_01",
            False,
            STMT,
            [ALGERIA, MALI_DRONE],
            *APR1,
            "asserted",
            'The drone was "detected and downed"',
        ),
        ev(
            "mali_army_says_drone_crashed_2025_04_01",
            True,
            STMT,
            [MALI],
            *APR1,
            "asserted",
            "Mali's armed forces said on Tuesday",
            "also 'an investigation had been opened'",
        ),
        ev(
            "tuareg_kill_malian_soldiers_2024_07",
            True,
            VIOLENCE,
            [TUAREG, [*MALI, "Wagner", "RUS"]],
            "2024-07-20",
            "2024-07-31",
            "asserted",
            "In late July last year, Tuareg separatists said",
            "background: 'late July last year' from a 2025 article",
            TINZAOUATEN,
        ),
        ev(
            "algeria_denies_meddling",
            False,
            DENY,
            [ALGERIA, MALI],
            None,
            None,
            "denied",
            "Algeria, which denies those accusations",
            "no date",
        ),
        ev(
            "algeria_warns_foreign_military",
            False,
            THREAT,
            [ALGERIA],
            None,
            None,
            "asserted",
            "Algeria, which denies those accusations",
            "'has repeatedly warned', no date",
        ),
        ev(
            "mali_to_respond_formally",
            False,
            STMT,
            [MALI, ALGERIA],
            "2025-04-02",
            "2025-04-08",
            "planned",
            "Mali's government is expected to respond",
            "'in the coming days'",
        ),
    ],
)

page(
    ID,
    {
        "site": "kumparan.com",
        "title": "Mali dan Sekutunya Tarik Dubes dari Aljazair, Buntut Penembakan Drone di Perbatasan",
        "subtitle": None,
        "authors": ["kumparanNEWS"],
        "section": None,
        "published_at": {"accept": ["2025-04-07T16:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP"],
        "captions_required": [],
        "related_titles": ["Junta Mali Bubarkan Semua Partai Politik"],
    },
    first="Mali, Burkina Faso, dan Niger menarik duta besar",
    last="Hubungan Aljazair dan Mali memburuk",
    events=[
        *shared(False),
        ev(
            "aes_recall_ambassadors_2025_04_06",
            True,
            RECALL,
            [AES, ALGERIA],
            *APR6,
            "asserted",
            "Mali, Burkina Faso, dan Niger menarik duta besar",
            "lead has no date of its own ('pekan lalu' is the drone); 'Minggu (6/4) malam' in the next paragraph",
        ),
        ev(
            "aes_announces_recall_2025_04_06",
            False,
            STMT,
            [AES, ALGERIA],
            *APR6,
            "asserted",
            "Keputusan itu diumumkan",
        ),
        ev(
            "aes_accuses_hostile_act_2025_04_06",
            True,
            STMT,
            [AES, ALGERIA],
            *APR6,
            "asserted",
            "AES menuding penembakan drone",
            "accusation in the same statement; no date in the sentence",
        ),
        ev(
            "mali_denies_airspace_violation",
            True,
            DENY,
            [MALI, ALGERIA],
            "2025-04-01",
            "2025-04-07",
            "denied",
            "Pemerintah Mali membantah klaim tersebut.",
            "no date",
        ),
        ev(
            "mali_summons_algerian_ambassador",
            True,
            SUMMON,
            [MALI, ALGERIA],
            "2025-04-01",
            "2025-04-07",
            "asserted",
            "Mali juga memanggil duta besar Aljazair",
            "no date",
            ["Bamako", "MLI"],
        ),
        ev(
            "mali_to_complain_internationally",
            False,
            STMT,
            [MALI, ALGERIA],
            "2025-04-06",
            "2025-04-30",
            "planned",
            "Mali juga memanggil duta besar Aljazair",
            "'akan mengadukan', no date",
        ),
        ev(
            "algeria_recalls_ambassadors_2025_04_07",
            True,
            RECALL,
            [ALGERIA, [*MALI, "Niger", "NER"]],
            *APR7,
            "asserted",
            "Aljazair membalas pada Senin (7/4/2025)",
        ),
        ev(
            "algeria_regrets_stance_2025_04_07",
            False,
            STMT,
            [ALGERIA, AES],
            *APR7,
            "asserted",
            "Kementerian Luar Negeri Aljazair juga menyatakan",
        ),
        ev(
            "algeria_to_close_airspace_2025_04_07",
            True,
            RESTRICT,
            [ALGERIA, MALI],
            *APR7,
            "planned",
            "Selain itu, Aljazair mengumumkan akan menutup",
            "'akan menutup ... mulai Senin' in a Monday article",
        ),
    ],
)
