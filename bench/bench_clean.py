"""Clean-stage throughput, by hand: `taskset -c 0 .venv/bin/python bench/bench_clean.py [N_TEXT] [N_HTML]
[ROUNDS]`.

Text path: pages/second of clean_pages on one core over a generated crawl of many sites. Each page is
a reviewed page (seeds, tests/pages) with its structure kept intact, every prose line made unique by
word substitution (real crawls repeat template lines, never article text, so caches must not get a
free ride), extra paragraphs inserted after its body, and its site's own mega menu, trending list
and footer around it: 3-10 KB and 70-300 lines, like real text dumps.
HTML path: clean_pages on saved pages against trafilatura.extract on the same pages, best of ROUNDS
interleaved runs.
"""

from __future__ import annotations

import html
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from kabar.clean import clean_pages
from kabar.model import CleanArticle, Page

ROOT = Path(__file__).resolve().parent.parent
MENU = {
    "id": [
        "Beranda",
        "News",
        "Nasional",
        "Internasional",
        "Ekonomi",
        "Bisnis",
        "Olahraga",
        "Sepakbola",
        "Teknologi",
        "Otomotif",
        "Hiburan",
        "Gaya",
        "Hidup",
        "Kesehatan",
        "Travel",
        "Kuliner",
        "Properti",
        "Edukasi",
        "Daerah",
        "Jabar",
        "Jatim",
        "Jateng",
        "Sumatera",
        "Kalimantan",
        "Sulawesi",
        "Papua",
        "Hukum",
        "Politik",
        "Pemilu",
        "Kolom",
        "Opini",
        "Foto",
        "Video",
        "Infografis",
        "Indeks",
        "Login",
        "Daftar",
    ],
    "en": [
        "Home",
        "News",
        "World",
        "Business",
        "Markets",
        "Sport",
        "Football",
        "Tech",
        "Science",
        "Health",
        "Travel",
        "Food",
        "Culture",
        "Opinion",
        "Politics",
        "Asia",
        "Europe",
        "Americas",
        "Africa",
        "Climate",
        "Video",
        "Photos",
        "Podcasts",
        "Newsletters",
        "Subscribe",
        "Login",
    ],
}
FOOTER = {
    "id": ["Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kode Etik", "Karir", "Kontak", "Iklan"],
    "en": ["About us", "Contact", "Careers", "Advertise", "Privacy policy", "Terms of use", "Help"],
}
TRENDING = {"id": "Terpopuler", "en": "Most read"}


@dataclass
class Source:
    text: str
    language: str
    body: list[str]  # gold body lines, where extra paragraphs may follow


@dataclass
class Site:
    domain: str
    language: str
    menu: list[str]
    footer: list[str]
    headlines: list[str]


def _sources() -> list[Source]:
    golds = sorted((ROOT / "seeds" / "gold").glob("0*.json")) + sorted(
        (ROOT / "tests/pages/gold").glob("*.json")
    )
    found = []
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        page = path.parent.parent / gold["file"]
        if page.suffix == ".txt":
            language = "en" if gold["file"].startswith("en_") else "id"
            found.append(Source(page.read_text(encoding="utf-8"), language, gold["body_required"]))
    return found


def _perturb(line: str, pool: list[str], rng: random.Random) -> str:
    """Swap a fifth of the inner words of a prose line for others: same shape, new text."""
    words = line.split()
    if len(words) < 6:
        return line
    for k in range(1, len(words) - 1):
        if rng.random() < 0.2:
            words[k] = rng.choice(pool)
    return " ".join(words)


def _site(k: int, language: str, prose: list[str], rng: random.Random) -> Site:
    menu = MENU[language] + [f"{w} {n}" for w in MENU[language] for n in range(1, 4)]
    domain = f"situs{k}.co.id" if language == "id" else f"site{k}.com"
    headlines = [" ".join(rng.sample(prose, rng.randint(6, 11))).capitalize() for _ in range(40)]
    footer = [*FOOTER[language], f"© 2025 {domain}. All rights reserved."]
    return Site(domain, language, rng.sample(menu, rng.randint(20, min(len(menu), 120))), footer, headlines)


