"""The page's language from the share of each language's function words (lexicon stopwords.toml)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kabar.clean import lexicon

TOKEN = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.08  # below this for every language, the text is in a language we have no lexicon for
MIN_TOKENS = 25
MAX_TOKENS = 3000  # a long page's language shows in its first words


# ASCII digits and punctuation, and the common typographic marks, become spaces before a C-fast
# split; the rare token still holding a non-letter goes through the exact regex.
_WIDE_SEPARATORS = "\u00a0“”‘’«»–—…•·"
_SEPARATORS = str.maketrans(
    {c: " " for c in "0123456789_!\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~" + _WIDE_SEPARATORS}
)
# Every ASCII byte that is not a letter (controls too: no word character either) to a space: on ASCII
# text, bytes.translate leaves only letters between the spaces.
_ASCII_SEPARATORS = bytes(b if chr(b).isalpha() else 32 for b in range(128)) + bytes(range(128, 256))


def _tokens(text: str) -> list[str]:
    """TOKEN.findall(text), several times faster on typical prose."""
    if not text.isascii():  # str.translate is many times faster on ASCII text: the usual marks go first
        for mark in _WIDE_SEPARATORS:
            if mark in text:
                text = text.replace(mark, " ")
    if text.isascii():
        return text.encode().translate(_ASCII_SEPARATORS).decode().split()
    parts = text.translate(_SEPARATORS).split()
    if "".join(parts).isalpha():
        return parts
    tokens: list[str] = []
    for token in parts:
        if token.isalpha():
            tokens.append(token)
        else:
            tokens += TOKEN.findall(token)
    return tokens


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """text.lower(), kept for the body's next ask: the language guess and the source cues both need it."""
    return text.lower()


@lru_cache(maxsize=4)
def body_words(text: str) -> tuple[str, ...]:
    """TOKEN.findall(text.lower()): a body's words, split once for the language guess and the sources."""
    return tuple(_tokens(lowered(text)))


@cache
def any_stopword() -> frozenset[str]:
    """Every known language's stopwords in one set, built once."""
    return frozenset().union(*lexicon.stopwords().values())


@lru_cache(maxsize=4)
def distinct_words(text: str) -> frozenset[str]:
    """The body's distinct words: phrase gates intersect with a set at C speed, not word by word."""
    return frozenset(body_words(text))


def detect_language(text: str) -> tuple[str | None, float]:
    """(ISO 639-1 code, share of its stopwords among its first MAX_TOKENS words); code None when no
    known language fits."""
    tokens = body_words(text)
    if len(tokens) > MAX_TOKENS:
        tokens = tokens[:MAX_TOKENS]
    if not tokens:
        return None, 0.0
    # the stopwords among the tokens, then each language's among those: filter and map run at C speed
    stops = list(filter(any_stopword().__contains__, tokens))
    shares = {
        lang: sum(map(words.__contains__, stops)) / len(tokens) for lang, words in lexicon.stopwords().items()
    }
    lang, share = max(shares.items(), key=lambda item: item[1])
    if share < MIN_SHARE and len(tokens) >= MIN_TOKENS:
        return None, share
    return lang, share
