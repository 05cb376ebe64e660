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
from .claimed import CLAIM_CODE

if TYPE_CHECKING:
    from .frames import ParagraphFrames


# Relative pronouns meaning "of which", "of whom" (French "dont") are the language profile's
# ``genitive_relatives``.
# Dependency labels of a clause's subject and direct object (UD for French, ClearNLP for English).
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
OBJECT_DEPS = frozenset({"obj", "dobj"})


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


def antecedent_object(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether the noun a relative clause hangs on is the object of the clause's verb: "the
    sanctions that the EU lifted", "les sanctions que l'UE a levées", "the sanctions the EU
    lifted". Read off the parse's own links: the clause has a subject of its own, and its object,
    if any, is the relative pronoun (or the untagged "that" at the clause's start)."""
    grammar = frames.grammar
    noun = verb.head
    if verb.pos_ != "VERB" or noun.pos_ != "NOUN" or grammar.clause_link(verb) != "relcl" or grammar.is_passive(verb):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(grammar.is_relative_pronoun(s) for s in subjects):
        return False
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return all(grammar.is_relative_pronoun(o) or (o.i < verb.i and o.i == verb.left_edge.i) for o in objects)


def participle_object(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether the noun a passive participle with its agent hangs on is the participle's object,
    when the participle's verb triggers only with an object word and that noun names no act of its
    own: "des renseignements fournis par le Kenya à l'Ouganda" (Kenya provided them).
    An event noun ("les roquettes lancées par la milice") keeps its act, but for a claim, whose
    object is an act ("an attack claimed soon after by a militia": the claim is coded too); a verb
    that is an act by itself ("prisoners released by Israel") keeps its own frame."""
    grammar = frames.grammar
    return (
        verb.pos_ == "VERB"
        and all(p.particles for p in frames.patterns.for_token("verb", folded_lemma(verb)))
        and verb.head.pos_ == "NOUN"
        and verb.head.i != verb.i
        and grammar.clause_link(verb) == "acl"
        and grammar.is_passive(verb)
        and any(slot == "agent" for slot, _ in grammar.arguments(verb))
        and (frames.pattern_of(verb.head) is None or any(p.code == CLAIM_CODE for p in frames.patterns.for_token("verb", folded_lemma(verb))))
    )


def carried_by_relative(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether an event noun is the word that completes the expression of a relative clause on it
    ("the sanctions that the EU lifted on Iran": the lifting is the act, not sanctions)."""
    for clause in noun.children:
        if clause.pos_ != "VERB" or frames.grammar.clause_link(clause) != "relcl":
            continue
        pattern = frames.pattern_of(clause)
        if pattern is not None and noun.i in frames.particle_tokens(clause, pattern):
            return True
    return False


def owned_by_relative(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The noun a relative clause hangs on, when the clause's object is that noun's own thing or
    act: "Israel, whose strikes on Gaza it condemned", "Israël, dont il dénonce les bombardements".
    The act is then aimed at the noun's referent, the owner of what it is done about."""
    grammar = frames.grammar
    if verb.pos_ != "VERB" or grammar.clause_link(verb) != "relcl" or verb.head.i == verb.i:
        return []
    subjects = frames.fillers(verb, "subj")
    objects = frames.fillers(verb, "obj")
    if not subjects or not objects or any(grammar.is_relative_pronoun(t) for t in (*subjects, *objects)):
        return []  # the noun is the clause's subject or object: its own act, or what is done to it
    # English "whose" marks the object's owner; French "dont" (of which) hangs on the verb.
    owner = [c for o in objects for c in o.children if grammar.is_relative_pronoun(c)]
    owner += [c for c in verb.children if grammar.is_relative_pronoun(c) and folded_lemma(c) in frames.profile.genitive_relatives]
    if not owner:
        return []
    if frames.actors_of(verb.head):
        return [verb.head]
    # The parser may hang the clause on the phrase's head rather than on the noun just before it:
    # "ses relations avec Israël, dont elle dénonce …" is said of Israël.
    before = verb.left_edge.i - 1
    while before > verb.head.i and frames.doc[before].pos_ == "PUNCT":
        before -= 1
    nearest = frames.doc[before]
    if before > verb.head.i and nearest.pos_ in ("NOUN", "PROPN") and verb.head.is_ancestor(nearest):
        return [nearest]
    return []
