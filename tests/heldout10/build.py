"""Build the blind held-out set 10: raw pages and their gold from marked sources in src/.

A source line (or an HTML element's text) starting with a marker is gold: `B| ` body_required,
`X| ` body_excluded, `N| ` body_neutral. The marker is stripped from the written page. Metadata
lives in src/<name>.meta.json. Run: python tests/heldout10/build.py (checks consistency too).
"""

from __future__ import annotations

import html
import json
import re
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / "src", HERE / "pages", HERE / "gold"
TXT_MARK = re.compile(r"^(B|X|N)\| (.*)$")
HTML_MARK = re.compile(r"(?<=>)(B|X|N)\| ([^<]*)")
KEYS = {"B": "body_required", "X": "body_excluded", "N": "body_neutral"}
# Text between a pair of ¦ (a dateline prefix, a sign-off) stays on the page but not in the gold line.
CUT = re.compile(r"¦[^¦]*¦")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
MD_LEAD = re.compile(r"^(?:[*>-]|#{1,6})\s+")


def unmark(text: str) -> str:
    """Gold keeps what a reader sees of a markdown line: link text, no list/quote/heading marks."""
    text = MD_LEAD.sub("", MD_LINK.sub(r"\1", text.strip()))
    return re.sub(r"\*{1,2}([^*]+)\*{1,2}", r"\1", text).strip()


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def split_text(raw: str) -> tuple[str, dict[str, list[str]]]:
    lines, gold = [], {k: [] for k in KEYS.values()}
    for line in raw.splitlines():
        m = TXT_MARK.match(line)
        if m:
            gold[KEYS[m.group(1)]].append(unmark(CUT.sub("", m.group(2))))
            line = m.group(2).replace("¦", "")
        lines.append(line)
    return "\n".join(lines) + "\n", gold


def split_html(raw: str) -> tuple[str, dict[str, list[str]]]:
    gold = {k: [] for k in KEYS.values()}

    def keep(m: re.Match) -> str:
        gold[KEYS[m.group(1)]].append(html.unescape(CUT.sub("", m.group(2))).strip())
        return m.group(2).replace("¦", "")

    return HTML_MARK.sub(keep, raw), gold


def visible_text(page: str, is_html: bool) -> str:
    if not is_html:
        return norm(page) + " \n " + norm("\n".join(unmark(line) for line in page.splitlines()))
    page = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", page)
    return norm(html.unescape(re.sub(r"<[^>]+>", " ", page)))


def check(name: str, page: str, gold: dict, is_html: bool) -> None:
    text = visible_text(page, is_html)
    for key in ("body_required", "body_excluded", "body_neutral"):
        for line in gold[key]:
            assert norm(line) in text, f"{name}: {key} line not visible: {line[:60]}"
    for key in ("title", "subtitle"):
        if gold.get(key):
            assert norm(gold[key]) in text, f"{name}: {key} not visible"
    for key in ("published_at", "updated_at"):
        for value in gold.get(key, {}).get("accept", []):
            assert datetime.fromisoformat(value).tzinfo, f"{name}: {key} {value} has no offset"
    assert 6 <= len(gold["body_required"]) <= 20, f"{name}: {len(gold['body_required'])} body lines"
    clash = set(map(norm, gold["body_required"])) & set(map(norm, gold["body_excluded"]))
    assert not clash, f"{name}: line both required and excluded: {clash}"


def build_one(src: Path) -> None:
    raw = src.read_text(encoding="utf-8")
    is_html = src.suffix == ".html"
    page, lines = (split_html if is_html else split_text)(raw)
    meta = json.loads(src.with_suffix(".meta.json").read_text(encoding="utf-8"))
    gold = {"file": src.name, **meta, **lines}
    for key in ("title", "subtitle"):
        value = gold.get(key)
        if value and norm(value) not in map(norm, gold["body_excluded"] + gold["body_required"]):
            gold["body_excluded"].insert(0, value)
    assert "¦" not in page and not re.search(r"(?m)(^|>)[BXN]\| ", page), f"{src.name}: marker left on page"
    check(src.name, page, gold, is_html)
    (PAGES / src.name).write_text(page, encoding="utf-8")
    text = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    (GOLD / f"{src.stem}.json").write_text(text, encoding="utf-8")


def main() -> None:
    PAGES.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    sources = sorted(p for p in SRC.iterdir() if p.suffix in (".txt", ".html"))
    for src in sources:
        build_one(src)
    print(f"built {len(sources)} pages")


if __name__ == "__main__":
    main()
