"""Parties a clause leaves implicit: agentless passives, event nouns as subjects and untitled names.

`Tom Lembong divonis 4 tahun` names no court and no title, `Perundingan itu akan digelar pada Minggu`
names no party at all; CAMEO still codes such reports, with the state (country plus role) as the agent
and the parties of the context as the event's pair.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.events.context import country_actor
from kabar.events.crowds import CROWD, crowd_before
from kabar.events.data import ID_FIRST, clause_word_list, clause_words, lexicon_words, toml_table
from kabar.events.gazetteer import Actor
from kabar.events.roles import Context, Slots, _objects, _pair, _subject, between_inside
from kabar.events.titles import STOP_WORDS
from kabar.events.triggers import NEEDS_OBJECT, Trigger

# `Thomas Lembong alias Tom Lembong divonis`, `Ekrem Imamoglu had been suspended`: two to four capitalised
# words right before the verb (an auxiliary may stand between).
UNTITLED_NAME = re.compile(
    rf"(?<![\w-])((?:[A-Z][a-z'’-]+\s+){{1,3}}[A-Z][a-z'’-]+)\s+(?:(?:{clause_words('name_auxiliaries')})\s+)?$"
)
# `Helena ditahan`: one capitalised word before the verb (kept only as the short form of a longer name).
ONE_NAME = re.compile(rf"(?<![\w-])([A-Z][a-z'’-]{{2,}})\s+(?:(?:{clause_words('name_auxiliaries')})\s+)?$")
# `menghukum Ronald lima tahun`, `detained opposition figure Ahmed Ali`: an untitled name right after an
# active verb (a lead word such as `mantan`/`former` may stand between, or a few words of the verb's object
# and a preposition: `menjatuhkan vonis 10 tahun kepada terdakwa Budi`) is what the verb acts on.
NAME_AFTER = re.compile(
    rf"\s+(?:(?:[a-z0-9][\w-]*\s+){{0,5}}?(?:{clause_words('object_prepositions')})\s+)?"
    rf"(?:(?:{clause_words('name_object_leads')})\s+){{0,2}}([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,3}})(?![\w-])"
)
PARTNER_AFTER = re.compile(
    rf"(?i)(?<!\w)(?:{lexicon_words('clauses.toml', 'partner_after', ID_FIRST)})\s+(?:[\w-]+\s+){{0,8}}?$"
)
MAX_PARTNER_CHARS = 140


@cache
def _speaker_pronoun() -> re.Pattern[str]:
    """`the State Security Service said it had detained`: `it`/`they` right after a saying is the speaker
    (the saying verbs are in kabar/lexicon/<lang>/clauses.toml)."""
    return re.compile(
        rf"(?i)\s*(?:{clause_words('saying_verbs')})\s+"
        r"(?:on\s+\w+\s+|late\s+\w+\s+|earlier\s+)?(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    )


@cache
def _implied(lang: str) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (name, role) of the state body a passive of that code implies."""
    table = toml_table("common", "events.toml").get("implied_agent", {}).get(lang, {})
    return {code: (spec[0], spec[1]) for code, spec in table.items()}


def implied_agent(slots: Slots, trig: Trigger, home: str | None, lang: str) -> Slots:
    """`Sejumlah demonstran ditangkap`: a state's coercion told in an agentless passive has that state's body
    (the article's home country, else the patient's own) as its agent."""
    patient = slots.actor2
    if trig.rule.kind != "passive" or slots.actor1 is not None or patient is None:
        return slots
    spec = _implied(lang).get(trig.rule.cameo)
    own = patient.country if patient.kind in ("person", "title") else None
    country = home or own
    if spec is None or country is None:
        return slots
    return Slots(Actor(spec[0], country, spec[1], "group"), patient, slots.how + "+implied_agent")


# `... mengirim bantuan ke negara yang dilanda banjir`: a recipient named by a common noun
UNNAMED_RECIPIENT = re.compile(
    rf"[^.;]{{0,80}}?(?<!\w)(?i:{lexicon_words('roles.toml', 'destination_prepositions')})\s+[a-z]"
)


def aid_recipient(ctx: Context, trig: Trigger, slots: Slots) -> Slots:
    """`Norway sent tents through its aid agency`: aid that names no recipient goes to the country the story
    is about (the article's home country), when the giver is from elsewhere. A recipient the text names by a
    common noun (`to the country`) is not guessed."""
    giver = slots.actor1
    if (
        trig.rule.event_type != "AID"
        or trig.rule.requires not in NEEDS_OBJECT
        or giver is None
        or slots.actor2 is not None
        or ctx.home is None
        or giver.country is None
        or (giver.country == ctx.home and giver.kind in ("country", "place"))
        or (giver.country != ctx.home and UNNAMED_RECIPIENT.match(ctx.text, trig.end))
    ):
        return slots
    home = country_actor(ctx.home)
    return slots if home is None else Slots(giver, home, slots.how + "+aid_home")


def own_country(trig: Trigger, slots: Slots) -> Slots:
    """`Bupati X menetapkan status tanggap darurat`: a declaration for the agent's own people names no
    patient; it is the agent's country (CAMEO codes domestic actors by country)."""
    a1 = slots.actor1
    if trig.rule.requires != "own_country" or a1 is None or a1.country is None or slots.actor2 is not None:
        return slots
    home = country_actor(a1.country)
    return slots if home is None or home.key == a1.key else Slots(a1, home, slots.how + "+own_country")


