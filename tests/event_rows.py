"""One article's event mention rows from a body written in a test, as the events stage codes them."""

from __future__ import annotations

from kabar.events.coder import code_article


def coded(body: str, lang: str, published: str = "2025-09-30", dateline: str | None = None) -> list[dict]:
    """The mention rows of an article with this body, language, local publication date and dateline, no
    captions."""
    article = {
        "article_id": "a1",
        "language": lang,
        "body": body,
        "captions": [],
        "dateline": dateline,
        "published_at_local": published,
        "published_at": None,
    }
    return code_article(article)
