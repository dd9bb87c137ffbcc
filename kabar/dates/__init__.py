"""The dates stage: printed dates parsed, publication dates chosen and checked, expressions tagged."""

from kabar.dates.parse import ParsedDateTime, looks_like_date, parse_datetime
from kabar.dates.publication import resolve_publication
from kabar.dates.tagger import tag, tag_json

__all__ = ["ParsedDateTime", "looks_like_date", "parse_datetime", "resolve_publication", "tag", "tag_json"]
