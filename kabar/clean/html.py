"""Saved HTML to the same numbered lines a browser's text dump gives, plus what <head> says."""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree, html

from kabar.clean.article import Hints
from kabar.clean.lines import Line, norm_key, split_lines
from kabar.clean.marked import element_authors, element_dates
from kabar.clean.site import domain_of_url
from kabar.model import DateCandidate, Page, Rejection

MAX_HTML_CHARS = 5_000_000  # after scripts are gone; a longer page is cut, not refused
MAX_SECOND_OPINION_CHARS = 2_000_000  # trafilatura is slow on huge pages; those keep kabar's view alone
JSON_LD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
INVISIBLE = re.compile(r"<(script|style|noscript|template|svg|iframe)\b.*?</\1\s*>", re.S | re.I)
COMMENT = re.compile(r"<!--.*?-->", re.S)
SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "head",
    "button",
    "select",
    "input",
    "textarea",
    "canvas",
    "object",
}
BLOCK = set(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "nav",
        "aside",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "form",
        "address",
        "hr",
        "details",
        "summary",
        "center",
        "picture",
        "video",
    ]
)
PUBLISHED_KEYS = tuple(
    [
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "dc.date",
        "date",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "content_publishdate",
    ]
)
UPDATED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified")
LINE_BREAK, PARAGRAPH_BREAK = "\x01", "\x02"
BREAKS = re.compile(r"[ \t\r\f\v]*[\x01\x02](?:[\s\x01\x02]*[\x01\x02])?[ \t\r\f\v]*")
LINK_BOX = re.compile(r"link|related|teaser|read", re.I)  # class words of a linked-story box
MAX_RELATED_WORDS = 30
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def html_to_lines(page: Page) -> tuple[list[Line], Hints] | Rejection:
    """Never raises: unreadable HTML becomes a Rejection naming what went wrong."""
    try:
        ld_blocks = JSON_LD.findall(page.text[: MAX_HTML_CHARS * 4])
        visible = COMMENT.sub("", INVISIBLE.sub("", page.text[: MAX_HTML_CHARS * 4]))[:MAX_HTML_CHARS]
        if not visible.strip():
            return Rejection(
                page.source, "empty", f"{page.source}: the HTML holds no markup outside scripts."
            )
        root = html.fromstring(visible)
        hints = _hints(root, ld_blocks, page.url)
        text = _inner_text(root)
        if len(visible) <= MAX_SECOND_OPINION_CHARS:
            hints.main_text = main_text(root)  # last: the extractor prunes the tree it is given
    except (etree.ParserError, ValueError, TypeError, RecursionError) as error:
        return Rejection(
            page.source, "unparseable", f"{page.source}: the HTML could not be parsed ({error})."
        )
    if not text.strip():
        return Rejection(page.source, "not_article", f"{page.source}: the HTML has no visible text.")
    return split_lines(text), hints


def _inner_text(root: Any) -> str:
    """Visible text with line breaks where a browser would put them; iterative, so depth is harmless."""
    parts: list[str] = []
    skipping = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in SKIP:
            skipping += 1 if event == "start" else -1
            if event == "end" and element.tail and not skipping:
                parts.append(_flat(element.tail))
            continue
        if skipping:
            continue
        if event == "start":
            parts.append(_opening(element, tag))
            if element.text:
                parts.append(_flat(element.text))
        else:
            if tag in BLOCK:
                parts.append(PARAGRAPH_BREAK if tag == "p" else LINE_BREAK)
            if element.tail:
                parts.append(_flat(element.tail))
    return BREAKS.sub(_collapse, "".join(parts)).strip()


def _flat(text: str) -> str:
    """Source line breaks are plain whitespace to a browser."""
    return text.replace("\n", " ").replace("\r", " ")


def _opening(element: Any, tag: str) -> str:
    if tag == "br":
        return "\n"
    if tag == "img" and (element.get("alt") or "").strip() and _in_figure(element):
        return f"{LINE_BREAK}![{_flat(element.get('alt')).strip()}](img){LINE_BREAK}"
    if tag in BLOCK:
        return PARAGRAPH_BREAK if tag == "p" else LINE_BREAK
    if tag == "a" and _follows_link(element):
        return LINE_BREAK
    return ""


def _follows_link(element: Any) -> bool:
    """A link right after another link in a box (not a paragraph): a list of links, one per line, where
    innerText would glue 'Title one?Title two' together."""
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str) or before.tag.lower() != "a":
        return False
    parent = element.getparent()
    return (before.tail or "").strip() == "" and parent is not None and parent.tag not in ("p", "span", "li")


def _collapse(match: re.Match[str]) -> str:
    """Adjacent block boundaries give one break, as in innerText: a blank line only around paragraphs."""
    return "\n\n" if PARAGRAPH_BREAK in match.group(0) else "\n"


def _in_figure(element: Any) -> bool:
    return any(a.tag in ("figure", "picture") for a in element.iterancestors() if isinstance(a.tag, str))


