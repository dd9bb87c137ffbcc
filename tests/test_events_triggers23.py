"""Round-23 trigger rows, on sentences written for these tests: captives freed, people handed over or
moved to another state, envoys summoned by name to hear a protest, weapons hitting civilian places,
executions, revoked visas, repeated arrests, ties raised, weapons shown and talks concluded.
Each case fails without its row."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import code_text, consolidate

ANCHOR = date(2025, 3, 16)  # a Sunday


def coded(text: str, lang: str, dateline: str | None) -> list[tuple[str, str]]:
    """(CAMEO code, trigger text) of each consolidated mention."""
    return [(m.cameo, m.trigger) for m in consolidate(code_text(text, lang, ANCHOR, dateline, False))]


@pytest.mark.parametrize(
    ("lang", "dateline", "text", "cameo", "words"),
    [
        # Captives of named trades freed by a group; the nationality is the second party.
        (
            "id",
            None,
            "Hamas membebaskan dua pekerja asing asal Thailand di Gaza pada Sabtu (15/3).",
            "084",
            "membebaskan dua pekerja asing",
        ),
        (
            "id",
            None,
            "Taliban membebaskan misionaris berkebangsaan Amerika Serikat itu pada Jumat (14/3).",
            "084",
            "membebaskan misionaris",
        ),
        # A person handed over to another state's officials (passive, a deportation by the home state).
        (
            "id",
            "JAKARTA",
            "Buronan itu akan diserahkan kepada otoritas Thailand di Bandara Ngurah Rai pada Senin.",
            "174",
            "diserahkan kepada otoritas",
        ),
        (
            "id",
            "JAKARTA",
            "Tersangka penipuan daring tersebut diserahkan kembali "
            "kepada pemerintah Korea Selatan pekan lalu.",
            "174",
            "diserahkan kembali kepada pemerintah",
        ),
        (
            "en",
            "MANILA",
            "The fugitive businessman was handed over to Thai police at the border on Friday.",
            "174",
            "was handed over",
        ),
        (
            "en",
            "JAKARTA",
            "The two suspects were transferred to South Korean authorities in Bali on Saturday.",
            "174",
            "were transferred",
        ),
        # A prisoner moved by one state to another.
        (
            "id",
            None,
            "Pemerintah Indonesia memindahkan dua narapidana asal "
            "Prancis ke negara asalnya pada Jumat (14/3).",
            "084",
            "memindahkan dua narapidana",
        ),
        (
            "id",
            None,
            "Pemerintah Malaysia memindahkan tahanan warga Thailand, Somchai, ke Bangkok pada Sabtu (15/3).",
            "084",
            "memindahkan tahanan",
        ),
        # An envoy summoned by name to hear a protest.
        (
            "id",
            None,
            "Kementerian Luar Negeri Jepang memanggil Wu Jianghao, Duta Besar "
            "China di Tokyo, untuk menyampaikan protes keras.",
            "111",
            "memanggil",
        ),
        (
            "id",
            None,
            "Kemlu India memanggil Komisaris Tinggi Kanada Stewart Wheeler untuk menyampaikan protes keras.",
            "111",
            "memanggil",
        ),
        (
            "en",
            None,
            "Japan's foreign ministry summoned Wu Jianghao, China's "
            "ambassador in Tokyo, on Friday to protest the incursion.",
            "111",
            "summoned",
        ),
        (
            "en",
            None,
            "Manila summoned Zhou Zhiyong of the Chinese embassy to convey its strong displeasure.",
            "111",
            "summoned",
        ),
        # A weapon hitting a civilian vehicle or place.
        (
            "id",
            None,
            "Rudal Rusia menghantam sebuah pasar di kota Kharkiv, Ukraina, pada Sabtu (15/3).",
            "190",
            "menghantam sebuah pasar",
        ),
        (
            "id",
            None,
            "Drone Israel menghantam sebuah mobil di Lebanon selatan pada Jumat (14/3).",
            "190",
            "menghantam sebuah mobil",
        ),
        # Executions by a firing squad.
        (
            "id",
            "JAKARTA",
            "Tiga terpidana asal Nigeria dieksekusi mati oleh regu "
            "tembak di Nusakambangan pada Januari 2015.",
            "172",
            "dieksekusi mati oleh regu tembak",
        ),
        (
            "id",
            "JAKARTA",
            "Warga Brasil itu dieksekusi oleh regu tembak pada dini hari, Minggu (18/1/2015).",
            "172",
            "dieksekusi oleh regu tembak",
        ),
        (
            "en",
            "JAKARTA",
            "Two Australians were executed by firing squad in April 2015.",
            "172",
            "were executed by firing squad",
        ),
        (
            "en",
            "RIYADH",
            "Two Pakistani men were put to death on Saturday for drug smuggling.",
            "172",
            "were put to death",
        ),
        # Visas revoked for named people.
        (
            "en",
            None,
            "Washington said on Friday it was revoking the visas of Brazilian judge Alexandre de Moraes.",
            "160",
            "revoking the visas of",
        ),
        (
            "en",
            None,
            "The State Department cancelled the visas of Colombian President Gustavo Petro on Saturday.",
            "160",
            "cancelled the visas of",
        ),
        # A repeated arrest.
        (
            "en",
            "SEOUL",
            "Former president Yoon Suk Yeol was re-arrested on Thursday on charges of abusing power.",
            "173",
            "was re-arrested",
        ),
        (
            "en",
            "ISLAMABAD",
            "Pakistani police rearrested former prime minister Imran Khan in Lahore on Friday.",
            "173",
            "rearrested",
        ),
        (
            "en",
            "ISLAMABAD",
            "Former prime minister Imran Khan was rearrested by police outside the court on Friday.",
            "173",
            "was rearrested",
        ),
        (
            "en",
            "HONG KONG",
            "Police re-arrested opposition leader Imran Khan outside the Lahore court on Saturday.",
            "173",
            "re-arrested",
        ),
        # Ties raised to a named level.
        (
            "en",
            None,
            "Indonesia and Vietnam elevated their relationship to a "
            "comprehensive strategic partnership on Monday.",
            "050",
            "elevated their relationship to",
        ),
        (
            "en",
            None,
            "Malaysia and Japan upgraded their ties to a strategic partnership on Friday.",
            "050",
            "upgraded their ties to",
        ),
        # A new weapon shown off with a long description.
        (
            "en",
            None,
            "Kim Jong Un showcased the country's newest solid-fuel ballistic missile at a parade on Friday.",
            "150",
            "showcased the country's newest solid-fuel ballistic missile",
        ),
        (
            "en",
            None,
            "Iran unveiled its latest long-range hypersonic missile in Tehran on Saturday.",
            "150",
            "unveiled its latest long-range hypersonic missile",
        ),
        # Talks on a deal declared concluded.
        (
            "en",
            None,
            "Indonesia and Canada concluded negotiations on a comprehensive economic partnership agreement.",
            "057",
            "concluded negotiations on a comprehensive economic partnership agreement",
        ),
        (
            "en",
            None,
            "Australia and the United Arab Emirates wrapped up talks on a free trade deal on Friday.",
            "057",
            "wrapped up talks on a free trade deal",
        ),
        (
            "id",
            None,
            "Indonesia dan Peru menyatakan perundingan perjanjian dagang itu rampung pada Jumat (14/3).",
            "057",
            "menyatakan perundingan",
        ),
        (
            "id",
            None,
            "Indonesia dan Uni Eropa merampungkan perundingan IEU-CEPA pada Minggu (16/3).",
            "057",
            "merampungkan perundingan",
        ),
    ],
)
def test_round23_rows_code_the_act(
    lang: str, dateline: str | None, text: str, cameo: str, words: str
) -> None:
    found = coded(text, lang, dateline)
    assert (cameo, words) in found, found
