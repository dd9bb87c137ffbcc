"""Build the heldout5 pages and their gold from annotated sources in src/.

Each src file is a TOML header between two `+++` lines (gold metadata) and the page content.
A content line starting with `B| ` is a required body paragraph, `N| ` a neutral one, `X| ` boilerplate,
`C| ` a caption (boilerplate that must also be found in captions); other lines are copied as they are.
Inline `{{B:text}}` (and X, N, C) marks text inside HTML the same way. Run: python tests/heldout5/build.py
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
INLINE = re.compile(r"\{\{([BXNC]):(.*?)\}\}")
LINE = re.compile(r"^([BXNC])\| ")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_MARK = re.compile(r"\*\*|^#+ |^- |^\d+\. ")
KINDS = {"B": "body_required", "N": "body_neutral", "X": "body_excluded", "C": "body_excluded"}


def parse(source: str) -> tuple[dict, str]:
    """Split a src file into its gold header and its annotated content."""
    _, header, content = source.split("+++\n", 2)
    return tomllib.loads(header), content


def plain(text: str) -> str:
    """Markdown text as a reader sees it: link text kept, markup dropped."""
    return MD_MARK.sub("", MD_LINK.sub(r"\1", text)).strip().strip("*_").strip()


def render(content: str, gold: dict) -> str:
    """Strip the annotation marks from the content, collecting the marked text into the gold lists."""

    def keep(kind: str, text: str) -> str:
        clean = plain(text)
        gold[KINDS[kind]].append(clean)
        if kind == "X" and clean != text.strip():
            gold[KINDS[kind]].append(text.strip())  # an unconverted markdown leak counts too
        if kind == "C":
            gold["captions_required"].append(clean)
        return text

    out = []
    for line in content.split("\n"):
        m = LINE.match(line)
        if m:
            line = keep(m.group(1), line[3:])
        out.append(INLINE.sub(lambda m: keep(m.group(1), m.group(2)), line))
    return "\n".join(out)


def build(path: Path) -> None:
    header, content = parse(path.read_text(encoding="utf-8"))
    gold = {
        "file": header["file"],
        "site": header["site"],
        "title": header["title"],
        "subtitle": header.get("subtitle"),
        "authors": header.get("authors", []),
        "editors": header.get("editors", []),
        "section": header.get("section"),
        "published_at": header["published_at"],
        "updated_at": header.get("updated_at", {"accept_null": True}),
        "page_date_not_publication": header.get("page_date_not_publication"),
        "flags_required": header.get("flags_required", []),
        "dateline": header.get("dateline"),
        "cited_sources": header.get("cited_sources", []),
        "captions_required": list(header.get("captions_required", [])),
        "related_titles": header.get("related_titles", []),
        "body_required": [],
        "body_neutral": [],
        "body_excluded": [],
        "note": header.get("note", ""),
    }
    page = render(content, gold)
    assert "{{" not in json.dumps(gold) and "{{" not in page, f"unclosed mark in {path.name}"
    (HERE / "pages" / header["file"]).write_text(page, encoding="utf-8")
    name = Path(header["file"]).stem + ".json"
    (HERE / "gold" / name).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for path in sorted((HERE / "src").glob("*.src")):
        build(path)


if __name__ == "__main__":
    main()
