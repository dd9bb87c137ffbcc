"""Links between events of one text: reactions to `the launch` target its agent; `sehari sebelumnya`
counts from the event just reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from kabar.events.asides import in_aside
from kabar.events.data import ID_FIRST, alternation, lexicon_words, longest_first, toml_table
from kabar.events.dating import UNKNOWN, Dating, relative_offset
from kabar.events.gazetteer import Found
from kabar.events.modality import modality
from kabar.events.roles import Slots
from kabar.events.triggers import Trigger

if TYPE_CHECKING:
    from kabar.events.coder import Mention
    from kabar.model import TimeExpression

Candidate = tuple[Trigger, Slots, tuple[int, int]]
DEMONSTRATIVE = rf"(?:{lexicon_words('clauses.toml', 'demonstratives', ('id',))})"
UNREALISED = frozenset(["planned", "conditional", "negated"])


@cache
def _nouns(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    table = toml_table("common", "events.toml").get("anaphora", {})
    nouns = {k.lower(): tuple(v) for k, v in table.get(lang, {}).items()}
    nouns_alt = alternation(longest_first(nouns))
    if lang == "id":
        adverb = r"(?:(?:keras|juga|pula)\s+)?"
        pattern = rf"^\s+{adverb}(?P<noun>{nouns_alt})(?:\s+[\w-]+){{0,3}}?\s+{DEMONSTRATIVE}\b"
    else:
        pattern = rf"^\s+(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{nouns_alt})\b"
    return re.compile(pattern, re.IGNORECASE), nouns


@cache
def _reaction_roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("anaphora", {}).get("reaction_roots", []))


def referred_roots(text: str, pos: int, lang: str) -> tuple[str, ...]:
    """The CAMEO roots of the earlier event an event noun right after `pos` points back at, if any."""
    pattern, nouns = _nouns(lang)
    m = pattern.match(text[pos : pos + 80])
    return nouns.get(m.group("noun").lower(), ()) if m else ()


def target_earlier_agents(
    text: str, lang: str, cands: list[Candidate], keep: Callable[[Candidate], bool], actors: list[Found]
) -> list[Candidate]:
    """A reaction without a patient (`mengecam peluncuran tersebut`) targets the referred event's agent:
    that of the latest such event, or of the latest one done on the reacting side's own country."""
    out = list(cands)
    for i, (trig, slots, sent) in enumerate(cands):
        if slots.actor1 is None or trig.rule.cameo[:2] not in _reaction_roots():
            continue
        # the event noun is the object itself (`mengecam serangan tersebut dalam konferensi pers bersama X`):
        # its agent is the patient even when a later actor of the sentence took the slot
        # a phrase trigger may hold the noun itself (`membantah tuduhan itu`): read it from the verb's end too
        head_end = trig.start + len(trig.text.split(maxsplit=1)[0])
        roots = referred_roots(text, trig.end, lang) or referred_roots(text, head_end, lang)
        if not roots:
            continue
        agent = slots.actor1
        earlier = [
            c
            for c in out[:i]
            if c[0].rule.cameo[:2] in roots and c[1].actor1 is not None and keep(c)
            and c[1].actor1.key != agent.key and c[1].actor1.country != agent.country
            and _realised(text, lang, c)
        ]  # fmt: skip
        own = [c for c in earlier if _names_country(actors, c, agent.country)]
        if earlier:
            referent = (own or earlier)[-1][1].actor1
            out[i] = (trig, Slots(agent, referent, slots.how + "+event_anaphor"), sent)
    return out


@cache
def _parallel_roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("anaphora", {}).get("parallel_roots", []))


def carry_patients(cands: list[Candidate], keep: Callable[[Candidate], bool]) -> list[Candidate]:
    """A sanction or expulsion naming no target (`Britain also sanctioned 100 more tankers`) repeats the
    latest earlier one's: its patient is that act's, when that is another country than the agent's."""
    out = list(cands)
    for i, (trig, slots, sent) in enumerate(cands):
        agent, root = slots.actor1, trig.rule.cameo[:2]
        if agent is None or slots.actor2 is not None or root not in _parallel_roots() or keep(cands[i]):
            continue
        earlier = [
            c[1].actor2 for c in out[:i]
            if c[0].rule.cameo[:2] == root and c[1].actor2 is not None and keep(c)
            and c[1].actor2.country not in (None, agent.country)
        ]  # fmt: skip
        if earlier:
            out[i] = (trig, Slots(agent, earlier[-1], slots.how + "+parallel_act"), sent)
    return out


