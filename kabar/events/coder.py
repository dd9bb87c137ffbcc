"""Per-article event coding: sentences -> triggers -> actors, modality, date, location -> mentions.

Repeated reports of one event inside an article (`Pertemuan ini ...`) collapse into one mention
carrying the most precise date, so an article counts each event once.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from kabar.events.actors import article_actors
from kabar.events.anaphora import (
    Candidate,
    carry_patients,
    date_from_previous,
    inherit_linked_dates,
    target_answered_agents,
    target_earlier_agents,
)
from kabar.events.asides import dated_in_aside
from kabar.events.case_parties import case_parties
from kabar.events.context import (
    HOME_ROLES,
    country_actor,
    fallback_place,
    home_country,
    lede_pair,
    main_pair,
    with_home_country,
)
from kabar.events.counted import counted_dates
from kabar.events.crowds import CROWD
from kabar.events.data import ID_FIRST, clause_words, lexicon_words, toml_table, word_list
from kabar.events.dating import (
    PRECISION_RANK,
    UNKNOWN,
    Dating,
    anchor_date,
    assign,
    dating,
    settings,
    tag_text,
)
from kabar.events.fallbacks import (
    anonymous_crowd,
    delegation_leader,
    force_leader,
    host_country,
    leaders_order,
    own_people,
    verbal_clash,
)
from kabar.events.gazetteer import Actor, Found, nationals
from kabar.events.implicit import (
    aid_recipient,
    event_noun_slots,
    implied_agent,
    own_country,
    reported_speaker,
    signing_partner,
    untitled_object,
    untitled_patient,
)
from kabar.events.locations import HOSTED, location_after
from kabar.events.modality import future_in_other_clause, modality, unconfirmed_claim
from kabar.events.named_anchor import named_anchors
from kabar.events.paragraph_dates import paragraph_bounds
from kabar.events.participles import KIND as PARTICIPLE
from kabar.events.participles import merged, participle_slots, participle_triggers
from kabar.events.possessives import owned_groups, owned_patients
from kabar.events.restated import restated_dates
from kabar.events.roles import (
    ATTACK_ROOTS,
    COORDINATED_VERB,
    PAIR,
    Context,
    Slots,
    assign_roles,
    shared_subject_roles,
    visited_town,
)
from kabar.events.rulings import ruling_court
from kabar.events.sentences import sentence_of, split_sentences
from kabar.events.sessions import is_own_session, session_requester
from kabar.events.spans import ByStart
from kabar.events.triggers import NEEDS_OBJECT, Trigger, find_triggers
from kabar.model import TimeExpression


def _words(key: str, langs: tuple[str, ...] = ID_FIRST) -> str:
    """`key`'s words in kabar/lexicon/<lang>/clauses.toml as one regex alternation, Indonesian first."""
    return lexicon_words("clauses.toml", key, langs)


def _either_case_initial(key: str, lang: str) -> str:
    """`[Tt]o`: the words with a capital or small first letter, the rest as written."""
    words = word_list("clauses.toml", key, (lang,))
    return "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in words) or "(?!)"


ANAPHOR = re.compile(  # `pertemuan (bilateral) ini`, `the meeting`: a repeat of an event already told
    rf"(?i)(?<!\w)(?:(?:{_words('anaphor_nouns', ('id',))})(?: \w+){{0,4}}? "
    rf"(?:{_words('demonstratives', ('id',))})"
    rf"|(?:{_words('anaphor_determiners', ('en',))}) (?:{_words('anaphor_nouns', ('en',))}))(?!\w)"
)
DISTINCT_ROOTS = frozenset(["16", "17"])
DOMESTIC_COERCION = frozenset(["17", "18"])  # arrests, detentions, assaults: the patient may be a compatriot
FORCE_ROOTS = DOMESTIC_COERCION | ATTACK_ROOTS  # arrests and attacks: what a people suffers, never does
APPEAL_ROOTS = frozenset(["02", "10"])
FRONTED_PREPOSITION = re.compile(  # `Dalam pertemuan itu, ...`: the sentence happens inside that event
    rf"(?i)\s*(?:{_words('fronted_prepositions')})\s+"
)
SAAT = re.compile(rf"(?i)(?<!\w)(?:{_words('simultaneity')})(?!\w)")
DATE_CONFIDENCE = {"day": 0.2, "week": 0.15, "range": 0.1, "month": 0.1, "year": 0.05}
PURPOSE = {
    "id": re.compile(rf"(?i)(?<!\w)(?:{_words('purpose_words', ('id',))})\s+$"),
    "en": re.compile(  # only the first letter may be a capital (`To`), as written before
        rf"(?<![\w])(?:{_either_case_initial('purpose_words', 'en')})\s+"
        rf"(?:(?!(?:{_words('purpose_stops', ('en',))})\b)[a-z][\w-]*\s+){{0,2}}$"
    ),
}
PURPOSE_REACH = 30  # characters before a trigger in which its purpose word stands
PRAISE_CODES = frozenset(["051"])  # `praised X for having met him`: the act a praise is for was told already
REASON = re.compile(rf"(?i)(?<!\w)(?:{_words('reason_words')})\s+(?:(?:{_words('reason_auxiliaries')})\s+)?$")
# `Lawatan Anwar ke Tokyo berlangsung di tengah ...`, `The visit comes amid ...`: an event noun opening its
# sentence as the subject of an occurrence verb comments on an event already told.
OCCURRENCE = re.compile(rf"(?i)[^,;:.]{{0,60}}?(?<!\w)(?:{_words('occurrence_verbs')})(?!\w)")
OPENING = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}")
SEPARATE = re.compile(rf"(?i)\W{{0,2}}(?:{_words('separate_openers')})(?!\w)")
EVENT_COMMENT = "+event_comment"
PURPOSE_DATE = "+purpose_date"
COARSE = frozenset(["month", "year"])
CLAIMED_ROOTS = frozenset(["15", "18", "19", "20"])  # contested acts an accusation may name as its content
ACCUSED_SPAN = 160  # characters after an accusation verb that still belong to what it claims
ACCUSED = "+accused_act"  # marks an act an accusation claims: its modality is `alleged`
DENY = "016"
SHARED_SUBJECT_GAP = 80  # characters between two verb conjuncts of one clause
CLAUSE_BREAK = re.compile(rf"(?i)[.;:!?]|,\s*(?:{_words('contrast')})\b")
CAPTION_PAIR = re.compile(rf"(?i)^\s*(?:{_words('caption_pair')})\s*$")


