"""Saved HTML to the same numbered lines a browser's text dump gives, plus what <head> says."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from lxml import etree, html

from kabar.clean import lexicon
from kabar.clean.article import Hints
from kabar.clean.candidates import url_candidates
from kabar.clean.lines import Line, norm_key, split_lines
from kabar.clean.marked import element_authors, element_dates
from kabar.clean.site import domain_of_url
from kabar.model import DateCandidate, Page, Rejection

if TYPE_CHECKING:
    from trafilatura.settings import Extractor

MAX_HTML_CHARS = 5_000_000  # after scripts are gone; a longer page is cut, not refused
MAX_SECOND_OPINION_CHARS = 2_000_000  # trafilatura is slow on huge pages; those keep kabar's view alone
# schema.org types of a story besides the *Article ones (NewsArticle, ReportageNewsArticle, ...)
STORY_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting", "Review"})
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
COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")  # '20251103' in a pubdate meta
# A CMS's empty date field rendered as the Unix epoch (or earlier): a template default, not a date.
PLACEHOLDER_DATE = re.compile(r"\s*(?:19[0-6]\d|1970-01-01|0{4})")
LINE_BREAK, PARAGRAPH_BREAK = "\x01", "\x02"
# A run of block boundaries and the white space between them, kept by re.split; the spaces and tabs
# on either side go with it (not line breaks from <br>, nor no-break spaces).
BREAK_RUN = re.compile(r"([\x01\x02](?:[\s\x01\x02]*[\x01\x02])?)")
BREAK_SPACES = " \t\r\f\v"
LINK_BOX = re.compile(r"link|related|teaser|read", re.I)  # class words of a linked-story box
MAX_RELATED_WORDS = 30
# Not 'lead', 'lede' or 'intro': many sites (and Bootstrap's `p.lead`) mark the story's first paragraph so.
TEASER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:teaser|standfirst|dek|deck|excerpt|sapo|subtitle|subheadline|summary)"
    r"(?:$|[\s_-])",
    re.I,
)
TEASER_PATH = etree.XPath("//p[@class] | //h2[@class] | //div[@class][not(*)]")
TEASER_WORDS = (8, 60)
MAX_BOX_LINKS = 6  # children of an in-story link box; a longer list is a menu
PROSE_WORDS = 8
MAX_BREAKS = 3
LINK_ROW_TAGS = frozenset({"a", "span", "time", "small"})  # a link list's items and the stamps beside them
HEADLINE_LINK_WORDS = 4  # 'By <a>Name</a>' stays one line; a headline link is longer
TITLE_SEPARATORS = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,40}$")


def _parser() -> html.HTMLParser:
    """lxml.html's parser with its element classes picked in C: the stock lookup is a Python call for
    every element any walk touches (kabar's and trafilatura's on its copy); only form controls, which
    nothing here uses, lose their subclasses."""
    parser = html.HTMLParser()
    lookup = etree.ElementDefaultClassLookup(
        element=html.HtmlElement,
        comment=html.HtmlComment,
        pi=html.HtmlProcessingInstruction,
        entity=html.HtmlEntity,
    )
    parser.set_element_class_lookup(lookup)
    return parser


PARSER = _parser()


def html_to_lines(page: Page) -> tuple[list[Line], Hints] | Rejection:
    """Never raises: unreadable HTML becomes a Rejection naming what went wrong."""
    try:
        ld_blocks = JSON_LD.findall(page.text[: MAX_HTML_CHARS * 4])
        visible = COMMENT.sub("", INVISIBLE.sub("", page.text[: MAX_HTML_CHARS * 4]))[:MAX_HTML_CHARS]
        if not visible.strip():
            return Rejection(
                page.source, "empty", f"{page.source}: the HTML holds no markup outside scripts."
            )
        root = html.fromstring(visible, parser=PARSER)
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
    lines: list[str] = []  # the text between <br>s, whose source line breaks are spaces
    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if tag.__class__ is not str:  # a comment's tag is a function
            tag = ""
        if event == "start":
            if tag in SKIP:
                walker.skip_subtree()  # its "end" still comes, for the tail
                continue
            if tag == "br":
                lines.append("".join(parts))
                parts = []
            else:
                parts.append(_opening(element, tag))
            if element.text:
                parts.append(element.text)
        else:
            if tag in BLOCK:
                parts.append(PARAGRAPH_BREAK if tag == "p" else LINE_BREAK)
            if element.tail:
                parts.append(element.tail)
    lines.append("".join(parts))
    return _collapse_breaks("\n".join([_flat(line) for line in lines]))


def _collapse_breaks(text: str) -> str:
    """Each run of block boundaries gives one break, as in innerText: a blank line only around
    paragraphs. re.split and str.strip: a regex substitution that also eats the spaces before a run
    must try every position of the text."""
    pieces = BREAK_RUN.split(text)
    pieces[0::2] = [piece.strip(BREAK_SPACES) for piece in pieces[0::2]]  # the text between runs
    pieces[1::2] = ["\n\n" if PARAGRAPH_BREAK in run else "\n" for run in pieces[1::2]]
    return "".join(pieces).strip()


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
    if tag in LINK_ROW_TAGS and _follows_link(element, tag):
        return LINE_BREAK
    return ""


def _follows_link(element: Any, tag: str) -> bool:
    """A link right after another link in a box (not a paragraph): a list of links, one per line, where
    innerText would glue 'Title one?Title two' together. A stamp printed beside each headline link
    ('<a>Title</a> <span>Rabu 23-10-2024</span>') splits the same way."""
    before = element.getprevious()
    if before is None or not isinstance(before.tag, str) or (before.tail or "").strip():
        return False
    parent = element.getparent()
    if parent is None or parent.tag in ("p", "span", "li"):
        return False
    if before.tag == "a":
        return tag == "a" or _headline_link(before)
    if tag != "a" or before.tag not in LINK_ROW_TAGS or not _headline_link(element):
        return False
    link = before.getprevious()
    return link is not None and link.tag == "a" and _headline_link(link)


def _headline_link(element: Any) -> bool:
    return len(element.text_content().split()) >= HEADLINE_LINK_WORDS


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


def _story_item(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The story's own item: a dated article type first, since a WebSite, WebPage or Organization
    beside it carries the site's founding or the page's build date; else the first dated or titled one."""
    dated = [i for i in items if "datePublished" in i or "dateModified" in i]
    titled = [i for i in items if "headline" in i]
    for group in ([i for i in dated if _is_story(i)], [i for i in titled if _is_story(i)], dated, titled):
        if group:
            return group[0]
    return {}


