"""Acts whose doer is who claims them.

"L'État islamique a revendiqué l'embuscade qui a coûté la vie à douze soldats", "al-Shabaab
claimed responsibility for the bombing that killed 12 soldiers": an act of force that a group
claims (CAMEO 015, claim responsibility) was done by that group. The claim is coded as itself;
the act it names takes the claimer as its source, and a relative clause telling the act's toll
("qui a tué douze soldats") is that act's toll, not a second act (``tolls.py`` reads its victims).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .roots import FORCE_OUTCOME_ROOTS

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of a claim of responsibility.
CLAIM_CODE = "015"
# How far up from the act's noun the claiming verb is looked for ("responsibility for → the bombing").
MAX_CLIMB = 3


def claimers(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The subjects of the claim of responsibility whose object (or phrase) is the event noun ``noun``."""
    if noun.pos_ != "NOUN":
        return []
    pattern = frames.pattern_of(noun)
    if pattern is None or pattern.code[:2] not in FORCE_OUTCOME_ROOTS:
        return []
    for clause in noun.subtree:
        # "l'embuscade, sur la route de Kaya, revendiquée par le JNIM": the claim told by a
        # participle on the act's phrase (the parser may hang it on a noun of the phrase).
        claim = frames.pattern_of(clause) if clause.pos_ == "VERB" and frames.grammar.clause_link(clause) == "acl" else None
        if claim is not None and claim.code == CLAIM_CODE:
            return frames.fillers(clause, "agent")
    verb = noun.head
    for _ in range(MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or verb.pos_ not in ("ADP", "NOUN"):
            break
        verb = verb.head
    claim = frames.pattern_of(verb) if verb.pos_ == "VERB" else None
    if claim is None or claim.code != CLAIM_CODE:
        return []
    return frames.subjects(verb)


def toll_of_a_claimed_act(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether ``verb`` is a relative clause telling the toll of an act of force: any verb on a
    claimed act ("l'attentat qui a tué …", claimed), a verb of killing on any ("the bombing that
    killed 12 people": the bombing's toll, not a second act)."""
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "relcl":
        return False
    if not any(frames.grammar.is_relative_pronoun(s) for s in frames.fillers(verb, "subj")):
        return False  # the act is not the clause's subject: "l'attaque que le groupe a menée"
    if claimers(frames, verb.head):
        return True
    # "l'attentat … qui a tué 12 personnes": a killing told of an act of force retells its toll.
    act = frames.pattern_of(verb.head) if verb.head.pos_ == "NOUN" else None
    killing = frames.pattern_of(verb)
    return act is not None and act.code[:2] in FORCE_OUTCOME_ROOTS and killing is not None and killing.name in frames.patterns.senses.killing_verbs


def relative_tolls(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The relative clauses telling the toll of the claimed act ``noun`` ("qui a tué …")."""
    return [c for c in noun.children if toll_of_a_claimed_act(frames, c)]