def _page(site: Site, source: Source, extra: list[str], pool: list[str], rng: random.Random) -> str:
    lines = source.text.split("\n")
    prose = {b.strip() for b in source.body}
    out = [_perturb(line, pool, rng) if line.strip() in prose else line for line in lines]
    last = max((i for i, line in enumerate(lines) if line.strip() in prose), default=None)
    if last is not None:
        added = [_perturb(p, pool, rng) for p in rng.sample(extra, rng.randint(2, 10))]
        out[last + 1 : last + 1] = [x for p in added for x in ("", p)]
    trending = [TRENDING[site.language], *rng.sample(site.headlines, 8)]
    return "\n".join([*site.menu, "", *out, "", *trending, "", *site.footer])


def corpus(n: int, seed: int = 7) -> list[Page]:
    rng = random.Random(seed)
    sources = _sources()
    by_lang = {lang: [b for s in sources if s.language == lang for b in s.body] for lang in MENU}
    pools = {lang: sorted({w for b in lines for w in b.split()[1:-1]}) for lang, lines in by_lang.items()}
    sites = [_site(k, lang, pools[lang], rng) for k in range(40) for lang in [rng.choice(["id", "id", "en"])]]
    pages = []
    for i in range(n):
        site = rng.choice(sites)
        source = rng.choice([s for s in sources if s.language == site.language])
        text = _page(site, source, by_lang[site.language], pools[site.language], rng)
        pages.append(Page(f"bench/{site.domain}/{i}.txt", "text", text, "utf-8"))
    return pages


def bench_text(n: int) -> None:
    pages = corpus(n)
    sizes = [len(p.text.encode()) for p in pages]
    lines = [p.text.count("\n") + 1 for p in pages]
    print(
        f"corpus: median {statistics.median(sizes) / 1000:.1f} KB "
        f"({min(sizes) / 1000:.1f}-{max(sizes) / 1000:.1f}),"
        f" median {statistics.median(lines):.0f} lines ({min(lines)}-{max(lines)})"
    )
    clean_pages(pages[:10])  # lexicons load once per process; keep that out of the timing
    start = time.process_time()
    results = clean_pages(pages)
    elapsed = time.process_time() - start
    articles = sum(isinstance(r, CleanArticle) for r in results)
    print(f"text: {n} pages in {elapsed:.2f}s CPU = {n / elapsed:,.0f} pages/s ({articles} articles)")
    for page, result in zip(pages, results, strict=True):
        if not isinstance(result, CleanArticle):
            print(f"  rejected {page.source}: {result.detail}")


def _as_html(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in text.split("\n\n"))
    nav = "".join(f"<li><a href='/{m}'>{m}</a></li>" for m in MENU["id"])
    return (
        "<html><head><title>Berita</title><script>var x = 1;</script></head><body>"
        f"<nav><ul>{nav}</ul></nav><article>{paragraphs}</article>"
        "<footer>© 2024 contoh.co.id</footer></body></html>"
    )


def _cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def bench_html(n: int, rounds: int = 3) -> None:
    """The three timings interleave, `rounds` times, and each keeps its best: on a shared machine the
    load drifts within a run, and the ratio of two runs minutes apart is mostly that drift."""
    saved = [f.read_text(encoding="utf-8") for f in sorted((ROOT / "tests" / "pages").glob("*.html"))]
    docs = saved + [_as_html(s.text) for s in _sources()]
    pages = [Page(f"bench/{i}.html", "html", docs[i % len(docs)], "utf-8") for i in range(n)]
    clean_pages(pages[:5])
    trafilatura.extract(docs[0])
    runs: dict[str, Callable[[], object]] = {
        "kabar": lambda: clean_pages(pages),
        "defaults": lambda: [trafilatura.extract(page.text) for page in pages],
        "same": lambda: [  # the options kabar's confirm step passes
            trafilatura.extract(page.text, include_comments=False, include_tables=False, favor_recall=True)
            for page in pages
        ],
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        for name, run in runs.items():
            times[name].append(_cpu(run))
    best = {name: min(values) for name, values in times.items()}
    ours, theirs, same = best["kabar"], best["defaults"], best["same"]
    print(
        f"html: {n} pages, best of {rounds}: kabar {ours:.2f}s ({n / ours:,.0f} pages/s), "
        f"trafilatura.extract {theirs:.2f}s ({n / theirs:,.0f} pages/s); ratio {ours / theirs:.2f}x "
        f"(with kabar's trafilatura options {same:.2f}s: {ours / same:.2f}x)"
    )


if __name__ == "__main__":
    n_text = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    n_html = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    if n_text > 0:  # 0 skips a path: `bench_clean.py 2000 0` times the text path alone
        bench_text(n_text)
    if n_html > 0:
        bench_html(n_html, int(sys.argv[3]) if len(sys.argv) > 3 else 3)
