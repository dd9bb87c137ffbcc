"""Who did it to whom: actor slots from word order around the trigger.

Indonesian and English are both SVO: the agent stands before an active verb (me-/ber-), the patient
after it; a passive di- verb inverts them (`ditepis oleh X`). Actors inside prepositional phrases
(`perang di Ukraina`) are not subjects. Pronouns and `kedua pemimpin` resolve from the context.
Coordinated agents or patients (`A dan B bertemu C`) give one pair per coordinated actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from kabar.events.aged_people import PRIVATE
from kabar.events.attack_subject import ATTACKER_KINDS, attack_owner
from kabar.events.crowds import CROWD, captives_after, crowd_after, crowd_suffered
from kabar.events.data import ID_FIRST, clause_words, lexicon_words, word_list
from kabar.events.gazetteer import Actor, Found, demonyms
from kabar.events.sentences import sentence_of
from kabar.events.spans import ByStart
from kabar.events.triggers import Trigger
from kabar.events.witnesses import witness_before


def _words(key: str, langs: tuple[str, ...] = ID_FIRST, spaced: bool = False) -> str:
    """`key`'s words in kabar/lexicon/<lang>/roles.toml as one regex alternation."""
    return lexicon_words("roles.toml", key, langs, spaced)


def _word_set(key: str) -> frozenset[str]:
    return frozenset(word_list("roles.toml", key, ID_FIRST))


