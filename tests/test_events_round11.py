"""Round-11 constructions, on sentences written for these tests: light-verb attacks and single strikes,
participle clauses, control claims, boats blown up, wars between, warnings, close flights, membership
bids, bans lifted and platforms blocked, receptions without `oleh`, bare titles, pairs of leaders, a day
after an earlier event of the same sentence, and the lookalikes that must not code."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import Mention, code_text, consolidate

ANCHOR = date(2025, 6, 15)  # a Sunday


def coded(text: str, lang: str, anchor: date = ANCHOR) -> list[Mention]:
    return consolidate(code_text(text, lang, anchor, None, False))


def codes(text: str, lang: str) -> list[str]:
    return [m.cameo for m in coded(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("id", "Militer Israel melakukan serangan udara terhadap Suriah pada Senin.", "190"),
        ("id", "Pasukan Rusia melancarkan gempuran ke Kharkiv pada Selasa.", "190"),
        ("id", "Presiden Filipina berangkat ke Tokyo pada Senin untuk kunjungan kenegaraan.", "042"),
        ("id", "Perdana Menteri Australia disambut Presiden Prabowo Subianto di Istana Merdeka.", "043"),
        ("id", "Malaysia menyampaikan keinginan untuk bergabung dengan BRICS pada Selasa.", "031"),
        ("id", "Ukraina mengajukan permohonan untuk menjadi anggota NATO pada 2022.", "031"),
        ("id", "Dua jet tempur China terbang di dekat kapal perang Filipina pada Senin.", "150"),
        ("id", "Pemerintah Bangladesh mencabut pemblokiran internet pada Selasa.", "081"),
        ("id", "Pemerintah Nepal memblokir platform-platform media sosial itu pada Kamis.", "172"),
        ("id", "Pemerintah Pakistan memblokir aplikasi X pada Sabtu.", "172"),
        ("id", "Militer mengambil alih pengamanan di ibu kota pada Selasa malam.", "154"),
        ("id", "Polisi melakukan penahanan terhadap para tersangka pada Senin.", "173"),
        ("id", "Presiden Vietnam dan Presiden Laos menyaksikan penandatanganan nota kesepahaman.", "057"),
        ("en", "The U.S. military carried out a strike against a boat from Venezuela on Monday.", "190"),
        ("en", "Russia launched a drone strike on Odesa overnight.", "190"),
        ("en", "Israel launched a campaign on Friday, striking Iran's air defences.", "190"),
        ("en", "The RSF claimed full control of El Fasher on Sunday.", "190"),
        ("en", "Rebels seized control over the city of Goma in January.", "190"),
        ("en", "U.S. forces blew up a speedboat near Venezuela on Tuesday.", "190"),
        ("en", "The navy sank three vessels from Venezuela in September.", "190"),
        ("en", "The war between Sudan's army and the RSF erupted in April 2023.", "190"),
        ("en", "Trump spoke on Saturday, warning Tehran that it faces greater attacks.", "130"),
        ("en", "Two Venezuelan military jets flew near a U.S. Navy destroyer on Thursday.", "150"),
        ("en", "Malaysia expressed its desire to join BRICS at the summit in Kazan.", "031"),
        ("en", "Police opened fire on protesters in Kathmandu on Monday.", "180"),
        ("en", "Security forces fired tear gas at demonstrators in Nairobi.", "180"),
        ("en", "Nepal's government blocked 26 social media platforms on Thursday.", "172"),
        ("en", "Bangladesh lifted the ban on social media on Tuesday.", "081"),
        ("en", "The army said it would take over security in the capital.", "154"),
        ("en", "Joko Widodo met Emmanuel Macron on Monday. The two leaders witnessed the signing of MoUs.",
         "057"),
    ],
)  # fmt: skip
def test_new_constructions_code(lang: str, text: str, code: str) -> None:
    assert code in codes(text, lang), coded(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "absent"),
    [
        # a labour strike launched, a flight of tourists, a ball struck, a bare warning about weather,
        # a proposal accepted, a ban only asked for, a decade-old war named in passing
        ("en", "Workers launched a general strike against the government on Monday.", "190"),
        ("en", "Doctors launched a nationwide strike over pay on Monday.", "190"),
        ("en", "The tourists flew over the island on a small plane.", "150"),
        ("en", "Forecasters issued warnings of heavy rain across Java.", "130"),
        ("en", "Analysts said years of war between the two states drained both economies.", "190"),
        ("id", "Proposal itu diterima Menteri Keuangan pada Senin.", "043"),
        ("id", "Mahasiswa itu diterima di universitas negeri pada tahun lalu.", "043"),
        ("id", "Ia pernah bertugas sebagai tentara di Aceh.", "154"),
        ("id", "Baku tembak terjadi di perbatasan pada Senin.", "042"),
    ],
)  # fmt: skip
def test_lookalikes_do_not_code(lang: str, text: str, absent: str) -> None:
    assert absent not in codes(text, lang), coded(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "day"),
    [
        # `A on D, a day after B`: B happened the day before A
        ("id", "Perdana Menteri Anwar Ibrahim mengundurkan diri pada Selasa (10/6), sehari setelah polisi "
               "menembaki demonstran di Kuala Lumpur.", "menembaki", date(2025, 6, 9)),
        # `the next day` after an event of another sentence still counts forward
        ("id", "Polisi menembaki demonstran di Kuala Lumpur pada Senin (9/6). Keesokan harinya, Perdana "
               "Menteri Anwar Ibrahim mengundurkan diri.", "mengundurkan diri", date(2025, 6, 10)),
    ],
)  # fmt: skip
def test_a_day_after_an_earlier_clause(lang: str, text: str, trigger: str, day: date) -> None:
    found = {m.trigger: m.dating.event_date for m in coded(text, lang, date(2025, 6, 11))}
    assert found.get(trigger) == day, found


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        ("id", "Paus Fransiskus tiba di Jakarta pada Selasa. Sehari kemudian, Paus diterima Presiden Joko "
               "Widodo di Istana Merdeka.", ("Joko Widodo", "Pope Francis")),
        ("id", "Prabowo bertemu Putin di Kremlin pada Kamis. Dalam pertemuan itu, kedua kepala negara "
               "menandatangani deklarasi kemitraan strategis.", ("Prabowo Subianto", "Vladimir Putin")),
        ("en", "Prabowo met Putin in the Kremlin on Thursday. The two presidents later signed a strategic "
               "partnership declaration.", ("Prabowo Subianto", "Vladimir Putin")),
    ],
)  # fmt: skip
def test_bare_titles_and_pairs_name_people(lang: str, text: str, pair: tuple[str, str]) -> None:
    last = coded(text, lang)[-1]
    names = (last.actor1.name if last.actor1 else None, last.actor2.name if last.actor2 else None)
    assert names == pair, last


def test_a_resignation_and_a_ban_lifted_are_two_events() -> None:
    text = (
        "Menteri Dalam Negeri Ramesh Lekhak mengundurkan diri pada Senin malam. Pemerintah kemudian "
        "mencabut larangan media sosial tersebut dalam rapat kabinet darurat."
    )
    assert sorted(codes(text, "id")) == ["081", "0831"]


def test_hours_earlier_dates_from_the_previous_event() -> None:
    text = (
        "China summoned Japan's ambassador on Thursday. Hours earlier, Japan's Vice Foreign Minister "
        "Takehiro Funakoshi summoned Chinese Ambassador Wu Jianghao."
    )
    summons = [m for m in coded(text, "en") if m.actor1 and m.actor1.name == "Takehiro Funakoshi"]
    assert [m.dating.event_date for m in summons] == [date(2025, 6, 12)]
