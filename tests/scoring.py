"""The scorer's page checks (shared/eval/score.py), copied so the held-out test runs without ../shared.

Body and date checks are the scorer's own functions when its file is present, else the copies below;
keep the copies in step with score.py.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

TOKEN = re.compile(r"\w+", re.UNICODE)
SHARED_SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def tokens(text: str | None) -> Counter[str]:
    return Counter(TOKEN.findall(norm(text)))


def as_utc(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)  # noqa: UP017
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=timezone.utc)  # noqa: UP017
    return datetime.fromisoformat(str(value)).astimezone(timezone.utc)  # noqa: UP017


def local_date(article: dict[str, Any], key: str) -> date | None:
    """The calendar date of a timestamp as printed on the page (its local offset), else UTC."""
    local = article.get(f"{key}_local")
    if local:
        try:
            return datetime.fromisoformat(str(local)).date()
        except ValueError:
            pass
    value = as_utc(article.get(key))
    return value.date() if value else None


def check_date(article: dict[str, Any], key: str, spec: dict[str, Any] | None) -> tuple[bool, str]:
    if not spec:
        return True, ""
    value = as_utc(article.get(key))
    day = local_date(article, key)
    if value is None:
        return bool(spec.get("accept_null")), "null"
    shown = article.get(f"{key}_local") or value.isoformat()
    if day and str(day) in spec.get("reject_dates", []):
        return False, f"{shown} (rejected)"
    if "accept" in spec:
        wanted = {as_utc(v) for v in spec["accept"]}
        return value in wanted, str(shown)
    if "accept_dates" in spec:
        return str(day) in spec["accept_dates"], str(shown)
    return True, str(shown)


def find(words: list[str], haystack: list[str]) -> list[bool]:
    return [
        any(norm(w) and (norm(w) in norm(h) or norm(h) in norm(w)) for h in haystack if norm(h))
        for w in words
    ]


def body_scores(body: str, gold: dict[str, Any]) -> dict[str, Any]:
    paragraphs = [norm(p) for p in re.split(r"\n+", body or "") if norm(p)]
    flat = " ".join(paragraphs)
    required = gold["body_required"]
    found = [norm(line) in flat for line in required]
    masked = flat
    for line in sorted(required + gold.get("body_neutral", []), key=len, reverse=True):
        masked = masked.replace(norm(line), " | ")
    leaked = []
    for line in gold["body_excluded"]:
        n = norm(line)
        hit = n in masked if len(n.split()) >= 5 else n in paragraphs
        if hit:
            leaked.append(line)
    pred = tokens(body)
    want = tokens(" ".join(required))
    allowed = want + tokens(" ".join(gold.get("body_neutral", [])))
    inter_p = sum((pred & allowed).values())
    inter_r = sum((pred & want).values())
    precision = inter_p / max(1, sum(pred.values()))
    recall = inter_r / max(1, sum(want.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "lines_found": sum(found),
        "lines_required": len(required),
        "missing": [line for line, ok in zip(required, found, strict=True) if not ok],
        "leaked": leaked,
    }


def shared_scorer() -> ModuleType | None:
    """The maintainers' score.py when it sits next to the repo, so its current rules are the ones applied."""
    if not SHARED_SCORER.is_file():
        return None
    spec = importlib.util.spec_from_file_location("kabar_shared_score", SHARED_SCORER)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ImportError:  # score.py needs pyarrow; fall back to the copies
        return None
    return module


def page_checks(article: dict[str, Any], gold: dict[str, Any], scorer: Any) -> dict[str, bool]:
    """The scorer's metadata checks of one page (title, site, authors, dates, captions, ...), as in main()."""
    n = scorer.norm
    checks: dict[str, bool] = {}
    if "title" in gold:
        checks["title"] = n(article.get("title")) == n(gold["title"])
    if "subtitle" in gold:
        checks["subtitle"] = gold["subtitle"] is None or n(article.get("subtitle")) == n(gold["subtitle"])
    if "site" in gold:  # as in main(): a set may leave site out where the page never prints its domain
        checks["site"] = n(article.get("site")) == n(gold["site"])
    if "authors" in gold:
        checks["authors"] = sorted(map(n, article.get("authors") or [])) == sorted(map(n, gold["authors"]))
    checks["published_at"] = scorer.check_date(article, "published_at", gold.get("published_at"))[0]
    checks["updated_at"] = scorer.check_date(article, "updated_at", gold.get("updated_at"))[0]
    if gold.get("dateline") is not None:
        checks["dateline"] = n(article.get("dateline")) == n(gold["dateline"])
    if "flags_required" in gold:
        checks["flags"] = set(gold["flags_required"]) <= set(article.get("flags") or [])
    if "cited_sources" in gold:
        checks["cited_sources"] = all(scorer.find(gold["cited_sources"], article.get("cited_sources") or []))
    if "captions_required" in gold:
        checks["captions"] = all(scorer.find(gold["captions_required"], article.get("captions") or []))
    if "related_titles" in gold:
        related = article.get("related_titles") or []
        checks["related_titles"] = all(scorer.find(gold["related_titles"], related)) and len(related) == len(
            gold["related_titles"]
        )
    return checks
