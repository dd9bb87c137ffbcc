"""Build the heldout7 pages and their gold from annotated sources in src/.

A source file is a JSON header (gold metadata), a line `---PAGE---`, then the raw page in which
body paragraphs are wrapped as [[B:...]], boilerplate as [[X:...]] and neutral text as [[N:...]].
The markers are removed in the written page; their contents (tags stripped) go to the gold.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"\[\[([BXN]):(.*?)\]\]", re.DOTALL)
KEYS = {"B": "body_required", "X": "body_excluded", "N": "body_neutral"}
DEFAULTS = {
    "subtitle": None,
    "authors": [],
    "updated_at": {"accept_null": True},
    "page_date_not_publication": None,
    "flags_required": [],
    "dateline": None,
    "cited_sources": [],
    "captions_required": [],
    "related_titles": [],
}


def plain(fragment: str) -> str:
    """Text of a marked fragment as a reader sees it (tags removed, entities decoded)."""
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


def build(source: Path) -> None:
    header, page = source.read_text(encoding="utf-8").split("---PAGE---\n", 1)
    gold = {**DEFAULTS, **json.loads(header)}
    name = source.stem + gold.pop("ext")
    gold["file"] = name
    lists: dict[str, list[str]] = {key: [] for key in KEYS.values()}
    for kind, text in MARK.findall(page):
        lists[KEYS[kind]].append(plain(text))
    gold.update(lists)
    (HERE / "pages" / name).write_text(MARK.sub(lambda m: m.group(2), page), encoding="utf-8")
    out = HERE / "gold" / f"{source.stem}.json"
    out.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for source in sorted((HERE / "src").glob("*.src")):
        build(source)


if __name__ == "__main__":
    main()