@dataclass(frozen=True)
class Mention:
    """One coded report of an event inside one text of an article."""

    sentence: str
    char_start: int
    char_end: int
    trigger: str
    cameo: str
    event_type: str
    actor1: Actor | None
    actor2: Actor | None
    location: Actor | None
    modality: str
    dating: Dating
    in_caption: bool
    rule: str
    confidence: float


@cache
def _coding() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    table = toml_table("common", "events.toml").get("coding", {})
    return (
        frozenset(table.get("dyadic_roots", [])),
        frozenset(table.get("passive_roles", [])),
        frozenset(table.get("single_codes", [])),
    )


@cache
def _locating() -> tuple[bool, bool]:
    """Location fallbacks: a locative phrase anywhere in the sentence; the dateline for every code."""
    table = toml_table("common", "events.toml").get("locations", {})
    return bool(table.get("scene_before_trigger", False)), bool(table.get("dateline_for_all_codes", False))


def family(cameo: str) -> str:
    """Merge family: meetings, visits and intents to meet are one family; others by CAMEO root, except
    where the codes of one root are different acts (an arrest and tear gas at one protest are two events)."""
    if cameo[:2] == "04" or cameo == "036":
        return "MEET"
    if cameo[:2] == "08":  # a resignation (083) and a ban lifted (081) are two acts; 0831 and 083 one
        return cameo[:3]
    return cameo if cameo[:2] in DISTINCT_ROOTS else cameo[:2]


def _metonym_of(a: Actor, b: Actor) -> bool:
    """`Kremlin` and Putin, `Rusia` and Lavrov: a country or its capital stands for its own people."""
    return a.kind in ("country", "place") and a.country is not None and a.country == b.country


def _without_metonym(slots: Slots, cameo: str) -> Slots:
    """Drop the second slot when it is the first one's own country or capital (`Kremlin` ... `Putin`)."""
    a1, a2 = slots.actor1, slots.actor2
    if a2 is not None and a2.kind in ("person", "title") and cameo[:2] in DOMESTIC_COERCION:
        return slots  # `Penyidik Korea Selatan menangkap Yoon`: a state coerces its own citizen
    if a2 is not None and visited_town(a2, cameo):
        return slots
    if a1 is not None and a2 is not None and (_metonym_of(a1, a2) or _metonym_of(a2, a1)):
        return Slots(a1, None, slots.how + "+metonym")
    return slots


@cache
def _keep(trig: Trigger, a1: Actor | None, a2: Actor | None) -> bool:
    dyadic, passive, single = _coding()
    if a1 is None and a2 is None:
        return False
    if a1 is not None and a1.role in passive:
        return False
    if trig.rule.cameo[:2] == "14" and a1 is not None and a1.kind == "group" and a1.role == "MIL":
        return False  # `troops marched across the square`: a parade, not a protest
    if a1 is not None and a2 is not None and a1.key == a2.key:
        return False
    if trig.rule.requires in ("court", "court_only") and (a1 is None or a1.role != "JUD"):
        return False  # `ordered Israel to halt`: a court's order binds; a leader's order is a demand
    if trig.rule.cameo in single or trig.rule.requires == "alone":
        return a1 is not None  # a lone denial or accusation needs its speaker, not its addressee
    if a2 is None and is_own_session(trig, a1):
        return True
    needs_two = trig.rule.requires in NEEDS_OBJECT or (
        trig.rule.cameo[:2] in dyadic and trig.rule.cameo not in single
    )
    return not (needs_two and (a1 is None or a2 is None))


def code_text(
    text: str, lang: str, anchor: date | None, dateline: str | None, in_caption: bool
) -> list[Mention]:
    """Mentions of one text (a body or one caption), before consolidation."""
    sents = split_sentences(text)
    found = owned_groups(text, lang, article_actors(text, lang), sents)
    home = home_country(found, dateline)
    actors = with_home_country(found, home)
    triggers = merged(find_triggers(text, lang), participle_triggers(text, lang))
    cands = _roles(text, actors, sents, triggers, home, lang)
    anaphors = [] if in_caption else [(m.start(), m.end()) for m in ANAPHOR.finditer(text)]
    exprs = tag_text(text, anchor, lang) if cands or anaphors or in_caption else []
    cands = _without_purpose(text, lang, cands, exprs)
    cands = target_earlier_agents(text, lang, cands, _kept, actors)
    cands = target_answered_agents(text, lang, cands)
    cands = owned_patients(lang, actors, carry_patients(cands, _kept))
    viable = [
        c for c in cands if (_kept(c) or _visits_place(text, actors, c)) and not _background(text, lang, c)
    ]
    spans = list(dict.fromkeys((t.start, t.end) for t, _, _ in viable))
    dates = _dates_by_span(text, exprs, sents, spans + anaphors)
    served = _purpose_dates(text, lang, sents, exprs, [t for t, _, _ in viable], spans, dates)
    index, scene = ByStart(actors), (dateline, home)
    out = [
        _mention(text, index, sent, trig, slots, dates.get(spans.index((trig.start, trig.end)), []),
                 lang, anchor, scene, in_caption, PURPOSE_DATE if (trig.start, trig.end) in served else "")
        for trig, slots, sent in viable
    ]  # fmt: skip
    if in_caption and not out:
        out = _caption_pair(text, actors, exprs, anchor)
    out = _sentence_dates(_one_denial([m for m in out if m.modality != "negated"]))
    out = date_from_previous(restated_dates(text, out, sents, triggers, exprs, anchor), sents, exprs, anchor)
    out = _unconfirmed_claims(text, sents, out, lang)
    if anaphors:
        out = _resolve_anaphors(text, out, sents, anaphors, {j - len(spans): v for j, v in dates.items()})
    if in_caption:
        return out
    out = counted_dates(text, inherit_linked_dates(named_anchors(text, out, exprs), lang), exprs)
    return paragraph_bounds(text, out, exprs, anchor, told_done)


