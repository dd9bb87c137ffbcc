"""Round-3 generalisation fixes: delegations meet once, a group noun inside a trigger is no patient."""

from __future__ import annotations

from datetime import date

from kabar.events.coder import code_text


def test_two_delegations_hold_one_meeting() -> None:
    text = (
        "Australian Foreign Minister Penny Wong and Defence Minister Richard Marles held talks with "
        "Indonesian Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin on Monday."
    )
    meetings = [m for m in code_text(text, "en", date(2024, 5, 10), None, False) if m.cameo[:2] == "04"]
    assert len(meetings) == 1
    assert {meetings[0].actor1.country, meetings[0].actor2.country} == {"AUS", "IDN"}


def test_martial_law_has_no_military_patient() -> None:
    text = "Presiden Sri Lanka Gotabaya Rajapaksa memberlakukan darurat militer pada Sabtu malam."
    coded = [m for m in code_text(text, "id", date(2024, 5, 10), None, False) if m.cameo.startswith("17")]
    assert coded and coded[0].actor2 is None
