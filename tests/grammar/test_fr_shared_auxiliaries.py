"""French: a participle sharing the auxiliary of the verb before it, read as a conjunct of a word in
that verb's complement (grammar/fr_clauses.py: participle_conjunct_read_below_verb); a present
participle after an object clitic tagged a noun (grammar/fr_forms.py:
participle_after_clitic_read_as_noun); a bare name after an opening phrase read as its noun's
complement (grammar/fr_participles.py). Sentences written for these tests; misparses built as rows,
with decoys that must stay as they are."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.fr_clauses import participle_conjunct_read_below_verb
from diurna.grammar.fr_participles import subject_read_into_opening_phrase

from ..events.support import code, pairs
from .support import parsed, word

PAST = "Tense=Past|VerbForm=Part"
FINITE = "Mood=Ind|Tense=Pres|VerbForm=Fin"
INFINITIVE = "VerbForm=Inf"


def _doc(coder, rows):
    words, pos, heads, deps, morphs = zip(*rows)
    return Doc(coder.pipelines.get("fr").vocab, words=list(words), pos=list(pos), heads=list(heads), deps=list(deps), morphs=list(morphs))


def test_a_second_participle_hung_on_an_infinitive_is_the_main_verb_conjunct(coder):
    text = "Le président kényan a exhorté l'Éthiopie à retirer ses troupes et appelé l'Érythrée à respecter la trêve."
    doc = parsed(coder, text, "fr")
    assert word(doc, "appelé").head.text == "exhorté"
    assert ("KEN", "02", "ERI") in pairs(code(coder, text, "fr"))


# "Le Niger a accusé la France de soutenir les rebelles et exigé son départ .": "exigé" hung on
# the infinitive "soutenir".
INFINITIVE_ROWS = [
    ("Le", "DET", 1, "det", ""), ("Niger", "PROPN", 3, "nsubj", ""), ("a", "AUX", 3, "aux:tense", FINITE),
    ("accusé", "VERB", 3, "ROOT", PAST), ("la", "DET", 5, "det", ""), ("France", "PROPN", 3, "obj", ""),
    ("de", "ADP", 7, "mark", ""), ("soutenir", "VERB", 3, "xcomp", INFINITIVE), ("les", "DET", 9, "det", ""),
    ("rebelles", "NOUN", 7, "obj", ""), ("et", "CCONJ", 11, "cc", ""), ("exigé", "VERB", 7, "conj", PAST),
    ("son", "DET", 13, "det", ""), ("départ", "NOUN", 11, "obj", ""), (".", "PUNCT", 3, "punct", ""),
]


def test_a_participle_with_an_object_after_an_infinitive_shares_the_auxiliary(coder):
    doc = _doc(coder, INFINITIVE_ROWS)
    participle_conjunct_read_below_verb(doc[11])
    assert doc[11].head.text == "accusé"


def test_a_participle_coordinated_with_a_participle_stays(coder):
    # Decoy: "blessés et évacués": two participles of the same phrase.
    rows = [
        ("Les", "DET", 1, "det", ""), ("soldats", "NOUN", 3, "nsubj", ""), ("ont", "AUX", 3, "aux:tense", FINITE),
        ("quitté", "VERB", 3, "ROOT", PAST), ("les", "DET", 5, "det", ""), ("civils", "NOUN", 3, "obj", ""),
        ("blessés", "VERB", 5, "acl", PAST), ("et", "CCONJ", 8, "cc", ""), ("évacués", "VERB", 6, "conj", PAST),
        ("vers", "ADP", 10, "case", ""), ("Goma", "PROPN", 8, "obl:arg", ""),
    ]
    doc = _doc(coder, rows)
    participle_conjunct_read_below_verb(doc[8])
    assert doc[8].head.text == "blessés"


def test_a_present_participle_after_leur_is_a_verb(coder):
    text = "Lundi, Paris a suspendu sa coopération avec les autorités maliennes, leur reprochant de retarder les élections."
    doc = parsed(coder, text, "fr")
    reproach = word(doc, "reprochant")
    assert reproach.pos_ == "VERB" and reproach.lemma_ == "reprocher" and word(doc, "leur").dep_ == "iobj"
    assert ("FRA", "11", "MLI") in pairs(code(coder, text, "fr"))


def test_a_possessive_before_a_noun_in_ant_stays(coder):
    # Decoy: "leur commandant": a noun in -ant after a possessive, no verb.
    doc = parsed(coder, "Lundi, l'armée a arrêté les rebelles, leur commandant et deux officiers.", "fr")
    assert word(doc, "commandant").pos_ != "VERB"


# "Après deux mois de pourparlers , Luanda et Kinshasa ont signé un accord .": the name after the
# comma read as a complement of "mois", with no article.
OPENING_ROWS = [
    ("Après", "ADP", 2, "case", ""), ("deux", "NUM", 2, "nummod", ""), ("mois", "NOUN", 11, "obl:mod", ""),
    ("de", "ADP", 4, "case", ""), ("pourparlers", "NOUN", 2, "nmod", ""), (",", "PUNCT", 2, "punct", ""),
    ("Luanda", "PROPN", 2, "nmod", ""), ("et", "CCONJ", 8, "cc", ""), ("Kinshasa", "PROPN", 6, "conj", ""),
    ("ont", "AUX", 11, "aux:tense", FINITE), ("ainsi", "ADV", 11, "advmod", ""), ("signé", "VERB", 11, "ROOT", PAST),
    ("un", "DET", 13, "det", ""), ("accord", "NOUN", 11, "obj", ""), (".", "PUNCT", 11, "punct", ""),
]


def test_a_bare_name_after_an_opening_phrase_is_the_subject(coder):
    doc = _doc(coder, OPENING_ROWS)
    subject_read_into_opening_phrase(doc[11])
    assert doc[6].dep_ == "nsubj" and doc[6].head.text == "signé"
    assert doc[8].head.text == "Luanda"
