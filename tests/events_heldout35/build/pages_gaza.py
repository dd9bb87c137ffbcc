"""Gold for Israel's resumed strikes across Gaza in the early hours of 18 March 2025 (Reuters, CNN
Indonesia): the shared events are the strikes, the 19 January truce, the US consultation and the aid halt."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EGYPT, GAZA, HAMAS, IDN_MFA, ISRAEL, NETANYAHU, QATAR, US_GOV
from common import AGREE, DENY, FORCE, STMT, THREAT, ev, page

MAR18 = ("2025-03-18", "2025-03-18")
GAZA_LOC = ["Gaza", "PSE"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "israel_strikes_gaza_2025_03_18",
            True,
            FORCE,
            [ISRAEL, GAZA],
            *MAR18,
            "asserted",
            "Israeli warplanes pounded targets" if en else "Israel kembali melancarkan serangan udara",
            "'in the early hours of Tuesday' in a Tuesday article"
            if en
            else "'pada Selasa (18/3) dini hari'",
            GAZA_LOC,
        ),
        ev(
            "gaza_ceasefire_takes_effect_2025_01_19",
            True,
            AGREE,
            [ISRAEL, HAMAS],
            "2025-01-19",
            "2025-01-19",
            "asserted",
            "The ceasefire, brokered by Egypt and Qatar"
            if en
            else "Serangan itu merupakan yang paling mematikan",
            "background: 'took effect on Jan. 19'"
            if en
            else "background in a subordinate clause: 'pada 19 Januari lalu'",
        ),
        ev(
            "israel_consults_us_2025_03_17",
            True,
            ["03", "04"],
            [ISRAEL, US_GOV],
            "2025-03-17",
            "2025-03-18",
            "asserted",
            "White House press secretary Karoline Leavitt"
            if en
            else "Gedung Putih mengonfirmasi bahwa Israel",
            "'on Monday night', reported through Leavitt"
            if en
            else "no date: 'sebelum serangan dilancarkan'",
        ),
        ev(
            "israel_halts_gaza_aid_2025_03_02",
            True,
            ["16", "17"],
            [ISRAEL, GAZA],
            "2025-03-02",
            "2025-03-02",
            "asserted",
            "Israel halted the entry of all humanitarian aid"
            if en
            else "Sejak 2 Maret, Israel juga telah menghentikan",
            "explicit date in a background sentence",
        ),
    ]


page(
    "en_01_reuters_israel_resumes_gaza_strikes_killing_hundreds.txt",
    {
        "site": "reuters.com",
        "title": "Israel launches wave of strikes across Gaza, killing hundreds and shattering ceasefire",
        "subtitle": None,
        "authors": ["Nidal al-Mughrabi", "Maayan Lubell"],
        "section": "Middle East",
        "published_at": {"accept": ["2025-03-18T12:41:00+02:00"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-03-18"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Cairo/Jerusalem",
        "cited_sources": ["Fox News"],
        "captions_required": [
            "Palestinians inspect the rubble of a house destroyed by Israeli strikes in Khan Younis in the southern Gaza Strip, March 18, 2025. REUTERS/Hatem Khaled"
        ],
        "related_titles": [],
    },
    first="CAIRO/JERUSALEM, March 18 (Reuters) -",
    last="Israeli officials say 59 hostages remain",
    strip_prefix="CAIRO/JERUSALEM, March 18 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "netanyahu_orders_strong_action_2025_03_18",
            False,
            STMT,
            [NETANYAHU, HAMAS],
            "2025-03-17",
            "2025-03-18",
            "asserted",
            "Prime Minister Benjamin Netanyahu's office said",
            "a statement about the order; the strike itself is coded above",
        ),
        ev(
            "israel_vows_increasing_force",
            False,
            [*THREAT, "18", "19"],
            [ISRAEL, HAMAS],
            *MAR18,
            "asserted",
            '"From now on, Israel will act against Hamas',
            "a threat in a quote; a coder may read it as a planned use of force",
        ),
        ev(
            "israel_orders_evacuations_2025_03_18",
            False,
            ["13", "15", "17"],
            [ISRAEL, GAZA],
            *MAR18,
            "asserted",
            "The Israeli military ordered residents of Beit Hanoun",
        ),
        ev(
            "hamas_accuses_israel_2025_03_18",
            False,
            STMT,
            [HAMAS, ISRAEL],
            *MAR18,
            "asserted",
            "Hamas accused Israel of overturning",
            "an accusation in a statement: optional",
        ),
        ev(
            "hamas_officials_killed_2025_03_18",
            False,
            FORCE,
            [ISRAEL, HAMAS],
            *MAR18,
            "asserted",
            "The group said several of its senior officials",
            "part of the same strikes, told through Hamas",
        ),
        ev(
            "hostage_prisoner_exchanges_2025_01_19",
            False,
            ["08", "05", "06"],
            [HAMAS, ISRAEL],
            "2025-01-19",
            "2025-03-01",
            "asserted",
            "The ceasefire, brokered by Egypt and Qatar",
            "the first phase's exchanges, 19 Jan to early March",
        ),
        ev(
            "hamas_denies_stealing_aid",
            False,
            DENY,
            [HAMAS, ISRAEL],
            None,
            None,
            "denied",
            "Israel halted the entry of all humanitarian aid",
            "'a charge the group denies': undated",
        ),
        ev(
            "egypt_condemns_strikes_2025_03_18",
            False,
            STMT,
            [EGYPT, ISRAEL],
            *MAR18,
            "asserted",
            "Egypt's foreign ministry condemned",
        ),
        ev(
            "qatar_calls_for_talks_2025_03_18",
            False,
            STMT,
            [QATAR, ISRAEL],
            *MAR18,
            "asserted",
            "Egypt's foreign ministry condemned",
            "second clause of the same sentence",
        ),
        ev(
            "khan_younis_rubble_caption",
            False,
            FORCE,
            [ISRAEL, GAZA],
            *MAR18,
            "asserted",
            "Palestinians inspect the rubble",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_cnnindonesia_israel_gempur_gaza_lagi_gencatan_senjata_runtuh.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Israel Gempur Gaza Lagi, Ratusan Orang Tewas dan Gencatan Senjata Runtuh",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-03-18T14:20:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Fox News"],
        "captions_required": [
            "Warga Palestina memeriksa puing rumah yang hancur akibat serangan udara Israel di Khan Younis, Jalur Gaza selatan, Selasa (18/3/2025). (REUTERS/Hatem Khaled)"
        ],
        "related_titles": [
            "Mesir dan Qatar Kecam Serangan Israel, Desak Gencatan Senjata Dipulihkan",
            "Hamas Bebaskan Tiga Sandera Lagi dalam Pertukaran Tahanan",
        ],
    },
    first="Jakarta, CNN Indonesia --",
    last="Israel menyatakan operasi militer akan terus diperluas",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "netanyahu_orders_strong_action_2025_03_18",
            False,
            STMT,
            [NETANYAHU, HAMAS],
            "2025-03-17",
            "2025-03-18",
            "asserted",
            "Kantor Perdana Menteri Benjamin Netanyahu menyatakan",
        ),
        ev(
            "israel_claims_hamas_targets",
            False,
            STMT,
            [ISRAEL, HAMAS],
            *MAR18,
            "asserted",
            "Militer Israel mengklaim menyasar",
        ),
        ev(
            "hamas_accuses_israel_2025_03_18",
            False,
            STMT,
            [HAMAS, ISRAEL],
            *MAR18,
            "asserted",
            "Hamas menuding Israel",
        ),
        ev(
            "hamas_officials_killed_2025_03_18",
            False,
            FORCE,
            [ISRAEL, HAMAS],
            *MAR18,
            "asserted",
            "Menurut Hamas, sejumlah pejabatnya ikut tewas",
        ),
        ev(
            "indonesia_condemns_strikes_2025_03_18",
            False,
            STMT,
            [IDN_MFA, ISRAEL],
            *MAR18,
            "asserted",
            "Kementerian Luar Negeri RI mengecam keras",
            "no date in the sentence; the quote follows",
        ),
        ev(
            "israel_vows_wider_operations",
            False,
            [*THREAT, "18", "19"],
            [ISRAEL, HAMAS],
            *MAR18,
            "asserted",
            "Israel menyatakan operasi militer akan terus diperluas",
            "'akan ... diperluas': a threat, or a planned use of force",
        ),
        ev(
            "khan_younis_rubble_caption",
            False,
            FORCE,
            [ISRAEL, GAZA],
            *MAR18,
            "asserted",
            "Warga Palestina memeriksa puing rumah",
            "from a photo caption",
        ),
    ],
)
