"""Gold for the sentencing of former Peruvian President Alejandro Toledo to 20 years and six months in prison
in the Odebrecht bribery case, Lima, 21 Oct 2024 (Reuters, detikNews)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    LIMA,
    ODEBRECHT,
    PERU,
    PERU_COURT,
    PERU_PROSECUTORS,
    TOLEDO,
    TOLEDO_LAWYER,
    US_COURT,
    US_DOJ,
)
from common import ARREST, DENY, RESTRICT, RULING, ev, page

OCT21 = ("2024-10-21", "2024-10-21")
EXTRADITE = ["17", "08"]
USA_CAL = ["California", "USA"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "court_sentences_toledo_2024_10_21",
            True,
            RULING,
            [PERU_COURT, TOLEDO],
            *OCT21,
            "asserted",
            "A Peruvian court on Monday sentenced" if en else "Pengadilan di Peru menjatuhkan vonis 20 tahun",
            "'on Monday' in an Oct 21 article: 20 years 6 months for collusion and money laundering"
            if en
            else "the lead gives no day; the next line: 'pada Senin (21/10) waktu setempat'",
            LIMA,
        ),
        ev(
            "toledo_lawyer_to_appeal_2024_10_21",
            True,
            DENY,
            [TOLEDO_LAWYER, PERU_COURT],
            *OCT21,
            "planned",
            "Toledo has denied wrongdoing throughout the trial" if en else "Toledo selama ini membantah semua tuduhan",
            "the lawyer's announced appeal against the ruling, made after the verdict: planned",
            LIMA,
        ),
        ev(
            "prosecutors_to_seek_toledo_assets_2024_10_21",
            True,
            RESTRICT,
            [PERU_PROSECUTORS, TOLEDO],
            "2024-10-21",
            "2024-10-21" if en else "2024-10-22",
            "planned",
            "Peru's anti-corruption prosecutor's office said in a statement" if en else "Kantor jaksa antikorupsi Peru menyatakan",
            "no day given for the statement; the recovery and seizure of properties are planned",
            LIMA,
        ),
        ev(
            "toledo_extradited_to_lima_2023_04_23",
            True,
            EXTRADITE,
            [US_COURT, TOLEDO],
            "2023-04-23",
            "2023-04-23",
            "asserted",
            "Toledo was arrested in California in 2019" if en else "Toledo ditangkap di California, AS, pada 2019",
            "background with a full date: flown to Lima 'on April 23, 2023' after a US court cleared the handover",
            LIMA,
        ),
        ev(
            "toledo_arrested_in_california_2019",
            False,
            ARREST,
            [US_COURT, TOLEDO],
            "2019-01-01",
            "2019-12-31",
            "asserted",
            "Toledo was arrested in California in 2019" if en else "Toledo ditangkap di California, AS, pada 2019",
            "background: 'in 2019'",
            USA_CAL,
        ),
        ev(
            "odebrecht_admits_bribes_2016",
            False,
            ["01", "02"],
            [ODEBRECHT, US_DOJ],
            "2016-01-01",
            "2016-12-31",
            "asserted",
            "Odebrecht, now called Novonor, admitted" if en else "Odebrecht pada 2016 mengakui",
            "background: the 2016 plea deal",
        ),
    ]


page(
    "en_01_reuters_peru_ex_president_toledo_sentenced_to_20_years_in_odebrecht_case.txt",
    {
        "site": "reuters.com",
        "title": "Peru's ex-president Toledo sentenced to 20 years in prison in Odebrecht bribery case",
        "subtitle": None,
        "authors": ["Marco Aquino", "Marcelo Rochabrun"],
        "section": "Americas",
        "published_at": {"accept": ["2024-10-22T05:12:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Lima",
        "cited_sources": [],
        "captions_required": [
            "Former Peruvian President Alejandro Toledo attends a hearing at a court in Lima, Peru, October 21, 2024. Peru's Judiciary/Handout via REUTERS"
        ],
        "related_titles": [
            "Peru's Congress removes president's allies from oversight committee",
            "Brazil court freezes Odebrecht assets linked to Peru deal",
        ],
    },
    first="LIMA, Oct 21 (Reuters) -",
    last="Toledo also faces a separate trial",
    strip_prefix="LIMA, Oct 21 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "toledo_denies_wrongdoing",
            False,
            DENY,
            [TOLEDO, PERU_COURT],
            "2023-04-23",
            "2024-10-21",
            "asserted",
            "Toledo has denied wrongdoing throughout the trial",
            "'throughout the trial': no single day",
            LIMA,
        ),
        ev(
            "lawyer_says_no_document_proves_bribes_2024_10_21",
            False,
            DENY,
            [TOLEDO_LAWYER, PERU_COURT],
            *OCT21,
            "asserted",
            '"There is not a single document that proves',
            "said 'outside the court' after the verdict",
            LIMA,
        ),
        ev(
            "karp_refuses_to_return",
            False,
            ["12"],
            [["Eliane Karp", "His wife, Eliane Karp", "PER"], PERU],
            None,
            None,
            "asserted",
            "Toledo also faces a separate trial",
            "ongoing refusal, no date",
        ),
    ],
)

page(
    "id_01_detik_eks_presiden_peru_alejandro_toledo_divonis_20_tahun_penjara.txt",
    {
        "site": "news.detik.com",
        "title": "Eks Presiden Peru Alejandro Toledo Divonis 20 Tahun Penjara karena Suap Odebrecht",
        "subtitle": None,
        "authors": ["Novi Christiastuti"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-10-22T06:31:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters", "AFP"],
        "captions_required": [
            "Mantan Presiden Peru Alejandro Toledo mengikuti sidang pembacaan vonis di Lima (dok. Kehakiman Peru/Handout via Reuters)"
        ],
        "related_titles": [
            "Eks Presiden Peru Pedro Castillo Jalani Sidang Kasus Upaya Kudeta",
            "Kongres Peru Kembali Gagal Makzulkan Presiden Dina Boluarte",
        ],
    },
    first="Pengadilan di Peru menjatuhkan vonis",
    last="Kantor jaksa antikorupsi Peru menyatakan",
    skip=("Baca juga:",),
    events=[
        *shared("id"),
        ev(
            "lawyer_says_no_document_proves_bribes_2024_10_21",
            False,
            DENY,
            [TOLEDO_LAWYER, PERU_COURT],
            "2024-10-21",
            "2024-10-22",
            "asserted",
            '"Tidak ada satu dokumen pun',
            "said to reporters after the verdict; no day given",
            LIMA,
        ),
    ],
)
