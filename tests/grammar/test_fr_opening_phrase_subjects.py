"""French: the subject read into an opening phrase as a pair of conjuncts or as an apposition of
its place name, and an opening participle read as an oblique (grammar/fr_participles.py:
subject_read_into_opening_phrase, opening_participle_read_as_adjunct). Sentences written for these
tests; misparses built as rows, with decoys that must stay as they are."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.fr_participles import opening_participle_read_as_adjunct, subject_read_into_opening_phrase

from ..events.support import DAY, pairs

PAST = "Tense=Past|VerbForm=Part"
FINITE = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _doc(coder, rows):
    words, pos, heads, deps, morphs = zip(*rows)
    return Doc(
        coder.pipelines.get("fr").vocab, words=list(words), pos=list(pos), heads=list(heads), deps=list(deps), morphs=list(morphs),
    )


# "Sous l' égide du Qatar , le Tchad et le Soudan ont signé un accord .": both conjuncts of the
# subject read as conjuncts of "Qatar".
AUSPICES_ROWS = [
    ("Sous", "ADP", 2, "case", ""), ("l'", "DET", 2, "det", ""), ("égide", "NOUN", 13, "obl:mod", ""),
    ("du", "ADP", 4, "case", ""), ("Qatar", "PROPN", 2, "nmod", ""), (",", "PUNCT", 7, "punct", ""),
    ("le", "DET", 7, "det", ""), ("Tchad", "PROPN", 4, "conj", ""), ("et", "CCONJ", 10, "cc", ""),
    ("le", "DET", 10, "det", ""), ("Soudan", "PROPN", 4, "conj", ""), ("ont", "AUX", 13, "aux:tense", FINITE),
    ("ainsi", "ADV", 13, "advmod", ""), ("signé", "VERB", 13, "ROOT", PAST), ("un", "DET", 15, "det", ""),
    ("accord", "NOUN", 13, "obj", ""), (".", "PUNCT", 13, "punct", ""),
]

# "En visite à Dakar , le président tchadien a salué l' accord .": the subject read as an
# apposition of the place name.
VISIT_ROWS = [
    ("En", "ADP", 1, "case", ""), ("visite", "NOUN", 10, "obl:mod", ""), ("à", "ADP", 3, "case", ""),
    ("Dakar", "PROPN", 1, "nmod", ""), (",", "PUNCT", 3, "punct", ""), ("le", "DET", 6, "det", ""),
    ("président", "NOUN", 3, "appos", ""), ("tchadien", "ADJ", 6, "amod", ""), ("a", "AUX", 10, "aux:tense", FINITE),
    ("ainsi", "ADV", 10, "advmod", ""), ("salué", "VERB", 10, "ROOT", PAST), ("l'", "DET", 12, "det", ""),
    ("accord", "NOUN", 10, "obj", ""), (".", "PUNCT", 10, "punct", ""),
]


def test_a_coordinated_subject_read_into_the_opening_phrase_is_the_verbs(coder):
    doc = _doc(coder, AUSPICES_ROWS)
    subject_read_into_opening_phrase(doc[13])
    assert doc[7].head.text == "signé" and doc[7].dep_ == "nsubj"
    assert doc[10].head.text == "Tchad" and doc[10].dep_ == "conj"


def test_a_subject_read_as_apposition_of_the_place_is_the_verbs(coder):
    doc = _doc(coder, VISIT_ROWS)
    subject_read_into_opening_phrase(doc[10])
    assert doc[6].head.text == "salué" and doc[6].dep_ == "nsubj"


def test_an_apposition_without_its_own_article_stays(coder):
    # Decoy: "En visite à Dakar , capitale du Sénégal , ...": no article after the comma.
    rows = list(VISIT_ROWS)
    rows[5] = ("ici", "ADV", 10, "advmod", "")
    doc = _doc(coder, rows)
    subject_read_into_opening_phrase(doc[10])
    assert doc[6].head.text == "Dakar"


def test_an_opening_participle_read_as_an_oblique_is_an_adverbial_clause(coder):
    # "Réunis jeudi à Dakar , les ministres ont signé un accord .", "Réunis" an oblique of "signé".
    rows = [
        ("Réunis", "VERB", 8, "obl:mod", PAST), ("jeudi", "NOUN", 0, "nmod", ""), ("à", "ADP", 3, "case", ""),
        ("Dakar", "PROPN", 0, "obl:mod", ""), (",", "PUNCT", 0, "punct", ""), ("les", "DET", 6, "det", ""),
        ("ministres", "NOUN", 8, "nsubj", ""), ("ont", "AUX", 8, "aux:tense", FINITE), ("signé", "VERB", 8, "ROOT", PAST),
        ("un", "DET", 10, "det", ""), ("accord", "NOUN", 8, "obj", ""), (".", "PUNCT", 8, "punct", ""),
    ]
    doc = _doc(coder, rows)
    doc[0].lemma_ = "réunir"
    opening_participle_read_as_adjunct(doc[0])
    assert doc[0].dep_ == "advcl"
    # Decoy: a noun opening the sentence ("Samedi dernier , …") is no participle.
    rows[0] = ("Samedi", "NOUN", 8, "obl:mod", "")
    doc = _doc(coder, rows)
    opening_participle_read_as_adjunct(doc[0])
    assert doc[0].dep_ == "obl:mod"


def test_two_countries_agreeing_under_a_third_ones_auspices_are_coded(coder):
    result = coder.code_text(
        "Sous l'égide du président kényan William Ruto, le Soudan et le Tchad ont signé jeudi à Nairobi un accord de sécurité.",
        date=DAY, lang="fr",
    )
    assert ("SDN", "05", "TCD") in pairs(result.events)
