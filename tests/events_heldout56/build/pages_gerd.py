"""Gold for the second positive pair: Ethiopia inaugurates the Grand Ethiopian Renaissance Dam on 9 Sept 2025
and Egypt complains to the UN Security Council (AFP the same day, CNN Indonesia the next morning)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ABIY, AFRICAN_LEADERS, EGYPT, ETHIOPIA, SUDAN, TRUMP, UNSC
from common import DENY, STMT, THREAT, VISIT, ev, page

SEP9 = ("2025-09-09", "2025-09-09")
GUBA = ["Guba", "Benishangul-Gumuz", "ETH"]
ETHIOPIA_UNSC = ETHIOPIA + UNSC
COMPLAIN = ["01", "02", "10", "11", "12"]
OPEN = ["01", "02", "03", "04", "05", "06", "07", "08"]
TALKS_FAIL = ["03", "04", "12"]
EN = "en_02_afp_ethiopia_inaugurates_gerd.txt"
ID = "id_02_cnnindonesia_etiopia_resmikan_bendungan_nil.txt"


def shared(guests, complaint, threat):
    """The events both pages report as required, with each page's evidence."""
    return [
        ev(
            "african_leaders_attend_gerd_2025_09_09",
            True,
            VISIT,
            [AFRICAN_LEADERS, ETHIOPIA],
            *SEP9,
            "asserted",
            guests,
            "guests at the Tuesday ceremony",
            GUBA,
        ),
        ev(
            "egypt_complains_to_unsc_2025_09_09",
            True,
            COMPLAIN,
            [EGYPT, ETHIOPIA_UNSC],
            *SEP9,
            "asserted",
            complaint,
            "'Within hours' / 'Tak lama setelah seremoni' of the Tuesday inauguration",
        ),
        ev(
            "egypt_threatens_measures_2025_09_09",
            True,
            THREAT,
            [EGYPT, ETHIOPIA],
            *SEP9,
            "asserted",
            threat,
            "'will take all appropriate measures'",
        ),
    ]


