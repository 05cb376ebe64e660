"""Who is on a visit an adjunct tells: "En visite à Bruxelles, la Première ministre danoise a
rencontré …", "le président sénégalais, en visite officielle au Maroc, a signé …", "On a visit to
Brussels, the Danish prime minister met …".

A visit noun introduced by a preposition of a stay (``[senses] stay_prepositions``: "en", "on")
names no visitor of its own: the visitor is whom the phrase is set beside, the noun it hangs on
("le président …, en visite") or the subject of the clause it opens. Other visit nouns keep their
own frames: "a dénoncé la visite" does not make the subject a visitor. What the visitor does
there with no one named ("En visite à Kiev, le chancelier a promis une aide") is done to the
host (``stay_visits``, read by ``untold.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold
from .occasions import clause_of_occasion

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of a visit.
VISIT_CODE = "042"


def _stay_anchor(frames: ParagraphFrames, noun: Token) -> Token | None:
    """What a visit noun opened by a preposition of a stay is set beside: the noun it hangs on or
    the verb of the clause it opens; None for another visit noun."""
    case = frames.grammar.case_word(noun)
    if case is None or fold(case.lower_) not in frames.patterns.senses.stay_prepositions:
        return None
    # French hangs the phrase's noun on what it is set beside, English its preposition.
    anchor = case.head if noun.head.i == case.i else noun.head
    return None if anchor.i == noun.i else anchor


def visitors(frames: ParagraphFrames, noun: Token, code: str) -> list[Token]:
    """The words that name who is on the visit ``noun`` tells, when an adjunct of a stay tells it."""
    if code != VISIT_CODE:
        return []
    anchor = _stay_anchor(frames, noun)
    if anchor is None:
        return []
    if anchor.pos_ in ("NOUN", "PROPN"):
        return [anchor]  # "le président sénégalais, en visite au Maroc"
    if anchor.pos_ in ("VERB", "AUX"):
        return frames.subjects(anchor)  # "En visite à Bruxelles, la Première ministre a rencontré"
    return []


def visit_hosts(frames: ParagraphFrames, noun: Token, code: str) -> list[Token]:
    """Who hosts a visit set as the occasion of a clause that names no place of its own ("Riyad a
    promis une aide lors d'une visite du Premier ministre pakistanais", "signed three accords
    during a visit by the Indian premier"): the clause's subject, in whose land the visit is."""
    if code != VISIT_CODE:
        return []
    head = clause_of_occasion(frames, noun)
    if head is None or head.pos_ != "VERB":
        return []
    return frames.subjects(head)


def stay_visits(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The visit nouns of stay adjuncts that open ``verb``'s clause ("En visite à Kiev, le chancelier
    a promis …"): what the visitor does there with no one named is done to the host."""
    found: list[Token] = []
    for noun in verb.children:
        # The noun hangs on the verb (French) or on its preposition (English "On a visit to …").
        for visit in (noun, *(c for c in noun.children if c.dep_ == "pobj")):
            pattern = frames.pattern_of(visit)
            anchor = _stay_anchor(frames, visit) if pattern is not None and pattern.code == VISIT_CODE else None
            if anchor is not None and anchor.i == verb.i:
                found.append(visit)
    return found
