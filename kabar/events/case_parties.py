"""`Kedua tersangka dijerat Pasal 114`, `The two suspects were charged with assault`: a charge told of
`the suspects` without its agent goes on with the case the article told before it. The side that arrested
them charges them, and the ones arrested are the suspects.

The suspects are the article's groups of offenders (titles of role CRM: `tersangka`, `pelaku`, `suspects`);
only an agentless passive, or one whose agent the home country's police only stands in for, takes the
arrest's parties.
"""

from __future__ import annotations

from kabar.events.anaphora import Candidate
from kabar.events.roles import Slots

CHARGE = "112"
ARREST = "173"
OFFENDERS = "CRM"
IMPLIED = "+implied_agent"
HOW = "+case_parties"


def case_parties(cands: list[Candidate], kept: list[bool]) -> list[Candidate]:
    """`cands` in text order, each agentless charge of the suspects given the parties of the
    nearest kept arrest before it; `kept` says which candidates the coder keeps."""
    out: list[Candidate] = []
    arrest: Slots | None = None
    for (trig, slots, sent), keep in zip(cands, kept, strict=True):
        if arrest is not None and _of_the_suspects(trig.rule.cameo, trig.rule.kind, slots):
            slots = Slots(arrest.actor1, arrest.actor2, slots.how + HOW)
        elif keep and trig.rule.cameo == ARREST and slots.actor1 is not None and slots.actor2 is not None:
            arrest = slots
        out.append((trig, slots, sent))
    return out


def _of_the_suspects(cameo: str, kind: str, slots: Slots) -> bool:
    a1, a2 = slots.actor1, slots.actor2
    return (
        cameo == CHARGE
        and kind == "passive"
        and (a1 is None or IMPLIED in slots.how)
        and a2 is not None
        and a2.kind == "group"
        and a2.role == OFFENDERS
    )
