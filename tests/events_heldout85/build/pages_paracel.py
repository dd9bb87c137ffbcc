"""Gold for the assault by Chinese law enforcement on the Vietnamese fishing boat QNg 95739 TS near the Paracel
Islands on 29 Sep 2024, Vietnam's protest of 2 Oct and China's rejection of 3 Oct (CNA, Tempo)."""
# ruff: noqa: E501  -- gold data: evidence prefixes are quoted verbatim

from actors import (
    CHINA,
    CHINA_CG,
    HANG,
    LIN_JIAN,
    LY_SON,
    PARACELS,
    PHILIPPINES,
    VIETNAM,
    VN_FISHERIES,
    VN_FISHERMEN,
)
from common import DENY, MEET, STMT, VIOLENCE, ev, page

SEP29 = ("2024-09-29", "2024-09-29")
OCT2 = ("2024-10-02", "2024-10-02")
OCT3 = ("2024-10-03", "2024-10-03")
PROTEST_DIP = ["10", "11", "12", "13"]
DEMAND = ["10"]
SEIZE = ["17"]
AID = ["07", "03"]
HANOI = ["Hanoi", "VNM"]
BEIJING = ["Beijing", "CHN"]


def shared(lang: str) -> list[dict]:
    """The events both outlets report, with each page's own evidence."""
    en = lang == "en"
    return [
        ev(
            "chinese_officers_beat_vietnamese_fishermen_2024_09_29",
            True,
            VIOLENCE,
            [CHINA_CG, VN_FISHERMEN],
            *SEP29,
            "asserted",
            "According to Vietnamese state media, about 40 men" if en else "Menurut media pemerintah Vietnam, sekitar 40 orang",
            "'on Sunday (Sep 29)'; China denies injuries, not the boarding"
            if en
            else "'pada Ahad, 29 September 2024'; China denies injuries, not the boarding",
            PARACELS,
        ),
        ev(
            "vietnam_protests_to_china_2024_10_02",
            True,
            PROTEST_DIP,
            [HANG, CHINA],
            *OCT2,
            "asserted",
            "Foreign ministry spokeswoman Pham Thu Hang said on Wednesday (Oct 2)"
            if en
            else "Juru bicara Kementerian Luar Negeri Vietnam, Pham Thu Hang, pada Rabu",
            "the protest ('deeply concerned and strongly opposes'), 'on Wednesday (Oct 2)'"
            if en
            else "'pada Rabu, 2 Oktober 2024'",
            HANOI,
        ),
        ev(
            "vietnam_demands_investigation_and_compensation_2024_10_02",
            True,
            DEMAND,
            [HANG, CHINA],
            *OCT2,
            "asserted",
            '"Vietnam demands that China investigate' if en else '"Vietnam menuntut China menyelidiki',
            "the demand in the same Wednesday statement; the representations through diplomatic channels belong to the protest",
            HANOI,
        ),
        ev(
            "china_rejects_vietnam_account_2024_10_03",
            True,
            DENY,
            [LIN_JIAN, VIETNAM],
            *OCT3,
            "asserted",
            "China's foreign ministry on Thursday rejected" if en else "Pemerintah China membantah versi Vietnam",
            "'on Thursday' (Oct 3); says the coast guard 'stopped illegal fishing'"
            if en
            else "'pada Kamis, 3 Oktober 2024'",
            BEIJING,
        ),
        ev(
            "philippines_backs_vietnam_2024_10_03",
            True,
            STMT,
            [PHILIPPINES, VIETNAM],
            "2024-10-03" if en else "2024-09-29",
            "2024-10-03",
            "asserted",
            "The Philippines, which is locked in its own maritime disputes" if en else "Filipina, yang juga bersengketa dengan China",
            "'said on Thursday'" if en else "no day given; between the attack and publication (3 Oct)",
        ),
        ev(
            "chinese_officers_seize_catch_and_equipment_2024_09_29",
            False,
            SEIZE,
            [CHINA_CG, VN_FISHERMEN],
            *SEP29,
            "asserted",
            "According to Vietnamese state media, about 40 men" if en else "Menurut media pemerintah Vietnam, sekitar 40 orang",
            "part of the boarding: about 4 tonnes of fish and equipment seized",
            PARACELS,
        ),
        ev(
            "injured_fishermen_treated_on_ly_son_2024_10_01",
            False,
            AID,
            [["Quang Ngai border guard command", "Komando Penjaga Perbatasan Quang Ngai", "VNM"], VN_FISHERMEN],
            "2024-10-01",
            "2024-10-01",
            "asserted",
            "Four fishermen were injured" if en else "Empat nelayan terluka",
            "the boat returned 'on Tuesday' (1 Oct) and the injured were taken to a medical centre",
            LY_SON,
        ),
        ev(
            "fisheries_association_to_help_claims",
            False,
            AID,
            [VN_FISHERIES, VN_FISHERMEN],
            None,
            None,
            "planned",
            "Vietnam's fisheries association said" if en else "Asosiasi Perikanan Vietnam menyatakan",
            "planned help, no date",
        ),
        ev(
            "china_seizes_paracels_1974",
            False,
            ["19"],
            [CHINA, ["South Vietnam", "Vietnam Selatan", "VNM"]],
            "1974-01-01",
            "1974-12-31",
            "asserted",
            "The Paracels, which China seized from South Vietnam in 1974" if en else "Kepulauan Paracel direbut China dari Vietnam Selatan pada 1974",
            "background: 'in 1974'",
            PARACELS,
        ),
    ]


