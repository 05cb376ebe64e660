"""Countries coordinated with an office's or a sector noun's own: "the leaders of France and Germany",
"Russian and Chinese warships" give each country its actor in the same role."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge
from ..records import Actor, ActorMention, TextSpan
from .atoms import SECTOR, Atom
from .context import OF_WORDS
from .lexicon import COUNTRY_ADJECTIVE, COUNTRY_NAME, TITLE
from .resolved import country_actor, office_actor

def office_sides(doc: Doc, atom: Atom, actor: Actor) -> dict[int, tuple[Atom, Actor]]:
    """"The leaders of France and Germany", "les ministres des Affaires étrangères de la France et
    de l'Allemagne": the noun is the first country's; the heads of the countries coordinated with
    it (named apart, their own atoms) are recorded to take the same role."""
    if atom.kind not in (SECTOR, TITLE) or not actor.country or not actor.sector:
        return {}
    found: dict[int, tuple[Atom, Actor]] = {}
    if not any(q.kind == COUNTRY_NAME for q in atom.qualifiers):
        return found
    for qualifier in atom.qualifiers:
        if qualifier.kind != COUNTRY_NAME:
            continue
        for member in doc[qualifier.head].conjuncts:
            if member.i > qualifier.head:
                found[member.i] = (atom, actor)
    # "les soldats de la Serbie et de la Hongrie": the parser may hang the second "de" phrase on the
    # noun itself; with its own preposition it is still the noun's second country.
    for member in doc[atom.head].conjuncts:
        if member.i > atom.head and any(c.i < member.i and c.lower_ in OF_WORDS for c in member.children):
            found[member.i] = (atom, actor)
    return found


def side_of(knowledge: ActorKnowledge, lang: str, day: dt.date | None, atom: Atom, actor: Actor, country: str) -> Actor:
    """The actor of ``country`` in the role ``atom`` gives its first country (see ``office_sides``):
    that country's holder of the same office when the data has one, else its side in that sector."""
    if atom.kind == TITLE:
        office = knowledge.office_for(atom.entries[0].ident, lang, country=country)
        if office is not None:
            return office_actor(knowledge, office, day, "office")
    return country_actor(knowledge, country, actor.sector, "sector")


def coordinated_sides(
    doc: Doc, atom: Atom, actor: Actor, knowledge: ActorKnowledge, offset: int, sentence: int, paragraph: int
) -> list[ActorMention]:
    """"Russian and Chinese warships", "les garde-côtes philippins, japonais et américains": the
    sector noun resolves to the first country; each other coordinated country adjective is its own
    actor of the same sector, headed by the adjective."""
    if atom.kind != SECTOR or actor.how != "sector" or not actor.country:
        return []
    found = []
    for qualifier in atom.qualifiers:
        # A conjunct, or an adjective the parser hung on the noun right after a comma or "et"
        # ("les soldats maliens, nigériens et burkinabés").
        listed = qualifier.start > 0 and (doc[qualifier.start - 1].is_punct or doc[qualifier.start - 1].pos_ == "CCONJ")
        if doc[qualifier.head].dep_ != "conj" and not listed:
            continue
        country = next((e.ident for e in qualifier.entries if e.kind == COUNTRY_ADJECTIVE), None)
        if country is None or country == actor.country:
            continue
        span = doc[qualifier.start : qualifier.end]
        start = offset + span.start_char
        found.append(
            ActorMention(
                TextSpan(span.text, start, start + len(span.text)),
                country_actor(knowledge, country, atom.sector, "sector"),
                sentence,
                qualifier.head,
                paragraph,
            )
        )
    return found
