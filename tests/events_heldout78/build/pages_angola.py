"""Gold for the fuel-price strike and riots in Luanda, 28-30 Jul 2025, and the government's toll (France 24/AFP,
SINDOnews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ANGOLA_GOV, ANGOLA_POLICE, HOMEM, PROTESTERS_AO, TAXI_DRIVERS, UNITA
from common import ARREST, MEET, PROTEST, REPRESS, RIOT, STMT, ev, page

LUANDA = ["Luanda", "AGO"]
MON = ("2025-07-28", "2025-07-28")
THREE_DAYS = ("2025-07-28", "2025-07-30")
TUE = ("2025-07-29", "2025-07-29")
WED = ("2025-07-30", "2025-07-30")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "taxi_strike_begins_2025_07_28",
            True,
            PROTEST,
            [TAXI_DRIVERS, ANGOLA_GOV],
            *MON,
            "asserted",
            "The strike, called by taxi drivers' associations" if en else "Mogok yang diserukan asosiasi sopir taksi",
            "'for Monday to Wednesday' in a Wednesday article: Monday 28 Jul" if en else "'dimulai Senin (28/7/2025)'",
            LUANDA,
        ),
        ev(
            "riots_and_looting_2025_07_28",
            True,
            RIOT,
            [PROTESTERS_AO, ANGOLA_GOV],
            "2025-07-28",
            "2025-07-29",
            "asserted",
            "By Monday afternoon it had turned into riots" if en else "Pada Senin sore, aksi mogok berubah",
            "'By Monday afternoon'; looting ran into the night" if en else "'Pada Senin sore'; looting ran into the night",
            LUANDA,
        ),
        ev(
            "police_fire_tear_gas_2025_07_28",
            True,
            REPRESS,
            [ANGOLA_POLICE, PROTESTERS_AO],
            "2025-07-28",
            "2025-07-29",
            "asserted",
            "By Monday afternoon it had turned into riots" if en else "Pada Senin sore, aksi mogok berubah",
            "tear gas (and reportedly live rounds) against the Monday rioters",
            LUANDA,
        ),
        ev(
            "police_arrest_1214_2025_07_28",
            True,
            ARREST,
            [ANGOLA_POLICE, PROTESTERS_AO],
            *THREE_DAYS,
            "asserted",
            "Police arrested 1,214 people" if en else "Homem menyebut polisi menangkap 1.214 orang",
            "'during the three days of disturbances', Monday to Wednesday",
            LUANDA,
        ),
        ev(
            "homem_announces_toll_2025_07_30",
            True,
            STMT,
            [HOMEM, PROTESTERS_AO],
            *WED,
            "asserted",
            "Twenty-two people, among them a police officer" if en else "Homem menyebut polisi menangkap 1.214 orang",
            "'said on Wednesday'" if en else "'dalam konferensi pers di Luanda pada Rabu (30/7/2025)'",
            LUANDA,
        ),
        ev(
            "unita_accuses_police_2025_07_29",
            True,
            ["10", "11", "12"],
            [UNITA, ANGOLA_POLICE],
            *TUE,
            "asserted",
            "The main opposition party UNITA accused" if en else "Partai oposisi utama UNITA menuding",
            "'said on Tuesday': accusation of excessive force and a call for an inquiry" if en else "the next line dates it: 'pada Selasa (29/7/2025)'",
        ),
        ev(
            "anata_talks_with_government",
            False,
            MEET,
            [TAXI_DRIVERS, ANGOLA_GOV],
            *TUE,
            "asserted",
            "Taxi drivers' association ANATA, which had called off" if en else "Asosiasi sopir taksi ANATA menarik diri",
            "'on Tuesday after talks with the government'" if en else "'pada Selasa setelah berunding dengan pemerintah'",
            LUANDA,
        ),
        ev(
            "diesel_price_rise_2025_07",
            False,
            ["16"],
            [ANGOLA_GOV],
            "2025-07-01",
            "2025-07-15",
            "asserted",
            "The government raised the price of diesel" if en else "Pemerintah Angola menaikkan harga solar",
            "'earlier this month' / 'pada awal Juli': a domestic policy act, no second actor",
        ),
        ev(
            "army_patrols_luanda",
            False,
            ["15"],
            [ANGOLA_GOV],
            *WED,
            "asserted",
            "Calm had largely returned to the capital" if en else "Situasi di Luanda berangsur tenang",
            "troops patrolling: a show of force with no target named",
            LUANDA,
        ),
    ]


page(
    "en_01_france24_angola_fuel_protests_22_dead_more_than_1200_arrested.txt",
    {
        "site": "france24.com",
        "title": "Angola says 22 dead, more than 1,200 arrested in fuel price unrest",
        "subtitle": "Angola's interior minister said on Wednesday that 22 people, including a police officer, had been killed in three days of rioting and looting in Luanda that began with a taxi drivers' strike against a rise in diesel prices.",
        "authors": [],
        "section": "Africa",
        "published_at": {"accept": ["2025-07-30T18:42:00+02:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-07-30T19:15:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Luanda",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Police officers patrol a street in the Cazenga district of Luanda after a night of looting, July 29, 2025. © Julio Pacheco Ntela, AFP"
        ],
        "related_titles": [
            "Angola: Lourenco's government bets on oil reforms as debt bites",
            "Kenya marks anniversary of deadly protests amid heavy police presence",
        ],
    },
    first="Luanda (AFP) –",
    last="Calm had largely returned to the capital",
    strip_prefix="Luanda (AFP) –",
    events=[
        *shared("en"),
        ev(
            "police_disperse_july12_protest_2025_07_12",
            True,
            REPRESS,
            [ANGOLA_POLICE, PROTESTERS_AO],
            "2025-07-12",
            "2025-07-12",
            "asserted",
            "A first protest against the increase in Luanda on July 12",
            "'on July 12': background, tear gas against the first fuel protest",
            LUANDA,
        ),
        ev(
            "homem_blames_criminals_2025_07_30",
            False,
            STMT,
            [HOMEM, PROTESTERS_AO],
            *WED,
            "asserted",
            '"The police acted to restore order and protect property',
            "the minister's quote, same press conference as the toll",
        ),
        ev(
            "observatory_alleges_police_shootings",
            False,
            ["11", "12"],
            [["Angolan Human Rights Observatory", "civil society group", "AGO"], ANGOLA_POLICE],
            None,
            None,
            "alleged",
            "The Angolan Human Rights Observatory",
            "undated claim that police shot some of the dead",
        ),
    ],
)

page(
    "id_01_sindonews_kerusuhan_protes_harga_solar_di_angola_22_orang_tewas.txt",
    {
        "site": "sindonews.com",
        "title": "Kerusuhan Protes Harga Solar di Angola, 22 Orang Tewas dan 1.214 Ditangkap",
        "subtitle": None,
        "authors": ["Andika Hendra Mustaqim"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-07-31T09:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Luanda",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Polisi berpatroli di distrik Cazenga, Luanda, setelah malam penjarahan, Selasa (29/7/2025). FOTO/AFP"
        ],
        "related_titles": [
            "Demo Gen Z Meluas di Afrika, Pemerintah Hadapi Tekanan Ekonomi",
            "Harga BBM Naik, Warga di Sejumlah Negara Afrika Turun ke Jalan",
            "Presiden Angola Joao Lourenco Kunjungi Washington, Bahas Investasi Koridor Lobito",
            "Mogok Nasional di Nigeria, Serikat Buruh Tuntut Kenaikan Upah Minimum",
        ],
    },
    first="LUANDA - Sedikitnya 22 orang tewas",
    last="Situasi di Luanda berangsur tenang",
    skip=("Baca Juga:",),
    strip_prefix="LUANDA -",
    events=[
        *shared("id"),
        ev(
            "riot_deaths_2025_07_28",
            False,
            RIOT,
            [PROTESTERS_AO, ANGOLA_GOV],
            *THREE_DAYS,
            "asserted",
            "Sedikitnya 22 orang tewas, termasuk seorang polisi",
            "the toll of the lead; no perpetrator for the deaths",
            LUANDA,
        ),
    ],
)