def _meta(root: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (
            (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        )
        value = (element.get("content") or "").strip()
        if key and value:
            found.setdefault(key, value)
    for element in root.iter("link"):
        if (element.get("rel") or "").lower() == "canonical" and element.get("href"):
            found.setdefault("canonical", element.get("href").strip())
    for element in root.iter("time"):
        if element.get("datetime"):
            found.setdefault("time", element.get("datetime").strip())
    return found


def _ld_items(blocks: list[str]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for block in blocks:
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        stack = [data]
        while stack and len(items) < 50:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                items.append(node)
                stack.extend(v for k, v in node.items() if k == "@graph")
    return items


def _names(value: Any, people_only: bool = False) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values:
        if people_only and isinstance(item, dict) and "Organization" in str(item.get("@type", "")):
            continue  # a desk or the outlet itself ('kumparanBISNIS'), not a writer
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip() and "://" not in name:
            names.append(name.strip())
    return names


def _hints(root: Any, ld_blocks: list[str], url: str | None) -> Hints:
    meta = _meta(root)
    articles = [i for i in _ld_items(ld_blocks) if "headline" in i or "datePublished" in i]
    ld = articles[0] if articles else {}
    title_el = root.find(".//title")
    page_title = title_el.text_content().strip() if title_el is not None else ""
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or ld.get("headline")
        or TITLE_SEPARATORS.sub("", page_title)
    )
    page_url = url or meta.get("og:url") or meta.get("canonical")
    publisher = meta.get("og:site_name") or next(iter(_names(ld.get("publisher"))), None)
    candidates: list[DateCandidate] = []
    for key in PUBLISHED_KEYS + UPDATED_KEYS:
        value = (
            meta.get(key)
            or (ld.get("datePublished") if key == "datepublished" else None)
            or (ld.get("dateModified") if key == "datemodified" else None)
        )
        if isinstance(value, str) and value:
            candidates.append(DateCandidate(value, "meta", "updated" if key in UPDATED_KEYS else "published"))
    candidates += element_dates(root)
    if not candidates and meta.get("time"):
        candidates.append(DateCandidate(meta["time"], "meta", "unknown"))
    authors = _names(ld.get("author"), people_only=True) or _meta_authors(root) or element_authors(root)
    return Hints(
        title=(title or "").strip() or None,
        site=domain_of_url(page_url),
        publisher=publisher,
        authors=authors,
        section=meta.get("article:section"),
        date_candidates=candidates,
        captions=_figcaptions(root),
        related=_inline_boxes(root),
    )


def _meta_authors(root: Any) -> list[str]:
    """Every <meta name="author">: pages with several writers print one tag each."""
    found = (
        (element.get("content") or "").strip()
        for element in root.iter("meta")
        if (element.get("name") or "").strip().lower() == "author"
    )
    return list(dict.fromkeys(name for name in found if name and "://" not in name))


def _inline_boxes(root: Any) -> list[str]:
    """Link titles in an <aside> set between two paragraphs of the story: a rich-link teaser box."""
    found: list[str] = []
    for aside in root.iter("aside"):
        before, after = aside.getprevious(), aside.getnext()
        if before is None or after is None or before.tag != "p" or after.tag != "p":
            continue
        texts = [" ".join(link.text_content().split()) for link in aside.iter("a")]
        if not any(texts) and LINK_BOX.search(aside.get("class") or ""):
            texts = [" ".join(aside.text_content().split())]  # a rich-link box whose link is scripted
        found += [text for text in texts if 3 <= len(text.split()) <= MAX_RELATED_WORDS]
    return list(dict.fromkeys(found))


# Sites without <figcaption> mark the text under a photo with a class ('view_con_caption', 'wp-caption-text')
CAPTION_CLASS = "//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')]"


def _figcaptions(root: Any) -> list[str]:
    elements = [*root.iter("figcaption"), *root.xpath(CAPTION_CLASS)]
    texts = (" ".join(el.text_content().split()) for el in elements)
    return list(dict.fromkeys(t for t in texts if len(t.split()) >= 3))


def main_text(root: Any) -> str | None:
    """Trafilatura's recall-oriented main text of the parsed page, in norm_key form; None when it
    finds none or fails (it is a second opinion and must never fail the page)."""
    try:
        import trafilatura

        text = trafilatura.extract(root, include_comments=False, include_tables=False, favor_recall=True)
    except Exception:
        return None
    return norm_key(text) if text else None


def trafilatura_lines(page: Page) -> list[Line] | None:
    """Trafilatura's main-text guess, used when the page's own visible text yields no article."""
    try:
        import trafilatura

        text = trafilatura.extract(
            page.text[:MAX_HTML_CHARS], include_comments=False, include_tables=False, favor_recall=True
        )
    except Exception:  # trafilatura is a second opinion; its failure must not fail the page
        return None
    return split_lines(text.replace("\n", "\n\n")) if text else None
