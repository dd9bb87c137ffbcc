"""Gold for Canada's expulsion of six Indian diplomats and India's tit-for-tat, 14 Oct 2024 (Reuters, Kompas)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import CANADA, FOUR_ACCUSED, INDIA, NIJJAR, RCMP, STARMER, TRUDEAU, WHEELER
from common import CHARGE, DENY, MEET, REDUCE, STMT, SUMMON, VIOLENCE, ev, page

EXPEL = ["16", "12", "11", "13"]
OCT14 = ("2024-10-14", "2024-10-14")
OCT13 = ("2024-10-13", "2024-10-13")
NIJJAR_DAY = ("2023-06-18", "2023-06-18")
SEPT_2023 = ("2023-09-01", "2023-09-30")


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "canada_expels_indian_diplomats_2024_10_14",
            True,
            EXPEL,
            [CANADA, INDIA],
            *OCT14,
            "asserted",
            "Canada on Monday expelled" if en else "Pemerintah Kanada mengusir Komisaris Tinggi",
            "'on Monday' in a Monday article" if en else "'pada Senin (14/10/2024)'",
            ["Ottawa", "CAN"],
        ),
        ev(
            "india_expels_canadian_diplomats_2024_10_14",
            True,
            EXPEL,
            [INDIA, CANADA],
            *OCT14,
            "asserted",
            "India said shortly afterwards" if en else "Tak lama berselang, India membalas",
            "'shortly afterwards' the Monday expulsion; the Saturday is a deadline, not the event",
        ),
        ev(
            "india_summons_wheeler_2024_10_14",
            True,
            SUMMON,
            [INDIA, WHEELER],
            *OCT14,
            "asserted",
            "New Delhi also summoned Wheeler"
            if en
            else "Sebelumnya pada Senin malam, Kemenlu India memanggil Wheeler",
        ),
        ev(
            "nijjar_killed_2023_06_18",
            True,
            VIOLENCE,
            [NIJJAR],
            *NIJJAR_DAY,
            "asserted",
            "The dispute stems from the killing" if en else "Ketegangan kedua negara bermula dari pembunuhan",
            "passive 'was shot dead'; the killers are not named in this sentence",
        ),
        ev(
            "trudeau_tells_parliament_2023_09",
            True,
            STMT,
            [TRUDEAU, INDIA],
            *SEPT_2023,
            "asserted",
            "Trudeau first told parliament in September last year"
            if en
            else "Pada September 2023, Trudeau mengatakan",
            "'September last year' in a 2024 article" if en else "",
        ),
        ev(
            "trudeau_starmer_call_2024_10_13",
            True,
            MEET,
            [TRUDEAU, STARMER],
            *OCT13,
            "asserted",
            "Trudeau said he had spoken" if en else "Trudeau mengaku telah berbicara",
            "'on Sunday' before a Monday article" if en else "'pada Minggu (13/10/2024)'",
        ),
        ev(
            "trudeau_accuses_india",
            False,
            STMT,
            [TRUDEAU, INDIA],
            *OCT14,
            "asserted",
            '"We have evidence that agents' if en else '"Kami memiliki bukti bahwa agen-agen',
        ),
        ev(
            "india_rejects_accusations",
            False,
            DENY,
            [INDIA, CANADA],
            None,
            None,
            "denied",
            "India's foreign ministry rejected the accusations"
            if en
            else "Kementerian Luar Negeri India menolak tuduhan",
        ),
        ev(
            "india_denies_nijjar_role",
            False,
            DENY,
            [INDIA, CANADA],
            None,
            None,
            "denied",
            "India, which regards Khalistan" if en else "India berulang kali membantah",
        ),
        ev(
            "rcmp_links_indian_agents",
            False,
            STMT,
            [RCMP, INDIA],
            None,
            None,
            "asserted",
            "Royal Canadian Mounted Police Commissioner"
            if en
            else "Menurut Kepala Kepolisian Federal Kanada",
        ),
    ]


page(
    "en_01_reuters_canada_expels_six_indian_diplomats.txt",
    {
        "site": "reuters.com",
        "title": "Canada expels six Indian diplomats, accuses New Delhi of role in Sikh separatist's killing",
        "subtitle": None,
        "authors": ["Steve Scherer", "Shivam Patel"],
        "published_at": {"accept": ["2024-10-14T23:52:00+05:30"], "accept_null": False},
        "updated_at": {"accept_dates": ["2024-10-15"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Canada's Prime Minister Justin Trudeau speaks during a press conference on Parliament Hill in Ottawa, Ontario, Canada, October 14, 2024. REUTERS/Blair Gable"
        ],
        "related_titles": [],
    },
    first="OTTAWA/NEW DELHI, Oct 14 (Reuters) -",
    last="Trudeau said he had spoken",
    strip_prefix="OTTAWA/NEW DELHI, Oct 14 (Reuters) -",
    events=[
        *shared("en"),
        ev(
            "wheeler_cites_evidence",
            False,
            STMT,
            [WHEELER, INDIA],
            *OCT14,
            "asserted",
            "Wheeler told reporters as he left",
        ),
        ev(
            "india_suspends_visas_2023_09",
            False,
            REDUCE,
            [INDIA, CANADA],
            "2023-09-01",
            "2023-10-31",
            "asserted",
            "Trudeau first told parliament in September last year",
            "'prompting India to suspend visa services'",
        ),
        ev(
            "four_indians_charged",
            False,
            CHARGE,
            [CANADA, FOUR_ACCUSED],
            None,
            None,
            "asserted",
            "Four Indian nationals have been charged",
        ),
        ev(
            "trudeau_to_consult_allies",
            False,
            MEET,
            [TRUDEAU],
            "2024-10-14",
            "2024-10-31",
            "planned",
            "Trudeau said he had spoken",
            "'would discuss it with other allies in the coming days'",
        ),
        ev(
            "trudeau_press_conference_caption",
            False,
            STMT,
            [TRUDEAU],
            *OCT14,
            "asserted",
            "Canada's Prime Minister Justin Trudeau speaks during a press conference",
            "from a photo caption",
        ),
    ],
)

page(
    "id_01_kompas_kanada_usir_enam_diplomat_india.txt",
    {
        "site": "kompas.com",
        "title": "Kanada Usir 6 Diplomat India, Dituding Terlibat Pembunuhan Tokoh Sikh",
        "subtitle": None,
        "authors": ["Aditya Jaya Iswara"],
        "editors": ["Aditya Jaya Iswara"],
        "section": "Internasional",
        "published_at": {"accept": ["2024-10-15T08:14:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Ottawa",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Perdana Menteri Kanada Justin Trudeau memberikan keterangan pers di Ottawa, Senin (14/10/2024), terkait pengusiran enam diplomat India. (AFP/DAVE CHAN)"
        ],
        "related_titles": [
            "Kasus Pembunuhan Hardeep Singh Nijjar, 4 Warga India Didakwa di Kanada",
            "India Tangguhkan Layanan Visa untuk Warga Kanada",
        ],
    },
    first="OTTAWA, KOMPAS.com -",
    last="Trudeau mengaku telah berbicara",
    skip=("Baca juga:",),
    strip_prefix="OTTAWA, KOMPAS.com -",
    events=[
        *shared("id"),
        ev(
            "india_withdraws_envoys",
            False,
            ["16"],
            [INDIA, CANADA],
            *OCT14,
            "asserted",
            "New Delhi juga mengumumkan telah menarik pulang",
        ),
        ev(
            "trudeau_press_conference_caption",
            False,
            STMT,
            [TRUDEAU],
            *OCT14,
            "asserted",
            "Perdana Menteri Kanada Justin Trudeau memberikan keterangan pers",
            "from a photo caption",
        ),
    ],
)
