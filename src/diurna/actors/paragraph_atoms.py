"""The atoms of a paragraph: every word or phrase that may name an actor, before resolution.

Lexicon matches read in their context, sector nouns (``soldats``, ``police``), honorific + name
(``M. Stoltenberg``), surnames of people met before, titles a possessive holds, short names of
bodies named in full before; then the qualifiers, workplaces and places that attach to them
(steps 1 and 2 of ``actors.mentions``, moved out of it to keep that module within its size).
"""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge, fold
from ..knowledge.language_profile import LanguageProfile
from ..records import TextSpan
from .apposed import attach_workplaces
from .atoms import (
    HONORIFIC_NAME,
    PERSON_LABELS,
    PLACE_NAME_KINDS,
    SECTOR,
    SHORT_NAME,
    Atom,
    head_of,
    honorific_atoms,
    in_context,
    inside_longer_name,
    name_goes_on,
    kind_of,
    names_a_place,
    sector_atoms,
    surname_atoms,
)
from .context import names_in_context, possessive_org_titles, possessive_titles
from .earlier import Antecedent, head_key, short_name_atoms
from .given_names import without_titles_opening_names
from .lexicon import INSTITUTION, NOT_ACTOR, ORG_BARE, ORG_CONTEXT, ORG_NAME, PERSON, TITLE, Entry, Match
from .qualifiers import attach_places, attach_qualifiers
from .resolved import Earlier

# How an actor named as a person was resolved: their names are the words later surnames match.
PERSON_HOWS = frozenset({"person", "office", "title", "coreference"})


def _title_atom(start: int, end: int, head: int, entry: Entry) -> Atom:
    return Atom(start, end, head, TITLE, (entry,))


def paragraph_atoms(
    doc: Doc,
    lang: str,
    matches: list[Match],
    knowledge: ActorKnowledge,
    profile: LanguageProfile,
    named_countries: frozenset[str],
    orgs: set[str],
    history: Sequence[Earlier],
    antecedents: Sequence[Antecedent],
    day: dt.date | None,
) -> list[Atom]:
    """The atoms of one paragraph (steps 1 and 2 of ``actors.mentions``): the lexicon's matches read in
    context, sector nouns, honorifics, surnames, possessive titles and short names, in reading
    order, with the qualifiers, workplaces and places that attach to them."""
    found = names_in_context(
        [in_context(m, doc, named_countries, knowledge, lang) for m in matches], doc, named_countries, knowledge.words, lang
    )
    atoms = [
        Atom(m.start, m.end, head_of(doc, m.start, m.end), kind_of(m.entries), m.entries)
        for m in found
        if m.entries
        and not all(e.kind == NOT_ACTOR for e in m.entries)
        and not (all(e.kind in PLACE_NAME_KINDS for e in m.entries) and inside_longer_name(doc, m.start, m.end))
        and not (all(e.kind == PERSON for e in m.entries) and name_goes_on(doc, m.end))
        # "Parlement", "Cour" name an organisation only when it is named in the article.
        and not all(e.kind == ORG_CONTEXT and e.ident not in orgs for e in m.entries)
        and not names_a_place(doc, m.start, knowledge.words.place_nouns.get(lang, frozenset()))
    ]
    # The words of a name that is no actor ("the West Bank", "gang rapes") start no sector noun either.
    not_actors = {i for m in found if m.entries and all(e.kind == NOT_ACTOR for e in m.entries) for i in range(m.start, m.end)}
    former_words = knowledge.words.former.get(lang, frozenset())
    atoms = within_longer_sectors(atoms, sector_atoms(doc, lang, knowledge, profile, not_actors), doc, former_words)
    taken = {i for a in atoms for i in range(a.start, a.end)} | not_actors
    atoms += sector_atoms(doc, lang, knowledge, profile, taken)
    taken = {i for a in atoms for i in range(a.start, a.end)}
    atoms += honorific_atoms(doc, profile, taken)
    taken = {i for a in atoms for i in range(a.start, a.end)}
    named = _name_words(history, doc, atoms)
    near = knowledge.words.near.get(lang, frozenset())
    ruled = knowledge.words.located.get(lang, frozenset())  # "the governor of Lagos": a place
    place_of = knowledge.words.place_of_words.get(lang, frozenset())
    atoms += surname_atoms(doc, knowledge, taken, day, profile.country_locative_prepositions, named, near, ruled, place_of)
    atoms.sort(key=lambda a: a.start)
    atoms += possessive_titles(doc, atoms, knowledge, lang, _title_atom)
    atoms += possessive_org_titles(doc, atoms, knowledge, lang, _title_atom)  # "the AU Commission's chief"
    atoms = without_titles_opening_names(doc, sorted((a for a in atoms if not a.consumed), key=lambda a: a.start))  # "journalist Amir X"
    taken = {i for a in atoms for i in range(a.start, a.end)}
    heads = {a.head for a in antecedents} | {head_key(doc[a.head]) for a in atoms if names_a_body(a)}
    atoms = sorted(atoms + short_name_atoms(doc, taken, heads, lambda i: Atom(i, i + 1, i, SHORT_NAME)), key=lambda a: a.start)
    words = knowledge.words
    attach_qualifiers(
        doc,
        atoms,
        words.origin.get(lang, frozenset()),
        words.origin_prepositions.get(lang, frozenset()),
        words.origin_subjects.get(lang, frozenset()),
    )
    attach_workplaces(doc, atoms, knowledge, lang)  # "Workers at Samsung Electronics" (see ``apposed``)
    attach_places(doc, atoms, knowledge, lang)
    return atoms


