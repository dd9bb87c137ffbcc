"""Who did it to whom: actor slots from word order around the trigger.

Indonesian and English are both SVO: the agent stands before an active verb (me-/ber-), the patient
after it; a passive di- verb inverts them (`ditepis oleh X`). Actors inside prepositional phrases
(`perang di Ukraina`) are not subjects. Pronouns and `kedua pemimpin` resolve from the context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kabar.events.gazetteer import Actor, Found
from kabar.events.triggers import Trigger

PREPOSITIONS = frozenset(
    [
        "di",
        "ke",
        "dari",
        "tentang",
        "terhadap",
        "untuk",
        "dengan",
        "kepada",
        "atas",
        "dalam",
        "pada",
        "bagi",
        "oleh",
        "antara",
        "sejak",
        "melawan",
        "soal",
        "mengenai",
        "menuju",
        "in",
        "to",
        "from",
        "about",
        "on",
        "against",
        "with",
        "for",
        "by",
        "at",
        "between",
        "into",
        "over",
    ]
)
BOUNDARIES = re.compile(
    r"(?i)(?<!\w)(?:sebelum|setelah|sesudah|saat|ketika|sementara|sedangkan|namun|tetapi|karena|sehingga|"
    r"kata|ujar|ungkap|before|after|when|while|but|because|said|says)(?!\w)|[;:]"
)
PRONOUN = re.compile(r"(?i)(?<!\w)(?:ia|dia|beliau|he|she)(?!\w)")
PAIR = re.compile(
    r"(?i)(?<!\w)(?:kedua (?:belah pihak|pihak|pemimpin|menteri(?: luar negeri)?|negara|delegasi)|"
    r"keduanya|both (?:leaders|sides|countries|ministers)|the two (?:leaders|sides|countries))(?!\w)"
)
COORDINATION = re.compile(r"(?i)^\s*(?:dan|serta|and|&|bersama)\s*(?:the\s+)?$")
VERB_PREFIX = re.compile(r"^(?:me|mem|men|meng|meny)[a-z]{3,}$")
REPORTING_VERBS = frozenset(
    [
        "mengatakan",
        "menyatakan",
        "menyebut",
        "menyebutkan",
        "mengungkapkan",
        "menegaskan",
        "menambahkan",
        "melaporkan",
        "menjelaskan",
        "mengklaim",
        "menilai",
        "memperkirakan",
        "mengumumkan",
        "memastikan",
        "membenarkan",
        "mengonfirmasi",
        "menuturkan",
        "menekankan",
    ]
)
COORDINATED_VERB = re.compile(r"(?i)\s(?:dan|and|serta|lalu|then)\s+(?:akan\s+|will\s+)?$")
COUNTERPART_WORDS = frozenset(
    ["counterpart", "counterparts", "rekan", "sejawat", "sejawatnya", "mitra", "mitranya", "timpalannya"]
)
SUFFIX_PRONOUN = re.compile(r"(?i)nya$")
MAX_GAP_WORDS = 14
FRONTED_MAX_WORDS = 3  # `Dalam pertemuan dengan X, Y ...`: the trigger opens the sentence


@dataclass(frozen=True)
class Slots:
    """The two actor slots of a mention (either may be None) and how they were filled."""

    actor1: Actor | None
    actor2: Actor | None
    how: str = ""


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30) : pos])
    return m.group(1).lower() if m else ""


def _words_between(text: str, a: int, b: int) -> int:
    return len(re.findall(r"\w+", text[a:b]))


def _last_person(actors: list[Found], pos: int, avoid: Actor | None) -> Actor | None:
    for f in reversed(actors):
        if f.end <= pos and f.actor.kind == "person" and f.actor != avoid:
            return f.actor
    return None


def _pair(actors: list[Found], pos: int, countries: bool) -> tuple[Actor, Actor] | None:
    """The two most recent distinct people (or countries) before `pos`."""
    seen: list[Actor] = []
    for f in reversed(actors):
        if f.end > pos:
            continue
        a = f.actor
        if countries and a.kind not in ("country", "place"):
            continue
        if not countries and a.kind != "person":
            continue
        if all(a.key != s.key for s in seen):
            seen.append(a)
        if len(seen) == 2:
            return seen[1], seen[0]
    return None


def _subject(text: str, actors: list[Found], sent: tuple[int, int], trig: Trigger) -> tuple[list[Actor], str]:
    """Agent(s) before the trigger: nearest actor not inside a prepositional phrase."""
    cands: list[tuple[int, int, list[Actor], str]] = [
        (f.start, f.end, [f.actor], "") for f in actors if sent[0] <= f.start and f.end <= trig.start
    ]
    for m in PRONOUN.finditer(text, sent[0], trig.start):
        person = _last_person(actors, m.start(), None)
        if person is not None:
            cands.append((m.start(), m.end(), [person], "+pronoun"))
    for m in PAIR.finditer(text, sent[0], trig.start):
        pair = _pair(actors, m.start(), "negara" in m.group().lower() or "countries" in m.group().lower())
        if pair is not None:
            cands.append((m.start(), m.end(), list(pair), "+pair"))
    cands.sort(key=lambda c: c[0])
    if COORDINATED_VERB.search(text[sent[0] : trig.start]):
        cands = [c for c in cands if _word_before(text, c[0]) not in PREPOSITIONS][:1]
    for i in range(len(cands) - 1, -1, -1):
        start, end, found, how = cands[i]
        if _words_between(text, end, trig.start) > MAX_GAP_WORDS:
            break
        if any(c[0] >= end and c[1] <= trig.start for c in cands[i + 1 :]):
            pass
        before = _word_before(text, start)
        if before in PREPOSITIONS or (VERB_PREFIX.match(before) and before not in REPORTING_VERBS):
            continue
        if i > 0 and COORDINATION.match(text[cands[i - 1][1] : start]):
            return [*cands[i - 1][2], *found], how + "+coordinated"
        return found, how
    return [], ""


def _object(
    text: str, actors: list[Found], sent: tuple[int, int], pos: int, agent: Actor | None, person_only: bool
) -> tuple[Actor | None, str]:
    """Patient after `pos`: the first actor in the clause that is not the agent or the agent's country."""
    stop = sent[1]
    b = BOUNDARIES.search(text, pos, sent[1])
    if b:
        stop = b.start()
    nya = re.match(r"(?i)\s*(?:dengan|kepada|terhadap|untuk)nya\b", text[pos : pos + 16])
    if SUFFIX_PRONOUN.search(text[max(0, pos - 3) : pos]) or nya:
        person = _last_person(actors, pos, agent)
        if person is not None:
            return person, "+pronoun"
    for f in actors:
        if f.start < pos or f.start >= stop:
            continue
        if _words_between(text, pos, f.start) > MAX_GAP_WORDS:
            break
        if person_only:
            ok = f.actor.kind in ("person", "title") and _words_between(text, pos, f.start) <= 1
            return (f.actor, "") if ok else (None, "")
        a = _person_after(text, actors, f) or f.actor
        if agent is not None and (
            a.key == agent.key or (a.kind in ("country", "place") and a.country == agent.country)
        ):
            continue
        return a, ""
    return None, ""


