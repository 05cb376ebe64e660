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

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Roots of reactions to another's act: approval and praise (05), disapproval (11), rejection (12).
REACTION_ROOTS = {"05", "11", "12"}
# The links by which the summing noun hangs on the act's clause: in apposition ("Crimea, a move
# that …"), or in a preposition's phrase on the verb ("in a move …").
ASIDE_DEPS = {"appos", "pobj", "obl", "obl:mod", "nmod"}
# How far up from the summing noun the act's verb is looked for.
MAX_CLIMB = 3


def summed_up_doers(frames: ParagraphFrames, verb: Token, root: str) -> list[Token]:
    """The subjects of the act a reaction in a clause on a summing noun is aimed at."""
    if root not in REACTION_ROOTS or verb.pos_ != "VERB" or frames.grammar.clause_link(verb) not in ("relcl", "acl"):
        return []
    noun = verb.head
    if noun.pos_ != "NOUN" or noun.i in frames.mention_at or noun.dep_ not in ASIDE_DEPS:
        return []
    if frames.grammar.clause_link(verb) == "relcl" and any(not frames.grammar.is_relative_pronoun(o) for o in frames.fillers(verb, "obj")):
        return []  # the clause's object is another thing: "a move which angered Russia"
    if frames.grammar.clause_link(verb) == "acl" and not frames.grammar.is_passive(verb):
        return []
    act = noun.head
    for _ in range(MAX_CLIMB):
        if act.pos_ in ("VERB", "AUX") or act.head.i == act.i:
            break
        act = act.head
    if act.pos_ != "VERB" or frames.pattern_of(act) is None:
        return []  # the sentence tells no act for the noun to sum up
    return frames.subjects(act)
