"""Which HTML path scores best, run by hand: `.venv/bin/python bench/compare_html.py`.

Scores candidate ways of cleaning saved HTML with the scorer's own body metrics on every HTML page
that has gold (tests/pages, tests/heldout/pages, the seeds wrapped in plain HTML), plus the
metadata checks the HTML path must pass, and times each against trafilatura.extract alone.
"""

from __future__ import annotations

import html
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from kabar.clean import clean_pages
from kabar.clean.article import clean_lines
from kabar.clean.html import html_to_lines
from kabar.clean.lines import split_lines
from kabar.model import CleanArticle, Page, Rejection

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", SCORE)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _seed_html(text: str) -> str:
    """A seed text dump as a plain page: every line a paragraph, nothing marked as article."""
    blocks = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return f"<html><head><title>x</title></head><body><div>{blocks}</div></body></html>"


def cases() -> list[tuple[Page, dict]]:
    found = []
    for gold_dir, page_dir in [
        (ROOT / "tests/pages/gold", ROOT / "tests/pages"),
        (ROOT / "tests/heldout/gold", ROOT / "tests/heldout/pages"),
    ]:
        for path in sorted(gold_dir.glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            page = page_dir / gold["file"]
            if page.suffix == ".html":
                found.append(
                    (
                        Page(str(page), "html", page.read_text(encoding="utf-8"), "utf-8", gold.get("url")),
                        gold,
                    )
                )
    for path in sorted((ROOT / "seeds/gold").glob("0*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (ROOT / "seeds" / gold["file"]).read_text(encoding="utf-8")
        found.append((Page(f"seeds/{gold['file']}.html", "html", _seed_html(text), "utf-8"), gold))
    return found


def current(page: Page) -> CleanArticle | Rejection:
    return clean_pages([page])[0]


def _traf_text(page: Page, **options: Any) -> str | None:
    return trafilatura.extract(
        page.text, url=page.url, include_comments=False, include_tables=False, **options
    )


def trafilatura_then_kabar(precision: bool) -> Callable[[Page], CleanArticle | Rejection]:
    def run(page: Page) -> CleanArticle | Rejection:
        prepared = html_to_lines(page)
        if isinstance(prepared, Rejection):
            return prepared
        _, hints = prepared
        text = _traf_text(page, favor_precision=precision, favor_recall=not precision)
        if not text:
            return Rejection(page.source, "not_article", "trafilatura found no text")
        return clean_lines(page.source, split_lines(text.replace("\n", "\n\n")), page.url, frozenset(), hints)

    return run


def trafilatura_alone(page: Page) -> CleanArticle | Rejection:
    text = _traf_text(page, favor_recall=True)
    if not text:
        return Rejection(page.source, "not_article", "trafilatura found no text")
    return CleanArticle(page.source, "", text.replace("\n", "\n\n"))


def kabar_confirmed(page: Page) -> CleanArticle | Rejection:
    """Kabar's body, minus paragraphs trafilatura's recall-oriented body does not hold."""
    result = current(page)
    text = _traf_text(page, favor_recall=True)
    if not isinstance(result, CleanArticle) or not text:
        return result
    keys = {" ".join(line.split()).lower() for line in text.split("\n") if line.strip()}
    whole = " ".join(keys)
    kept = [p for p in result.body.split("\n\n") if " ".join(p.split()).lower() in whole]
    result.body = "\n\n".join(kept) if len(" ".join(kept).split()) >= 40 else result.body
    return result


def _checks(result: CleanArticle, gold: dict, scorer: Any) -> dict[str, bool]:
    norm = scorer.norm
    checks = {
        "title": norm(result.title) == norm(gold["title"]),
        "site": norm(result.site) == norm(gold.get("site")),
        "authors": sorted(map(norm, result.authors)) == sorted(map(norm, gold.get("authors", []))),
    }
    if gold.get("captions_required"):
        checks["captions"] = all(scorer.find(gold["captions_required"], result.captions))
    return checks


def evaluate(name: str, fn: Callable[[Page], CleanArticle | Rejection], data: list, scorer: Any) -> None:
    precision = recall = leaked = 0.0
    ok = total = 0
    start = time.process_time()
    results = [fn(page) for page, _ in data]
    elapsed = time.process_time() - start
    failed: list[str] = []
    for (page, gold), result in zip(data, results, strict=True):
        if not isinstance(result, CleanArticle):
            failed.append(f"{Path(page.source).name}: rejected")
            continue
        body = scorer.body_scores(result.body, gold)
        precision += body["precision"]
        recall += body["recall"]
        leaked += len(body["leaked"])
        checks = _checks(result, gold, scorer)
        ok += sum(checks.values())
        total += len(checks)
        if body["f1"] < 0.97 or not all(checks.values()):
            bad = ",".join(k for k, v in checks.items() if not v)
            failed.append(f"{Path(page.source).name}: P={body['precision']:.2f} R={body['recall']:.2f} {bad}")
    n = len(data)
    p, r = precision / n, recall / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"| {name} | {p:.3f} | {r:.3f} | {f1:.3f} | {int(leaked)} | {ok}/{total} "
        f"| {elapsed / n * 1000:.1f} ms |"
    )
    for line in failed:
        print(f"|   {line} |")


def main() -> int:
    scorer = _scorer()
    data = cases()
    clean_pages([data[0][0]])  # lexicons load once per process; keep that out of the timing
    print(f"{len(data)} HTML pages with gold")
    print("| approach | body P | body R | body F1 | leaked | metadata | time/page |")
    print("|---|---|---|---|---|---|---|")
    approaches = {
        "trafilatura.extract alone (recall)": trafilatura_alone,
        "current: innerText + kabar cleaner": current,
        "trafilatura (precision) + kabar cleaner": trafilatura_then_kabar(True),
        "trafilatura (recall) + kabar cleaner": trafilatura_then_kabar(False),
        "kabar body confirmed by trafilatura": kabar_confirmed,
    }
    only = sys.argv[1:]
    for name, fn in approaches.items():
        if not only or any(o in name for o in only):
            evaluate(name, fn, data, scorer)
    return 0


if __name__ == "__main__":
    sys.exit(main())
