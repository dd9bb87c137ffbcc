"""Gold for the Bosnian state court's sentence on Milorad Dodik, 26 February 2025 (AP, Antara): a positive
cluster pair."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BIH_COURT, DODIK, RS, RUSSIA, SCHMIDT, SERBIA
from common import RULING, STMT, THREAT, VISIT, ev, page

FEB26 = ("2025-02-26", "2025-02-26")
USA = ["U.S. Embassy", "United States", "Amerika Serikat", "USA"]
UK_US = ["U.S.", "British", "Amerika Serikat", "Inggris", "USA", "GBR"]
EN = "en_02_ap_bosnian_court_sentences_dodik.txt"
ID = "id_02_antara_pengadilan_bosnia_vonis_milorad_dodik.txt"


def shared(en: bool) -> list[dict]:
    """The events both outlets report, each with its own page's evidence."""
    return [
        ev(
            "court_sentences_dodik_2025_02_26",
            True,
            RULING,
            [BIH_COURT, DODIK],
            *FEB26,
            "asserted",
            "A state court in Bosnia on Wednesday sentenced"
            if en
            else "Pengadilan Bosnia dan Herzegovina pada Rabu (26/2)",
            "'on Wednesday' in a Wednesday article" if en else "'pada Rabu (26/2)' in a Thursday article",
            ["Sarajevo", "BIH"],
        ),
        ev(
            "dodik_rejects_verdict_2025_02_26",
            True,
            STMT,
            [DODIK, BIH_COURT],
            *FEB26,
            "asserted",
            "Dodik, who has led the Serb entity"
            if en
            else "Dodik, yang tidak hadir di ruang sidang, menolak",
            "'hours later'; rejection, not a denial" if en else "no date: the day of the verdict",
        ),
        ev(
            "rs_parliament_to_ban_state_court_2025_02_27",
            True,
            [*STMT, "16", "17"],
            [RS, BIH_COURT],
            "2025-02-27",
            "2025-02-27",
            "planned",
            '"There is no longer any Bosnia and Herzegovina,"'
            if en
            else "Di hadapan ribuan pendukungnya di Banja Luka",
            "'would meet on Thursday', reported speech inside a quote sentence"
            if en
            else "'akan bersidang pada Kamis'",
        ),
        ev(
            "russia_condemns_ruling_2025_02_26",
            True,
            STMT,
            [RUSSIA, BIH_COURT],
            "2025-02-26",
            "2025-02-26" if en else "2025-02-27",
            "asserted",
            "Russia's Foreign Ministry condemned" if en else "Kementerian Luar Negeri Rusia mengecam",
            "no date in the sentence",
        ),
        ev(
            "vucic_flies_to_banja_luka_2025_02_26",
            True,
            VISIT,
            [SERBIA, RS + DODIK],
            *FEB26,
            "asserted",
            "Serbian President Aleksandar Vucic flew" if en else "Presiden Serbia Aleksandar Vucic terbang",
            "'late Wednesday'" if en else "'pada Rabu malam'",
            ["Banja Luka", "BIH"],
        ),
        ev(
            "dodik_signs_laws_defying_envoy_2023_07",
            True,
            [*STMT, "16"],
            [DODIK, SCHMIDT],
            "2023-07-01",
            "2023-07-31",
            "asserted",
            "The Court of Bosnia and Herzegovina found" if en else "Majelis hakim menyatakan Dodik bersalah",
            "background: 'in July 2023' / 'pada Juli 2023'",
        ),
        ev(
            "dodik_under_sanctions",
            False,
            ["16"],
            [UK_US, DODIK],
            None,
            None,
            "asserted",
            "Dodik has been under U.S. and British sanctions" if en else "Dodik telah lama dijatuhi sanksi",
            "no date",
        ),
    ]


page(
    EN,
    {
        "site": "apnews.com",
        "title": "Bosnian court sentences Serb leader Dodik to a year in prison for defying international envoy",
        "subtitle": None,
        "authors": ["Sabina Niksic"],
        "section": "World News",
        "published_at": {"accept_dates": ["2025-02-26"], "accept_null": True},
        "updated_at": {"accept": ["2025-02-26T18:52:00+01:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Sarajevo",
        "cited_sources": [],
        "captions_required": [
            "Bosnian Serb leader Milorad Dodik addresses supporters at a rally in Banja Luka, Bosnia, Wednesday, Feb. 26, 2025. (AP Photo/Radivoje Pavicic)"
        ],
        "related_titles": [],
    },
    first="SARAJEVO, Bosnia (AP) —",
    last="Dodik has been under U.S. and British sanctions",
    strip_prefix="SARAJEVO, Bosnia (AP) —",
    events=[
        *shared(True),
        ev(
            "us_embassy_urges_calm",
            False,
            THREAT,
            [USA, RS],
            "2025-02-26",
            "2025-02-26",
            "asserted",
            "The U.S. Embassy in Sarajevo urged calm",
        ),
        ev(
            "dodik_threatens_secession",
            False,
            THREAT,
            [DODIK, ["Bosnia", "state institutions", "BIH"]],
            None,
            None,
            "asserted",
            "Dodik has been under U.S. and British sanctions",
            "'has repeatedly threatened', no date",
        ),
        ev(
            "dodik_rally_caption_2025_02_26",
            False,
            STMT,
            [DODIK],
            *FEB26,
            "asserted",
            "Bosnian Serb leader Milorad Dodik addresses supporters",
            "from a photo caption",
        ),
    ],
)

page(
    ID,
    {
        "site": "antaranews.com",
        "title": "Pengadilan Bosnia jatuhkan vonis satu tahun penjara kepada Milorad Dodik",
        "subtitle": None,
        "authors": ["Yoanita Hastryka Djohan"],
        "editors": ["Primayanti"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-02-27T06:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Sarajevo",
        "cited_sources": ["Anadolu"],
        "captions_required": [
            "Pemimpin Serbia Bosnia Milorad Dodik berpidato di depan para pendukungnya di Banja Luka, Bosnia dan Herzegovina, Rabu (26/2/2025). ANTARA/Anadolu/as."
        ],
        "related_titles": ["Serbia Bosnia ancam keluar dari lembaga negara"],
    },
    first="Sarajevo (ANTARA) -",
    last="Dodik telah lama dijatuhi sanksi",
    strip_prefix="Sarajevo (ANTARA) -",
    events=[
        *shared(False),
    ],
)
