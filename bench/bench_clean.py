"""Clean-stage throughput, run by hand: `.venv/bin/python bench/bench_clean.py [N_TEXT] [N_HTML]`.

Text path: pages/second of clean_pages on one core over a corpus made by varying the seeds and the
test pages (paragraph order, numbers, extra menu lines), so repetition signals see several sites.
HTML path: clean_pages on saved pages against trafilatura.extract on the same pages.
"""

from __future__ import annotations

import html
import random
import sys
import time
from pathlib import Path

import trafilatura

from kabar.clean import clean_pages
from kabar.model import Page

ROOT = Path(__file__).resolve().parent.parent
MENU = ["Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan", "Indeks"]


def _texts() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "pages").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def _vary(text: str, rng: random.Random) -> str:
    blocks = text.split("\n\n")
    middle = blocks[3:-3]
    rng.shuffle(middle)
    menu = "\n".join(rng.sample(MENU, rng.randint(2, len(MENU))))
    body = "\n\n".join([menu, *blocks[:3], *middle, *blocks[-3:]])
    return body.replace("2024", str(rng.choice((2023, 2024, 2025))))


def _as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in text.split("\n\n"))
    nav = "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in MENU)
    return (
        "<html><head><title>Berita</title><script>var x = 1;</script></head><body>"
        f"<nav><ul>{nav}</ul></nav><article>{paragraphs}</article>"
        "<footer>© 2024 contoh.co.id</footer></body></html>"
    )


def bench_text(n: int) -> None:
    rng = random.Random(7)
    sources = _texts()
    pages = [Page(f"bench/{i}.txt", "text", _vary(rng.choice(sources), rng), "utf-8") for i in range(n)]
    clean_pages(pages[:10])  # lexicons load once per process; keep that out of the timing
    start = time.perf_counter()
    results = clean_pages(pages)
    elapsed = time.perf_counter() - start
    articles = sum(hasattr(r, "body") for r in results)
    print(f"text: {n} pages in {elapsed:.2f}s = {n / elapsed:,.0f} pages/s ({articles} articles)")


def bench_html(n: int) -> None:
    rng = random.Random(11)
    saved = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "tests" / "pages").glob("*.html"))]
    docs = saved + [_as_html(t) for t in _texts()]
    pages = [Page(f"bench/{i}.html", "html", docs[i % len(docs)], "utf-8") for i in range(n)]
    clean_pages(pages[:5])
    trafilatura.extract(docs[0])
    start = time.perf_counter()
    clean_pages(pages)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page.text)
    theirs = time.perf_counter() - start
    print(
        f"html: {n} pages: kabar {ours:.2f}s ({n / ours:,.0f} pages/s), trafilatura.extract {theirs:.2f}s "
        f"({n / theirs:,.0f} pages/s); ratio {ours / theirs:.2f}x"
    )
    del rng


if __name__ == "__main__":
    bench_text(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
    bench_html(int(sys.argv[2]) if len(sys.argv) > 2 else 300)