def _roles(
    text: str,
    actors: list[Found],
    sents: list[tuple[int, int]],
    triggers: list[Trigger],
    home: str | None,
    lang: str,
) -> list[Candidate]:
    """Actor slots of every trigger. `kedua negara` names the pair of the lede event: the triggers whose
    sentence says so before them are coded again knowing that pair."""
    main = main_pair(actors)
    ctx = Context(text, actors, main, tuple(sents), home)
    per_trigger = [_candidates(ctx, sents, trig, lang) for trig in triggers]
    if PAIR.search(text):
        lede = lede_pair(
            [(s.actor1, s.actor2) for cands in per_trigger for t, s, _ in cands if _kept((t, s, _))]
        )
        if lede is not None and lede != main:
            again = Context(text, actors, lede, tuple(sents), home)
            per_trigger = [
                _candidates(again, sents, trig, lang) if _pair_before(text, sents, trig) else cands
                for trig, cands in zip(triggers, per_trigger, strict=True)
            ]
    cands = _accused_acts(
        ctx, [c for cands in _shared_subjects(ctx, triggers, per_trigger, lang) for c in cands], lang
    )
    return case_parties(cands, [_kept(c) for c in cands])


def _shared_subjects(
    ctx: Context, triggers: list[Trigger], per_trigger: list[list[Candidate]], lang: str
) -> list[list[Candidate]]:
    """Every verb conjunct is its own event: one left without an agent (`... and expel X`) takes the agent
    of the conjunct before it in the same clause."""
    out = list(per_trigger)
    for j in range(1, len(triggers)):
        prev, trig = triggers[j - 1], triggers[j]
        gap = ctx.text[prev.end : trig.start]
        agents = [s.actor1 for _, s, _ in out[j - 1] if s.actor1 is not None and _kept((prev, s, _))]
        if (
            not agents
            or trig.rule.kind != "verb"
            or any(s.actor1 is not None for _, s, _ in out[j])
            or len(gap) > SHARED_SUBJECT_GAP
            or CLAUSE_BREAK.search(gap)
            or not COORDINATED_VERB.search(gap)
            or not out[j]
        ):
            continue
        sent = out[j][0][2]
        found = shared_subject_roles(ctx, sent, trig, agents[0])
        out[j] = [_finished(ctx, sent, trig, slots, lang) for slots in found]
    return out


def _pair_before(text: str, sents: list[tuple[int, int]], trig: Trigger) -> bool:
    """A pair reference (`kedua negara`) between the sentence start and the trigger: roles read the pair."""
    sent = sentence_of(sents, trig.start)
    return sent is not None and PAIR.search(text, sent[0], trig.start) is not None


def _candidates(ctx: Context, sents: list[tuple[int, int]], trig: Trigger, lang: str) -> list[Candidate]:
    sent = sentence_of(sents, trig.start)
    if sent is None:
        return []
    if trig.rule.kind == PARTICIPLE:
        found = [participle_slots(ctx, sent, trig)]
    elif trig.rule.kind == "subject_noun":
        found = [event_noun_slots(ctx, sent, trig)]
    else:
        found = assign_roles(ctx, sent, trig)
    speaker = reported_speaker(ctx, sent, trig) if all(s.actor1 is None for s in found) else None
    if speaker is not None and trig.rule.kind == "verb":  # `the ministry said it had detained`
        found = [replace(s, how=s.how + "+speaker") for s in shared_subject_roles(ctx, sent, trig, speaker)]
    return [_finished(ctx, sent, trig, slots, lang) for slots in found]


def _finished(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots, lang: str) -> Candidate:
    """Slots completed by the article context: untitled patients, implied agents, crowds, metonyms."""
    slots = untitled_object(ctx, sent, trig, untitled_patient(ctx, sent, trig, slots))
    slots = ruling_court(ctx, trig, slots)
    slots = signing_partner(ctx, sent, trig, slots)
    slots = implied_agent(slots, trig, ctx.home, lang)
    slots = anonymous_crowd(_without_metonym(_nationals_suffer(slots, trig), trig.rule.cameo), trig, ctx.home)
    slots = host_country(ctx, sent, trig, delegation_leader(ctx, sent, trig, aid_recipient(ctx, trig, slots)))
    slots = own_people(trig, own_country(trig, slots))  # after the metonym check and a visit's host
    slots = session_requester(ctx, sent, trig, force_leader(ctx, sent, trig, slots))
    return (leaders_order(verbal_clash(trig, slots), slots), slots, sent)


def _nationals_suffer(slots: Slots, trig: Trigger) -> Slots:
    """A people (`Americans`, `Palestinians`) is not the agent of a detention or an attack but its patient
    (`three Americans who were wrongly detained in Russia`)."""
    a1 = slots.actor1
    if (
        a1 is None
        or trig.rule.cameo[:2] not in FORCE_ROOTS
        or a1.kind != "group"
        or a1.name not in nationals()
    ):
        return slots
    return Slots(slots.actor2, a1, slots.how + "+nationals")


