"""Gold for Russia's Oreshnik strike on Dnipro (21 Nov 2024) and Ukraine's ATACMS strike on Bryansk
(19 Nov 2024), as Reuters and CNN Indonesia report them."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    LYSAK,
    NATO,
    PESKOV,
    PUTIN,
    RUSSIA,
    RUSSIA_TARGET,
    UKRAINE,
    UKRAINE_AIR_FORCE,
    US_OFFICIAL,
    USA,
    WEST,
    ZELENSKY,
)
from common import DENY, FORCE, MEET, STMT, THREAT, ev, page

NOV21 = ("2024-11-21", "2024-11-21")
NOV19 = ("2024-11-19", "2024-11-19")
STRIKE = ["15", *FORCE]  # a strike told as a 'test' of a new missile may be coded as a display of force


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "russia_strikes_dnipro_2024_11_21",
            True,
            STRIKE,
            [RUSSIA, UKRAINE],
            *NOV21,
            "asserted",
            "Russia struck the Ukrainian city of Dnipro" if en else "Rusia menggempur kota Dnipro",
            "'on Thursday' in a Thursday article" if en else "'pada Kamis (21/11)'",
            ["Dnipro", "UKR"],
        ),
        ev(
            "ukraine_atacms_bryansk_2024_11_19",
            True,
            FORCE,
            [UKRAINE, RUSSIA_TARGET],
            *NOV19,
            "asserted",
            "Ukraine fired six U.S.-made ATACMS missiles"
            if en
            else "Serangan ke Dnipro terjadi dua hari setelah Ukraina",
            "'on Tuesday' in a Thursday article: the defence ministry's claim, told as fact"
            if en
            else "'pada Selasa (19/11)'",
            ["Bryansk", "RUS"],
        ),
        ev(
            "putin_warns_west",
            False,
            THREAT,
            [PUTIN, WEST],
            *NOV21,
            "asserted",
            "In a televised address to the nation" if en else "Ia juga memperingatkan bahwa Moskow berhak",
        ),
        ev(
            "putin_quote_mirror_response",
            False,
            THREAT,
            [PUTIN, WEST],
            *NOV21,
            "asserted",
            '"In the event of an escalation' if en else '"Jika terjadi eskalasi tindakan agresif',
        ),
        ev(
            "air_force_icbm_claim",
            False,
            STMT,
            [UKRAINE_AIR_FORCE, RUSSIA],
            *NOV21,
            "asserted",
            "Ukraine's air force said earlier" if en else "Angkatan Udara Ukraina sebelumnya melaporkan",
        ),
        ev(
            "lysak_reports_damage",
            False,
            STMT,
            [LYSAK],
            *NOV21,
            "asserted",
            "Regional governor Serhiy Lysak said" if en else "Gubernur Dnipropetrovsk Serhiy Lysak",
        ),
        ev(
            "zelensky_urges_response",
            False,
            STMT,
            [ZELENSKY, RUSSIA],
            "2024-11-21",
            "2024-11-22",
            "asserted",
            "Ukrainian President Volodymyr Zelenskiy said on Telegram"
            if en
            else "Presiden Ukraina Volodymyr Zelensky mengecam",
        ),
        ev(
            "biden_allows_atacms",
            False,
            ["03", "05", "08", *STMT],
            [USA, UKRAINE],
            None,
            None,
            "asserted" if en else "alleged",
            "Ukraine fired six U.S.-made ATACMS missiles"
            if en
            else "Serangan itu dilakukan tak lama setelah pemerintahan",
            "undated; the CNN sentence says 'dilaporkan'",
        ),
    ]


page(
    "en_01_reuters_russia_fires_new_missile_at_dnipro.txt",
    {
        "site": "reuters.com",
        "title": "Russia fires new intermediate-range missile at Ukraine's Dnipro, Putin warns the West",
        "subtitle": None,
        "authors": ["Max Hunder", "Guy Faulconbridge"],
        "section": "Europe",
        "published_at": {"accept": ["2024-11-21T21:14:00+02:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-11-22"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kyiv/Moscow",
        "cited_sources": [],
        "captions_required": [
            "A view shows an industrial site damaged during a Russian missile strike, amid Russia's attack on Ukraine, in Dnipro, Ukraine November 21, 2024. REUTERS/Mykola Synelnykov"
        ],
        "related_titles": [],
    },
    first="KYIV/MOSCOW, Nov 21 (Reuters) -",
    last="The Kremlin said on Thursday that it remained open",
    strip_prefix="KYIV/MOSCOW, Nov 21 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "atacms_five_shot_down",
            False,
            FORCE,
            [RUSSIA, UKRAINE],
            None,
            None,
            "asserted",
            "The defence ministry said five of the missiles",
            "the Bryansk strike told in detail",
        ),
        ev(
            "storm_shadow_kursk",
            False,
            FORCE,
            [UKRAINE, RUSSIA_TARGET],
            "2024-11-18",
            "2024-11-21",
            "alleged",
            "Kyiv also fired British Storm Shadow",
            "'this week' only in the lead; bloggers' claim, unconfirmed by London and Kyiv",
        ),
        ev(
            "us_notified_before_launch",
            False,
            STMT,
            [US_OFFICIAL, RUSSIA],
            *NOV21,
            "asserted",
            "A U.S. official said Washington had been notified",
        ),
        ev(
            "kremlin_open_to_dialogue",
            False,
            STMT,
            [RUSSIA, WEST],
            *NOV21,
            "asserted",
            "The Kremlin said on Thursday that it remained open",
        ),
        ev(
            "dnipro_damage_caption",
            False,
            STRIKE,
            [RUSSIA, UKRAINE],
            *NOV21,
            "asserted",
            "A view shows an industrial site damaged",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_cnnindonesia_putin_serang_dnipro_dengan_rudal_oreshnik.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Putin Serang Dnipro dengan Rudal Baru Oreshnik, Balas Serangan ATACMS ke Rusia",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2024-11-22T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Presiden Rusia Vladimir Putin mengklaim pasukannya menembakkan rudal hipersonik jarak menengah baru bernama Oreshnik ke kota Dnipro, Ukraina. (REUTERS/Mykola Synelnykov)"
        ],
        "related_titles": ["Biden Izinkan Ukraina Pakai Rudal ATACMS untuk Serang Wilayah Rusia"],
    },
    first="Jakarta, CNN Indonesia --",
    last="Sementara itu, Dewan NATO-Ukraina",
    skip=("Baca juga:", "Biden Izinkan Ukraina Pakai Rudal ATACMS"),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "putin_claims_oreshnik_test",
            False,
            STRIKE,
            [PUTIN, UKRAINE],
            None,
            None,
            "asserted",
            'Putin menyebut rudal hipersonik bernama "Oreshnik"',
            "the Dnipro strike as Putin tells it; no date in the sentence",
        ),
        ev(
            "atacms_five_shot_down",
            False,
            FORCE,
            [RUSSIA, UKRAINE],
            None,
            None,
            "alleged",
            "Kementerian itu mengklaim lima rudal",
            "'mengklaim'",
        ),
        ev(
            "west_denies_icbm_claim",
            False,
            DENY,
            [WEST, UKRAINE_AIR_FORCE],
            None,
            None,
            "denied",
            "Angkatan Udara Ukraina sebelumnya melaporkan",
            "'klaim yang belakangan dibantah sejumlah pejabat Barat'",
        ),
        ev(
            "peskov_warning_sent",
            False,
            STMT,
            [PESKOV, USA],
            "2024-11-22",
            "2024-11-22",
            "asserted",
            "Juru bicara Kremlin Dmitry Peskov mengatakan pada Jumat (22/11)",
        ),
        ev(
            "nato_ukraine_council_2024_11_26",
            True,
            MEET,
            [NATO, UKRAINE],
            "2024-11-26",
            "2024-11-26",
            "planned",
            "Sementara itu, Dewan NATO-Ukraina dijadwalkan",
            "'dijadwalkan ... pada Selasa (26/11)'",
            ["Brussel", "BEL"],
        ),
        ev(
            "dnipro_caption_claim",
            False,
            STRIKE,
            [PUTIN, UKRAINE],
            None,
            None,
            "asserted",
            "Presiden Rusia Vladimir Putin mengklaim pasukannya",
            "from a photo caption, undated",
        ),
    ],
)
