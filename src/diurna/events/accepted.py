"""Ceasefires accepted: agreeing to stop fighting.

The guidelines code a ceasefire or truce agreed to or accepted as CAMEO's 0356 ("offer, promise,
agree to … stop fighting"), not as the declared one (0871). A verb of accepting (the patterns'
``accepting_verbs``: accept, approve, accepter, approuver) whose object is the ceasefire itself
("the cabinet approved the truce with Hezbollah"), or a noun of approval given to it
(``accepting_nouns``: "a donné son feu vert à"; English "gave the green light to a truce" finds
no doer yet) agrees to it; so does one of accepting or of backing (``backing_verbs``: back,
endorse, soutenir) whose object is another's proposal of one
("Kyiv backed an American proposal for a ceasefire", "a accepté la proposition égyptienne de
trêve"): the one who answers a proposal is the one it was made to, a party, where backing a
ceasefire itself is a bystander's endorsement (051). The proposal is then what is accepted, coded
by the acceptance (its maker the target), not an act of its own, as a rejected one is
(events/refused.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.ontology import Ontology
from ..knowledge.patterns import Pattern, folded_lemma
from .refused import PROPOSAL_ROOTS
from .requested import DE_ESCALATION, PHRASE_DEPS, PROPOSAL_DEPS, phrase_words

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def _proposes_de_escalation(frames: ParagraphFrames, proposal: Token) -> bool:
    """Whether a proposal's phrase names a ceasefire (CAMEO's de-escalation, 087, whose intent
    code is 0356): "proposal for a ceasefire", "proposition de trêve", "an offer to halt the
    fighting" through its clause."""
    return any(
        (pattern := frames.pattern_of(word)) is not None and pattern.code.startswith(DE_ESCALATION)
        for word in phrase_words(proposal, PHRASE_DEPS | PROPOSAL_DEPS)
        if word is not proposal
    )


def _answered_proposal(frames: ParagraphFrames, verb: Token, noun: Token) -> bool:
    """Whether ``noun``, an object of ``verb``, is a proposal of a ceasefire that the verb accepts or backs."""
    senses = frames.patterns.senses
    if folded_lemma(verb) not in senses.accepting_verbs | senses.backing_verbs:
        return False
    pattern = frames.pattern_of(noun)
    return pattern is not None and pattern.code[:2] in PROPOSAL_ROOTS and _proposes_de_escalation(frames, noun)


def _accepted_objects(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The nouns a verb takes as its object, also after its particle's preposition ("agreed to")."""
    found = [o for o in frames.objects(verb) if o.pos_ == "NOUN"]
    for child in verb.children:
        if child.pos_ == "ADP" and child.dep_ == "prep":
            found += [c for c in child.children if c.pos_ == "NOUN"]
    return found


def _accepts_de_escalation(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether a verb accepts a ceasefire, or accepts or backs another's proposal of one."""
    if verb.pos_ != "VERB":
        return False
    for noun in _accepted_objects(frames, verb):
        pattern = frames.pattern_of(noun)
        direct = (
            pattern is not None and pattern.code.startswith(DE_ESCALATION)
            and folded_lemma(verb) in frames.patterns.senses.accepting_verbs
        )
        if direct or _answered_proposal(frames, verb, noun):
            return True
    return False


def accepted_code(frames: ParagraphFrames, verb: Token, ontology: Ontology) -> str | None:
    """The intent code (0356) of a verb that accepts a ceasefire, or accepts or backs another's
    proposal of one; None for any other verb."""
    return ontology.intent_code(DE_ESCALATION) if _accepts_de_escalation(frames, verb) else None


def accepted_by_verb(frames: ParagraphFrames, noun: Token, pattern: Pattern) -> bool:
    """Whether a ceasefire noun is the object of a verb of accepting ("approved the truce", "a
    accepté une trêve avec") or what an approval is given to ("gave the green light to a truce",
    "ont donné leur feu vert à une trêve"): the noun's act is then agreed to, its intent."""
    if not pattern.code.startswith(DE_ESCALATION):
        return False
    if frames.grammar.is_object_of(noun):
        return folded_lemma(noun.head) in frames.patterns.senses.accepting_verbs
    head = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if head.pos_ == "NOUN":
        return _names_acceptance(frames, head)  # "son aval au cessez-le-feu"
    return head.pos_ == "VERB" and any(_names_acceptance(frames, o) for o in frames.objects(head))


def _names_acceptance(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether a noun, with an adjective of its own, names an approval ("feu vert", "green light", "aval")."""
    lemma = folded_lemma(noun)
    adjectives = [folded_lemma(c) for c in noun.children if c.dep_ == "amod"]
    names = {lemma} | {f"{lemma} {a}" for a in adjectives} | {f"{a} {lemma}" for a in adjectives}
    return bool(names & frames.patterns.senses.accepting_nouns)


def accepted_proposal(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether an event noun is a proposal of a ceasefire that a coded verb with a subject accepts
    or backs: the acceptance codes it."""
    if noun.pos_ != "NOUN":
        return False
    pattern = frames.pattern_of(noun)
    if pattern is None or pattern.code[:2] not in PROPOSAL_ROOTS:
        return False
    verb = noun.head.head if noun.head.pos_ == "ADP" and noun.head.dep_ == "prep" else noun.head
    if verb.pos_ != "VERB" or noun not in _accepted_objects(frames, verb):
        return False
    # "agreed to the Qatari proposal for a truce": the parser may hang what it proposes on the verb.
    return (
        frames.pattern_of(verb) is not None and _accepts_de_escalation(frames, verb)
        and any(frames.actors_of(s) for s in frames.subjects(verb))
    )


__all__ = ["accepted_by_verb", "accepted_code", "accepted_proposal"]
