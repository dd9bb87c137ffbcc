"""Closed vocabularies the tables may use. One place, so a new flag or modality is a one-line change here."""

from __future__ import annotations

DATE_PRECISIONS: frozenset[str] = frozenset({"day", "week", "month", "year", "range", "unknown"})

# How a report frames an event. "asserted" is the only modality that claims the event already happened.
MODALITIES: frozenset[str] = frozenset(
    {
        "asserted",
        "planned",
        "denied",
        "alleged",
        "negated",
        "conditional",
        "hypothetical",
        "possible",
        "requested",
        "threatened",
        "uncertain",
    }
)

PUBLISHED_SOURCES: frozenset[str] = frozenset({"byline", "header", "meta", "url", "body", "inferred"})

# Quality flags any stage may put in articles.flags. Add a name here before a stage emits it:
# an unknown flag quarantines its article (check `flags_known`).
ARTICLE_FLAGS: frozenset[str] = frozenset(
    {
        # dates
        "date_conflict",  # the page's date contradicts its text
        "page_date_ignored",  # a date shown on the page was not the publication date
        "published_missing",  # no trustworthy publication date on the page
        "published_inferred",  # publication date inferred (e.g. from the text), not printed
        "updated_before_published",
        "timezone_assumed",  # no offset printed; the site's or language's default was used
        "dates_failed",  # the dates stage raised on this page; dates left empty (a bug: please report)
        # text
        "short_body",
        "title_missing",
        "title_inferred",
        "subtitle_missing",
        "body_truncated",  # paywall, "read more" cut or pagination
        "paginated",
        "language_uncertain",
        "mojibake_repaired",
        "boilerplate_heavy",
        "no_paragraphs",
        # duplicates
        "near_duplicate",
        "exact_duplicate",
        # reading
        "decoded_cp1252",
        "decoded_utf16",
        "decoded_latin1",
        "html_input",
        "html_fallback",  # the HTML extractor failed and a plain-text fallback was used
        "url_missing",
        "site_from_text",  # site guessed from the page text, not a URL
        # events
        "dateline_location",  # an event's location came from the dateline
        "no_events",
    }
)

# Patterns shared by several tables. Anchored: a partial match is a failure.
ISO3_PATTERN = r"^[A-Z]{3}$"
CAMEO_PATTERN = r"^\d{2,4}$"
LANGUAGE_PATTERN = r"^[a-z]{2}$"
# A lower-case host name with a dot and an alphabetic TLD ("www." is a host, not a registered domain).
DOMAIN_PATTERN = r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"
ISO_LOCAL_PATTERN = r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$"
EVENT_TYPE_PATTERN = r"^[A-Z][A-Z_]*$"
ROLE_PATTERN = r"^[A-Z][A-Z_]*$"
REASON_PATTERN = r"^[a-z][a-z0-9_]*$"
