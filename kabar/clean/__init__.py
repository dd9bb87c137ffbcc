"""Clean stage: raw pages in, article text and metadata out (or a Rejection saying why not)."""

from __future__ import annotations

from kabar.clean.pages import clean_pages

__all__ = ["clean_pages"]
