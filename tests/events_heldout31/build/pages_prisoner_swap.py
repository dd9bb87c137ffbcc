"""Gold for the Russia-West prisoner exchange in Ankara on 1 Aug 2024 that freed Evan Gershkovich (Reuters
the same day, Kompas the next morning)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    BIDEN,
    FREED_AMERICANS,
    GERMANY,
    GERSHKOVICH,
    KHANGOSHVILI,
    KRASIKOV,
    PUTIN,
    RETURNEES_RUS,
    RUSSIA,
    RUSSIA_COURT,
    SCHOLZ,
    TURKEY_MIT,
    USA,
    WEST,
)
from common import ARREST, DENY, EASE, MEET, RULING, STMT, VIOLENCE, ev, page

AUG1 = ("2024-08-01", "2024-08-01")
ANKARA = ["Ankara", "Esenboga", "TUR"]
ANDREWS = ["Joint Base Andrews", "Pangkalan Gabungan Andrews", "USA"]
SWAP = [*EASE, "03", "05", "06"]
WEST_USA = [*USA, *WEST]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence and modality."""
    en = lang == "en"
    return [
        ev(
            "russia_west_prisoner_swap_2024_08_01",
            True,
            SWAP,
            [RUSSIA, WEST_USA],
            *AUG1,
            "asserted",
            "Russia freed Wall Street Journal reporter"
            if en
            else "Rusia dan Amerika Serikat (AS) beserta sekutunya",
            "'on Thursday' in a Thursday article" if en else "'pada Kamis (1/8/2024)' in a Friday article",
            ANKARA,
        ),
        ev(
            "germany_frees_krasikov_2024_08_01",
            True,
            EASE,
            [GERMANY, KRASIKOV],
            *AUG1,
            "asserted",
            "Among those sent back to Russia was Vadim Krasikov"
            if en
            else "Sebagai gantinya, Jerman membebaskan Vadim Krasikov",
            "passive 'was released by Germany'; no date, part of the swap"
            if en
            else "no date, part of the swap",
            ANKARA,
        ),
        ev(
            "biden_greets_freed_americans_2024_08_01",
            True,
            MEET,
            [BIDEN, FREED_AMERICANS],
            *AUG1,
            "planned" if en else "asserted",
            "Biden and Vice President Kamala Harris will greet"
            if en
            else "Presiden AS Joe Biden dan Wakil Presiden Kamala Harris menyambut",
            "'will greet ... late on Thursday': planned in a Thursday article"
            if en
            else "told as done, 'pada Kamis malam waktu setempat'",
            ANDREWS,
        ),
        ev(
            "putin_greets_returnees_2024_08_01",
            True,
            MEET,
            [PUTIN, RETURNEES_RUS],
            *AUG1,
            "planned" if en else "asserted",
            "Putin is expected to greet the returning Russians"
            if en
            else "Di Moskwa, Presiden Rusia Vladimir Putin menyambut",
            "'is expected to' in a Thursday article" if en else "no date; the night of the swap",
            ["Vnukovo", "Moscow", "Moskwa", "RUS"],
        ),
        ev(
            "russia_arrests_gershkovich_2023_03",
            True,
            ARREST,
            [RUSSIA, GERSHKOVICH],
            "2023-03-01",
            "2023-03-31",
            "asserted",
            "Gershkovich, 32, was arrested in March 2023"
            if en
            else "Gershkovich ditangkap di Yekaterinburg pada Maret tahun lalu",
            "passive, 'in March 2023'" if en else "passive 'ditangkap', 'Maret tahun lalu' in a 2024 article",
            ["Yekaterinburg", "RUS"],
        ),
        ev(
            "court_convicts_gershkovich_2024_07_19",
            True,
            RULING,
            [RUSSIA_COURT, GERSHKOVICH],
            *(("2024-07-01", "2024-07-31") if en else ("2024-07-19", "2024-07-19")),
            "asserted",
            "A court in Yekaterinburg convicted him of espionage last month"
            if en
            else "Pengadilan di Yekaterinburg kemudian menjatuhkan vonis",
            "'last month' in an August article" if en else "'pada 19 Juli 2024'",
            ["Yekaterinburg", "RUS"],
        ),
        ev(
            "gershkovich_denies_spying",
            False,
            DENY,
            [GERSHKOVICH, RUSSIA],
            None,
            None,
            "denied",
            "Gershkovich, 32, was arrested in March 2023"
            if en
            else "Gershkovich ditangkap di Yekaterinburg pada Maret tahun lalu",
            "'all denied that he was a spy'" if en else "'tuduhan yang dibantah keras'",
        ),
        ev(
            "mit_coordinated_swap",
            False,
            STMT,
            [TURKEY_MIT],
            *AUG1,
            "asserted",
            "The swap, which took place at Ankara's Esenboga airport"
            if en
            else "Badan intelijen Turkiye (MIT) menyatakan",
        ),
        ev(
            "putin_pardons_russians",
            False,
            [*EASE, *STMT],
            [PUTIN],
            None,
            None,
            "asserted",
            "Kremlin spokesman Dmitry Peskov said" if en else "Menurut juru bicara Kremlin Dmitry Peskov",
            "pardons signed before the swap, no date",
        ),
    ]


