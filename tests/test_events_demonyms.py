"""Every sovereign state's English demonym names its country before a title or a body (`Mozambican
police`, `Slovak Prime Minister`), so actors of smaller states get their ISO-3 code. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kabar.events.coder import code_article


@pytest.mark.parametrize(
    ("body", "agent"),
    [
        ("Mozambican police arrested dozens of opposition supporters in Maputo on Thursday.", "MOZ"),
        ("Malian troops attacked a convoy of fighters near the border on Monday.", "MLI"),
        ("Slovak Prime Minister Robert Fico met German Chancellor Olaf Scholz in Berlin on Monday.", "SVK"),
        ("Ghanaian police detained three journalists in Accra on Friday.", "GHA"),
        ("Burkinabe soldiers attacked an armed group near the border on Sunday.", "BFA"),
        ("Salvadoran police arrested 40 suspected gang members on Tuesday.", "SLV"),
    ],
)
def test_a_demonym_gives_the_agent_its_country(body: str, agent: str) -> None:
    article = {
        "article_id": "a1",
        "language": "en",
        "body": body,
        "captions": [],
        "dateline": None,
        "published_at_local": "2025-06-15",
        "published_at": None,
    }
    rows = code_article(article)
    assert rows and rows[0]["actor1_country"] == agent, rows
