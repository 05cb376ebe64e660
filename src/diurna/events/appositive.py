"""What is told in apposition to a name.

Sides coordinated after an office holder's name: "Thai Prime Minister Phumtham Wechayachai and
Cambodian Prime Minister Hun Manet met": the parser may hang the second office holder on the
first one's name (an appositive of the office), not on the office the first mention is headed
by, so the coordination is not seen from the mention. Each member found there is a side of its
own, as "France and Germany" are.

A name the data does not know acts for the office or role in apposition after it ("Pedro Ramos,
Chile's interior minister,"), or for what a relative clause on it says the person leads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator

from spacy.tokens import Token

from ..grammar import conjuncts
from ..knowledge.actors import fold
from ..knowledge.patterns import folded_lemma
from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Links from an office to the name of who holds it ("Prime Minister/appos Phumtham", "le président,
# Paul/appos Kagame") and inside that name ("Paul/flat:name Kagame").
NAME_LINKS = frozenset({"appos", "flat", "flat:name"})
# Links from a coordinated name to the office words before it ("Cambodian Prime Minister/compound
# Hun Manet"), where the second side's mention is.
TITLE_LINKS = frozenset({"compound", "amod", "nmod"})
# How many names deep the appositives are followed ("Thai → Prime Minister → Phumtham").
MAX_NAME_DEPTH = 3


def _names_of(token: Token, inside: Callable[[Token], bool]) -> Iterator[Token]:
    """The name words an office word is told with, through appositives outside its mention."""
    frontier = [token]
    for _ in range(MAX_NAME_DEPTH):
        following: list[Token] = []
        for word in frontier:
            for child in word.children:
                if child.dep_ in NAME_LINKS and child.i > word.i:
                    following.append(child)
        for word in following:
            if not inside(word):
                yield word
        frontier = following
        if not frontier:
            return


def appositive_partners(
    mention: ActorMention, span_tokens: list[Token], mention_at: dict[int, ActorMention]
) -> list[ActorMention]:
    """Office holders coordinated with the name told after ``mention`` (an office or a person's
    title), each with a mention of its own that is no part of ``mention``."""
    if mention.actor.sector is None:
        return []
    first, last = span_tokens[0].i, span_tokens[-1].i

    def inside(word: Token) -> bool:
        return first <= word.i <= last

    found: list[ActorMention] = []
    for word in span_tokens:
        for name in _names_of(word, inside):
            for member in list(conjuncts(name))[1:]:
                other = mention_at.get(member.i)
                if other is None or other.head != member.i:
                    # "Cambodian Prime Minister/compound Hun Manet": the mention is the title before the name.
                    other = next(
                        (mention_at[c.i] for c in member.children if c.dep_ in TITLE_LINKS and c.i in mention_at and mention_at[c.i].head == c.i),
                        None,
                    )
                if other is None or other is mention or other in found:
                    continue
                if other.actor.sector == mention.actor.sector and other.actor.key != mention.actor.key:
                    found.append(other)
    return found


# How an apposed office or role noun tells its side itself ("Chile's interior minister", "a spokesman
# for the ministry"), not by where it is from ("a farmer from Lima") or by the article's guess.
TITLE_HOWS = frozenset({"sector", "office", "title", "coreference"})


def apposed_title(frames: ParagraphFrames, name: Token) -> list[ActorMention]:
    """The actors a name the data does not know stands for: the office or role told in apposition
    after it ("Pedro Ramos, Chile's interior minister, …", "X, le ministre chilien de l'Intérieur",
    "X, porte-parole du ministère égyptien"), or what a relative clause on it says the person leads
    ("X, who leads Peru's main opposition party,")."""
    profile = frames.profile
    taken = frozenset({name.i})
    for child in name.children:
        if child.i < name.i:
            continue
        if frames.grammar.clause_link(child) == "relcl" and folded_lemma(child) in profile.leading_verbs:
            led = [m for o in frames.objects(child) for m in frames.actors_of(o, 1, taken | {child.i}) if m.actor.how != "domestic"]
            if led:
                return led
        if child.dep_ != "appos":
            continue
        mention = frames.mention_at.get(child.i)
        if mention is not None and mention.head == child.i and mention.actor.sector is not None and mention.actor.how in TITLE_HOWS:
            return [mention]
        if mention is None and fold(child.lemma_) in profile.leading_nouns:
            for slot in profile.leading_prepositions:
                for filler in frames.fillers(child, slot):
                    led = [m for m in frames.actors_of(filler, 1, taken | {child.i}) if m.actor.how != "domestic"]
                    if led:
                        return led
    return []


__all__ = ["appositive_partners", "apposed_title"]
