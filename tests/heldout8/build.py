"""Build the heldout8 pages and their gold from annotated sources in src/.

Each src file: TOML gold metadata, a line `---`, then the raw page. A page line may start with a
marker: `@B ` body paragraph, `@N ` neutral, `@C ` caption, `@R ` related title. `{{...}}` inside a
line is kept on the page but left out of the gold text (dateline prefixes, sign-offs). Every other
visible line goes to body_excluded. Run: python tests/heldout8/build.py
"""

from __future__ import annotations

import html
import json
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"^@([BNCR]) ")
HIDDEN = re.compile(r"\{\{(.*?)\}\}")
TAG = re.compile(r"<[^>]+>")
MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
MD_EMPHASIS = re.compile(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])")
RELATED_PREFIX = re.compile(
    r"^(baca juga|simak juga|lihat juga|read more|also read|read also|read)\s*:\s*", re.IGNORECASE
)
NON_VISIBLE = ("<meta", "<title", "<link", "<!doctype", "<html", "<head", "</head", "<body", "</body")


def visible(line: str, is_html: bool) -> str:
    """The text a reader sees for one source line (tags, markdown syntax and entities removed)."""
    text = TAG.sub(" ", line) if is_html else line
    text = html.unescape(text) if is_html else text
    if not is_html:
        text = MD_IMAGE.sub(r"\1", text)
        text = MD_LINK.sub(r"\1", text)
        text = re.sub(r"^\s*(#+|>|[-*•]|\d+\.) +", "", text).replace("**", "")
        text = MD_EMPHASIS.sub(r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def classify(page_text: str, is_html: bool) -> tuple[list[str], dict[str, list[str]]]:
    """Split the annotated page into the raw output lines and the gold line lists by marker."""
    lists: dict[str, list[str]] = {k: [] for k in "BNCRX"}
    out_lines: list[str] = []
    in_script = False
    for raw in page_text.splitlines():
        match = MARK.match(raw)
        kind = match.group(1) if match else "X"
        line = raw[match.end() :] if match else raw
        out_lines.append(HIDDEN.sub(r"\1", line))
        if is_html and ("<script" in line or in_script):
            in_script = "</script>" not in line
            continue
        if is_html and line.strip().lower().startswith(NON_VISIBLE):
            continue
        text = visible(HIDDEN.sub("", line), is_html)
        if not text:
            continue
        if kind == "R":
            lists["R"].append(RELATED_PREFIX.sub("", text))
        if kind == "C":
            lists["C"].append(text)
        lists["X" if kind in "RC" else kind].append(text)
    return out_lines, lists


def build(src: Path) -> None:
    meta_text, page_text = src.read_text(encoding="utf-8").split("\n---\n", 1)
    gold = {"file": src.name, **tomllib.loads(meta_text)}
    out_lines, lists = classify(page_text, src.suffix == ".html")
    gold.setdefault("subtitle", None)
    gold.setdefault("updated_at", {"accept_null": True})
    gold.setdefault("page_date_not_publication", None)
    gold.setdefault("flags_required", [])
    gold.setdefault("dateline", None)
    gold.setdefault("cited_sources", [])
    gold["captions_required"] = lists["C"]
    gold["related_titles"] = lists["R"]
    gold["body_required"] = lists["B"]
    gold["body_neutral"] = lists["N"]
    gold["body_excluded"] = list(dict.fromkeys(x for x in lists["X"] if x not in lists["B"]))
    (HERE / "pages" / src.name).write_text("\n".join(out_lines).strip() + "\n", encoding="utf-8")
    gold_path = HERE / "gold" / (src.stem + ".json")
    gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    for src in sorted((HERE / "src").iterdir()):
        if src.suffix in (".txt", ".html"):
            build(src)


if __name__ == "__main__":
    main()
