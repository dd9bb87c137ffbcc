"""Round-4 fixes: an opening pronoun continues the previous subject; unconfirmed claims are alleged."""

from __future__ import annotations

from datetime import date

import pytest

from kabar.events.coder import code_text

ANCHOR = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim "
               "in Jakarta on Monday. He will then travel to Singapore on Thursday."),
        ("id", "Presiden Prabowo Subianto bertemu Perdana Menteri Malaysia Anwar Ibrahim "
               "di Jakarta pada Senin. Ia kemudian bertolak ke Singapura pada Rabu."),
    ],
)  # fmt: skip
def test_opening_pronoun_is_previous_subject(lang: str, text: str) -> None:
    visits = [m for m in code_text(text, lang, ANCHOR, None, False) if m.cameo == "042"]
    assert visits and visits[0].actor1 is not None and visits[0].actor1.name == "Prabowo Subianto"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Sudan said its army shelled rebel positions in Chad on Monday. "
               "Chad did not confirm the attack.",
         "alleged"),
        ("id", "Sudan mengatakan militernya menyerang Chad pada Senin. "
               "Chad belum mengonfirmasi serangan tersebut.",
         "alleged"),
        ("en", "Sudan's army attacked Chad on Monday, officials said. Chad denied any losses.", "asserted"),
    ],
)  # fmt: skip
def test_unconfirmed_claim_is_alleged(lang: str, text: str, expected: str) -> None:
    attacks = [m for m in code_text(text, lang, ANCHOR, None, False) if m.cameo[:2] in ("19", "20")]
    assert attacks and attacks[0].modality == expected


def test_unconfirmed_detail_leaves_meeting_asserted() -> None:
    text = "Prabowo met Anwar in Jakarta on Monday, officials said. The ministry did not confirm the agenda."
    meetings = [m for m in code_text(text, "en", ANCHOR, None, False) if m.cameo[:2] == "04"]
    assert meetings and meetings[0].modality == "asserted"
