"""Title-based recognition of people and bodies the gazetteer lacks: `Menlu Rusia X`, `Russian President X`.

A title may be followed (Indonesian) or preceded (English) by a country, place or organisation, then
by a name. Without a name it still names someone: `Pemimpin Korea Utara` is resolved later in the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from kabar.events.alternation import Alternation
from kabar.events.data import alternation, clause_word_list, csv_rows, lexicon_words, word_list
from kabar.events.gazetteer import Actor, ActorKind, Found
from kabar.events.spans import ByStart

LEADING_GAP = re.compile(r"[\s,]{0,3}")
NAME_SPACE = re.compile(r" (?=\S)")
PURPOSE_TO = re.compile(r"\s+(?:untuk|to)\s+")
OF_COUNTRY = re.compile(r",?\s+(?:of|dari)\s+")
# `the leader of the country's Serb-run entity, Milorad Dodik`: a title's `of` phrase of up to six words, then
# the name after a comma.
OF_PHRASE_THEN_NAME = re.compile(r"\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+,\s+(?=[A-Z])")
PORTFOLIO_WORDS = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){1,6}")  # capitalised words up to a country
BRACKETED_AFTER = re.compile(r"[ \t]*\([A-Z][\w&-]{1,9}\)(?=[ \t])")  # `Filipina (DMW) Juan`
NAME_START = re.compile(r"[ \t]+[A-Z][a-z'’-]+")  # a capitalised name right after a word
NICKNAME_TOKEN = r"[\"“][A-Z][\w'’\-]*[\"”]"  # `Einar "Eddi" Bjarnason`: kept out of the person's name
NAME_TOKEN = re.compile(
    r"(?:(?:[A-Z]\.){1,3}(?=\s[A-Z])|[A-Z][\w'’\-]*|bin|binti|al-\w+|el-\w+|van|von|der|de|da|Jr\.?|"
    + NICKNAME_TOKEN
    + r")(?=[\s,.;:)]|$)"
)
NICKNAME = re.compile(r"\s" + NICKNAME_TOKEN + r"(?=\s)")
PORTFOLIO_SPAN = 80
NAME_PREFIXES = 8  # ranks, unit titles and portfolio words between a title and a name, at most
STOP_WORDS = frozenset(
    [
        "Senin",
        "Selasa",
        "Rabu",
        "Kamis",
        "Jumat",
        "Sabtu",
        "Minggu",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
        "January",
        "February",
        "March",
        "June",
        "July",
        "August",
        "October",
        "December",
        "Dalam",
        "Pada",
        "Di",
        "Ke",
        "Dari",
        "Yang",
        "Dan",
        "Untuk",
        "Ini",
        "Itu",
        "The",
        "In",
        "On",
        "At",
        "Of",
        "And",
        "For",
        "To",
        "With",
        "By",
        "As",
        "It",
        "This",
        "That",
        "Hal",
        "Sementara",
        "Namun",
        "Menurut",
        "Kata",
        "Said",
        "Pertemuan",
        "Kunjungan",
    ]
)
# `Thailand's acting Prime Minister`, `Russian former President`: words between a country and its title.
TITLE_MODIFIERS = re.compile(
    r"(?:'s|’s)?\s{1,2}(?:(?:acting|interim|caretaker|former|then|new|incoming|outgoing|current|top)\s+)?"
)
# `foreign ministry summoned the British`, `police are holding 40 Indonesian`: a verb or an auxiliary
VERB_IN_GAP = re.compile(
    rf"\b(?:\w{{3,}}ed|me\w{{3,}}|ber\w{{3,}}|{lexicon_words('roles.toml', 'gap_auxiliaries', ('en',))})\b"
)
BETWEEN_WORDS = re.compile(
    r"(?:\s+(?:[a-z][\w\-]*|[IVX]+(?:-\d+)?|\d+)){1,3}\s+$"
)  # or a unit code (`II-08`)
NOT_BETWEEN = frozenset(
    [
        "dan",
        "dengan",
        "di",
        "ke",
        "dari",
        "untuk",
        "terhadap",
        "kepada",
        "pada",
        "oleh",
        "yang",
        "and",
        "with",
        "of",
        "in",
        "to",
        "from",
        "for",
        "by",
    ]
)


@dataclass(frozen=True)
class Title:
    """One title from the lexicon: its role, the position it names and whether a name may follow."""

    text: str
    role: str
    position: str | None
    kind: str  # "person" or "group"


@cache
def titles(lang: str) -> dict[str, Title]:
    rows = csv_rows(lang, "titles.csv") or csv_rows("id", "titles.csv")
    out: dict[str, Title] = {}
    for r in rows:
        out.setdefault(r["title"].lower(), Title(r["title"], r["role"], r["position"] or None, r["kind"]))
    return out


@cache
def title_alternation(lang: str) -> Alternation:
    """The titles, longest first, as one alternation of literal words."""
    return Alternation([re.escape(w) for w in _longest_first(lang)])


@cache
def _longest_first(lang: str) -> tuple[str, ...]:
    return tuple(sorted(titles(lang), key=len, reverse=True))


def _hit_after(hits: ByStart, text: str, pos: int) -> Found | None:
    """The hit starting right after `pos` (spaces, a comma or up to three lower-case words between)."""
    h = hits.first_from(pos)
    if h is None:
        return None
    gap = text[pos : h.start]
    if not gap.strip(" ,") or (
        h.actor.kind != "person"
        and BETWEEN_WORDS.fullmatch(gap)
        and not _gap_stops().intersection(gap.split())
        and not VERB_IN_GAP.search(gap)
    ):
        return h
    return None


@cache
def _gap_stops() -> frozenset[str]:
    """Words no gap between a title and its place holds: prepositions, and the clause openers of every
    language (`kedua pemimpin sejak Tokyo`: the title and the place belong to different clauses)."""
    openers = clause_word_list("date_subordinators") + clause_word_list("sequence_subordinators")
    return NOT_BETWEEN | frozenset(openers)


def _hit_before(hits: ByStart, text: str, pos: int) -> Found | None:
    """The hit ending right before `pos` (English order: `Russian President`, `North Korea's leader`)."""
    h = hits.last_ending_by(pos)
    if h is None:
        return None
    start = h.end + 1 if "." in h.text and text.startswith(".", h.end) else h.end  # `U.S. Navy Secretary`
    return h if TITLE_MODIFIERS.fullmatch(text[start:pos]) else None


def name_at(text: str, pos: int) -> tuple[int, int] | None:
    """A capitalised name of 1-4 tokens starting at `pos` (after an optional comma), as offsets."""
    m = LEADING_GAP.match(text, pos)
    i = m.end() if m else pos
    start, end, count = i, i, 0
    while count < 4:
        t = NAME_TOKEN.match(text, i)
        if not t or t.group() in STOP_WORDS:
            break
        end, count = t.end(), count + 1
        if not NAME_SPACE.match(text, end):
            break
        i = end + 1
    if count == 0 or not text[start].isupper():
        return None
    return start, end


def _names_its_member(text: str, end: int, title: Title) -> bool:
    """`tersangka Budi Santoso`: a group word that also leads an untitled name (kabar/lexicon/<lang>/
    clauses.toml, `name_object_leads`) right before a capitalised name titles that person."""
    return title.text.lower() in _name_leads() and NAME_START.match(text, end) is not None


@cache
def _name_leads() -> frozenset[str]:
    return frozenset(w.lower() for w in clause_word_list("name_object_leads"))


def find_titled(text: str, hits: list[Found], lang: str) -> list[Found]:
    """Actors introduced by a title, using gazetteer `hits` (sorted by start) for countries, bodies and
    known people."""
    out: list[Found] = []
    table, words, index = titles(lang), _longest_first(lang), ByStart(hits)
    named: dict[str, Actor] = {}  # title -> the person it last introduced
    first: dict[tuple[str, str | None], Actor] = {}  # (role, position) -> the first person holding it
    for start, end, i in title_alternation(lang).matches(text):
        title = table[words[i]]
        if (title.text.isupper() and text[start:end] != title.text) or (out and start < out[-1].end):
            continue  # a capitals-only title in lower case; a unit inside the person just found
        if text[start].islower() and _office_before(lang).search(text, max(0, start - 30), start):
            continue  # `pemilihan presiden`: the office, not its holder
        if index.containing(start) and not _foreign_body(text, index, start, end):
            inside = index.starting_in(start, start + 1)
            if inside and inside[0].actor.kind == "person":  # `Paus Fransiskus` is a known name
                named[title.text.lower()] = inside[0].actor
                first.setdefault((title.role, title.position), inside[0].actor)
            continue
        if title.kind == "group" and _names_its_member(text, end, title):
            title = replace(title, kind="person")  # `terdakwa Andi Wijaya`: the person so named
        found = _titled_at(text, index, start, end, title, lang)
        bare = found is None and title.kind == "person"
        if bare and (text[start].isupper() or _after_article(text, start, lang)):  # `Paus tiba`, `the pope`
            # the person the title last introduced, else the first one holding its role (`Kepala Negara`)
            actor = named.get(title.text.lower()) or first.get((title.role, title.position))
            found = Found(start, end, text[start:end], actor) if actor is not None else None
        if found is not None:
            out.append(found)
            if found.actor.kind == "person":
                named[title.text.lower()] = found.actor
                first.setdefault((title.role, title.position), found.actor)
    return out


def _foreign_body(text: str, hits: ByStart, start: int, end: int) -> bool:
    """`Mahkamah Agung Thailand`: a body the gazetteer knows as one country's, named with another country
    right after it, is that country's body."""
    body = hits.starting_in(start, start + 1)
    if not body or body[0].end != end or body[0].actor.kind == "person":
        return False
    where = _hit_after(hits, text, end)
    return (
        where is not None and where.actor.kind == "country" and where.actor.country != body[0].actor.country
    )


