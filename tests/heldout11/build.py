"""Build held-out set 11 (pages + gold) from the marked sources in src/, and check the gold.

Each source starts with a JSON header, a line `---`, then the page. A line carrying `B| ` is a
body_required line, `X| ` body_excluded, `N| ` body_neutral, `C| ` an excluded caption that is also
captions_required, `R| ` an excluded related title. Text between a pair of `¦` stays on the page
but not in the gold line. Run: python tests/heldout11/build.py
"""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
MARK = re.compile(r"([BXNCR])\| ")
TAG = re.compile(r"<[^>]+>")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def visible_md(text: str) -> str:
    """What a reader sees of a markdown line: link text, no images' urls, no emphasis marks."""
    text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"^\s*(#+|>|[-*] )\s*", "", text)
    text = text.replace("**", "").replace("__", "")
    return re.sub(r"(?<![\w*])\*([^*\n]+)\*(?![\w*])", r"\1", text)


def visible_html(text: str) -> str:
    text = re.sub(r"(?is)<head.*?</head>|<script.*?</script>|<style.*?</style>", " ", text)
    return html.unescape(TAG.sub(" ", text))


def gold_text(rest: str, kind: str) -> str:
    rest = re.sub(r"¦[^¦]*¦", "", rest)
    if kind == "html":  # the marked element's own text: up to its closing block tag
        rest = re.split(r"</(?:p|li|div|span|figcaption|h\d|td|blockquote|small|time|cite)>", rest)[0]
        rest = html.unescape(TAG.sub("", rest))
    elif kind == "md":
        rest = visible_md(rest)
    return re.sub(r"\s+", " ", rest).strip()


def build_one(src: Path) -> list[str]:
    head, _, page = src.read_text(encoding="utf-8").partition("\n---\n")
    meta = json.loads(head)
    kind = {".html": "html", ".md": "md"}.get(src.suffix, "txt")
    lines: dict[str, list[str]] = {k: [] for k in "BXNCR"}
    out = []
    for line in page.splitlines():
        m = MARK.search(line)
        if m:
            lines[m.group(1)].append(gold_text(line[m.end() :], kind))
            line = line[: m.start()] + line[m.end() :]
        out.append(line.replace("¦", ""))
    text = "\n".join(out).rstrip() + "\n"
    name = meta.pop("file")
    (HERE / "pages" / name).write_text(text, encoding="utf-8")
    excluded = [meta["title"]] + ([meta["subtitle"]] if meta.get("subtitle") else [])
    excluded += lines["X"] + lines["C"] + lines["R"]
    gold = {"file": name, **{k: v for k, v in meta.items() if k != "traps"}}
    gold.update(
        captions_required=lines["C"],
        related_titles=lines["R"],
        body_required=lines["B"],
        body_neutral=lines["N"],
        body_excluded=excluded,
        traps=meta.get("traps", ""),
    )
    (HERE / "gold" / (Path(name).stem + ".json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return check(name, text, kind, gold)


def check(name: str, text: str, kind: str, gold: dict) -> list[str]:
    seen = norm(
        visible_html(text)
        if kind == "html"
        else "\n".join(visible_md(t) for t in text.splitlines())
        if kind == "md"
        else text
    )
    errors = [
        f"{name}: not on page: {line[:60]}"
        for line in gold["body_required"] + gold["body_excluded"] + gold["body_neutral"]
        if norm(line) not in seen
    ]
    if not 6 <= len(gold["body_required"]) <= 20:
        errors.append(f"{name}: {len(gold['body_required'])} body lines")
    both = set(map(norm, gold["body_required"])) & set(map(norm, gold["body_excluded"]))
    errors += [f"{name}: required and excluded: {line[:60]}" for line in both]
    for key in ("published_at", "updated_at"):
        for value in (gold.get(key) or {}).get("accept", []):
            if datetime.fromisoformat(value).tzinfo is None:
                errors.append(f"{name}: {key} without offset: {value}")
    if re.search(r"(?m)[BXNCR]\| |¦", text):
        errors.append(f"{name}: marker left on page")
    return errors


def main() -> int:
    errors = []
    for src in sorted((HERE / "src").iterdir()):
        errors += build_one(src)
    print("\n".join(errors) or f"ok: {len(list((HERE / 'src').iterdir()))} pages")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
