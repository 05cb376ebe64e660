"""Signing a law at home is no agreement: "Kazakhstan's president signed a decree on Monday", "oil
firms lost their licences under a decree signed by the president", "the governor signed the bill
into law".

CAMEO 057 is signing a formal agreement between actors. A state's leader signing a decree, a law
or a bill, with no other party named, makes a domestic legal act, not an agreement: it is not
coded (the measure the decree takes, "revoked the licences under a decree", is coded by its own verb).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actors import fold
from .frames import ParagraphFrames

AGREEMENT_CODE = "057"
# A state's own legal instruments are the language profile's ``domestic_instruments``.


def signs_at_home(frames: ParagraphFrames, verb: Token, code: str, has_target: bool) -> bool:
    """Whether ``verb`` signs a domestic instrument (its object, or the noun it is a participle on)
    with no party named."""
    if code != AGREEMENT_CODE or has_target or verb.pos_ != "VERB":
        return False
    words = frames.profile.domestic_instruments
    signed = list(frames.objects(verb))
    if frames.grammar.clause_link(verb) in ("acl", "amod") or verb.dep_ == "acl":
        signed.append(verb.head)  # "a decree signed by the president"
    return any(fold(noun.lemma_) in words for noun in signed)
