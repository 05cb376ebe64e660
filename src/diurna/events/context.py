"""Actors named in the sentence before: what a reader resolves an anaphor to.

An act may name its target only by an anaphor whose antecedent is in the
previous sentence ("The EU met Serbian officials. It then imposed sanctions on
them."; "L'Allemagne a convoqué l'ambassadeur russe. Elle a ensuite expulsé
l'ambassadeur."). The antecedent must be grounded: the one actor of the
previous sentence that the anaphor can stand for, never the last actor named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..actors.atoms import PERSON_LABELS
from ..actors.context import OF_WORDS
from ..grammar import conjuncts
from ..knowledge.actors import fold
from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Named entities that are times, amounts: no antecedent of an object pronoun.
NON_REFERRING_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


def previous_sentence(token: Token) -> Span | None:
    sentence = token.sent
    if sentence.start == 0:
        return None
    return token.doc[sentence.start - 1].sent


def _number(token: Token) -> str | None:
    found = token.morph.get("Number")
    return found[0] if len(found) == 1 else None


def agrees_in_number(pronoun: Token, noun: Token) -> bool:
    wanted, got = _number(pronoun), _number(noun)
    if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
        got = "Plur"  # "Greece and Cyprus" are "them"
    return wanted is None or got is None or wanted == got


def _is_time_word(frames: ParagraphFrames, token: Token) -> bool:
    """"lundi", "March": a day or month the parser took for an object."""
    word = fold(token.lemma_)
    return word in frames.profile.weekdays or word in frames.profile.months


def plural_thing(frames: ParagraphFrames, pronoun: Token, token: Token) -> bool:
    """A plural noun that names no actor, in an argument slot, that a plural pronoun after it may
    stand for ("freed 222 political prisoners and flew them to the United States")."""
    return (
        token.pos_ == "NOUN"
        and token.dep_ in ("obj", "dobj", "pobj", "obl", "obl:arg", "nsubj", "nsubj:pass", "nsubjpass")
        and _number(token) == "Plur"
        and _number(pronoun) == "Plur"
        and token.ent_type_ not in NON_REFERRING_ENTITIES
        and not _is_time_word(frames, token)
        and not any(frames.mention_at.get(a.i) is not None for a in [token, *token.ancestors] if a.pos_ in ("NOUN", "PROPN"))
    )


def owner_of_plural(
    frames: ParagraphFrames, noun: Token, excluded: set[tuple[str | None, str | None]], depth: int
) -> ActorMention | None:
    """"sanctioned two nephews of a Kenyan drug lord, accusing them of …": the plural noun a plural
    pronoun stands for names no actor, yet its complement does: the one actor it belongs to (not an
    act, whose doer is another matter; not the clause subject's own ``excluded`` (key, sector)).
    ``depth``: how deep the owner search starts, so that a pronoun in the complement does not
    send it round again."""
    if frames.pattern_of(noun) is not None:
        return None
    owners = [m for m in frames.actors_of(noun, depth=depth) if (m.actor.key, m.actor.sector) not in excluded]
    return owners[0] if owners and len({m.actor.key for m in owners}) == 1 else None


def _charged_or_asked(frames: ParagraphFrames, verb: Token) -> bool:
    """"l'a accusé d'ingérence", "accused it of meddling", "urged it to withdraw": a verb that
    charges its object with an act ("de", "of") or asks it to act (a complement clause) has an
    actor for object, never an act."""
    for child in verb.children:
        if frames.grammar.clause_link(child) == "xcomp":
            return True
        if child.pos_ == "ADP" and child.lower_ in OF_WORDS and any(c.pos_ in ("NOUN", "PROPN", "VERB") for c in child.children):
            return True  # English: the preposition hangs on the verb
        if child.pos_ == "NOUN" and (case := frames.grammar.case_word(child)) is not None and case.lower_ in OF_WORDS:
            return True  # French: the noun hangs on the verb
    return False


def _may_stand_for_an_act(frames: ParagraphFrames, pronoun: Token) -> bool:
    """A singular direct object that is not a person ("it", "le", "l'") may stand for a whole act
    told before, unless its verb charges it with an act or asks it to act; a dative ("lui", "to
    it") or a plural names who it is done to."""
    profile = frames.profile
    return (
        pronoun.dep_ in ("obj", "dobj")
        and _number(pronoun) != "Plur"
        and pronoun.lower_ not in profile.person_pronouns
        and pronoun.lower_ not in profile.dative_pronouns
        and not _charged_or_asked(frames, pronoun.head)
    )


def object_pronoun_antecedent(
    frames: ParagraphFrames, pronoun: Token, excluded: set[str | None]
) -> list[ActorMention]:
    """"Germany summoned the Russian ambassador. It later expelled him.": an object pronoun with
    no antecedent in its own sentence stands for the one actor of the sentence before that agrees
    with it in number (all members of a coordination for a plural), leaving out whom its own
    clause's subject stands for. None when a thing or an act of that sentence could be meant as
    well ("adopted a resolution on Iran. Russia rejected it"), or when two actors could be
    ("Russia invaded Ukraine. Poland imposed sanctions on it")."""
    sentence = previous_sentence(pronoun)
    if sentence is None:
        return []
    personal = pronoun.lower_ in frames.profile.person_pronouns
    if _may_stand_for_an_act(frames, pronoun) and any(frames.pattern_of(t) is not None for t in sentence):
        return []  # "Russia invaded Ukraine. Poland condemned it.": the act, not Ukraine
    found: list[ActorMention] = []
    for token in sentence:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ in NON_REFERRING_ENTITIES or _is_time_word(frames, token) or not agrees_in_number(pronoun, token):
            continue
        mention = frames.mention_at.get(token.i)
        if mention is None:
            if personal:
                continue  # "him" is no thing
            if any(frames.mention_at.get(a.i) is not None for a in token.ancestors if a.pos_ in ("NOUN", "PROPN")):
                continue  # a word inside an actor's phrase ("officials of the ministry")
            if token.i in frames.place_actors or any(c.i in frames.mention_at for c in token.subtree if c.dep_ == "compound"):
                continue
            return []  # a thing the pronoun may stand for as well
        if mention.head != token.i or mention in found:
            continue
        if personal and mention.actor.sector is None and mention.actor.entity is None:
            continue  # a state or an organisation as a whole is "it"
        found.append(mention)
    # Whom the clause's own subject stands for is not its object: "The EU met Serbian officials.
    # It then imposed sanctions on them."
    found = [m for m in found if m.actor.key not in excluded]
    if not found:
        return []
    keys = {m.actor.key for m in found}
    if len(keys) == 1:
        return found[:1]
    if _number(pronoun) == "Plur" and _coordinated(frames, found):
        return found
    return []


def _coordinated(frames: ParagraphFrames, mentions: list[ActorMention]) -> bool:
    """Whether the mentions are the members of one coordination ("Greece and Cyprus")."""
    first = frames.doc[mentions[0].head]
    members = {t.i for t in conjuncts(first)}
    return all(m.head in members for m in mentions)


def repeated_noun_antecedent(frames: ParagraphFrames, noun: Token) -> list[ActorMention]:
    """"Germany summoned the Russian ambassador. It expelled the ambassador the next day.": a
    definite noun that names no actor of its own and repeats the head noun of an actor named in
    the sentence before stands for that actor (when exactly one actor there has that noun)."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children):
        return []
    sentence = previous_sentence(noun)
    if sentence is None:
        return []
    lemma = fold(noun.lemma_)
    found: list[ActorMention] = []
    for token in sentence:
        mention = frames.mention_at.get(token.i)
        if mention is None or mention.head != token.i or token.pos_ != "NOUN" or fold(token.lemma_) != lemma:
            continue
        if all(m.actor.key != mention.actor.key for m in found):
            found.append(mention)
    return found if len(found) == 1 else []


def person_before(frames: ParagraphFrames, possessive: Token, excluded: set[str | None]) -> list[ActorMention]:
    """"The UN Secretary-General condemned the attacks. Israel's ambassador demanded his
    resignation.": a possessive whose owner is not the one who acts (one does not demand one's own
    resignation) stands for the one person named in the sentence before (a named person, or an
    office: "the minister"), leaving out whom the clause's subject stands for (``excluded``: actor
    codes, country and sector, so that a country's opposition may ask its government)."""
    sentence = previous_sentence(possessive)
    if sentence is None:
        return []
    found: list[ActorMention] = []
    for token in sentence:
        mention = frames.mention_at.get(token.i)
        if mention is None or mention.head != token.i or mention.actor.code in excluded:
            continue
        if mention.actor.entity is None and token.pos_ != "NOUN":
            continue  # a state, a party, a group named as a whole is no "his"
        if not agrees_in_number(possessive, token) or any(m.actor.key == mention.actor.key for m in found):
            continue
        found.append(mention)
    return found if len(found) == 1 else []


SUBJECT_DEPS = ("nsubj", "nsubj:pass", "nsubjpass")


def _same_kind(frames: ParagraphFrames, pronoun: Token, token: Token, mention: ActorMention) -> bool:
    """Whether a subject pronoun may stand for the actor a subject before it names, by the
    pronoun's gender: in French the noun's grammatical gender ("il" is not "la Russie"); in
    English "he"/"she" is a person, never a state or an organisation named by its name, and
    "it" never a named person."""
    if pronoun.lower_ not in frames.profile.subject_pronouns:
        return True  # a possessive agrees with what it owns ("ses troupes"), not with its owner
    gender = pronoun.morph.get("Gender")
    if not gender:
        return True
    person = mention.actor.entity is not None or token.ent_type_ in PERSON_LABELS
    if gender == ["Neut"]:
        return not person
    own = token.morph.get("Gender")
    if own:
        return own == gender
    # English "he"/"she" (no grammatical gender on its antecedent): a person, or an office noun.
    return person or (token.pos_ == "NOUN" and mention.actor.sector is not None)


def _in_main_clause(token: Token) -> bool:
    """Whether a subject is the subject of its sentence's main clause (or of a verb coordinated with it)."""
    verb = token.head
    root = token.sent.root
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)


