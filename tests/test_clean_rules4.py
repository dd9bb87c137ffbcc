"""A known place before a colon opens a story as a dateline; other title-case words do not."""

from __future__ import annotations

import pytest

from kabar.clean.dateline import parse_dateline

STORY = " The House voted on Wednesday to send the complaint to the Senate for trial."


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("JAKARTA, Selasa -", "Jakarta"),
        ("Jakarta:", "Jakarta"),  # a known place in title case
        ("KUALA LUMPUR:", "Kuala Lumpur"),
    ],
)
def test_dateline_place(opening: str, place: str) -> None:
    found = parse_dateline(opening + STORY)
    assert found is not None and found.place == place


@pytest.mark.parametrize("opening", ["Update:", "Breaking:", "Catatan:", "Sumber:"])
def test_title_case_word_and_colon_is_no_dateline_unless_a_known_place(opening: str) -> None:
    assert parse_dateline(opening + STORY) is None
