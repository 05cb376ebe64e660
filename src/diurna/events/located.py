"""Where an act happened, read off its clause.

A place counts as where an act happened when a locative preposition introduces it ("à
Bruxelles", "in Beijing", "près d'une base de Mogadiscio"; for a country only one that says "in":
"en Russie", not the dative "à la Russie"), or when it names where a locative phrase's noun is
("dans le centre de Moscou", through several nouns: "dans un marché du quartier de la gare de
Mopti"; or a possessive: "at Moscow's airport"). An act noun qualifying another noun takes that
noun's place ("le niveau d'alerte à Bruxelles"); a bare participle takes its clause's ("raided the
house in Brasilia, seizing …"). An act said about another act (a claim, a condemnation) does not
take the place of the act noun it is about ("condemned the arrest of a reporter in Moscow").

Failing its own clause, an act takes the place of a verb its clause hangs under ("fighting erupted
in Khartoum"), then the town or region that says where a participant is ("arrêtés par la police
de Rennes"); a visit or a delivery happens where it goes ("a visit to Minsk"). The article-level
fallbacks (the same meeting placed elsewhere, the dateline) are the coder's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.context import OF_WORDS
from ..grammar import conjuncts
from ..records import PlaceMention
from .frames import ParagraphFrames
from .roots import MEETING_ROOT

# Places by (paragraph, head token).
PlaceIndex = dict[tuple[int, int], PlaceMention]
# How many nouns of "of" phrases a place may stand under and still say where a locative phrase is.
MAX_OF_NOUNS = 3
# How many heads up from an act's clause the verbs whose locative phrases say where it was are sought.
MAX_GOVERNING_CLIMB = 6


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
    if case is None and token.dep_ == "poss" and token.head.pos_ in ("NOUN", "PROPN"):
        # "at Moscow's Sheremetyevo airport": a place owning a locative phrase's noun.
        return _in_locative_noun(frames, token.head)
    word = _preposition(frames, token)
    if case is None or word is None:
        return False
    # The noun an "of" phrase hangs on: the name's head in French, the preposition's in English.
    noun = case.head if case.i == token.head.i else token.head
    if word in OF_WORDS and noun.pos_ == "NOUN" and noun.i != token.i:
        # "dans le centre de Moscou", "au large de Goa", "off the coast of Goa": the place
        # names where a locative phrase's noun is, and so where the act happened.
        return _in_locative_noun(frames, noun)
    if place.place.feature == "country":
        return word in frames.profile.country_locative_prepositions
    # "au Caire", "aux Gonaïves": a contraction is read as the preposition it holds.
    return word in frames.profile.locative_prepositions or frames.profile.preposition_slots.get(word) in frames.profile.locative_prepositions


def _in_locative_noun(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether ``noun`` is in a locative phrase, itself or through the nouns whose "of" phrases it
    stands in ("dans un marché du quartier de la gare de Mopti", "in the centre of the old town of")."""
    wanted = frames.profile.locative_prepositions | frames.profile.country_locative_prepositions
    for _ in range(MAX_OF_NOUNS):
        outer = _preposition(frames, noun)
        if outer is None:
            return False
        if outer in wanted:
            return True
        case = frames.grammar.case_word(noun)
        head = case.head if case is not None and case.i == noun.head.i else noun.head
        if outer not in OF_WORDS or head.pos_ != "NOUN" or head.i == noun.i:
            return False
        noun = head
    return False


def place_in_clause(
    frames: ParagraphFrames, anchors: list[Token], used: set[int], place_at: PlaceIndex, about_acts: bool = False
) -> PlaceMention | None:
    """A place in a locative phrase of the act's own clause: on the verb first, then anywhere
    below it short of another clause (the parser often hangs "in Beijing" on the object),
    then on the noun phrase an act noun qualifies ("le niveau d'alerte à Bruxelles"), then, for a
    bare participle, in the clause it hangs on ("raided the house in Brasilia, seizing …")."""
    for anchor in anchors:
        found = _place_on_verb(frames, anchor, used, place_at)
        if found is not None:
            return found
    anchor_ids = {a.i for a in anchors}
    # An act said about another ("claimed the attack on a mosque in Kandahar", "condemned the
    # detention of a reporter in Russia") is not where that other act's noun happened.
    acts = anchor_ids if about_acts else None
    found = _place_below(frames, [c for a in anchors for c in a.children], used, place_at, acts)
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


