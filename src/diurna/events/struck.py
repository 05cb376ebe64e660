"""What an act of force named by its noun hits, told by the verb it is the subject of.

"A drone strike killed two militia commanders", "le tir de missile qui a atteint une école":
the event noun is the act; the verb it is the subject of (its own clause's verb, or a relative
clause on it), when it is no act of its own or only a killing, tells whom or what it hit: the
noun takes the verb's object (or the place it names) as its target. Another act of force ("bombs
struck a store", "des affrontements ont opposé X à Y") is coded itself and lends the noun nothing.
The killing stays coded beside the noun: sources code such a toll now as the noun's act, now as
a killing of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def _outcome_verb(frames: ParagraphFrames, verb: Token) -> bool:
    """A verb that may tell what an act of force hit: one that is no act of its own ("touched"),
    or a verb of killing, its toll."""
    pattern = frames.pattern_of(verb)
    return pattern is None or pattern.name in frames.patterns.senses.killing_verbs


def verbs_told_of(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The verbs ``noun`` is the subject of: its clause's ("A drone strike killed …") and its
    relative clauses' ("la frappe qui a touché …"), those that may tell what it hit."""
    found: list[Token] = []
    verb = noun.head
    if verb.i != noun.i and verb.pos_ == "VERB" and any(s.i == noun.i for s in frames.fillers(verb, "subj")):
        found.append(verb)
    for clause in noun.children:
        if clause.pos_ != "VERB" or frames.grammar.clause_link(clause) != "relcl":
            continue
        if any(frames.grammar.is_relative_pronoun(s) for s in frames.fillers(clause, "subj")):
            found.append(clause)
    return [v for v in found if _outcome_verb(frames, v)]


__all__ = ["verbs_told_of"]