PREPOSITIONS = _word_set("prepositions")
CLAUSE_PREPOSITIONS = _word_set("clause_prepositions")
BOUNDARIES = re.compile(
    rf"(?i)(?<!\w)(?:(?<=,\s)(?:{_words('boundary_after_comma')})|(?:{_words('boundary_stems')})\w*|"
    rf"{_words('boundary_words')})(?!\w)|[;:]|"
    rf"(?<!\w)(?:{_words('boundary_conjunctions')})\s+(?:(?:{_words('boundary_adverbs')})\s+)?"
    rf"(?!{_words('boundary_not_verbs')})(?-i:(?:me|ber|di)[a-z]{{3,}}|[a-z]{{3,}}ed)(?!\w)"
)
PRONOUN = re.compile(rf"(?i)(?<!\w)(?:{_words('pronouns')})(?!\w)")
BODY_PRONOUN = re.compile(rf"((?:{_words('body_pronouns')}))\s+(?:(?:{_words('boundary_adverbs')})\s+)?")
PAIR = re.compile(rf"(?i)(?<!\w)(?:{_words('pair_phrases')}|{_words('pair_pronouns')})(?!\w)")
PAIR_PRONOUN = re.compile(rf"(?i)(?:{_words('pair_pronouns')})")
PAIR_AFTER = re.compile(
    rf"(?i)\s+(?:(?:{_words('pair_partner_prepositions')})\s+)?"
    rf"(?=(?:{_words('pair_openers', spaced=True)})\s|{_words('pair_pronouns')})"
)
PAIR_OF_COUNTRIES = re.compile(
    "(?i)"
    + "".join(rf"(?<!{re.escape(head)} )" for head in word_list("roles.toml", "pair_person_heads", ID_FIRST))
    + rf"(?:{_words('pair_country_nouns')})"
)
COORDINATION = re.compile(
    rf"(?i)^\s*(?:{_words('coordination')}|&)\s*(?:(?:{_words('articles')})\s+)?"
    rf"(?:(?:{_words('coordination_heads')})\s+)?$"
)
LIST_SEPARATOR = re.compile(
    rf"(?i)^\s*(?:,\s*(?:(?:{_words('list_conjunctions')})\s+)?|(?:{_words('list_conjunctions')}|&)\s+)"
    rf"(?:(?:{_words('articles')})\s+)?(?:(?:{_words('coordination_heads')})\s+)?$"
)
APPOSITION = _word_set("apposition")
PAIR_OF = _word_set("pair_of")  # `Komandan dari kedua negara`, `commanders from both sides`
REPORTED_BY = re.compile(  # `, the ministry said`; `, and witnesses told` opens a clause of its own
    rf"(?i)^[\s,]*(?!(?:{_words('list_conjunctions')})\s)(?:[a-z]+\s+){{0,2}}(?:{_words('reported_by')})\b"
)
REPORTED_AFTER = re.compile(rf"(?i)(?:{_words('reported_after')})\s+(?:\w+\s+){{0,3}}$")
LOCATIVE_PHRASE = re.compile(  # a venue or a topic: `di sela ...`, `at`, `mengenai Laut China Selatan`
    rf"(?:\b(?:{_words('locative_prepositions')})\s+(?:[a-z][\w-]*\s+){{0,3}})$"
)
PLACE_CHAIN = re.compile(  # `di Lima, Peru`, `in Riyadh, Saudi Arabia`: the country after a named venue
    rf"\b(?:{_words('place_prepositions')})\s+(?:(?!(?:{_words('place_chain_stops')})\b)[\w-]+,?\s+){{1,3}}$"
)
TOPIC_BEFORE = re.compile(rf"(?i)\b(?:{_words('topic_nouns')})\s+(?:(?:{_words('topic_prepositions')})\s+)?$")
PARTNER_SUFFIX = re.compile(
    rf"(?i)(?:{_words('partner_prepositions')})$"
)  # `talks with`: the partner follows
PARTNER_GAP = re.compile(rf"(?i)^\s*(?:(?:{_words('partner_gap')})\s+)?(?:(?:{_words('articles')})\s+)?$")
TITLED_COORDINATION = re.compile(
    rf"^\s*(?:{_words('titled_coordination')}|&)\s+(?:(?:[A-Z][\w-]*|{_words('title_links')})\s+){{1,6}}$"
)
POSSESSIVE = re.compile(r"^['’]s\b")
MAX_PARTIES = 3
ONE_ADDRESSEE_ROOTS = frozenset(["11", "12"])  # one disapproval of a listed group
ATTACK_ROOTS = frozenset(["18", "19", "20"])  # CAMEO assault, fight, mass violence: directed at a target
# `Russia's`, `Israeli air`, `Pakistani`, `Hamas's October 7`, `the Hamas-led`: a possessive or `-led` may
# carry a printed day (`Month D`) between the owner and the noun.
DEMONYM_GAP = re.compile(r"(['’]s|-led)?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+)?(?:[a-z][\w-]*\s+){0,1}")
OCCASION_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_words('occasion_before')})\s+$")
OCCASION_AFTER = re.compile(rf"(?i)^\s+(?:{_words('occasion_after')})\b")
NEAR_BORDER_BEFORE = re.compile(  # `near the border with X`, `dekat perbatasan X`
    rf"(?i)(?<!\w)(?:{_words('near_words')})\s+(?:the\s+)?(?:{_words('border_words')})(?:\s+(?:with|dengan))?\s+$"
)
NEAR_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_words('near_words')})\s+(?:the\s+)?$")  # `near the [X] border`
BORDER_AFTER = re.compile(rf"(?i)^[\s-]*(?:{_words('border_words')})\b")
VERB_PREFIX = re.compile(r"^(?:me|mem|men|meng|meny)[a-z]{3,}$")
REPORTING_VERBS = _word_set("reporting_verbs")
CONTROL_VERBS = _word_set("control_verbs")  # `mengundang X untuk berkunjung`: the invitee acts next
# me- words whose next actor may still be a subject: reporting and control verbs, and `meskipun`, a verb
# prefix on a conjunction
SUBJECT_MAY_FOLLOW = REPORTING_VERBS | CONTROL_VERBS | _word_set("not_verbs")
COORDINATED_VERB = re.compile(
    rf"(?i)\s(?:{_words('coordinated_verb')})\s+(?:(?:{_words('coordinated_verb_adverbs')})\s+)?"
    rf"(?:(?:{_words('future_auxiliaries')})\s+)?$"
)
# `A akan membebaskan X, sementara B akan melepaskan Y dan menarik Z`: a coordinated verb shares the subject
# of its own clause, which starts after the last of these.
CLAUSE_START = re.compile(rf"(?i)(?:,\s*(?:{_words('clause_start')})|;)\s")
# `Fico, a critic of Western military aid to Kyiv, met Putin`: an appositive or relative clause between the
# subject and its verb; actors inside it are not the agent.
APPOSITIVE_BEFORE = re.compile(
    rf"(?i),\s+(?:{_words('appositive_openers')})\s[^,;:\"“”]{{3,160}},\s*"
    rf"(?:(?:{_words('appositive_time_leads')})\s+[^,;:\"“”]{{1,30}}?\s+)?"
    rf"(?:(?:{_words('appositive_adverbs')})\s+)?$"
)
# `an angry response from Israel, which barred two ministers`: the head of a relative clause is its verb's
# subject wherever it stands (one word may come between the pronoun and the verb).
RELATIVE_HEAD = re.compile(rf"(?i)\s*,?\s*(?:{clause_words('relative_aside')})\s+(?:[a-z]+\s+)?")
DESTINATION_END = re.compile(rf"(?i)\s(?:{_words('destination_prepositions')})$")
DEPARTURE_END = re.compile(rf"(?i)\s(?:{_words('departure_prepositions')})$")  # `left Paris for`
# `Egypt, which mediated the talks alongside Qatar`: an actor joined this way shares the agent's side.
CO_AGENT_BEFORE = re.compile(rf"(?i)(?<!\w)(?:{_words('co_agent')})\s+(?:(?:{_words('articles')})\s+)?$")
COUNTERPART_WORDS = _word_set("counterpart_words")
COUNTERPART_OWNER = re.compile(rf"(?i)(?<!\w)(?:{_words('counterpart_owners')})\s+$")
# `menemuinya` (met him): an object pronoun on a verb; on a noun (`menarik pasukannya`) it is a possessive.
SUFFIX_PRONOUN = re.compile(r"(?i)(?<!\w)(?:me|di|ber|ter)\w+nya$")
WORDS = re.compile(r"\w+")
COERCE = "17"  # the root whose patient may be a counted crowd, as an abduction's may
ABDUCTION = "181"
RELEASE = "084"  # a release, whose patient may be counted captives
CAPTIVES_NAMED_CHARS = 12  # `20 sandera Israel`: a side named this close after the captives is theirs
GROUP_OBJECT_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:(?:me|mem|men|meng|meny)[a-z]{{3,}}|{_words('group_counts')}|{_words('count_words')}|\d+|"
    r"[a-z]+ed|"
    rf"(?:{_words('group_object_prepositions')})\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+)?)\s*$"
)
LAST_WORD = re.compile(r"(\w+)\W*$")
ING_WORD = re.compile(r"[a-z]{3,}ing\b")
COMMA_BEFORE = re.compile(r",\s*$")
BRACKET_CLOSE = re.compile(r"\)\s*$")
KIN_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{_words('kin_words')})\s+(?:(?:dari|of)\s+)?$")  # `ayah X, Y`
OBJECT_PRONOUN = re.compile(rf"\s+(?:{_words('object_pronouns')})\b")
INFINITIVE_BEFORE = re.compile(r"(?i)\bto\s+$")
NYA_OBJECT = re.compile(rf"(?i)\s*(?:{_words('nya_prepositions')})nya\b")
BETWEEN = re.compile(rf"(?i)\s*(?:{_words('between')})\s")
TRAILING_BETWEEN = re.compile(rf"(?i)\s(?:{_words('between')})$")
INNER_BETWEEN = re.compile(rf"(?i)\s(?:{_words('between')})\s")
DESTINATION = re.compile(
    rf"(?i)\s+(?:{_words('destination')})\s+"
)  # `kunjungan kerja ke Belanda`: no possessor
MAX_GAP_WORDS = 14
BY_AGENT = re.compile(
    rf"(?i)(?<!\w)(?:{_words('passive_agent')})\s+(?:(?:{_words('articles')})\s+)?(?:[\w-]+\s+){{0,3}}$"
)
# `near the Afghan border`, `dekat perbatasan Lebanon`: a place beside an attack, not the side attacked
NEAR = re.compile(rf"(?i)\b(?:{_words('near_target')})\b")
PAIR_AGENT_GAP = re.compile(rf"(?i)\s+(?:(?:{_words('passive_agent')})\s+)?")
NOT_AGENT_ID = re.compile(rf"(?i)(?<!\w)(?:{_words('not_agent_prepositions')})\s+(?:[\w-]+,?\s+){{0,3}}$")
DESTINATION_CODES = frozenset(["174"])
SPEAKER_AFTER = re.compile(rf"(?i)[\s,]*(?:[a-z]+\s+){{0,2}}(?:{_words('speaker_verbs')})\b")
FRONTED_MAX_WORDS = 3


def _promise(lang: str, pronoun: str) -> str:
    """`mengatakan (bahwa) (ia) akan`, `said (that) he would`: one language's promise clause; `pronoun` says
    whether its subject pronoun is optional (`?`) or not (``)."""
    return (
        rf"(?:{_words('promise_verbs', (lang,))})\s+(?:(?:{_words('promise_complementisers', (lang,))})\s+)?"
        rf"(?:(?:{_words('promise_pronouns', (lang,))})\s+){pronoun}"
        rf"(?:{_words('promise_auxiliaries', (lang,))})\s+"
    )


# `..., sebelum terbang ke`, `after meeting`, `mengatakan akan`: the verb has no subject of its own
SUBJECTLESS_CLAUSE = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_words('subjectless_openers')})\s+(?:(?:{_words('subjectless_adverbs')})\s+)?"
    rf"|{_promise('id', '?')}|{_promise('en', '')})$"
)  # `Dalam pertemuan dengan X, Y ...`: the trigger opens the sentence


