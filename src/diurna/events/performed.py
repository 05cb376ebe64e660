"""Acts done by saying one wants to do them: "I want to thank the Canadian people", "je tiens à
remercier la France", "we would like to condemn the attack".

A speaker who says, in the first person and the present, that they want to thank, praise,
apologise, condemn, appeal or demand has thereby thanked, condemned or demanded: the act is done in
the saying, not an intent (03). Not an act that needs doing ("I want to meet him", "we want to send
aid"), nor a wish told in the past or of someone else ("he wanted to thank …").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import has_feature

# CAMEO roots and codes of acts done by words alone: statements, appeals, praise and verbal
# defence, apologies and forgiveness, demands, disapproval, rejection.
SPOKEN_ROOTS = frozenset({"01", "02", "10", "11", "12"})
SPOKEN_CODES = frozenset({"051", "052", "055", "056"})


def _spoken(code: str) -> bool:
    return code[:2] in SPOKEN_ROOTS or code[:3] in SPOKEN_CODES


def performed_in_saying(intender: Token, code: str) -> bool:
    """``intender`` (the verb of wanting an act coded ``code`` is under) has a first-person
    subject and is in the present or conditional ("I want to", "je tiens à", "I would like to"):
    the spoken act is done."""
    if not _spoken(code):
        return False
    subjects = [c for c in intender.children if c.dep_ in ("nsubj", "expl:subj")]
    if not subjects or not all(s.pos_ == "PRON" and has_feature(s, "Person", "1") for s in subjects):
        return False
    # "wanted to thank", "voulait remercier", "had wanted": told of the past, not done now.
    return not ({"Past", "Imp"} & set(intender.morph.get("Tense")))


__all__ = ["performed_in_saying"]
