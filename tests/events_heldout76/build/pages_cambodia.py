"""Gold for the 110 Indonesians held by Cambodian police after fleeing a scam compound in Chrey Thom, Kandal,
17-19 Oct 2025, and the Foreign Ministry's response (detik, Jakarta Globe)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CAMBODIA, CAMBODIA_POLICE, INDONESIA_MFA, KARDING, SCAM_COMPANY, WNI
from common import ARREST, MEET, STMT, ev, page

KANDAL = ["Chrey Thom", "Kandal", "Provinsi Kandal", "Kandal province", "KHM"]
OCT19 = ("2025-10-19", "2025-10-19")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "cambodian_police_detain_110_wni_2025_10_17",
            True,
            ARREST,
            [CAMBODIA_POLICE, WNI],
            "2025-10-17",
            "2025-10-18",
            "asserted",
            "Cambodian police are holding 110 Indonesian citizens" if en else "Sebanyak 110 warga negara Indonesia (WNI) ditahan",
            "fled 'on Friday night' (17 Oct) and were then secured by police: Friday night into Saturday",
            KANDAL,
        ),
        ev(
            "embassy_team_visits_police_2025_10_18",
            True,
            ["04", "03"],
            [INDONESIA_MFA, CAMBODIA],
            "2025-10-18",
            "2025-10-18",
            "asserted",
            "An embassy team went to the police station on Saturday" if en else "Judha menyebut tim KBRI Phnom Penh",
            "'on Saturday' before a Sunday statement" if en else "'Sabtu (18/10)'",
            KANDAL,
        ),
        ev(
            "indonesia_asks_cambodia_treat_as_victims_2025_10_19",
            True,
            ["10", "02"],
            [INDONESIA_MFA, CAMBODIA],
            *OCT19,
            "asserted",
            "Jakarta has asked Cambodian authorities" if en else "Kemlu, kata dia, meminta otoritas Kamboja",
            "part of the ministry's statement of Sunday 19 Oct",
        ),
        ev(
            "wni_to_be_repatriated",
            False,
            ["03", "07", "04"],
            [INDONESIA_MFA, WNI],
            None,
            None,
            "planned",
            "Jakarta has asked Cambodian authorities" if en else "\"Setelah proses pendataan selesai",
            "'sent home in stages': no date",
        ),
        ev(
            "company_abused_workers",
            False,
            ["18", "17"],
            [SCAM_COMPANY, WNI],
            None,
            None,
            "alleged",
            "Most of the workers told officials" if en else "Menurut Judha, sebagian besar WNI",
            "abuse and passports withheld, undated",
        ),
        ev(
            "karding_urges_public",
            False,
            STMT,
            [KARDING, WNI],
            None,
            None,
            "asserted",
            "Migrant Workers Protection Minister Abdul Kadir Karding" if en else "Menteri Perlindungan Pekerja Migran Indonesia",
            "repeated appeals, undated",
        ),
    ]


page(
    "id_02_detik_110_wni_kabur_dari_perusahaan_scam_di_kamboja_ditahan_polisi.txt",
    {
        "site": "news.detik.com",
        "title": "110 WNI Kabur dari Perusahaan Scam di Kamboja, Kini Ditahan Polisi Setempat",
        "subtitle": None,
        "authors": ["Mochamad Zhacky Kusumo"],
        "editors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-19T21:10:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [
            "Bareskrim Tangkap Perekrut WNI ke Perusahaan Scam Kamboja",
            "Kemlu Ungkap Modus Perekrutan WNI ke Perusahaan Scam di Kamboja",
            "Polisi Kamboja Razia Kompleks Judi Online, Ratusan Orang Diamankan",
        ],
    },
    first="Jakarta - Sebanyak 110 warga negara Indonesia",
    last="Menteri Perlindungan Pekerja Migran Indonesia",
    skip=("Baca juga:",),
    strip_prefix="Jakarta -",
    events=[
        *shared("id"),
        ev(
            "judha_statement_2025_10_19",
            False,
            STMT,
            [INDONESIA_MFA, CAMBODIA],
            *OCT19,
            "asserted",
            "\"Para WNI tersebut kabur dari kompleks",
            "'Minggu (19/10/2025)': the ministry's account itself",
        ),
    ],
)

page(
    "en_02_jakartaglobe_indonesians_who_fled_cambodian_scam_compound_held_by_police.txt",
    {
        "site": "jakartaglobe.id",
        "title": "110 Indonesians Who Fled Cambodian Scam Compound Held by Police, Embassy Steps In",
        "subtitle": None,
        "authors": ["Jayanty Nada Shofa"],
        "section": "News",
        "published_at": {"accept": ["2025-10-20T10:42:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [
            "Police Arrest Recruiters Sending Indonesians to Cambodian Scam Hubs",
            "Prabowo Marks One Year in Office With Cabinet Review",
        ],
    },
    first="Jakarta. Cambodian police are holding",
    last="Migrant Workers Protection Minister Abdul Kadir Karding",
    skip=("Read also:", "Police Arrest Recruiters Sending"),
    strip_prefix="Jakarta.",
    events=[*shared("en")],
)