page(
    EN,
    {
        "site": "afp.com",
        "title": "Ethiopia inaugurates Africa's largest hydroelectric dam as Egypt protests to UN",
        "subtitle": None,
        "authors": ["Robbie Corey-Boulet", "Menna Farouk"],
        "section": "Africa",
        "published_at": {"accept": ["2025-09-09T17:52:00+03:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Guba",
        "cited_sources": [],
        "captions_required": [
            "Ethiopian Prime Minister Abiy Ahmed speaks during the inauguration ceremony of the Grand Ethiopian Renaissance Dam in Guba, Benishangul-Gumuz region, on September 9, 2025. © Amanuel Sileshi / AFP"
        ],
        "related_titles": [],
    },
    first="Guba (Ethiopia) (AFP) –",
    last="US President Donald Trump, who in his first term",
    strip_prefix="Guba (Ethiopia) (AFP) –",
    events=[
        ev(
            "ethiopia_inaugurates_gerd_2025_09_09",
            False,
            OPEN,
            [ETHIOPIA],
            *SEP9,
            "asserted",
            "Ethiopia on Tuesday officially inaugurated",
            "an inauguration has no counterpart; coded optionally",
            GUBA,
        ),
        ev(
            "abiy_inaugurates_gerd_2025_09_09",
            False,
            OPEN,
            [ABIY],
            *SEP9,
            "asserted",
            "The Grand Ethiopian Renaissance Dam (GERD), Africa's largest",
            "the same inauguration, passive",
            GUBA,
        ),
        *shared(
            "Kenyan President William Ruto, Somalia's",
            "Within hours, Egypt's foreign ministry said",
            "\"Egypt will not allow Ethiopia's unilateral policies",
        ),
        ev(
            "abiy_reassures_egypt_2025_09_09",
            False,
            STMT,
            [ABIY, EGYPT],
            *SEP9,
            "asserted",
            '"To our neighbours downstream',
        ),
        ev(
            "sudan_voices_fears",
            False,
            STMT,
            [SUDAN, ETHIOPIA],
            None,
            None,
            "asserted",
            "Cairo, which relies on the Nile",
            "undated",
        ),
        ev(
            "gerd_talks_collapse_2023_12",
            False,
            TALKS_FAIL,
            [EGYPT, ETHIOPIA],
            "2023-12-01",
            "2023-12-31",
            "asserted",
            "Construction on the 4-billion-dollar dam",
            "background: 'collapsed in December 2023'",
        ),
        ev(
            "ethiopia_power_talks_planned",
            False,
            ["03", "04"],
            [ETHIOPIA, ["Kenya", "KEN", "Djibouti", "DJI"]],
            None,
            None,
            "planned",
            "Abiy has said Ethiopia plans to sell",
            "'in the coming months'",
        ),
        ev(
            "trump_remark_on_nile_2025_07",
            False,
            STMT,
            [TRUMP, EGYPT],
            "2025-07-01",
            "2025-07-31",
            "asserted",
            "US President Donald Trump, who in his first term",
            "'in July'; the first-term warning is undated",
        ),
        ev(
            "abiy_speaks_caption",
            False,
            STMT,
            [ABIY],
            *SEP9,
            "asserted",
            "Ethiopian Prime Minister Abiy Ahmed speaks",
            "from a photo caption",
            GUBA,
        ),
    ],
)

page(
    ID,
    {
        "site": "cnnindonesia.com",
        "title": "Etiopia Resmikan Bendungan Raksasa di Sungai Nil, Mesir Mengadu ke DK PBB",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-09-10T06:30:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["AFP"],
        "captions_required": [
            "Perdana Menteri Etiopia Abiy Ahmed saat peresmian Bendungan Grand Ethiopian Renaissance (GERD) di wilayah Benishangul-Gumuz, Selasa (9/9). (AFP/AMANUEL SILESHI)"
        ],
        "related_titles": [],
    },
    first="Jakarta, CNN Indonesia --",
    last="Presiden Amerika Serikat Donald Trump pada Juli lalu",
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        ev(
            "ethiopia_inaugurates_gerd_2025_09_09",
            False,
            OPEN,
            [ETHIOPIA],
            *SEP9,
            "asserted",
            "Pemerintah Etiopia meresmikan Bendungan",
            "'Selasa (9/9) kemarin' in a Wednesday article",
            GUBA,
        ),
        *shared(
            "Peresmian bendungan di anak Sungai Nil Biru",
            "Tak lama setelah seremoni, Kementerian Luar Negeri Mesir",
            "Kairo juga menegaskan akan mengambil",
        ),
        ev(
            "abiy_reassures_egypt_2025_09_09",
            False,
            STMT,
            [ABIY, EGYPT],
            *SEP9,
            "asserted",
            '"Bagi tetangga kami di hilir',
        ),
        ev(
            "gerd_talks_collapse_2023_12",
            False,
            TALKS_FAIL,
            [EGYPT, ETHIOPIA],
            "2023-12-01",
            "2023-12-31",
            "asserted",
            "Pembangunan GERD dimulai pada 2011",
            "background: 'gagal pada Desember 2023'",
        ),
        ev(
            "ethiopia_denies_cutting_water",
            False,
            DENY,
            [ETHIOPIA, EGYPT],
            None,
            None,
            "denied",
            "Etiopia membantah tudingan",
            "undated denial",
        ),
        ev(
            "trump_claims_us_funded_dam_2025_07",
            False,
            STMT,
            [TRUMP, ETHIOPIA],
            "2025-07-01",
            "2025-07-31",
            "asserted",
            "Presiden Amerika Serikat Donald Trump pada Juli lalu",
            "'pada Juli lalu'",
        ),
        ev(
            "ethiopia_denies_trump_claim",
            False,
            DENY,
            [ETHIOPIA, TRUMP],
            None,
            None,
            "denied",
            "Presiden Amerika Serikat Donald Trump pada Juli lalu",
            "undated denial by officials",
        ),
        ev(
            "abiy_inauguration_caption",
            False,
            OPEN,
            [ABIY],
            *SEP9,
            "asserted",
            "Perdana Menteri Etiopia Abiy Ahmed saat peresmian",
            "from a photo caption",
            GUBA,
        ),
    ],
)
