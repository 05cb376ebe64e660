"""Whom an inquiry is aimed at when what it looks into names its party further down.

"Le parquet a ouvert une enquête sur des soupçons de corruption visant le président gabonais",
"prosecutors opened an investigation into the financing of the Gabonese president's campaign":
an inquiry whose complement names no actor of its own is aimed at the first actor named inside
that complement (through nouns and participles, not through a clause with its own subject),
other than the inquirer. Whoever the complement says did the thing looked into is a party even
when only the article tells their country: the agent of a noun or participle ("contracts awarded
by the transport ministry") and the subject of a question it asks ("into whether the minister
hid …", "sur la question de savoir si …"; the words of asking are the language's
``inquiry_clause_marks``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How deep inside the complement the party may be named.
MAX_DEPTH = 4


def party_inside(
    frames: ParagraphFrames,
    noun: Token,
    slots: tuple[str, ...],
    support: Token | None,
    own: set[str | None],
    own_codes: frozenset[str] = frozenset(),
) -> list[Token]:
    """The first word naming an actor (not ``own``) inside the complements an inquiry noun (or the
    light verb carrying it: "opened an inquiry into …") has in its target ``slots``, breadth first.
    A doer of the thing looked into is only kept apart when it is the inquirer itself (its actor
    code in ``own_codes``): "Spanish prosecutors … contracts awarded by the ministry" look into
    another body of their own state."""
    frontier: list[Token] = []
    for slot in slots:
        found = frames.fillers(noun, slot)
        if not found and support is not None:
            found = [f for f in frames.fillers(support, slot) if f.i != noun.i]
        frontier += found
    marks = frames.patterns.senses.inquiry_clause_marks
    for head in (noun, support):
        # "a probe into whether …": a question is no noun filler; it hangs on the preposition.
        for word in [head, *head.children] if head is not None else ():
            if word.pos_ == "ADP" and word.lower_ in slots:
                frontier += [c for c in word.children if c.pos_ in ("VERB", "AUX") and _asks(c, marks)]
    doers: set[int] = set()  # the words naming who did what is looked into
    for _ in range(MAX_DEPTH):
        below: list[Token] = []
        for token in frontier:
            if token.pos_ in ("VERB", "AUX") and _asks(token, marks):
                # "into whether the minister hid a payment": the question's subject is the party.
                subjects = frames.fillers(token, "subj")
                doers.update(s.i for s in subjects)
                below += subjects
                continue
            mention = frames.mention_at.get(token.i)
            if mention is not None and mention.actor.key and token.i in doers and own_codes and mention.actor.code not in own_codes:
                return [token]  # a doer of the inquirer's own state, not the inquirer itself
            if mention is not None and mention.actor.key and mention.actor.key not in own and (mention.actor.how != "domestic" or token.i in doers):
                return [token]
            doers.update(f.i for f in frames.fillers(token, "agent"))
            for child in token.children:
                if child.pos_ in ("VERB", "AUX") and _asks(child, marks):
                    below.append(child)
                elif child.pos_ in ("VERB", "AUX") and (frames.grammar.clause_link(child) != "acl" or frames.fillers(child, "subj")):
                    continue  # a clause of its own ("… where the army says …"), not the matter looked into
                else:
                    below.append(child)
        frontier = below
    return []


def _asks(clause: Token, marks: frozenset[str]) -> bool:
    """Whether a clause is a question the inquiry asks ("whether", "how", "si"): its word of asking."""
    return any(c.lower_ in marks for c in clause.children if c.i < clause.i)
