"""Noun phrases of actor atoms: each nominal atom takes the atoms that qualify it (step 2 of ``mentions``).

"le ministre ukrainien" takes the adjective; "le secrétaire général de l'OTAN, Jens Stoltenberg" the
organisation and the person; "officials in Mumbai" the place they act in.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import ActorKnowledge, fold
from .atoms import HONORIFIC_NAME, MEMBER, NOMINAL_KINDS, SECTOR, Atom, atom_lemmas
from .context import OF_WORDS
from .lexicon import COUNTRY_ADJECTIVE, COUNTRY_NAME, COUNTRY_PEOPLE, COUNTRY_SEAT, PERSON, TITLE
from .owners import COUNTRY_KINDS, nearest_countries, passes_noun, shared_modifier

QUALIFIER_DEPS = frozenset({"amod", "nmod", "compound", "appos", "flat:name", "flat", "nmod:poss", "poss", "obl"})
# Qualifiers are looked for this many dependency steps below a noun phrase head: enough for
# "the Secretary of Foreign Affairs of the Philippines" (Philippines → of → Affairs → of → Secretary).
QUALIFIER_DEPTH = 4

# The dependencies of a clause's subject, active or passive.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})

# Prepositions through which a noun qualifies another ("le ministre de la Défense", "President of
# Brazil") are ``OF_WORDS``; "à Riyad", "au Soudan" say where, not whose.


def path_length(token: Token, ancestor: Token, limit: int, cases: frozenset[str] | set[str] = frozenset({"of"})) -> int | None:
    """Dependency steps from a qualifier up to the noun it qualifies, through "de"/"of" (or the
    ``cases`` given: "in" for a place qualifying a sector noun), else None."""
    steps = 0
    current = token
    allowed = OF_WORDS | set(cases)
    while current.i != ancestor.i:
        if steps >= limit or current.head.i == current.i:
            return None
        if current.dep_.startswith(("nmod", "obl")) and current.dep_ != "nmod:poss":
            case = next((c for c in current.children if c.dep_ in ("case", "mark") and c.i < current.i), None)
            if case is not None and case.lower_ not in allowed:
                return None
        # "des jihadistes présumés du JNIM": an adjective the parser hangs as a clause passes its "de".
        adjectival = current.dep_ == "acl" and current.pos_ in ("ADJ", "NOUN")
        if current.dep_ not in QUALIFIER_DEPS and not current.dep_.startswith(("nmod", "flat")) and not adjectival:
            # English "the President of Brazil": Brazil → of → President.
            of_phrase = current.dep_ == "pobj" and current.head.dep_ == "prep" and current.head.lower_ in cases
            if not (of_phrase or (current.dep_ == "prep" and current.lower_ in cases)):
                return None
        current = current.head
        steps += 1
    return steps


def coordinated_adjective(doc: Doc, atom: Atom, other: Atom, taken: Sequence[Atom]) -> bool:
    """"les garde-côtes philippins, japonais et américains": a country adjective coordinated with
    one the sector noun has taken (``taken``), or hung by the parser as a conjunct of the noun itself."""
    if atom.kind != SECTOR or other.kind != COUNTRY_ADJECTIVE or other.start < atom.end:
        return False
    head = doc[other.head]
    if head.dep_ != "conj":
        return False
    return head.head.i == atom.head or any(
        q.start <= head.head.i < q.end for q in taken if q.kind == COUNTRY_ADJECTIVE
    )


def attach_qualifiers(
    doc: Doc,
    atoms: list[Atom],
    origin: frozenset[str] = frozenset(),
    from_words: frozenset[str] = frozenset(),
    subject_origin: frozenset[str] = frozenset(),
) -> None:
    """Each nominal atom takes the atoms that qualify it; an ``origin`` noun ("delegation") also
    through ``from_words`` ("a delegation from Hamas"), as does a ``subject_origin`` noun that is
    its clause's subject ("Troops from Morocco opened the exercise", but "withdrew troops from
    Mali"). A country word reached through another noun's head is that noun's when this one has a
    country word of its own (see ``owners``)."""
    nominal_heads = frozenset(a.head for a in atoms if a.kind in NOMINAL_KINDS)
    for atom in sorted(atoms, key=lambda a: a.start):
        if atom.kind not in NOMINAL_KINDS:
            continue
        head = doc[atom.head]
        cases = {"of"} | (from_words if atom.kind == SECTOR and _from_origin(atom, doc, origin, subject_origin) else set())
        found = []
        for other in atoms:
            if other is atom or other.consumed or other.kind in (SECTOR, MEMBER) and atom.kind in (SECTOR, MEMBER):
                continue
            steps = path_length(doc[other.head], head, QUALIFIER_DEPTH, cases)
            adjacent_adjective = (other.kind in (COUNTRY_ADJECTIVE, COUNTRY_PEOPLE) and (other.start == atom.end or other.end == atom.start)) or (
                # "U.S. President": the parser may hang the name on the person after the title.
                atom.kind == TITLE and other.kind == COUNTRY_NAME and other.end == atom.start
            )
            if (steps is None or steps == 0) and not adjacent_adjective and not coordinated_adjective(doc, atom, other, [q for q, _ in found]):
                continue  # ("le président sud-africain": the parser may hang the adjective anywhere)
            # A qualifier must not be a nominal phrase heading its own qualifiers ("le président du
            # parlement de Russie" keeps "parlement" apart), except a role noun just before a name
            # ("Secretary Kerry", "judge Sergio Moro"): the name's own role.
            role_of_name = atom.kind in (PERSON, HONORIFIC_NAME) and other.kind == SECTOR and other.end == atom.start
            if other.kind in NOMINAL_KINDS and other.kind != PERSON and other.kind != HONORIFIC_NAME and not role_of_name:
                continue
            found.append((other, adjacent_adjective))
        if atom.kind == MEMBER:
            # "des membres d'un cartel mexicain": a member noun is its owner noun's, whose country word
            # is the owner's (``members``, settled by ``apposed.sector_owners``), not the members'.
            found = [(q, beside) for q, beside in found if not (q.kind in COUNTRY_KINDS and passes_noun(doc, doc[q.head], head, nominal_heads))]
        for other in nearest_countries(doc, head, found, nominal_heads):
            atom.qualifiers.append(other)
            # "a Nicaraguan opposition journalist": the adjective is the journalist's too.
            other.consumed = not shared_modifier(doc, head, doc[other.head], nominal_heads)


def _from_origin(atom: Atom, doc: Doc, origin: frozenset[str], subject_origin: frozenset[str]) -> bool:
    """Whether a sector noun's people come from the side named after "from": the phrase or its head
    noun is an ``origin`` noun ("defence ministers from Japan"), or a ``subject_origin`` one as the
    subject of its clause."""
    head = doc[atom.head]
    nouns = {atom_lemmas(atom, doc), fold(head.lemma_)}
    if nouns & origin:
        return True
    return bool(nouns & subject_origin) and head.dep_ in SUBJECT_DEPS


PLACE_QUALIFIER_KINDS = frozenset({COUNTRY_NAME, COUNTRY_SEAT})


def attach_places(doc: Doc, atoms: list[Atom], knowledge: ActorKnowledge, lang: str) -> None:
    """"Officials in Mumbai, India", "the government in Khartoum": a sector noun of people who act
    where they are (``located``), that no country, organisation or person qualifies, takes the
    country or seat it is placed in."""
    words = knowledge.words
    prepositions = words.located_prepositions.get(lang, frozenset())
    located = words.located.get(lang, frozenset())
    for atom in atoms:
        if atom.kind != SECTOR or atom.consumed or atom.qualifiers or atom_lemmas(atom, doc) not in located:
            continue
        head = doc[atom.head]
        for other in atoms:
            if other.consumed or other.start < atom.end or not all(e.kind in PLACE_QUALIFIER_KINDS for e in other.entries):
                continue
            steps = path_length(doc[other.head], head, QUALIFIER_DEPTH, prepositions)
            if steps is None or steps == 0:
                continue
            atom.qualifiers.append(other)
            other.consumed = True
            other.located = True
            break
