"""Gold for Singapore's arrest of the e-KTP fugitive Paulus Tannos on 17 Jan 2025, announced 24 Jan (CNA, Detik)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CPIB, INDONESIA, KPK, NOVANTO, SINGAPORE, SUPRATMAN, TANNOS
from common import ARREST, CHARGE, DENY, MEET, RULING, SIGN, STMT, ev, page

JAN17 = ("2025-01-17", "2025-01-17")
JAN24 = ("2025-01-24", "2025-01-24")
SG = ["Singapore", "Singapura", "SGP"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "cpib_arrests_tannos_2025_01_17",
            True,
            ARREST,
            [CPIB, TANNOS],
            *JAN17,
            "asserted",
            "The Corrupt Practices Investigation Bureau (CPIB) arrested Tannos"
            if en
            else "Buron kasus korupsi pengadaan KTP elektronik (e-KTP), Paulus Tannos, ditangkap",
            "'on Jan 17' in a 25 Jan article"
            if en
            else "passive 'ditangkap'; 'diamankan pada Jumat (17/1/2025)'",
            SG,
        ),
        ev(
            "kpk_names_tannos_suspect_2019_08",
            True,
            CHARGE,
            [KPK, TANNOS],
            "2019-08-01",
            "2019-08-31",
            "asserted",
            "Indonesia's Corruption Eradication Commission (KPK) named Tannos a suspect"
            if en
            else "Tannos ditetapkan sebagai tersangka oleh KPK",
            "background, month precision" + ("" if en else "; passive 'ditetapkan ... oleh KPK'"),
        ),
        ev(
            "indonesia_to_request_extradition",
            False,
            ["02", "10"],
            [INDONESIA, SINGAPORE],
            "2025-01-24",
            "2025-03-03",
            "planned",
            "Indonesia's Law Minister Supratman Andi Agtas told reporters"
            if en
            else "Menteri Hukum Supratman Andi Agtas menyebut pemerintah akan mengirimkan",
            "'would send ... as soon as possible' / 'akan ... dalam waktu dekat': within the 45 days of the treaty",
        ),
    ]


page(
    "en_02_cna_singapore_arrests_paulus_tannos.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Indonesian graft fugitive Paulus Tannos arrested in Singapore, faces extradition",
        "subtitle": "Singapore's Corrupt Practices Investigation Bureau arrested the businessman on Jan 17 after Indonesia made a provisional arrest request.",
        "authors": ["Loraine Lee"],
        "section": "Singapore",
        "published_at": {"accept": ["2025-01-25T12:05:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-01-25T15:10:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Singapore",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": [],
    },
    first="SINGAPORE: Paulus Tannos",
    last="The e-KTP scandal led to the conviction",
    strip_prefix="SINGAPORE:",
    events=[
        *shared("en"),
        ev(
            "tannos_in_remand_2025_01_24",
            False,
            ARREST,
            [SINGAPORE, TANNOS],
            "2025-01-17",
            "2025-01-24",
            "asserted",
            "Paulus Tannos, a businessman wanted in Indonesia",
            "the same arrest told by the ministry on Friday (Jan 24): 'has been arrested ... is in remand'",
            SG,
        ),
        ev(
            "singapore_pledges_cooperation_2025_01_24",
            False,
            STMT,
            [SINGAPORE, INDONESIA],
            *JAN24,
            "asserted",
            '"Singapore will continue to extend its full cooperation',
        ),
        ev(
            "tannos_denies_wrongdoing",
            False,
            DENY,
            [TANNOS, KPK],
            None,
            None,
            "denied",
            "Tannos, who was the president director",
            "'has previously denied wrongdoing': undated denial",
        ),
        ev(
            "indonesia_singapore_sign_extradition_treaty_2022_01",
            True,
            SIGN,
            [INDONESIA, SINGAPORE],
            "2022-01-01",
            "2022-01-31",
            "asserted",
            "It is the first case handled under the extradition treaty",
            "background clause: 'after being signed in Bintan in January 2022', passive, month precision",
            ["Bintan", "IDN"],
        ),
        ev(
            "novanto_sentenced_2018_04",
            True,
            RULING,
            [NOVANTO],
            "2018-04-01",
            "2018-04-30",
            "asserted",
            "The e-KTP scandal led to the conviction",
            "background, passive 'was sentenced ... in April 2018'; the court is not named",
        ),
        ev(
            "supratman_statement_2025_01_24",
            False,
            STMT,
            [SUPRATMAN],
            *JAN24,
            "asserted",
            "Indonesia's Law Minister Supratman Andi Agtas told reporters",
        ),
    ],
)

page(
    "id_02_detik_paulus_tannos_ditangkap_di_singapura.txt",
    {
        "site": "detik.com",
        "title": "Buron Kasus e-KTP Paulus Tannos Ditangkap di Singapura, KPK Siapkan Ekstradisi",
        "subtitle": None,
        "authors": ["Mulia Budi"],
        "section": "Hukum",
        "published_at": {"accept": ["2025-01-24T15:32:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [],
        "related_titles": ["Jejak Paulus Tannos, Buron e-KTP yang Sempat Ganti Kewarganegaraan"],
    },
    first="Jakarta - Buron kasus korupsi",
    last="KPK dijadwalkan menggelar rapat koordinasi",
    skip=("Baca juga:",),
    strip_prefix="Jakarta -",
    events=[
        *shared("id"),
        ev(
            "kpk_confirms_arrest_2025_01_24",
            False,
            STMT,
            [KPK],
            *JAN24,
            "asserted",
            '"Benar, yang bersangkutan sudah ditangkap',
            "quoted confirmation; the arrest it names is the 17 Jan one",
        ),
        ev(
            "kpk_coordination_meeting_planned",
            True,
            MEET,
            [KPK, INDONESIA],
            "2025-01-27",
            "2025-02-02",
            "planned",
            "KPK dijadwalkan menggelar rapat koordinasi",
            "'pekan depan' in a Friday 2025-01-24 article: the following week; a domestic meeting (03/04)",
        ),
    ],
)
