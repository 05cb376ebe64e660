"""The tokens that fill a pattern's slot on a verb or an event noun.

A pattern names its source and target slots ("subj", "obj", a preposition, "condition",
"speaker");
this module reads them off the frames, with the verb's logical subject and object
(passives, coordination, control) and the object a verb shares with the verb
coordinated after it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.patterns import folded_lemma
from .frames import SAID_CLAUSE_LINKS, ParagraphFrames
from .relatives import antecedent_object

# The slot of the one whose act a conditional clause names ("would retaliate if Finland joined
# NATO": a threat to Finland).
CONDITION_SLOT = "condition"
# The slot of the one who says the clause a verb heads ("Britain said Russia bore the blame":
# the blame is Britain's accusation of Russia): the subject of the reporting verb.
SPEAKER_SLOT = "speaker"
# Slots that are no preposition: what a noun of posting holds after one is where the post is.
NON_PREPOSITION_SLOTS = frozenset({"subj", "obj", "iobj", "agent", "amod", "poss", "compound"})


def _speakers(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The subjects of the reporting verb whose said clause ``verb`` heads ("said that Russia bore
    …"), or that is set beside it ("Russia bears the blame, Britain said")."""
    reporting = frames.profile.reporting_verbs
    if frames.grammar.clause_link(verb) in SAID_CLAUSE_LINKS and verb.head.i != verb.i:
        if folded_lemma(verb.head) in reporting:
            return frames.subjects(verb.head)
    for child in verb.children:
        if frames.grammar.clause_link(child) in SAID_CLAUSE_LINKS and folded_lemma(child) in reporting:
            return frames.subjects(child)
    return []


def slot_fillers(frames: ParagraphFrames, head: Token, slot: str, exclude: set[int]) -> list[Token]:
    """The tokens that fill ``slot`` on ``head``, less those in ``exclude``."""
    if slot == CONDITION_SLOT:
        markers = frames.profile.conditional_markers
        clauses = [
            c for c in head.children
            if frames.grammar.clause_link(c) == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        ]
        return [t for c in clauses for t in frames.subjects(c) if t.i not in exclude]
    if slot == SPEAKER_SLOT:
        return [t for t in _speakers(frames, head) if t.i not in exclude]
    if slot == "obj" and head.pos_ == "VERB":
        objects = frames.objects(head)
        if not objects and antecedent_object(frames, head):
            # "the envoys it accused of spying": a contact clause's object is the noun it hangs on.
            objects = [head.head]
        return [t for t in objects if t.i not in exclude]
    if slot == "subj" and head.pos_ == "VERB":
        return [t for t in frames.subjects(head) if t.i not in exclude]
    found = frames.fillers(head, slot, exclude)
    # "rappelé ses ambassadeurs en poste en Algérie": a post names no one, the place after it does.
    posts = [t for t in found if folded_lemma(t) in frames.profile.posting_nouns]
    placed = [f for t in posts for s, f in frames.arguments(t) if s not in NON_PREPOSITION_SLOTS and f.pos_ in ("PROPN", "NOUN")]
    return [t for t in found if t not in posts] + placed


def shared_objects(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it: "arrested and deported
    dissidents" (the parser hangs the object on the last verb only), when it has no clause of its own
    as complement."""
    if frames.fillers(verb, "obj"):
        return []
    if any(frames.grammar.clause_link(c) == "ccomp" for c in verb.children):
        return []  # "demanded that Hamas free them and urged Israel …": its complement is the clause
    for conjunct in verb.children:
        if (
            frames.grammar.clause_link(conjunct) == "conj"
            and conjunct.pos_ == "VERB"
            and conjunct.i > verb.i
            and not frames.fillers(conjunct, "subj")
        ):
            return frames.objects(conjunct)
    return []


__all__ = ["CONDITION_SLOT", "SPEAKER_SLOT", "shared_objects", "slot_fillers"]
