"""Build the blind held-out set 13: raw pages plus gold JSON from annotated sources.

Sources live in src/NN_name.page.(txt|html) with NN_name.meta.json. Annotation marks:
text dumps use line prefixes ``B| `` (body), ``X| `` (boilerplate), ``N| `` (neutral),
``C| `` (caption, also boilerplate), ``R| `` (related title, also boilerplate); HTML uses
spans ``⟦B⟧…⟦/⟧`` with the same letters. Marks are stripped from the written page.
Run: python tests/heldout13/build.py  (also checks every gold line occurs in the page).
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINE_MARK = re.compile(r"^((?:[*>] |\d+\. )?)([BXNCR])\| ", re.MULTILINE)
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
SPAN_MARK = re.compile(r"⟦([BXNCR])⟧(.*?)⟦/⟧", re.DOTALL)
KEYS = {"B": "body_required", "X": "body_excluded", "N": "body_neutral"}


def norm(text: str) -> str:
    """The scorer's normalisation, so the consistency check matches what score.py compares."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def visible_html_text(text: str) -> str:
    """Visible text of a saved page: script, style and head dropped, tags removed."""
    text = re.sub(r"<(script|style|head|noscript)\b.*?</\1>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    text = re.sub(r"</?(a|span|strong|b|em|i|time|small)\b[^>]*>", "", text, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def collect(raw: str, is_html: bool) -> tuple[str, dict[str, list[str]]]:
    """Strip annotation marks and return (page text, gold lines per mark letter)."""
    found: dict[str, list[str]] = {k: [] for k in "BXNCR"}
    if is_html:
        for letter, inner in SPAN_MARK.findall(raw):
            found[letter].append(re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", inner))).strip())
        return SPAN_MARK.sub(lambda m: m.group(2), raw), found
    for line in raw.splitlines():
        m = LINE_MARK.match(line)
        if m:
            # A dateline prefix ("KOTA, SITUS - ") is cut off the gold line at "‖", as in the seeds.
            found[m.group(2)].append(line[m.end() :].split("‖")[-1].strip())
    return LINE_MARK.sub(lambda m: m.group(1), raw).replace("‖", ""), found


def render_markdown(text: str) -> str:
    """What a reader sees of crawler markdown: link and image text kept, emphasis marks dropped."""
    return MD_LINK.sub(lambda m: m.group(1), text).replace("**", "")


def build_one(page_src: Path, index: int) -> list[str]:
    """Write one page and its gold; return consistency problems."""
    is_html = page_src.suffix == ".html"
    meta = json.loads(
        page_src.with_name(page_src.name.replace(".page" + page_src.suffix, ".meta.json")).read_text()
    )
    page, found = collect(page_src.read_text(encoding="utf-8"), is_html)
    if meta.pop("markdown", False):
        found = {k: [render_markdown(line).strip("*_ ") for line in lines] for k, lines in found.items()}
        visible_source = render_markdown(page)
    else:
        visible_source = visible_html_text(page) if is_html else page
    digest = hashlib.sha256(page.encode("utf-8")).hexdigest()[:16]
    name = f"{index:03d}_{digest}{page_src.suffix}"
    (HERE / "pages" / name).write_text(page, encoding="utf-8")
    gold = {"file": name, **meta}
    for letter, key in KEYS.items():
        gold[key] = found[letter] + gold.get(key, [])
    gold["body_excluded"] += (
        found["C"] + found["R"] + [gold["title"]] + ([gold["subtitle"]] if gold.get("subtitle") else [])
    )
    gold["body_excluded"] = list(dict.fromkeys(gold["body_excluded"]))
    gold.setdefault("captions_required", found["C"])
    gold["related_titles"] = found["R"] + gold.pop("related_extra", [])
    (HERE / "gold" / name.replace(page_src.suffix, ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    visible = norm(visible_source)
    problems = []
    lines = gold["body_required"] + gold["body_excluded"] + gold["body_neutral"] + gold["captions_required"]
    lines += gold["related_titles"] + [gold["title"]] + ([gold["subtitle"]] if gold.get("subtitle") else [])
    for line in lines:
        if norm(line) not in visible:
            problems.append(f"{page_src.name}: not visible: {line[:80]}")
    if not 6 <= len(gold["body_required"]) <= 20:
        problems.append(f"{page_src.name}: {len(gold['body_required'])} body lines")
    return problems


def main() -> int:
    for folder in ("pages", "gold"):
        (HERE / folder).mkdir(exist_ok=True)
        for old in (HERE / folder).iterdir():
            old.unlink()
    sources = sorted(p for p in (HERE / "src").iterdir() if ".page." in p.name)
    problems = [msg for i, src in enumerate(sources) for msg in build_one(src, i)]
    print("\n".join(problems) or f"{len(sources)} pages built, all gold lines visible")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
