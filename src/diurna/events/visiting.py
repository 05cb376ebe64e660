"""Who is on a visit an adjunct tells: "En visite à Bruxelles, la Première ministre danoise a
rencontré …", "le président sénégalais, en visite officielle au Maroc, a signé …", "On a visit to
Brussels, the Danish prime minister met …".

A visit noun introduced by a preposition of a stay (``[senses] stay_prepositions``: "en", "on")
names no visitor of its own: the visitor is whom the phrase is set beside, the noun it hangs on
("le président …, en visite") or the subject of the clause it opens. Other visit nouns keep their
own frames: "a dénoncé la visite" does not make the subject a visitor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of a visit.
VISIT_CODE = "042"


def visitors(frames: ParagraphFrames, noun: Token, code: str) -> list[Token]:
    """The words that name who is on the visit ``noun`` tells, when an adjunct of a stay tells it."""
    if code != VISIT_CODE:
        return []
    case = frames.grammar.case_word(noun)
    if case is None or fold(case.lower_) not in frames.patterns.senses.stay_prepositions:
        return []
    # French hangs the phrase's noun on what it is set beside, English its preposition.
    anchor = case.head if noun.head.i == case.i else noun.head
    if anchor.i == noun.i:
        return []
    if anchor.pos_ in ("NOUN", "PROPN"):
        return [anchor]  # "le président sénégalais, en visite au Maroc"
    if anchor.pos_ in ("VERB", "AUX"):
        return frames.subjects(anchor)  # "En visite à Bruxelles, la Première ministre a rencontré"
    return []
