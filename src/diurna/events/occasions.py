"""Who takes part in an exchange an adjunct tells as the occasion of a clause.

"Xi told Biden in a video call that …", "asked Vladimir Putin for credit during a telephone
call", "soldiers died in a border clash with the neighbour's army", "l'armée a neutralisé
trois cents combattants lors d'affrontements": a noun of an exchange between two sides
(``[senses] exchange_nouns``: a call, talks, a clash) introduced by a word of occasion
(``[senses] occasion_words``: "in", "during", "lors de", "au cours de") names no party of its
own; its parties are those of the clause it is set in: the subject (a passive's subject, who
is a party to a clash as much as its victim), and, when the noun names no other side, whom
the clause addresses or acts on ("told Biden", "a assuré à son homologue"). Not when the
clause's verb tells an act of the same kind with its own doer ("met Xi during the summit"):
the noun then only dates it. Nor when the noun names its sides itself ("clashes between
the army and rebels").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern, folded_lemma

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How many words (prepositions, "lors", "cours") may stand between the noun and its clause's verb.
MAX_STEPS = 3


def clause_of_occasion(frames: ParagraphFrames, noun: Token) -> Token | None:
    """The verb of the clause a noun is set in as its occasion ("during a call", "lors d'une
    visite", "au cours de l'entretien"): up from the noun through prepositions, "lors" and
    "cours", at most ``MAX_STEPS`` words, one of them a word of occasion."""
    senses = frames.patterns.senses
    words: set[str] = set()
    current = noun
    for _ in range(MAX_STEPS):
        case = frames.grammar.case_word(current)
        if case is not None:
            words.add(fold(case.lower_))
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            break
        # English hangs the noun on its preposition; French on "lors" (an adverb) or "cours".
        if not (head.pos_ in ("ADP", "ADV") or (head.pos_ == "NOUN" and fold(head.lemma_) in senses.occasion_words)):
            return None  # "le succès de la visite": no clause it is the occasion of
        words.add(fold(head.lower_))
        current = head
    else:
        return None
    return head if words & senses.occasion_words else None


def occasion_verb(frames: ParagraphFrames, noun: Token, pattern: Pattern) -> Token | None:
    """The verb of the clause whose occasion ``noun`` is, if it is an exchange told so."""
    senses = frames.patterns.senses
    if pattern.name not in senses.exchange_nouns and folded_lemma(noun) not in senses.exchange_nouns:
        return None
    if any(frames.fillers(noun, slot) for slot in senses.mutual_slots):
        return None  # "clashes between the army and rebels": its sides are its own
    head = clause_of_occasion(frames, noun)
    if head is None:
        return None
    own = frames.pattern_of(head) if head.pos_ == "VERB" else None
    if own is not None and own.code == pattern.code and frames.subjects(head):
        return None  # "met Xi during the summit", "killed ten rebels in clashes": the verb tells the act
    return head


def occasion_parties(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """Who takes part, as the clause says: its subject, or a passive's subject."""
    if frames.grammar.is_passive(verb):
        return frames.objects(verb)
    return frames.subjects(verb)


def occasion_addressees(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The other side, when the noun names none: whom an active clause addresses or acts on."""
    if frames.grammar.is_passive(verb):
        return []
    return (
        frames.objects(verb)
        or frames.fillers(verb, "iobj")
        or frames.fillers(verb, frames.profile.dative_preposition)
    )


__all__ = ["occasion_addressees", "occasion_parties", "occasion_verb"]
