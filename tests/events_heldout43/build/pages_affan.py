"""Gold for Propam detaining seven Brimob officers over the death of driver Affan Kurniawan, 28-29 Aug 2025
(Detik, Jakarta Post)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import AFFAN, BRIMOB, DPR, OJOL, POLICE_ID, POLRI_CHIEF, PRABOWO, PROPAM, PROTESTERS_DPR
from common import ARREST, CHARGE, PROTEST, STMT, VIOLENCE, VISIT, ev, page

AUG28 = ("2025-08-28", "2025-08-28")
AUG29 = ("2025-08-29", "2025-08-29")
JAKARTA = ["Jakarta", "IDN"]


def shared(en: bool) -> list[dict]:
    """The events both outlets report, each with its own evidence."""
    return [
        ev(
            "propam_detains_brimob_2025_08_29",
            True,
            ARREST,
            [PROPAM, BRIMOB],
            *AUG29,
            "asserted",
            "The head of the police's Profession"
            if en
            else "Divisi Profesi dan Pengamanan (Propam) Polri menempatkan",
            "'on Friday'" if en else "'sejak Jumat (29/8/2025)'",
            JAKARTA,
        ),
        ev(
            "brimob_vehicle_kills_affan_2025_08_28",
            True,
            VIOLENCE,
            [BRIMOB, AFFAN],
            *AUG28,
            "asserted",
            "Affan Kurniawan, who was delivering" if en else "Affan, pengemudi ojol berusia 21 tahun",
            "passive: struck by / dilindas",
            JAKARTA,
        ),
        ev(
            "kapolri_apologizes_2025_08_28",
            True,
            STMT,
            [POLRI_CHIEF, AFFAN],
            *AUG28,
            "asserted",
            "National Police chief Gen. Listyo Sigit"
            if en
            else "Kapolri Jenderal Listyo Sigit Prabowo sebelumnya",
            "an apology (055)",
        ),
        ev(
            "ojol_protest_brimob_hq_2025_08_29",
            True,
            PROTEST,
            [OJOL, POLICE_ID],
            *AUG29,
            "asserted",
            "Hundreds of ride-hailing drivers staged"
            if en
            else "Sementara itu, ratusan pengemudi ojol menggeruduk",
            "",
            JAKARTA,
        ),
        ev(
            "brimob_ethics_trial_planned",
            True,
            CHARGE,
            [PROPAM, BRIMOB],
            "2025-09-01",
            "2025-09-07",
            "planned",
            "An ethics tribunal will be held next week" if en else "Propam akan menggelar sidang kode etik",
            "'next week' / 'pekan depan' after a Friday or Saturday article",
        ),
        ev(
            "dpr_allowance_protests_2025_08_25",
            True,
            PROTEST,
            [PROTESTERS_DPR, DPR],
            "2025-08-25",
            "2025-08-28",
            "asserted",
            "Affan Kurniawan, who was delivering" if en else "Gelombang unjuk rasa menolak tunjangan",
            "background: rallies 'since Monday' / 'sejak Senin (25/8/2025)'",
            JAKARTA,
        ),
    ]


page(
    "id_02_detik_propam_tempatkan_khusus_7_anggota_brimob.txt",
    {
        "site": "detik.com",
        "title": "Propam Tempatkan Khusus 7 Anggota Brimob Terkait Tewasnya Ojol Affan Kurniawan",
        "subtitle": None,
        "authors": ["Kurniawan Fadilah"],
        "section": "Hukum & Kriminal",
        "published_at": {"accept": ["2025-08-29T16:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Foto: Suasana pemakaman Affan Kurniawan, pengemudi ojol yang tewas terlindas rantis Brimob, di TPU Karet Bivak, Jakarta Pusat, Jumat (29/8/2025). (Pradita Utama/detikcom)"
        ],
        "related_titles": [
            "Kronologi Rantis Brimob Lindas Pengemudi Ojol di Pejompongan",
            "Prabowo Minta Kasus Ojol Terlindas Rantis Diusut Tuntas",
        ],
    },
    first="Jakarta - Divisi Profesi",
    last="Gelombang unjuk rasa menolak",
    skip=("Baca juga:",),
    strip_prefix="Jakarta -",
    events=[
        *shared(False),
        ev(
            "propam_says_ethics_violation",
            False,
            STMT,
            [PROPAM, BRIMOB],
            *AUG29,
            "asserted",
            '"Hari ini tujuh personel',
        ),
        ev(
            "bripka_r_allegedly_drove",
            False,
            VIOLENCE,
            [BRIMOB, AFFAN],
            *AUG28,
            "alleged",
            "Abdul Karim menyebut ketujuh anggota",
        ),
        ev(
            "prabowo_orders_probe",
            False,
            STMT,
            [PRABOWO, POLICE_ID],
            None,
            None,
            "asserted",
            "Presiden Prabowo Subianto dalam pernyataan video",
        ),
    ],
)

page(
    "en_02_jakartapost_seven_brimob_officers_detained_over_driver_death.txt",
    {
        "site": "thejakartapost.com",
        "title": "Seven Brimob officers detained over death of ride-hailing driver as Prabowo visits family",
        "subtitle": None,
        "authors": ["Yerica Lai", "Nur Janti"],
        "section": "Politics",
        "published_at": {"accept": ["2025-08-30T11:02:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Ride-hailing motorcycle drivers gather outside the Mobile Brigade (Brimob) headquarters in Kwitang, Central Jakarta, on Aug. 29, 2025, demanding justice for their colleague Affan Kurniawan. (JP/Dhoni Setiawan)"
        ],
        "related_titles": [],
    },
    first="The National Police's internal affairs division",
    last="Affan was buried at the Karet Bivak",
    events=[
        *shared(True),
        ev(
            "propam_detains_brimob_lede",
            False,
            ARREST,
            [PROPAM, BRIMOB],
            *AUG29,
            "asserted",
            "The National Police's internal affairs division",
            "the lede of the same detention, undated",
        ),
        ev(
            "prabowo_visits_affan_family_2025_08_29",
            True,
            VISIT,
            [PRABOWO, AFFAN],
            *AUG29,
            "asserted",
            "President Prabowo Subianto visited",
            "'on Friday evening'",
            JAKARTA,
        ),
        ev(
            "police_tear_gas_drivers_2025_08_29",
            True,
            ["17", "18", "19", "20"],
            [POLICE_ID, OJOL],
            *AUG29,
            "asserted",
            "Hundreds of ride-hailing drivers staged",
            "'officers responded with tear gas'",
            JAKARTA,
        ),
        ev(
            "amnesty_urges_accountability",
            False,
            STMT,
            [["Amnesty International Indonesia", "Usman Hamid", "IDN"], POLICE_ID],
            None,
            None,
            "asserted",
            "Amnesty International Indonesia executive director",
        ),
        ev(
            "drivers_protest_caption_2025_08_29",
            False,
            PROTEST,
            [OJOL, POLICE_ID],
            *AUG29,
            "asserted",
            "Ride-hailing motorcycle drivers gather outside",
            "from a photo caption",
        ),
    ],
)
