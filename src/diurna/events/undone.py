"""Acts ended: a verb or a noun of ending over an act that has a code is the act that undoes it.

"a cessé ses relations avec Managua" breaks relations (161), "lifted sanctions on
Syria" eases them (085), "suspended all aid convoys" stops humanitarian aid (1623), "la rupture des
négociations" halts them (164), "mettre fin au régime d'exception" eases a state of emergency
(0814). The verb of ending (``ending_verbs`` in the language's data, a verb with the word it must
take for two: "mettre fin", "put end") takes the act as its object (the subject of a passive; not
of an active verb: "the siege ended" tells the siege), or after one of ``ending_prepositions``
("withdrew from the talks", "mettre fin à"); a noun of ending (``ending_nouns``) after one of
``ending_of_prepositions`` ("the suspension of aid"). The act is the code of the noun of that
phrase nearest its head that has one (the head, then the nouns that qualify it: "aid convoys",
"l'ensemble des sanctions"), or of a noun of bonds (``bond_nouns``: ties, relations); a verb a verb
of ending governs ("a cessé de reconnaître Taïwan", "ceased delivering weapons") is its act undone,
in the mood of the verb of ending. The act that undoes another is data
(``knowledge/data/cameo_undo.tsv``). The expression is coded as an entry of the verb and that noun
would be, with the noun's own targets ("sanctions on Syria", "relations avec Israël"); an entry
the pattern files write out ("lift sanction") is read first, and the noun is no act of its own.
What is refused, threatened or asked for stays so ("refused to lift sanctions" is a rejection), and
what names no act ("lifted 200 kilograms", "a levé des fonds") is nothing ended.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Iterator, Mapping

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.ontology import is_child_code
from ..knowledge.patterns import DEFAULT_SOURCE, Pattern, folded_lemma
from ..records import PlaceMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Links of an object, and of a noun after a preposition.
OBJECT_DEPS = frozenset({"obj", "dobj"})
PREPOSITIONAL_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "prep"})
# How far below the phrase's head its qualifying nouns are looked for.
QUALIFIER_DEPTH = 2
# Membership of an organisation is diplomatic cooperation: leaving it undoes that (161).
MEMBERSHIP_CODE = "050"


def _words(token: Token) -> set[str]:
    return {fold(token.lemma_), token.lower_}


def _after_preposition(frames: ParagraphFrames, head: Token, prepositions: frozenset[str]) -> Iterator[Token]:
    """The nouns hanging on ``head`` after one of ``prepositions`` ("from the talks", "à l'état
    d'urgence"): French hangs the preposition on the noun, English the noun on it."""
    for child in head.children:
        if child.dep_ not in PREPOSITIONAL_DEPS:
            continue
        if child.pos_ == "ADP" and child.lower_ in prepositions:
            yield from (n for n in child.children if n.dep_ == "pobj" and n.pos_ == "NOUN")
        elif child.pos_ == "NOUN" and (case := frames.grammar.case_word(child)) is not None and case.lower_ in prepositions:
            yield child


def _phrases(frames: ParagraphFrames, token: Token, required: tuple[str, ...]) -> list[Token]:
    """The heads of the phrases naming what a verb or noun of ending ends: not the subject before
    an active verb ("the siege ended in May": it ended, no one ended it); one after it is an object
    the parser took for a subject ("rompant aussitôt ses relations")."""
    profile = frames.profile
    if token.pos_ == "NOUN":
        return list(_after_preposition(frames, token, profile.ending_of_prepositions))
    carriers = [c for c in token.children if c.dep_ in OBJECT_DEPS and _words(c) & set(required)]
    passive = frames.grammar.is_passive(token)
    heads = [o for o in frames.objects(token) if o.pos_ == "NOUN" and o not in carriers and (passive or not o.dep_.startswith("nsubj") or o.i > token.i)]
    for carrier in [token, *carriers]:
        heads += _after_preposition(frames, carrier, profile.ending_prepositions)
    return heads


def _qualified(frames: ParagraphFrames, head: Token) -> Iterator[tuple[int, Token]]:
    """A phrase's head, then the nouns qualifying it ("aid convoys", "l'ensemble des sanctions",
    "the tranche of the loan"; not "les objections à l'adhésion"), nearest first, with their depth."""
    level = [head]
    for depth in range(QUALIFIER_DEPTH + 1):
        below: list[Token] = []
        for word in level:
            if word.pos_ == "NOUN":
                yield depth, word
                below += [c for c in word.children if c.dep_ == "compound"]
                below += _after_preposition(frames, word, frames.profile.ending_of_prepositions)
        level = below


def ended_act(frames: ParagraphFrames, token: Token, matching: list[Pattern], undone: Callable[[str], str | None]) -> list[Pattern]:
    """The patterns a word triggers, ``matching`` as the pattern files give them, once acts ended
    are read: a word of ending with no entry of its own for what it takes ends the act that it
    names, and a verb whose act a verb of ending stops ("a cessé de reconnaître Taïwan") is that
    act undone."""
    if token.pos_ == "VERB" and matching and ending_governor(frames, token) is not None:
        ending = undone(matching[0].code)
        return [replace(matching[0], code=ending, example_code="")] if ending is not None else matching
    if any(p.particles for p in matching):
        return matching  # "lift sanction": the files' own entry
    found = _ending_pattern(frames, token, undone)
    if found is None:
        left = _organisation_left(frames, token, undone)
        # "quit" (160): the verb's own entry already reduces relations.
        return [left] if left is not None and not any(p.code[:2] == left.code[:2] for p in matching) else matching
    if token.pos_ == "NOUN" and any(p.code == found.code for p in matching):
        return matching  # "severance" (161): the noun's own entry says it already, with its slots
    return [found]  # "rompu ses relations avec Taïwan": the verb's act is on what it breaks


def ending_governor(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The verb of ending whose complement a verb is ("cessant de reconnaître", "stopped funding"),
    if any."""
    governor = verb.head
    if frames.grammar.clause_link(verb) != "xcomp" or governor.i == verb.i or governor.pos_ != "VERB":
        return None
    return governor if folded_lemma(governor) in frames.profile.ending_verbs else None


def stopped_by(frames: ParagraphFrames, verb: Token, pattern: Pattern) -> Token | None:
    """The verb of ending that stops the act of ``verb`` when ``pattern`` codes it as that act
    undone: its mood is the stopping's ("a cessé de reconnaître" is done; "refused to stop
    funding" is not)."""
    governor = ending_governor(frames, verb)
    if governor is None or frames.undone is None:
        return None
    own = frames.patterns.for_token("verb", pattern.lemma)
    return governor if any(frames.undone(p.code) == pattern.code for p in own) else None


def _ending_pattern(frames: ParagraphFrames, token: Token, undone: Callable[[str], str | None]) -> Pattern | None:
    """The pattern of a verb or noun of ending over an act with a code, coded ``undone(code)``;
    None when the word is no word of ending or what it takes names no act that can be undone."""
    profile = frames.profile
    lemma = folded_lemma(token)
    kind = "verb" if token.pos_ == "VERB" else "noun"
    if kind == "verb":
        # Asked of every verb: the substring test spares splitting each expression of ending.
        expressions = [tuple(e.split()[1:]) for e in profile.ending_verbs if lemma in e and e.split()[0] == lemma]
        if expressions:
            children = {w for c in token.children for w in _words(c)}
            expressions = [e for e in expressions if set(e) <= children]
    else:
        expressions = [()] if lemma in profile.ending_nouns else []
    if not expressions:
        return None
    required = max(expressions, key=len)
    # The act named nearest a phrase's head wins over one only a qualifier names ("mis fin au régime
    # d'exception …, théâtre de violentes émeutes": the state of emergency, not the riots).
    found: tuple[int, str, Pattern | None, Token] | None = None
    for head in _phrases(frames, token, required):
        for depth, word in _qualified(frames, head):
            bond = profile.bond_nouns.get(fold(word.lemma_))
            carried = frames.pattern_of(word) if bond is None else None
            code = bond or (carried.code if carried is not None else None)
            if not code or undone(code) is None:
                continue
            if found is None or depth < found[0]:
                found = (depth, code, carried, head)
            elif found[3] is head and is_child_code(code, found[1]):
                found = (found[0], code, found[2], head)  # "food deliveries": humanitarian aid, to whom the deliveries go
    if found is None:
        return None
    _, code, carried, head = found
    target = carried.target if carried is not None else (*profile.comitative_prepositions, *frames.patterns.senses.mutual_slots)
    required_target = carried.target_required if carried is not None else True
    # Whose act it was, when the verb names no one ("la normalisation des relations d'Israël … est
    # suspendue"): the act's own source.
    source = tuple(dict.fromkeys((*DEFAULT_SOURCE[kind], *(carried.source if carried is not None else ()))))
    return Pattern(kind, lemma, (*required, fold(head.lemma_)), undone(code) or "", source, tuple(target), required_target, "", "", "")


def _organisation_left(frames: ParagraphFrames, token: Token, undone: Callable[[str], str | None]) -> Pattern | None:
    """A state leaving an intergovernmental organisation ("ont quitté la CEDEAO", "withdrew from
    ECOWAS") ends its membership, a diplomatic bond (``MEMBERSHIP_CODE``), towards that
    organisation; leaving what is no organisation ("left the summit", "a quitté le pays") is not."""
    if token.pos_ != "VERB":
        return None
    lemma = folded_lemma(token)
    if lemma not in frames.profile.leaving_verbs or (ending := undone(MEMBERSHIP_CODE)) is None:
        return None
    prepositions = frames.profile.ending_prepositions
    left = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    left += [n for c in token.children if c.dep_ == "prep" and c.lower_ in prepositions for n in c.children if n.dep_ == "pobj"]
    left += [c for c in token.children if c.dep_ in PREPOSITIONAL_DEPS and (case := frames.grammar.case_word(c)) is not None and case.lower_ in prepositions]
    for word in left:
        mention = frames.mention_at.get(word.i)
        if mention is not None and mention.head == word.i and mention.actor.organization and not mention.actor.country and mention.actor.sector == "IGO":
            return Pattern("verb", lemma, (), ending, DEFAULT_SOURCE["verb"], ("obj", *sorted(prepositions)), True, "", "", "")
    return None


def _ends(frames: ParagraphFrames, word: Token) -> bool:
    lemma = folded_lemma(word)
    if word.pos_ == "NOUN":
        return lemma in frames.profile.ending_nouns
    return word.pos_ == "VERB" and any(lemma in e and e.split()[0] == lemma for e in frames.profile.ending_verbs)


def ended_places(frames: ParagraphFrames, token: Token, pattern: Pattern, place_at: Mapping[tuple[int, int], PlaceMention]) -> set[int]:
    """The countries named in what a word of ending ends ("lifted sanctions on Iran", "suspended its
    aid to Mali"): where the act ended was, not where it was ended, a decision taken at home; a
    town named there is where a measure ends ("a levé le couvre-feu à N'Djamena")."""
    if not _ends(frames, token):
        return set()
    # The expression's last word is what it ends ("lift sanction", "mettre fin état"), the others what it must take.
    words = {w.i for head in _phrases(frames, token, pattern.particles[:-1]) for w in head.subtree}
    places = {i: place_at.get((frames.paragraph, i)) for i in words}
    return {i for i, p in places.items() if p is not None and p.place is not None and p.place.feature == "country"}


def ended_by_governor(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether an event noun names the act a word of ending above it ends, coded there as its
    undoing ("lifted sanctions", "la suspension de sa médiation"): not an act of its own."""
    own = frames.pattern_of(noun)
    if own is None or frames.undone is None or (undoing := frames.undone(own.code)) is None:
        return False
    for depth, governor in enumerate(noun.ancestors):
        if depth > QUALIFIER_DEPTH + 2:
            break
        if _ends(frames, governor) and (ending := frames.pattern_of(governor)) is not None:
            # Only what the word of ending takes ("the siege ended in May": the siege is told).
            ended = {w.i for h in _phrases(frames, governor, ending.particles[:-1]) for _, w in _qualified(frames, h)}
            return ending.code == undoing and noun.i in ended
    return False


__all__ = ["ended_act", "ended_by_governor", "ended_places", "ending_governor", "stopped_by"]
