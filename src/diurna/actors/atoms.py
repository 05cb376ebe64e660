"""Actor atoms: the words of a paragraph that may name an actor, before they are put together.

Lexicon matches kept as actors (not inside a longer name, not a place's name after "la ville de"),
sector nouns ("soldats", "police"), member nouns ("pays membres"), honorific + name ("M. Stoltenberg")
and bare surnames of known people ("Poutine"): step 1 of ``mentions``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Mapping

from spacy.attrs import LEMMA, ORTH, POS
from spacy.tokens import Doc, Token

from ..columns import pos_ids, string_ids, strings_of
from ..knowledge.actors import ActorKnowledge, fold
from ..knowledge.language_profile import LanguageProfile
from .lexicon import (
    COUNTRY_ADJECTIVE,
    COUNTRY_CONTEXT,
    COUNTRY_NAME,
    COUNTRY_PEOPLE,
    COUNTRY_SEAT,
    COUNTRY_SHARED,
    INSTITUTION,
    ORG_BARE,
    ORG_CONTEXT,
    ORG_MEMBERS,
    ORG_NAME,
    ORG_SEAT,
    PERSON,
    TITLE,
    Entry,
    Match,
)

SECTOR = "sector"
MEMBER = "member"
HONORIFIC_NAME = "honorific_name"
# A body's head noun alone after its full name ("le Conseil constitutionnel … le Conseil"): see ``earlier``.
SHORT_NAME = "short_name"
NOMINAL_KINDS = frozenset({TITLE, SECTOR, MEMBER, PERSON, HONORIFIC_NAME})


@dataclass
class Atom:
    start: int  # token indices, end exclusive
    end: int
    head: int
    kind: str
    entries: tuple[Entry, ...] = ()
    sector: str | None = None
    consumed: bool = False
    qualifiers: list["Atom"] = field(default_factory=list)
    located: bool = False  # a place qualifying a sector noun through "in"/"à": not part of its span


NAME_LINKS = frozenset({"compound", "flat", "flat:name"})
PLACE_NAME_KINDS = frozenset({COUNTRY_NAME, COUNTRY_SEAT, ORG_SEAT, COUNTRY_SHARED})


def inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """A place name inside a longer proper name names something else: "George Washington",
    "the Washington Post", "Paris Saint-Germain", "Moscow Times"."""
    span = range(start, end)
    for i in (start - 1, end):
        if not 0 <= i < len(doc):
            continue
        other = doc[i]
        if other.pos_ != "PROPN" or not other.text[:1].isupper():
            continue
        if (other.dep_ in NAME_LINKS and other.head.i in span) or any(
            doc[j].dep_ in NAME_LINKS and doc[j].head.i == i for j in span
        ):
            return True
    return False


def name_goes_on(doc: Doc, end: int) -> bool:
    """Whether the person's name a match ends at token ``end`` goes on: "Juan Carlos Herrera" is no
    King Juan Carlos (the word after is a capitalised proper noun of the same person entity)."""
    if end >= len(doc):
        return False
    after = doc[end]
    return after.ent_iob_ == "I" and after.ent_type_ in PERSON_LABELS and after.pos_ == "PROPN" and after.text[:1].isupper()


CASE_OF = frozenset({"de", "d'", "d’", "du", "des", "of"})  # "la mer du Japon", "la ville des Cayes"


def names_a_place(doc: Doc, start: int, place_nouns: frozenset[str]) -> bool:
    """"la ville de Douma", "the Syrian town of Dabiq": a name after a place noun and "de"/"of" is a
    place, not the Duma or any other actor of that name."""
    i = start - 1
    if i < 1 or doc[i].lower_ not in CASE_OF:
        return False
    i -= 1
    while i > 0 and doc[i].pos_ == "ADJ" and i >= start - 4:  # "la ville syrienne de Douma"
        i -= 1
    return fold(doc[i].lemma_) in place_nouns or doc[i].lower_ in place_nouns


def word_before(doc: Doc, start: int) -> str:
    """The lower-case word before a token, quotation marks skipped ("en « régime »")."""
    i = start - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return doc[i].lower_ if i >= 0 else ""


def head_of(doc: Doc, start: int, end: int) -> int:
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return i
    return end - 1


# Parts of speech (ids, as in the ``POS`` column) that may start a sector or member phrase, and
# that may end one.
SECTOR_START_POS = pos_ids(("NOUN", "PROPN", "ADJ"))
NOMINAL_POS = pos_ids(("NOUN", "PROPN"))
ADJECTIVE_POS = pos_ids(("ADJ",))
# Dependencies of a noun's place: an adjective in one is used as a noun ("des dizaines de civils
# israéliens", where the tagger reads "civils" as an adjective); as a modifier ("amod") it is none.
NOUN_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "pobj", "nmod", "obl", "obl:arg", "obl:mod", "appos"})


@lru_cache(maxsize=None)
def member_keys(member_nouns: frozenset[str]) -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """The member nouns as word sequences ("pays membre"), and their first words."""
    keys = frozenset(tuple(m.split()) for m in member_nouns)
    return keys, frozenset(k[0] for k in keys if k)


def sector_atoms(doc: Doc, lang: str, knowledge: ActorKnowledge, profile: LanguageProfile, taken: set[int]) -> list[Atom]:
    atoms: list[Atom] = []
    lemmas = strings_of(doc, LEMMA, fold)
    tags = doc.to_array(POS).tolist()
    members, member_firsts = member_keys(profile.member_nouns)
    sector_firsts = knowledge.sector_first_lemmas.get(lang, frozenset())
    i = 0
    while i < len(lemmas):
        first = lemmas[i]
        # A lemma that starts no sector or member phrase starts no atom (a lemma with a space
        # inside could end one of those words: it is tried in full).
        starts_none = " " not in first and first not in sector_firsts and first not in member_firsts
        if starts_none or i in taken or tags[i] not in SECTOR_START_POS:
            i += 1
            continue
        found = None
        for length in (4, 3, 2, 1):
            key = tuple(lemmas[i : i + length])
            if len(key) < length or any(k in taken for k in range(i, i + length)):
                continue
            if key in members:
                found = Atom(i, i + length, head_of(doc, i, i + length), MEMBER)
                break
            code = knowledge.sector_by_lemmas.get((lang, " ".join(key)))
            # A noun, or a phrase ending in one ("presidential guard"): "militaire" as an adjective is no soldier.
            nominal = tags[i] in NOMINAL_POS or (length > 1 and tags[i + length - 1] in NOMINAL_POS) or (
                length == 1 and tags[i] in ADJECTIVE_POS and doc[i].dep_ in NOUN_DEPS
            )
            if code and nominal:
                found = Atom(i, i + length, head_of(doc, i, i + length), SECTOR, sector=code)
                break
        if found:
            atoms.append(found)
            i = found.end
        else:
            i += 1
    return atoms


def surname_atoms(
    doc: Doc,
    knowledge: ActorKnowledge,
    taken: set[int],
    day: dt.date | None = None,
    inside: frozenset[str] = frozenset(),
    named: Mapping[str, int] | None = None,
    near: frozenset[str] = frozenset(),
    ruled: frozenset[str] = frozenset(),
    place_of: frozenset[str] = frozenset(),
) -> list[Atom]:
    """A bare surname of a known office holder ("Rajoy", "Poutine"), when it names one person only
    (on the date, see ``ActorKnowledge.surname_bearer``). A name after a preposition that puts
    something inside a place (``inside``: "in", "dans") or by it (``near``: "near", "près de") is a
    place: "police in Lagos" are no Ricardo Lagos's. A word of a person's full name written before it (``named``: folded word → the
    token it was written at, -1 for an earlier paragraph) is that person even when short or shared:
    "Kim Jong Un … Putin met Kim". A name "of" a noun of people who rule or serve where they are
    (``ruled``: "governor", "mayor", "police") is a place too: "the governor of Lagos" (``place_of``:
    "of", "de", ``actor_words.toml`` [place_of])."""
    atoms = []
    named = named or {}
    for token in doc:
        text = token.text
        if token.i in taken or not text[:1].isupper():
            continue
        earlier = named.get(fold(text), token.i) < token.i
        if len(text) < 4 and not earlier:
            continue
        if token.i > 0 and (doc[token.i - 1].lower_ in inside or after_words(doc, token.i, near)):
            continue
        if ruled and of_ruling_noun(doc, token.i, ruled, place_of):
            continue
        # "The Hague" is no Mr Hague; "the Maduro government" is Maduro's: a name before its noun.
        names_a_noun = token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN"
        if token.i > 0 and doc[token.i - 1].pos_ == "DET" and not names_a_noun:
            continue
        # Taggers call a lone or mid-sentence name a noun now and then; a capitalised sentence opener is not a name.
        # (The sentence, costly to find, is looked for only when the word is no proper noun.)
        if token.pos_ != "PROPN":
            alone = len(token.sent) == 1  # a mention given on its own, as to `diurna actors`
            if not alone and not (token.pos_ == "NOUN" and token.i != token.sent.start):
                continue
        if token.dep_ in ("flat", "flat:name", "compound") and token.head.pos_ == "PROPN" and token.head.i != token.i:
            continue  # part of a longer name
        if any(c.dep_ in NAME_LINKS and c.i == token.i + 1 and c.text[:1].isupper() for c in token.children):
            continue  # a given name before a surname: "Michel Zecler" is no Charles Michel
        if not earlier and token.ent_iob_ == "B" and token.ent_type_ in PERSON_LABELS and token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I":
            continue  # the first word of a longer name, however parsed: "Mohamed Hamdane Daglo" is no known Mohamed
        if not earlier and given_name_before(doc, token, taken):
            continue  # another given name: "Betssy Chavez" is no Hugo Chavez (a known full name is matched whole)
        if earlier or knowledge.surname_bearer(token.text, day) is not None:
            atoms.append(Atom(token.i, token.i + 1, token.i, PERSON))
    return atoms


def of_ruling_noun(doc: Doc, i: int, ruled: frozenset[str], place_of: frozenset[str]) -> bool:
    """Whether token ``i`` follows one of ``place_of`` ("of" / "de") after one of the nouns ``ruled``
    (lemmas, folded), its determiner aside: "the governor of Lagos", "le maire de Lagos"."""
    if i < 2 or doc[i - 1].lower_ not in place_of:
        return False
    noun = doc[i - 2]
    return noun.pos_ == "NOUN" and fold(noun.lemma_) in ruled


# Entity labels of a person's name in the English and French models.
PERSON_LABELS = frozenset({"PERSON", "PER"})


def given_name_before(doc: Doc, token: Token, taken: set[int]) -> bool:
    """Whether the word before ``token`` is a given name of its own person's name: in the same
    person entity, a capitalised proper noun hung on it ("Betssy Chavez"), no title ("Secretary
    Blinken" is tagged apart) and no word of another mention."""
    if token.i == 0 or token.ent_iob_ != "I" or token.ent_type_ not in PERSON_LABELS:
        return False
    before = doc[token.i - 1]
    return (
        before.i not in taken
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.dep_ in NAME_LINKS
        and before.head.i == token.i
    )


def after_words(doc: Doc, i: int, phrases: frozenset[str]) -> bool:
    """Whether the one or two words before token ``i`` are one of ``phrases`` ("near", "près de")."""
    if not phrases:
        return False
    one = fold(doc[i - 1].text) if i >= 1 else ""
    two = fold(doc[i - 2 : i].text) if i >= 2 else ""
    return one in phrases or two in phrases


def honorific_atoms(doc: Doc, profile: LanguageProfile, taken: set[int]) -> list[Atom]:
    atoms = []
    # The honorifics' places, read off the ORTH column: ``token.text`` for every token costs more.
    honorifics = string_ids(profile.honorifics)
    places = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in honorifics]
    for token in (doc[i] for i in places):
        if token.text in profile.honorifics and token.i + 1 < len(doc):
            end = token.i + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and end not in taken:
                end += 1
            if end > token.i + 1:
                atoms.append(Atom(token.i + 1, end, token.i + 1, HONORIFIC_NAME))
    return atoms


