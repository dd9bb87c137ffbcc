"""Gold for the RSF drone strike on a mosque in El Fasher at dawn on Friday 19 Sep 2025 and the condemnations
that followed (France 24, Okezone)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    EL_FASHER_WORSHIPPERS,
    GUTERRES,
    RSF,
    SAUDI,
    SUDAN_DOCTORS,
    SUDAN_GOV,
    ZAMZAM,
)
from common import DENY, VIOLENCE, ev, page

CONDEMN = ["11", "12", "01", "02", "10"]
SEP19 = ("2025-09-19", "2025-09-19")
SEP20 = ("2025-09-20", "2025-09-20")
EL_FASHER = ["El Fasher", "Daraja Oula", "Darfur", "SDN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "rsf_drone_hits_mosque_2025_09_19",
            True,
            VIOLENCE,
            [RSF, EL_FASHER_WORSHIPPERS],
            *SEP19,
            "asserted",
            "At least 75 people were killed when a drone" if en else "Sedikitnya 75 orang tewas setelah sebuah drone",
            "'during dawn prayers on Friday' in a Saturday 20 Sep article"
            if en
            else "'pada Jumat (19/9/2025)'",
            EL_FASHER,
        ),
        ev(
            "sudan_government_condemns_2025_09_19",
            True,
            CONDEMN,
            [SUDAN_GOV, RSF],
            *SEP19,
            "asserted",
            "Sudan's army-aligned government condemned" if en else "Pemerintah Sudan yang didukung militer pada hari yang sama",
            "'condemned the attack on Friday'" if en else "'pada hari yang sama' as the Friday strike",
        ),
        ev(
            "guterres_condemns_strike_2025_09_20",
            True,
            CONDEMN,
            [GUTERRES, RSF],
            *SEP20,
            "asserted",
            "UN Secretary-General Antonio Guterres condemned"
            if en
            else "Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres",
            "'on Saturday' in a Saturday 20 Sep article" if en else "'pada Sabtu (20/9/2025)'",
        ),
        ev(
            "doctors_network_accuses_rsf_2025_09_19",
            True,
            ["11", "12", "01", "02"],
            [SUDAN_DOCTORS, RSF],
            "2025-09-19",
            "2025-09-20",
            "asserted",
            "The Sudan Doctors Network, a medical group" if en else "Jaringan Dokter Sudan mengecam serangan tersebut",
            "no day of its own: between the Friday strike and the report",
        ),
        ev(
            "rsf_assault_zamzam_2025_04",
            True,
            VIOLENCE,
            [RSF, ZAMZAM],
            "2025-04-01",
            "2025-04-30",
            "asserted",
            "In April, an RSF assault on the nearby Zamzam" if en else "Pada April lalu, RSF menyerbu kamp pengungsi Zamzam",
            "background: 'In April' / 'Pada April lalu' in a September 2025 article",
            ["Zamzam", "El Fasher", "SDN"],
        ),
        ev(
            "rsf_siege_el_fasher",
            False,
            ["18", "19", "16", "17"],
            [RSF, SUDAN_GOV],
            "2024-05-01",
            "2025-09-20",
            "asserted",
            "El Fasher, the army's last stronghold" if en else "El Fasher merupakan benteng terakhir",
            "a siege running since May 2024: a state, not one act",
            EL_FASHER,
        ),
        ev(
            "rsf_denies_targeting_civilians",
            False,
            DENY,
            [RSF, EL_FASHER_WORSHIPPERS],
            None,
            None,
            "denied",
            "The RSF, which has been at war with the regular army" if en else "RSF, yang berperang melawan militer Sudan",
            "habitual denial, undated",
        ),
    ]


page(
    "en_01_france24_rsf_drone_strike_kills_75_in_el_fasher_mosque.txt",
    {
        "site": "france24.com",
        "title": "Sudan: RSF drone strike on El Fasher mosque kills at least 75 during dawn prayers",
        "subtitle": None,
        "authors": [],
        "section": "Africa",
        "published_at": {"accept": ["2025-09-20T14:32:00+02:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-09-20T16:05:00+02:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": ["AFP"],
        "captions_required": [
            "A man walks past a destroyed building in El Fasher, capital of Sudan's North Darfur state, in a photo taken earlier this year. © AFP (file photo)"
        ],
        "related_titles": [
            "Sudan's RSF declares rival government in Darfur as war grinds on",
            "UN warns of famine spreading across Darfur and Kordofan",
            "Cholera outbreak kills dozens in Sudan's Darfur camps",
        ],
    },
    first="At least 75 people were killed when a drone",
    last="The war has killed tens of thousands",
    skip=("Read more:",),
    events=[
        *shared("en"),
        ev(
            "rescuers_report_toll",
            False,
            ["01", "02"],
            [["El Fasher Emergency Response Room", "rescuers", "SDN"]],
            *SEP20,
            "asserted",
            "The strike hit the mosque in the Daraja Oula",
            "the rescuers' statement giving the toll: a report, not an act between two actors",
        ),
        ev(
            "army_air_strikes_on_rsf",
            False,
            ["18", "19"],
            [SUDAN_GOV, RSF],
            None,
            None,
            "asserted",
            "The paramilitaries have since intensified drone",
            "'since' April: habitual, undated",
            EL_FASHER,
        ),
        ev(
            "sudan_gov_urges_terror_designation",
            False,
            ["10"],
            [SUDAN_GOV, ["international community", "UNO"]],
            *SEP19,
            "asserted",
            "Sudan's army-aligned government condemned",
            "the appeal in the same line as the condemnation",
        ),
    ],
)

page(
    "id_01_okezone_drone_rsf_hantam_masjid_di_el_fasher_75_tewas.txt",
    {
        "site": "okezone.com",
        "title": "Drone RSF Hantam Masjid di El Fasher saat Salat Subuh, 75 Jemaah Tewas",
        "subtitle": None,
        "authors": ["Rahman Asmardika"],
        "editors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-21T09:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Khartoum",
        "cited_sources": [],
        "captions_required": [
            "Ilustrasi. Warga Sudan mengungsi dari El Fasher, Darfur Utara. (Foto: Reuters)"
        ],
        "related_titles": [
            "Perang Sudan Memasuki Tahun Ketiga, Jutaan Warga Terancam Kelaparan",
            "PBB: Sudan Alami Krisis Kemanusiaan Terburuk di Dunia",
            "RSF Bentuk Pemerintahan Tandingan di Darfur",
        ],
    },
    first="KHARTOUM - Sedikitnya 75 orang tewas",
    last="Pada April lalu, RSF menyerbu kamp pengungsi Zamzam",
    skip=(
        "BACA JUGA:",
        "Perang Sudan Memasuki Tahun Ketiga",
        "PBB: Sudan Alami Krisis Kemanusiaan",
    ),
    strip_prefix="KHARTOUM -",
    events=[
        *shared("id"),
        ev(
            "saudi_condemns_strike_2025_09_20",
            True,
            CONDEMN,
            [SAUDI, RSF],
            *SEP20,
            "asserted",
            "Kementerian Luar Negeri Arab Saudi juga mengeluarkan",
            "'pada Sabtu' in a Sunday 21 Sep article, after 'Sabtu (20/9/2025)' in the line before",
        ),
    ],
)
