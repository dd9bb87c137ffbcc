"""Build the heldout6 pages and their gold from annotated sources in src/.

Each src file is a JSON header, a line `%%%`, then the page. Text pages tag every line with a
two-character prefix: `B ` body, `N ` neutral, `X ` excluded, `C ` caption, `R ` related title,
`. ` untagged; in a line, text before `¦` (a dateline) is left out of the gold.
HTML pages wrap annotated text in `⟦B⟧…⟦/⟧` (same letters). Markdown is
rendered to plain text for the gold (links keep their text, images their alt, `**` dropped).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([BNXCR])⟧(.*?)⟦/⟧", re.S)
RELATED_PREFIX = re.compile(
    r"^(baca juga|baca juga\s*:|artikel terkait|read more|also read|related)\s*:?\s*", re.I
)


def render(text: str) -> str:
    """Plain text a reader sees: markdown and HTML markup removed."""
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^#+\s*", "", text.strip())
    text = re.sub(r"^(?:[*\-]|\d+\.)\s+", "", text)
    text = text.replace("*", "")
    return re.sub(r"\s+", " ", text).strip()


def collect(tag: str, text: str, gold: dict) -> None:
    plain = render(text)
    if not plain:
        return
    if tag == "B":
        gold["body_required"].append(plain)
    elif tag == "N":
        gold["body_neutral"].append(plain)
    else:
        gold["body_excluded"].append(plain)
    if tag == "C":
        gold["captions_required"].append(plain)
    if tag == "R":
        gold["related_titles"].append(RELATED_PREFIX.sub("", plain))


def build_one(src: Path) -> None:
    header, page = src.read_text(encoding="utf-8").split("\n%%%\n", 1)
    meta = json.loads(header)
    name = src.name
    gold = {
        "file": name,
        **meta,
        "captions_required": [],
        "related_titles": [],
        "body_required": [],
        "body_neutral": [],
        "body_excluded": [],
    }
    if name.endswith(".html"):
        for tag, inner in MARK.findall(page):
            collect(tag, inner, gold)
        out = MARK.sub(lambda m: m.group(2), page)
    else:
        lines = []
        for raw in page.splitlines():
            tag, text = (
                (raw[0], raw[2:]) if len(raw) >= 2 and raw[1] == " " and raw[0] in "BNXCR." else (".", raw)
            )
            if tag != ".":
                collect(tag, text.split("¦", 1)[-1], gold)
            lines.append(text.replace("¦", ""))
        out = "\n".join(lines) + "\n"
    for key in ("captions_required", "related_titles"):
        gold[key] = meta.get(key, gold[key])
    (HERE / "pages" / name).write_text(out, encoding="utf-8")
    (
        HERE / "gold" / (name + ".json").replace(".txt.json", ".json").replace(".html.json", ".json")
    ).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main() -> None:
    for src in sorted((HERE / "src").iterdir()):
        if src.suffix in (".txt", ".html"):
            build_one(src)


if __name__ == "__main__":
    main()
