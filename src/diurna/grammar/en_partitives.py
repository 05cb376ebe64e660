"""English repair of a part named before its whole ("lifted most of its sanctions", "freed some of
the hostages"): called by ``EnglishGrammar.repair`` (en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

# Links of a verb's object and subject: where the part stands for its whole.
ARGUMENT_LINKS = frozenset({"dobj", "nsubj", "nsubjpass"})
# Words that can head the whole: a noun phrase or a pronoun ("some of them").
WHOLE_POS = frozenset({"NOUN", "PROPN", "PRON"})


def part_read_as_head_of_whole(word: Token, partitive_quantifiers: frozenset[str]) -> None:
    """"The EU lifted most/dobj of its sanctions/pobj", "Some/nsubj of the rebels/pobj attacked":
    the parser makes the quantifier the verb's argument and hangs the whole in its "of" phrase, so
    the verb's entries ("lift sanction") and its actors (the rebels) are not found. The quantifier
    only tells how much of the whole the act concerns: the whole is the argument, the quantifier
    modifies it, as in "most sanctions"; so does a number ("two/nsubj of its members/pobj
    detonated": "two members"). A quantifier read as the verb's adverb where the verb has no object
    ("killed upwards/advmod of 800 people/pobj") leaves the whole as its object."""
    number = word.tag_ == "CD" and word.like_num
    if word.head.pos_ not in ("VERB", "AUX") or not (number or word.lower_ in partitive_quantifiers):
        return
    if word.dep_ == "advmod" and not number and word.i > word.head.i and not any(c.dep_ == "dobj" for c in word.head.children):
        whole = _whole_of(word)
        if whole is not None:
            raise_phrase_object(word, whole, "amod")
            whole.dep_ = "dobj"
        return
    if word.dep_ not in ARGUMENT_LINKS:
        return
    whole = _whole_of(word)
    if whole is not None:
        raise_phrase_object(word, whole, "nummod" if number else "amod")


def _whole_of(word: Token) -> Token | None:
    """The one whole named by the "of" phrase right after a quantifier ("most of its sanctions")."""
    phrases = [c for c in word.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == word.i + 1]
    if len(phrases) != 1:
        return None
    wholes = [c for c in phrases[0].children if c.dep_ == "pobj" and c.pos_ in WHOLE_POS]
    return wholes[0] if len(wholes) == 1 else None


def raise_phrase_object(word: Token, noun: Token, word_link: str) -> None:
    """Make ``noun``, the object of a phrase on ``word``, the argument ``word`` was of its verb, and
    hang ``word`` on it with ``word_link`` ("most/amod sanctions", "negotiators/nmod of the sides")."""
    verb, link = word.head, word.dep_
    noun.head = verb
    noun.dep_ = link
    word.head = noun
    word.dep_ = word_link


def part_read_as_head_of_whole_in_of_phrase(word: Token, partitive_quantifiers: frozenset[str]) -> None:
    """"took control of most/pobj of Goma/pobj", "the release of some/pobj of the hostages": the
    parser makes the quantifier the object of the noun's own "of" phrase, so the noun's target
    ("control of" a town, "release of" hostages) is the quantifier, which names no one. As for a
    verb's argument above, the whole takes the quantifier's place and the quantifier modifies it.
    Only under "of": "as part of a deal" keeps its sense."""
    if word.dep_ != "pobj" or word.lower_ not in partitive_quantifiers or word.head.lower_ != "of":
        return
    whole = _whole_of(word)
    if whole is not None:
        raise_phrase_object(word, whole, "amod")
