"""Signing a law at home is no agreement: "Kazakhstan's president signed a decree on Monday", "oil
firms lost their licences under a decree signed by the president", "the governor signed the bill
into law".

CAMEO 057 is signing a formal agreement between actors. A state's leader signing a decree, a law
or a bill, with no other party named, makes a domestic legal act, not an agreement: it is not
coded (the measure the decree takes, "revoked the licences under a decree", is coded by its own verb).

A declaration or communiqué that is signed ("n'a finalement pas signé la déclaration commune des ministres") is
the document of the agreement, not a statement of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actors import fold
from .frames import ParagraphFrames

AGREEMENT_CODE = "057"
# The root of statements: a statement noun a signing verb takes is the document signed.
STATEMENT_ROOT = "01"
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


def document_signed(frames: ParagraphFrames, noun: Token, code: str) -> bool:
    """Whether a statement noun ("la déclaration finale", "the joint communiqué") is the object of
    a verb of signing: the document signed, coded by the signing."""
    if code[:2] != STATEMENT_ROOT or noun.pos_ != "NOUN" or not frames.grammar.is_object_of(noun):
        return False
    signing = frames.pattern_of(noun.head)
    return signing is not None and signing.code == AGREEMENT_CODE
