"""Gold for Prabowo's visit to Ankara and his talks with Erdogan, 9-10 April 2025 (Antara, The Jakarta Post),
with Erdogan's February 2025 visit to Bogor as background."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ERDOGAN, GAZA, INDONESIA, ISRAEL, MIDEAST_TOUR, PRABOWO, TURKEY, UAE
from common import AGREE, FORCE, MEET, SIGN, STMT, VISIT, ev, page

APR9 = ("2025-04-09", "2025-04-09")
APR10 = ("2025-04-10", "2025-04-10")
FEB = ("2025-02-01", "2025-02-28")
ANKARA = ["Ankara", "TUR"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "prabowo_erdogan_talks_2025_04_10",
            True,
            MEET,
            [PRABOWO, ERDOGAN],
            *APR10,
            "asserted",
            "President Prabowo Subianto held talks"
            if en
            else "Presiden RI Prabowo Subianto melakukan pertemuan bilateral",
            "'on Thursday' in a Friday-morning article" if en else "bare 'Kamis' in a Thursday article",
            ANKARA,
        ),
        ev(
            "prabowo_arrives_ankara_2025_04_09",
            True,
            VISIT,
            [PRABOWO, TURKEY],
            *APR9,
            "asserted",
            "Prabowo, who flew in from Abu Dhabi" if en else "Prabowo tiba di Bandar Udara Esenboga",
            "arrival in a relative clause, 'on Wednesday night'" if en else "'pada Rabu (9/4) malam'",
            ANKARA,
        ),
        ev(
            "erdogan_visits_indonesia_2025_02",
            True,
            VISIT,
            [ERDOGAN, INDONESIA],
            *FEB,
            "asserted",
            "The visit came two months after Erdogan's trip"
            if en
            else "Menteri Sekretaris Negara Prasetyo Hadi mengatakan kunjungan",
            "background: 'in February'"
            if en
            else "background: 'lawatan Erdogan ke Indonesia pada Februari lalu'",
            ["Bogor", "IDN"],
        ),
        ev(
            "agree_defense_coproduction_2025_04_10",
            True,
            AGREE,
            [PRABOWO, ERDOGAN],
            *APR10,
            "asserted",
            "State Secretary Prasetyo Hadi said the two leaders agreed"
            if en
            else "Menurut Prasetyo, kedua pemimpin juga menyepakati",
            "no date in the sentence: agreed at the Thursday talks",
        ),
        ev(
            "israel_resumes_gaza_offensive_2025_03",
            True,
            FORCE,
            [ISRAEL, GAZA],
            "2025-03-01",
            "2025-03-31",
            "asserted",
            "Erdogan, for his part, accused Israel" if en else "Erdogan dalam kesempatan itu mengecam",
            "background: 'which resumed in March'"
            if en
            else "background: 'kembali menghantam Gaza sejak bulan lalu' in an April article",
            ["Gaza", "PSE"],
        ),
        ev(
            "erdogan_accuses_israel_2025_04_10",
            False,
            STMT,
            [ERDOGAN, ISRAEL],
            *APR10,
            "asserted",
            "Erdogan, for his part, accused Israel" if en else "Erdogan dalam kesempatan itu mengecam",
        ),
        ev(
            "prabowo_antalya_forum_2025_04_11",
            True,
            ["01", "02", "03", "04"],
            [PRABOWO],
            "2025-04-11",
            "2025-04-11",
            "planned",
            "Prabowo is scheduled to deliver a speech" if en else "Dari Ankara, Presiden Prabowo dijadwalkan",
            "'is scheduled to ... on Friday'" if en else "'dijadwalkan ... pada Jumat (11/4)'",
            ["Antalya", "TUR"],
        ),
        ev(
            "prabowo_tour_egypt_qatar_jordan",
            False,
            VISIT,
            [PRABOWO, MIDEAST_TOUR],
            "2025-04-11",
            "2025-04-20",
            "planned",
            "Prabowo is scheduled to deliver a speech" if en else "Dari Ankara, Presiden Prabowo dijadwalkan",
            "after Friday, no day given",
        ),
        ev(
            "prabowo_quote_palestine",
            False,
            STMT,
            [PRABOWO, TURKEY],
            *APR10,
            "asserted",
            '"Turkiye is a true friend' if en else '"Kami membahas banyak hal',
        ),
    ]


page(
    "id_02_antara_prabowo_bertemu_erdogan_di_ankara.txt",
    {
        "site": "antaranews.com",
        "title": "Prabowo dan Erdogan bahas Gaza dan industri pertahanan di Ankara",
        "subtitle": None,
        "authors": ["Mentari Dwi Gayati"],
        "editors": ["Primayanti"],
        "section": "Politik",
        "published_at": {"accept": ["2025-04-10T21:47:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Ankara",
        "cited_sources": [],
        "captions_required": [
            "Presiden RI Prabowo Subianto (kiri) disambut Presiden Turki Recep Tayyip Erdogan dalam upacara kenegaraan di Kompleks Kepresidenan Turki, Ankara, Kamis (10/4/2025). ANTARA FOTO/HO-Biro Pers Sekretariat Presiden/aa."
        ],
        "related_titles": [],
    },
    first="Ankara (ANTARA) -",
    last="Dari Ankara, Presiden Prabowo",
    strip_prefix="Ankara (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "leaders_one_on_one_2025_04_10",
            False,
            MEET,
            [PRABOWO, ERDOGAN],
            *APR10,
            "asserted",
            "Kedua pemimpin terlebih dahulu melakukan pertemuan empat mata",
            "the same talks told in detail",
        ),
        ev(
            "prabowo_visits_uae",
            False,
            VISIT,
            [PRABOWO, UAE],
            "2025-04-01",
            "2025-04-09",
            "asserted",
            "Prabowo tiba di Bandar Udara Esenboga",
            "'setelah menyelesaikan kunjungan kenegaraan ke Uni Emirat Arab': before Wednesday",
        ),
        ev(
            "hlscc_bogor_2025_02",
            False,
            MEET,
            [PRABOWO, ERDOGAN],
            *FEB,
            "asserted",
            "Menteri Sekretaris Negara Prasetyo Hadi mengatakan kunjungan",
            "the Bogor council meeting of the February visit",
        ),
        ev(
            "prasetyo_tech_transfer",
            False,
            STMT,
            [PRABOWO],
            *APR10,
            "asserted",
            '"Presiden menginginkan transfer teknologi',
        ),
        ev(
            "erdogan_welcomes_prabowo_caption_2025_04_10",
            False,
            MEET,
            [ERDOGAN, PRABOWO],
            *APR10,
            "asserted",
            "Presiden RI Prabowo Subianto (kiri) disambut",
            "from a photo caption",
        ),
    ],
)

page(
    "en_02_jakartapost_prabowo_erdogan_ankara.txt",
    {
        "site": "thejakartapost.com",
        "title": "Prabowo, Erdogan pledge deeper defense ties, joint push on Gaza in Ankara",
        "subtitle": "Indonesia and Turkiye agree to speed up joint production of warships and drones as Prabowo continues his Middle East tour.",
        "authors": ["Yvette Tanamal"],
        "section": "Politics",
        "published_at": {"accept": ["2025-04-11T09:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "President Prabowo Subianto (left) and Turkish President Recep Tayyip Erdogan review an honor guard at the Presidential Complex in Ankara on April 10, 2025. (Courtesy of the Presidential Secretariat)"
        ],
        "related_titles": [],
    },
    first="President Prabowo Subianto held talks",
    last="Prabowo is scheduled to deliver",
    events=[
        *shared("en"),
        ev(
            "indonesia_turkey_sign_agreements_2025_02",
            True,
            SIGN,
            [INDONESIA, TURKEY],
            *FEB,
            "asserted",
            "The visit came two months after Erdogan's trip",
            "background: 'oversaw the signing of a dozen cooperation agreements' in February",
            ["Bogor", "IDN"],
        ),
        ev(
            "hlscc_bogor_2025_02",
            False,
            MEET,
            [PRABOWO, ERDOGAN],
            *FEB,
            "asserted",
            "The visit came two months after Erdogan's trip",
            "the Bogor council meeting of the February visit",
        ),
        ev(
            "state_ceremony_2025_04_10",
            False,
            MEET,
            [ERDOGAN, PRABOWO],
            *APR10,
            "asserted",
            "Prabowo, who flew in from Abu Dhabi",
            "'was welcomed with a state ceremony' on Thursday",
        ),
        ev(
            "analyst_khairul_fahmi",
            False,
            STMT,
            [INDONESIA],
            None,
            None,
            "asserted",
            '"Turkiye offers what Indonesia wants',
        ),
        ev(
            "honor_guard_caption_2025_04_10",
            False,
            MEET,
            [PRABOWO, ERDOGAN],
            *APR10,
            "asserted",
            "President Prabowo Subianto (left) and Turkish President",
            "from a photo caption",
        ),
    ],
)