@cache
def _response_cue(lang: str) -> re.Pattern[str]:
    table = toml_table("common", "events.toml").get("anaphora", {})
    words, of = table.get(f"response_{lang}", []), table.get("response_of", [])
    return re.compile(
        rf"(?<!\w)(?:{alternation(longest_first(words))})(?P<of>\s+(?:{alternation(tuple(of))}))?(?!\w)",
        re.IGNORECASE,
    )


def target_answered_agents(text: str, lang: str, cands: list[Candidate]) -> list[Candidate]:
    """`Sebagai respons, militer Korsel melepaskan tembakan peringatan`: an act with no patient, told as a
    response, targets the agent of the latest earlier act by another country."""
    cue = _response_cue(lang)
    if not cue.search(text):
        return cands
    out = list(cands)
    for i, (trig, slots, sent) in enumerate(cands):
        agent = slots.actor1
        if agent is None or slots.actor2 is not None or agent.country is None:
            continue
        found = cue.search(text, sent[0], sent[1])
        if found is None or (found.group("of") and trig.start >= found.end()):
            continue  # `sebagai balasan atas serangan Teheran`: the trigger is the act answered
        if found.start() > trig.end and "," in text[trig.end : found.start()]:
            continue  # `Kunjungan itu terjadi ..., sebagai balasan atas ...`: the cue is another clause's
        earlier = [
            c[1].actor1 for c in out[:i]
            if c[1].actor1 is not None and c[1].actor1.country not in (None, agent.country)
        ]  # fmt: skip
        if earlier:
            out[i] = (trig, Slots(agent, earlier[-1], slots.how + "+response"), sent)
    return out


def _names_country(actors: list[Found], cand: Candidate, country: str | None) -> bool:
    """`Iran fired missiles at the US base in Qatar`: an event names a country after its trigger, as its
    target or place (Qatar condemning `the attack` means this one)."""
    trig, slots, sent = cand
    return country is not None and any(
        trig.end <= f.start < sent[1] and f.actor.country == country and f.actor != slots.actor1
        for f in actors
    )


def _realised(text: str, lang: str, cand: Candidate) -> bool:
    """`the attack` points at an attack that happened, not at one only threatened (`akan menyerang lagi`)."""
    trig, _, sent = cand
    return modality(text[sent[0] : trig.start], lang, trig.rule.modality) not in UNREALISED


SUBORDINATE_END = re.compile(
    rf"(?i)(?:{lexicon_words('clauses.toml', 'subordinate_end', ID_FIRST)})(?:nya)?\s*$"
)


@cache
def _sequence_phrases() -> tuple[tuple[re.Pattern[str], int, bool], ...]:
    """(phrase, days, whether it counts from a month or a year: `bulan yang sama`)."""
    table = toml_table("common", "events.toml")
    return tuple(
        (re.compile(rf"(?i)(?<!\w)(?:{k})(?!\w)"), int(v), coarse)
        for key, coarse in (("sequence_days", False), ("sequence_months", True))
        for k, v in table.get(key, {}).items()
    )


def _sequence_offset(sentence: str) -> tuple[int | None, bool]:
    """`Pada malam yang sama`, `shortly after`, `overnight`: an undated sentence told in sequence with the
    previous dated event (no date expression of its own, so the date tagger gives it nothing). Also whether
    the phrase counts from a coarse date (`that same month`)."""
    return next(
        ((d, coarse) for pattern, d, coarse in _sequence_phrases() if pattern.search(sentence)), (None, False)
    )


