"""Which outlet a page belongs to: registered domain and the name as the outlet writes it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from urllib.parse import urlsplit

from kabar.clean import lexicon
from kabar.clean.lines import Line, SiteFacts, norm_key
from kabar.clean.shared_outlets import pick_outlet
from kabar.outlets import find_outlet, more_specific, outlet_named

DOMAIN = re.compile(r"(?<![\w@/.-])((?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,6})(?![\w-])")
_MAY_HOLD_COPYRIGHT = re.compile(r"©|\(c\)|copyright|hak cipta", re.I)
DOT_LETTER = re.compile(r"\.[A-Za-z]")  # every DOMAIN match holds one: a cheap test that rules most prose out
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright|hak cipta)\s*[©@]?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
    r"(?P<name>[^,.|\s]*?(?:\.[A-Za-z]{2,6})+|[A-Za-z][\w-]*?com)\b",
    re.I,
)


def registered_domain(host: str) -> str | None:
    """'www.news.kontan.co.id' -> 'kontan.co.id'; None when it is not a plausible domain."""
    host = host.strip().lower().rstrip(".").split(":")[0]
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    two_level, tlds = lexicon.domains()
    if labels[-1] not in tlds and len(labels[-1]) != 2:
        return None
    keep = 3 if ".".join(labels[-2:]) in two_level else 2
    return ".".join(labels[-keep:]) if len(labels) >= keep else None


def domain_of_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return registered_domain(host) if host else None


def outlet_domain(name: str) -> str | None:
    """'Liputan6.com' or 'KONTAN.CO.ID' as printed -> its registered domain ('detikcom' -> detik.com);
    a name without a domain ('CNBC Indonesia') through the outlets table."""
    if known := outlet_named(name):
        return known
    if "." not in name and name.lower().endswith("com") and len(name) > 4:
        name = f"{name[:-3]}.com"
    match = DOMAIN.search(name)
    if not match or "." not in match.group(1):
        return None
    return registered_domain(match.group(1))


MASTHEAD_CREDIT = re.compile(r"\s+[/|]\s+")
MASTHEAD_LINES = 8  # a masthead ('CNA', 'ANTARA News') stands among the first lines of a text dump


NO_SITES: SiteFacts = (None, None, ())


def site_from_lines(
    lines: Sequence[Line], skip: range | None = None, language: str | None = None
) -> tuple[str | None, str | None]:
    """(site, publisher) from, in order: a copyright line's domain, a copyright line's outlet name,
    a masthead line naming an outlet (or its edition in the page's `language`, when known), then the
    domain printed most often outside the body."""
    counts: Counter[str] = Counter()
    written: dict[str, str] = {}
    named: tuple[str, str] | None = None
    for no, line in enumerate(lines):
        facts = line.sites if line.sites is not None else line_sites(line)
        if facts is NO_SITES or (skip is not None and no in skip):
            continue
        copyright_site, outlet, printed = facts
        if copyright_site is not None and copyright_site[0] not in lexicon.wire_services():
            return _spelled_on_page(lines, copyright_site) or copyright_site
        if copyright_site is not None:  # `© Name, AFP`: a wire credits a photo or a story, not the page
            named = named or copyright_site
        named = named or outlet
        for site, as_written, weight in printed:
            counts[site] += weight
            written.setdefault(site, as_written)
    named = _masthead_over_wire(lines, named)
    if named is not None:
        named = _spelled_on_page(lines, named) or pick_outlet(named, lines, counts, skip)
    if named is not None and language is not None:
        shown = (line.text for no, line in enumerate(lines) if line.words <= 40 and not (skip and no in skip))
        return more_specific(named[0], shown, language) or named
    if named is not None:
        return named
    if not counts:
        return None, None
    site = counts.most_common(1)[0][0]
    return site, written[site]


def _masthead_over_wire(lines: Sequence[Line], named: tuple[str, str] | None) -> tuple[str, str] | None:
    """The outlet a copyright line names, else the masthead's; a wire service's copyright ('© 2024 AFP')
    under another outlet's masthead credits the story, and the page is the masthead's."""
    if named is not None and named[0] not in lexicon.wire_services():
        return named
    masthead = _masthead(lines)
    return masthead if masthead is not None and (named is None or masthead[0] != named[0]) else named


def _spelled_on_page(lines: Sequence[Line], named: tuple[str, str]) -> tuple[str, str] | None:
    """A copyright line naming the outlet ('© 2025 Riau Pos') gets its domain from the outlets table;
    a domain the page prints that spells the same name ('RIAUPOS.CO') is the outlet's own, and newer."""
    site, name = named
    if "." in name:
        return None
    squashed = re.sub(r"\W", "", name).lower()
    for line in lines:
        facts = line.sites if line.sites is not None else line_sites(line)
        for printed, as_written, _ in facts[2]:
            if printed != site and printed.split(".", 1)[0] == squashed:
                return printed, as_written
    return None


def line_sites(line: Line) -> SiteFacts:
    """What one line says about the page's outlet, kept on its record (footers recur on every page);
    lines longer than 40 words are prose and say nothing."""
    if not line.text or line.words > 40:
        line.sites = NO_SITES
        return NO_SITES
    text = line.text
    may_hold_copyright = _may_hold_copyright(text)
    if not may_hold_copyright and DOT_LETTER.search(text) is None:
        line.sites = NO_SITES
        return NO_SITES
    found = find_outlet(text) if may_hold_copyright else None
    copyright_site, printed = _printed_sites(text, may_hold_copyright)
    facts = (copyright_site, (found[1], found[0]) if found else None, printed)
    line.sites = NO_SITES if facts == NO_SITES else facts
    return line.sites


def _may_hold_copyright(text: str) -> bool:
    if text.isascii():  # str.lower is then exactly what re.I compares with
        low = text.lower()
        return "copyright" in low or "(c)" in low or "hak cipta" in low  # the words of _MAY_HOLD_COPYRIGHT
    return _MAY_HOLD_COPYRIGHT.search(text) is not None


def masthead_domain(lines: Sequence[Line]) -> str | None:
    """The domain of the outlet the page's masthead names: a known outlet's name or a domain printed alone
    on its first shown line."""
    if found := _masthead(lines):
        return found[0]
    first = next((line.text for line in lines if line.text), "")
    return registered_domain(first) if DOMAIN.fullmatch(first) else None


def _masthead(lines: Sequence[Line]) -> tuple[str, str] | None:
    """An outlet's name printed alone on one of the page's first lines, or before its wire's."""
    shown = (line for line in lines if line.text)
    for _, line in zip(range(MASTHEAD_LINES), shown, strict=False):
        if line.words > 6:
            continue
        if domain := outlet_named(line.text):
            return domain, line.text
        # `France 24 / AFP`: the outlet, then its wire
        first = MASTHEAD_CREDIT.split(line.text, maxsplit=1)[0]
        if first != line.text and (domain := outlet_named(first)):
            return domain, first
    return None


def _printed_sites(
    text: str, may_hold_copyright: bool
) -> tuple[tuple[str, str] | None, tuple[tuple[str, str, int], ...]]:
    """One line's copyright (site, name), and each domain it prints with its weight; footers recur."""
    copyright_match = COPYRIGHT.search(text) if may_hold_copyright else None
    if copyright_match and (site := outlet_domain(copyright_match.group("name"))):
        return (site, copyright_match.group("name").strip()), ()
    if DOT_LETTER.search(text) is None:
        return None, ()
    printed = []
    for match in DOMAIN.finditer(text):
        site = registered_domain(match.group(1))
        if site and not match.group(1)[0].isdigit():
            printed.append((site, match.group(1), 3 if text == match.group(1) else 1))
    return None, tuple(printed)


MARKDOWN_LINK = re.compile(r"\]\((?:https?:)?//([^/)\s]+)")


def link_site(text: str) -> str | None:
    """Markdown dumps keep their links: the domain most of them point to is the page's own."""
    if "](" not in text:  # every link holds one: plain dumps skip the scan
        return None
    hosts = Counter(d for host in MARKDOWN_LINK.findall(text[:200_000]) if (d := registered_domain(host)))
    if not hosts:
        return None
    site, count = hosts.most_common(1)[0]
    return site if count >= 2 and count * 2 > sum(hosts.values()) else None


PRINTED_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def printed_own_url(lines: Sequence[Line], title: str) -> str | None:
    """The page's own address printed beside its own headline ('Artikel ini telah tayang di X dengan judul
    <title>, https://...'): the canonical URL, better evidence of the site than the brand printed nearby."""
    key = norm_key(title)
    if len(key) < 20:  # a short title may stand in any link's line by chance
        return None
    for line in lines:
        if "http" in line.text and key in line.key and (found := PRINTED_URL.search(line.text)):
            return found.group(0).rstrip(".,;")
    return None
