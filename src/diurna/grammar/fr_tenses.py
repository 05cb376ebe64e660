"""French future and conditional forms that fr_core_news_md reads as another part of speech.

The model knows the present and the passé composé of common verbs well, but a simple future or a
conditional ("bombardera", "critiquera", "armeraient") is often tagged an adjective, a proper noun
or a verb hung on its subject as a modifier ("La Turquie critiquera la Syrie": "critiquera" an
adjective at the root, "la Syrie" its modifier; "La Turquie bombarderait la Syrie": the verb the
subject of "Syrie"). The ending says the tense and the verb: "-era", "-eront", "-erait",
"-eraient" are of a verb in -er, "-ira"… of a verb in -ir.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import has_feature, reported_clause_governor

# Endings of the future and the conditional (third person), longest first, with their mood and
# tense features and number.
ENDINGS = (
    ("raient", "Mood=Cnd|Tense=Pres", "Plur"),
    ("rait", "Mood=Cnd|Tense=Pres", "Sing"),
    ("ront", "Mood=Ind|Tense=Fut", "Plur"),
    ("ra", "Mood=Ind|Tense=Fut", "Sing"),
)
# Labels under which the parser hangs such a form on its subject or its object, or makes it the
# root of a sentence with no verb.
MISREAD_LABELS = {"amod", "nmod", "acl", "flat:name", "appos", "dep", "nsubj", "expl:subj", "ROOT"}
# Labels under which the object after the form is read (as the subject of a verbless root, a
# modifier or a second subject).
OBJECT_LABELS = {"nmod", "nsubj", "obj", "appos", "flat:name", "dep", "ROOT", "conj", "xcomp", "advmod"}


def _ending(form: str) -> tuple[str, str, str] | None:
    for ending, features, number in ENDINGS:
        stem = form[: -len(ending)]
        # "-erait" of a verb in -er, "-irait" of a verb in -ir; "-drait" ("soutiendrait") too.
        if form.endswith(ending) and len(stem) >= 4 and stem[-1] in ("e", "i", "d"):
            return ending, features, number
    return None


def _lemma(token: Token, ending: str) -> str | None:
    """The infinitive: the tagger's lemma when it gave a verb's, else from the stem ("critiquera"
    -> "critiquer", "envahira" -> "envahir")."""
    lemma = token.lemma_.lower()
    if lemma != token.lower_ and lemma.endswith(("er", "ir", "re")):
        return lemma
    stem = token.lower_[: -len(ending)]
    return stem + "r" if stem[-1] in ("e", "i") else None


def _subject_before(token: Token) -> Token | None:
    """The noun or name the form follows, over its adjectives and the rest of a name ("L'armée
    russe", "La Corée du Sud")."""
    if token.i == token.sent.start:
        return None
    word = token.doc[token.i - 1]
    while word.dep_ in ("amod", "flat:name", "nmod") and word.head.i < word.i and word.head.i >= token.sent.start:
        word = word.head
    if word.pos_ not in ("NOUN", "PROPN"):
        return None
    return word


def _object_after(token: Token) -> Token | None:
    """The noun phrase right after the form: a name, or the noun of an article or a number."""
    doc = token.doc
    if token.i + 1 >= token.sent.end:
        return None
    following = doc[token.i + 1]
    if following.pos_ == "PROPN":
        word = following
        while word.dep_ == "flat:name" and word.head.i < word.i and word.head.i > token.i:
            word = word.head
        return word
    if following.pos_ in ("DET", "NUM") and following.head.i > following.i and following.head.pos_ in ("NOUN", "PROPN"):
        return following.head
    return None


# Labels of a phrase the misread clause stands in for, that a clause takes as they are.
CLAUSE_LABELS = {"ROOT", "ccomp", "conj", "advcl", "acl:relcl", "parataxis", "xcomp"}


def future_read_as_other(token: Token) -> None:
    """"La Turquie critiquera la Syrie", "Pékin armera la Russie", "Les États-Unis
    bombarderaient la Syrie": a future or conditional form between a subject and its object,
    tagged an adjective, a noun or a name, or a verb hung on the subject or the object. It is the
    verb, the noun before it its subject and the noun phrase after it its object; the clause takes
    the place in the sentence of the highest of the three ("a affirmé que Pékin armera …": the
    complement clause)."""
    found = _ending(token.lower_)
    if found is None or not token.text.islower() or token.pos_ not in ("VERB", "ADJ", "PROPN", "NOUN", "AUX"):
        return
    if token.dep_ not in MISREAD_LABELS:
        return
    ending, features, number = found
    lemma = _lemma(token, ending)
    subject = _subject_before(token)
    obj = _object_after(token)
    if lemma is None or subject is None or obj is None:
        return
    if obj.dep_ not in OBJECT_LABELS or subject.dep_ not in ("nsubj", "ROOT", "nmod", "appos", "dep", "flat:name", "conj"):
        return
    if token.pos_ == "VERB" and subject.head.i == token.i and subject.dep_ == "nsubj" and obj.head.i == token.i and obj.dep_ == "obj":
        return  # read right
    # The highest of the three, under which the other two hang.
    top = next((w for w in (token, subject, obj) if all(w.i == o.i or w.is_ancestor(o) for o in (token, subject, obj))), None)
    if top is None:
        return
    head, label = top.head, top.dep_
    if label not in CLAUSE_LABELS:
        if top.head.i == top.i or head.pos_ not in ("VERB", "AUX"):
            return
        label = "ccomp"  # "La Turquie critiquera la Syrie, a indiqué le ministre"
    marks = [c for c in top.children if c.dep_ == "mark" and c.i < subject.i]
    token.pos_ = "VERB"
    token.lemma_ = lemma
    token.set_morph(f"{features}|Number={number}|Person=3|VerbForm=Fin")
    token.head = token if head.i == top.i else head
    token.dep_ = label
    # What followed the form and hung on the subject belongs to the verb ("la Syrie", the period).
    for child in list(subject.children):
        if child.i > token.i:
            child.head = token
    for mark in marks:
        mark.head = token
    subject.head = token
    subject.dep_ = "nsubj"
    obj.head = token
    obj.dep_ = "obj"
    for child in list(obj.children):
        # The period or a clause's comma, hung on an object read as the root.
        if child.dep_ == "punct" and child.i == child.sent.end - 1:
            child.head = token


# The future and the conditional of a regular verb are its infinitive (less the -e of -re) and an
# ending: "fournir" → "fourniront", "livrer" → "livrera", "prendre" → "prendrait".
STEM_ENDINGS = {
    "a": ("Mood=Ind|Tense=Fut", "Sing"),
    "ont": ("Mood=Ind|Tense=Fut", "Plur"),
    "ait": ("Mood=Cnd|Tense=Pres", "Sing"),
    "aient": ("Mood=Cnd|Tense=Pres", "Plur"),
}


# Tenses the tagger gives a future or a conditional form: the present ("fourniront") and, for a
# conditional, the imperfect whose ending it shares ("renforcerait" read as "renforçait").
MISREAD_TENSES = {"Pres", "Imp"}


def future_tagged_present(token: Token) -> None:
    """"Les États-Unis fourniront des munitions", "livreront": a future or a conditional that the
    tagger reads as a verb in the present, or a conditional it reads as an imperfect ("a indiqué
    que l'Alliance renforcerait sa présence"). Such a form is its lemma's infinitive and an ending,
    which no present or imperfect form is ("livre", "livrait" against "livrera", "livrerait")."""
    if token.pos_ != "VERB":
        return
    tenses = token.morph.get("Tense")
    if len(tenses) != 1 or tenses[0] not in MISREAD_TENSES or token.morph.get("Mood") != ["Ind"]:
        return
    lemma = token.lemma_.lower()
    if not lemma.endswith(("er", "ir", "re")):
        return
    stem = lemma[:-1] if lemma.endswith("re") else lemma
    found = STEM_ENDINGS.get(token.lower_[len(stem):]) if token.lower_.startswith(stem) else None
    if found is not None:
        features, number = found
        token.set_morph(f"{features}|Number={number}|Person=3|VerbForm=Fin")


# The verb of a scheduled act in news French: "Le ministre doit se rendre jeudi à Pékin".
SCHEDULE_VERBS = {"devoir"}
# Tenses of "devoir" that say what is scheduled ("doit", "devait" in reported speech).
SCHEDULE_TENSES = {"Pres", "Imp"}
# Labels of a time adjunct: "jeudi", "la semaine prochaine", "en mars".
TIME_LABELS = {"obl:mod", "obl", "nmod", "obl:arg", "obj"}


# Prepositions of a date ("en mars"); others set a deadline ("d'ici vendredi", "avant lundi"),
# which is what a demand has.
DATE_CASES = {"en"}


def _date_word(word: Token, time_words: frozenset[str]) -> bool:
    """A time word that dates: bare or after "en", not after another preposition or adverb
    ("d'ici vendredi", which the parser may leave apart from the word)."""
    if word.lower_ not in time_words or any(g.dep_ in ("case", "fixed") and g.lower_ not in DATE_CASES for g in word.children):
        return False
    start = word.left_edge.i
    before = word.doc[start - 1] if start > 0 else None
    return before is None or before.pos_ not in ("ADP", "ADV") or before.lower_ in DATE_CASES


def _time_adjunct(verb: Token, time_words: frozenset[str]) -> bool:
    return any(c.dep_ in TIME_LABELS and _date_word(c, time_words) for c in verb.children)


def scheduled_act_read_as_obligation(token: Token, time_words: frozenset[str]) -> None:
    """"Le ministre doit se rendre jeudi à Pékin", "doit s'entretenir mardi avec …": "devoir"
    with an infinitive dated by a time adjunct is a scheduled act, not an obligation ("L'Iran doit
    libérer les otages" stays one). The infinitive becomes the clause's verb, in the future, with
    "devoir" as its auxiliary and the words that hung on "devoir" (subject, punctuation, marks)."""
    verb = next((c for c in token.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > token.i), None)
    if (
        token.lemma_ not in SCHEDULE_VERBS
        or token.pos_ not in ("VERB", "AUX")
        or not has_feature(token, "VerbForm", "Fin")
        or not any(t in SCHEDULE_TENSES for t in token.morph.get("Tense"))
        or verb is None
        or not has_feature(verb, "VerbForm", "Inf")
        or not (_time_adjunct(verb, time_words) or _time_adjunct(token, time_words))
    ):
        return
    head, label = token.head, token.dep_
    verb.head = verb if head.i == token.i else head
    verb.dep_ = label
    token.head = verb
    token.dep_ = "aux"
    for child in list(token.children):
        child.head = verb
    number = "Plur" if has_feature(token, "Number", "Plur") else "Sing"
    verb.set_morph(f"Mood=Ind|Number={number}|Person=3|Tense=Fut|VerbForm=Fin")


def future_in_reported_past(verb: Token, reporting_verbs: frozenset[str], conditional_markers: frozenset[str]) -> bool:
    """"Le Tchad a annoncé qu'il enverrait des troupes", "affirmait qu'elle accorderait un
    prêt": a conditional in what a past reporting verb reports is the future of that past (the
    reported "enverra"), as English "said it would". Also for a verb coordinated in that clause.
    Not with a "si" clause of its own ("a dit qu'il viendrait si …": conditional)."""
    if not has_feature(verb, "Mood", "Cnd"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in conditional_markers for a in verb.children if a.dep_ == "advcl" for c in a.children):
        return False
    governor = reported_clause_governor(verb)
    if governor is None or governor.lemma_.lower() not in reporting_verbs:
        return False
    # Past: a passé composé (a participle with its auxiliary), an imparfait or a passé simple.
    tenses = governor.morph.get("Tense")
    return "Imp" in tenses or ("Past" in tenses and (not has_feature(governor, "VerbForm", "Part") or any(c.dep_.startswith("aux") for c in governor.children)))