@dataclass(frozen=True)
class Slots:
    """The two actor slots of a mention (either may be None) and how they were filled."""

    actor1: Actor | None
    actor2: Actor | None
    how: str = ""


@dataclass(frozen=True)
class Context:
    """What roles need beyond the sentence: the text, its actors and the article's two main countries."""

    text: str
    actors: list[Found]  # sorted by start
    pair: tuple[Actor, Actor] | None = None
    sentences: tuple[tuple[int, int], ...] = ()
    home: str | None = None  # the article's home country (context.home_country)

    @cached_property
    def index(self) -> ByStart:
        return ByStart(self.actors)


def _word_before(text: str, pos: int, lo: int = 0) -> str:
    """The word before `pos`, never reaching back before `lo` (a sentence start: the previous sentence's
    last word, `... untuk memantau.`, says nothing of this sentence's subject)."""
    m = LAST_WORD.search(text, max(lo, pos - 30), pos)
    return m.group(1).lower() if m else ""


def _words_between(text: str, a: int, b: int) -> int:
    return len(WORDS.findall(text, a, b)) if b > a else 0


def _last_person(actors: list[Found], pos: int, avoid: Actor | None) -> Actor | None:
    for f in reversed(actors):
        if f.end <= pos and f.actor.kind == "person" and f.actor != avoid:
            return f.actor
    return None


def _pronoun_person(ctx: Context, sent: tuple[int, int], pos: int, avoid: Actor | None) -> Actor | None:
    """`ia`, `he`: the sentence's first person when one stands before the pronoun, else the last one named.

    A later pronoun in a sentence usually continues its subject (`X will meet Y, where he will ...`).
    """
    first = _sentence_person(ctx, sent, pos, avoid)
    if first is not None:
        return first
    return _previous_subject(ctx, sent[0], avoid) or _last_person(ctx.actors, pos, avoid)


def _sentence_person(ctx: Context, sent: tuple[int, int], pos: int, avoid: Actor | None) -> Actor | None:
    """The sentence's first person before `pos` other than `avoid` (`Macron, who had hosted Carney,
    congratulated him`: the agent is no patient of his own act)."""
    return next(
        (
            f.actor
            for f in ctx.index.starting_in(sent[0], pos)
            if f.end <= pos and f.actor.kind == "person" and f.actor != avoid
        ),
        None,
    )


def _previous_subject(ctx: Context, before: int, avoid: Actor | None) -> Actor | None:
    """A pronoun opening a sentence continues the subject of the last earlier sentence naming a person:
    its first person, not its last one (`A met B. He will then ...` is A)."""
    for start, end in reversed([s for s in ctx.sentences if s[1] <= before]):
        people = [f.actor for f in ctx.index.starting_in(start, end) if f.actor.kind == "person"]
        if people:
            return people[0] if people[0] != avoid else None
    return None


def _pair(
    actors: list[Found], pos: int, countries: bool, avoid: Actor | None = None
) -> tuple[Actor, Actor] | None:
    """The two most recent distinct people (or countries) before `pos`, never `avoid` (the agent)."""
    seen: list[Actor] = []
    for f in reversed(actors):
        if f.end > pos or _same_side(f.actor, avoid):
            continue
        a = f.actor
        if countries and a.kind not in ("country", "place"):
            continue
        if not countries and (a.kind != "person" or a.role == PRIVATE):
            continue  # `the two leaders`, `the talks`: people in office, not the victims the story names
        if all(a.key != s.key for s in seen):
            seen.append(a)
        if len(seen) == 2:
            return seen[1], seen[0]
    return None


def _pair_reference(ctx: Context, m: re.Match[str], avoid: Actor | None = None) -> tuple[Actor, Actor] | None:
    """`kedua negara`, `both sides`: the article's main countries; `kedua pemimpin`: the last two people.
    `avoid` is the agent of a pair named as patient (`hosted both ministers`): never one of the two."""
    if PAIR_OF_COUNTRIES.search(m.group()):
        main = ctx.pair if ctx.pair and not any(_same_side(a, avoid) for a in ctx.pair) else None
        return main or _pair(ctx.actors, m.start(), True, avoid)
    return (
        _people_of_sentence(ctx, m.start(), avoid)
        or _people_of_pair(ctx, m.start(), avoid)
        or _pair(ctx.actors, m.start(), False, avoid)
    )


def _people_of_sentence(ctx: Context, pos: int, avoid: Actor | None) -> tuple[Actor, Actor] | None:
    """`Lee menjamu Trump di Gyeongju, dan keduanya menyepakati ...`: the two people the reference's own
    sentence names before it are the pair, whoever the article's main sides are."""
    sent = sentence_of(ctx.sentences, pos)
    if sent is None:
        return None
    people: dict[str, Actor] = {}
    for f in ctx.index.starting_in(sent[0], pos):
        if f.end <= pos and f.actor.kind == "person" and not _same_side(f.actor, avoid):
            people.setdefault(f.actor.key, f.actor)
    named = list(people.values())
    return (named[-2], named[-1]) if len(named) >= 2 else None


def _people_of_pair(ctx: Context, pos: int, avoid: Actor | None) -> tuple[Actor, Actor] | None:
    """`kedua pemimpin`, `both leaders`: the last person named for each of the article's two main
    countries, so a third party quoted in between (a mediator, a spokesman) is never one of them."""
    if ctx.pair is None:
        return None
    found = [
        next(
            (f.actor for f in reversed(ctx.actors) if f.end <= pos and f.actor.kind == "person"
             and f.actor.country == side.country and not _same_side(f.actor, avoid)),
            None,
        )
        for side in ctx.pair
    ]  # fmt: skip
    return (found[0], found[1]) if found[0] is not None and found[1] is not None else None


def _pair_object(ctx: Context, pos: int, stop: int, agent: Actor | None, people: bool) -> list[Actor]:
    """`hosted both ministers`, `berbicara dengan kedua pemimpin itu`: a pair reference right after the
    trigger names the two patients (only two people when the verb wants a person)."""
    gap = PAIR_AFTER.match(ctx.text, pos, stop)
    m = PAIR.match(ctx.text, gap.end(), stop) if gap is not None else None
    if m is not None and people and PAIR_OF_COUNTRIES.search(m.group()):
        return []
    pair = _pair_reference(ctx, m, agent) if m is not None else None
    return list(pair) if pair is not None else []


Candidate = tuple[int, int, list[Actor], str]


