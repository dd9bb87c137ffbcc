"""Short pages for the publication-date tables (tests/test_dates_publication4-6.py): one title and body per
language, wrapped as a text dump, crawler markdown or HTML around the byline block a case gives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kabar.clean.pages import clean_pages
from kabar.dates import resolve_publication
from kabar.model import CleanArticle, PublicationDates
from kabar.read import page_kind, read_page

TITLE_ID = "Pemerintah Kota Salurkan Bantuan Air Bersih ke Tiga Kecamatan Terdampak Kemarau"
TITLE_EN = "Harbour Authority Approves Expansion of the Northern Container Terminal"
BODY_ID = [
    "Pemerintah kota mulai menyalurkan air bersih menggunakan truk tangki ke tiga kecamatan yang "
    "mengalami kekeringan akibat kemarau panjang, kata kepala badan penanggulangan bencana daerah.",
    "Setiap truk membawa lima ribu liter air dan berkeliling ke dusun-dusun yang sumurnya sudah kering "
    "sejak awal bulan. Warga diminta menyiapkan wadah sendiri agar pembagian berjalan cepat.",
    "Menurut petugas, permintaan air bersih meningkat dua kali lipat dibandingkan musim kemarau "
    "sebelumnya karena curah hujan yang sangat rendah di wilayah tersebut.",
    '"Kami akan terus mengirim air sampai hujan turun dan sumur warga kembali terisi," ujar dia kepada '
    "wartawan di posko bantuan.",
]
BODY_EN = [
    "The harbour authority approved a plan to extend the northern container terminal by four hundred "
    "metres, its chairman told reporters after a board meeting that lasted most of the afternoon.",
    "The extension is meant to let the port handle larger ships that now anchor offshore while waiting "
    "for a berth, which shipping lines say adds days to every voyage through the region.",
    "Construction will be paid for by a consortium of terminal operators, which will recover the cost "
    "through higher handling fees over the next fifteen years, the authority said.",
    '"This is the most important decision the board has taken in a decade," the chairman said, adding '
    "that dredging work could start before the end of the year.",
]


def body_of(lang: str, lead: str = "") -> list[str]:
    """The article's paragraphs, the first one opened by a dateline when the case has one."""
    body = list(BODY_ID if lang == "id" else BODY_EN)
    body[0] = lead + body[0]
    return body


def text_page(header: list[str], lang: str, footer: tuple[str, ...] = (), lead: str = "") -> str:
    return "\n".join(header) + "\n\n" + "\n\n".join([*body_of(lang, lead), *footer]) + "\n"


def markdown_page(header: list[str], lang: str, preamble: tuple[str, ...] = ()) -> str:
    """A crawler's markdown: optional front lines (Jina-style), '# title', byline lines, paragraphs."""
    title = TITLE_ID if lang == "id" else TITLE_EN
    return "\n\n".join([*preamble, f"# {title}", *header, *body_of(lang)]) + "\n"


def html_page(head: str, byline: str, lang: str, url: str, footer: str = "") -> str:
    title, body = (TITLE_ID, BODY_ID) if lang == "id" else (TITLE_EN, BODY_EN)
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<link rel="canonical" href="{url}"><meta property="og:url" content="{url}">{head}</head>'
        f'<body><article><h1>{title}</h1><div class="byline">{byline}</div>{paras}</article>'
        f"{footer}</body></html>"
    )


def ld(block: str) -> str:
    return f'<script type="application/ld+json">{block}</script>'


@dataclass(frozen=True)
class Case:
    """A page and what its reader would call its dates: an ISO instant, a bare date, or None."""

    name: str
    page: str
    published: str | None
    updated: str | None = None
    kind: str = "txt"  # txt, md or html


def txt(
    name: str, header: list[str], published: str | None, updated: str | None = None, **kw: object
) -> Case:
    lang = str(kw.get("lang", "id"))
    footer = tuple(kw.get("footer", ()))  # type: ignore[call-overload]
    above = list(kw.get("above", ()))  # type: ignore[call-overload]
    title = TITLE_ID if lang == "id" else TITLE_EN
    head = [*above, title, *header] if not kw.get("date_first") else [*above, *header, title]
    page = text_page(head, lang, footer, str(kw.get("lead", "")))
    return Case(name, page, published, updated, str(kw.get("kind", "txt")))


def md(name: str, header: list[str], published: str | None, updated: str | None = None, **kw: object) -> Case:
    preamble = tuple(kw.get("preamble", ()))  # type: ignore[call-overload]
    return Case(name, markdown_page(header, str(kw.get("lang", "id")), preamble), published, updated, "md")


URLS = (
    "https://www.warta-timur.co.id/daerah/air-bersih-kemarau",
    "https://www.portgazette.com/news/terminal-expansion",
)


def html(
    name: str, head: str, byline: str, published: str | None, updated: str | None = None, **kw: str
) -> Case:
    """An HTML page; without `url`, the table's default Indonesian or English address (`urls`)."""
    lang = kw.get("lang", "id")
    urls = (kw["url_id"], kw["url_en"]) if "url_id" in kw else URLS
    url = kw.get("url", urls[0] if lang == "id" else urls[1])
    return Case(name, html_page(head, byline, lang, url, kw.get("footer", "")), published, updated, "html")


def article(case: Case) -> CleanArticle:
    name = f"{case.name}.{case.kind}"
    read = read_page(name, case.page.encode(), page_kind(name), 1_000_000)  # type: ignore[arg-type]
    cleaned = clean_pages([read])[0]  # type: ignore[list-item]
    assert isinstance(cleaned, CleanArticle), cleaned
    return cleaned


def same(expected: str | None, instant: datetime | None, local: str | None) -> bool:
    """An instant matches to the second in any offset; a bare date matches the local date printed."""
    if expected is None or "T" not in expected:
        return expected == local
    return instant == datetime.fromisoformat(expected)


def check(case: Case) -> None:
    """The page's published (and, when the case gives one, updated) dates are the reader's."""
    dates: PublicationDates = resolve_publication(article(case))
    assert same(case.published, dates.published_at, dates.published_at_local), dates
    if case.updated is not None:
        assert same(case.updated, dates.updated_at, dates.updated_at_local), dates
