"""Build tests/heldout2/pages and tests/heldout2/gold from the annotated sources in tests/heldout2/src.

Run: `.venv/bin/python tests/heldout2/build.py`. See tests/heldout2/README.md for the annotation format.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
TEXT_CODE = re.compile(r"^([btsncr])\| ?(.*)$")
WORD = re.compile(r"\w", re.UNICODE)
SPLIT = "||"  # printed prefix || gold text
SUFFIX = "~~"  # gold text ~~ printed suffix
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
    "pre", "section", "summary", "table", "tr", "td", "th", "ul", "button", "select", "option", "label",
}  # fmt: skip
SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg"}
BODY_CODES = {"b", "n"}


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def strip_markdown(text: str) -> str:
    """What a reader sees of a markdown-flavoured dump line (links, images, emphasis, heading marks gone)."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"\1", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    text = re.sub(r"^\s*>\s?", "", text)
    text = re.sub(r"^\s*[-*+]\s+", "", text)
    return squash(text)


def parse_header(raw: str) -> tuple[dict[str, str], str]:
    head, _, rest = raw.partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    return meta, rest


def listing(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


def date_spec(meta: dict[str, str], key: str) -> dict[str, Any]:
    spec: dict[str, Any] = {}
    if meta.get(key):
        spec["accept"] = listing(meta[key])
    if meta.get(f"{key}_dates"):
        spec["accept_dates"] = listing(meta[f"{key}_dates"])
    if meta.get(f"{key}_reject_dates"):
        spec["reject_dates"] = listing(meta[f"{key}_reject_dates"])
    spec["accept_null"] = not spec or meta.get(f"{key}_null") == "true"
    return spec


class Annotation:
    """Gold parts of one page collected while its source is read."""

    def __init__(self) -> None:
        self.required: list[str] = []
        self.neutral: list[str] = []
        self.excluded: list[str] = []
        self.captions: list[str] = []
        self.related: list[str] = []
        self.title: str | None = None
        self.subtitle: str | None = None

    def add(self, code: str, printed: str, gold: str) -> None:
        if code == "b":
            self.required.append(gold)
        elif code == "n":
            self.neutral.append(gold)
        else:
            self.exclude(printed)
            if code == "t" and self.title is None:
                self.title = gold
            elif code == "s" and self.subtitle is None:
                self.subtitle = gold
            elif code == "c":
                self.captions.append(gold)
            elif code == "r" and norm(gold) not in {norm(r) for r in self.related}:
                self.related.append(gold)  # an inline link listed again under 'Berita Terkait' counts once

    def exclude(self, printed: str) -> None:
        if WORD.search(printed):
            self.excluded.append(squash(printed))

    def excluded_lines(self) -> list[str]:
        body = {norm(line) for line in self.required + self.neutral}
        seen: set[str] = set()
        out = []
        for line in self.excluded:
            key = norm(line)
            if key and key not in body and key not in seen:
                seen.add(key)
                out.append(line)
        return out


def build_text(body: str, markdown: bool) -> tuple[str, Annotation]:
    ann = Annotation()
    printed_lines = []
    for line in body.splitlines():
        match = TEXT_CODE.match(line)
        if not match:
            printed_lines.append(line)
            ann.exclude(strip_markdown(line) if markdown else line)
            continue
        code, text = match.groups()
        printed = text.replace(SPLIT, "").replace(SUFFIX, "")
        gold = text.split(SPLIT, 1)[1] if SPLIT in text else text
        gold = gold.rsplit(SUFFIX, 1)[0]
        if markdown:
            gold = strip_markdown(gold)
            shown = strip_markdown(printed)
        else:
            gold, shown = squash(gold), printed
        printed_lines.append(printed)
        ann.add(code, shown, gold)
    return "\n".join(printed_lines).strip("\n") + "\n", ann


def visible_lines(root: etree._Element) -> list[tuple[str, str | None]]:
    """innerText-like lines of the page, each with the gold code of its nearest annotated ancestor."""
    lines: list[tuple[str, str | None]] = []
    current: list[str] = []
    code_now: list[str | None] = [None]

    def flush() -> None:
        text = squash("".join(current))
        if text:
            lines.append((text, code_now[0]))
        current.clear()

    def walk(el: etree._Element, code: str | None) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in SKIP_TAGS or not tag:
            if el.tail:
                current.append(el.tail)
            return
        code = el.get("data-gold") if el.get("data-gold") in {"b", "n", "t", "s", "c", "r"} else code
        block = tag in BLOCK_TAGS or tag == "br"
        if block:
            flush()
        code_now[0] = code
        if el.text:
            current.append(el.text)
        for child in el:
            walk(child, code)
            code_now[0] = code
        if block:
            flush()
        if el.tail:
            current.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root, None)
    flush()
    return lines


