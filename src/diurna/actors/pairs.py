"""Nouns that stand for the two parties named before: "Armenia and Azerbaijan clashed on the border.
The EU called on the two countries to resume talks", "L'armée et les FSR s'affrontent. L'ONU a appelé
les deux belligérants à une trêve".

A reader takes "both sides", "les deux camps", "the warring parties" for two actors coordinated
before it in its own sentence ("talks between Russia and Ukraine stalled, and Turkey urged both
sides"), else for the two actors of the latest earlier sentence that names two (other actors of the
noun's own sentence are most often the one who speaks to both), else for the last two actors
of the few sentences before. A "country" noun ("the two countries", "les deux
pays") stands for two states only. One mention is made, for the first-named party: a noun has one
head, and an event takes one actor per role; the mention carries the second party
(``ActorMention.second_party``), so that an act done to "both sides" is done to each (the two
parties of "Sudan's army and the RSF" are one state's: two events, one per party, all the same).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import PairWords, fold
from ..records import Actor, ActorMention, TextSpan

# Dependencies of the words that make a noun a pair: "both sides", "the two countries", "warring parties".
QUANTIFIER_DEPS = frozenset({"det", "predet", "nummod", "amod", "preconj"})
DEFINITE = "Def"
# Dependencies of a demonym on the noun it qualifies ("Russian negotiators", "Ukrainian-Russian").
DEMONYM_DEPS = frozenset({"amod", "compound", "nmod"})
FALLBACK_SENTENCES = 3  # how far back two parties named in different sentences are looked for


def _is_pair(token: Token, words: PairWords, lang: str) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = fold(token.lemma_)
    # Only a pair head can be a pair; reading the number and the children costs more than the lemma.
    if lemma not in words.self_heads.get(lang, ()) and lemma not in words.heads.get(lang, ()):
        return False
    if token.morph.get("Number") == ["Sing"]:
        return False
    children = [c for c in token.children if c.i < token.i]
    quantified = any(c.lower_ in words.quantifiers.get(lang, ()) and c.dep_ in QUANTIFIER_DEPS for c in children)
    warring = any(c.lower_ in words.warring.get(lang, ()) for c in token.children if c.dep_ in ("amod", "acl"))
    definite = any(c.dep_ == "det" and DEFINITE in c.morph.get("Definite") for c in children)
    if lemma in words.self_heads.get(lang, ()):
        return quantified or definite
    return lemma in words.heads.get(lang, ()) and (quantified or warring) and (definite or quantified)


def _coordinated_before(token: Token, earlier: Sequence[ActorMention], paragraph: int, sentence: int, states_only: bool) -> list[Actor]:
    """Two coordinated actors before the noun in its own sentence ("talks between Russia and Ukraine
    stalled, and Turkey urged both sides"): the parties, whoever else the sentence names."""
    here = {
        m.head: m
        for m in earlier
        if m.paragraph == paragraph and m.sentence_index == sentence and m.head < token.i and m.actor.key is not None
        and not (states_only and (m.actor.country is None or m.actor.organization is not None))
    }
    doc = token.doc

    def mention_of(word: Token) -> int | None:
        # A coordinated demonym is its phrase's ("Russian and Ukrainian negotiators": the first
        # demonym's mention is the phrase, headed by the noun).
        if word.i in here:
            return word.i
        return word.head.i if word.dep_ in DEMONYM_DEPS and word.head.i in here else None

    for head in sorted(here, reverse=True):
        partner = next((m for c in doc[head].conjuncts if (m := mention_of(c)) is not None and m != head), None)
        if partner is not None:
            first, second = sorted((head, partner))
            if here[first].actor.key != here[second].actor.key or here[first].actor.organization != here[second].actor.organization:
                return [here[first].actor, here[second].actor]
    return []


def _parties(earlier: Sequence[ActorMention], sentence: int, states_only: bool) -> list[Actor]:
    """The two actors of the latest sentence before ``sentence`` that names two different ones."""
    by_sentence: dict[int, list[Actor]] = {}
    for mention in earlier:
        actor = mention.actor
        if mention.sentence_index >= sentence or actor.key is None:
            continue
        if states_only and (actor.country is None or actor.organization is not None):
            continue
        found = by_sentence.setdefault(mention.sentence_index, [])
        if all((a.country, a.organization) != (actor.country, actor.organization) for a in found):
            found.append(actor)
    for index in sorted(by_sentence, reverse=True):
        if len(by_sentence[index]) >= 2:
            return by_sentence[index][:2]
    # Named apart ("South Korea started broadcasts. North Korea threatened to respond. Both countries
    # …"): the latest two of the last few sentences, in reading order.
    latest: list[Actor] = []
    for index in sorted((i for i in by_sentence if i >= sentence - FALLBACK_SENTENCES), reverse=True):
        for actor in reversed(by_sentence[index]):
            if all((a.country, a.organization) != (actor.country, actor.organization) for a in latest):
                latest.append(actor)
    return latest[:2][::-1] if len(latest) >= 2 else []


def pair_mentions(
    doc: Doc,
    lang: str,
    words: PairWords,
    earlier: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    sentence_of: dict[int, int],
    paragraph: int,
) -> list[ActorMention]:
    """A mention for each pair noun of the paragraph outside every other mention's words, standing for
    the first of the two parties named before (``earlier``: the article's mentions so far).
    ``sentence_of`` gives a sentence's article index by its first token."""
    found = []
    for token in doc:
        if token.i in taken or not _is_pair(token, words, lang):
            continue
        sentence = sentence_of[token.sent.start]
        states_only = fold(token.lemma_) in words.country_heads.get(lang, ())
        parties = _coordinated_before(token, earlier, paragraph, sentence, states_only) or _parties(earlier, sentence, states_only)
        if not parties:
            continue
        start = min([token.i] + [c.i for c in token.children if c.i < token.i and c.dep_ in QUANTIFIER_DEPS])
        span = doc[start : token.i + 1]
        first = offset + span.start_char
        actor = replace(parties[0], entity=None, how="coreference")
        # The second party rides on the mention: an act done to "both sides" is one event per party.
        second = replace(parties[1], entity=None, how="coreference") if len(parties) > 1 else None
        found.append(ActorMention(TextSpan(span.text, first, first + len(span.text)), actor, sentence, token.i, paragraph, second))
    return found
