"""`kabar inspect PAGE`: the whole pipeline on one page, without Prefect, for debugging one bad page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kabar import __version__, io, steps
from kabar.events import merge_events
from kabar.model import Rejection


def inspect_page(path: Path, max_bytes: int = 16_000_000) -> dict[str, Any]:
    """The article row, events and event mentions one page yields, or the reason it is rejected."""
    now = datetime.now(UTC)
    run = steps.RunInfo("inspect", now, __version__)
    item = io.discover_inputs([path]).files[0]
    cleaned, rejected = steps.clean_batch(steps.read_batch([item], max_bytes, {}))
    if rejected:
        return {"rejected": _rejection(rejected[0])}
    articles = steps.date_batch(cleaned, run, now)
    events, mentions = merge_events(steps.event_mentions_of(articles))
    return {
        "article": articles.to_dicts()[0],
        "events": events.to_dicts(),
        "event_mentions": mentions.to_dicts(),
    }


def _rejection(rejection: Rejection) -> dict[str, Any]:
    return {"source": rejection.source, "reason": rejection.reason, "detail": rejection.detail}
