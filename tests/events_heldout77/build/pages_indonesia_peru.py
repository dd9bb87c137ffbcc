"""Gold for the Indonesia-Peru CEPA signed at the Merdeka Palace during Dina Boluarte's state visit, 11 Aug 2025
(Jakarta Globe, Republika)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BOLUARTE, BUDI, DPR, INDONESIA, LEON, PERU, PRABOWO, SCHIALER, SUGIONO
from common import MEET, SIGN, STMT, VISIT, ev, page

AUG11 = ("2025-08-11", "2025-08-11")
MERDEKA = ["Merdeka Palace", "Istana Merdeka", "Jakarta", "IDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "indonesia_peru_sign_cepa_2025_08_11",
            True,
            SIGN,
            [list(dict.fromkeys([*INDONESIA[:-1], *BUDI[:-2], "IDN"])), list(dict.fromkeys([*PERU[:-1], *LEON[:-2], "PER"]))],
            *AUG11,
            "asserted",
            "Indonesia and Peru on Monday signed" if en else "Indonesia dan Peru resmi menandatangani",
            "'on Monday' in a Monday 11 Aug article; signed by the two trade ministers"
            if en
            else "'Senin (11/8/2025)'; signed by the two trade ministers",
            MERDEKA,
        ),
        ev(
            "prabowo_boluarte_talks_2025_08_11",
            True,
            MEET,
            [PRABOWO, BOLUARTE],
            *AUG11,
            "asserted",
            "Before the signing, the two presidents held" if en else "Sebelum penandatanganan, kedua kepala negara",
            "before Monday's signing",
            MERDEKA,
        ),
        ev(
            "boluarte_state_visit_2025_08_11",
            True,
            VISIT,
            [BOLUARTE, INDONESIA],
            *(AUG11 if en else ("2025-08-10", "2025-08-11")),
            "asserted",
            "Indonesia and Peru on Monday signed" if en else "Dina Boluarte tiba di Jakarta pada Ahad",
            "the state visit in which the Monday signing took place"
            if en
            else "'tiba ... pada Ahad (10/8/2025) malam', welcomed on Monday morning",
            MERDEKA,
        ),
        ev(
            "sugiono_schialer_exchange_mou_2025_08_11",
            True,
            SIGN,
            [SUGIONO, SCHIALER],
            *AUG11,
            "asserted",
            "Foreign Minister Sugiono and his Peruvian counterpart" if en else "Selain IP-CEPA, Menteri Luar Negeri Sugiono",
            "'also exchanged' at the same Monday ceremony",
            MERDEKA,
        ),
        ev(
            "prabowo_calls_peru_gateway_2025_08_11",
            False,
            STMT,
            [PRABOWO, PERU],
            *AUG11,
            "asserted",
            '"Peru is our gateway to Latin America' if en else '"Peru adalah pintu masuk kita',
            "a quote of the joint statement",
        ),
        ev(
            "cepa_to_go_to_dpr_for_ratification",
            False,
            ["03", "02"],
            [BUDI, DPR],
            None,
            None,
            "planned",
            "The agreement will take effect once" if en else '"Setelah ini, kami akan segera menyampaikan',
            "'would submit it ... this year' / 'akan segera': no firm date",
        ),
    ]


page(
    "en_02_jakartaglobe_indonesia_peru_sign_cepa_during_boluarte_visit.txt",
    {
        "site": "jakartaglobe.id",
        "title": "Indonesia, Peru Sign Trade Pact as Boluarte Visits Jakarta",
        "subtitle": None,
        "authors": ["Jayanty Nada Shofa"],
        "section": "Business",
        "published_at": {"accept": ["2025-08-11T18:27:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "President Prabowo Subianto, right, receives Peruvian President Dina Boluarte at the Merdeka Palace in Jakarta on Aug. 11, 2025. (B1 Photo/Joanito De Saojoao)"
        ],
        "related_titles": ["Indonesia, EU Close In on CEPA Deal"],
    },
    first="Jakarta. Indonesia and Peru on Monday signed",
    last="Prabowo and Boluarte first discussed the pact",
    skip=("Read also:", "Indonesia, EU Close In on CEPA Deal"),
    strip_prefix="Jakarta.",
    events=[
        *shared("en"),
        ev(
            "prabowo_boluarte_met_at_apec_lima_2024_11",
            True,
            MEET,
            [PRABOWO, BOLUARTE],
            "2024-11-01",
            "2024-11-30",
            "asserted",
            "Prabowo and Boluarte first discussed the pact",
            "'in November last year' in a 2025 article: APEC Lima, November 2024",
            ["Lima", "PER"],
        ),
        ev(
            "boluarte_invites_indonesian_investment_2025_08_11",
            False,
            ["02", "03"],
            [BOLUARTE, INDONESIA],
            *AUG11,
            "asserted",
            "Boluarte said Peru wanted to buy more fertiliser",
            "a wish and an invitation at the joint statement",
        ),
    ],
)

page(
    "id_02_republika_indonesia_dan_peru_teken_ip_cepa_di_istana_merdeka.txt",
    {
        "site": "republika.co.id",
        "title": "Indonesia dan Peru Teken IP-CEPA di Istana Merdeka, Prabowo: Peru Pintu Masuk ke Amerika Latin",
        "subtitle": None,
        "authors": ["Dessy Suciati Saputri"],
        "editors": ["Friska Yolandha"],
        "section": "Ekonomi",
        "published_at": {"accept": ["2025-08-11T20:10:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Antara"],
        "captions_required": [
            "Presiden Prabowo Subianto (kanan) berjabat tangan dengan Presiden Peru Dina Boluarte di Istana Merdeka, Jakarta, Senin (11/8/2025). - (Republika/Prayogi)"
        ],
        "related_titles": [
            "Prabowo Terima Kunjungan PM Malaysia Anwar Ibrahim di Istana Bogor",
            "Mendag Budi: Perjanjian Dagang dengan Uni Eropa Segera Rampung",
            "Mendag Targetkan Ekspor ke Amerika Latin Naik 10 Persen",
        ],
    },
    first="REPUBLIKA.CO.ID, JAKARTA --",
    last="Nilai perdagangan kedua negara pada 2024",
    skip=(
        "Baca Juga",
        "Prabowo Terima Kunjungan PM Malaysia Anwar Ibrahim di Istana Bogor",
        "Mendag Budi: Perjanjian Dagang dengan Uni Eropa Segera Rampung",
    ),
    strip_prefix="REPUBLIKA.CO.ID, JAKARTA --",
    events=[
        *shared("id"),
        ev(
            "budi_says_cepa_cuts_tariffs",
            False,
            STMT,
            [BUDI, PERU],
            None,
            None,
            "asserted",
            "Budi Santoso mengatakan, perjanjian tersebut",
            "a description of the deal's effect",
        ),
    ],
)
