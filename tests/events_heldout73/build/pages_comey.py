"""Gold for James Comey's indictment (25 Sept 2025) and not-guilty plea in Alexandria, Virginia (8 Oct 2025):
The Guardian and CNN Indonesia."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import BONDI, COMEY, COMEY_DEFENCE, NACHMANOFF, SIEBERT, TRUMP, US_PROSECUTORS
from common import CHARGE, DENY, STMT, ev, page

OCT08 = ("2025-10-08", "2025-10-08")
SEP25 = ("2025-09-25", "2025-09-25")
SEP20 = ("2025-09-20", "2025-09-20")
ALEXANDRIA = ["Alexandria", "Alexandria, Virginia", "Virginia", "USA"]
BONDI_OR_COMEY = [*BONDI[:-1], "James Comey", "Comey", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "comey_pleads_not_guilty_2025_10_08",
            True,
            DENY,
            [COMEY, US_PROSECUTORS],
            *OCT08,
            "asserted",
            "James Comey, the former FBI director, pleaded not guilty" if en else "Mantan Direktur Biro Investigasi Federal (FBI) James Comey mengaku",
            "'on Wednesday' in a Wednesday 8 Oct article" if en else "'Rabu (8/10) waktu setempat' in a Thursday 9 Oct WIB article",
            ALEXANDRIA,
        ),
        ev(
            "grand_jury_indicts_comey_2025_09_25",
            True,
            CHARGE,
            [US_PROSECUTORS, COMEY],
            *SEP25,
            "asserted",
            "A federal grand jury indicted Comey on 25 September" if en else "Dewan juri federal mendakwa Comey pada 25 September",
            "explicit '25 September'",
            ALEXANDRIA,
        ),
        ev(
            "trump_urges_bondi_to_act_2025_09_20",
            True,
            STMT,
            [TRUMP, BONDI_OR_COMEY],
            *SEP20,
            "asserted",
            "On 20 September, Trump wrote on his Truth Social" if en else "Lima hari sebelum dakwaan terbit, tepatnya 20 September",
            "explicit '20 September'; a demand to Bondi about Comey, so either target",
        ),
        ev(
            "comey_denies_charges_2025_09_25",
            True,
            DENY,
            [COMEY, US_PROSECUTORS],
            *SEP25,
            "denied",
            "Comey has said he is innocent." if en else "Comey membantah seluruh tuduhan.",
            "the video 'posted on the night he was charged', i.e. 25 Sept",
        ),
        ev(
            "defence_to_seek_dismissal",
            False,
            ["10", "11", "12", "02"],
            [COMEY_DEFENCE, US_PROSECUTORS],
            None,
            None,
            "planned",
            "Comey did not speak during the brief arraignment" if en else "Tim kuasa hukum Comey akan mengajukan permohonan",
            "'would file' / 'akan mengajukan': motions to dismiss, no date",
        ),
        ev(
            "trial_set_for_2026_01_05",
            False,
            ["01", "02", "17"],
            [NACHMANOFF, COMEY],
            "2026-01-05",
            "2026-01-05",
            "planned",
            "The US district judge Michael Nachmanoff set the trial" if en else "Hakim distrik AS Michael Nachmanoff menjadwalkan",
            "the trial itself is planned; scheduling is procedural",
            ALEXANDRIA,
        ),
    ]


page(
    "en_01_guardian_james_comey_pleads_not_guilty_in_virginia.txt",
    {
        "site": "theguardian.com",
        "title": "James Comey pleads not guilty to charges of lying to Congress as trial set for January",
        "subtitle": "Former FBI director appears in federal court in Alexandria, Virginia, two weeks after indictment secured by Trump-installed prosecutor",
        "authors": ["Hugo Lowell"],
        "section": "James Comey",
        "published_at": {"accept": ["2025-10-08T19:42:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Alexandria, Virginia",
        "cited_sources": [],
        "captions_required": [
            "James Comey arrives at the Albert V Bryan US courthouse in Alexandria, Virginia, on Wednesday. Photograph: Kevin Lamarque/Reuters"
        ],
        "related_titles": ["Trump's justice department has turned on his enemies. Who is next?"],
    },
    first="James Comey, the former FBI director, pleaded not guilty",
    last="The justice department did not respond",
    skip=("Related:",),
    events=[
        *shared("en"),
        ev(
            "siebert_forced_out",
            False,
            ["16", "11", "12"],
            [TRUMP, SIEBERT],
            "2025-09-15",
            "2025-09-22",
            "asserted",
            "The indictment was obtained by Lindsey Halligan",
            "'days earlier' than 25 Sept; the actor who forced him out is implied",
        ),
        ev(
            "defence_to_challenge_halligan",
            False,
            ["10", "11", "12"],
            [COMEY_DEFENCE, US_PROSECUTORS],
            None,
            None,
            "planned",
            "Fitzgerald said the defence would also challenge",
            "'would also challenge': no date",
        ),
        ev(
            "trump_calls_comey_dirty_cop_2025_10_08",
            True,
            ["11", "12", "01", "02"],
            [TRUMP, COMEY],
            *OCT08,
            "asserted",
            "The justice department did not respond",
            "'on Wednesday afternoon' in a Wednesday article",
            ["White House", "USA"],
        ),
    ],
)

page(
    "id_01_cnnindonesia_eks_direktur_fbi_james_comey_mengaku_tak_bersalah.txt",
    {
        "site": "cnnindonesia.com",
        "title": "Eks Direktur FBI James Comey Mengaku Tak Bersalah di Pengadilan",
        "subtitle": None,
        "authors": [],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-09T06:15:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Mantan Direktur FBI James Comey mengaku tidak bersalah atas dakwaan berbohong kepada Kongres AS. (REUTERS/Kevin Lamarque)"
        ],
        "related_titles": [
            "Trump Kerahkan Garda Nasional ke Portland, Gubernur Oregon Menggugat",
            "Trump Pecat Jaksa Virginia yang Enggan Dakwa Comey",
        ],
    },
    first="Jakarta, CNN Indonesia --",
    last="Comey dipecat Trump pada Mei 2017",
    skip=("ADVERTISEMENT", "SCROLL TO CONTINUE", "Baca halaman selanjutnya", "Baca juga:", "Trump Kerahkan Garda Nasional"),
    strip_prefix="Jakarta, CNN Indonesia --",
    events=[
        *shared("id"),
        ev(
            "halligan_files_indictment",
            False,
            CHARGE,
            [US_PROSECUTORS, COMEY],
            *SEP25,
            "asserted",
            "Dakwaan tersebut diajukan oleh Lindsey Halligan",
            "the same indictment seen from the prosecutor: optional",
        ),
        ev(
            "trump_fires_comey_2017_05",
            True,
            ["16", "17", "11", "12", "10"],
            [TRUMP, COMEY],
            "2017-05-01",
            "2017-05-31",
            "asserted",
            "Comey dipecat Trump pada Mei 2017",
            "background: 'Mei 2017', month range",
        ),
    ],
)
