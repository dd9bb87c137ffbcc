"""Build the held-out pages and their gold from annotated sources (run by hand after editing src/).

    .venv/bin/python tests/heldout/build.py

Each `src/NAME.txt.src` or `src/NAME.html.src` starts with `@key: value` header lines, then `---`,
then the page. Text pages mark each line with a two-character prefix: `b ` body, `n ` neutral,
`t ` title, `s ` subtitle, `c ` caption, `r ` related link; an unmarked line is boilerplate.
HTML pages mark elements with `data-gold="b|n|t|s|c|r"`. In both, `||` (text) or `⟦` (HTML) splits
a printed prefix ("JAKARTA, KOMPAS.com - ", "Baca juga: ") from the gold text. Every visible line that
is not body or neutral lands in body_excluded, so the gold names every piece of boilerplate.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
TEXT_MARK = re.compile(r"^([bntscr]) (.*)$")
BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "figure", "figcaption", "section",
    "article", "header", "footer", "nav", "aside", "main", "table", "tr", "blockquote", "form", "dl", "dt",
    "dd", "button", "time-block", "picture", "video", "details", "summary", "address",
}  # fmt: skip
SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "iframe", "head", "link", "meta", "input"}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def parse_header(raw: str) -> tuple[dict[str, list[str]], str]:
    head, _, page = raw.partition("\n---\n")
    meta: dict[str, list[str]] = {}
    for line in head.splitlines():
        if line.strip():
            key, _, value = line.partition(":")
            meta.setdefault(key.strip().lstrip("@"), []).append(value.strip())
    return meta, page


class Marks:
    """What the annotations of one page say: gold text per role, plus every boilerplate line."""

    def __init__(self) -> None:
        self.roles: dict[str, list[str]] = {k: [] for k in "bntscr"}
        self.excluded: list[str] = []

    def add(self, role: str, printed: str, gold: str) -> None:
        self.roles[role].append(gold)
        if role not in "bn":
            self.excluded.append(printed)


def text_page(page: str) -> tuple[str, Marks]:
    marks, out = Marks(), []
    for line in page.splitlines():
        found = TEXT_MARK.match(line)
        if not found:
            out.append(line)
            if line.strip():
                marks.excluded.append(line.strip())
            continue
        role, rest = found.groups()
        printed = rest.replace("||", "")
        gold = rest.split("||", 1)[1] if "||" in rest else rest
        marks.add(role, printed.strip(), gold.strip())
        out.append(printed)
    return "\n".join(out).rstrip("\n") + "\n", marks


def html_page(page: str) -> tuple[str, Marks]:
    marks = Marks()
    # Inline tags written back to back render glued ("NewsBisnis"); saved pages have whitespace there.
    page = re.sub(r"(</(?:a|span|time|button|strong|b)>)(?=<(?:a|span|time|button)\b)", r"\1\n", page)
    tree = lxml.html.document_fromstring(page)
    body_lines: set[str] = set()
    for el in tree.iter():
        role = el.get("data-gold") if isinstance(el.tag, str) else None
        if not role:
            continue
        full = squash(el.text_content())
        gold = squash(full.split("⟦", 1)[1]) if "⟦" in full else full
        printed = full.replace("⟦", "")
        marks.add(role, printed, gold)
        if role in "bn":
            body_lines.add(printed)
    for line in inner_text(tree.body) + inline_texts(tree.body):
        if line.replace("⟦", "") not in body_lines:
            marks.excluded.append(line.replace("⟦", ""))
    cleaned = re.sub(r' data-gold="[bntscr]"', "", page).replace("⟦", "")
    return cleaned, marks


def inline_texts(root: lxml.html.HtmlElement) -> list[str]:
    """Link texts outside the body: a headline next to its date may leak without the date."""
    found = []
    for el in root.iter():
        if el.tag != "a":
            continue
        if any(a.get("data-gold") in ("b", "n") or a.tag in SKIP_TAGS for a in el.iterancestors()):
            continue
        if el.get("data-gold") in ("b", "n") or any(d.tag in BLOCK_TAGS for d in el.iterdescendants()):
            continue
        if squash(el.text_content()):
            found.append(squash(el.text_content()))
    return found


def inner_text(root: lxml.html.HtmlElement) -> list[str]:
    """Visible lines roughly as a browser's innerText breaks them: one per block element or <br>."""
    parts: list[str] = []
    flat = lambda text: (text or "").replace("\n", " ")  # noqa: E731 - source newlines are spaces

    def walk(el: lxml.html.HtmlElement) -> None:
        if not isinstance(el.tag, str) or el.tag in SKIP_TAGS or el.get("hidden") is not None:
            parts.append(flat(el.tail))
            return
        block = el.tag in BLOCK_TAGS or el.tag == "br"
        parts.append("\n" if block else "")
        parts.append(flat(el.text))
        for child in el:
            walk(child)
        parts.append("\n" if block else "")
        parts.append(flat(el.tail))

    for child in root:
        walk(child)
    return [squash(line) for line in "".join(parts).split("\n") if squash(line)]


def date_spec(meta: dict[str, list[str]], key: str) -> dict:
    spec: dict = {"accept_null": True}
    if key in meta:
        spec = {"accept": meta[key][0].split(), "accept_null": False}
    elif f"{key}_dates" in meta:
        spec = {"accept_dates": meta[f"{key}_dates"][0].split(), "accept_null": False}
    if "page_date" in meta:  # a today-widget date must never be taken for the article's
        spec["reject_dates"] = meta["page_date"]
    return spec


def split_list(meta: dict[str, list[str]], key: str) -> list[str]:
    return [v.strip() for v in meta.get(key, [""])[0].split(";") if v.strip()]


def gold_of(name: str, meta: dict[str, list[str]], marks: Marks) -> dict:
    excluded = list(dict.fromkeys(line for line in marks.excluded if re.search(r"\w", line)))
    return {
        "file": name,
        "site": meta["site"][0],
        "title": meta.get("title", marks.roles["t"])[0],
        "subtitle": (meta.get("subtitle") or marks.roles["s"] or [None])[0],
        "authors": split_list(meta, "authors"),
        "editors": split_list(meta, "editors"),
        "published_at": date_spec(meta, "published"),
        "updated_at": date_spec(meta, "updated"),
        "page_date_not_publication": (meta.get("page_date") or [None])[0],
        "flags_required": [],
        "dateline": (meta.get("dateline") or [None])[0],
        "cited_sources": split_list(meta, "cited"),
        "captions_required": meta.get("caption", []) + marks.roles["c"],
        "related_titles": list({squash(t).lower(): t for t in reversed(marks.roles["r"])}.values())[::-1],
        "body_required": marks.roles["b"],
        "body_neutral": marks.roles["n"],
        "body_excluded": excluded,
    }


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for src in sorted(SRC.glob("*.src")):
        name = src.name.removesuffix(".src")
        meta, page = parse_header(src.read_text(encoding="utf-8"))
        rendered, marks = html_page(page) if name.endswith(".html") else text_page(page)
        (PAGES / name).write_text(rendered, encoding="utf-8")
        gold = gold_of(name, meta, marks)
        (GOLD / f"{Path(name).stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{name}: {len(gold['body_required'])} body lines, {len(gold['body_excluded'])} excluded")


if __name__ == "__main__":
    main()