page(
    "en_02_cna_vietnam_protests_to_china_over_attack_on_fishermen_near_paracels.txt",
    {
        "site": "channelnewsasia.com",
        "title": "Vietnam demands China investigate 'brutal' attack on fishermen near Paracel Islands",
        "subtitle": "Vietnam's foreign ministry said Chinese law enforcement officers boarded a fishing boat, beat 10 fishermen with iron bars and seized their catch and equipment.",
        "authors": [],
        "section": "Asia",
        "published_at": {"accept": ["2024-10-03T15:17:00+08:00"], "accept_null": False},
        "updated_at": {"accept": ["2024-10-03T17:40:00+08:00"], "accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Hanoi",
        "cited_sources": ["Reuters", "AFP", "Tuoi Tre"],
        "captions_required": [
            "Injured Vietnamese fishermen receive treatment at a medical centre on Ly Son island in Quang Ngai province on Oct 1, 2024. (Photo: VnExpress/Pham Linh)"
        ],
        "related_titles": [
            "Philippines says Chinese vessel rammed coast guard ship near Sabina Shoal",
            "To Lam, Xi agree to manage maritime differences in Beijing talks",
        ],
    },
    first="HANOI: Vietnam has lodged a protest",
    last="Vietnam's fisheries association said",
    strip_prefix="HANOI:",
    events=[
        *shared("en"),
        ev(
            "to_lam_xi_agree_to_manage_differences_2024_08",
            False,
            MEET,
            [["To Lam", "Vietnam's top leader To Lam", "Vietnam", "VNM"], ["Xi Jinping", "Chinese President Xi Jinping", "China", "CHN"]],
            "2024-08-01",
            "2024-08-31",
            "asserted",
            "The attack came less than two months after",
            "background: 'in August' in Beijing",
            BEIJING,
        ),
    ],
)

page(
    "id_02_tempo_vietnam_protes_china_usai_nelayan_dipukuli_di_paracel.txt",
    {
        "site": "tempo.co",
        "title": "Vietnam Protes ke China setelah Nelayannya Dipukuli dengan Batang Besi di Dekat Kepulauan Paracel",
        "subtitle": None,
        "authors": ["Ida Rosdalina"],
        "editors": ["Yudono Yanuar"],
        "section": "Dunia",
        "published_at": {"accept": ["2024-10-03T19:05:00+07:00"], "accept_null": False},
        "updated_at": {"accept_null": True},
        "page_date_not_publication": None,
        "flags_required": [],
        "dateline": "Jakarta",
        "cited_sources": ["Reuters"],
        "captions_required": [
            "Nelayan Vietnam yang terluka dirawat di pusat kesehatan di Pulau Ly Son, Provinsi Quang Ngai, 1 Oktober 2024. Foto: VnExpress"
        ],
        "related_titles": [
            "Kapal Coast Guard China Tabrak Kapal Filipina di Sabina Shoal",
            "To Lam Bertemu Xi Jinping, Vietnam dan China Sepakat Kelola Perbedaan di Laut",
        ],
    },
    first="TEMPO.CO, Jakarta -",
    last="Asosiasi Perikanan Vietnam menyatakan",
    skip=("Baca juga:",),
    strip_prefix="TEMPO.CO, Jakarta -",
    events=shared("id"),
)
