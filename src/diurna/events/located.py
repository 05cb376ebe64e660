"""Where an act happened, read off its clause.

A place counts as where an act happened when a locative preposition introduces it ("à
Bruxelles", "in Beijing"; for a country only one that says "in": "en Russie", not the dative "à
la Russie"), or when it names where a locative phrase's noun is ("dans le centre de Moscou").
The article-level fallbacks (the same meeting placed elsewhere, the dateline) are the coder's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.context import OF_WORDS
from ..grammar import conjuncts
from ..records import PlaceMention
from .frames import ParagraphFrames

# Places by (paragraph, head token).
PlaceIndex = dict[tuple[int, int], PlaceMention]


def is_locative(frames: ParagraphFrames, place: PlaceMention, token: Token) -> bool:
    """Whether a place is where something happens: after a locative preposition, and for a
    country one that says "in" ("en Russie", not the dative "à la Russie")."""
    case = frames.grammar.case_word(token)
    if place.place is None or case is None:
        return False
    word = case.lower_
    # The noun an "of" phrase hangs on: the name's head in French, the preposition's in English.
    noun = case.head if case.i == token.head.i else token.head
    if word in OF_WORDS and noun.pos_ == "NOUN" and noun.i != token.i:
        # "dans le centre de Moscou", "au large de Goa", "off the coast of Goa": the place
        # names where a locative phrase's noun is, and so where the act happened.
        outer = frames.grammar.case_word(noun)
        return outer is not None and outer.lower_ in frames.profile.locative_prepositions | frames.profile.country_locative_prepositions
    if place.place.feature == "country":
        return word in frames.profile.country_locative_prepositions
    return word in frames.profile.locative_prepositions


def place_in_clause(frames: ParagraphFrames, anchors: list[Token], used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """A place in a locative phrase of the act's own clause: on the verb first, then anywhere
    below it short of another clause (the parser often hangs "in Beijing" on the object)."""
    locatives = frames.profile.locative_prepositions
    for anchor in anchors:
        for slot, filler in frames.arguments(anchor):
            if slot not in locatives:
                continue
            for member in conjuncts(filler):
                place = place_at.get((frames.paragraph, member.i))
                if place is not None and member.i not in used and is_locative(frames, place, member):
                    return place
    for anchor in anchors:
        queue = list(anchor.children)
        while queue:
            token = queue.pop(0)
            link = frames.grammar.clause_link(token)
            if token.pos_ in ("VERB", "AUX") and link in ("ccomp", "advcl", "relcl", "conj"):
                # A bare participle before the subject belongs to the act: "Réunis à Bruxelles, les ministres ont…".
                adjunct = (
                    link == "advcl"
                    and not frames.fillers(token, "subj")
                    and not any(c.dep_ in ("mark", "aux", "aux:tense") for c in token.children)
                )
                if not adjunct:
                    continue
            place = place_at.get((frames.paragraph, token.i))
            if place is not None and token.i not in used and is_locative(frames, place, token):
                return place
            queue.extend(token.children)
    return None


__all__ = ["PlaceIndex", "is_locative", "place_in_clause"]