def untitled_patient(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """A passive whose subject is a name no lexicon knows (`Tom Lembong divonis`) or a counted crowd
    (`323 people were detained`): that person or crowd is the patient."""
    if trig.rule.kind != "passive" or slots.actor2 is not None:
        return slots
    crowd = crowd_before(ctx.text, sent[0], trig.start, ctx.home)
    if crowd is not None:
        return Slots(slots.actor1, crowd, slots.how + CROWD)
    m = UNTITLED_NAME.search(ctx.text, sent[0], trig.start) or _short_name(ctx.text, sent[0], trig.start)
    if m is None or any(w in STOP_WORDS for w in m.group(1).split()):
        return slots
    if ctx.index.starting_in(m.start(1), m.end(1)):
        return slots  # a known actor is part of it: the gazetteer already had its say
    person = Actor(" ".join(m.group(1).split()), ctx.home, None, "person")
    return Slots(slots.actor1, person, slots.how + "+untitled_name")


def untitled_object(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """An active verb that needs a patient and found none (`Mahkamah Agung menghukum Ronald lima tahun`):
    an untitled name right after it is that patient. A lone word must be the short form of a longer name
    in the text, and phrases led by a place or body word (`Kantor`, `Court`) are no persons."""
    needs = trig.rule.requires in NEEDS_OBJECT
    if trig.rule.kind != "verb" or not needs or slots.actor1 is None or slots.actor2 is not None:
        return slots
    m = NAME_AFTER.match(ctx.text, trig.end, sent[1])
    if m is None:
        return slots
    words = m.group(1).split()
    if words[0] in _not_person_heads() or any(w in STOP_WORDS for w in words):
        return slots
    known = ctx.index.starting_in(m.start(1), m.end(1))
    if known or (len(words) == 1 and not _short_form(ctx.text, words[0])):
        return slots
    person = Actor(" ".join(words), ctx.home, None, "person")
    return Slots(slots.actor1, person, slots.how + "+untitled_object")


@cache
def _not_person_heads() -> frozenset[str]:
    """Words opening a place's or a body's name: the clause lexicon's, plus the place words the name bounds
    already know (`Jalan`, `Bandara`, `Kota`, `University`; events.toml [names])."""
    names = toml_table("common", "events.toml").get("names", {})
    places = (names.get(key, []) for key in ("before_city", "place_before_name", "place_after_name"))
    return frozenset(clause_word_list("not_person_heads")) | {w.split()[0] for words in places for w in words}


def _short_name(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`Helena ditahan`: one capitalised word before the verb, the short form of a name the text gives."""
    m = ONE_NAME.search(text, lo, hi)
    return m if m is not None and _short_form(text, m.group(1)) else None


def _short_form(text: str, word: str) -> bool:
    """`Ronald` is a short form when the text also names `Ronald Tannur` (or `X Ronald`)."""
    name = re.escape(word)
    return re.search(rf"(?<![\w-]){name}\s+[A-Z][a-z]|[A-Z][a-z'’-]+\s+{name}(?![\w-])", text) is not None


def signing_partner(ctx: Context, sent: tuple[int, int], trig: Trigger, slots: Slots) -> Slots:
    """`Perjanjian yang ditandatangani Prabowo ... bersama Menteri Pertahanan Australia Richard Marles`: a
    symmetric passive with one agent and no patient takes the partner joined by `bersama`/`with`."""
    if (
        trig.rule.kind != "passive"
        or not trig.rule.symmetric
        or slots.actor1 is None
        or slots.actor2 is not None
    ):
        return slots
    agent = slots.actor1
    for f in ctx.index.starting_in(trig.end, min(sent[1], trig.end + MAX_PARTNER_CHARS)):
        other = f.actor.key != agent.key and f.actor.country != agent.country
        if other and PARTNER_AFTER.search(ctx.text, trig.end, f.start):
            return Slots(agent, f.actor, slots.how + "+partner_after")
    return slots


def event_noun_slots(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Slots:
    """`BEM SI menyatakan aksi serupa akan digelar`, `Perundingan itu akan digelar`: an event noun as the
    subject has the parties it names (`gencatan senjata antara X dan Y`) or named before it, else (a meeting)
    the two people the text spoke of last."""
    inside = between_inside(ctx, sent, trig) if trig.rule.symmetric else None
    if inside is not None:
        return Slots(inside[0], inside[1], "+between+event_noun")
    subject, how = _subject(ctx, sent, trig)
    if not trig.rule.symmetric:
        return Slots(subject[0] if subject else None, None, how + "+event_noun")
    if len(subject) >= 2:
        return Slots(subject[0], subject[1], how + "+event_noun")
    if subject:
        objs, how2 = _objects(ctx, sent, trig, trig.end, subject[0], False)
        return Slots(subject[0], objs[0] if objs else None, how + how2 + "+event_noun")
    pair = _pair(ctx.actors, sent[0], False) or ctx.pair
    if pair is None:
        return Slots(None, None)
    return Slots(pair[0], pair[1], "+event_noun+context_pair")


def reported_speaker(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Actor | None:
    """`On Sunday, the State Security Service said it had detained five opposition figures`: a verb whose
    subject is `it`/`they` right after a saying acts for the one who says it."""
    for f in reversed(ctx.index.starting_in(sent[0], trig.start)):
        if _speaker_pronoun().fullmatch(ctx.text, f.end, trig.start):
            return f.actor
    return None
