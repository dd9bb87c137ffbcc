"""Temporal tagger vs dateparser 1.5: accuracy on tests/data/temporal_cases.csv, speed on article bodies;
and publication dates on the gold page sets (published_at to the minute, the scorer's rule) and on the
publication-format battery, with their speed.

Run by hand: .venv/bin/python bench/bench_dates.py [--repeat 30]
dateparser is credited with a row when one of its hits overlaps the expected span and its date falls
inside the expected interval (lenient: it returns points, not intervals, and no kind).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import statistics
import time
from datetime import date, datetime
from pathlib import Path

from dateparser.search import search_dates

from kabar import io, steps
from kabar.dates import resolve_publication, tag

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "temporal_cases.csv"
# (pages, gold) folders whose gold holds published_at / updated_at specs in the seeds' format.
PAGE_SETS = [
    (ROOT / "seeds", ROOT / "seeds" / "gold"),
    (ROOT / "tests" / "heldout" / "pages", ROOT / "tests" / "heldout" / "gold"),
    (ROOT / "tests" / "events_heldout", ROOT / "tests" / "events_heldout" / "gold"),
    (ROOT / "tests" / "heldout2" / "pages", ROOT / "tests" / "heldout2" / "gold"),
    (ROOT / "tests" / "pages", ROOT / "tests" / "pages" / "gold"),
    (ROOT / "tests" / "heldout3" / "pages", ROOT / "tests" / "heldout3" / "gold"),
    (ROOT / "tests" / "events_heldout2", ROOT / "tests" / "events_heldout2" / "gold"),
    (ROOT / "tests" / "events_heldout3", ROOT / "tests" / "events_heldout3" / "gold"),
    (ROOT / "tests" / "events_heldout4", ROOT / "tests" / "events_heldout4" / "gold"),
]

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


def _gold_check(gold: dict, key: str, local: str | None, value: datetime | None) -> bool:
    """The scorer's date rule: an exact instant from `accept`, else the local date in `accept_dates`."""
    spec = gold.get(key)
    if not spec:
        return True
    if value is None:
        return bool(spec.get("accept_null"))
    day = (local or value.isoformat())[:10]
    if day in spec.get("reject_dates", []):
        return False
    if "accept" in spec:
        return value in {datetime.fromisoformat(v) for v in spec["accept"]}
    return day in spec.get("accept_dates", [day])


def publication(repeat: int) -> None:
    """published_at / updated_at against gold per page set, and resolve_publication's time per page."""
    for pages, gold_dir in PAGE_SETS:
        if not gold_dir.is_dir():
            continue
        items = [
            f
            for f in io.discover_inputs([pages]).files
            if f.kind is not None and (gold_dir / f"{Path(f.source).stem}.json").exists()
        ]
        cleaned, _ = steps.clean_batch(steps.read_batch(items, 16_000_000, {}))
        ok_pub = ok_upd = 0
        for page, article in cleaned:
            gold = json.loads((gold_dir / f"{Path(article.source).stem}.json").read_text(encoding="utf-8"))
            got = resolve_publication(article, page.fetched_at)
            ok_pub += _gold_check(gold, "published_at", got.published_at_local, got.published_at)
            ok_upd += _gold_check(gold, "updated_at", got.updated_at_local, got.updated_at)
        articles = [a for _, a in cleaned]
        ms = median_ms(lambda arts=articles: [resolve_publication(a) for a in arts], repeat)
        print(
            f"{pages.relative_to(ROOT)}: published_at {ok_pub}/{len(items)}, "
            f"updated_at {ok_upd}/{len(items)}, resolve_publication {ms / max(1, len(articles)):.2f} ms/page"
        )


def battery(repeat: int) -> None:
    """The publication-format battery (tests/data/publication_formats.csv): rows right, and time per row
    through the same candidates → resolve_publication path the test uses."""
    spec = importlib.util.spec_from_file_location("battery", ROOT / "tests" / "test_dates_formats.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cases = module.load_cases()
    failed = [c["case"] for c in cases if module.checked(c)]
    ms = median_ms(lambda: [module.resolve(c) for c in cases], repeat)
    print(
        f"publication battery: {len(cases) - len(failed)}/{len(cases)} rows right "
        f"({1 - len(failed) / len(cases):.3f}), {ms / len(cases):.2f} ms/row; failed: {failed or '-'}"
    )


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
    publication(max(3, args.repeat // 10))
    battery(max(3, args.repeat // 10))


if __name__ == "__main__":
    main()
