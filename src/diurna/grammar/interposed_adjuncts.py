"""Objects told after a run of adjuncts, for every verb and both languages.

"Kenya condemned as reckless on Tuesday threats by …", "rejected on Monday Bolivia's request",
"ont enlevé samedi avant l'aube quarante villageois", "ont pris d'assaut jeudi, peu avant l'aube, le
palais", "ont passé à tabac mercredi à Conakry plusieurs militants": when time, place or manner
adjuncts stand between a verb and its object, both parsers read the noun phrase after them as part
of the last adjunct ("Monday/compound > request/pobj > on", "le palais/appos > aube"), so the
verb has no object. When a verb with no object is followed by nothing but such adjuncts and then a
bare noun phrase, that phrase is the verb's object (its conjuncts follow it) and each adjunct hangs
on the verb. The adjunct words are the language's data (``lang/*.toml``, ``interposed_*``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..knowledge.language_profile import LanguageProfile


@dataclass(frozen=True)
class AdjunctRun:
    """What may stand between a verb and its object, and the labels of a language's parser."""

    time_words: frozenset[str]  # weekdays, relative days, parts of the day ("vendredi", "Friday", "aube")
    months: frozenset[str]
    time_prepositions: frozenset[str]  # + a time word or a date ("on Friday", "avant l'aube")
    place_prepositions: frozenset[str]  # + a name ("à Kampala", "in Kabul")
    court_prepositions: frozenset[str]  # + any noun phrase ("devant la CIJ")
    predicate_prepositions: frozenset[str]  # + an adjective ("as irresponsible")
    degree_adverbs: frozenset[str]  # before a time adjunct ("peu après minuit", "shortly after")
    period_words: frozenset[str]  # spans of time, never the object after the run ("last week", "la semaine dernière")
    idiom_prepositions: frozenset[str]  # of a verbal idiom's bare noun ("pris d'assaut", "passé à tabac")
    object_label: str  # "dobj", "obj"
    time_label: str  # a bare time word on the verb ("npadvmod", "obl:mod")
    preposition_label: str  # the preposition, on the verb ("prep") or on its noun ("case")
    preposition_object_label: str  # the noun, on the preposition ("pobj") or on the verb ("obl:mod")
    blocking_labels: frozenset[str]  # what a verb with an object or a clause has already


# Each parser's labels: ClearNLP (English), Universal Dependencies (French).
CLEARNLP_LABELS = {
    "object_label": "dobj", "time_label": "npadvmod", "preposition_label": "prep", "preposition_object_label": "pobj",
    "blocking_labels": frozenset({"dobj", "nsubjpass", "ccomp", "xcomp", "dative", "attr", "oprd"}),
}
UD_LABELS = {
    "object_label": "obj", "time_label": "obl:mod", "preposition_label": "case", "preposition_object_label": "obl:mod",
    "blocking_labels": frozenset({"obj", "nsubj:pass", "ccomp", "xcomp", "iobj"}),
}


def adjunct_run(profile: LanguageProfile, labels: dict) -> AdjunctRun:
    """The run of a language, from its profile's data and its parser's ``labels``."""
    return AdjunctRun(
        time_words=frozenset(profile.weekdays) | frozenset(profile.relative_days) | profile.interposed_time_words,
        months=frozenset(profile.months),
        time_prepositions=profile.interposed_time_prepositions,
        place_prepositions=profile.interposed_place_prepositions,
        court_prepositions=profile.interposed_court_prepositions,
        predicate_prepositions=profile.interposed_predicate_prepositions,
        degree_adverbs=profile.interposed_degree_adverbs,
        period_words=profile.time_nouns | profile.time_point_nouns | profile.interposed_period_words,
        idiom_prepositions=profile.interposed_idiom_prepositions,
        **labels,
    )