def _after_article(text: str, start: int, lang: str) -> bool:
    """`the pontiff`: a lower-case title after a definite article still names one known person."""
    return text[max(0, start - 12) : start].lower().endswith(_articles(lang))


@cache
def _office_before(lang: str) -> re.Pattern[str]:
    words = alternation(word_list("roles.toml", "not_title_after", (lang,)), spaced=True)
    return re.compile(rf"(?i)(?<![\w-])(?:{words})\s+$")


@cache
def _articles(lang: str) -> tuple[str, ...]:
    return tuple(f"{word} " for word in word_list("roles.toml", "definite_articles", (lang,)))


def _titled_at(text: str, hits: ByStart, start: int, end: int, title: Title, lang: str) -> Found | None:
    where = _hit_after(hits, text, end)
    given = where is not None and _given_name(text, where, end, lang)  # `leader Jordan Whitcombe`
    if given:
        where = None
    if where is not None and where.actor.kind != "person":
        end = _past_place_words(text, where, lang)
        to = PURPOSE_TO.match(text, end)
        nxt = _hit_after(hits, text, to.end()) if to else None
        if to and nxt is not None and nxt.actor.kind != "person":
            end = nxt.end
    else:
        before = _hit_before(hits, text, start)
        where = None
        if before is not None and before.actor.kind != "person":
            where, start = before, before.start
    country = where.actor.country if where else None
    person = _hit_after(hits, text, end)
    if title.kind == "person" and person is not None and person.actor.kind == "person":
        return Found(start, person.end, text[start : person.end], person.actor)
    name = name_at(text, _name_start(text, end, lang)) if title.kind == "person" else None
    if name is not None and where is None:
        name = _past_unknown_region(text, name, lang)
    if name is None and title.kind == "person":
        name = _name_after_of_phrase(text, end)
    past_country = _name_past_country(text, hits, name, lang) if title.kind == "person" else None
    if past_country is not None:  # `Menteri Urusan Pekerja Filipina Juan Cruz`
        name, country = past_country[0], country or past_country[1]
    known = _known_inside(hits, name) or _known_after_portfolio(text, hits, name)
    if known is not None:  # `Prime Minister Datuk Seri Anwar Ibrahim`: an honorific before a known name
        return Found(start, known.end, text[start : known.end], known.actor)
    if name is not None and (given or not hits.containing(name[0])):
        person_name = NICKNAME.sub("", text[name[0] : name[1]]).rstrip(".")
        country = country or _country_of(text, name[1], hits)
        actor = Actor(person_name, country, title.role, "person", title.position)
        return Found(start, name[1], text[start : name[1]], actor)
    if where is None and title.kind == "person":
        return None
    kind: ActorKind = "title" if title.kind == "person" else "group"
    role = where.actor.role if where and where.actor.role in ("IGO", "PARTY", "MEDIA") else title.role
    label = re.sub(r"\s+", " ", text[start:end])
    return Found(start, end, label, Actor(label, country, role, kind, title.position))


