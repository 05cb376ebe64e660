"""Who does an event noun's act when its only owner is a possessive that names no one.

"Russia justified its attacks on Ukrainian energy infrastructure", "La Russie a défendu son
invasion de l'Ukraine", "During his visit to Kyiv, the German chancellor promised …": a
possessive ("its", "his", "son", "ses") on an event noun outside its clause's subject stands,
when nothing else resolves it, for that clause's subject, who does the act. Not when the
clause's verb is itself an act aimed at another's doings (a demand, a condemnation, a threat,
force: "Ukraine condemned its attacks", "demanded an end to its strikes"), where the owner is
more often the one condemned; nor when another actor is named before the possessive, who may
own it as well. A possessive in the subject is read elsewhere (the sentence
before's subject: ``events/pronouns.possessive_antecedent``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import has_feature
from .frames import ParagraphFrames

# Roots of the clause's verb whose subject is seldom the owner of the act it names: demands,
# disapproval, rejection, threats, protests, and hostile acts (10 and above, by CAMEO order).
ABOUT_ANOTHER_ROOT = "10"
# How far up from the noun the clause's verb is looked for (prepositions and nouns between).
MAX_STEPS = 4


def _third_person_possessive(noun: Token) -> Token | None:
    for child in noun.children:
        if has_feature(child, "Poss", "Yes") and child.pos_ in ("PRON", "DET") and not has_feature(child, "Person", "1"):
            if not has_feature(child, "Person", "2"):
                return child
    return None


def possessor_subjects(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The subjects of the clause an event noun with an unresolved possessive stands in."""
    possessive = _third_person_possessive(noun)
    if possessive is None or frames.actors_of(possessive):
        return []
    verb = noun
    for _ in range(MAX_STEPS):
        if verb.head.i == verb.i:
            return []
        verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.pos_ not in ("NOUN", "PROPN", "ADP"):
            return []
    else:
        return []
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = frames.subjects(verb)
    if any(noun.i == s.i or noun in s.subtree for s in subjects):
        return []  # a possessive in the subject: the sentence before's subject, read elsewhere
    pattern = frames.pattern_of(verb) if verb.pos_ == "VERB" else None
    if pattern is not None and pattern.code[:2] >= ABOUT_ANOTHER_ROOT:
        return []
    # Another actor named before the possessive may own it as well ("Germany welcomed France's
    # decision and its support for Ukraine"): then it is not read.
    own = {m.actor.key for s in subjects for m in frames.actors_of(s)}
    if not own:
        return []
    for i in range(noun.sent.start, possessive.i):
        mention = frames.mention_at.get(i)
        if mention is not None and mention.head == i and mention.actor.key not in own:
            return []
    return subjects
