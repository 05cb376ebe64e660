"""People counted two who stand for two people named before: "Macron received Scholz. The two leaders
discussed Ukraine", "les deux dirigeants", "both presidents". A sector noun ("leaders", "dirigeants")
quantified by "two" / "both" / "deux" is no bare noun of the article's home country when two actors
of its sector and of different sides were named just before: it stands for them, the first as its
actor, the second as its second party (as ``pairs`` does for "both sides")."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Doc

from ..knowledge.actors import PairWords
from ..records import Actor, ActorMention
from .homes import DOMESTIC
from .pairs import QUANTIFIER_DEPS

PLURAL = "Plur"


def _counted_two(doc: Doc, head: int, words: PairWords, lang: str) -> bool:
    token = doc[head]
    if token.morph.get("Number") != [PLURAL]:
        return False
    quantifiers = words.quantifiers.get(lang, frozenset())
    return any(c.i < head and c.dep_ in QUANTIFIER_DEPS and c.lower_ in quantifiers for c in token.children)


def _two_named_before(noun: ActorMention, earlier: Sequence[ActorMention]) -> list[Actor]:
    """The first two sides of the noun's sector named in the latest sentence, up to the noun's own,
    that names two: the noun's own sentence before it, else an earlier one."""
    by_sentence: dict[int, list[Actor]] = {}
    for mention in earlier:
        actor = mention.actor
        if mention is noun or actor.key is None or actor.sector != noun.actor.sector or actor.how == DOMESTIC:
            continue
        same = mention.sentence_index == noun.sentence_index
        if mention.sentence_index > noun.sentence_index or (same and (mention.paragraph, mention.head) >= (noun.paragraph, noun.head)):
            continue
        found = by_sentence.setdefault(mention.sentence_index, [])
        if all(a.key != actor.key for a in found):
            found.append(actor)
    for index in sorted(by_sentence, reverse=True):
        if len(by_sentence[index]) >= 2:
            return by_sentence[index][:2]
    return []


def counted_people(doc: Doc, lang: str, words: PairWords, mentions: Sequence[ActorMention], first: int) -> dict[int, ActorMention]:
    """By index in ``mentions`` (from ``first``, the paragraph's), the domestic sector nouns counted
    two that stand for two sides named before, as pair mentions."""
    found: dict[int, ActorMention] = {}
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.actor.how != DOMESTIC or mention.actor.sector is None or not _counted_two(doc, mention.head, words, lang):
            continue
        parties = _two_named_before(mention, mentions)
        if len(parties) < 2:
            continue
        actor = replace(parties[0], entity=None, how="coreference")
        second = replace(parties[1], entity=None, how="coreference")
        found[index] = replace(mention, actor=actor, second_party=second)
    return found