def _name_past_country(
    text: str, hits: ByStart, name: tuple[int, int] | None, lang: str
) -> tuple[tuple[int, int], str | None] | None:
    """`Menteri Urusan Pekerja Filipina Juan Cruz`, `Menteri Urusan Pekerja Luar Negeri Filipina (DMW)
    Juan Cruz`: a country among the capitalised words after a title closes a portfolio the lexicon
    lacks, and the name follows it, past a bracketed abbreviation."""
    if name is None:
        return None
    country = next(
        (
            h
            for h in hits.starting_in(name[0] + 1, name[0] + PORTFOLIO_SPAN)
            if h.actor.kind == "country" and PORTFOLIO_WORDS.fullmatch(text, name[0], h.start)
        ),
        None,
    )
    if country is None:
        return None
    bracket = BRACKETED_AFTER.match(text, country.end)
    pos = bracket.end() if bracket else country.end
    person = name_at(text, _name_start(text, pos, lang)) if NAME_START.match(text, pos) else None
    return (person, country.actor.country) if person is not None else None


def _past_place_words(text: str, where: Found, lang: str) -> int:
    """`Bupati Tapanuli Utara X`: a compass word after a known place continues its name (a regency
    of the province), so the person's name starts after it."""
    end = where.end
    if where.actor.kind in ("place", "country"):
        while (m := _place_continuation(lang).match(text, end)) is not None:
            end = m.end()
    return end