def previous_subject(frames: ParagraphFrames, pronoun: Token, number: bool = True) -> ActorMention | None:
    """"La Chine a critiqué le Japon. Elle a aussi …": a subject pronoun (or a possessive in its
    clause's subject) takes the subject of the sentence before: the one actor subject there that
    agrees with it in number and gender (the same actor named twice counts once), else the
    subject of that sentence's main clause ("The Kremlin said that Ukraine had attacked a depot.
    It accused Kyiv …": the Kremlin). A subject pronoun there stands for its own antecedent."""
    sentence = previous_sentence(pronoun)
    if sentence is None:
        return None
    wanted = pronoun.morph.get("Number") if number else []
    found: list[tuple[Token, ActorMention]] = []
    for token in sentence:
        if token.dep_ not in SUBJECT_DEPS:
            continue
        if token.pos_ == "PRON":
            if token.lower_ not in frames.profile.subject_pronouns or _number(token) != _number(pronoun):
                continue
            mentions = frames.actors_of(token)[:1]
        else:
            mention = frames.mention_at.get(token.i)
            mentions = [mention] if mention is not None else []
        for mention in mentions:
            if wanted and token.morph.get("Number") and token.morph.get("Number") != wanted:
                continue
            if token.pos_ != "PRON" and not _same_kind(frames, pronoun, token, mention):
                continue
            if all(m.actor.key != mention.actor.key for _, m in found):
                found.append((token, mention))
    if len(found) == 1:
        return found[0][1]
    main = [m for token, m in found if _in_main_clause(token)]
    return main[0] if len(main) == 1 else None

