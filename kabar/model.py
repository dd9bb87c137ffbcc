"""Records passed between stages. Stages exchange these plain values, never Prefect objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

PageKind = Literal["text", "html"]
Precision = Literal["day", "week", "month", "year", "range", "unknown"]


@dataclass(frozen=True)
class Page:
    """One decoded input page, as the read stage hands it on."""

    source: str  # input path relative to the input root (containers: "path#record")
    kind: PageKind  # "text" for browser text dumps / markdown, "html" for saved pages
    text: str  # decoded page content (raw HTML for kind="html")
    encoding: str  # the codec that decoded it ("utf-8", "utf-8-sig", "utf-16", "cp1252")
    url: str | None = None
    fetched_at: datetime | None = None
    flags: tuple[str, ...] = ()  # reading flags such as "decoded_cp1252"


@dataclass(frozen=True)
class Rejection:
    """An input that yielded no article, and why. Never dropped: it becomes a `rejected` row."""

    source: str
    reason: str  # short machine-readable code: empty, binary, undecodable, unreadable, not_article, ...
    detail: str  # one human sentence naming what was seen and what to do
    size_bytes: int | None = None


@dataclass(frozen=True)
class DateCandidate:
    """A date string the cleaner found on the page, with where it stood. Parsed by the dates stage."""

    text: str  # the printed text, e.g. "Diterbitkan 05 Nov 2024, 11:25 WIB" or an ISO meta value
    source: Literal["byline", "header", "meta", "url", "body"]
    role: Literal["published", "updated", "unknown"]
    line_no: int = -1  # index of the line in the page (-1 for meta / url)


@dataclass
class CleanArticle:
    """What the clean stage extracts from one page: text and metadata, dates still unparsed."""

    source: str
    title: str
    body: str  # paragraphs separated by a blank line
    language: str = "id"
    url: str | None = None
    site: str | None = None
    publisher: str | None = None
    subtitle: str | None = None
    section: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    dateline: str | None = None
    cited_sources: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    related_titles: list[str] = field(default_factory=list)
    date_candidates: list[DateCandidate] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PublicationDates:
    """The dates stage's verdict on when an article was published and updated."""

    published_at: datetime | None = None  # aware, UTC; None when untrustworthy or absent
    published_at_local: str | None = None  # ISO 8601 with the page's offset, or a bare date
    published_source: str | None = None  # byline, header, meta, url, body, inferred
    updated_at: datetime | None = None
    updated_at_local: str | None = None
    page_date: date | None = None  # a date shown on the page that is not the publication date
    flags: tuple[str, ...] = ()  # date_conflict, page_date_ignored, ...


@dataclass(frozen=True)
class TimeExpression:
    """One temporal expression found by the tagger and resolved against an anchor."""

    text: str  # the span as written
    char_start: int
    char_end: int
    start: date
    end: date
    precision: Precision
    kind: Literal["event", "report"] = "event"  # "report": a citation date, an upper bound