def _person_after(text: str, actors: list[Found], f: Found) -> Actor | None:
    """`Russian counterpart Sergei Lavrov`: a person named just after a country stands for it."""
    if f.actor.kind not in ("country", "place"):
        return None
    nxt = next((g for g in actors if g.start >= f.end), None)
    gap = re.findall(r"\w+", text[f.end : nxt.start].lower()) if nxt is not None else []
    if nxt is not None and nxt.actor.kind == "person" and set(gap) <= COUNTERPART_WORDS:
        return nxt.actor
    return None


def _between(text: str, actors: list[Found], sent: tuple[int, int], pos: int) -> tuple[Actor, Actor] | None:
    """`antara X dan Y`, `between X and Y` right after a nominal trigger."""
    m = re.match(r"(?i)\s*(?:antara|between)\s", text[pos:])
    if not m:
        return None
    after = [f for f in actors if pos <= f.start < sent[1]][:2]
    if len(after) == 2 and COORDINATION.match(text[after[0].end : after[1].start]):
        return after[0].actor, after[1].actor
    return None


def assign_roles(text: str, actors: list[Found], sent: tuple[int, int], trig: Trigger) -> Slots:
    """Fill actor1/actor2 for one trigger of the sentence `sent` (offsets into `text`)."""
    rule = trig.rule
    if rule.kind == "nominal":
        pair = _between(text, actors, sent, trig.end)
        if pair is not None:
            return Slots(pair[0], pair[1], "+between")
        owner = next((f for f in actors if trig.end <= f.start <= trig.end + 12 and f.start < sent[1]), None)
        if owner is not None and _words_between(text, trig.end, owner.start) <= 1:
            other, how = _object(text, actors, sent, owner.end, owner.actor, False)
            return Slots(owner.actor, other, "+possessor" + how)
    if rule.kind == "passive":
        patient, how = _subject(text, actors, sent, trig)
        agent, how2 = _object(text, actors, sent, trig.end, None, False)
        if len(patient) >= 2 and agent is None:
            return Slots(patient[0], patient[1], "+passive" + how)
        return Slots(agent, patient[0] if patient else None, "+passive" + how + how2)
    subject, how = _subject(text, actors, sent, trig)
    if not subject:
        return _fronted(text, actors, sent, trig)
    obj, how2 = _object(text, actors, sent, trig.end, subject[0], rule.requires == "person")
    if len(subject) >= 2 and rule.symmetric:
        return Slots(subject[0], subject[1], how)
    return Slots(subject[0], obj, how + how2)


def _fronted(text: str, actors: list[Found], sent: tuple[int, int], trig: Trigger) -> Slots:
    """`Dalam pertemuan dengan X, Y ...`: no agent before the trigger, so the agent follows the clause."""
    comma = text.find(",", trig.end, sent[1])
    if comma < 0 or _words_between(text, sent[0], trig.start) > FRONTED_MAX_WORDS:
        return Slots(None, None)
    obj, how = _object(text, actors, (sent[0], comma), trig.end, None, False)
    agent = next((f.actor for f in actors if comma < f.start < sent[1]), None)
    if agent is not None and obj is not None and agent.key == obj.key:
        obj = None
    return Slots(agent, obj, "+fronted" + how)