def place_of_governing_clause(frames: ParagraphFrames, anchors: list[Token], used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """A place in a locative phrase of a verb the act's clause hangs under: "fighting erupted in
    Khartoum", "a arrêté à Dacca des étudiants qui bloquaient une autoroute", "announced in Beirut
    that …". Only the verbs' own locative phrases count, not those deep in their objects."""
    token = anchors[-1]
    for _ in range(MAX_GOVERNING_CLIMB):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            found = _place_on_verb(frames, token, used, place_at)
            if found is not None:
                return found
    return None


def _place_on_verb(frames: ParagraphFrames, verb: Token, used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """A place in one of ``verb``'s own locative phrases ("met in Brussels", "à Bruxelles")."""
    for slot, filler in frames.arguments(verb):
        if slot not in frames.profile.locative_prepositions:
            continue
        for member in conjuncts(filler):
            place = place_at.get((frames.paragraph, member.i))
            if place is not None and member.i not in used and is_locative(frames, place, member):
                return place
    return None


def place_gone_to(frames: ParagraphFrames, anchors: list[Token], place_at: PlaceIndex) -> PlaceMention | None:
    """Where a visit or a delivery goes ("a visit to Minsk", "a envoyé au Népal des tentes"): where
    it happens, even when the place is also its target."""
    slots = {*frames.profile.destination_prepositions, *frames.profile.locative_prepositions}
    for anchor in anchors:
        for slot, filler in frames.arguments(anchor):
            if slot not in slots:
                continue
            for member in conjuncts(filler):
                place = place_at.get((frames.paragraph, member.i))
                if place is not None and place.place is not None:
                    return place
    return None


def place_of_participant(frames: ParagraphFrames, anchors: list[Token], used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """A town or region that says where a participant of the act is: "arrêtés par la police de
    Rennes", "condamné par un tribunal de Dakar", "the workers of the Bursa plant"; a country there
    is the participant's nationality, not a place."""
    for anchor in anchors:
        for slot, filler in frames.arguments(anchor):
            if slot in frames.profile.locative_prepositions:
                continue
            queue = [(filler, 0)]
            while queue:
                noun, depth = queue.pop(0)
                for child in noun.children:
                    if _owner(frames, child) is None:
                        continue
                    # English hangs the name on "of", the preposition on the noun.
                    named = [c for c in child.children if c.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
                    for token in named:
                        place = _participant_place(frames, token, used, place_at)
                        if place is not None:
                            return place
                        if depth + 1 < MAX_OF_NOUNS and token.pos_ == "NOUN":
                            queue.append((token, depth + 1))
    return None


def _participant_place(frames: ParagraphFrames, token: Token, used: set[int], place_at: PlaceIndex) -> PlaceMention | None:
    """The town or region ``token`` names, unless it stands for an actor ("l'appel de Manille")."""
    place = place_at.get((frames.paragraph, token.i))
    if place is None or place.place is None or place.place.feature == "country" or token.i in used:
        return None
    if token.text.isupper():
        return None  # an acronym names a group ("ADF rebels"), whatever town shares it
    mention = frames.mention_at.get(token.i)
    return None if mention is not None and mention.head == token.i else place


def _owner(frames: ParagraphFrames, token: Token) -> Token | None:
    """The noun ``token`` qualifies by an "of" phrase, a possessive or a compound, if any."""
    if token.dep_ in ("poss", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    if token.pos_ == "ADP" and token.lower_ in OF_WORDS and token.dep_ == "prep":
        return token.head
    case = frames.grammar.case_word(token)
    if case is not None and case.lower_ in OF_WORDS and token.head.pos_ in ("NOUN", "PROPN") and token.head.i != token.i:
        return token.head
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


def _place_below(
    frames: ParagraphFrames, queue: list[Token], used: set[int], place_at: PlaceIndex, anchor_ids: set[int] | None = None
) -> PlaceMention | None:
    """The first locative place breadth-first below ``queue``, short of another clause (and, given
    the act's anchors, short of another act's noun)."""
    queue = list(queue)
    while queue:
        token = queue.pop(0)
        if anchor_ids is not None and token.pos_ == "NOUN" and token.i not in anchor_ids and _other_act(frames, token):
            continue
        link = frames.grammar.clause_link(token)
        if token.pos_ in ("VERB", "AUX") and link in ("ccomp", "advcl", "relcl", "conj") and not _is_bare_participle(frames, token):
            # A bare participle before the subject belongs to the act: "Réunis à Bruxelles, les ministres ont…".
            continue
        place = place_at.get((frames.paragraph, token.i))
        if place is not None and token.i not in used and is_locative(frames, place, token):
            return place
        queue.extend(token.children)
    return None


def _other_act(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether ``noun`` names an act of its own; not a meeting, which sets the scene of what is
    said there ("urged … at a summit in Djibouti")."""
    pattern = frames.pattern_of(noun)
    return pattern is not None and pattern.code[:2] != MEETING_ROOT


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


__all__ = ["PlaceIndex", "is_locative", "place_gone_to", "place_in_clause", "place_of_governing_clause", "place_of_participant"]