def _past_unknown_region(text: str, name: tuple[int, int], lang: str) -> tuple[int, int]:
    """`Bupati Kepulauan Timur Budi Santoso`: a regency no gazetteer knows, closed by a compass word, stands
    between the title and a name of two words or more; the person's name starts after it."""
    region = _unknown_region(lang)
    m = region.match(text, name[0]) if region is not None else None
    return (name_at(text, m.end()) or name) if m is not None and m.end() < name[1] else name


@cache
def _unknown_region(lang: str) -> re.Pattern[str] | None:
    words = word_list("roles.toml", "place_continuations", (lang,))
    if not words:
        return None
    return re.compile(
        rf"(?:[A-Z][\w'’-]+[ \t]+){{1,2}}(?:{alternation(words)})[ \t]+(?=[A-Z][\w'’-]+[ \t]+[A-Z])"
    )


@cache
def _place_continuation(lang: str) -> re.Pattern[str]:
    words = alternation(word_list("roles.toml", "place_continuations", (lang,)))
    return re.compile(rf"[ \t]+(?:{words})(?![\w'’-])")


def _given_name(text: str, where: Found, end: int, lang: str) -> bool:
    """`Freedom Party leader Jordan Whitcombe`: in English a country follows a title only as a given name."""
    return (
        lang == "en"
        and where.actor.kind == "country"
        and text[end : where.start] == " "
        and NAME_TOKEN.match(text, where.end + 1) is not None
        and text[where.end : where.end + 1] == " "
    )


def _name_after_of_phrase(text: str, pos: int) -> tuple[int, int] | None:
    """`leader of the country's Serb-run entity, Milorad Dodik`: the name after a title's `of` phrase (no
    verb and no conjunction in it)."""
    m = OF_PHRASE_THEN_NAME.match(text, pos)
    if m is None or VERB_IN_GAP.search(m.group()) or NOT_BETWEEN.intersection(m.group().split()[1:]):
        return None
    return name_at(text, m.end())


def _name_start(text: str, pos: int, lang: str) -> int:
    """Where the name after a title begins: past ranks and honorifics (`Kapolda Metro Jaya Irjen Asep`,
    `Field Marshal Asim Munir`), an armed or police unit (`Kepala Staf Angkatan Darat Gabriel Duop Lam`) and
    portfolio nouns (`Menteri Perminyakan Puot Kang Chol`)."""
    # `Wakil Kepala Staf Angkatan Darat Letjen X`, `Pendidikan, Kebudayaan, Riset, dan Teknologi X`
    for _ in range(NAME_PREFIXES):
        gap = LEADING_GAP.match(text, pos)
        at = gap.end() if gap else pos
        prefix = _name_prefix(lang).match(text, at) or _region_then_rank(lang).match(text, at)
        if prefix is None:
            break
        pos = prefix.end()
    return pos


