"""Helpers the cleaner's rule tests share: one page through the clean stage, and paragraphs joined."""

from __future__ import annotations

from kabar.clean import clean_pages
from kabar.model import CleanArticle, Page


def clean(text: str, kind: str = "text", name: str = "x.txt") -> CleanArticle:
    (article,) = clean_pages([Page(name, kind, text, "utf-8")])  # type: ignore[arg-type]
    assert isinstance(article, CleanArticle)
    return article


def page(*parts: str) -> str:
    return "\n\n".join(parts)