page(
    "en_01_reuters_russia_us_prisoner_swap_frees_gershkovich.txt",
    {
        "site": "reuters.com",
        "title": "Russia and West complete biggest prisoner swap since Cold War, freeing Gershkovich and Whelan",
        "subtitle": None,
        "authors": ["Guy Faulconbridge", "Andrew Osborn", "Humeyra Pamuk"],
        "section": "Europe",
        "published_at": {"accept": ["2024-08-01T21:12:00+03:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-08-01"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Ankara/Moscow/Washington",
        "cited_sources": [],
        "captions_required": [
            "A plane believed to be carrying prisoners released by Russia stands on the tarmac at Ankara Esenboga Airport in Ankara, Turkey, August 1, 2024. REUTERS/Umit Bektas"
        ],
        "related_titles": [],
    },
    first="ANKARA/MOSCOW/WASHINGTON, Aug 1 (Reuters) -",
    last="Putin is expected to greet",
    strip_prefix="ANKARA/MOSCOW/WASHINGTON, Aug 1 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "krasikov_berlin_killing_2019",
            True,
            VIOLENCE,
            [KRASIKOV, KHANGOSHVILI],
            "2019-01-01",
            "2019-12-31",
            "asserted",
            "Among those sent back to Russia was Vadim Krasikov",
            "background: 'the 2019 killing in a Berlin park', a noun phrase inside a relative clause",
            ["Berlin", "DEU"],
        ),
        ev(
            "biden_hails_deal",
            False,
            STMT,
            [BIDEN],
            *AUG1,
            "asserted",
            '"Today, three Americans who were wrongly detained',
        ),
        ev(
            "scholz_defends_release",
            False,
            STMT,
            [SCHOLZ],
            *AUG1,
            "asserted",
            "German Chancellor Olaf Scholz said the decision",
        ),
        ev(
            "kara_murza_kurmasheva_freed",
            False,
            SWAP,
            [RUSSIA, FREED_AMERICANS],
            *AUG1,
            "asserted",
            "Other Russians freed included opposition politician",
            "the same swap, told per prisoner",
        ),
        ev(
            "plane_caption_2024_08_01",
            False,
            SWAP,
            [RUSSIA],
            *AUG1,
            "asserted",
            "A plane believed to be carrying prisoners released by Russia",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_pertukaran_tahanan_rusia_as_di_ankara.txt",
    {
        "site": "kompas.com",
        "title": "Pertukaran Tahanan Terbesar sejak Perang Dingin, Rusia Bebaskan Jurnalis AS Evan Gershkovich",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-08-02T07:45:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Ankara",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Jurnalis The Wall Street Journal Evan Gershkovich (tengah) turun dari pesawat setibanya di Pangkalan Gabungan Andrews, Maryland, Amerika Serikat, Kamis (1/8/2024) malam, setelah dibebaskan Rusia dalam pertukaran tahanan di Ankara. (AFP/ANDREW CABALLERO-REYNOLDS)"
        ],
        "related_titles": ["Evan Gershkovich Divonis 16 Tahun Penjara oleh Pengadilan Rusia"],
    },
    first="ANKARA, KOMPAS.com -",
    last="Pertukaran ini disebut sebagai yang terbesar",
    skip=("Baca juga",),
    strip_prefix="ANKARA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "krasikov_berlin_killing",
            False,
            VIOLENCE,
            [KRASIKOV, KHANGOSHVILI],
            None,
            None,
            "asserted",
            "Sebagai gantinya, Jerman membebaskan Vadim Krasikov",
            "background killing with no date on this page",
            ["Berlin", "DEU"],
        ),
        ev(
            "russia_frees_americans",
            False,
            SWAP,
            [RUSSIA, FREED_AMERICANS],
            *AUG1,
            "asserted",
            "Dalam pertukaran itu, Moskwa membebaskan jurnalis",
            "the same swap, told per prisoner",
        ),
        ev(
            "biden_quote",
            False,
            STMT,
            [BIDEN],
            *AUG1,
            "asserted",
            '"Penderitaan brutal mereka sudah berakhir,"',
        ),
        ev(
            "gershkovich_lands_caption_2024_08_01",
            False,
            SWAP,
            [RUSSIA, GERSHKOVICH],
            *AUG1,
            "asserted",
            "Jurnalis The Wall Street Journal Evan Gershkovich (tengah)",
            "from a photo caption: passive 'setelah dibebaskan Rusia'",
        ),
    ],
)
