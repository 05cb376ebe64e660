"""An act or a thing whose doer a relative clause on it names.

"Ukraine condemned the strikes Russia launched overnight", "L'Ukraine a condamné les frappes
que la Russie a menées lundi", "criticised the sanctions that the EU imposed on Russia": a
relative clause whose verb only carries the noun (a light verb of the language's
``support_verbs``) and whose object is the noun itself (the relative pronoun, or none in an
English contact clause) says who does the act, or who made the thing, as a participle with its
agent does ("les frappes menées par la Russie").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.patterns import folded_lemma

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def relative_doers(frames: ParagraphFrames, noun: Token) -> list[tuple[Token, Token]]:
    """(relative clause verb, its subject) for each light-verb relative clause on ``noun``."""
    found: list[tuple[Token, Token]] = []
    grammar = frames.grammar
    for clause in noun.children:
        if clause.pos_ != "VERB" or grammar.clause_link(clause) != "relcl" or grammar.is_passive(clause):
            continue
        if folded_lemma(clause) not in frames.profile.support_verbs:
            continue
        if any(not grammar.is_relative_pronoun(o) for o in frames.fillers(clause, "obj")):
            continue  # the clause's object is another thing: "the strikes which hit the depot"
        for subject in frames.fillers(clause, "subj"):
            if not grammar.is_relative_pronoun(subject) and subject.i != noun.i:
                found.append((clause, subject))
    return found