def element_text(el: etree._Element, drop_prefix: bool) -> str:
    copy = lxml.html.fromstring(etree.tostring(el, encoding="unicode"))
    if drop_prefix:
        for pre in copy.xpath(".//*[@data-gold='prefix']"):
            pre.drop_tree()
    return squash(copy.text_content())


def build_html(body: str) -> tuple[str, Annotation]:
    ann = Annotation()
    root = lxml.html.document_fromstring(body)
    for el in root.xpath("//*[@data-gold]"):
        code = el.get("data-gold")
        if code in {"b", "n"}:
            ann.add(code, "", element_text(el, drop_prefix=True))
        elif code in {"t", "s", "c"}:
            ann.add(code, "", element_text(el, drop_prefix=False))
        elif code == "r":
            inner = el.xpath(".//*[@data-gold='rt']")
            ann.add(code, "", element_text(inner[0] if inner else el, drop_prefix=False))
    ann.excluded.clear()  # lines come from the rendering below, not from the element texts
    for text, code in visible_lines(root):
        if code not in BODY_CODES:
            ann.exclude(text)
    for link in root.xpath("//body//a"):
        if not link.xpath("ancestor-or-self::*[@data-gold='b' or @data-gold='n']"):
            ann.exclude(squash(link.text_content()))
    for el in root.xpath("//*[@data-gold]"):
        del el.attrib["data-gold"]
    for el in root.xpath("//*[@data-gold-x]"):
        del el.attrib["data-gold-x"]
    html = "<!DOCTYPE html>\n" + etree.tostring(root, encoding="unicode", method="html")
    return html, ann


def gold_json(meta: dict[str, str], ann: Annotation) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "file": meta["file"],
        "site": meta["site"],
        "title": meta.get("title") or ann.title,
        "subtitle": meta.get("subtitle") or ann.subtitle,
        "authors": listing(meta.get("authors")),
        "published_at": date_spec(meta, "published"),
        "updated_at": date_spec(meta, "updated"),
        "page_date_not_publication": meta.get("page_date") or None,
        "flags_required": listing(meta.get("flags")),
        "dateline": meta.get("dateline") or None,
        "cited_sources": listing(meta.get("cited")),
        "captions_required": ann.captions,
        "related_titles": ann.related,
        "body_required": ann.required,
        "body_neutral": ann.neutral,
        "body_excluded": ann.excluded_lines(),
    }
    if meta.get("editors"):
        gold["editors"] = listing(meta["editors"])
    if meta.get("section"):
        gold["section"] = meta["section"]
    if meta.get("note"):
        gold["note"] = meta["note"]
    return gold


def build_one(src: Path) -> str:
    meta, body = parse_header(src.read_text(encoding="utf-8"))
    if meta["file"].endswith(".html"):
        page, ann = build_html(body)
    else:
        page, ann = build_text(body, markdown=meta.get("markdown") == "true")
    if not ann.required or (ann.title is None and not meta.get("title")):
        raise SystemExit(f"{src.name}: no body or no title annotated")
    (PAGES / meta["file"]).write_text(page, encoding="utf-8")
    gold = gold_json(meta, ann)
    (GOLD / (Path(meta["file"]).stem + ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return meta["file"]


def main(folder: Path = HERE) -> int:
    """Build `folder`/pages and `folder`/gold from `folder`/src (held-out sets share this builder)."""
    global SRC, PAGES, GOLD
    SRC, PAGES, GOLD = folder / "src", folder / "pages", folder / "gold"
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for old in [*PAGES.iterdir(), *GOLD.glob("*.json")]:
        old.unlink()
    built = [build_one(src) for src in sorted(SRC.glob("*.src"))]
    print(f"built {len(built)} pages: {sum(f.endswith('.txt') for f in built)} text, "
          f"{sum(f.endswith('.html') for f in built)} html")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
