#!/usr/bin/env python3
"""Build the blind held-out set 12: pages/ and gold/ from annotated sources in src/.

Each source is src/NN_name.meta.json (page metadata) plus src/NN_name.page.(txt|html), the raw
page with inline marks: ⟦b:…⟧ body line, ⟦x:…⟧ boilerplate, ⟦n:…⟧ neutral, ⟦c:…⟧ caption
(also boilerplate), ⟦r:…⟧ related title (also boilerplate). Marks are stripped from the page and
collected into the gold, so every gold line is page text by construction; check() then verifies
it is *visible* text (not only in <head> or a script).
    python build.py
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([bxncr]):(.*?)⟧", re.S)
KIND = {
    "b": "body_required",
    "x": "body_excluded",
    "n": "body_neutral",
    "c": "captions_required",
    "r": "related_titles",
}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2019", "'"), ("\u2018", "'")):
        text = text.replace(a, b)
    return re.sub(r"\s+", " ", text).strip().lower()


def visible_text(raw: str, is_html: bool) -> str:
    if not is_html:
        return norm(raw)
    root = lxml.html.document_fromstring(raw.encode("utf-8"))
    for bad in root.xpath("//script|//style|//head|//noscript|//template"):
        bad.drop_tree()
    return norm(" ".join(t for t in root.itertext()))


def build_one(meta_path: Path, index: int) -> tuple[str, str, dict]:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    page_src = next(meta_path.parent.glob(meta_path.name.replace(".meta.json", ".page.*")))
    raw = page_src.read_text(encoding="utf-8")
    is_html = page_src.suffix == ".html"
    lines: dict[str, list[str]] = {k: [] for k in KIND.values()}
    for kind, text in MARK.findall(raw):
        text = re.sub(r"<[^>]+>", "", text) if is_html else text
        text = html.unescape(text).strip() if is_html else text.strip()
        lines[KIND[kind]].append(text)
    page = MARK.sub(lambda m: m.group(2), raw)
    name = f"{index:03d}_{hashlib.sha1(page.encode()).hexdigest()[:16]}{page_src.suffix}"
    gold = {"file": name, **meta}
    gold["body_required"] = lines["body_required"]
    gold["body_neutral"] = lines["body_neutral"]
    gold["body_excluded"] = (
        meta.get("body_excluded_extra", [])
        + lines["body_excluded"]
        + lines["captions_required"]
        + lines["related_titles"]
    )
    gold.pop("body_excluded_extra", None)
    gold["captions_required"] = lines["captions_required"]
    gold["related_titles"] = lines["related_titles"]
    gold.setdefault("flags_required", [])
    return name, page, gold


def check(page: str, gold: dict) -> list[str]:
    """Every gold line must be visible page text; body and boilerplate must not overlap."""
    seen = visible_text(page, gold["file"].endswith(".html"))
    errors = []
    keys = ("body_required", "body_excluded", "body_neutral", "captions_required", "related_titles")
    for key in keys:
        errors += [f"{key} not visible: {line[:70]}" for line in gold[key] if norm(line) not in seen]
    for key in ("title", "subtitle"):
        if gold.get(key) and norm(gold[key]) not in seen:
            errors.append(f"{key} not visible")
    body = {norm(x) for x in gold["body_required"]}
    errors += [f"excluded line is a body line: {x[:60]}" for x in gold["body_excluded"] if norm(x) in body]
    for key in ("published_at", "updated_at"):
        spec = gold.get(key) or {}
        if not isinstance(spec.get("accept_null"), bool):
            errors.append(f"{key}: accept_null missing")
    if not 6 <= len(gold["body_required"]) <= 20:
        errors.append(f"{len(gold['body_required'])} body paragraphs")
    return errors


def main() -> int:
    for sub in ("pages", "gold"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    failures = 0
    for i, meta_path in enumerate(sorted((HERE / "src").glob("*.meta.json"))):
        name, page, gold = build_one(meta_path, i)
        (HERE / "pages" / name).write_text(page, encoding="utf-8")
        stem = name.rsplit(".", 1)[0]
        (HERE / "gold" / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        for err in check(page, gold):
            failures += 1
            print(f"{meta_path.name}: {err}")
        counts = f"{len(gold['body_required'])} body, {len(gold['body_excluded'])} excl"
        print(f"{name} <- {meta_path.name}: {counts}")
    print("OK" if not failures else f"{failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