@cache
def _name_prefix(lang: str) -> re.Pattern[str]:
    """Ranks and portfolio words of kabar/lexicon/<lang>/roles.toml, and the titles of units."""
    words = alternation(word_list("roles.toml", "portfolio_words", (lang,)), spaced=True)
    fields = (*word_list("roles.toml", "portfolio_nouns", (lang,)), words)
    joins = lexicon_words("roles.toml", "list_conjunctions", (lang,))
    portfolio = rf"(?:(?:{joins})\s+)?(?:{'|'.join(fields)})"
    heads = alternation(_unit_titles(lang), spaced=True)
    return re.compile(rf"(?:{_ranks(lang)}|{heads}|{portfolio})(?=,?\s+(?:(?:{joins})\s+)?[A-Z])")


@cache
def _region_then_rank(lang: str) -> re.Pattern[str]:
    """`Metro Jaya Irjen`: a title's region or unit in capitalised words, then a rank before the name."""
    return re.compile(rf"(?:[A-Z][\w'’-]*\s+){{1,3}}?(?:{_ranks(lang)})(?=\s+[A-Z])")


def _ranks(lang: str) -> str:
    """The ranks and honorifics of kabar/lexicon/<lang>/roles.toml as one alternation."""
    return alternation(word_list("roles.toml", "name_ranks", (lang,)), spaced=True)


@cache
def _unit_titles(lang: str) -> tuple[str, ...]:
    """Capitalised titles of armed and police units (`Angkatan Darat`), which may stand between a title and
    a name. A court's or a ministry's name (`Pengadilan Tindak Pidana Korupsi`) goes on with more of that
    name, and a person's title inside a name is the name's (`Raja Juli Antoni`)."""
    units = (t.text for t in titles(lang).values() if t.kind == "group" and t.role in ("MIL", "COP"))
    return tuple(sorted((t for t in units if t[:1].isupper()), key=len, reverse=True))


def _known_inside(hits: ByStart, name: tuple[int, int] | None) -> Found | None:
    """A gazetteer person starting inside the capitalised words after a title."""
    if name is None:
        return None
    return next((h for h in hits.starting_in(name[0] + 1, name[1]) if h.actor.kind == "person"), None)


def _known_after_portfolio(text: str, hits: ByStart, name: tuple[int, int] | None) -> Found | None:
    """`Menteri Imigrasi dan Pemasyarakatan Agus Andrianto`: the capitalised words after a title are the
    portfolio when only more portfolio words stand between them and a known person."""
    if name is None:
        return None
    h = hits.first_from(name[1])
    if h is None or h.actor.kind != "person" or h.start - name[1] > PORTFOLIO_SPAN:
        return None
    gap = text[name[0] : h.start].lower().split()
    if not _portfolio_gap().fullmatch(text, name[1], h.start) or _title_heads().intersection(gap):
        return None  # `Menteri Pertahanan X dan Menteri Luar Negeri Sugiono`: a second title, a second person
    return h


@cache
def _portfolio_gap() -> re.Pattern[str]:
    """Between a title's capitalised words and a known name: more portfolio words (`dan Pemasyarakatan`,
    `, HAM,`), joined by the list conjunctions of kabar/lexicon/<lang>/roles.toml."""
    joins = lexicon_words("roles.toml", "list_conjunctions")
    return re.compile(rf"(?:\s*,?\s*(?:&|{joins})?\s*[A-Z][\w'’-]*){{0,6}}\s*,?\s*")


@cache
def _title_heads() -> frozenset[str]:
    """First words of the titles of both languages, lower case (`menteri`, `presiden`, `minister`)."""
    return frozenset(t.split()[0] for lang in ("id", "en") for t in titles(lang) if t.split())


def _country_of(text: str, pos: int, hits: ByStart) -> str | None:
    """`... Choe Son Hui of North Korea`: a country named right after the name."""
    m = OF_COUNTRY.match(text, pos)
    if not m:
        return None
    h = _hit_after(hits, text, m.end())
    return h.actor.country if h and h.actor.kind != "person" else None
