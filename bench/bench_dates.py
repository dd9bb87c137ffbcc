"""Temporal tagger vs dateparser 1.5: accuracy on tests/data/temporal_cases.csv, speed on article bodies.

Run by hand: .venv/bin/python bench/bench_dates.py [--repeat 30]
dateparser is credited with a row when one of its hits overlaps the expected span and its date falls
inside the expected interval (lenient: it returns points, not intervals, and no kind).
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from kabar.dates import tag

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "temporal_cases.csv"

EXTRA_BODIES = [
    (
        "Jakarta - Banjir melanda sejumlah wilayah di Jakarta Timur pada Senin (4/11/2024) malam. "
        "Warga mengatakan air mulai naik sejak Minggu (3/11) sore dan belum surut hingga hari ini.\n\n"
        "Kepala BPBD mengatakan pekan lalu pihaknya sudah memperingatkan warga. 'Kami akan mengirim "
        "bantuan besok,' katanya, seperti dikutip dari Antara, Selasa (5/11/2024). Banjir serupa terjadi "
        "dua tahun lalu dan pada bulan Februari tahun lalu.",
        date(2024, 11, 5),
        "id",
    ),
    (
        "WASHINGTON (Reuters) - The Senate voted on Tuesday to approve the bill, which the House passed "
        "last week. The president will sign it next Monday, officials said on Wednesday. A similar measure "
        "failed two years ago and again in September 2023. Lawmakers first proposed it in the 1990s, and "
        "earlier this month a committee held hearings on March 3, 2025.",
        date(2025, 3, 13),
        "en",
    ),
]


def seed_bodies() -> list[tuple[str, date, str]]:
    anchors = {"000": date(2024, 11, 5), "001": date(2024, 1, 15), "002": date(2024, 6, 18),
               "003": date(2025, 2, 28), "004": date(2024, 1, 19)}  # fmt: skip
    return [
        (p.read_text(encoding="utf-8"), anchors[p.name[:3]], "id")
        for p in sorted((ROOT / "seeds").glob("*.txt"))
    ]


def dateparser_hits(text: str, anchor: date, lang: str) -> list[tuple[str, datetime]]:
    settings = {"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day), "PREFER_DATES_FROM": "past"}
    return search_dates(text, languages=[lang], settings=settings) or []


def accuracy() -> tuple[float, float, int]:
    with CASES.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ours = theirs = 0
    for r in rows:
        anchor = date.fromisoformat(r["anchor"])
        found = tag(r["text"], anchor, r["lang"])
        hits = dateparser_hits(r["text"], anchor, r["lang"])
        if not r["expect_text"]:
            ours += not found
            theirs += not hits
            continue
        start, end = date.fromisoformat(r["start"]), date.fromisoformat(r["end"])
        ours += any(
            (e.text, e.start, e.end, e.precision, e.kind)
            == (r["expect_text"], start, end, r["precision"], r["kind"])
            for e in found
        )
        theirs += any(
            (h in r["expect_text"] or r["expect_text"] in h) and start <= d.date() <= end for h, d in hits
        )
    return ours / len(rows), theirs / len(rows), len(rows)


def median_ms(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def speed(repeat: int) -> list[tuple[str, float, float]]:
    out = []
    for i, (body, anchor, lang) in enumerate(seed_bodies() + EXTRA_BODIES):
        ours = median_ms(lambda b=body, a=anchor, lg=lang: tag(b, a, lg), repeat)
        theirs = median_ms(lambda b=body, a=anchor, lg=lang: dateparser_hits(b, a, lg), max(5, repeat // 5))
        out.append((f"body{i} ({lang}, {len(body)} chars)", ours, theirs))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    ours, theirs, n = accuracy()
    print(
        f"accuracy on {n} table rows: kabar.dates.tag {ours:.3f}   "
        f"dateparser.search_dates {theirs:.3f} (lenient)"
    )
    rows = speed(args.repeat)
    for name, a, b in rows:
        print(f"{name:32} tag {a:7.3f} ms   search_dates {b:8.2f} ms   ratio {b / a:6.1f}x")
    total_ratio = statistics.median(b / a for _, a, b in rows)
    print(f"median speed ratio (search_dates / tag): {total_ratio:.1f}x")


if __name__ == "__main__":
    main()
