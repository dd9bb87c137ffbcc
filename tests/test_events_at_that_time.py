"""`Saat itu`, `at the time`: an undated sentence told at the time of the event just dated shares its day."""

from __future__ import annotations

import pytest
from event_rows import coded

# (lang, body, published, opening of the linked sentence, CAMEO root coded there, its date_start)
CASES = [
    (
        "id",
        "KPK menetapkan Bupati Lampung Selatan sebagai tersangka pada Juli 2024. Saat itu, penyidik juga "
        "menggeledah kantor bupati dan menyita sejumlah dokumen.",
        "2025-02-19",
        "Saat itu",
        "17",
        "2024-07-01",
    ),
    (
        "id",
        "Polisi Filipina menangkap 17 demonstran di Manila pada Minggu (21/9/2025). Kala itu, ratusan "
        "mahasiswa juga berunjuk rasa di depan Istana Malacanang.",
        "2025-09-23",
        "Kala itu",
        "14",
        "2025-09-21",
    ),
    (
        "en",
        "Police in Nairobi arrested the opposition leader on March 3. At the time, hundreds of his "
        "supporters also protested outside parliament.",
        "2025-03-20",
        "At the time",
        "14",
        "2025-03-03",
    ),
]


@pytest.mark.parametrize(("lang", "body", "published", "opening", "root", "day"), CASES)
def test_at_that_time_takes_the_previous_events_day(
    lang: str, body: str, published: str, opening: str, root: str, day: str
) -> None:
    rows = coded(body, lang, published)
    linked = [r for r in rows if r["sentence"].startswith(opening) and r["cameo_code"].startswith(root)]
    assert linked and all(str(r["date_start"]) == day for r in linked), rows


def test_at_the_time_of_names_no_earlier_event() -> None:
    """`at the time of writing` is no link to the event before: the sentence stays undated."""
    body = (
        "Police in Nairobi arrested the opposition leader on March 3. Police also detained two of his "
        "aides, who had not been charged at the time of writing."
    )
    rows = [r for r in coded(body, "en", "2025-03-20") if r["sentence"].startswith("Police also")]
    assert rows and all(r["date_precision"] == "unknown" for r in rows), rows
