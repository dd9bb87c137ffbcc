"""Articles per second of extract_mentions + merge_events on one core: python bench/bench_events.py."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import polars as pl

from kabar.events import extract_mentions, merge_events

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "seeds" / "gold").glob("0*.json")) + sorted(
    (ROOT / "tests" / "events" / "articles").glob("*.json")
)


def _articles(copies: int) -> pl.DataFrame:
    rows = []
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in SOURCES]
    for i in range(copies):  # copies interleaved: no cache may profit from the same text twice in a row
        for g in golds:
            spec = g["published_at"]
            local = (spec.get("accept") or spec.get("accept_dates") or [None])[0]
            published = datetime.fromisoformat(local).astimezone(UTC) if local and "T" in local else None
            rows.append(
                {
                    "article_id": f"{g['file']}#{i}",
                    "body": "\n\n".join(g["body_required"] + g.get("body_neutral", [])),
                    "captions": g.get("captions_required", []),
                    "language": g.get("language", "id"),
                    "published_at": published,
                    "published_at_local": local,
                    "dateline": g.get("dateline"),
                    "site": g.get("site"),
                }
            )
    return pl.DataFrame(rows)


def main() -> None:
    articles = _articles(40)
    extract_mentions(articles.unique("language", keep="first"))  # warm every language's lexicon caches
    start = time.perf_counter()
    mentions = extract_mentions(articles)
    events, _ = merge_events(mentions)
    elapsed = time.perf_counter() - start
    print(
        f"{articles.height} articles, {mentions.height} mentions, {events.height} events in {elapsed:.2f}s: "
        f"{articles.height / elapsed:.0f} articles/s"
    )


if __name__ == "__main__":
    main()
