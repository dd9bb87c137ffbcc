"""Gold for Typhoon Ragasa in Taiwan, Hong Kong and Guangdong, 22-24 Sept 2025 (The Guardian, IDN Times)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHO,
    GUANGDONG,
    GUANGDONG_RESIDENTS,
    GUANGFU,
    HK_OBSERVATORY,
    HONG_KONG,
    KDEI,
    KMT,
    TAIWAN_GOVT,
    TAIWAN_MILITARY,
    XI,
)
from common import STMT, ev, page

SEP23 = ("2025-09-23", "2025-09-23")
SEP24 = ("2025-09-24", "2025-09-24")
TUE_WED = ("2025-09-23", "2025-09-24")
HUALIEN = ["Guangfu", "Hualien", "Hualien county", "Kabupaten Hualien", "Taiwan", "TWN"]
GUANGDONG_LOC = ["Guangdong", "Guangdong province", "Provinsi Guangdong", "CHN"]
AID = ["07"]
PROBE = ["09", "11", "12", "01", "02"]
ACCUSE = ["11", "12", "01", "02"]
EVACUATE = ["07", "08"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "taiwan_troops_to_guangfu_2025_09_24",
            True,
            AID,
            [TAIWAN_MILITARY, GUANGFU],
            *(TUE_WED if en else SEP24),
            "asserted",
            "Taiwan's defence ministry said on Wednesday" if en else "Kementerian Pertahanan Taiwan pada Rabu (24/9)",
            "'said on Wednesday it had sent': the dispatch may date from Tuesday night"
            if en
            else "'pada Rabu (24/9) mengerahkan'",
            HUALIEN,
        ),
        ev(
            "cho_orders_evacuation_probe_2025_09_24",
            True,
            PROBE,
            [CHO, KMT],
            *SEP24,
            "asserted",
            "Premier Cho Jung-tai told reporters on Wednesday" if en else "Perdana Menteri Cho Jung-tai mengatakan dirinya",
            "'told reporters on Wednesday'; the probe targets the county's evacuation"
            if en
            else "no day in the line: the Wednesday 24 Sept article's news of the day",
            ["Taiwan", "TWN"],
        ),
        ev(
            "kmt_accuses_central_government_2025_09_24",
            True,
            ACCUSE,
            [KMT, TAIWAN_GOVT],
            *TUE_WED,
            "asserted",
            "Premier Cho Jung-tai told reporters on Wednesday" if en else "Partai oposisi Kuomintang (KMT)",
            "the counter-accusation after the Tuesday flood, reported Wednesday: range",
            ["Taiwan", "TWN"],
        ),
        ev(
            "guangdong_evacuates_1_9_million_2025_09_24",
            True,
            EVACUATE,
            [GUANGDONG, GUANGDONG_RESIDENTS],
            *TUE_WED,
            "asserted",
            "Authorities in neighbouring Guangdong province" if en else "Pemerintah Provinsi Guangdong, China, menyatakan",
            "evacuations before the Wednesday landfall: Tuesday-Wednesday",
            GUANGDONG_LOC,
        ),
        ev(
            "hk_raises_signal_10_2025_09_24",
            False,
            ["02", "10", "16"],
            [HK_OBSERVATORY, HONG_KONG],
            *SEP24,
            "asserted",
            "In Hong Kong, the Observatory raised" if en else "Di Hong Kong, Observatorium Hong Kong menaikkan",
            "'early on Wednesday': a warning, hardly a two-actor act",
            ["Hong Kong", "HKG"],
        ),
    ]


page(
    "en_01_guardian_typhoon_ragasa_barrier_lake_floods_hualien.txt",
    {
        "site": "theguardian.com",
        "title": "Typhoon Ragasa: 14 dead in Taiwan after barrier lake bursts as Hong Kong and southern China shut down",
        "subtitle": "Torrent of water from overflowing lake in Hualien swept through township of Guangfu, while nearly 2 million people evacuated in Guangdong",
        "authors": ["Helen Davidson"],
        "section": "World",
        "published_at": {"accept": ["2025-09-24T07:58:00+01:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": None,
        "cited_sources": [],
        "captions_required": [
            "Rescuers search a flooded street in Guangfu township, Hualien county, on Wednesday after a barrier lake overflowed. Photograph: Ann Wang/Reuters"
        ],
        "related_titles": ["'It came like a tsunami': survivors describe flood that engulfed Taiwan town"],
    },
    first="At least 14 people have been killed",
    last="Forecasters warned that the storm",
    skip=("Read more:", "'It came like a tsunami'"),
    events=[
        *shared("en"),
        ev(
            "xi_orders_all_out_efforts_2025_09_23",
            True,
            STMT,
            [XI, GUANGDONG],
            *SEP23,
            "asserted",
            "The Chinese president, Xi Jinping, ordered",
            "'CCTV reported on Tuesday'",
            ["China", "CHN"],
        ),
    ],
)

page(
    "id_01_idntimes_topan_ragasa_danau_jebol_di_hualien_14_tewas.txt",
    {
        "site": "idntimes.com",
        "title": "Topan Ragasa: Danau Bendungan Alami di Hualien Jebol, 14 Orang Tewas di Taiwan",
        "subtitle": "Lebih dari 120 orang hilang setelah air bah menerjang Kecamatan Guangfu",
        "authors": ["Sonya Michaella"],
        "editors": ["Rochmanudin"],
        "section": "World",
        "published_at": {"accept": ["2025-09-24T15:40:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": [],
        "captions_required": [
            "Petugas mengevakuasi warga dari kawasan banjir di Kecamatan Guangfu, Hualien, Taiwan, Rabu (24/9/2025). (REUTERS/Ann Wang)"
        ],
        "related_titles": [
            "Topan Super Ragasa Terjang Filipina Utara, Ribuan Warga Mengungsi",
            "Hong Kong Naikkan Sinyal Badai Nomor 10, Bandara Lumpuh",
        ],
    },
    first="Jakarta, IDN Times -",
    last="Kementerian Luar Negeri RI melalui KDEI Taipei",
    skip=("Baca Juga:",),
    strip_prefix="Jakarta, IDN Times -",
    events=[
        *shared("id"),
        ev(
            "kdei_no_indonesian_victims_2025_09_24",
            False,
            STMT,
            [KDEI],
            *SEP24,
            "asserted",
            "Kementerian Luar Negeri RI melalui KDEI Taipei",
            "'keterangan KDEI, Rabu': a one-actor statement",
            ["Taipei", "TWN"],
        ),
    ],
)
