"""Gold for Timor-Leste's admission to ASEAN at the 47th summit in Kuala Lumpur, 26 Oct 2025 (Antara, CNA)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import ASEAN, LULA, MALAYSIA, PRABOWO, TIMOR_LESTE, TRUMP
from common import AGREE, MEET, SIGN, STMT, VISIT, ev, page

OCT26 = ("2025-10-26", "2025-10-26")
KL = ["Kuala Lumpur", "MYS"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "asean_admits_timor_leste_2025_10_26",
            True,
            SIGN,
            [ASEAN, TIMOR_LESTE],
            *OCT26,
            "asserted",
            "Timor-Leste was formally admitted" if en else "Timor-Leste resmi menjadi anggota ke-11",
            "'on Sunday (Oct 26)'" if en else "'Minggu' in a Sunday article",
            KL,
        ),
        ev(
            "asean_summit_opens_2025_10_26",
            True,
            MEET,
            [MALAYSIA, ASEAN],
            *OCT26,
            "asserted",
            "Leaders of the 10 member states signed"
            if en
            else "Perdana Menteri Malaysia Anwar Ibrahim selaku ketua",
            "the opening of the summit the signing took place at",
            KL,
        ),
        ev(
            "asean_in_principle_2022_11",
            True,
            AGREE,
            [ASEAN, TIMOR_LESTE],
            "2022-11-01",
            "2022-11-30",
            "asserted",
            "The country of about 1.4 million people"
            if en
            else "Para pemimpin ASEAN telah menyetujui secara prinsip",
            "'November 2022', month precision",
            ["Phnom Penh", "KHM"],
        ),
        ev(
            "trump_arrives_kuala_lumpur_2025_10_26",
            True,
            VISIT,
            [TRUMP, MALAYSIA],
            *OCT26,
            "asserted",
            "US President Donald Trump arrived in Kuala Lumpur"
            if en
            else "Presiden Amerika Serikat Donald Trump juga tiba",
            "'on Sunday morning'",
            KL,
        ),
        ev(
            "timor_leste_applied_2011",
            False,
            STMT,
            [TIMOR_LESTE, ASEAN],
            "2011-01-01",
            "2011-12-31",
            "asserted",
            "The country of about 1.4 million people" if en else "Timor-Leste pertama kali mengajukan",
            "an application has no clear CAMEO class: optional",
        ),
        ev(
            "xanana_speech_2025_10_26",
            False,
            STMT,
            [TIMOR_LESTE, ASEAN],
            *OCT26,
            "asserted",
            "Timor-Leste Prime Minister Xanana Gusmao, a former"
            if en
            else '"Ini bukan akhir dari sebuah perjalanan',
        ),
    ]


page(
    "id_02_antara_timor_leste_resmi_anggota_asean.txt",
    {
        "site": "antaranews.com",
        "title": "Timor-Leste resmi jadi anggota ke-11 ASEAN",
        "subtitle": None,
        "authors": ["Rangga Pandu Asmara Jingga"],
        "editors": ["Primayanti"],
        "section": "Internasional",
        "published_at": {"accept": ["2025-10-26T14:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kuala Lumpur",
        "cited_sources": [],
        "captions_required": [
            "Presiden RI Prabowo Subianto (kanan) berjabat tangan dengan Perdana Menteri Timor-Leste Xanana Gusmao di sela KTT ke-47 ASEAN di Kuala Lumpur, Malaysia, Minggu (26/10/2025). ANTARA FOTO/Biro Pers Sekretariat Presiden"
        ],
        "related_titles": ["Prabowo tiba di Kuala Lumpur untuk hadiri KTT ke-47 ASEAN"],
    },
    first="Kuala Lumpur (ANTARA) -",
    last="Rangkaian KTT ke-47 ASEAN",
    skip=("Baca juga:",),
    strip_prefix="Kuala Lumpur (ANTARA) -",
    events=[
        *shared("id"),
        ev(
            "leaders_sign_declaration_detail",
            False,
            SIGN,
            [ASEAN, TIMOR_LESTE],
            *OCT26,
            "asserted",
            "Deklarasi tersebut ditandatangani",
            "the same signing told again (passive)",
        ),
        ev(
            "prabowo_welcomes_timor_leste",
            False,
            STMT,
            [PRABOWO, TIMOR_LESTE],
            *OCT26,
            "asserted",
            "Presiden RI Prabowo Subianto menyambut baik",
        ),
        ev(
            "asean_summit_runs_to_2025_10_28",
            False,
            MEET,
            [MALAYSIA, ASEAN],
            "2025-10-26",
            "2025-10-28",
            "planned",
            "Rangkaian KTT ke-47 ASEAN",
            "'dijadwalkan ... hingga Selasa (28/10)'",
        ),
        ev(
            "prabowo_xanana_caption_2025_10_26",
            False,
            MEET,
            [PRABOWO, TIMOR_LESTE],
            *OCT26,
            "asserted",
            "Presiden RI Prabowo Subianto (kanan) berjabat tangan",
            "from a photo caption",
        ),
    ],
)

page(
    "en_02_cna_timor_leste_joins_asean.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Timor-Leste becomes ASEAN's 11th member as leaders open Kuala Lumpur summit",
        "subtitle": "Timor-Leste's admission is the first expansion of the bloc since Cambodia joined in 1999.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2025-10-26T13:12:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2025-10-26T15:40:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Kuala Lumpur",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Timor-Leste's Prime Minister Xanana Gusmao waves after the signing of the declaration on Timor-Leste's admission to ASEAN at the 47th ASEAN Summit in Kuala Lumpur on Oct 26, 2025. (Photo: Reuters/Hasnoor Hussain)"
        ],
        "related_titles": [],
    },
    first="KUALA LUMPUR: Timor-Leste was formally admitted",
    last="Myanmar's military-led government",
    strip_prefix="KUALA LUMPUR:",
    events=[
        *shared("en"),
        ev(
            "anwar_complete_family",
            False,
            STMT,
            [MALAYSIA, TIMOR_LESTE],
            *OCT26,
            "asserted",
            '"Today, we complete the ASEAN family,"',
        ),
        ev(
            "trump_lula_meeting_planned_2025_10_26",
            True,
            MEET,
            [TRUMP, LULA],
            *OCT26,
            "planned",
            "Trump is also expected to meet Brazilian President",
            "'is expected to meet ... later on Sunday'",
            KL,
        ),
        ev(
            "signing_caption_2025_10_26",
            False,
            SIGN,
            [ASEAN, TIMOR_LESTE],
            *OCT26,
            "asserted",
            "Timor-Leste's Prime Minister Xanana Gusmao waves",
            "from a photo caption",
        ),
    ],
)
