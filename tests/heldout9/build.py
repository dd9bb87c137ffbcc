"""Build the heldout9 pages and their gold from annotated sources in src/.

A source is a JSON header (gold metadata), a line `---`, then the raw page with inline marks:
⟦T:title⟧ ⟦S:subtitle⟧ ⟦B:body paragraph⟧ ⟦N:neutral⟧ ⟦X:boilerplate⟧ ⟦C:caption⟧ ⟦R:related title⟧.
Marks are removed from the page; their text (tags stripped, entities decoded) goes to the gold.
In text pages every line without a B/N/S/T mark is also added to body_excluded.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"⟦([TSBNXCR]):(.*?)⟧", re.DOTALL)


def plain(fragment: str) -> str:
    """Text of a marked fragment as a reader sees it."""
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # markdown links keep their words
    text = text.replace("*", "")  # markdown emphasis is markup, not words
    text = re.sub(r"^\s*(?:#+|>|-|\d+\.)\s+", "", text)  # markdown heading, quote and list markers
    return re.sub(r"\s+", " ", text).strip()


def build_one(src: Path) -> None:
    header, raw = src.read_text(encoding="utf-8").split("\n---\n", 1)
    gold = json.loads(header)
    is_text = gold["file"].endswith((".txt", ".md"))
    marks: dict[str, list[str]] = {k: [] for k in "TSBNXCR"}
    for kind, frag in MARK.findall(raw):
        marks[kind].append(plain(frag))
    page = MARK.sub(lambda m: m.group(2), raw)
    excluded = marks["T"] + marks["S"] + marks["X"] + marks["C"] + marks["R"]
    if is_text:
        for line in raw.splitlines():
            if re.search(r"⟦[BNST]:", line) or not line.strip():
                continue
            excluded.append(plain(MARK.sub(lambda m: m.group(2), line)))
    gold["title"] = marks["T"][0]
    gold.setdefault("subtitle", marks["S"][0] if marks["S"] else None)
    gold.setdefault("flags_required", [])
    gold["captions_required"] = marks["C"]
    gold["related_titles"] = marks["R"]
    gold["body_required"] = marks["B"]
    gold["body_neutral"] = marks["N"]
    gold["body_excluded"] = list(dict.fromkeys(e for e in excluded if e))
    (HERE / "pages" / gold["file"]).write_text(page, encoding="utf-8")
    stem = gold["file"].rsplit(".", 1)[0]
    text = json.dumps(gold, ensure_ascii=False, indent=1)
    (HERE / "gold" / f"{stem}.json").write_text(text, encoding="utf-8")


def main() -> None:
    for stale in [*(HERE / "pages").glob("h9_*"), *(HERE / "gold").glob("h9_*")]:
        stale.unlink()
    for src in sorted((HERE / "src").glob("*.src")):
        build_one(src)


if __name__ == "__main__":
    main()
