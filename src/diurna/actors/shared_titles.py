"""Two leaders under one plural title, each with their own country adjective: "les présidents kényan
William Ruto et tanzanienne Samia Suluhu Hassan", "les ministres des Affaires étrangères arménien A et
azerbaïdjanais B". The plural noun stands for no actor of its own: each name is its own mention, read
by the person's own role (the noun would otherwise take both adjectives and names as one side's).
The first person's mention spans the noun too, which a verb's subject or object is, so it carries the
second person as its second party (``ActorMention.second_party``, as "les deux présidents" does):
"se sont rencontrés" is then the one's meeting with the other, "a reçu les présidents …" each one's.

The pattern is read on the surface, the parser hanging the second adjective and name anywhere: the
plural nominal atom, then at least two (country adjective, person) pairs, each pair's words
adjacent, pairs parted by a comma or a coordinating conjunction, the last by a conjunction. Every
person must hold a known role on the date; else the phrase is left as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge
from ..records import ActorMention
from .atoms import SECTOR, Atom
from .lexicon import COUNTRY_ADJECTIVE, PERSON, TITLE

PLURAL = "Plur"
SHARED_NOUN_KINDS = frozenset({SECTOR, TITLE})
CONJUNCTION = "CCONJ"
PUNCTUATION = "PUNCT"


def _pairs_after(doc: Doc, noun: Atom, by_start: dict[int, Atom]) -> list[tuple[Atom, Atom]]:
    """The (adjective, person) pairs that follow the plural noun, coordinated, or [] if the
    pattern is not there."""
    pairs: list[tuple[Atom, Atom]] = []
    position = noun.end
    while True:
        adjective = by_start.get(position)
        if adjective is None or adjective.kind != COUNTRY_ADJECTIVE:
            break
        person = by_start.get(adjective.end)
        if person is None or person.kind != PERSON:
            break
        pairs.append((adjective, person))
        if person.end >= len(doc):
            break
        link = doc[person.end]
        if link.pos_ not in (CONJUNCTION, PUNCTUATION) or (link.pos_ == PUNCTUATION and link.text != ","):
            break
        position = person.end + 1
    if len(pairs) < 2:
        return []
    # The last pair is the conjunction's ("A X, B Y et C Z"), not one after a comma only.
    return pairs if doc[pairs[-2][1].end].pos_ == CONJUNCTION else []


def split_shared_titles(doc: Doc, atoms: Sequence[Atom], knowledge: ActorKnowledge, day: dt.date | None) -> dict[int, int]:
    """After qualifiers are attached: a plural title or sector noun followed by coordinated
    (country adjective, known person) pairs gives way to the people, each a mention of its own with
    its adjective; the first also spans the noun, which stands for the second too (an act of "les
    présidents" is each one's). Returns the first person's head → the second person's head."""
    by_start = {a.start: a for a in atoms}
    partners: dict[int, int] = {}
    for noun in atoms:
        if noun.kind not in SHARED_NOUN_KINDS or noun.consumed or doc[noun.head].morph.get("Number") != [PLURAL]:
            continue
        pairs = _pairs_after(doc, noun, by_start)
        if not pairs or any(knowledge.person(doc[p.start : p.end].text, day)[0] is None for _, p in pairs):
            continue
        noun.consumed = True
        taken = [noun, *(atom for pair in pairs for atom in pair)]
        for adjective, person in pairs:
            adjective.consumed = True
            person.consumed = False
            person.qualifiers = [q for q in person.qualifiers if all(q is not t for t in taken)] + [adjective]
        pairs[0][1].qualifiers.append(noun)
        partners[pairs[0][1].head] = pairs[1][1].head
    return partners


def with_partners(mentions: list[ActorMention], first: int, partners: dict[int, int]) -> None:
    """The paragraph's mentions (``mentions[first:]``) of the first people under a shared title,
    with the second person's actor as their second party."""
    by_head = {m.head: m for m in mentions[first:]}
    for index in range(first, len(mentions)):
        partner = by_head.get(partners.get(mentions[index].head, -1))
        if partner is not None:
            mentions[index] = replace(mentions[index], second_party=partner.actor)
