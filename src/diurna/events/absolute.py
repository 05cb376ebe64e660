"""Who does the act an absolute clause tells beside its main clause.

"The army pushed into the town, with shells hitting its outskirts", "launched an offensive, with
drones striking fuel depots": a clause opened by the comitative preposition ("with") whose own
subject is a weapon or an act of force, not an actor, tells part of what the main clause's subject
does. Its verb (and an event noun that is its subject: "with air strikes hitting …") takes the
main clause's doers as its source. A subject that names an actor ("with the police firing tear
gas") keeps its own act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def _comitative(frames: ParagraphFrames, word: Token) -> bool:
    return word.pos_ == "ADP" and fold(word.lower_) in frames.profile.comitative_prepositions


def _absolute_clause(frames: ParagraphFrames, verb: Token) -> tuple[Token, Token] | None:
    """(its subject, the main verb) when ``verb`` heads an absolute clause: English hangs the
    clause on its preposition ("with/prep > hitting/pcomp", its subject below the verb), French
    the participle on its subject, the preposition's noun ("avec des frappes/obl > visant/acl")."""
    head = verb.head
    if head.i == verb.i:
        return None
    if _comitative(frames, head):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        main = head.head
        subject = subjects[0] if subjects else None
    elif verb.dep_ == "acl" and head.pos_ == "NOUN" and any(_comitative(frames, c) for c in head.children if c.dep_ == "case"):
        subject, main = head, head.head
    else:
        return None
    if subject is None or main.i == head.i or main.pos_ not in ("VERB", "AUX"):
        return None
    return subject, main


def opens_absolute_clause(frames: ParagraphFrames, word: Token) -> bool:
    """A preposition whose clause has a subject of its own ("beat France, with Messi lifting the
    trophy"): the clause tells what goes on beside the act, not its means, so the preposition
    completes no trigger's expression ("beat with" is an assault)."""
    return _comitative(frames, word) and any(
        c.dep_ == "pcomp" and any(s.dep_ == "nsubj" for s in c.children) for c in word.children
    )


def absolute_clause_doers(frames: ParagraphFrames, act: Token) -> list[Token]:
    """The main clause's subjects, when ``act`` is the verb of an absolute clause whose own
    subject names no actor, or an event noun that is such a clause's subject."""
    if act.pos_ == "VERB":
        clause = _absolute_clause(frames, act)
    elif act.pos_ == "NOUN":
        # The noun is its clause's subject: English hangs it on the verb, French the verb on it.
        verbs = [act.head] if act.dep_ == "nsubj" else [c for c in act.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        clause = next((found for v in verbs if (found := _absolute_clause(frames, v)) is not None and found[0].i == act.i), None)
    else:
        return []
    if clause is None or frames.actors_of(clause[0]):
        return []  # no absolute clause, or one whose subject acts itself ("with the police firing …")
    return frames.subjects(clause[1])


__all__ = ["absolute_clause_doers"]