def _anchors(m: Mention) -> bool:
    """Only a date the text states for a realised event anchors `the same day`: a plan's horizon or a
    citation bound (`threatened to strike again`) is no day to count from."""
    return m.modality != "planned" and not m.dating.how


def _told_day(
    exprs: Sequence[TimeExpression],
    sents: Sequence[tuple[int, int]],
    mentions: list[Mention],
    at: int,
    anchor: date | None,
) -> Dating | None:
    """The day the sentence before a mention's states when that sentence codes no event (`Pada Kamis, Trump
    menegaskan tarif ... akan berlaku pada 4 Maret. Di hari yang sama, ...`), if no later than publication:
    a plan's date is no day to count from."""
    here = next((i for i, (s, e) in enumerate(sents) if s <= at < e), 0)
    if here == 0:
        return None
    start, end = sents[here - 1]
    if any(start <= m.char_start < end for m in mentions):
        return None  # that sentence's own event dates what follows
    told = [
        e for e in exprs
        if start <= e.char_start and e.char_end <= end and e.precision == "day" and e.kind == "event"
        and (anchor is None or e.end <= anchor) and relative_offset(e.text) is None
    ]  # fmt: skip
    if not told:
        return None
    e = max(told, key=lambda e: e.char_start)
    return Dating(e.text, e.start if e.start == e.end else None, e.start, e.end, "day")


@cache
def _referent_words() -> re.Pattern[str]:
    words = toml_table("common", "events.toml").get("relative_referents", {}).get("words", [])
    return re.compile(rf"(?i)^\s*(?:{alternation(tuple(words))})(?!\w)")


def _names_referent(m: Mention) -> bool:
    """`Pada hari yang sama dengan serangan udara tersebut`: the phrase names the event it counts from."""
    at = m.sentence.find(m.dating.text or "\0")
    return at >= 0 and bool(_referent_words().match(m.sentence[at + len(m.dating.text or "") :]))


def date_from_previous(
    mentions: list[Mention],
    sents: Sequence[tuple[int, int]] = (),
    exprs: Sequence[TimeExpression] = (),
    anchor: date | None = None,
) -> list[Mention]:
    """`Sehari sebelumnya`, `sepekan setelah`, `the same day`: the previous dated event's date, shifted, or
    the day the sentence just before states when it codes no event. Without either the expression counts
    from nothing the text gives, so the date stays unknown."""
    out: list[Mention] = []
    previous: Dating | None = None
    previous_day: Dating | None = None
    previous_sentence = None
    for m in sorted(mentions, key=lambda m: m.char_start):
        days, coarse = relative_offset(m.dating.text), False
        phrase = days is not None and not _names_referent(m)
        flipped = m.sentence == previous_sentence and SUBORDINATE_END.search(m.dating.text or "")
        if days is not None and flipped:
            days = -days  # `A resigned on Tuesday, a day after police fired on B`: B is the earlier event
        if days is None and m.dating.precision == "unknown":
            days, coarse = _sequence_offset(m.sentence)
        # `Pada hari yang sama` counts from the last day the text told, not from a background year; a phrase
        # in the same sentence as the previous date counts from it (`pada Januari lalu, sepekan setelah`)
        own = m.sentence == previous_sentence
        base: Dating | None = previous if coarse or own or previous_day is None else previous_day
        told = _told_day(exprs, sents, mentions, m.char_start, anchor) if phrase and not own else None
        base = told or base
        if days is not None and base is not None and base.start is not None and base.end is not None:
            shift = timedelta(days=days)
            day = base.event_date + shift if base.event_date else None
            when = replace(base, text=m.dating.text, event_date=day, start=base.start + shift,
                           end=base.end + shift, how="")  # fmt: skip
            m = replace(m, dating=when, rule=m.rule + "+relative_day")
        elif days is not None:
            m = replace(m, dating=UNKNOWN, rule=m.rule + "+relative_unanchored")
        elif m.dating.precision != "unknown" and m.dating.start is not None and _anchors(m):
            previous, previous_sentence = m.dating, m.sentence
            previous_day = m.dating if m.dating.precision == "day" else previous_day
        out.append(m)
    return out


