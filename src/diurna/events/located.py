"""Where an act happened, read off its clause.

A place counts as where an act happened when a locative preposition introduces it ("à
Bruxelles", "in Beijing", "près d'une base de Mogadiscio"; for a country only one that says "in":
"en Russie", not the dative "à la Russie"), or when it names where a locative phrase's noun is
("dans le centre de Moscou"). An act noun qualifying another noun takes that noun's place ("le
niveau d'alerte à Bruxelles"); a bare participle takes its clause's ("raided the house in
Brasilia, seizing …"). The article-level fallbacks (the same meeting placed elsewhere, the
dateline) are the coder's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.context import OF_WORDS
from ..grammar import conjuncts
from ..records import PlaceMention
from .frames import ParagraphFrames

# Places by (paragraph, head token).
PlaceIndex = dict[tuple[int, int], PlaceMention]


def _preposition(frames: ParagraphFrames, token: Token) -> str | None:
    """The preposition introducing ``token``, with the adverb of a two-word one the parser hangs
    on the noun ("près d'une base": "près de")."""
    case = frames.grammar.case_word(token)
    if case is None:
        return None
    word = case.lower_
    if word in OF_WORDS:
        for child in token.children:
            if child.dep_ == "advmod" and child.i < case.i:
                joined = f"{child.lower_} de"
                if joined in frames.profile.locative_prepositions:
                    return joined
    return word


def is_locative(frames: ParagraphFrames, place: PlaceMention, token: Token) -> bool:
    """Whether a place is where something happens: after a locative preposition, and for a
    country one that says "in" ("en Russie", not the dative "à la Russie")."""
    if place.place is None:
        return False
    case = frames.grammar.case_word(token)
    word = _preposition(frames, token)
    if case is None or word is None:
        return False
    # The noun an "of" phrase hangs on: the name's head in French, the preposition's in English.
    noun = case.head if case.i == token.head.i else token.head
    if word in OF_WORDS and noun.pos_ == "NOUN" and noun.i != token.i:
        # "dans le centre de Moscou", "au large de Goa", "off the coast of Goa": the place
        # names where a locative phrase's noun is, and so where the act happened.
        outer = _preposition(frames, noun)
        return outer is not None and outer in frames.profile.locative_prepositions | frames.profile.country_locative_prepositions
    if place.place.feature == "country":
        return word in frames.profile.country_locative_prepositions
    return word in frames.profile.locative_prepositions


def place_in_clause(frames: ParagraphFrames, anchors: list[Token], used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """A place in a locative phrase of the act's own clause: on the verb first, then anywhere
    below it short of another clause (the parser often hangs "in Beijing" on the object),
    then on the noun phrase an act noun qualifies ("le niveau d'alerte à Bruxelles"), then, for a
    bare participle, in the clause it hangs on ("raided the house in Brasilia, seizing …")."""
    locatives = frames.profile.locative_prepositions
    for anchor in anchors:
        for slot, filler in frames.arguments(anchor):
            if slot not in locatives:
                continue
            for member in conjuncts(filler):
                place = place_at.get((frames.paragraph, member.i))
                if place is not None and member.i not in used and is_locative(frames, place, member):
                    return place
    anchor_ids = {a.i for a in anchors}
    found = _place_below(frames, [c for a in anchors for c in a.children], used, place_at)
    if found is not None:
        return found
    for anchor in anchors:
        found = _place_on_qualified_noun(frames, anchor, anchor_ids, used, place_at)
        if found is not None:
            return found
    top = anchors[-1]
    if _is_bare_participle(frames, top) and top.head.i != top.i and top.head.pos_ in ("VERB", "AUX"):
        return _place_below(frames, [c for c in top.head.children if c.i != top.i], used, place_at)
    return None


def _is_bare_participle(frames: ParagraphFrames, token: Token) -> bool:
    """An adverbial clause with no subject, no conjunction and no auxiliary: "seizing the phone",
    "Réunis à Bruxelles": its act happens where the clause it hangs on does."""
    return (
        token.pos_ in ("VERB", "AUX")
        and frames.grammar.clause_link(token) == "advcl"
        and not frames.fillers(token, "subj")
        and not any(c.dep_ in ("mark", "aux", "aux:tense") for c in token.children)
    )


def _place_below(frames: ParagraphFrames, queue: list[Token], used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """The first locative place breadth-first below ``queue``, short of another clause."""
    queue = list(queue)
    while queue:
        token = queue.pop(0)
        link = frames.grammar.clause_link(token)
        if token.pos_ in ("VERB", "AUX") and link in ("ccomp", "advcl", "relcl", "conj") and not _is_bare_participle(frames, token):
            # A bare participle before the subject belongs to the act: "Réunis à Bruxelles, les ministres ont…".
            continue
        place = place_at.get((frames.paragraph, token.i))
        if place is not None and token.i not in used and is_locative(frames, place, token):
            return place
        queue.extend(token.children)
    return None


def _place_on_qualified_noun(
    frames: ParagraphFrames, anchor: Token, anchor_ids: set[int], used: set[int], place_at: PlaceIndex
) -> PlaceMention | None:
    """"a relevé le niveau d'alerte à Bruxelles": an act noun qualifying another noun takes the
    place that noun's phrase names, up to two nouns above it."""
    noun = anchor
    for _ in range(2):
        head = noun.head
        if noun.pos_ != "NOUN" or head.i == noun.i or head.pos_ != "NOUN":
            return None
        siblings = [c for c in head.children if c.i != noun.i and c.i not in anchor_ids]
        found = _place_below(frames, siblings, used, place_at)
        if found is not None:
            return found
        noun = head
    return None


__all__ = ["PlaceIndex", "is_locative", "place_in_clause"]