def _without_purpose(
    text: str, lang: str, cands: list[Candidate], exprs: list[TimeExpression]
) -> list[Candidate]:
    """`bertemu X untuk membahas Y`: an action named as the purpose of an earlier one is no event itself,
    unless the text dates it apart (`bertolak pada Minggu (24/8) untuk bertemu Trump pada Senin (25/8)`)."""
    out: list[Candidate] = []
    for c in cands:
        trig, _, sent = c
        before = text[max(sent[0], trig.start - PURPOSE_REACH) : trig.start]
        earlier = [o for o in out if o[2] == sent and o[0].end <= trig.start and _kept(o)]
        appeal = any(o[0].rule.cameo[:2] in APPEAL_ROOTS for o in earlier)  # `urged X to impose sanctions`
        purpose = _purpose_at(text, lang, sent, trig.start)
        if (
            (
                purpose is not None
                and earlier
                and (appeal or not _dated_apart(exprs, sent, purpose, trig.end))
                and (lang == "id" or trig.rule.event_type == "CONSULT" or appeal)
            )
            or _appealed_complement(text, lang, trig, earlier)
            or _praised_reason(before, earlier)
        ):
            continue
        out.append(c)
    return out


def _dated_apart(exprs: list[TimeExpression], sent: tuple[int, int], purpose: int, after: int) -> bool:
    """The purpose clause (from `after` to the sentence's end) has an event date of its own, another day than
    the one told before the purpose word."""
    own = [e for e in exprs if e.kind == "event" and e.precision == "day" and after <= e.char_start < sent[1]]
    host = [
        e for e in exprs if e.kind == "event" and e.precision == "day" and sent[0] <= e.char_start < purpose
    ]
    return bool(own and host) and own[0].start != host[-1].start


def _praised_reason(before: str, earlier: list[Candidate]) -> bool:
    """`berterima kasih kepada Modi karena telah menjamunya`, `praised Modi for having met him`: the act a
    thanks or praise is for is the content of the praise, an event the article has told, not a new one."""
    return bool(REASON.search(before)) and any(o[0].rule.cameo in PRAISE_CODES for o in earlier)


APPEAL_COMPLEMENT = re.compile(  # up to five words, no comma or conjunction, between the appeal and the act
    rf"\s+(?:(?!(?:{_words('appeal_stops', ('id',))})\b)[\w-]+\s+){{1,5}}", re.IGNORECASE
)


def _appealed_complement(text: str, lang: str, trig: Trigger, earlier: list[Candidate]) -> bool:
    """`meminta DK PBB menggelar rapat darurat`: the act asked of an addressee (no `untuk`) is no event."""
    appeals = [o[0] for o in earlier if o[0].rule.cameo[:2] in APPEAL_ROOTS]
    if lang != "id" or not appeals:
        return False
    return APPEAL_COMPLEMENT.fullmatch(text, appeals[-1].end, trig.start) is not None


@cache
def _accusation_stems(lang: str) -> tuple[str, ...]:
    coding = toml_table("common", "events.toml").get("coding", {})
    return tuple(coding.get("accusation_stems", {}).get(lang, []))


def _accused_acts(ctx: Context, cands: list[Candidate], lang: str) -> list[Candidate]:
    """`menuding Rusia meluncurkan drone ke Ukraina`, `accused the RSF of killing civilians`: an attack an
    accusation claims is coded too (CAMEO codes the act), as alleged and done by the accused; with no accused
    named (`yang dituding melakukan genosida`) it is only the accusation's content."""
    stems = _accusation_stems(lang)
    accusations = [
        (t.end, sent, s.actor2)
        for t, s, sent in cands
        if t.rule.cameo == "112" and t.text.lower().startswith(stems)
    ]
    out: list[Candidate] = []
    for trig, slots, sent in cands:
        claims = [a for end, s, a in accusations if sent == s and 0 <= trig.start - end <= ACCUSED_SPAN]
        if not claims or trig.rule.cameo[:2] not in CLAIMED_ROOTS:
            out.append((trig, slots, sent))
            continue
        accused = claims[0]
        if accused is None and slots.actor1 is not None and slots.actor2 is not None:
            out.append((trig, replace(slots, how=slots.how + ACCUSED), sent))  # `Rights groups accused X`
        elif accused is not None and all(o[0] is not trig for o in out):
            found = [f for f in shared_subject_roles(ctx, sent, trig, accused) if f.actor2 is not None]
            out += [_finished(ctx, sent, trig, replace(f, how=f.how + ACCUSED), lang) for f in found]
    return out


def _one_denial(mentions: list[Mention]) -> list[Mention]:
    """`membantah bahwa Indonesia telah menyetujui ...`: the denial and the event it denies are one report,
    kept as the denial; it takes its patient from the denied event when it names none."""
    denials = {m.char_start: m for m in mentions if m.cameo == DENY}
    out: list[Mention] = []
    for m in mentions:
        host = denials.get(m.char_start)
        if host is None or m is host or m.modality != "denied":
            out.append(m)
            continue
        other = next(
            (a for a in (m.actor2, m.actor1) if a is not None and a.country != _country(host.actor1)), None
        )
        if host.actor2 is None and other is not None:
            fixed = replace(host, actor2=other, rule=host.rule + "+denied_event")
            out = [fixed if x is host else x for x in out]
            denials[m.char_start] = fixed
    return out


def _unconfirmed_claims(
    text: str, sents: list[tuple[int, int]], mentions: list[Mention], lang: str
) -> list[Mention]:
    """A reported event the next sentence does not confirm (`Russia did not confirm it`) is alleged."""
    following = {s: text[n[0] : n[1]] for s, n in itertools.pairwise(sents)}
    return [
        replace(m, modality="alleged", rule=m.rule + "+unconfirmed")
        if m.modality == "asserted"
        and unconfirmed_claim(m.sentence, following.get((m.char_start, m.char_end), ""), m.cameo, lang)
        else m
        for m in mentions
    ]