@cache
def _links(lang: str) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], re.Pattern[str]]:
    table = toml_table("common", "events.toml").get("anaphora", {})
    nouns = {k.lower(): tuple(v) for k, v in table.get(f"linked_{lang}", {}).items()}
    nouns_alt = alternation(longest_first(nouns))
    if lang == "id":  # `aksi tersebut`, `serangan itu`; `Usai pertemuan,` opening the sentence
        noun = rf"(?<!\w)(?P<noun>{nouns_alt})(?:\s+[\w-]+){{0,2}}?\s+{DEMONSTRATIVE}(?!\w)"
        noun += rf"|^(?:usai|seusai|setelah|sesudah|selepas)\s+(?P<front>{nouns_alt})(?!\w)"
    else:  # `the attack`, `After the talks,`
        noun = rf"(?<!\w)(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,1}}?(?P<noun>{nouns_alt})(?!\w)"
    # a response (`Sebagai respons, ...`) follows the act it answers, as `kemudian` follows the one before
    words = table.get(f"sequence_{lang}", []) + table.get(f"response_{lang}", [])
    sequence = alternation(longest_first(words))
    return (
        re.compile(noun, re.IGNORECASE),
        nouns,
        re.compile(rf"(?<!\w)(?:{sequence})(?!\w)", re.IGNORECASE),
    )


def _sides(m: Mention) -> frozenset[str | None]:
    return frozenset(a.country if a else None for a in (m.actor1, m.actor2))


def _story_between(mentions: list[Mention], m: Mention) -> Mention | None:
    """For an undated act of `the two leaders`: the first realised, dated event told before it between the
    same two sides, which is the story's own (`kedua pemimpin juga menyepakati` after the lead's meeting)."""
    if "+pair" not in m.rule or m.dating.start is not None:
        return None
    sides = _sides(m)
    found = (
        x
        for x in sorted(mentions, key=lambda x: x.char_start)
        if x.char_start < m.char_start
        and x.modality != "planned"
        and x.dating.start is not None
        and _sides(x) == sides
        and not in_aside(x.sentence, x.trigger)
    )
    return next(found, None)


def _referent(
    mentions: list[Mention], before: int, roots: tuple[str, ...] | None, modality: str
) -> Mention | None:
    """The latest dated mention of an earlier sentence, of one of `roots` when the link names an event.
    A plan's date (`KTT pada Mei mendatang`) never dates a realised event told after it, and an act told in
    a relative aside (`Zelenskiy, who held talks with Erdogan on Thursday, said`) is background: `the talks`
    point past it to the story's own, when one is told."""
    found = [
        m
        for m in sorted(mentions, key=lambda m: -m.char_start)
        if m.char_start < before
        and m.dating.precision != "unknown"
        and m.dating.start is not None
        and not (m.modality == "planned" and modality != "planned")
        and (roots is None or m.cameo[:2] in roots)
    ]
    return next((m for m in found if not in_aside(m.sentence, m.trigger)), found[0] if found else None)


def inherit_linked_dates(mentions: list[Mention], lang: str) -> list[Mention]:
    """An undated sentence tied to an earlier dated event (`dalam aksi tersebut`, `Usai pertemuan`,
    `denied the accusation`, `Hours later`) happened then: it takes that event's date. So does an act of
    `the two leaders` (`issued a joint statement`): the story's event between the same two sides."""
    if not any(m.dating.precision == "unknown" for m in mentions):
        return mentions
    nouns_re, nouns, sequence = _links(lang)
    out = list(mentions)
    for i, m in enumerate(out):
        if m.dating.precision != "unknown":
            continue
        found = nouns_re.search(m.sentence)
        if found:
            roots = nouns.get((found.group("noun") or found.group("front") or "").lower(), ())
            referent = _referent(out, m.char_start, roots, m.modality)
        elif sequence.search(m.sentence):
            referent = _referent(out, m.char_start, None, m.modality)
        else:
            referent = _story_between(out, m)
        if referent is not None:
            out[i] = replace(
                m, dating=replace(referent.dating, how="+linked_date"), rule=m.rule + "+linked_date"
            )
    return out
