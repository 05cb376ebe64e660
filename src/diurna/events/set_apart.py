"""A participle or purpose clause the parser hung on a noun that names no actor.

"Des agriculteurs ont bloqué le port avec leurs tracteurs pour protester contre l'accord",
"Le Guyana a porté son différend devant la Cour, en demandant aux juges …": the parser often
hangs the clause set apart by a comma, or opened by a purpose word, on the noun before it (an
``acl``). A noun that names no actor ("tracteurs", "Cour") does not act: the clause tells an act
of the subject of the clause's verb, as it would had it hung on that verb. (A French present
participle the tagger reads as a past one, "rompant", counts as a passive and is left alone.)

A present participle set apart and hung on the verb's direct object tells the subject's act
even when the object names an actor ("a expulsé l'ambassadeur, lui reprochant …": the
government reproaches; ``clause_verb_of_object_clause``, read by ``ParagraphFrames.subjects``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..grammar import is_present_participle, set_off_by_comma

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How far up from the noun the clause's verb may be ("les accès au port de Zeebruges").
MAX_NOUN_CHAIN = 6
# Parts of speech a noun phrase is made of, on the way up to its verb.
NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADP", "ADJ", "NUM", "DET"})


def _set_apart(verb: Token, purpose_markers: frozenset[str]) -> bool:
    """Set apart by a comma before the clause ("…, rompant avec Taïwan"), or a purpose clause
    ("pour protester", "in order to protest")."""
    first = verb.left_edge
    if first.i > 0 and verb.doc[first.i - 1].text == ",":
        return True
    return any(c.dep_ == "mark" and c.lower_ in purpose_markers for c in verb.children)


def clause_verb_of_object_clause(frames: ParagraphFrames, verb: Token) -> Token | None:
    """"a déclaré l'ambassadeur persona non grata, lui reprochant …", "expelled the envoy, accusing
    him of …": a present participle set apart by a comma and hung on the direct object of a verb,
    an actor or not, tells an act of that verb's subject; the verb, else None."""
    governor = verb.head
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "acl" or governor.pos_ not in ("NOUN", "PROPN"):
        return None
    if not is_present_participle(verb) or not set_off_by_comma(verb) or not frames.grammar.is_object_of(governor):
        return None
    head = governor.head
    return head if head.pos_ in ("VERB", "AUX") and head.i != governor.i and frames.fillers(head, "subj") else None


def clause_verb_of_noun_clause(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The verb whose subject does the act of ``verb``, a participle or infinitive clause set apart
    and hung on a noun (or a name) of that verb's clause that is not its subject and names no actor;
    None for any other clause ("des manifestants réclamant …": the noun acts)."""
    governor = verb.head
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "acl" or governor.pos_ not in ("NOUN", "PROPN"):
        return None
    if frames.grammar.is_passive(verb) or not (
        verb.morph.get("VerbForm") in (["Part"], ["Ger"], ["Inf"]) or verb.tag_ in ("VBG", "VB")
    ):
        return None
    if not _set_apart(verb, frames.profile.purpose_markers) or frames.actors_of(governor):
        return None
    current = governor
    for _ in range(MAX_NOUN_CHAIN):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in ("VERB", "AUX"):
            if any(current.i == s.i for s in frames.fillers(head, "subj")) or current.dep_.startswith("nsubj"):
                return None  # the clause hangs on the subject, which does not act here
            return head
        if head.pos_ not in NOUN_PHRASE_POS:
            return None
        current = head
    return None