def _country(a: Actor | None) -> str | None:
    return a.country if a is not None else None


def _sentence_dates(mentions: list[Mention]) -> list[Mention]:
    """An undated event of a sentence that dates another one of the same modality happened about then
    (`police dispersed protesters early Friday who rallied outside parliament`): the day before up to it."""
    out = list(mentions)
    for i, m in enumerate(out):
        if m.dating.precision != "unknown":
            continue
        donor = next(
            (d for d in mentions if d.char_start == m.char_start
             and (d.modality == m.modality or ACCUSED in d.rule)
             and d.dating.start is not None and d.dating.end is not None and not d.dating.how
             and not dated_in_aside(m.sentence, d.dating.text, m.trigger)
             and not _later_clause(m.sentence, m.trigger, d.trigger)),
            None,
        )  # fmt: skip
        if donor is not None and donor.dating.start is not None:
            start = donor.dating.start - timedelta(days=1)
            when = Dating(donor.dating.text, None, start, donor.dating.end, "range", "+sentence_date")
            out[i] = replace(m, dating=when, rule=m.rule + "+sentence_date")
    return out


@cache
def _background_clauses(lang: str) -> re.Pattern[str] | None:
    patterns = toml_table("common", "events.toml").get("background", {}).get(lang, [])
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _background(text: str, lang: str, cand: Candidate) -> bool:
    """`..., where Jakarta has clashed with foreign fleets`: a clause telling history is no event."""
    trig, _, sent = cand
    clause = _background_clauses(lang)
    return clause is not None and clause.search(text, max(sent[0], trig.start - 80), trig.start) is not None


def _kept(cand: Candidate) -> bool:
    trig, slots, _ = cand
    return _keep(trig, slots.actor1, slots.actor2)


def _visits_place(text: str, actors: list[Found], cand: Candidate) -> bool:
    """`Bupati X meninjau lokasi pengungsian di Kecamatan Y`: a visit to a place of the visitor's own country
    has no second party; the place it names after the trigger is where it happened."""
    trig, slots, sent = cand
    a1 = slots.actor1
    return (
        trig.rule.cameo == "042"
        and slots.actor2 is None
        and a1 is not None
        and a1.kind in ("person", "group", "org")
        and a1.role not in _coding()[1]  # no victim or suspect pays a visit
        and (where := location_after(text, actors, trig.end, sent[1])) is not None
        and where.kind == "place"
        and a1.country in (None, where.country)
    )


