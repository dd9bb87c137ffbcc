"""One article's event mention rows from a body written in a test, as the events stage codes them."""

from __future__ import annotations

from kabar.events.coder import code_article


def coded(body: str, lang: str, published: str = "2025-09-30") -> list[dict]:
    """The mention rows of an article with this body, language and local publication date, no captions."""
    article = {
        "article_id": "a1",
        "language": lang,
        "body": body,
        "captions": [],
        "dateline": None,
        "published_at_local": published,
        "published_at": None,
    }
    return code_article(article)
