"""Gold for the police operation against the TLP march camp at Muridke, Punjab, 13 Oct 2025 (DW, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import FRANCE, PAKISTAN_GOV, PUNJAB_GOV, PUNJAB_POLICE, TLP, USA
from common import ARREST, PROTEST, STMT, VIOLENCE, ev, page

OCT13 = ("2025-10-13", "2025-10-13")
OCT10 = ("2025-10-10", "2025-10-10")
MURIDKE = ["Muridke", "Punjab", "PAK"]
LAHORE = ["Lahore", "PAK"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    said = OCT13 if en else ("2025-10-13", "2025-10-14")
    return [
        ev(
            "police_clear_tlp_camp_2025_10_13",
            True,
            ["17", "18", "19"],
            [PUNJAB_POLICE, TLP],
            *OCT13,
            "asserted",
            "Police and paramilitary forces in Pakistan's Punjab" if en else "Polisi dan pasukan paramiliter Rangers Pakistan membubarkan",
            "'on Monday' in a Monday 13 Oct article" if en else "'Senin (13/10/2025)'",
            MURIDKE,
        ),
        ev(
            "tlp_fire_on_police_2025_10_13",
            True,
            VIOLENCE,
            [TLP, PUNJAB_POLICE],
            *OCT13,
            "asserted",
            "Punjab police chief Usman Anwar said a station house officer" if en else "Kepala Kepolisian Punjab Usman Anwar mengatakan",
            "the officer killed during Monday's operation; police account",
            MURIDKE,
        ),
        ev(
            "tlp_march_sets_off_2025_10_10",
            True,
            PROTEST,
            [TLP, USA],
            *OCT10,
            "asserted",
            "The TLP had set off from Lahore on Friday" if en else "TLP memulai long march",
            "'on Friday' before Monday 13 Oct" if en else "'sejak Jumat (10/10/2025)'; protest aimed at the US Embassy",
            LAHORE,
        ),
        ev(
            "police_arrest_2700_2025_10_10",
            True,
            ARREST,
            [PUNJAB_POLICE, TLP],
            "2025-10-10",
            "2025-10-13",
            "asserted",
            "Police said they had arrested more than 2,700" if en else "Polisi menyebut lebih dari 2.700 orang",
            "raids 'since Friday' up to the camp on Monday: a range",
            ["Punjab", "PAK"],
        ),
        ev(
            "tlp_accuses_government_massacre",
            True,
            ["11", "12"],
            [TLP, PAKISTAN_GOV],
            *said,
            "asserted",
            "The TLP accused the government of a" if en else "TLP menuduh pemerintah melakukan",
            "undated accusation after Monday's operation: the day of the operation or the article's",
        ),
        ev(
            "naqvi_defends_crackdown",
            True,
            STMT,
            [PAKISTAN_GOV, TLP],
            *said,
            "asserted",
            "Interior Minister Mohsin Naqvi defended the crackdown" if en else "Menteri Dalam Negeri Mohsin Naqvi membela",
            "undated statement reacting to Monday's operation",
        ),
        ev(
            "punjab_to_recommend_tlp_ban",
            True,
            ["17", "16", "03", "10"],
            [PUNJAB_GOV, TLP],
            *said,
            "planned",
            "Interior Minister Mohsin Naqvi defended the crackdown" if en else "Menteri Informasi Punjab Azma Bukhari mengatakan",
            "'would recommend ... ban the party': planned, stated with the reaction to the operation",
        ),
        ev(
            "tlp_banned_2021",
            False,
            ["17"],
            [PAKISTAN_GOV, TLP],
            "2021-01-01",
            "2021-12-31",
            "asserted",
            "The TLP, which campaigns for the enforcement" if en else "TLP dikenal vokal menuntut",
            "background: the 2021 ban, year only",
        ),
        ev(
            "tlp_protests_against_france_2021",
            False,
            PROTEST,
            [TLP, FRANCE],
            "2021-01-01",
            "2021-12-31",
            "asserted",
            "The TLP, which campaigns for the enforcement" if en else "TLP dikenal vokal menuntut",
            "background, year only",
        ),
    ]


page(
    "en_01_dw_pakistan_police_clear_tlp_march_at_muridke.txt",
    {
        "site": "dw.com",
        "title": "Pakistan: Police clear Islamist TLP march camp, officer killed",
        "subtitle": "Pakistani police and paramilitary Rangers have dismantled a protest camp of the hard-line Tehreek-e-Labbaik Pakistan. An officer and several protesters were killed as the march toward Islamabad was broken up.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept_dates": ["2025-10-13"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP", "Reuters", "dpa"],
        "captions_required": [
            "Police fired tear gas as they moved on the TLP camp in Muridke on MondayImage: Arif Ali/AFP"
        ],
        "related_titles": [
            "Pakistan: Gaza ceasefire deal sparks protests in Lahore",
            "Pakistan: Deadly clashes as TLP protesters march on Islamabad",
            "Pakistan signs defense pact with Saudi Arabia",
        ],
    },
    first="Police and paramilitary forces in Pakistan's Punjab",
    last="The TLP, which campaigns for the enforcement",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "tlp_clash_police_lahore_2025_10_10",
            True,
            ["14", "18", "19"],
            [TLP, PUNJAB_POLICE],
            "2025-10-10",
            "2025-10-11",
            "asserted",
            "The TLP had set off from Lahore on Friday",
            "'in Lahore on Friday and Saturday'",
            LAHORE,
        ),
        ev(
            "internet_suspended_2025_10_10",
            False,
            ["17", "16"],
            [PAKISTAN_GOV, TLP],
            *OCT10,
            "asserted",
            "Authorities had suspended mobile internet services",
            "'on Friday'; target is the public at large, so optional",
            ["Islamabad", "Rawalpindi", "PAK"],
        ),
    ],
)

page(
    "id_01_republika_polisi_pakistan_bubarkan_long_march_tlp_di_muridke.txt",
    {
        "site": "republika.co.id",
        "title": "Polisi Pakistan Bubarkan Long March TLP di Muridke, Satu Polisi Tewas",
        "subtitle": None,
        "authors": [],
        "editors": ["Nidia Zuraya"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-14T08:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Lahore",
        "cited_sources": ["Reuters", "AP"],
        "captions_required": [
            "Polisi antihuru-hara Pakistan berjaga di dekat lokasi kamp pengunjuk rasa TLP di Muridke, Provinsi Punjab, Senin (13/10/2025). (FOTO: AP Photo/K.M. Chaudary)"
        ],
        "related_titles": [
            "Gencatan Senjata Gaza Berlaku, Warga Palestina Mulai Kembali ke Utara",
            "Pakistan dan Arab Saudi Teken Pakta Pertahanan Bersama",
            "Pakistan Blokir Internet Seluler di Islamabad Jelang Aksi TLP",
            "Ribuan Pendukung TLP Bentrok dengan Polisi di Lahore",
        ],
    },
    first="REPUBLIKA.CO.ID, LAHORE --",
    last="TLP dikenal vokal menuntut",
    skip=(
        "Baca Juga",
        "Gencatan Senjata Gaza Berlaku",
        "Pakistan dan Arab Saudi Teken",
    ),
    strip_prefix="REPUBLIKA.CO.ID, LAHORE --",
    events=[*shared("id")],
)
