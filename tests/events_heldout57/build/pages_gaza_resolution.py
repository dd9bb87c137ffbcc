"""Gold for the positive pair on the UN Security Council's Gaza resolution 2803 (17 Nov 2025) and Indonesia's
troop offer (Antara and The Jakarta Post, 18 Nov 2025). Indonesia's welcome and Sjafrie's readiness are
statements (optional, as the seeds keep statements); the vote, the planned Cairo trip, Prabowo's UNGA offer
and the 10 Oct ceasefire are required in both."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import EGYPT, HAMAS, INDONESIA, ISRAEL, PALESTINIANS, PRABOWO, RUSSIA, SJAFRIE, UNSC
from common import AGREE, DENY, MEET, SIGN, STMT, VIOLENCE, VISIT, ev, page

NOV17 = ("2025-11-17", "2025-11-17")
NOV18 = ("2025-11-18", "2025-11-18")
NEXT_WEEK = ("2025-11-23", "2025-11-30")
ADOPT = ["01", "02", "03", "04", "05", "06", "08"]
OFFER = ["03", *STMT]
REJECT = ["12", "11", *DENY]
ID = "id_02_antara_ri_sambut_resolusi_dk_pbb_gaza.txt"
EN = "en_02_jakartapost_indonesia_troops_gaza_un_resolution.txt"


def shared(vote: str, cairo: str, unga: str, truce: str) -> list[dict]:
    """The four dated events both pages report."""
    return [
        ev(
            "unsc_adopts_resolution_2803_2025_11_17",
            True,
            ADOPT,
            [UNSC],
            *NOV17,
            "asserted",
            vote,
            "",
            ["New York"],
        ),
        ev(
            "tni_team_to_cairo_next_week",
            True,
            [*VISIT, *MEET],
            [INDONESIA, EGYPT],
            *NEXT_WEEK,
            "planned",
            cairo,
            "'pekan depan' / 'next week' from Tuesday 18 Nov",
            ["Kairo", "Cairo"],
        ),
        ev(
            "prabowo_offers_troops_unga_2025_09",
            True,
            [*OFFER, "04"],
            [PRABOWO],
            "2025-09-01",
            "2025-09-30",
            "asserted",
            unga,
            "'September lalu' / 'in September'",
            ["New York"],
        ),
        ev(
            "israel_hamas_ceasefire_2025_10_10",
            True,
            [*AGREE, "08"],
            [ISRAEL, HAMAS],
            "2025-10-08",
            "2025-10-10",
            "asserted",
            truce,
            "took effect 10 Oct after the sides agreed",
        ),
    ]


META = {
    "subtitle": None,
    "updated_at": {"accept_null": True},
    "page_date_not_publication": None,
    "flags_required": [],
}

page(
    ID,
    {
        **META,
        "site": "antaranews.com",
        "title": "RI sambut resolusi DK PBB soal Gaza, siapkan 20.000 personel pasukan perdamaian",
        "authors": ["Yashinta Difa Pramudyani"],
        "section": "Dunia",
        "published_at": {"accept": ["2025-11-18T14:22:00+07:00"], "accept_null": True},
        "dateline": "Jakarta",
        "cited_sources": ["Antara", "Al Jazeera"],
        "captions_required": [
            "Arsip - Presiden RI Prabowo Subianto menyampaikan pidato pada Sidang Majelis Umum PBB di New York, Amerika Serikat, Selasa (23/9/2025). ANTARA FOTO/Muchlis Jr/Biro Pers Sekretariat Presiden"
        ],
        "related_titles": ["Hamas tolak resolusi DK PBB, sebut ISF berpihak pada Israel"],
    },
    first="Jakarta (ANTARA) -",
    last="Gencatan senjata di Gaza berlaku",
    strip_prefix="Jakarta (ANTARA) -",
    skip=("Baca juga",),
    events=[
        *shared(
            "Pemerintah Indonesia menyambut baik resolusi",
            "Menurut Sjafrie, tim gabungan",
            "Kesiapan Indonesia mengirim pasukan",
            "Gencatan senjata di Gaza berlaku",
        ),
        ev(
            "indonesia_welcomes_resolution",
            False,
            STMT,
            [INDONESIA, UNSC],
            *NOV18,
            "asserted",
            "Pemerintah Indonesia menyambut baik resolusi",
        ),
        ev(
            "russia_china_abstain",
            False,
            ["12", "11", "01", "02"],
            [RUSSIA, UNSC],
            *NOV17,
            "asserted",
            "Resolusi 2803 yang dirancang",
        ),
        ev(
            "kemlu_quote_important_step",
            False,
            STMT,
            [INDONESIA],
            *NOV18,
            "asserted",
            '"Indonesia memandang resolusi',
        ),
        ev(
            "sjafrie_troops_ready",
            False,
            OFFER,
            [SJAFRIE],
            *NOV18,
            "asserted",
            "Menteri Pertahanan Sjafrie Sjamsoeddin mengatakan",
        ),
        ev(
            "sjafrie_quote_standby",
            False,
            STMT,
            [SJAFRIE],
            *NOV18,
            "asserted",
            '"Kami menunggu keputusan politik',
        ),
        ev(
            "hamas_rejects_resolution",
            False,
            REJECT,
            [HAMAS, UNSC],
            None,
            None,
            "asserted",
            "Di sisi lain, Hamas menolak",
        ),
        ev(
            "nebenzia_criticises_draft",
            False,
            ["11", "12", *STMT],
            [RUSSIA],
            None,
            None,
            "asserted",
            "Duta Besar Rusia untuk PBB",
        ),
        ev(
            "prabowo_unga_speech_caption",
            False,
            [*OFFER, "04"],
            [PRABOWO],
            "2025-09-23",
            "2025-09-23",
            "asserted",
            "Arsip - Presiden RI Prabowo",
            "caption of the UNGA speech",
        ),
    ],
)

page(
    EN,
    {
        **META,
        "site": "thejakartapost.com",
        "title": "Indonesia readies troops for Gaza after UN vote",
        "authors": ["Yvette Tanamal"],
        "section": "Politics",
        "published_at": {"accept_dates": ["2025-11-18"], "accept_null": True},
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Members of the UN Security Council vote on a US-drafted resolution on Gaza at the UN headquarters in New York on Nov. 17, 2025. (AFP/Angela Weiss)"
        ],
        "related_titles": ["Prabowo says Indonesia ready to send 20,000 troops to Gaza"],
    },
    first="Indonesia has welcomed the United Nations",
    last="The ceasefire in Gaza took effect",
    events=[
        *shared(
            "The 15-member council on Monday adopted",
            "He said a joint team from the ministry",
            "President Prabowo Subianto first offered",
            "The ceasefire in Gaza took effect",
        ),
        ev(
            "indonesia_welcomes_resolution",
            False,
            STMT,
            [INDONESIA, UNSC],
            *NOV18,
            "asserted",
            "Indonesia has welcomed the United Nations",
        ),
        ev(
            "sjafrie_troops_ready",
            False,
            OFFER,
            [SJAFRIE],
            *NOV18,
            "asserted",
            "Indonesia has welcomed the United Nations",
        ),
        ev(
            "russia_china_abstain",
            False,
            ["12", "11", "01", "02"],
            [RUSSIA, UNSC],
            *NOV17,
            "asserted",
            "The 15-member council on Monday adopted",
        ),
        ev(
            "kemlu_urges_parties",
            False,
            ["10", *STMT],
            [INDONESIA],
            *NOV18,
            "asserted",
            "The Foreign Ministry said on Tuesday",
        ),
        ev(
            "sjafrie_quote_standby",
            False,
            STMT,
            [SJAFRIE],
            *NOV18,
            "asserted",
            '"We are waiting for a political decision',
        ),
        ev(
            "prabowo_attends_sharm_signing_2025_10",
            True,
            [*MEET, *SIGN, *VISIT],
            [PRABOWO, EGYPT],
            "2025-10-01",
            "2025-10-31",
            "asserted",
            "President Prabowo Subianto first offered",
            "'when he attended the signing ... in October'",
            ["Sharm el-Sheikh"],
        ),
        ev(
            "hamas_rejects_resolution",
            False,
            REJECT,
            [HAMAS, UNSC],
            None,
            None,
            "asserted",
            "Hamas, which was not consulted",
        ),
        ev(
            "analysts_warn_confrontation",
            False,
            STMT,
            [INDONESIA, HAMAS],
            None,
            None,
            "asserted",
            "Analysts have warned",
        ),
        ev(
            "yon_machmudi_quote",
            False,
            STMT,
            [INDONESIA, ISRAEL],
            None,
            None,
            "asserted",
            '"Jakarta needs to be very careful',
        ),
        ev(
            "israeli_strikes_since_truce",
            False,
            VIOLENCE,
            [ISRAEL, PALESTINIANS],
            "2025-10-10",
            "2025-11-18",
            "asserted",
            "The ceasefire in Gaza took effect",
            "'have since killed hundreds' - an aggregate over weeks",
        ),
        ev(
            "unsc_vote_caption",
            False,
            ADOPT,
            [UNSC],
            *NOV17,
            "asserted",
            "Members of the UN Security Council vote",
            "caption of the same vote",
        ),
    ],
)