NOUN_PHRASE_STARTS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADJ"})
NOUN_PHRASE_WORDS = frozenset({"DET", "NUM", "PROPN", "NOUN", "ADJ", "PART"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# Links of the words after the object's phrase that belong to that phrase.
PHRASE_LINKS = frozenset({
    "conj", "cc", "appos", "relcl", "acl:relcl", "amod", "nummod", "det", "flat", "flat:name", "compound", "poss", "case",
})
CONJUNCT_LINKS = frozenset({"conj", "cc", "relcl", "acl:relcl"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})


def _is_time(token: Token, run: AdjunctRun) -> bool:
    return token.lower_ in run.time_words or token.lower_ in run.months


def _name_end(doc: Doc, i: int, end: int) -> int:
    """The end of the run of names starting at ``i`` (``i`` when there is none); a capitalised noun
    is a name the tagger missed ("à Conakry/NOUN")."""
    while i < end and (doc[i].pos_ == "PROPN" or (doc[i].pos_ == "NOUN" and doc[i].is_title)):
        i += 1
    return i


def _date_end(doc: Doc, i: int, end: int, run: AdjunctRun) -> int:
    """The end of a time word or date at ``i`` ("vendredi", "Friday night", "12 mars", "March 12",
    "jeudi 3 mars 2022"), ``i`` when there is none. A number is a date's only beside a month."""
    start = i
    while i < end:
        word = doc[i]
        if _is_time(word, run):
            i += 1
        elif word.like_num and (
            (i + 1 < end and doc[i + 1].lower_ in run.months) or (i > start and doc[i - 1].lower_ in run.months)
        ):
            i += 1
        else:
            break
    return i


def _adjunct(doc: Doc, i: int, end: int, run: AdjunctRun) -> tuple[int, int | None, int] | None:
    """The adjunct at ``i``: (its preposition or -1, its head word or None for a comma, its end)."""
    word = doc[i]
    if word.pos_ == "PUNCT" and word.text == ",":
        return -1, None, i + 1
    after = _date_end(doc, i, end, run)
    if after > i:
        return -1, i, after
    if word.pos_ == "ADV" and word.lower_ in run.degree_adverbs:
        i += 1
        if i >= end:
            return None
    preposition = doc[i]
    form = preposition.lower_
    if preposition.pos_ not in ("ADP", "SCONJ"):
        return None
    j = i + 1
    if j < end and doc[j].pos_ == "DET" and doc[j].lower_ not in run.time_words:
        j += 1
    if j >= end:
        return None
    if form in run.time_prepositions:
        after = _date_end(doc, j, end, run)
        if after > j:
            return i, j, after
    if form in run.place_prepositions:
        after = _name_end(doc, j, end)
        if after > j:
            return i, j, after
    if form in run.court_prepositions and doc[j].pos_ in NOMINAL:
        return i, j, max(_name_end(doc, j, end), j + 1)
    if form in run.predicate_prepositions and doc[j].pos_ == "ADJ" and j == i + 1:
        return i, j, j + 1
    return None


def _idiom_end(verb: Token, run: AdjunctRun) -> int:
    """After the verb and the bare noun of its idiom, if any ("porté plainte", "pris d'assaut")."""
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ in run.idiom_prepositions and i + 1 < len(doc):
        noun = doc[i + 1]
        if noun.pos_ == "NOUN" and noun.head.i == verb.i and not _is_time(noun, run) and not any(c.dep_ == "det" for c in noun.children):
            return i + 2
    if i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].head.i == verb.i and not _is_time(doc[i], run) and not list(doc[i].children):
        return i + 1
    return i


def object_after_adjunct_run(verb: Token, run: AdjunctRun, unaccusative: frozenset[str]) -> None:
    """Give ``verb`` the bare noun phrase told after its run of adjuncts as its object (see the module)."""
    if verb.pos_ != "VERB" or verb.head.i > verb.i:
        return
    doc = verb.doc
    end = verb.sent.end
    start = _idiom_end(verb, run)
    if start >= end or not (_is_time(doc[start], run) or doc[start].pos_ in ("ADP", "ADV", "SCONJ")):
        return  # cheap: most verbs are followed by their object or by a plain complement
    idiom = range(verb.i + 1, start)
    if not idiom and verb.lemma_ in unaccusative:
        return  # "est passé lundi à Kampala"; an idiom's verb takes an object ("passé à tabac")
    # An object already given (by a repair before) leaves the adjuncts and its conjuncts to mend
    # ("a exhorté lundi l'Algérie et la Mauritanie/conj>lundi").
    given = [c for c in verb.children if c.dep_ in run.blocking_labels and c.i not in idiom]
    if len(given) > 1 or (given and (given[0].i < start or given[0].dep_ != run.object_label)):
        return
    if any(c.dep_ in SUBJECT_LABELS and c.i > verb.i for c in verb.children):
        return  # an inverted subject ("ont été tués mardi trois soldats")
    adjuncts: list[tuple[int, int | None, int]] = []
    i = start
    while i < end:
        adjunct = _adjunct(doc, i, end, run)
        if adjunct is None:
            break
        adjuncts.append(adjunct)
        i = adjunct[2]
    if not any(word is not None for _, word, _ in adjuncts) or i >= end or doc[i].pos_ not in NOUN_PHRASE_STARTS:
        return
    if sum(word is None for _, word, _ in adjuncts) % 2:
        return  # "landed in Lima on Monday, the first stop of …": an apposition after a comma; paired commas enclose an adjunct
    last = next(a for a in reversed(adjuncts) if a[1] is not None)
    if last[0] >= 0 and doc[last[0]].lower_ in run.predicate_prepositions:
        return  # "quit as Bolivian president": the adjective is the noun's
    phrase_start = i
    while i < end and doc[i].pos_ in NOUN_PHRASE_WORDS and doc[i].dep_ != "cc":
        i += 1
    core = range(phrase_start, i)
    tops = [doc[k] for k in core if doc[k].head.i not in core or doc[k].head.i == k]
    nominal = [t for t in tops if t.pos_ in NOMINAL or t.pos_ == "ADJ"]
    if not nominal or _is_time(nominal[-1], run) or nominal[-1].lemma_.lower() in run.period_words or nominal[-1].dep_ == "npadvmod":
        return  # "made in Riyadh last week": a span of time is no object
    if any(doc[k].dep_ in SUBJECT_LABELS for k in core) or (i < end and doc[i].pos_ in ("AUX", "VERB") and doc[i].dep_ != "amod"):
        return  # the subject of a clause ("said on Friday the talks had failed")
    if any(start <= a.i < i for a in verb.ancestors):
        return  # the verb hangs below its own adjuncts: a parse too broken to mend here
    head = nominal[-1]
    if given and given[0].i != head.i:
        return
    moved = range(start, i)
    # Words after the phrase that hung on an adjunct: a relative clause or a complement of the
    # phrase, or a purpose clause of the verb. Read before any word is moved.
    trailing = [t for t in doc[i:end] if start <= t.head.i < phrase_start and t.head.i != t.i]
    for k in moved:
        doc[k].head = verb  # first under the verb, which none of them is above: no cycle below
    head.dep_ = run.object_label
    if head.pos_ == "ADJ":
        head.pos_ = "NOUN"  # "quarante lycéennes/ADJ": the phrase's noun
    for top in tops:
        if top.i != head.i:
            top.head = head
    for k in core:
        if doc[k].head.i == verb.i and k != head.i:
            doc[k].head = head
    for preposition, word, after in adjuncts:
        if word is None:
            doc[after - 1].dep_ = "punct"
            continue
        unit_head = doc[word]
        first = preposition if preposition >= 0 else word
        if first > start and doc[first - 1].lower_ in run.degree_adverbs and doc[first - 1].pos_ == "ADV":
            first -= 1
        for k in range(first, after):
            if k not in (word, preposition):
                doc[k].head = unit_head
        if preposition < 0:
            if unit_head.dep_ not in (run.time_label, "obl:mod", "npadvmod", "obl"):
                unit_head.dep_ = run.time_label
            continue
        case = doc[preposition]
        if run.preposition_label == "prep":
            case.dep_ = "prep"
            unit_head.head, unit_head.dep_ = case, run.preposition_object_label
        else:
            case.head, case.dep_ = unit_head, "case"
            if unit_head.dep_ not in ("obl:mod", "obl:arg", "obl"):
                unit_head.dep_ = run.preposition_object_label
    for token in trailing:
        if token.dep_ in CONJUNCT_LINKS:
            token.head = head  # "et la Mauritanie", "qui couvraient …": the phrase's
        elif token.dep_ in PHRASE_LINKS:
            # "des membres du mouvement rebelle M23/appos": the noun just before's.
            token.head = next((doc[k] for k in range(token.i - 1, phrase_start - 1, -1) if doc[k].pos_ in NOMINAL), head)
        elif token.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" for c in token.children):
            token.head, token.dep_ = verb, "advcl"  # "pour contester les résultats": the verb's purpose
        elif token.pos_ in ("VERB", "AUX"):
            token.head = head  # "leurs négociations, suspendues depuis …": a participle of the phrase
        else:
            # "dans un village de …": a complement the parser gave the adjunct, not the phrase, is
            # the verb's (where the act took place).
            token.head = verb
            if token.dep_ == "nmod":
                token.dep_ = run.preposition_object_label
