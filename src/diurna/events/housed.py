"""Force aimed at a place that houses the people of a side is aimed at them.

"Iran fired missiles at Iraqi bases housing US troops", "des roquettes ont visé une base irakienne
abritant des soldats américains": the base is Iraq's, but the attack is on the troops it houses.
A participle or relative clause of housing (the language's ``housing_verbs``) on the thing hit,
whose object names an actor, says whom the force is aimed at; the thing's owner is only where.
The English parser often hangs the participle on the verb of force instead ("fired … at bases
housing …" as an adverbial clause of "fired"): one with no subject of its own, standing right
after the thing hit, is read as the thing's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.patterns import folded_lemma

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Clause links of a clause on a noun that may say what the noun houses.
HOUSING_LINKS = frozenset({"acl", "relcl"})


def housed_people(frames: ParagraphFrames, verb: Token, fillers: list[Token]) -> list[Token]:
    """``fillers`` of ``verb``'s target slot, each thing hit that houses a named side replaced by
    that side's words."""
    housing = frames.patterns.senses.housing_verbs
    grammar = frames.grammar
    found: list[Token] = []
    for filler in fillers:
        clauses = [c for c in filler.children if grammar.clause_link(c) in HOUSING_LINKS]
        # … or hung on the verb, right after the phrase of the thing hit ("at bases in Iraq housing …").
        clauses += [
            c for c in verb.children
            if grammar.clause_link(c) == "advcl" and c.left_edge.i == filler.right_edge.i + 1 and not frames.fillers(c, "subj")
        ]
        housed = [
            thing
            for clause in clauses
            if clause.pos_ == "VERB" and folded_lemma(clause) in housing
            for thing in frames.fillers(clause, "obj")
            if frames.actors_of(thing)
        ]
        found += housed or [filler]
    return found
