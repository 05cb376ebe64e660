"""A definite noun that stands for the organisation or the state named before it: "Hamas fired rockets
at Israel. The group said it would continue", "Le M23 a pris Goma. Le mouvement a annoncé une
administration", "NATO ministers met in Brussels. The alliance condemned Russia"; "Iran launched
missiles. The country also threatened Israel", "Le Maroc a rappelé son ambassadeur. Le royaume a
accusé l'Algérie".

A reader takes "the group", "le mouvement", "l'organisation jihadiste" for the latest organisation
the article named before it, of the kind the noun says (``actor_words.toml`` [group_nouns]: a group
or a movement is no intergovernmental body, an alliance or a bloc is one). The noun has a definite
determiner and nothing else attached but adjectives that are no actor words of their own ("the
Palestinian group" is left to its adjective). With no such organisation before, it is no actor:
"the group" alone names nobody.

A state noun ("the country", "le royaume", ``actor_words.toml`` [state_nouns]) is the state a reader
keeps in focus: the subject of the latest earlier sentence whose subject is a state, else the latest
state named before it ("Iran fired missiles at Israel. The country…" is Iran). A noun of a kind
("the island", "le royaume") stands only for a state of that kind: "Taipei put its forces on alert
as Chinese warships sailed around the island" is Taiwan, the latest island named. Both kinds of
noun may take their preposition ("autour de l'île", "l'ingérence de l'organisation régionale"), as
the English parse, which heads such a phrase by its preposition, already lets them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Mapping, Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import fold
from ..records import ActorMention, TextSpan

NONSTATE, IGO_KIND, ANY = "nonstate", "igo", "any"
IGO_SECTOR = "IGO"
# What may be attached to the noun: its determiner, adjectives, punctuation, and its preposition or
# possessive marker ("autour de l'île" as "around the island", where the English parse heads the
# phrase by the preposition; "the island's air space").
ALLOWED_DEPS = frozenset({"det", "amod", "punct", "case"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
FOCUS_SENTENCES = 3  # how far back a state subject stays in focus
# How a state is named for a state noun to stand for it: by name, adjective or seat, not guessed.
NAMED_HOWS = frozenset({"name", "adjective", "seat", "context"})


def _is_group_noun(token: Token, nouns: Mapping[str, object], taken: set[int]) -> bool:
    # A lower-case word the parser calls a proper noun ("le royaume") is the common noun still.
    if token.i in taken:
        return False
    common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())
    if not common or fold(token.lemma_) not in nouns:
        return False
    children = list(token.children)
    if any(c.dep_ not in ALLOWED_DEPS or c.i in taken or (c.dep_ == "amod" and c.pos_ != "ADJ") for c in children):
        return False
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") and c.i < token.i for c in children)


def _fits(kind: str, sector: str | None) -> bool:
    if kind == NONSTATE:
        return sector != IGO_SECTOR
    if kind == IGO_KIND:
        return sector == IGO_SECTOR
    return True


def group_mentions(
    doc: Doc,
    nouns: Mapping[str, str],
    earlier: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    sentence_of: dict[int, int],
    paragraph: int,
) -> list[ActorMention]:
    """A mention for each group noun of the paragraph outside every other mention's words, standing
    for the latest organisation of its kind among ``earlier`` (the article's mentions so far, this
    paragraph's included) named before it. ``sentence_of`` gives a sentence's article index by its
    first token."""
    found: list[ActorMention] = []
    for token in doc:
        if not _is_group_noun(token, nouns, taken):
            continue
        kind = nouns[fold(token.lemma_)]
        before = [
            m
            for m in (*earlier, *found)
            if (m.paragraph < paragraph or (m.paragraph == paragraph and m.head < token.i))
            and m.actor.organization is not None
            and _fits(kind, m.actor.sector)
        ]
        if not before:
            continue
        antecedent = max(before, key=lambda m: (m.paragraph, m.span.start))
        actor = replace(antecedent.actor, entity=None, how="coreference")  # the body, not a person of it
        found.append(ActorMention(_span_of(doc, token, offset), actor, sentence_of[token.sent.start], token.i, paragraph))
    return found


def _span_of(doc: Doc, token: Token, offset: int) -> TextSpan:
    # The noun's own words, without the preposition or possessive marker it may take.
    words = [c for c in token.subtree if not (c.dep_ == "case" and c.head.i == token.i)]
    start = min(c.i for c in words)
    end = max(c.i for c in words if c.dep_ != "punct" or c.i < token.i) + 1
    span = doc[start:end]
    first = offset + span.start_char
    return TextSpan(span.text, first, first + len(span.text))


def _in_focus(before: Sequence[ActorMention], sentence: int, docs: Mapping[int, Doc]) -> ActorMention | None:
    """The state subject of the latest of the few sentences before that has one, else the latest
    state named."""
    for mention in sorted(before, key=lambda m: (m.paragraph, m.span.start), reverse=True):
        doc = docs.get(mention.paragraph)
        recent = sentence - FOCUS_SENTENCES <= mention.sentence_index < sentence
        if recent and doc is not None and doc[mention.head].dep_ in SUBJECT_DEPS:
            return mention
    return max(before, key=lambda m: (m.paragraph, m.span.start)) if before else None


def state_mentions(
    doc: Doc,
    nouns: Mapping[str, frozenset[str]],
    earlier: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    sentence_of: dict[int, int],
    paragraph: int,
    docs: Mapping[int, Doc],
) -> list[ActorMention]:
    """A mention for each state noun of the paragraph outside every other mention's words, standing for
    the state in focus before it (see the module's text). ``docs`` are the article's parsed paragraphs
    by index, for the dependencies of earlier mentions."""
    found: list[ActorMention] = []
    for token in doc:
        if not _is_group_noun(token, nouns, taken):
            continue
        sentence = sentence_of[token.sent.start]
        states = nouns[fold(token.lemma_)]  # empty: any state
        before = [
            m
            for m in earlier
            if (m.paragraph < paragraph or (m.paragraph == paragraph and m.head < token.i))
            and m.actor.country is not None
            and m.actor.organization is None
            and m.actor.how in NAMED_HOWS
            and (not states or m.actor.country in states)
        ]
        focus = _in_focus(before, sentence, docs)
        if focus is None:
            continue
        actor = replace(focus.actor, sector=None, entity=None, how="coreference")  # the state as a whole
        found.append(ActorMention(_span_of(doc, token, offset), actor, sentence, token.i, paragraph))
    return found