def _is_story(item: dict[str, Any]) -> bool:
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(n, str) and (n.endswith("Article") or n in STORY_TYPES) for n in names)


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
    ld = _story_item(_ld_items(ld_blocks))
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
    published, updated = lexicon.meta_date_keys()
    for key in published + updated:
        value = (
            meta.get(key)
            or (ld.get("datePublished") if key == "datepublished" else None)
            or (ld.get("dateModified") if key == "datemodified" else None)
        )
        if isinstance(value, str) and value and not PLACEHOLDER_DATE.match(value):
            if compact := COMPACT_DATE.fullmatch(value):
                value = "-".join(compact.groups())
            candidates.append(DateCandidate(value, "meta", "updated" if key in updated else "published"))
    candidates += element_dates(root)
    if not candidates and meta.get("time"):
        candidates.append(DateCandidate(meta["time"], "meta", "unknown"))
    if not candidates and not url:  # the page's own URL is dated by the cleaner; this is the weakest hint
        candidates += url_candidates(meta.get("og:url") or meta.get("canonical"))
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
        subtitle=_teaser(root),
    )


def _teaser(root: Any) -> str | None:
    """The standfirst the markup names ('<p class="teaser-text">', 'standfirst', 'dek'): prose without
    links, printed once near the top; None when no element is so named."""
    for element in TEASER_PATH(root):
        if element.find(".//a") is not None or not TEASER_CLASS.search(element.get("class") or ""):
            continue
        text = " ".join(element.text_content().split())
        if TEASER_WORDS[0] <= len(text.split()) <= TEASER_WORDS[1]:
            return text
    return None


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
    for aside in root.iter("aside", "div"):
        if aside.tag == "div" and not _link_div_in_text(aside):
            continue
        before, after = aside.getprevious(), aside.getnext()
        between = before is not None and after is not None and before.tag == after.tag == "p"
        if aside.tag == "aside" and not between:
            continue
        texts = [" ".join(link.text_content().split()) for link in aside.iter("a")]
        if not any(texts) and LINK_BOX.search(aside.get("class") or ""):
            texts = [" ".join(aside.text_content().split())]  # a rich-link box whose link is scripted
        found += [text for text in texts if 3 <= len(text.split()) <= MAX_RELATED_WORDS]
    return list(dict.fromkeys(found))


def _link_div_in_text(box: Any) -> bool:
    """A <div class="also-read"> of a few links with the story's prose on both sides (text or <p>)."""
    if not LINK_BOX.search(box.get("class") or "") or len(box) > MAX_BOX_LINKS:
        return False
    before, after = box.getprevious(), box.getnext()
    for _ in range(MAX_BREAKS):  # '...text.<br><br><div>': the prose is the tail of a <br> further up
        if before is None or before.tag != "br" or (before.tail or "").strip():
            break
        before = before.getprevious()
    if before is None:
        return False
    return (before.tag == "p" or _prose(before.tail)) and (
        (after is not None and after.tag == "p") or _prose(box.tail)
    )


def _prose(text: str | None) -> bool:
    return text is not None and len(text.split()) >= PROSE_WORDS


# Sites without <figcaption> mark the text under a photo with a class ('view_con_caption', 'wp-caption-text')
CAPTION_CLASS = etree.XPath("//*[@class][contains(translate(@class, 'CAPTION', 'caption'), 'caption')]")


def _figcaptions(root: Any) -> list[str]:
    elements = [*root.iter("figcaption"), *CAPTION_CLASS(root)]
    texts = (" ".join(el.text_content().split()) for el in elements)
    return list(dict.fromkeys(t for t in texts if len(t.split()) >= 3))


def main_text(root: Any) -> str | None:
    """Trafilatura's recall-oriented main text of the parsed page, in norm_key form; None when it
    finds none or fails (it is a second opinion and must never fail the page)."""
    try:
        import trafilatura

        text = trafilatura.extract(root, options=_extract_options())
    except Exception:
        return None
    return norm_key(text) if text else None


@cache
def _extract_options() -> Extractor:
    """No comments, no tables, recall first; built once, as trafilatura would otherwise read its
    settings anew on every call."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", recall=True, comments=False, tables=False)


def trafilatura_lines(page: Page) -> list[Line] | None:
    """Trafilatura's main-text guess, used when the page's own visible text yields no article."""
    try:
        import trafilatura

        text = trafilatura.extract(page.text[:MAX_HTML_CHARS], options=_extract_options())
    except Exception:  # trafilatura is a second opinion; its failure must not fail the page
        return None
    return split_lines(text.replace("\n", "\n\n")) if text else None
