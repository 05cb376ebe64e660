"""A reaction told in a clause on a noun that sums up the sentence's act.

"Belarus freed 18 political prisoners, in a move the European Union welcomed", "Russia annexed
Crimea, a move that the United Nations condemned", "… a decision welcomed by the opposition": the
noun ("move", "decision", "step") is not the main verb's object but an aside on the whole act, and
the reaction in the clause on it (praise, disapproval, rejection) is aimed at whoever did that act,
the main verb's subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .claimed import CLAIM_CODE

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of reactions to another's act: denial (01: "a charge Yerevan denied"), approval and praise
# (05), disapproval (11), rejection (12).
REACTION_ROOTS = {"01", "05", "11", "12"}
# The links by which the summing noun hangs on the act's clause: in apposition ("Crimea, a move
# that …", or as the English parser's adverbial noun phrase: "…, a charge Yerevan denied"), or in
# a preposition's phrase on the verb ("in a move …").
ASIDE_DEPS = {"appos", "npadvmod", "pobj", "obl", "obl:mod", "nmod"}
# How far up from the summing noun the act's verb is looked for. The parser often hangs the aside
# on the clause's last noun ("recognised Palestine, saying it was committed to a solution, a move
# that Israel denounced"), a few links below the act's verb, and a verb on the way that tells no
# act ("saying") is passed.
MAX_CLIMB = 8
# Links of a verb's complement clause ("offered to take in the ship").
CLAUSE_COMPLEMENTS = {"xcomp", "ccomp"}


def _fronted(verb: Token, filler: Token) -> bool:
    """An object that opens its relative clause is the relative pronoun, whatever its tag ("a move
    that Israel denounced", where "that" is not tagged a pronoun)."""
    return filler.i < verb.i and filler.i == verb.left_edge.i


def _after_comma(noun: Token) -> bool:
    """Whether the noun's phrase is set off by a comma before it."""
    return noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","


def _second_object(noun: Token) -> bool:
    """A noun set off by a comma after its verb's own object is an aside on the act the parser took
    for a second object: "Poland accused Minsk of …, an allegation Minsk dismissed"."""
    # … or for the object of a verb whose complement is a clause before it ("offered to take in
    # the ship, a move welcomed by …").
    return _after_comma(noun) and any(
        (c.dep_ == noun.dep_ or c.dep_ in CLAUSE_COMPLEMENTS) and c.i < noun.i for c in noun.head.children
    )


def summed_up_doers(frames: ParagraphFrames, verb: Token, root: str) -> list[Token]:
    """The subjects of the act a reaction in a clause on a summing noun is aimed at."""
    if root not in REACTION_ROOTS or verb.pos_ != "VERB" or frames.grammar.clause_link(verb) not in ("relcl", "acl"):
        return []
    if (claim := frames.pattern_of(verb)) is not None and claim.code == CLAIM_CODE:
        return []  # "…, in an attack claimed soon after by X": a claim is aimed at no one (events/claimed.py)
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i in frames.mention_at or (noun.dep_ not in ASIDE_DEPS and not _second_object(noun)):
        return []
    fillers = frames.fillers(verb, "obj")
    if frames.grammar.clause_link(verb) == "relcl" and any(not frames.grammar.is_relative_pronoun(o) and not _fronted(verb, o) for o in fillers):
        return []  # the clause's object is another thing: "a move which angered Russia"
    if frames.grammar.clause_link(verb) == "acl" and not frames.grammar.is_passive(verb):
        return []
    act = noun.head
    for _ in range(MAX_CLIMB):
        if (act.pos_ == "VERB" and frames.pattern_of(act) is not None) or act.head.i == act.i:
            break
        act = act.head
    if act.pos_ != "VERB":
        return []  # the sentence tells no act for the noun to sum up
    if frames.pattern_of(act) is None and not _after_comma(noun):
        return []  # "lost their licences under a decree signed by …": the noun is the clause's own
    # An act no entry codes is still its subject's when the noun is set off as an aside ("The OSCE
    # appointed experts, a step Minsk rejected"): the main verb, reached at the top of the climb.
    return frames.subjects(act)
