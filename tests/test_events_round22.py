"""Round 22 mechanisms on sentences that are not from any held-out set: a subject across a relative clause
(and the day inside that clause not dating the main verb), an attack noun's owner as the killer, and
quantified projectiles in fire/launch rows of both languages."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate

ANCHOR = date(2025, 3, 12)


def _coded(lang: str, text: str) -> list[Mention]:
    return consolidate(code_text(text, lang, ANCHOR, None, False))


def _one(lang: str, text: str, root: str) -> Mention:
    found = [m for m in _coded(lang, text) if m.cameo[:2] == root]
    assert found, [(m.trigger, m.cameo) for m in _coded(lang, text)]
    return found[0]


def _country(actor: object) -> str | None:
    return getattr(actor, "country", None)


# (lang, sentence, root, actor1 country, actor2 country)
RELATIVE_SUBJECT = [
    (
        "en",
        "Erdogan, who landed in Cairo late on Tuesday for his first visit in a decade, held talks with "
        "President Abdel Fattah al-Sisi on Wednesday.",
        "04",
        "TUR",
        "EGY",
    ),
    (
        "en",
        "Macron, who has pushed for a European defence union since his first term in office, met Chancellor "
        "Olaf Scholz in Berlin.",
        "04",
        "FRA",
        "DEU",
    ),
    (
        "en",
        "Lula, who returned to office in January after beating his rival in a close runoff, met Xi "
        "Jinping in Beijing.",
        "04",
        "BRA",
        "CHN",
    ),
    (
        "en",
        "Modi, who was received at the airport by the foreign minister and a guard of honour, held talks "
        "with Vladimir Putin.",
        "04",
        "IND",
        "RUS",
    ),
    (
        "en",
        "Albanese, who arrived in Jakarta on Monday evening with a delegation of business leaders, met "
        "Prabowo Subianto at the palace.",
        "04",
        "AUS",
        "IDN",
    ),
    (
        "en",
        "Japan, which has been trying to improve relations with Beijing since last summer, condemned China "
        "over the missile launch.",
        "11",
        "JPN",
        "CHN",
    ),
    (
        "en",
        "Poland, which borders both Ukraine and Belarus along a long eastern frontier, expelled Russia's "
        "ambassador on Friday.",
        "16",
        "POL",
        "RUS",
    ),
    (
        "id",
        "Anwar Ibrahim, yang tiba di Jakarta pada Senin malam bersama rombongan pengusaha Malaysia, bertemu "
        "Presiden Prabowo Subianto di Istana Merdeka.",
        "04",
        "MYS",
        "IDN",
    ),
    (
        "id",
        "Erdogan, yang mendarat di Kairo pada Selasa malam untuk kunjungan pertamanya dalam satu dekade, "
        "bertemu Presiden Abdel Fattah al-Sisi.",
        "04",
        "TUR",
        "EGY",
    ),
    (
        "id",
        "Jepang, yang berupaya memperbaiki hubungan dengan Beijing sejak musim panas lalu, mengecam China "
        "atas peluncuran rudal itu.",
        "11",
        "JPN",
        "CHN",
    ),
    (
        "id",
        "Macron, yang sejak masa jabatan pertamanya mendorong gagasan pertahanan bersama Eropa, bertemu "
        "Kanselir Jerman Olaf Scholz di Berlin.",
        "04",
        "FRA",
        "DEU",
    ),
    (
        "id",
        "Lula, yang kembali menjabat pada Januari setelah mengalahkan rivalnya, bertemu Xi Jinping "
        "di Beijing.",
        "04",
        "BRA",
        "CHN",
    ),
    (
        "en",
        "Germany, which has been the largest European donor to Kyiv, summoned Russia's ambassador.",
        "11",
        "DEU",
        "RUS",
    ),
    (
        "id",
        "Polandia, yang berbatasan langsung dengan Belarus, mengusir duta besar Rusia pada Jumat.",
        "16",
        "POL",
        "RUS",
    ),
]

ATTACK_OWNER = [
    (
        "en",
        "A Russian missile strike on a Ukrainian training ground killed 15 Ukrainian soldiers on Sunday.",
        "19",
        "RUS",
        "UKR",
    ),
    ("en", "An Israeli airstrike on a school in Gaza City killed 20 people on Saturday.", "19", "ISR", "PSE"),
    (
        "en",
        "A Ukrainian drone attack on a Russian oil depot killed two workers on Monday.",
        "18",
        "UKR",
        None,
    ),
    ("en", "A Pakistani air raid near the Afghan border killed 12 people overnight.", "19", "PAK", None),
    (
        "en",
        "A Sudanese army drone strike on a market in Darfur killed 30 civilians on Friday.",
        "19",
        "SDN",
        "SDN",  # civilians are actors since round 44: the victims, of the country the attack is in
    ),
    (
        "en",
        "An Israeli strike in southern Lebanon killed a Hezbollah commander on Tuesday.",
        "18",
        "ISR",
        "LBN",
    ),
    (
        "id",
        "Serangan udara Israel di dekat sebuah sekolah di Gaza menewaskan 20 orang pada Sabtu.",
        "19",
        "ISR",
        "PSE",
    ),
    ("id", "Serangan drone Rusia di Kharkiv menewaskan tiga warga sipil pada Minggu.", "19", "RUS", "UKR"),
    (
        "id",
        "Serangan rudal Rusia ke pusat pelatihan militer Ukraina menewaskan 15 tentara.",
        "19",
        "RUS",
        "UKR",
    ),
    (
        "id",
        "Serangan Israel di Khan Younis menewaskan komandan Hamas Mohammed Sinwar pada Selasa.",
        "18",
        "ISR",
        "PSE",
    ),
    (
        "id",
        "Gempuran Pakistan di Provinsi Khost menewaskan sedikitnya 12 orang pada Jumat malam.",
        "19",
        "PAK",
        None,
    ),
    ("id", "Serangan udara Myanmar di sebuah desa di Sagaing menewaskan 40 warga sipil.", "19", "MMR", None),
]

PROJECTILES = [
    (
        "en",
        "North Korea fired several short-range ballistic missiles off its east coast on Monday.",
        "15",
        "PRK",
        None,
    ),
    (
        "en",
        "North Korea launched a barrage of long-range cruise missiles into the sea on Tuesday.",
        "15",
        "PRK",
        None,
    ),
    ("en", "Iran fired dozens of ballistic missiles at Israel on Tuesday night.", "19", "IRN", "ISR"),
    ("en", "Russia launched more than 100 attack drones at Ukraine overnight.", "19", "RUS", "UKR"),
    ("en", "Pyongyang test-fired two intermediate-range missiles on Sunday.", "15", "PRK", None),
    (
        "id",
        "Korea Utara menembakkan lebih dari 200 peluru artileri di dekat perbatasan laut pada Jumat.",
        "15",
        "PRK",
        None,
    ),
    (
        "id",
        "Korea Utara menembakkan sejumlah rudal balistik jarak pendek ke laut lepas pantai timurnya.",
        "15",
        "PRK",
        None,
    ),
    ("id", "Korut meluncurkan beberapa rudal jelajah strategis ke Laut Kuning pada Rabu.", "15", "PRK", None),
    ("id", "Rusia menembakkan ratusan drone dan puluhan rudal ke Ukraina semalam.", "19", "RUS", "UKR"),
    ("id", "Iran meluncurkan puluhan rudal balistik ke Israel pada Selasa malam.", "19", "IRN", "ISR"),
    ("id", "China menembakkan rentetan roket ke perairan sekitar Taiwan pada Kamis.", "15", "CHN", "TWN"),
    (
        "id",
        "Militer Korea Utara menembakkan puluhan peluru meriam di dekat pulau perbatasan.",
        "15",
        "PRK",
        None,
    ),
    (
        "en",
        "Japan, which hosts thousands of US troops, scrambled fighter jets on Thursday.",
        "15",
        "JPN",
        None,
    ),
    (
        "id",
        "Serangan rudal Iran ke Israel pada Selasa malam menewaskan seorang warga Palestina.",
        "19",
        "IRN",
        "PSE",
    ),
]

NEGATIVES = [
    ("en", "Putin, who flew into the capital late on Monday, praised the city's architecture.", "04"),
    ("en", "The airstrike on the school drew condemnation from aid groups.", "19"),
    ("en", "Floods in the northern province killed 20 people on Sunday.", "19"),
    ("en", "The ministry, which has been criticised for slow aid, said it would review the budget.", "04"),
    ("en", "North Korea showed off its new rocket engine in state media photographs.", "19"),
    ("id", "Banjir di provinsi utara menewaskan 20 orang pada Minggu.", "19"),
    ("id", "Kecelakaan bus di Jawa Tengah menewaskan Budi Santoso dan dua penumpang lain.", "18"),
    ("id", "Anwar, yang sejak Senin berada di Jakarta, memuji keramahan warga setempat.", "04"),
    ("id", "Serangan itu mendapat kecaman dari berbagai lembaga kemanusiaan.", "19"),
    ("id", "Harga peluru artileri melonjak tajam di pasar global tahun ini.", "15"),
    ("en", "The summit, which opens on Monday in Rio, will focus on hunger and climate.", "04"),
]


@pytest.mark.parametrize(
    ("lang", "text", "root", "country1", "country2"), RELATIVE_SUBJECT + ATTACK_OWNER + PROJECTILES
)
def test_round22_codes_root_and_parties(
    lang: str, text: str, root: str, country1: str, country2: str | None
) -> None:
    m = _one(lang, text, root)
    assert _country(m.actor1) == country1
    assert _country(m.actor2) == country2


@pytest.mark.parametrize(("lang", "text", "root"), NEGATIVES)
def test_round22_codes_no_such_event(lang: str, text: str, root: str) -> None:
    assert all(m.cameo[:2] != root for m in _coded(lang, text))


def test_day_inside_relative_clause_does_not_date_main_verb() -> None:
    text = (
        "Erdogan, who flew into Cairo late on Monday on his first visit to Egypt in a decade, held talks "
        "with President Abdel Fattah al-Sisi."
    )
    talks = [m for m in code_text(text, "en", ANCHOR, None, False) if m.trigger == "held talks"]
    assert len(talks) == 1
    assert talks[0].dating.text != "Monday"