def atom_lemmas(atom: Atom, doc: Doc) -> str:
    """The atom's words as a sector phrase key: folded lemmas joined by spaces."""
    return " ".join(fold(t.lemma_) for t in doc[atom.start : atom.end])


# Words right before a context name of a country ("le Nord", "the North"): a determiner, not "du"
# ("la mer du Nord" is the North Sea).
CONTEXT_DETERMINERS = frozenset({"le", "the"})


def in_context(match: Match, doc: Doc, named_countries: frozenset[str], knowledge: ActorKnowledge, lang: str) -> Match:
    """The match without its country context names that do not hold here: "le Nord" is North Korea
    only right after "le"/"the" in an article that names South Korea (or North Korea itself), or
    coordinated before the other state's name ("North and South Korea", ``actor_words.toml`` [pair_conjunctions])."""
    if not any(e.kind == COUNTRY_CONTEXT for e in match.entries):
        return match
    where_it_names = (match.start > 0 and doc[match.start - 1].lower_ in CONTEXT_DETERMINERS) or before_its_pair(
        doc, match.end, knowledge.words.pair_conjunctions.get(lang, frozenset())
    )
    kept = tuple(
        e
        for e in match.entries
        if e.kind != COUNTRY_CONTEXT
        # The state itself named in full first counts as well: "South Korea evacuated the town. The South retaliated".
        or (where_it_names and any(other in named_countries for other in (*knowledge.countries[e.ident].context_with, e.ident)))
    )
    return Match(match.start, match.end, kept)


def before_its_pair(doc: Doc, end: int, conjunctions: frozenset[str]) -> bool:
    """Whether a context name ending at token ``end`` is coordinated with the capitalised name right
    after it: "North and South Korea" (the shared word written once, with the second name)."""
    return end + 1 < len(doc) and doc[end].lower_ in conjunctions and doc[end + 1].text[:1].isupper()


def kind_of(entries: Iterable[Entry]) -> str:
    kinds = [e.kind for e in entries]
    for preferred in (ORG_NAME, ORG_BARE, ORG_MEMBERS, INSTITUTION, COUNTRY_NAME, COUNTRY_CONTEXT, COUNTRY_SHARED, COUNTRY_SEAT, TITLE, PERSON, COUNTRY_ADJECTIVE, COUNTRY_PEOPLE, ORG_CONTEXT):
        if preferred in kinds:
            return preferred
    return kinds[0]
