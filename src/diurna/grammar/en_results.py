"""English repair of a result adjective read as a modifier of the object ("shot dead/amod two
protesters", "shot a man dead/amod"): called by ``EnglishGrammar.repair`` (en_core_web_sm's
ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

# Links of the object the adjective was hung on.
OBJECT_LINKS = frozenset({"dobj"})
# Links of a noun inside the object phrase, before its head.
INNER_LINKS = frozenset({"compound", "nmod"})
# Words that may stand between the adjective and the object it was read into ("dead two protesters",
# "dead a Palestinian man", "dead presidential candidate Fernando Villavicencio").
PHRASE_LINKS = frozenset({"det", "nummod", "amod", "compound", "poss", "quantmod", "case", "nmod", "punct"})


def result_read_as_modifier_of_object(word: Token, result_predicates: frozenset[tuple[str, str]]) -> None:
    """"Police shot dead/amod two protesters", "shot a man dead/amod": the parser makes the result of
    the act a modifier of the object, so the verb's expression ("shoot dead", a killing) is not
    found. Right after the verb, or right after the object, the adjective is the verb's object
    predicate (oprd), as the parser reads it in the passive ("was shot dead/oprd"). The same
    adjective inside the phrase ("returned the dead soldiers") is left alone."""
    if word.dep_ != "amod" or word.pos_ != "ADJ":
        return
    noun = word.head
    while noun.dep_ in INNER_LINKS and noun.head.i > noun.i:
        noun = noun.head  # "dead/amod>candidate presidential candidate/compound Fernando Villavicencio/dobj"
    verb = noun.head
    if noun.dep_ not in OBJECT_LINKS or verb.pos_ != "VERB" or (verb.lemma_.lower(), word.lower_) not in result_predicates:
        return
    right_after_verb = word.i == verb.i + 1 and noun.i > word.i and _only_phrase_words_between(word, noun)
    right_after_object = word.i > noun.i and _phrase_ends_before(noun, word)
    if not (right_after_verb or right_after_object):
        return
    word.head = verb
    word.dep_ = "oprd"
    for phrase in [c for c in word.children if c.dep_ == "prep"]:
        phrase.head = verb  # "shot a man dead near/prep>dead Jenin": the place is the act's


def _only_phrase_words_between(word: Token, noun: Token) -> bool:
    """Only words of the object's own phrase stand between the adjective and the object."""
    between = word.doc[word.i + 1 : noun.i]
    return all(t.head.i == noun.i or t.head.i in range(word.i + 1, noun.i + 1) for t in between) and all(
        t.dep_ in PHRASE_LINKS for t in between
    )


def _phrase_ends_before(noun: Token, word: Token) -> bool:
    """The adjective comes right after the object's last word other than itself ("a man dead")."""
    others = [t.i for t in noun.subtree if t.i < word.i and not t.is_punct]
    return bool(others) and max(others) == word.i - 1 and noun.i < word.i


def result_read_as_clause(word: Token, result_predicates: frozenset[tuple[str, str]]) -> None:
    """"The court found the governor/nsubj>guilty guilty/ccomp of fraud": the parser reads the object
    and the outcome said of it as a small clause, so the verb's expression ("find guilty") and its
    object are not found. For a verb whose outcome the adjective tells, the clause's subject is the
    verb's object and the adjective its object predicate, as "shot a man dead/oprd"."""
    if word.dep_ != "ccomp" or word.pos_ != "ADJ" or word.head.pos_ != "VERB":
        return
    verb = word.head
    if (verb.lemma_.lower(), word.lower_) not in result_predicates or any(c.dep_ == "dobj" for c in verb.children):
        return
    subjects = [c for c in word.children if c.dep_ == "nsubj" and verb.i < c.i < word.i]
    if len(subjects) != 1:
        return
    subjects[0].head = verb
    subjects[0].dep_ = "dobj"
    word.dep_ = "oprd"
