"""Build tests/heldout4 pages and gold from src/*.page (JSON front matter, a line '---', then annotations)."""

import html
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "pages"
GOLD = HERE / "gold"

MD_IMG = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def plain(line: str) -> str:
    line = MD_IMG.sub("", line)
    line = MD_LINK.sub(r"\1", line)
    line = line.replace("**", "").replace("__", "")
    line = re.sub(r"^\s*(#+|\*|-|>|\d+\.)\s+", "", line)
    line = re.sub(r"^_(.*)_$", r"\1", line.strip())
    return line.strip()


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s)).strip()


def parse(path: Path):
    raw = path.read_text(encoding="utf-8")
    head, body = raw.split("\n---\n", 1)
    meta = json.loads(head)
    blocks = []
    for line in body.splitlines():
        if not line.strip():
            continue
        tag, _, text = line.partition("| ")
        blocks.append((tag.strip(), text))
    return meta, blocks


def gold_of(meta, blocks, mode):
    g = {
        "file": meta["file"],
        "title": None,
        "subtitle": None,
        "authors": meta.get("authors", []),
        "editors": meta.get("editors", []),
    }
    if meta.get("site"):
        g["site"] = meta["site"]
    if "section" in meta:
        g["section"] = meta["section"]
    g["published_at"] = meta["published_at"]
    g["updated_at"] = meta.get("updated_at", {"accept_null": True})
    g["page_date_not_publication"] = meta.get("page_date_not_publication")
    g["flags_required"] = meta.get("flags_required", [])
    g["dateline"] = meta.get("dateline")
    g["cited_sources"] = meta.get("cited_sources", [])
    req, neu, exc, caps, rel = [], [], [], [], []

    def txt(t):
        if mode == "md":
            return plain(t)
        if mode == "html":
            return strip_tags(t)
        return t.strip()

    for tag, t in blocks:
        if tag == "T":
            g["title"] = txt(t)
            exc.append(txt(t))
        elif tag == "S":
            g["subtitle"] = txt(t)
            exc.append(txt(t))
        elif tag == "P":
            req.append(txt(t.split("@@", 1)[-1]))
        elif tag == "N":
            neu.append(txt(t))
        elif tag in ("X", "BY", "NAV", "F"):
            if txt(t):
                exc.append(txt(t))
        elif tag == "C":
            caps.append(txt(t))
            exc.append(txt(t))
        elif tag == "I":
            _alt, _, cap = t.partition("|")
            cap = cap.strip()
            if cap:
                caps.append(plain(cap))
                exc.append(plain(cap))
        elif tag == "R":
            prefix, _, title = t.partition("|")
            rel.append(txt(title))
            exc.append((txt(prefix) + " " + txt(title)).strip())
        elif tag == "RL":
            rel.append(txt(t))
            exc.append(txt(t))
        elif tag in ("RAW", "H"):
            pass
        else:
            raise ValueError(f"bad tag {tag!r} in {meta['file']}")
    if "title" in meta:
        g["title"] = meta["title"]
    g["captions_required"] = meta.get("captions_required", caps)
    g["related_titles"] = list(dict.fromkeys(rel))
    g["body_required"] = req
    g["body_neutral"] = neu + meta.get("extra_neutral", [])
    g["body_excluded"] = exc + meta.get("extra_excluded", [])
    if meta.get("notes"):
        g["notes"] = meta["notes"]
    return g


def render_text(blocks, mode):
    out = []
    for tag, t in blocks:
        if tag in ("T", "S", "P", "N", "C") or (tag == "I"):
            t = t.replace("@@", "")
            if tag == "T" and mode == "md":
                t = "# " + t
            if tag == "N" and mode == "md":
                t = "## " + t
            if tag == "I":
                alt, _, cap = t.partition("|")
                t = f"![{alt.strip()}](https://img.example-cdn.net/{abs(hash(alt)) % 10**8}.jpg)"
                if cap.strip():
                    t += "\n\n" + cap.strip()
            out.append("\n" + t + "\n")
        elif tag == "R":
            prefix, _, title = t.partition("|")
            if mode == "md":
                slug = re.sub(r"\W+", "-", title.lower()).strip("-")[:60]
                out.append(f"\n{prefix.strip()} [{title.strip()}](https://{SITE}/read/{slug})\n")
            else:
                out.append("\n" + (prefix.strip() + " " + title.strip()).strip() + "\n")
        else:
            out.append(t)
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


SITE = ""


def main():
    global SITE
    OUT.mkdir(parents=True, exist_ok=True)
    GOLD.mkdir(parents=True, exist_ok=True)
    for path in sorted(SRC.glob("*.page")):
        meta, blocks = parse(path)
        SITE = meta.get("site") or meta.get("domain", "example.com")
        mode = meta["mode"]
        if mode == "html":
            content = render_html(meta, blocks)
            (OUT / meta["file"]).write_text(content, encoding="utf-8")
        else:
            (OUT / meta["file"]).write_text(render_text(blocks, mode), encoding="utf-8")
        g = gold_of(meta, blocks, mode)
        (GOLD / (Path(meta["file"]).stem + ".json")).write_text(
            json.dumps(g, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print("built", meta["file"], len(g["body_required"]), "paras")


def render_html(meta, blocks):
    """Blocks in HTML mode carry raw HTML; 'H' lines are emitted verbatim (structure), others wrap."""
    out = []
    for tag, t in blocks:
        if tag == "H":
            out.append(t)
        elif tag == "T":
            out.append(f'<h1 class="{meta.get("h1class", "headline")}">{t}</h1>')
        elif tag == "S":
            out.append(f'<h2 class="standfirst">{t}</h2>')
        elif tag == "P":
            out.append(f"<p>{t.replace('@@', '')}</p>")
        elif tag == "N":
            out.append(f"<h2>{t}</h2>")
        elif tag == "NAV":
            out.append(f'<li><a href="/{re.sub(r"[^a-z]+", "-", strip_tags(t).lower())}">{t}</a></li>')
        elif tag == "C":
            out.append(
                f'<figure><img src="https://cdn.{meta["site"]}/photo/{abs(hash(t)) % 10**9}.jpg" '
                f'alt=""><figcaption>{t}</figcaption></figure>'
            )
        elif tag == "R":
            prefix, _, title = t.partition("|")
            out.append(
                f'<p class="read-also"><strong>{prefix.strip()}</strong> '
                f'<a href="/read/{abs(hash(title)) % 10**7}">{title.strip()}</a></p>'
            )
        elif tag == "RL":
            out.append(f'<li><a href="/read/{abs(hash(t)) % 10**7}">{t}</a></li>')
        elif tag in ("X", "BY", "F", "RAW"):
            out.append(t)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    main()
