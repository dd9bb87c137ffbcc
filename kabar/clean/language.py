"""The page's language from the share of each language's function words (lexicon stopwords.toml)."""

from __future__ import annotations

import re

from kabar.clean import lexicon

TOKEN = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.08  # below this for every language, the text is in a language we have no lexicon for
MIN_TOKENS = 25


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, share of its stopwords); code None when no known language fits."""
    tokens = [t.lower() for t in TOKEN.findall(text)[:3000]]
    if not tokens:
        return None, 0.0
    shares = {
        lang: sum(t in words for t in tokens) / len(tokens) for lang, words in lexicon.stopwords().items()
    }
    lang, share = max(shares.items(), key=lambda item: item[1])
    if share < MIN_SHARE and len(tokens) >= MIN_TOKENS:
        return None, share
    return lang, share
