"""Gold for Putin's state visit to New Delhi and the 23rd India-Russia summit, 4-5 Dec 2025 (Reuters, Antara)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import INDIA, MODI, MURMU, PESKOV, PUTIN, RUSSIA, USA
from common import FORCE, MEET, REDUCE, SIGN, STMT, VISIT, ev, page

DEC4 = ("2025-12-04", "2025-12-04")
DEC5 = ("2025-12-05", "2025-12-05")
DELHI = ["New Delhi", "Hyderabad House", "IND"]
UKRAINE = ["Ukraine", "Ukraina", "Kyiv", "UKR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "putin_modi_summit_2025_12_05",
            True,
            MEET,
            [PUTIN, MODI],
            *DEC5,
            "asserted",
            "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi held talks"
            if en
            else "Presiden Rusia Vladimir Putin dan Perdana Menteri India Narendra Modi menggelar",
            "'on Friday' in a Friday article" if en else "'Jumat (5/12/2025)'",
            DELHI,
        ),
        ev(
            "india_russia_sign_programme_2025_12_05",
            True,
            SIGN,
            [INDIA, RUSSIA],
            *DEC5,
            "asserted",
            "India and Russia signed an economic cooperation programme"
            if en
            else "Kedua negara menandatangani program kerja sama ekonomi",
            "no date in the sentence: signed at the Friday summit of the lead",
            DELHI,
        ),
        ev(
            "modi_receives_putin_airport_2025_12_04",
            True,
            MEET,
            [MODI, PUTIN],
            *DEC4,
            "asserted",
            "Modi broke protocol to receive Putin" if en else "Modi secara khusus menjemput langsung Putin",
            "'on Thursday evening' in a Friday article" if en else "'Kamis (4/12) malam'",
            ["Palam", "New Delhi", "IND"],
        ),
        ev(
            "us_extra_tariff_on_india_2025_08",
            True,
            REDUCE,
            [USA, INDIA],
            "2025-08-01",
            "2025-08-31",
            "asserted",
            "The visit comes months after Washington imposed"
            if en
            else "Pertemuan tersebut berlangsung beberapa bulan setelah",
            "background: 'in August' / 'pada Agustus lalu' in a December article; tariffs as a sanction (16)",
        ),
        ev(
            "murmu_state_banquet_2025_12_05",
            True,
            MEET,
            [MURMU, PUTIN],
            *DEC5,
            "planned",
            "Putin will attend a state banquet" if en else "Sebelum meninggalkan India, Putin dijadwalkan",
            "'will attend ... on Friday evening' / 'dijadwalkan ... Jumat malam': still to come when written",
        ),
        ev(
            "putin_pledges_fuel_supplies",
            False,
            STMT,
            [PUTIN, INDIA],
            *DEC5,
            "asserted",
            '"Russia is ready to continue uninterrupted' if en else '"Rusia siap melanjutkan pasokan',
            "a quoted pledge after the talks",
        ),
        ev(
            "modi_backs_ukraine_peace",
            False,
            STMT,
            [MODI, RUSSIA],
            *DEC5,
            "asserted",
            "Modi, in unusually warm remarks" if en else "Modi menyebut hubungan India dan Rusia",
        ),
    ]


page(
    "en_01_reuters_putin_modi_new_delhi_summit.txt",
    {
        "site": "reuters.com",
        "title": "Putin, Modi agree to expand trade as Russian leader makes first India visit since Ukraine war",
        "subtitle": None,
        "authors": ["Krishn Kaushik", "Shivam Patel"],
        "section": "India",
        "published_at": {"accept": ["2025-12-05T18:42:00+05:30"], "accept_null": False},
        "updated_at": {"accept_dates": ["2025-12-05"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "New Delhi",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [],
    },
    first="NEW DELHI, Dec 5 (Reuters) -",
    last="Modi travelled to Moscow for the previous summit",
    strip_prefix="NEW DELHI, Dec 5 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "putin_ceremonial_welcome_2025_12_05",
            False,
            MEET,
            [INDIA, PUTIN],
            *DEC5,
            "asserted",
            "The two leaders met at Hyderabad House",
            "the welcome and wreath-laying of the same Friday, told in a clause",
            DELHI,
        ),
        ev(
            "peskov_no_harm_to_third_countries_2025_12_04",
            False,
            STMT,
            [PESKOV],
            *DEC4,
            "asserted",
            "Kremlin spokesman Dmitry Peskov told reporters on Thursday",
        ),
        ev(
            "putin_visited_india_2021_12",
            True,
            VISIT,
            [PUTIN, INDIA],
            "2021-12-01",
            "2021-12-31",
            "asserted",
            "The Russian leader last visited India in December 2021.",
            "background visit, month precision",
        ),
        ev(
            "modi_visited_moscow_2024_07",
            True,
            VISIT,
            [MODI, RUSSIA],
            "2024-07-01",
            "2024-07-31",
            "asserted",
            "Modi travelled to Moscow for the previous summit",
            "background visit, month precision",
            ["Moscow", "RUS"],
        ),
    ],
)

page(
    "id_01_antara_putin_dan_modi_sepakati_program_ekonomi_2030.txt",
    {
        "site": "antaranews.com",
        "title": "Putin dan Modi sepakati program kerja sama ekonomi hingga 2030",
        "subtitle": None,
        "authors": ["Yashinta Difa Pramudyani"],
        "editors": ["Atman Ahdiat"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-12-05T21:08:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "New Delhi",
        "cited_sources": [],
        "captions_required": [
            "Perdana Menteri India Narendra Modi menyambut Presiden Rusia Vladimir Putin setibanya di Bandara Palam, New Delhi, Kamis (4/12/2025). ANTARA FOTO/Reuters/Adnan Abidi/aa."
        ],
        "related_titles": [],
    },
    first="New Delhi (ANTARA) -",
    last="Sebelum meninggalkan India, Putin dijadwalkan",
    strip_prefix="New Delhi (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "russia_invades_ukraine_2022_02",
            True,
            FORCE,
            [RUSSIA, UKRAINE],
            "2022-02-01",
            "2022-02-28",
            "asserted",
            "Kunjungan kenegaraan itu merupakan yang pertama",
            "background: 'sejak Rusia melancarkan invasi skala penuh ke Ukraina pada Februari 2022'",
        ),
        ev(
            "modi_welcomes_putin_caption_2025_12_04",
            False,
            MEET,
            [MODI, PUTIN],
            *DEC4,
            "asserted",
            "Perdana Menteri India Narendra Modi menyambut Presiden Rusia",
            "from a photo caption: the airport welcome of the body",
        ),
    ],
)