def _dates_by_span(
    text: str, exprs: list[TimeExpression], sents: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> dict[int, list[TimeExpression]]:
    """Span index -> the temporal expressions of its sentence that are nearest to it."""
    starts = [s for s, _ in sents]
    by_sentence: dict[int, list[int]] = {}
    for i, (s, _) in enumerate(spans):
        by_sentence.setdefault(bisect_right(starts, s) - 1, []).append(i)
    out: dict[int, list[TimeExpression]] = {}
    for si, idx in by_sentence.items():
        lo, hi = sents[si] if si >= 0 else (0, len(text))
        local = assign(text, [e for e in exprs if lo <= e.char_start < hi], [spans[i] for i in idx])
        for k, found in local.items():
            out[idx[k]] = found
    return out


def _purpose_dates(
    text: str,
    lang: str,
    sents: list[tuple[int, int]],
    exprs: list[TimeExpression],
    triggers: list[Trigger],
    spans: list[tuple[int, int]],
    dates: dict[int, list[TimeExpression]],
) -> set[tuple[int, int]]:
    """`setelah lawatan sembilan tahun lalu, untuk bertemu Xi`, `after the visit in 2016 to meet Xi`: talks
    named as the purpose of a trip happened on it. Undated, they take the trip's date (written into `dates`);
    returns the spans so dated. Only talks: `prompting Bogota to recall its envoy` is no trip's purpose."""
    served: set[tuple[int, int]] = set()
    for trig in triggers:
        i = spans.index((trig.start, trig.end))
        if trig.rule.event_type != "CONSULT" or any(e.kind == "event" for e in dates.get(i, [])):
            continue
        told = _date_before_purpose(text, lang, sents, exprs, trig.start)
        if told is not None:
            dates[i] = [told]
            served.add((trig.start, trig.end))
    return served


def _date_before_purpose(
    text: str, lang: str, sents: list[tuple[int, int]], exprs: list[TimeExpression], start: int
) -> TimeExpression | None:
    """The sentence's last event date before the purpose word that stands right before `start`, if any."""
    sent = sentence_of(sents, start)
    word = _purpose_at(text, lang, sent, start) if sent else None
    if word is None or sent is None:
        return None
    told = [e for e in exprs if e.kind == "event" and sent[0] <= e.char_start and e.char_end <= word]
    return told[-1] if told else None


def _purpose_at(text: str, lang: str, sent: tuple[int, int], start: int) -> int | None:
    """Where the purpose word right before `start` (`untuk`, `to`) begins, if one stands there."""
    purpose, lo = PURPOSE.get(lang), max(sent[0], start - PURPOSE_REACH)
    found = purpose.search(text[lo:start]) if purpose else None
    return lo + found.start() if found else None


def _mention(
    text: str,
    actors: ByStart,
    sent: tuple[int, int],
    trig: Trigger,
    slots: Slots,
    exprs: list[TimeExpression],
    lang: str,
    anchor: date | None,
    scene: tuple[str | None, str | None],  # (the dateline, the article's home country)
    in_caption: bool,
    how: str = "",
) -> Mention:
    a1, a2 = slots.actor1, slots.actor2
    upto = trig.end if trig.rule.kind == "subject_noun" else trig.start  # `Perundingan itu akan digelar`
    mod = modality(text[sent[0] : upto], lang, trig.rule.modality)
    mod = "alleged" if ACCUSED in slots.how and mod == "asserted" else mod
    when = dating(
        exprs, mod, anchor, mod == "asserted" and future_in_other_clause(text[sent[0] : upto], lang)
    )
    if mod == "asserted" and anchor is not None and when.start is not None and when.start > anchor:
        mod = "planned"  # `invited Xi to visit Jakarta next year`: a date after publication is not yet done
    where = location_after(text, actors, trig.start, sent[1])
    if where is None and _locating()[0]:  # `Di Kathmandu, polisi menembaki ...`: a fronted scene
        where = location_after(text, actors, sent[0], trig.start)
    rule = trig.rule.rule + slots.how + when.how + (how if when.precision != "unknown" else "")
    rule += EVENT_COMMENT if _comments_event(text, sent, trig) else ""
    if where is None and a2 is not None and a2.kind == "place" and trig.rule.event_type == "VISIT":
        where = a2
    if where is None and (trig.rule.cameo in HOSTED or _locating()[1]) and not in_caption:
        where, how_placed = fallback_place((a1, a2), *scene)
        rule += how_placed
    if where is not None and where.country is not None:  # `Police in Serbia used tear gas on protesters`
        a1, a2, how = _located_generics(a1, a2, where.country, "+dateline_location" in rule)
        rule += how
    dated = DATE_CONFIDENCE.get(when.precision, 0.0)
    confidence = 0.5 + 0.2 * (a2 is not None) + dated - 0.1 * ("pronoun" in rule)
    cameo, event_type = trig.rule.cameo, trig.rule.event_type
    if cameo[:2] == "14" and a1 is not None and a1.role == "REB":  # `White Army menyerbu markas`: an assault
        cameo, event_type, rule = "190", "FIGHT", rule + "+armed_storming"
    return Mention(
        text[sent[0] : sent[1]], sent[0], sent[1], trig.text, cameo, event_type,
        a1, a2, where, mod, when, in_caption, rule, round(min(confidence, 0.95), 2),
    )  # fmt: skip


def _comments_event(text: str, sent: tuple[int, int], trig: Trigger) -> bool:
    """The trigger opens its sentence (at most two words before it) as the subject of an occurrence verb."""
    return (
        OPENING.fullmatch(text, sent[0], trig.start) is not None
        and OCCURRENCE.match(text, trig.end, sent[1]) is not None
    )


def _located_generics(
    a1: Actor | None, a2: Actor | None, country: str, from_dateline: bool
) -> tuple[Actor | None, Actor | None, str]:
    """Generic actors (`police`, `protesters`, `warga`) with no country take the country of the event's
    place: CAMEO codes them as that country's domestic actors. Flagged so users can filter the guess."""
    out = []
    for a in (a1, a2):
        generic = a is not None and a.country is None and a.kind == "group" and a.role in HOME_ROLES
        out.append(replace(a, country=country) if generic and a is not None else a)
    if out == [a1, a2]:
        return a1, a2, ""
    return out[0], out[1], "+actor_country_from_dateline" if from_dateline else "+actor_country_from_location"


def _caption_pair(text: str, actors: list[Found], exprs: list, anchor: date | None) -> list[Mention]:
    """A caption naming two leaders of different countries together (`X dan Y di Z, date`): a meeting."""
    people = [f for f in actors if f.actor.kind == "person"]
    for a, b in itertools.pairwise(people):
        if a.actor.country != b.actor.country and CAPTION_PAIR.match(text[a.end : b.start]):
            when = dating([e for e in exprs if e.kind == "event"][:1], "asserted", anchor)
            where = location_after(text, actors, b.end, len(text))
            sentence = text[: split_sentences(text)[0][1]] if text.strip() else text
            return [
                Mention(sentence, 0, len(sentence), text[a.start : b.end], "040", "CONSULT", a.actor, b.actor,
                        where, "asserted", when, True, "caption_pair", 0.5)
            ]  # fmt: skip
    return []


def _resolve_anaphors(
    text: str,
    mentions: list[Mention],
    sents: list[tuple[int, int]],
    anaphors: list[tuple[int, int]],
    dates: dict,
) -> list[Mention]:
    """`Pertemuan ini ... pada Senin` dates the first meeting; `... saat X mengunjungi Y` borrows its date."""
    meetings = [m for m in mentions if family(m.cameo) == "MEET"]
    if not meetings:
        return mentions
    referent = min(meetings, key=lambda m: m.char_start)
    out = list(mentions)
    for k, (s, _e) in enumerate(anaphors):
        if s < referent.char_end:
            continue
        own = dating([e for e in dates.get(k, []) if not _past_sequence(text, e, _e)], "asserted", None)
        if referent.dating.precision == "unknown" and own.precision != "unknown":
            fixed = replace(
                referent, dating=replace(own, how="+anaphor_date"), rule=referent.rule + "+anaphor_date"
            )
            out[out.index(referent)] = fixed
            referent = fixed
        sent = next((x for x in sents if x[0] <= s < x[1]), None)
        saat = SAAT.search(text, s, sent[1]) if sent else None
        fronted = sent is not None and bool(FRONTED_PREPOSITION.fullmatch(text[sent[0] : s]))
        if sent is None or (saat is None and not fronted) or referent.dating.precision == "unknown":
            continue
        how = "+saat_anaphor" if saat else "+fronted_anaphor"
        for i, m in enumerate(out):
            if m.char_start == sent[0] and m is not referent and m.dating.precision == "unknown":
                out[i] = replace(m, dating=referent.dating, rule=m.rule + how)
    return out


@cache
def _sequence_subordinator() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?<!\w)(?:{clause_words('sequence_subordinators')})(?!\w)")


