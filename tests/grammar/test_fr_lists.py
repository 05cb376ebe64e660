"""Lists of names that fr_core_news_md misreads (grammar/fr_lists.py, fr_objects.py, fr_clauses.py):
every member of a list fills the slot its first member fills. The hand-built parses copy the
misreadings the parser was seen to make; the coded sentences are written here."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar import conjuncts
from diurna.grammar.fr_lists import (
    adjective_conjunct_read_above, conjunct_read_as_modifier, conjunct_read_on_other_phrase, first_member_left_out,
    list_read_as_apposition,
)
from diurna.grammar.fr_objects import conjunct_read_on_verb

from ..events.support import code, pairs


def _doc(coder, rows, ents=None):
    """``rows``: (word, part of speech, label, head index) per token."""
    words, pos, deps, heads = zip(*rows)
    return Doc(
        coder.pipelines.get("fr").vocab, words=list(words), pos=list(pos), deps=list(deps), heads=list(heads),
        ents=ents,
    )


def _members(doc, i):
    return [t.text for t in conjuncts(doc[i])]


# "… visée par la Suède, la Norvège, le Danemark et la Finlande, …": the second member read as the
# first one's apposition, the others as the second one's conjuncts.
APPOSED_LIST = [
    ("visée", "VERB", "ROOT", 0),
    ("par", "ADP", "case", 3), ("la", "DET", "det", 3), ("Suède", "PROPN", "obl:agent", 0),
    (",", "PUNCT", "punct", 3),
    ("la", "DET", "det", 6), ("Norvège", "PROPN", "appos", 3),
    (",", "PUNCT", "punct", 9),
    ("le", "DET", "det", 9), ("Danemark", "PROPN", "conj", 6),
    ("et", "CCONJ", "cc", 12), ("la", "DET", "det", 12), ("Finlande", "PROPN", "conj", 6),
]
APPOSED_ENTS = ["O", "O", "O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC"]


def test_a_list_read_as_an_apposition_is_one_list(coder):
    doc = _doc(coder, APPOSED_LIST, APPOSED_ENTS)
    assert _members(doc, 3) == ["Suède"]
    list_read_as_apposition(doc[6])
    assert sorted(_members(doc, 3)) == ["Danemark", "Finlande", "Norvège", "Suède"]


def test_an_apposition_that_names_its_noun_again_stays_one(coder):
    # "le chef de la junte, Assimi Goïta, et …": a common noun first, so no list of names.
    rows = [
        ("reçu", "VERB", "ROOT", 0), ("le", "DET", "det", 2), ("chef", "NOUN", "obj", 0),
        (",", "PUNCT", "punct", 4), ("Assimi", "PROPN", "appos", 2), ("Goïta", "PROPN", "flat:name", 4),
        (",", "PUNCT", "punct", 8), ("et", "CCONJ", "cc", 8), ("Paris", "PROPN", "conj", 4),
    ]
    doc = _doc(coder, rows, ["O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC"])
    list_read_as_apposition(doc[4])
    assert doc[4].dep_ == "appos"


def test_a_second_name_read_as_a_modifier_after_a_comma_is_a_member(coder):
    # "Varsovie, Abou Dhabi/nmod, Ankara et Le Caire": the list goes on below the first member.
    rows = [
        ("Varsovie", "PROPN", "nsubj", 10), (",", "PUNCT", "punct", 0), ("Abou", "PROPN", "nmod", 0),
        ("Dhabi", "PROPN", "flat:name", 2), (",", "PUNCT", "punct", 5), ("Ankara", "PROPN", "conj", 0),
        ("et", "CCONJ", "cc", 8), ("Le", "DET", "det", 8), ("Caire", "PROPN", "conj", 0),
        ("ont", "AUX", "aux:tense", 10), ("rompu", "VERB", "ROOT", 10),
    ]
    doc = _doc(coder, rows, ["B-LOC", "O", "B-LOC", "I-LOC", "O", "B-LOC", "O", "B-LOC", "I-LOC", "O", "O"])
    list_read_as_apposition(doc[2])
    assert sorted(_members(doc, 0)) == ["Abou", "Ankara", "Caire", "Varsovie"]


def test_a_name_after_et_read_as_a_modifier_is_a_conjunct(coder):
    # "par la Belgique et/cc>les les Pays-Bas/nmod>Belgique"
    rows = [
        ("livrés", "VERB", "ROOT", 0), ("par", "ADP", "case", 3), ("la", "DET", "det", 3),
        ("Belgique", "PROPN", "obl:agent", 0), ("et", "CCONJ", "cc", 5), ("les", "DET", "det", 6),
        ("Pays-Bas", "PROPN", "nmod", 3),
    ]
    doc = _doc(coder, rows, ["O", "O", "O", "B-LOC", "O", "O", "B-LOC"])
    conjunct_read_as_modifier(doc[6])
    assert _members(doc, 3) == ["Belgique", "Pays-Bas"] and doc[4].head.i == 6


def test_a_name_with_its_own_preposition_is_left_as_read(coder):
    # "l'ambassadeur de la Belgique et de Malte": a phrase of its own, no bare name to relabel.
    rows = [
        ("ambassadeur", "NOUN", "ROOT", 0), ("de", "ADP", "case", 3), ("la", "DET", "det", 3),
        ("Belgique", "PROPN", "nmod", 0), ("et", "CCONJ", "cc", 6), ("de", "ADP", "case", 6),
        ("Malte", "PROPN", "nmod", 3),
    ]
    doc = _doc(coder, rows, ["O", "O", "O", "B-LOC", "O", "O", "B-LOC"])
    conjunct_read_as_modifier(doc[6])
    assert doc[6].dep_ == "nmod"


def test_a_conjunct_repeating_its_preposition_joins_the_phrase_of_that_preposition(coder):
    # "l'appui de la France à la stabilité et à/conj>France la souveraineté du Liban"
    rows = [
        ("appui", "NOUN", "ROOT", 0), ("de", "ADP", "case", 3), ("la", "DET", "det", 3),
        ("France", "PROPN", "nmod", 0), ("à", "ADP", "case", 6), ("la", "DET", "det", 6),
        ("stabilité", "NOUN", "nmod", 3), ("et", "CCONJ", "cc", 10), ("à", "ADP", "case", 10),
        ("la", "DET", "det", 10), ("souveraineté", "NOUN", "conj", 3),
    ]
    doc = _doc(coder, rows)
    conjunct_read_on_other_phrase(doc[10])
    assert doc[10].head.i == 6 and _members(doc, 3) == ["France"]


def test_objects_listed_with_commas_read_as_conjuncts_of_the_verb_are_the_objects(coder):
    # "a exhorté le Niger, le Tchad/conj>exhorté et le Mali/conj>Tchad à …"
    rows = [
        ("exhorté", "VERB", "ROOT", 0), ("le", "DET", "det", 2), ("Niger", "PROPN", "obj", 0),
        (",", "PUNCT", "punct", 5), ("le", "DET", "det", 5), ("Tchad", "PROPN", "conj", 0),
        ("et", "CCONJ", "cc", 8), ("le", "DET", "det", 8), ("Mali", "PROPN", "conj", 5),
    ]
    doc = _doc(coder, rows)
    conjunct_read_on_verb(doc[0])
    assert sorted(_members(doc, 2)) == ["Mali", "Niger", "Tchad"]


def test_a_clause_after_a_comma_with_no_conjunction_stays_apart(coder):
    # "a condamné l'opposant, la peine/conj>condamné la plus lourde": no list goes on to "et".
    rows = [
        ("condamné", "VERB", "ROOT", 0), ("l'", "DET", "det", 2), ("opposant", "NOUN", "obj", 0),
        (",", "PUNCT", "punct", 5), ("la", "DET", "det", 5), ("peine", "NOUN", "conj", 0),
    ]
    doc = _doc(coder, rows)
    conjunct_read_on_verb(doc[0])
    assert doc[5].head.i == 0


def test_a_listed_subject_whose_last_name_is_read_as_a_pronoun(coder):
    # "Oslo" tagged a pronoun, the subject of a verb coordinated with the first name: each city acts.
    events = code(coder, "Athènes, Nicosie et Oslo ont dénoncé mardi les forages turcs.", "fr")
    assert {("GRC", "11", "TUR"), ("CYP", "11", "TUR"), ("NOR", "11", "TUR")} <= pairs(events)


def test_a_listed_subject_with_a_name_read_as_a_modifier(coder):
    events = code(coder, "Varsovie, Abou Dhabi, Ankara et Le Caire ont rompu jeudi leurs relations avec Téhéran.", "fr")
    assert {("POL", "16", "IRN"), ("ARE", "16", "IRN"), ("TUR", "16", "IRN"), ("EGY", "16", "IRN")} <= pairs(events)


# "L'Arabie saoudite, les Émirats, Bahreïn et l'Égypte ont rompu …": the first name read as the root,
# the verb as a relative clause on it, the second name as the verb's subject.
FIRST_LEFT_OUT = [
    ("L'", "DET", "det", 1), ("Arabie", "PROPN", "ROOT", 1), ("saoudite", "ADJ", "amod", 1),
    (",", "PUNCT", "punct", 1), ("les", "DET", "det", 5), ("Émirats", "NOUN", "nsubj", 10),
    (",", "PUNCT", "punct", 7), ("Bahreïn", "PROPN", "conj", 5),
    ("et", "CCONJ", "cc", 9), ("Égypte", "PROPN", "conj", 5),
    ("rompu", "VERB", "acl:relcl", 1),
]
FIRST_LEFT_OUT_ENTS = ["O", "B-LOC", "I-LOC", "O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O"]


def test_a_subject_list_whose_first_name_is_left_out_takes_it_back(coder):
    doc = _doc(coder, FIRST_LEFT_OUT, FIRST_LEFT_OUT_ENTS)
    first_member_left_out(doc[5])
    assert doc[1].dep_ == "nsubj" and doc[1].head.i == 10
    assert doc[10].dep_ == "ROOT"
    assert sorted(_members(doc, 1)) == ["Arabie", "Bahreïn", "Égypte", "Émirats"]


def test_a_place_before_a_subject_list_stays_an_adjunct(coder):
    # Decoy: "à Paris, la France et l'Allemagne …": the name before the comma has its preposition.
    rows = [
        ("à", "ADP", "case", 1), ("Paris", "PROPN", "obl:mod", 8), (",", "PUNCT", "punct", 1),
        ("la", "DET", "det", 4), ("France", "PROPN", "nsubj", 8),
        ("et", "CCONJ", "cc", 7), ("l'", "DET", "det", 7), ("Allemagne", "PROPN", "conj", 4),
        ("condamné", "VERB", "ROOT", 8),
    ]
    doc = _doc(coder, rows, ["O", "B-LOC", "O", "O", "B-LOC", "O", "O", "B-LOC", "O"])
    first_member_left_out(doc[4])
    assert doc[1].dep_ == "obl:mod" and doc[4].dep_ == "nsubj"


def test_a_subject_list_of_four_states_each_acts(coder):
    # The parser hangs "la Norvège, les Pays-Bas" on the verb as an adjunct, "la Suède et le
    # Danemark" as its subject: all four suspend their aid.
    events = code(coder, "La Norvège, les Pays-Bas, la Suède et le Danemark ont annoncé mardi qu'ils suspendaient leur aide au Mali.", "fr")
    assert {("NOR", "16", "MLI"), ("NLD", "16", "MLI"), ("SWE", "16", "MLI"), ("DNK", "16", "MLI")} <= pairs(events)


def test_an_adjective_after_et_hung_on_the_amount_qualifies_the_counted_noun(coder):
    # "des milliers d'agriculteurs belges et français/conj>milliers": the second adjective is the first's conjunct.
    rows = [
        ("Des", "DET", "det", 1), ("milliers", "NOUN", "nsubj", 7), ("d'", "ADP", "case", 3),
        ("agriculteurs", "NOUN", "nmod", 1), ("belges", "ADJ", "amod", 3), ("et", "CCONJ", "cc", 6),
        ("français", "ADJ", "conj", 1), ("manifesté", "VERB", "ROOT", 7),
    ]
    doc = _doc(coder, rows)
    adjective_conjunct_read_above(doc[6])
    assert doc[6].head.i == 4 and doc[5].head.i == 6


def test_an_adjective_conjunct_of_its_own_noun_is_left_as_read(coder):
    # Decoy: "des soldats blessés et des civils tués": the adjective after "et" has its own noun.
    rows = [
        ("des", "DET", "det", 1), ("soldats", "NOUN", "obj", 7), ("blessés", "ADJ", "amod", 1),
        ("et", "CCONJ", "cc", 5), ("des", "DET", "det", 5), ("civils", "NOUN", "conj", 1),
        ("tués", "ADJ", "amod", 5), ("compté", "VERB", "ROOT", 7),
    ]
    doc = _doc(coder, rows)
    adjective_conjunct_read_above(doc[6])
    assert doc[6].head.i == 5


def test_counted_people_of_two_nationalities_each_act(coder):
    events = code(coder, "Des centaines de pêcheurs espagnols et portugais ont bloqué lundi le port de Vigo.", "fr")
    assert {("ESP", "14"), ("PRT", "14")} <= {(s, r) for s, r, _ in pairs(events)}
