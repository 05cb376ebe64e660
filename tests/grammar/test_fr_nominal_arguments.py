"""French: the patient and the agent of a noun of an act hung on the words before them
(grammar/fr_nominal_arguments.py). Sentences written for these tests; the repairs are tested on
the misparse itself (rows as the parser reads longer sentences) and through the coder, each with
a decoy that must stay as it is."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.fr_nominal_arguments import mend_nominal_arguments

from ..events.support import DAY, pairs


def _doc(coder, rows):
    words, pos, heads, deps = zip(*rows)
    return Doc(coder.pipelines.get("fr").vocab, words=list(words), pos=list(pos), heads=list(heads), deps=list(deps))


# "L' arrestation samedi à Goma de la militante par la police a choqué .": the patient hung on the
# place name, the agent on the patient.
ARREST_ROWS = [
    ("L'", "DET", 1, "det"), ("arrestation", "NOUN", 13, "nsubj"), ("samedi", "NOUN", 1, "nmod"),
    ("à", "ADP", 4, "case"), ("Goma", "PROPN", 1, "nmod"),
    ("de", "ADP", 7, "case"), ("la", "DET", 7, "det"), ("militante", "NOUN", 4, "nmod"),
    ("par", "ADP", 10, "case"), ("la", "DET", 10, "det"), ("police", "NOUN", 7, "nmod"),
    ("a", "AUX", 13, "aux:tense"), ("ainsi", "ADV", 13, "advmod"), ("choqué", "VERB", 13, "ROOT"), (".", "PUNCT", 13, "punct"),
]

# Decoy: "Les combats à la Maison de la culture ont cessé .": a capitalised place with its own
# article keeps its "de" complement.
HOUSE_ROWS = [
    ("Les", "DET", 1, "det"), ("combats", "NOUN", 10, "nsubj"), ("à", "ADP", 4, "case"), ("la", "DET", 4, "det"),
    ("Maison", "PROPN", 1, "nmod"), ("de", "ADP", 7, "case"), ("la", "DET", 7, "det"), ("culture", "NOUN", 4, "nmod"),
    ("ont", "AUX", 10, "aux:tense"), ("ainsi", "ADV", 10, "advmod"), ("cessé", "VERB", 10, "ROOT"), (".", "PUNCT", 10, "punct"),
]


def test_patient_on_a_bare_place_and_agent_on_the_patient_go_to_the_noun(coder):
    doc = _doc(coder, ARREST_ROWS)
    mend_nominal_arguments(doc)
    assert doc[7].text == "militante" and doc[7].head.text == "arrestation"
    assert doc[10].text == "police" and doc[10].head.text == "arrestation"


def test_a_complement_of_a_place_with_its_article_stays(coder):
    doc = _doc(coder, HOUSE_ROWS)
    mend_nominal_arguments(doc)
    assert doc[7].text == "culture" and doc[7].head.text == "Maison"


def test_a_par_phrase_without_article_and_the_agent_of_a_patient_act_stay(coder):
    # "la mort de la militante par balles": no article, no agent. "la condamnation de l'arrestation
    # du militant par la police": the patient has its own "de" complement (it is an act itself).
    rows = [
        ("la", "DET", 1, "det"), ("mort", "NOUN", 1, "ROOT"), ("de", "ADP", 4, "case"), ("la", "DET", 4, "det"),
        ("militante", "NOUN", 1, "nmod"), ("par", "ADP", 6, "case"), ("balles", "NOUN", 4, "nmod"),
    ]
    doc = _doc(coder, rows)
    mend_nominal_arguments(doc)
    assert doc[6].head.text == "militante"
    rows = [
        ("la", "DET", 1, "det"), ("condamnation", "NOUN", 1, "ROOT"), ("de", "ADP", 4, "case"), ("l'", "DET", 4, "det"),
        ("arrestation", "NOUN", 1, "nmod"), ("du", "ADP", 6, "case"), ("militant", "NOUN", 4, "nmod"),
        ("par", "ADP", 9, "case"), ("la", "DET", 9, "det"), ("police", "NOUN", 4, "nmod"),
    ]
    doc = _doc(coder, rows)
    mend_nominal_arguments(doc)
    assert doc[9].head.text == "arrestation"


def test_an_arrest_named_by_its_noun_takes_its_agent_and_patient(coder):
    result = coder.code_text(
        "L'arrestation mardi à Niamey du militant Issa Garba par la police nigérienne "
        "a été condamnée jeudi par Human Rights Watch.",
        date=DAY, lang="fr",
    )
    assert ("NER", "17", "NER") in pairs(result.events)