def _later_clause(sentence: str, trigger: str, donor: str) -> bool:
    """`menerima kunjungan Camilleri ... sejak partainya memenangi pemilu pada 3 Februari`: an act past
    `sejak` or `after` is earlier or later than the one before it and lends it no date."""
    at, donor_at = sentence.find(trigger), sentence.find(donor)
    return 0 <= at < donor_at and _sequence_subordinator().search(sentence, at, donor_at) is not None


def _past_sequence(text: str, expr: TimeExpression, end: int) -> bool:
    """`Kunjungan ini ..., setelah terakhir kali ke Seoul pada Juli 2014`: a date past `setelah` dates that
    earlier trip, not the event the anaphor repeats."""
    return expr.char_start > end and _sequence_subordinator().search(text, end, expr.char_start) is not None


def _compatible_actor(a: Actor | None, b: Actor | None) -> bool:
    if a is None or b is None:
        return True
    if a.key == b.key:
        return True
    if _named_body(a) and _named_body(b):
        return False  # `Dinas Sosial Kabupaten Garut` and `BNPB`: two named bodies are two agents
    return (a.kind != "person" or b.kind != "person") and a.country is not None and a.country == b.country


def _named_body(a: Actor) -> bool:
    """A body the text names (`BNPB`, `Dinas Sosial Kabupaten Garut`), not a common noun (`polisi`)."""
    words = a.name.split()
    return a.kind == "org" or (a.kind == "group" and len(words) > 1 and all(w[0].isupper() for w in words))


def _other_conjunct(x: Mention, y: Mention) -> bool:
    """`recall its ambassador ... and expel X's envoy`: a verb conjunct is a second act, never a repeat
    (except meetings and visits, which one trip makes one event)."""
    if x.char_start != y.char_start or x.in_caption != y.in_caption or x.trigger == y.trigger:
        return False
    if family(x.cameo) == "MEET":
        return False  # `visited Tehran and met Khamenei`: talks held during a visit are the visit
    found = sorted((m.sentence.find(m.trigger), m.trigger) for m in (x, y))
    if found[0][0] < 0:
        return False
    gap = x.sentence[found[0][0] + len(found[0][1]) : found[1][0]]
    return (
        len(gap) <= SHARED_SUBJECT_GAP and not CLAUSE_BREAK.search(gap) and bool(COORDINATED_VERB.search(gap))
    )


def _same_event(x: Mention, y: Mention) -> bool:
    """Inside one article: same family, compatible actor pair (either order), compatible dates."""
    if family(x.cameo) != family(y.cameo) or _other_conjunct(x, y) or _distinct_acts(x, y):
        return False
    straight = _compatible_actor(x.actor1, y.actor1) and _compatible_actor(x.actor2, y.actor2)
    crossed = _compatible_actor(x.actor1, y.actor2) and _compatible_actor(x.actor2, y.actor1)
    if crossed and not straight and _retaliation(x, y):
        return False
    if not (straight or crossed):
        return False
    dx, dy = x.dating, y.dating
    if dx.start is None or dy.start is None or dx.end is None or dy.end is None:
        return True
    if dx.precision == "day" and dy.precision == "day":
        return dx.start == dy.start
    return not (dx.end < dy.start or dy.end < dx.start)


def _distinct_acts(x: Mention, y: Mention) -> bool:
    """An arrival and the talks held later, a welcome and a meeting: two sentences coding two different acts
    of one family tell two events; only a repeat of the same act (or one sentence's two words) folds. Two
    exceptions: a sentence commenting on a told event (`Lawatan itu berlangsung di tengah ...`), and a past
    event recalled at month or year precision (`hosted Modi in July 2024` and `the two met in July 2024`),
    where nothing tells its acts apart. One sentence's two words fold unless one act is done and the other
    not. A sentence opening `Separately,` always tells another event."""
    if x.char_start == y.char_start and x.in_caption == y.in_caption:
        return x.cameo != y.cameo and x.modality != y.modality  # `called Aoun and will visit Beirut`
    if SEPARATE.match(x.sentence) or SEPARATE.match(y.sentence):
        return True
    if x.cameo == y.cameo:
        return False
    if EVENT_COMMENT in x.rule or EVENT_COMMENT in y.rule:
        return False
    return not (x.dating.precision in COARSE and y.dating.precision in COARSE)


def _retaliation(x: Mention, y: Mention) -> bool:
    """`Cambodian troops fired rockets into Thailand` after `Thailand struck Cambodian targets`, `Israel freed
    prisoners` in return for hostages Hamas freed: a directed act of each side on the other is two events,
    not one report (unless a trigger names both sides as one)."""
    return (
        x.cameo[:2] in _directed_roots()
        and None not in (x.actor1, x.actor2, y.actor1, y.actor2)
        and not (_symmetric_trigger(x) or _symmetric_trigger(y))
    )


def _symmetric_trigger(m: Mention) -> bool:
    return "+between" in m.rule or "+coordinated" in m.rule


def _quality(m: Mention) -> tuple:
    """Which of an event's reports hosts the others: the best dated, then the one naming both sides (a
    comment on `the drone attacks` by a spokesman is no better report of them for naming a person)."""
    named = sum(a is not None and a.kind == "person" for a in (m.actor1, m.actor2))
    return (
        PRECISION_RANK.get(m.dating.precision, 5),
        m.in_caption,
        m.actor1 is None or m.actor2 is None,
        -named,
        m.modality != "asserted",
        m.char_start,
    )


def _fuller_same_sentence(host: Mention, m: Mention) -> bool:
    """`Israel attacked Beirut ..., the first air strike on Lebanon since ...`: of two reports of one act in
    one sentence, the better-dated one may have lost its agent; the one naming both sides keeps its actors."""
    return (
        host.char_start == m.char_start
        and host.in_caption == m.in_caption
        and host.actor2 is None
        and m.actor1 is not None
        and m.actor2 is not None
        and m.modality == host.modality
    )


