"""Holidays in the temporal tagger: fixed-date ones from calendar.toml, Islamic ones from hijri.toml."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kabar.dates import tag
from kabar.dates.calendar import calendar, hijri_observances

# (lang, anchor, sentence, expected span, start, end, precision)
CASES = [
    # English, fixed dates
    (
        "en",
        "2024-12-27",
        "Russia launched a massive missile and drone attack on Ukraine's energy "
        "infrastructure on Christmas morning.",
        "Christmas morning",
        "2024-12-25",
        "2024-12-25",
        "day",
    ),
    (
        "en",
        "2024-12-20",
        "Police will deploy 5,000 officers on New Year's Eve.",
        "New Year's Eve",
        "2024-12-31",
        "2024-12-31",
        "day",
    ),
    (
        "en",
        "2025-01-03",
        "Fireworks injured 12 people on New Year’s Eve, officials said.",
        "New Year’s Eve",
        "2024-12-31",
        "2024-12-31",
        "day",
    ),
    (
        "en",
        "2025-01-03",
        "The storm hit the coast on New Year's Day.",
        "New Year's Day",
        "2025-01-01",
        "2025-01-01",
        "day",
    ),
    (
        "en",
        "2024-12-28",
        "Stores opened early on Boxing Day.",
        "Boxing Day",
        "2024-12-26",
        "2024-12-26",
        "day",
    ),
    (
        "en",
        "2024-12-28",
        "Two soldiers were killed on Christmas Eve.",
        "Christmas Eve",
        "2024-12-24",
        "2024-12-24",
        "day",
    ),
    (
        "en",
        "2024-12-20",
        "The pope will celebrate Mass on Christmas Day.",
        "Christmas Day",
        "2024-12-25",
        "2024-12-25",
        "day",
    ),
    (
        "en",
        "2024-12-20",
        "The plant closed on Christmas Day 2019 and never reopened.",
        "Christmas Day 2019",
        "2019-12-25",
        "2019-12-25",
        "day",
    ),
    (
        "en",
        "2025-02-20",
        "Flower prices doubled on Valentine's Day.",
        "Valentine's Day",
        "2025-02-14",
        "2025-02-14",
        "day",
    ),
    (
        "en",
        "2024-11-04",
        "A shooting at a party on Halloween left three injured.",
        "Halloween",
        "2024-10-31",
        "2024-10-31",
        "day",
    ),
    (
        "en",
        "2024-05-03",
        "Workers marched in Paris on May Day.",
        "May Day",
        "2024-05-01",
        "2024-05-01",
        "day",
    ),
    (
        "en",
        "2024-12-10",
        "Last Christmas the city was quiet.",
        "Last Christmas",
        "2023-12-25",
        "2023-12-25",
        "day",
    ),
    (
        "en",
        "2024-06-10",
        "The truce collapsed at Christmas last year.",
        "Christmas last year",
        "2023-12-25",
        "2023-12-25",
        "day",
    ),
    ("en", "2024-12-28", "Prices rose ahead of Christmas.", "Christmas", "2024-12-18", "2024-12-24", "range"),
    # English, Islamic holidays
    (
        "en",
        "2024-04-15",
        "The ceasefire took effect on Eid al-Fitr.",
        "Eid al-Fitr",
        "2024-04-10",
        "2024-04-10",
        "day",
    ),
    (
        "en",
        "2024-06-20",
        "Thousands prayed at the mosque on Eid al-Adha.",
        "Eid al-Adha",
        "2024-06-17",
        "2024-06-17",
        "day",
    ),
    (
        "en",
        "2024-12-20",
        "Muslims fasted during Ramadan last year.",
        "Ramadan last year",
        "2023-03-23",
        "2023-04-21",
        "range",
    ),
    (
        "en",
        "2025-03-10",
        "Food prices climbed during Ramadan.",
        "Ramadan",
        "2025-03-01",
        "2025-03-30",
        "range",
    ),
    (
        "en",
        "2024-04-20",
        "Attacks rose at the end of Ramadan.",
        "the end of Ramadan",
        "2024-04-01",
        "2024-04-09",
        "range",
    ),
    # Indonesian, fixed dates
    (
        "id",
        "2024-12-27",
        "Gereja Katedral dipadati umat pada malam Natal.",
        "malam Natal",
        "2024-12-24",
        "2024-12-24",
        "day",
    ),
    (
        "id",
        "2024-12-27",
        "Ribuan umat mengikuti misa pada Hari Natal di Jakarta.",
        "Hari Natal",
        "2024-12-25",
        "2024-12-25",
        "day",
    ),
    ("id", "2024-12-20", "Harga cabai naik menjelang Natal.", "Natal", "2024-12-18", "2024-12-24", "range"),
    (
        "id",
        "2025-01-03",
        "Sejak Natal, 12 orang tewas dalam kecelakaan.",
        "Natal",
        "2024-12-25",
        "2024-12-25",
        "day",
    ),
    (
        "id",
        "2024-12-20",
        "Natal 2020 dirayakan secara daring.",
        "Natal 2020",
        "2020-12-25",
        "2020-12-25",
        "day",
    ),
    (
        "id",
        "2024-12-20",
        "Libur Natal dan Tahun Baru diperkirakan ramai.",
        "Tahun Baru",
        "2025-01-01",
        "2025-01-01",
        "day",
    ),
    (
        "id",
        "2025-01-02",
        "Pesta kembang api saat malam Tahun Baru 2025 berlangsung meriah.",
        "malam Tahun Baru 2025",
        "2024-12-31",
        "2024-12-31",
        "day",
    ),
    (
        "id",
        "2025-01-02",
        "Polisi menjaga ketat malam pergantian tahun di Bundaran HI.",
        "malam pergantian tahun",
        "2024-12-31",
        "2024-12-31",
        "day",
    ),
    (
        "id",
        "2024-12-20",
        "Polisi akan menutup jalan pada malam tahun baru.",
        "malam tahun baru",
        "2024-12-31",
        "2024-12-31",
        "day",
    ),
    (
        "id",
        "2024-08-18",
        "Upacara HUT ke-79 RI digelar di IKN.",
        "HUT ke-79 RI",
        "2024-08-17",
        "2024-08-17",
        "day",
    ),
    (
        "id",
        "2024-08-20",
        "Presiden memimpin upacara pada Hari Kemerdekaan.",
        "Hari Kemerdekaan",
        "2024-08-17",
        "2024-08-17",
        "day",
    ),
    (
        "id",
        "2024-11-12",
        "Ziarah digelar pada Hari Pahlawan di Surabaya.",
        "Hari Pahlawan",
        "2024-11-10",
        "2024-11-10",
        "day",
    ),
    (
        "id",
        "2024-05-02",
        "Ribuan buruh berunjuk rasa pada Hari Buruh di depan DPR.",
        "Hari Buruh",
        "2024-05-01",
        "2024-05-01",
        "day",
    ),
    (
        "id",
        "2024-04-25",
        "Siswi berkebaya memperingati Hari Kartini.",
        "Hari Kartini",
        "2024-04-21",
        "2024-04-21",
        "day",
    ),
    (
        "id",
        "2024-10-30",
        "Ikrar dibacakan pada Hari Sumpah Pemuda.",
        "Hari Sumpah Pemuda",
        "2024-10-28",
        "2024-10-28",
        "day",
    ),
    (
        "id",
        "2024-06-03",
        "Upacara Hari Lahir Pancasila berlangsung khidmat.",
        "Hari Lahir Pancasila",
        "2024-06-01",
        "2024-06-01",
        "day",
    ),
    # Indonesian, Islamic holidays
    (
        "id",
        "2024-04-20",
        "Arus mudik Lebaran tahun ini meningkat.",
        "Lebaran tahun ini",
        "2024-04-10",
        "2024-04-10",
        "day",
    ),
    (
        "id",
        "2024-04-20",
        "Pada awal Ramadan harga beras naik.",
        "awal Ramadan",
        "2024-03-12",
        "2024-03-21",
        "range",
    ),
    (
        "id",
        "2024-06-10",
        "Pemerintah menetapkan Idul Adha jatuh pada Senin.",
        "Idul Adha",
        "2024-06-17",
        "2024-06-17",
        "day",
    ),
    (
        "id",
        "2023-04-25",
        "Sebanyak 20 orang tewas saat Hari Raya Idul Fitri.",
        "Hari Raya Idul Fitri",
        "2023-04-22",
        "2023-04-22",
        "day",
    ),
    (
        "id",
        "2024-07-10",
        "Pawai obor digelar pada Tahun Baru Islam.",
        "Tahun Baru Islam",
        "2024-07-07",
        "2024-07-07",
        "day",
    ),
    (
        "id",
        "2024-09-20",
        "Warga menggelar tradisi pada Maulid Nabi.",
        "Maulid Nabi",
        "2024-09-16",
        "2024-09-16",
        "day",
    ),
    (
        "id",
        "2025-03-10",
        "Kriminalitas turun selama bulan Ramadan.",
        "bulan Ramadan",
        "2025-03-01",
        "2025-03-30",
        "range",
    ),
    (
        "id",
        "2024-12-01",
        "Idulfitri 2022 jatuh pada hari Senin.",
        "Idulfitri 2022",
        "2022-05-02",
        "2022-05-02",
        "day",
    ),
    (
        "id",
        "2024-06-20",
        "Hewan kurban disembelih pada Hari Raya Kurban.",
        "Hari Raya Kurban",
        "2024-06-17",
        "2024-06-17",
        "day",
    ),
]

CASES += [
    ("en", "2024-12-20", "Shoppers will crowd malls just before Christmas.", "Christmas", "2024-12-18",
     "2024-12-24", "range"),
    ("id", "2025-03-20", "Polisi akan menindak penimbun sebelum Lebaran.", "Lebaran", "2025-03-24",
     "2025-03-30", "range"),
    ("en", "2025-01-05", "The strike began on Christmas Day and ended on New Year's Day.", "New Year's Day",
     "2025-01-01", "2025-01-01", "day"),
    ("id", "2024-12-10", "Arus kendaraan padat pada Natal tahun lalu.", "Natal tahun lalu", "2023-12-25",
     "2023-12-25", "day"),
]  # fmt: skip

# (lang, anchor, sentence, word that must stay undated)
NEGATIVES = [
    ("id", "2024-12-27", "Banjir melanda kota Natal, Brasil, pekan ini.", "Natal"),
    ("en", "2024-12-27", "Floods hit Natal, Brazil, this week.", "Natal"),
    ("en", "2024-12-10", "Christmas tree sales rose 5 percent.", "Christmas"),
    ("en", "2024-12-10", "Shoppers crowded at Christmas markets downtown.", "Christmas"),
    ("en", "2024-12-30", "Many people make New Year's resolutions.", "New Year"),
    ("id", "2025-01-30", "Perayaan Tahun Baru Imlek 2576 berlangsung meriah.", "Tahun Baru"),
    ("id", "2024-12-20", "Ia kembali ke tanah natal ayahnya.", "natal"),
    ("id", "2025-11-10", "Lebaran 2026 diperkirakan jatuh pada Maret.", "Lebaran"),  # no table row: undated
    ("id", "2024-05-01", "Tahun baru, semangat baru bagi pegawai.", "Tahun baru"),
    ("en", "2024-12-10", "Halloween costumes sold out.", "Halloween"),
]


@pytest.mark.parametrize(("lang", "anchor", "text", "span", "start", "end", "precision"), CASES)
def test_holiday_resolves(
    lang: str, anchor: str, text: str, span: str, start: str, end: str, precision: str
) -> None:
    found = {e.text: e for e in tag(text, date.fromisoformat(anchor), lang)}
    assert span in found, f"{span!r} not tagged in {sorted(found)}"
    e = found[span]
    assert (e.start.isoformat(), e.end.isoformat(), e.precision, e.kind) == (start, end, precision, "event")


@pytest.mark.parametrize(("lang", "anchor", "text", "word"), NEGATIVES)
def test_not_a_holiday(lang: str, anchor: str, text: str, word: str) -> None:
    found = tag(text, date.fromisoformat(anchor), lang)
    assert not [e.text for e in found if word.lower() in e.text.lower()]


def test_case_count_is_table_driven_and_broad() -> None:
    assert len(CASES) + len(NEGATIVES) >= 40
    assert {c[0] for c in CASES} == {"id", "en"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_islamic_name_points_at_an_observance(lang: str) -> None:
    observances = hijri_observances()
    assert set(calendar(lang).hijri_holidays.values()) <= set(observances)


def test_observances_fall_in_their_key_year_and_order() -> None:
    for name, years in hijri_observances().items():
        for year, (first, last) in years.items():
            assert first.year == year and first <= last, (name, year)
    fitr, ramadan = hijri_observances()["fitr"], hijri_observances()["ramadan"]
    for year, (_, last) in ramadan.items():
        assert (fitr[year][0] - last).days == 1, year  # Ramadan ends the day before 1 Syawal


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_holiday_name_holds_a_trigger_word(lang: str) -> None:
    cal = calendar(lang)
    triggers = set(cal.holiday_words["triggers"])
    missing = [
        n for n in [*cal.holidays, *cal.hijri_holidays] if not triggers & set(re.findall(r"[\w'’]+", n))
    ]
    assert not missing
