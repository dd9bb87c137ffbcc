"""Cross-article merging: reports of one real-world event share an event_id.

Deterministic and order-independent: mentions are blocked by (family, unordered actor keys); inside a
block, day-precise mentions group by their day (different days never merge), a less precise mention
joins the one day-group its interval contains, and the rest group by overlapping intervals. The id is
a hash of the block and the group's anchor, so re-running over old + new mentions keeps ids stable.
"""

from __future__ import annotations

import hashlib
from datetime import date

import polars as pl

from kabar.events.coder import family

EVENT_COLUMNS = [
    "event_id", "event_date", "date_start", "date_end", "date_precision", "event_type", "cameo_code",
    "actor1_name", "actor2_name", "actor1_country", "actor2_country", "actor1_role", "actor2_role",
    "location_name", "location_country", "modality", "num_mentions", "num_articles", "num_sources",
    "first_reported_at",
]  # fmt: skip
MENTION_COLUMNS = [
    "mention_id", "event_id", "article_id", "sentence", "char_start", "char_end", "trigger", "date_text",
    "event_date", "date_start", "date_end", "date_precision", "modality", "in_caption", "confidence", "rule",
]  # fmt: skip
MODALITY_ORDER = ["asserted", "planned", "alleged", "denied", "negated", "conditional"]
PRECISION_ORDER = ["day", "week", "range", "month", "year", "unknown"]


def _actor_key(name: str | None, country: str | None, kind: str | None) -> str | None:
    """People by name; a country, its places and bodies by country (`Militer Thailand` = `Thailand`)."""
    if name is None and country is None:
        return None
    if kind != "person" and country:
        return country
    return (name or country or "").lower()


def _block(row: dict) -> str:
    keys = sorted(
        k
        for k in (
            _actor_key(row["actor1_name"], row["actor1_country"], row.get("actor1_kind")),
            _actor_key(row["actor2_name"], row["actor2_country"], row.get("actor2_kind")),
        )
        if k
    )
    return family(row["cameo_code"]) + "|" + "|".join(keys)


def _groups(rows: list[dict]) -> dict[str, str]:
    """mention_id -> group anchor inside one block."""
    out: dict[str, str] = {}
    days = sorted({r["date_start"] for r in rows if r["date_precision"] == "day" and r["date_start"]})
    loose = []
    for r in rows:
        if r["date_precision"] == "day" and r["date_start"]:
            out[r["mention_id"]] = str(r["date_start"])
        elif r["date_start"] and r["date_end"]:
            inside = [d for d in days if r["date_start"] <= d <= r["date_end"]]
            if len(inside) == 1:
                out[r["mention_id"]] = str(inside[0])
            else:
                loose.append(r)
        else:
            out[r["mention_id"]] = "unknown:" + r["mention_id"]
    loose.sort(key=lambda r: (r["date_start"], r["date_end"], r["mention_id"]))
    end: date | None = None
    anchor = ""
    for r in loose:  # connected components of overlapping intervals, in date order
        if end is None or r["date_start"] > end:
            anchor, end = f"{r['date_start']}/{r['date_end']}", r["date_end"]
        end = max(end, r["date_end"])
        out[r["mention_id"]] = anchor
    return out


def assign_event_ids(mentions: pl.DataFrame) -> pl.Series:
    """One event_id per mention row, derived from its block and group anchor."""
    rows = mentions.to_dicts()
    blocks: dict[str, list[dict]] = {}
    for r in rows:
        blocks.setdefault(_block(r), []).append(r)
    ids: dict[str, str] = {}
    for block, members in blocks.items():
        for mid, anchor in _groups(members).items():
            ids[mid] = "ev_" + hashlib.sha1(f"{block}#{anchor}".encode()).hexdigest()[:16]
    return pl.Series("event_id", [ids[r["mention_id"]] for r in rows], dtype=pl.String)


def merge_events(mentions: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(events, event_mentions) from mention rows of any number of runs."""
    if mentions.height == 0:
        return _empty_events(), pl.DataFrame(
            schema={c: mentions.schema.get(c, pl.String) for c in MENTION_COLUMNS}
        )
    df = mentions.unique("mention_id", keep="first", maintain_order=True).sort("mention_id")
    df = df.with_columns(assign_event_ids(df))
    ranked = df.with_columns(
        pl.col("modality")
        .replace_strict(MODALITY_ORDER, list(range(len(MODALITY_ORDER))), default=9)
        .alias("_m"),
        pl.col("date_precision")
        .replace_strict(PRECISION_ORDER, list(range(len(PRECISION_ORDER))), default=9)
        .alias("_p"),
    ).sort(
        ["event_id", "_p", "_m", "in_caption", "confidence", "mention_id"],
        descending=[False, False, False, False, True, False],
    )
    best = ranked.group_by("event_id", maintain_order=True).first()
    modality = (
        ranked.group_by(["event_id", "modality", "_m"]).len()
        .sort(["event_id", "len", "_m"], descending=[False, True, False])
        .group_by("event_id", maintain_order=True).first()
        .select("event_id", pl.col("modality").alias("_modality"))
    )  # fmt: skip
    counts = df.group_by("event_id").agg(
        pl.len().cast(pl.Int32).alias("num_mentions"),
        pl.col("article_id").n_unique().cast(pl.Int32).alias("num_articles"),
        pl.coalesce("site", "article_id").n_unique().cast(pl.Int32).alias("num_sources"),
        pl.col("published_at").min().alias("first_reported_at"),
        pl.col("location_name").drop_nulls().first().alias("_loc"),
        pl.col("location_country").drop_nulls().first().alias("_locc"),
    )
    events = (
        best.join(counts, on="event_id").join(modality, on="event_id")
        .with_columns(
            pl.col("_modality").alias("modality"),
            pl.coalesce("location_name", "_loc").alias("location_name"),
            pl.coalesce("location_country", "_locc").alias("location_country"),
        )
        .select(EVENT_COLUMNS).sort("event_id")
    )  # fmt: skip
    # Within an article, the best-evidenced mention first (surest date, then reading order).
    ordered = df.sort(
        ["article_id", "in_caption", "confidence", "char_start"], descending=[False, False, True, False]
    )
    return events, ordered.select(MENTION_COLUMNS)


def _empty_events() -> pl.DataFrame:
    return pl.DataFrame(schema={c: pl.String for c in EVENT_COLUMNS}).with_columns(
        pl.col(c).cast(pl.Int32) for c in ("num_mentions", "num_articles", "num_sources")
    )