def _fills_patient(host: Mention, m: Mention) -> bool:
    """`Poland downed a drone` (caption, dated) and `Poland downed Russian drones` (body): the better-dated
    report keeps its date and takes the patient the other report names for the same agent. A counted crowd
    (`mengamankan sembilan orang`) gives way to the person another report names."""
    return (
        (host.actor2 is None or CROWD in host.rule)
        and m.actor2 is not None
        and CROWD not in m.rule
        and host.actor1 is not None
        and m.actor1 is not None
        and host.actor1.key == m.actor1.key
        and host.modality == m.modality
    )


def consolidate(mentions: list[Mention]) -> list[Mention]:
    """One mention per event per article: the best-dated report wins, others fold into it."""
    kept: list[Mention] = []
    for m in sorted(mentions, key=_quality):
        host = next((k for k in kept if _same_event(k, m)), None)
        if host is None:
            kept.append(m)
        elif _fuller_same_sentence(host, m):
            kept[kept.index(host)] = replace(
                m, dating=host.dating, location=m.location or host.location, rule=m.rule + "+sentence_fold"
            )
        elif _fills_patient(host, m):
            kept[kept.index(host)] = replace(host, actor2=m.actor2, rule=host.rule + "+patient_fold")
        elif host.location is None and m.location is not None:
            kept[kept.index(host)] = replace(host, location=m.location)
    return sorted(kept, key=lambda m: (m.in_caption, m.char_start))


def code_article(article: dict[str, Any]) -> list[dict[str, Any]]:
    """All mention rows of one article (a dict of the input columns)."""
    lang = (article.get("language") or "id").split("-")[0].lower()
    lang = lang if lang in ("id", "en") else "en" if lang != "ms" else "id"
    anchor = anchor_date(article.get("published_at_local"), article.get("published_at"))
    dateline = article.get("dateline")
    found = code_text(article.get("body") or "", lang, anchor, dateline, False)
    for caption in article.get("captions") or []:
        found += code_text(caption, lang, anchor, dateline, True)
    folded = consolidate([publication_bound(m, anchor) for m in found])
    return [_row(article, domestic_patient(m)) for m in folded]


def told_done(m: Mention) -> bool:
    """The text tells the act as done: asserted, claimed by an accusation, or a denial made."""
    return (
        m.modality == "asserted"
        or (m.modality == "alleged" and ACCUSED in m.rule)  # claimed: past too
        or (m.modality == "denied" and m.cameo == DENY)  # `membantah tudingan itu`: the denial was made
    )


def publication_bound(m: Mention, anchor: date | None) -> Mention:
    """An asserted event the text does not date is reported as done: its interval is the days before
    publication (GDELT and ICEWS date such events by the article), but its precision stays `unknown` and
    it gets no `event_date`, so the guess is never passed off as a dated event. Applied after every
    inheritance rule and before an article's reports are folded together, so it never joins an old act."""
    window = settings()["undated_window_days"]
    bounded = m.dating.start is not None  # by its paragraph's days
    if m.dating.precision != "unknown" or bounded or not told_done(m) or anchor is None or window < 0:
        return m
    when = Dating(None, None, anchor - timedelta(days=window), anchor, "unknown", "+publication_bound")
    return replace(m, dating=when, rule=m.rule + when.how)


@cache
def _domestic_roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("coding", {}).get("domestic_patient_roots", []))


@cache
def _directed_roots() -> frozenset[str]:
    return frozenset(toml_table("common", "events.toml").get("coding", {}).get("directed_roots", []))


def domestic_patient(m: Mention) -> Mention:
    """A protest or a coercive act whose patient the text leaves unnamed (`protesters rallied`, `police
    imposed a curfew`) is aimed at the agent's own country, as GDELT codes such events; flagged."""
    if m.actor2 is not None or m.cameo[:2] not in _domestic_roots():
        return m
    iso = (m.actor1.country if m.actor1 else None) or (m.location.country if m.location else None)
    target = country_actor(iso) if iso else None
    if target is None:
        return m
    return replace(m, actor2=target, rule=m.rule + "+domestic_patient")


def _actor_cols(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": a.name if a else None,
        f"{prefix}_country": a.country if a else None,
        f"{prefix}_role": a.role if a else None,
        f"{prefix}_kind": a.kind if a else None,
    }


def _row(article: dict[str, Any], m: Mention) -> dict[str, Any]:
    aid = str(article.get("article_id"))
    pair = "|".join(a.key if a else "" for a in (m.actor1, m.actor2))
    digest = hashlib.sha1(
        f"{aid}|{m.in_caption}|{m.sentence}|{m.trigger}|{m.cameo}|{pair}".encode()
    ).hexdigest()
    d = m.dating if m.dating else UNKNOWN
    return {
        "mention_id": "m_" + digest[:16],
        "article_id": aid,
        "sentence": m.sentence,
        "char_start": m.char_start,
        "char_end": m.char_end,
        "trigger": m.trigger,
        "date_text": d.text,
        "event_date": d.event_date,
        "date_start": d.start,
        "date_end": d.end,
        "date_precision": d.precision,
        "modality": m.modality,
        "in_caption": m.in_caption,
        "confidence": m.confidence,
        "rule": m.rule,
        "event_type": m.event_type,
        "cameo_code": m.cameo,
        **_actor_cols("actor1", m.actor1),
        **_actor_cols("actor2", m.actor2),
        "location_name": m.location.name if m.location else None,
        "location_country": m.location.country if m.location else None,
        "published_at": article.get("published_at"),
        "site": article.get("site"),
    }