def _candidates(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Candidate]:
    text = ctx.text
    pairs: list[Candidate] = []
    for m in PAIR.finditer(text, sent[0], trig.start):
        pair = _pair_reference(ctx, m)
        if pair is not None:
            pairs.append((m.start(), m.end(), list(pair), "+pair"))
    cands: list[Candidate] = [
        (f.start, f.end, [f.actor], "")
        for f in ctx.index.starting_in(sent[0], trig.start)
        if f.end <= trig.start and not any(s <= f.start and f.end <= e for s, e, _, _ in pairs)
    ]  # `Kedua delegasi`: the pair, not the bare noun inside it, is the subject
    cands += pairs
    for m in PRONOUN.finditer(text, sent[0], trig.start):
        person = _pronoun_person(ctx, sent, m.start(), None)
        if person is not None:
            cands.append((m.start(), m.end(), [person], "+pronoun"))
    body = _body_pronoun(ctx, sent, trig)
    if body is not None:
        cands.append((sent[0], body[1], [body[0]], "+pronoun"))
    cands.sort(key=lambda c: c[0])
    return _counterparts_joined(text, cands)


def _body_pronoun(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[Actor, int] | None:
    """`It praised Norway`: a body pronoun opening the sentence right before its verb stands for the body
    that opens the sentence before it (no person can be meant by it); with where the pronoun ends."""
    m = BODY_PRONOUN.fullmatch(ctx.text, sent[0], trig.start)
    before = [s for s in ctx.sentences if s[1] <= sent[0]] if m is not None else []
    if m is None or not before:
        return None
    first = next(iter(ctx.index.starting_in(*before[-1])), None)
    if first is None or first.actor.kind not in ("group", "country"):
        return None
    return first.actor, m.end(1)


def _counterparts_joined(text: str, cands: list[Candidate]) -> list[Candidate]:
    """`A and his Chilean counterpart B`: a country right before its person with only counterpart words
    between them is part of the person's phrase, which opens at a possessive before the country."""
    out: list[Candidate] = []
    for cand in cands:
        prev = out[-1] if out else None
        gap = re.findall(r"\w+", text[prev[1] : cand[0]].lower()) if prev is not None else []
        if (
            prev is not None
            and gap
            and set(gap) <= COUNTERPART_WORDS
            and len(prev[2]) == 1
            and prev[2][0].kind in ("country", "place")
            and [a.kind for a in cand[2]] == ["person"]
        ):
            out[-1] = (_owner_start(text, prev[0]), cand[1], cand[2], cand[3])
        elif cand[2] and cand[2][0].kind in ("person", "title") and _names_a_counterpart(text, cand):
            out.append((_owner_start(text, cand[0]), *cand[1:]))  # one titled span: `Chilean counterpart X`
        else:
            out.append(cand)
    return out


def _names_a_counterpart(text: str, cand: Candidate) -> bool:
    return bool(COUNTERPART_WORDS.intersection(re.findall(r"\w+", text[cand[0] : cand[1]].lower())))


def _owner_start(text: str, start: int) -> int:
    owner = COUNTERPART_OWNER.search(text, max(0, start - 8), start)
    return owner.start() if owner else start


def _coordinated_before(text: str, cands: list[Candidate], i: int) -> list[Actor]:
    """`A, B dan C` ending at candidate i: the listed actors, first to last."""
    found = list(cands[i][2])
    j = i
    gap = _gap(text, cands[i - 1][1], cands[i][0]) if i > 0 else ""
    if i == 0 or not (COORDINATION.match(gap.lstrip(" ,")) or TITLED_COORDINATION.match(gap)):
        return found  # `A, B mengecam`: a comma alone is an apposition (`Adik Kim Jong Un, Kim Yo Jong`)
    while j > 0 and len(found) < MAX_PARTIES + 1 and _listed(_gap(text, cands[j - 1][1], cands[j][0])):
        found = [*cands[j - 1][2], *found]
        j -= 1
    return found


ABBREVIATION_END = re.compile(r"[A-Z]\.[A-Z]$")


def _gap(text: str, end: int, start: int) -> str:
    """The text between two actors, less the full stop of an abbreviation the first one ends with (`U.S.`)."""
    gap = text[end:start]
    return gap[1:] if gap.startswith(".") and ABBREVIATION_END.search(text, max(0, end - 3), end) else gap


def _list_after_preposition(text: str, cands: list[Candidate], i: int, size: int, lo: int) -> bool:
    """Whether the list of `size` actors ending at candidate i opens right after a preposition."""
    head = cands[max(0, i - size + 1)]
    return _word_before(text, head[0], lo) in PREPOSITIONS


def _listed(gap: str) -> bool:
    """`A, B dan C`, `A dan Wakil Perdana Menteri sekaligus B`: the gap joins two listed actors."""
    return bool(LIST_SEPARATOR.match(gap) or TITLED_COORDINATION.match(gap))


def _subject(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[list[Actor], str]:
    """Agent(s) before the trigger: nearest actor not inside a prepositional phrase or an apposition."""
    text = ctx.text
    cands = _candidates(ctx, sent, trig)
    if SUBJECTLESS_CLAUSE.search(text, sent[0], trig.start) or _participle_adjunct(text, sent, trig):
        main = _main_subject(text, _outside_opening_quote(text, sent, cands))
        if main is not None:
            return main
    if cands and RELATIVE_HEAD.fullmatch(text, cands[-1][1], trig.start):
        listed = _coordinated_before(text, cands, len(cands) - 1)  # `Washington and Seoul, which ...`
        return _distinct(listed), cands[-1][3] + "+relative_head"
    if COORDINATED_VERB.search(text[sent[0] : trig.start]):
        cands = _own_clause_candidates(text, sent, trig, cands)
    cands, verb_at = _before_appositive(text, sent, trig, cands)
    return _nearest_subject(text, sent, cands, verb_at)


def _participle_adjunct(text: str, sent: tuple[int, int], trig: Trigger) -> bool:
    """`X set sanctions in motion, accusing Tehran of ...`: an -ing verb after a comma has the sentence's
    subject."""
    return (
        trig.text[:1].islower()
        and ING_WORD.match(trig.text) is not None
        and COMMA_BEFORE.search(text, sent[0], trig.start) is not None
    )


def _own_clause_candidates(
    text: str, sent: tuple[int, int], trig: Trigger, cands: list[Candidate]
) -> list[Candidate]:
    """A coordinated verb's subject: the first actor of its own clause outside a prepositional phrase,
    or the titled head right after it (`IAEA chief Rafael Grossi`)."""
    clause = max((m.end() for m in CLAUSE_START.finditer(text, sent[0], trig.start)), default=sent[0])
    cands = [c for c in cands if c[0] >= clause] or cands
    cands = [c for c in cands if _word_before(text, c[0]) not in PREPOSITIONS][:2]
    return cands[1:] if _titled_person_after(text, cands) else cands[:1]


def _before_appositive(
    text: str, sent: tuple[int, int], trig: Trigger, cands: list[Candidate]
) -> tuple[list[Candidate], int]:
    """`Fico, a critic of ..., met Putin`: the subject stands before the aside, and the gap to the verb is
    measured to the aside's start (its length says nothing about the subject's distance)."""
    appositive = APPOSITIVE_BEFORE.search(text, sent[0], trig.start)
    if appositive is not None and any(c[1] <= appositive.start() for c in cands):
        return [c for c in cands if c[1] <= appositive.start()], appositive.start()
    return cands, trig.start


def _nearest_subject(
    text: str, sent: tuple[int, int], cands: list[Candidate], verb_at: int
) -> tuple[list[Actor], str]:
    """The candidate nearest the verb that stands in a subject position, with any actors listed before it."""
    for i in range(len(cands) - 1, -1, -1):
        start, end, found, how = cands[i]
        if _words_between(text, end, verb_at) > MAX_GAP_WORDS:
            break
        before = _word_before(text, start, sent[0])
        if how == "+pair" and (before in PAIR_OF or PAIR_PRONOUN.fullmatch(text, start, end)):
            return found, how  # `di Seoul, dan keduanya menyepakati`: the pronoun is the whole subject
        if (
            _not_subject_position(
                before, BRACKET_CLOSE.search(text, max(sent[0], start - 3), start) is not None
            )
            and not COMMA_BEFORE.search(text, sent[0], start)  # `Meanwhile, Ethiopia ...`: an opener
            and not (before in CLAUSE_PREPOSITIONS and _words_between(text, end, verb_at) == 0)
        ):
            continue  # `sejak White Army menyerbu`: before a subject and its verb, `sejak` opens a clause
        listed = _coordinated_before(text, cands, i)
        if len(listed) <= len(found):
            return found, how
        if not _list_after_preposition(text, cands, i, len(listed), sent[0]):
            return _distinct(listed), how + "+coordinated"
        # `at talks mediated by Qatar and Turkiye`: a listed prepositional object is no agent
    return [], ""


def _not_subject_position(before: str, bracketed: bool = False) -> bool:
    """The word before an actor makes it a title (`selaku`), a prepositional object or a verb's object. A
    bracketed word is no verb: `Menteri Dalam Negeri (Mendagri) X` abbreviates the title before the name."""
    if before in APPOSITION:  # `Anwar, selaku Ketua ASEAN, ...`: the title restates the agent
        return True
    verb = VERB_PREFIX.match(before) and before not in SUBJECT_MAY_FOLLOW and not bracketed
    return before in PREPOSITIONS or bool(verb)


def _main_subject(text: str, cands: list[Candidate]) -> tuple[list[Actor], str] | None:
    """`Xi will meet Chinh before flying to Kuala Lumpur`: a verb with no subject of its own after `sebelum`,
    `after`, `while` shares the sentence's subject, the first actor outside a prepositional phrase."""
    for start, _end, found, how in cands:
        if _word_before(text, start) not in PREPOSITIONS and _word_before(text, start) not in APPOSITION:
            return found, how + "+main_subject"
    return None


# A sentence that opens with a quotation: its speaker follows the closing quote (`"...," X said, urging ...`).
OPENING_QUOTATION = re.compile(r'\s*["“][^"“”]*["”]')


def _outside_opening_quote(text: str, sent: tuple[int, int], cands: list[Candidate]) -> list[Candidate]:
    """The candidates after a quotation that opens the sentence: a participle after the speaker is the
    speaker's (`"...," the spokesman told reporters, calling on X to ...`), not the quoted subject's."""
    quote = OPENING_QUOTATION.match(text, sent[0], sent[1])
    if quote is None:
        return cands
    after = [c for c in cands if c[0] >= quote.end()]
    return after[1:] if _titled_person_after(text, after) else after


def _titled_person_after(text: str, cands: list[Candidate]) -> bool:
    """`IAEA chief Rafael Grossi`: a body followed by its titled head names the head."""
    if len(cands) < 2 or cands[0][2][0].kind == "person" or cands[1][2][0].kind != "person":
        return False
    gap = text[cands[0][1] : cands[1][0]]  # the head's title may open its own expression (`spokesman X`)
    return bool(re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){1,2}", gap)) or (
        gap.isspace() and text[cands[1][0]].islower()
    )


def _distinct(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    for a in actors:
        if all(a.key != b.key for b in out):
            out.append(a)
    return out


def _not_a_party(ctx: Context, f: Found, trig: Trigger) -> bool:
    """A speaker (`..., Anwar said`) or a place's owner (`at Anwar's residence`) is not a patient."""
    text = ctx.text
    if REPORTED_BY.match(text[f.end : f.end + 40]) or REPORTED_AFTER.search(
        text[max(0, f.start - 40) : f.start]
    ):
        return True
    if OCCASION_BEFORE.search(text[max(0, f.start - 16) : f.start]) or OCCASION_AFTER.match(
        text[f.end : f.end + 16]
    ):
        return True  # `di sela KTT ASEAN`, `the APEC summit`: an occasion, not a party
    if NEAR_BORDER_BEFORE.search(text, max(0, f.start - 40), f.start) or (
        NEAR_BEFORE.search(text, max(0, f.start - 16), f.start)
        and BORDER_AFTER.match(text[f.end : f.end + 12])
    ):
        return True  # `dekat perbatasan Malaysia`: a landmark placing the scene, not a target
    lo = max(trig.end, f.start - 40)
    if witness_before().search(text, max(trig.end, f.start - 60), f.start):
        return True  # `disaksikan Menlu AS`, `in the presence of`: a witness or a broker, not a party
    if not trig.rule.symmetric and CO_AGENT_BEFORE.search(text[lo : f.start]):
        return True
    if LOCATIVE_PHRASE.search(text[lo : f.start]):  # a locative phrase after the trigger, before the actor
        # a place after a meeting or a joint act is its venue; after a condemnation or an attack, its target
        venue = trig.rule.symmetric or (trig.rule.cameo[:2] == "04" and trig.rule.event_type != "VISIT")
        return bool(POSSESSIVE.match(text[f.end : f.end + 3])) or venue
    if trig.rule.symmetric and PLACE_CHAIN.search(text[lo : f.start]):
        return True
    # `membahas krisis Myanmar`, `discussed the war in Sudan`: a topic of talks, not a party to them
    return trig.rule.cameo[:2] == "04" and bool(TOPIC_BEFORE.search(text[lo : f.start]))


def _objects(
    ctx: Context, sent: tuple[int, int], trig: Trigger, pos: int, agent: Actor | None, person_only: bool,
    through: bool = False,
) -> tuple[list[Actor], str]:  # fmt: skip
    """Patients after `pos`: the first actor in the clause that is not the agent or its country, plus any
    actors coordinated with it (`dengan A dan B`). `through` reads past clause boundaries (denials)."""
    text, index = ctx.text, ctx.index
    stop = sent[1]
    b = None if through else BOUNDARIES.search(text, pos, sent[1])
    if b:
        stop = b.start()
    to_verb = INFINITIVE_BEFORE.search(text, max(0, trig.start - 4), trig.start)  # `a challenge to meet him`
    if OBJECT_PRONOUN.match(text, pos) and not to_verb:
        person = _sentence_person(ctx, sent, pos, agent)  # `where Orban hosted him`
        if person is not None:
            return [person], "+pronoun"
    nya = NYA_OBJECT.match(text[pos : pos + 16])
    if SUFFIX_PRONOUN.search(text, max(0, pos - 30), pos) or nya:
        person = _pronoun_person(ctx, sent, pos, agent)
        if person is not None:
            return [person], "+pronoun"
    pair = _pair_object(ctx, pos, stop, agent, person_only)
    if pair:
        return pair, "+pair_object"
    if trig.rule.cameo.startswith(RELEASE) and not person_only:
        captives = _unnamed_captives(ctx, trig, agent)
        if captives is not None:
            return [captives], CROWD
    # `summoned the [Japanese] ambassador`, `[Duta Besar X]`; not the goods of `menyerahkan [tersangka] ke`
    inside = trig.start if pos == trig.end and not _names_destination(trig) else pos
    near = index.starting_in(min(inside + 1, pos - index.longest), max(stop, pos))
    after = [
        f for f in near if pos <= f.start < stop or _inside(text, f, inside, pos) or f.start < pos < f.end
    ]
    for k, f in enumerate(after):
        if _words_between(text, pos, f.start) > MAX_GAP_WORDS and not through:
            break
        if person_only:
            ok = f.actor.kind in ("person", "title") and _words_between(text, pos, f.start) <= 1
            return ([f.actor], "") if ok else ([], "")
        a = _person_after(text, index, f) or f.actor
        if (
            (_same_side(a, agent) and not visited_town(a, trig.rule.cameo))
            or _not_a_party(ctx, f, trig)
            or _region(a)
            or KIN_BEFORE.search(text, max(0, f.start - 30), f.start)  # whose relative the patient is
        ):
            continue
        return _with_coordinated(ctx, after[k:], a, agent), ""
    coerce = (trig.rule.cameo[:2] == COERCE or trig.rule.cameo == ABDUCTION) and not person_only
    crowd = crowd_after(text, trig.start, stop, agent.country if agent else None) if coerce else None
    return ([crowd], CROWD) if crowd is not None else ([], "")


def _unnamed_captives(ctx: Context, trig: Trigger, agent: Actor | None) -> Actor | None:
    """`freed 14 prisoners`: counted captives the release names, whoever they were, unless a side is named
    with them (`1,968 Palestinian prisoners`, `20 sandera Israel`), which is the patient then."""
    near = ctx.index.starting_in(trig.start, trig.end + CAPTIVES_NAMED_CHARS)
    if any(not _same_side(f.actor, agent) for f in near):
        return None
    return captives_after(ctx.text, trig.start, trig.end)


def _names_destination(trig: Trigger) -> bool:
    """A trigger ending with the word that brings its destination (`sent troops to`, a visit's `left X
    for`): what it names inside is no patient."""
    return DESTINATION_END.search(trig.text) is not None or (
        trig.rule.cameo == VISIT_CODE and DEPARTURE_END.search(trig.text) is not None
    )


def objects_after(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Actor]:
    """The actors a trigger's clause names after it (`talks led by X and Y`)."""
    return _objects(ctx, sent, trig, trig.end, None, False)[0]


def _inside(text: str, f: Found, start: int, pos: int) -> bool:
    """An actor named inside the trigger (`summoned the Japanese ambassador`); a bare group noun there is
    part of the act's name (`darurat militer`), not its patient, unless a verb, a count or a preposition heads
    it (`menangkap puluhan demonstran`, `arrested dozens of protesters`, `fired on the police`)."""
    if not (start < f.start < pos and f.end <= pos):
        return False
    return f.actor.kind != "group" or bool(GROUP_OBJECT_BEFORE.search(text, start, f.start))


def _region(a: Actor) -> bool:
    """`diplomats from Latin American countries`, `the Caribbean`: a place of no country is a where, not a
    who."""
    return a.kind == "place" and a.country is None


VISIT_CODE = "042"


def visited_town(a: Actor, cameo: str) -> bool:
    """`visited the flood-hit Bantul regency`: a visit names its place, and a town of the visitor's own
    country (not a seat of government, which stands for the state) is its patient."""
    return cameo[:3] == VISIT_CODE and a.kind == "place" and a.role is None


def _same_side(a: Actor, agent: Actor | None) -> bool:
    if agent is None:
        return False
    return a.key == agent.key or (a.kind in ("country", "place") and a.country == agent.country)


def _with_coordinated(ctx: Context, after: list[Found], first: Actor, agent: Actor | None) -> list[Actor]:
    """`first` and the actors joined to it by `dan`/`and`/commas (`dengan Hun Manet dan PM Thailand X`)."""
    out = [first]
    prev = after[0]
    for f in after[1:]:
        if len(out) >= MAX_PARTIES or not LIST_SEPARATOR.match(ctx.text[prev.end : f.start]):
            break
        if REPORTED_BY.match(ctx.text[f.end : f.end + 40]):
            break  # `talks with X, the Russian foreign ministry said`: the speaker is no party
        if not _same_side(f.actor, agent) and all(f.actor.key != o.key for o in out):
            out.append(f.actor)
        prev = f
    return out


def _person_after(text: str, actors: ByStart, f: Found) -> Actor | None:
    """`Russian counterpart Sergei Lavrov`: a person named just after a country stands for it."""
    if f.actor.kind not in ("country", "place"):
        return None
    nxt = actors.first_from(f.end)
    gap = re.findall(r"\w+", text[f.end : nxt.start].lower()) if nxt is not None else []
    if nxt is not None and nxt.actor.kind == "person" and set(gap) <= COUNTERPART_WORDS:
        return nxt.actor
    return None


def _between(text: str, actors: ByStart, sent: tuple[int, int], pos: int) -> tuple[Actor, Actor] | None:
    """`antara X dan Y`, `between X and Y` right after a nominal trigger."""
    if not BETWEEN.match(text, pos):
        return None
    after = actors.starting_in(pos, sent[1])[:2]
    if len(after) == 2 and COORDINATION.match(text[after[0].end : after[1].start]):
        return after[0].actor, after[1].actor
    return None


def between_inside(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[Actor, Actor] | None:
    """`Gencatan senjata antara Israel dan Hamas berlaku`: the two parties an event noun names inside its
    own trigger (`between X and Y`)."""
    inner = INNER_BETWEEN.search(ctx.text, trig.start, trig.end)
    return _between(ctx.text, ctx.index, sent, inner.start()) if inner else None


def assign_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots]:
    """Actor pairs for one trigger of the sentence `sent` (offsets into the context's text)."""
    for case in (_attack_owner_roles, _demonym_roles, _nominal_roles):
        found = case(ctx, sent, trig)
        if found is not None:
            return found
    if trig.rule.kind == "passive" or crowd_suffered(ctx.text, sent[0], trig.start):
        return _passive_roles(ctx, sent, trig)
    return _active_roles(ctx, sent, trig)


def _attack_owner_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots] | None:
    """`a Russian strike on a Ukrainian unit killed 12 soldiers`: the attack's owner (Russia) killed them."""
    owner = _attack_owner(ctx, sent, trig)
    if owner is None:
        return None
    attacker = owner.actor
    others, owned = _objects(ctx, sent, trig, trig.end, attacker, False)
    if not others:
        others, owned = _attack_target(ctx, owner, trig), "+attack_target"
    return _pairs([attacker], others, "+attack_owner" + owned)


def _attack_target(ctx: Context, owner: Found, trig: Trigger) -> list[Actor]:
    """`a Russian attack on Kyiv killed 12`, `serangan AS di Sanaa menewaskan 8`: with no patient after the
    verb, the other side named inside the attack phrase is the one attacked."""
    inside = [f for f in ctx.index.starting_in(owner.end, trig.start) if f.end <= trig.start]
    others = [f for f in inside if f.actor.country not in (None, owner.actor.country)][:1]
    return [f.actor for f in others if not NEAR.search(ctx.text, owner.end, f.start)]


def _demonym_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots] | None:
    """`Pakistani air strikes on Kabul`: the country adjective before an active event noun is the agent."""
    demonym = _demonym_before(ctx, sent, trig) if trig.rule.kind != "passive" else None
    if demonym is None:
        return None
    others, how = _objects(ctx, sent, trig, trig.end, demonym, False)
    return _pairs([demonym], others, "+demonym_agent" + how)


