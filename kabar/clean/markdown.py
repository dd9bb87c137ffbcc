"""Markdown-flavoured dumps: images, links, emphasis and headings reduced to what a reader sees."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)]*)\)")
LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<href>[^)]*)\)")
EMPHASIS = re.compile(
    r"(\*\*|__)(?P<inner>.+?)\1|(?<![\w*])\*(?P<star>[^*\n]+?)\*(?![\w*])|(?<!\w)_(?P<under>[^_\n]+?)_(?!\w)"
)
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
TOP_HEADING = re.compile(r"^\s{0,3}#\s+")
QUOTE = re.compile(r"^\s{0,3}>\s?")
BULLET = re.compile(r"^\s{0,3}[-+*]\s+(?=\S)")
NUMBERED = re.compile(r"^\s{0,3}(\d{1,3}[.)])\s+(?=\S)")  # a reader sees an ordered list's numbers
RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
LIST_START = re.compile(r"\s{0,3}[-+*\d]")  # what BULLET and NUMBERED both need


@dataclass(frozen=True)
class MarkdownLine:
    text: str
    image_alt: str | None  # set when the line is only an image
    heading: bool
    emphasised: bool  # the whole line was italic or bold (captions are often italic)
    top_heading: bool = False  # '# Title': a page has one, and it is the headline


def _emphasis(match: re.Match[str]) -> str:
    return match.group("inner") or match.group("star") or match.group("under") or ""


@lru_cache(maxsize=1 << 14)
def reduce_line(raw: str) -> MarkdownLine:
    """Strip markdown syntax from one line, remembering what it said about the line's role. Each
    pattern runs only when the character it needs is there: most lines of a dump are plain prose."""
    line = raw.strip()
    if line[:1] in "-*_" and RULE.match(line):
        return MarkdownLine("", None, False, False)
    heading = line[:1] == "#" and HEADING.match(line) is not None
    top = heading and TOP_HEADING.match(line) is not None
    if heading:
        line = HEADING.sub("", line)
    if line[:1] == ">":  # stripped, and a heading's marker takes its spaces: no space may precede it
        line = QUOTE.sub("", line)
    if "![" in line:
        image = IMAGE.search(line)
        if image is not None and IMAGE.sub("", line).strip(" []()"):
            image = None  # an image inside a sentence or link: keep the text, drop the picture
        if image is not None:
            return MarkdownLine("", image.group("alt").strip(), heading, False)
        line = IMAGE.sub("", line)
    if "](" in line:
        line = LINK.sub(lambda m: m.group("text"), line)
    emphasised = False
    stripped = line
    if "*" in line or "_" in line:
        stripped = EMPHASIS.sub(_emphasis, line)
        emphasised = stripped != line and not EMPHASIS.sub("", line).strip()
    text = NUMBERED.sub(r"\1 ", BULLET.sub("", stripped)) if LIST_START.match(stripped) else stripped
    return MarkdownLine(text.strip(), None, heading, emphasised, top)


def looks_markdown(text: str) -> bool:
    """Cheap test so plain dumps skip the markdown pass."""
    # a one-character test (memchr) first: most plain dumps hold no ']', '*' or '#' at all
    return (
        ("]" in text and "](" in text)
        or ("*" in text and "**" in text)
        or ("#" in text and ("\n#" in text or text.startswith("#")))
    )