def names_a_body(atom: Atom) -> bool:
    """Whether a short name may later stand for the atom: an institution or organisation by name,
    or a sector noun whose side its own words tell ("Pakistan's interior ministry")."""
    if atom.kind == SECTOR:
        return bool(atom.qualifiers)
    return atom.kind in (INSTITUTION, ORG_NAME, ORG_BARE)


def within_longer_sectors(atoms: list[Atom], sectors: list[Atom], doc: Doc, former_words: frozenset[str]) -> list[Atom]:
    """The lexicon's atoms less the office titles strictly inside a longer sector phrase:
    "opposition leader" is the opposition, "vice president" no president (the longest match
    wins). A past title ("former president") stays a title: its holder is read as a former one;
    so does a title a name follows ("opposition leader Raila Odinga"): it names its holder.
    A body's name inside a longer sector phrase goes too: "the Nigeria Labour Congress" is no Congress."""
    longer = [
        s for s in sectors
        if doc[s.start].lower_ not in former_words and not (s.end < len(doc) and doc[s.end].ent_type_ in PERSON_LABELS)
    ]
    return [
        a for a in atoms
        if a.kind not in (TITLE, INSTITUTION) or not any(s.start <= a.start and a.end <= s.end and s.end - s.start > a.end - a.start for s in longer)
    ]


def _name_words(history: Sequence[Earlier], doc: Doc, atoms: Sequence[Atom]) -> dict[str, int]:
    """The first and last words of the full names of people met so far: of the article's earlier
    paragraphs (-1) and of this paragraph's names (the token where each is written)."""
    words: dict[str, int] = {}
    for earlier in history:
        entity = earlier.actor.entity
        if entity and earlier.actor.how in PERSON_HOWS and len(entity.split()) >= 2:
            for word in (entity.split()[0], entity.split()[-1]):
                words[fold(word)] = -1
    for atom in atoms:
        if atom.kind == PERSON and atom.end - atom.start >= 2:
            for token in (doc[atom.start], doc[atom.end - 1]):
                words.setdefault(fold(token.text), atom.start)
    return words


def span_of(doc: Doc, atom: Atom, offset: int) -> TextSpan:
    """The text an atom's mention spans: the atom with its determiner and the qualifiers it took
    (not a place it is located at, nor a person in apposition)."""
    start, end = atom.start, atom.end
    head = doc[atom.head]
    for child in head.children:
        if child.dep_ == "det" and child.i < start:
            start = min(start, child.i)
    for qualifier in atom.qualifiers:
        if qualifier.kind in (PERSON, HONORIFIC_NAME) and doc[qualifier.head].dep_ == "appos":
            continue
        if qualifier.located:
            continue  # "Officials in Mumbai": the place stays a place of its own
        start = min(start, qualifier.start)
        end = max(end, qualifier.end)
    if atom.kind == HONORIFIC_NAME and start > 0:
        start = min(start, atom.start - 1)
    span = doc[start:end]
    char_start = offset + span.start_char
    return TextSpan(span.text, char_start, char_start + len(span.text))