def _nominal_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots] | None:
    """An event noun: `talks between X and Y`, `talks with X`, `kunjungan X`; None leaves it to the verb
    rules."""
    if trig.rule.kind != "nominal":
        return None
    pair = _trailing_between(ctx, sent, trig)
    if pair is not None:
        return [Slots(pair[0], pair[1], "+between")]
    owner = _owner_after(ctx, sent, trig)
    if owner is None:
        return None
    partner = _partner_roles(ctx, sent, trig, owner)
    return partner if partner is not None else _possessor_roles(ctx, sent, trig, owner)


def _trailing_between(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[Actor, Actor] | None:
    """The two sides of `antara X dan Y`, also when the trigger ends with the word (`calls between`)."""
    trailing = TRAILING_BETWEEN.search(trig.text)
    return _between(ctx.text, ctx.index, sent, trig.start + trailing.start() if trailing else trig.end)


def _owner_after(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Found | None:
    """The actor right after an event noun, within a few characters and the same sentence."""
    owner = ctx.index.first_from(trig.end)
    if owner is not None and owner.start <= trig.end + 12 and owner.start < sent[1]:
        return owner
    return None


def _partner_roles(ctx: Context, sent: tuple[int, int], trig: Trigger, owner: Found) -> list[Slots] | None:
    """`pertemuan dengan X`, `talks with X`: the subject before the noun meets the actor after it."""
    if not PARTNER_SUFFIX.search(trig.text):
        return None
    agent, how = _subject(ctx, sent, trig)
    if agent and agent[0].key != owner.actor.key:
        return [Slots(agent[0], owner.actor, how + "+partner")]
    return None


def _possessor_roles(ctx: Context, sent: tuple[int, int], trig: Trigger, owner: Found) -> list[Slots] | None:
    """`kunjungan Xi ke Hanoi`: the actor right after the noun owns the act; `ke Belanda` names no owner.
    English puts the owner before the noun: `an attack on Beirut` names its target."""
    if trig.rule.rule.startswith("en:"):
        return None
    toward = DESTINATION.fullmatch(ctx.text, trig.end, owner.start)
    if toward is not None or _words_between(ctx.text, trig.end, owner.start) > 1:
        return None
    others, how = _objects(ctx, sent, trig, owner.end, owner.actor, False)
    return _pairs([owner.actor], others, "+possessor" + how)


def _passive_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots]:
    """A di-/-ed verb: the subject before it is the patient, the actor after it (`oleh`, `by`) the agent."""
    rule = trig.rule
    pair = _pair_agents(ctx, sent, trig) if rule.symmetric else None
    if pair is not None:
        return [Slots(pair[0], pair[1], "+passive+pair_agent")]
    patient, how = _passive_patient(ctx, sent, trig)
    agents, how2 = _objects(ctx, sent, trig, trig.end, None, False)
    if agents and not _by_agent(ctx, trig, agents[0], rule.rule.startswith("en:")):
        return _destination(patient, agents[0], rule.cameo, how)
    if rule.symmetric and len(agents) >= 2:
        return [Slots(agents[0], agents[1], "+passive+agent_pair" + how2)]  # `diteken oleh A dan B`
    if len(patient) >= 2 and not agents:
        return [Slots(patient[0], patient[1], "+passive" + how)]
    if not patient and agents and rule.cameo[:2] in ATTACK_ROOTS:
        target = _target_after_agent(ctx, sent, trig, agents[0])
        if target is not None:
            return [Slots(agents[0], target, "+passive+target" + how2)]
    return [Slots(agents[0] if agents else None, patient[0] if patient else None, "+passive" + how + how2)]


def _pair_agents(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[Actor, Actor] | None:
    """`pakta yang ditandatangani kedua negara`, `signed by both sides`: a pair reference right after a
    passive verb (after `oleh`, `by`) names its two agents."""
    gap = PAIR_AGENT_GAP.match(ctx.text, trig.end, sent[1])
    m = PAIR.match(ctx.text, gap.end(), sent[1]) if gap is not None else None
    return _pair_reference(ctx, m) if m is not None else None


def _passive_patient(ctx: Context, sent: tuple[int, int], trig: Trigger) -> tuple[list[Actor], str]:
    """The subject of a passive, unless it is the one reporting it."""
    patient, how = _subject(ctx, sent, trig)
    if patient and _speaker(ctx, sent, trig, patient[0]):
        return [], ""  # `The ministry said 43 people were detained`: the speaker is no patient
    return patient, how


def _active_roles(ctx: Context, sent: tuple[int, int], trig: Trigger) -> list[Slots]:
    """An active verb: the subject before it acts on the objects after it."""
    rule = trig.rule
    subject, how = _subject(ctx, sent, trig)
    if not subject:
        return [_fronted(ctx, sent, trig)]
    objs, how2 = _objects(
        ctx, sent, trig, trig.end, subject[0], rule.requires == "person", rule.cameo == "016"
    )
    if len(subject) >= 2 and rule.symmetric and not (objs and _partner_follows(ctx, sent, trig)):
        return [Slots(subject[0], subject[1], how)]
    agents = subject if _each_acts(rule.symmetric, subject, objs, how) else subject[:1]
    if rule.cameo[:2] in ONE_ADDRESSEE_ROOTS and len(objs) > 1:
        objs, how2 = objs[:1], how2 + "+first_accused"  # `accused Xi, Putin and Kim of ...`: one accusation
    return _pairs(agents, objs, how + how2)


def _each_acts(symmetric: bool, subject: list[Actor], objs: list[Actor], how: str) -> bool:
    """`Carney and Albanese recognised Palestine`: listed agents of different countries acting on one patient
    each act; on several patients (`A, B and C sanctioned X and Y`) the list reads as one joint act."""
    if "+pair" in how:
        return False
    return symmetric or (len(objs) <= 1 and len({a.country for a in subject}) == len(subject))


def _attack_owner(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Found | None:
    """The owner of an attack noun heading the subject of an active attack verb."""
    if trig.rule.cameo[:2] not in ATTACK_ROOTS or trig.rule.kind != "verb":
        return None
    lang = "en" if trig.rule.rule.startswith("en:") else "id"
    owner = attack_owner(ctx.text, ctx.index, sent[0], trig.start, lang)
    if owner is None:
        return None
    return _attack_by_agent(ctx, owner, trig) or owner


def _attack_by_agent(ctx: Context, owner: Found, trig: Trigger) -> Found | None:
    """`pengeboman Kedutaan Besar China ... oleh pesawat NATO`: the noun's `oleh`/`by` phrase names the
    attacker; the actor right after the noun was its target."""
    for f in ctx.index.starting_in(owner.end, trig.start):
        if f.end <= trig.start and BY_AGENT.search(ctx.text, owner.end, f.start):
            return f if f.actor.kind in ATTACKER_KINDS else None
    return None


def _demonym_before(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Actor | None:
    """A country, organisation or group named right before an English event noun (`Pakistani air raids`,
    `Russia's attack`, `Hamas's October 7 attack`)."""
    if not trig.rule.rule.startswith("en:"):
        # Indonesian puts the owner after the noun (`serangan udara Pakistan`): the possessor rule
        return None
    before = [f for f in ctx.index.starting_in(sent[0], trig.start) if f.end <= trig.start]
    if not before or before[-1].actor.kind not in ATTACKER_KINDS:
        return None
    gap = DEMONYM_GAP.fullmatch(ctx.text, before[-1].end, trig.start)
    adjective = before[-1].actor.kind == "country" and before[-1].text.lower() in demonyms()
    return before[-1].actor if gap and (adjective or gap.group(1)) else None


def _by_agent(ctx: Context, trig: Trigger, agent: Actor, english: bool) -> bool:
    """An English passive names its agent with `by` (`were detained by police`), an Indonesian one with `oleh`
    or right after the verb (`ditolak hakim`); `to China`, `ke Bangladesh` name no agent."""
    found = next((f for f in ctx.index.starting_in(trig.end, trig.end + 200) if f.actor == agent), None)
    if found is None:
        return False
    if english:
        return BY_AGENT.search(ctx.text, trig.end, found.start) is not None
    return NOT_AGENT_ID.search(ctx.text, trig.end, found.start) is None


def _target_after_agent(ctx: Context, sent: tuple[int, int], trig: Trigger, agent: Actor) -> Actor | None:
    """`rudal yang ditembakkan Iran ke Israel`: the weapon is the patient, the target follows the agent."""
    found = next((f for f in ctx.index.starting_in(trig.end, sent[1]) if f.actor == agent), None)
    if found is None or _words_between(ctx.text, trig.end, found.start) > 1:
        return None
    targets, _ = _objects(ctx, sent, trig, found.end, agent, False)
    return targets[0] if targets else None


def _speaker(ctx: Context, sent: tuple[int, int], trig: Trigger, actor: Actor) -> bool:
    """The actor before a passive is the one reporting it (`X said ... were detained`, `X mengatakan ...`)."""
    found = [f for f in ctx.index.starting_in(sent[0], trig.start) if f.actor == actor]
    return bool(found) and SPEAKER_AFTER.match(ctx.text, found[-1].end, trig.start) is not None


def _destination(patient: list[Actor], place: Actor, cameo: str, how: str) -> list[Slots]:
    """`were deported to China`: the receiving country stands for the deportees the text does not name."""
    if cameo in DESTINATION_CODES and not patient:
        return [Slots(None, place, "+passive+destination" + how)]
    return [Slots(None, patient[0] if patient else None, "+passive" + how)]


def _partner_follows(ctx: Context, sent: tuple[int, int], trig: Trigger) -> bool:
    """`A dan B bertemu C`, `A and B met with C`: a partner named right after a reciprocal verb; a
    topic or a modifier further on (`agreed to a ceasefire ... Palestinian prisoners`) is no partner."""
    nxt = ctx.index.first_from(trig.end)
    return nxt is not None and nxt.start < sent[1] and bool(PARTNER_GAP.match(ctx.text[trig.end : nxt.start]))


def _pairs(agents: list[Actor], patients: list[Actor], how: str) -> list[Slots]:
    if not patients:
        return [Slots(agents[0], None, how)]
    if len(agents) >= 2 and len(patients) >= 2 and _one_country(agents) and _one_country(patients):
        return [Slots(agents[0], patients[0], how + "+delegations")]  # `2+2 talks`: one meeting of two sides
    return [Slots(a, p, how) for a in agents for p in patients if a.key != p.key] or [
        Slots(agents[0], None, how)
    ]


def _one_country(actors: list[Actor]) -> bool:
    return actors[0].country is not None and all(a.country == actors[0].country for a in actors)


def _fronted(ctx: Context, sent: tuple[int, int], trig: Trigger) -> Slots:
    """`Dalam pertemuan dengan X, Y ...`: no agent before the trigger, so the agent follows the clause."""
    text = ctx.text
    comma = text.find(",", trig.end, sent[1])
    if comma < 0 or _words_between(text, sent[0], trig.start) > FRONTED_MAX_WORDS:
        return Slots(None, None)
    objs, how = _objects(ctx, (sent[0], comma), trig, trig.end, None, False)
    obj = objs[0] if objs else None
    first = ctx.index.first_from(comma + 1)
    agent = first.actor if first is not None and first.start < sent[1] else None
    if agent is not None and obj is not None and agent.key == obj.key:
        obj = None
    return Slots(agent, obj, "+fronted" + how)


def shared_subject_roles(ctx: Context, sent: tuple[int, int], trig: Trigger, agent: Actor) -> list[Slots]:
    """`to recall its ambassador ... and expel Cambodia's envoy`: a verb conjunct with no subject of its own
    acts for the previous conjunct's agent; its patients are read after it as usual."""
    objs, how = _objects(ctx, sent, trig, trig.end, agent, trig.rule.requires == "person")
    return _pairs([agent], objs, "+shared_subject" + how)
