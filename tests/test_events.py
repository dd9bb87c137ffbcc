"""The events stage end to end: own annotated articles scored with the project scorer's matching."""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import polars as pl
import pytest

from kabar.events import extract_mentions, merge_events
from kabar.events.sentences import split_sentences

ARTICLES = sorted((Path(__file__).parent / "events" / "articles").glob("*.json"))
SCORERS = [
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py",
    Path("/work/shared/eval/score.py"),
]


def _scorer() -> ModuleType:
    path = next((p for p in SCORERS if p.exists()), None)
    if path is None:
        pytest.skip("shared/eval/score.py not found")
    spec = importlib.util.spec_from_file_location("score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _frame(golds: list[dict]) -> pl.DataFrame:
    rows = []
    for g in golds:
        local = g["published_at"]["accept"][0]
        rows.append(
            {
                "article_id": g["file"],
                "body": "\n\n".join(g["body_required"]),
                "captions": g.get("captions_required", []),
                "language": g.get("language", "id"),
                "published_at": datetime.fromisoformat(local).astimezone(UTC),
                "published_at_local": local,
                "dateline": g.get("dateline"),
                "site": g.get("site"),
            }
        )
    return pl.DataFrame(rows)


def _predicted_by_article(golds: list[dict]) -> dict[str, list[dict]]:
    events, mentions = merge_events(extract_mentions(_frame(golds)))
    by_id = {e["event_id"]: e for e in events.to_dicts()}
    out: dict[str, list[dict]] = {}
    for m in mentions.to_dicts():
        merged = {**by_id[m["event_id"]], **{k: v for k, v in m.items() if v is not None}}
        out.setdefault(m["article_id"], []).append(merged)
    return out


def test_own_articles_recall_precision_modality() -> None:
    score = _scorer()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in ARTICLES]
    assert len(golds) >= 10
    predicted = _predicted_by_article(golds)
    found = required = matched = total = modality_ok = 0
    for g in golds:
        pred = predicted.get(g["file"], [])
        hits, _ = score.match_events(g["events"], pred)
        required += len(g["events"])
        found += len(hits)
        matched += len(hits)
        total += len(pred)
        modality_ok += sum(hits[e["id"]]["modality"] == e["modality"] for e in g["events"] if e["id"] in hits)
    recall, precision = found / required, matched / max(1, total)
    assert recall >= 0.7, f"recall {recall:.2f}"
    assert precision >= 0.7, f"precision {precision:.2f}"
    assert modality_ok / max(1, found) >= 0.9


def _mention(**over: object) -> dict:
    row = {
        "mention_id": "m1", "article_id": "a1", "sentence": "s", "char_start": 0, "char_end": 1,
        "trigger": "bertemu", "date_text": None, "event_date": None, "date_start": None, "date_end": None,
        "date_precision": "unknown", "modality": "asserted", "in_caption": False, "confidence": 0.7,
        "rule": "t", "event_type": "CONSULT", "cameo_code": "040", "actor1_name": "Vladimir Putin",
        "actor1_country": "RUS", "actor1_role": "GOV", "actor1_kind": "person", "actor2_name": "Xi Jinping",
        "actor2_country": "CHN", "actor2_role": "GOV", "actor2_kind": "person", "location_name": None,
        "location_country": None, "published_at": datetime(2024, 5, 16, tzinfo=UTC), "site": "a.com",
    }  # fmt: skip
    row.update(over)
    return row


def _day(d: str) -> dict:
    day = datetime.fromisoformat(d).date()
    return {"date_start": day, "date_end": day, "event_date": day, "date_precision": "day"}


def test_merge_links_planned_to_realised_and_splits_days() -> None:
    rows = [
        _mention(mention_id="m1", article_id="a1", modality="planned", **_day("2024-05-16")),
        _mention(mention_id="m2", article_id="a2", site="b.com", actor1_name="Xi Jinping",
                 actor1_country="CHN", actor2_name="Vladimir Putin", actor2_country="RUS", cameo_code="043",
                 **_day("2024-05-16")),
        _mention(mention_id="m3", article_id="a3", **_day("2024-05-17")),
    ]  # fmt: skip
    events, mentions = merge_events(pl.DataFrame(rows))
    ids = dict(zip(mentions["mention_id"], mentions["event_id"], strict=True))
    assert ids["m1"] == ids["m2"] != ids["m3"]
    merged = events.filter(pl.col("event_id") == ids["m1"]).row(0, named=True)
    assert (merged["num_mentions"], merged["num_articles"], merged["num_sources"]) == (2, 2, 2)


def test_merge_is_order_independent() -> None:
    rows = [
        _mention(mention_id=f"m{i}", article_id=f"a{i}", **_day(f"2024-05-{10 + i % 3}")) for i in range(6)
    ]
    forward = merge_events(pl.DataFrame(rows))[1].sort("mention_id")
    backward = merge_events(pl.DataFrame(rows[::-1]))[1].sort("mention_id")
    assert forward["event_id"].to_list() == backward["event_id"].to_list()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Oleh Benedikta Miranti T.V diperbarui. Jarak 1.587 kilometer.", 2),
        ('"Kami siap," kata Dr. Budi. Lalu dia pergi.', 2),
        ("U.S. officials met Mr. Smith. He left.", 2),
        ("Baris satu\n\nBaris dua. Baris tiga!", 3),
    ],
)
def test_sentences(text: str, count: int) -> None:
    assert len(split_sentences(text)) == count


def test_caption_mentions_use_caption_offsets() -> None:
    article = next(p for p in ARTICLES if p.stem == "id_asean_summit")
    frame = _frame([json.loads(article.read_text(encoding="utf-8"))]).with_columns(
        pl.lit(["Presiden Joko Widodo bertemu Presiden Xi Jinping di Beijing, Senin (16/10/2023)."]).alias(
            "captions"
        )
    )
    captions = extract_mentions(frame).filter(pl.col("in_caption"))
    assert captions.height == 1
    assert captions["char_start"][0] == 0
    assert str(captions["date_start"][0]) == "2023-10-16"
