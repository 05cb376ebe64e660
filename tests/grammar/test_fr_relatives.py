"""French relative clauses (grammar/fr_clauses.py, fr_voices.py): "que" read as a conjunction, a
participle with its own subject and "avoir" read as passive. Sentences written for these tests, each
with a decoy that must not be read so."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.fr_clauses import relative_que_read_as_conjunction
from diurna.grammar.fr_voices import acl_participle_is_passive
from .support import parsed, word


PARTICIPLE = "Tense=Past|VerbForm=Part"


FINITE = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _doc(coder, rows):
    """A doc as the parser reads it, from (word, lemma, pos, head, label, features) rows."""
    words, lemmas, pos, heads, deps, morphs = zip(*rows)
    return Doc(
        coder.pipelines.get("fr").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos),
        heads=list(heads), deps=list(deps), morphs=list(morphs),
    )


def _relative(coder, que_pos, que_dep, que_morph, last_word="critiquée", obj=False):
    # "Rome a rejeté une motion que Berlin a critiquée" with the clause hung on "motion" as acl.
    rows = [
        ("Rome", "Rome", "PROPN", 2, "nsubj", ""), ("a", "avoir", "AUX", 2, "aux:tense", FINITE),
        ("rejeté", "rejeter", "VERB", 2, "ROOT", PARTICIPLE), ("une", "un", "DET", 4, "det", ""),
        ("motion", "motion", "NOUN", 2, "obj", ""), ("que", "que", que_pos, 8, que_dep, que_morph),
        ("Berlin", "Berlin", "PROPN", 8, "nsubj", ""), ("a", "avoir", "AUX", 8, "aux:tense", FINITE),
        (last_word, "critiquer", "VERB", 4, "acl", PARTICIPLE),
    ]
    if obj:
        rows += [("les", "le", "DET", 10, "det", ""), ("plans", "plan", "NOUN", 8, "obj", "")]
    return _doc(coder, rows)


def test_que_tagged_conjunction_becomes_the_relative_object(coder):
    doc = _relative(coder, "SCONJ", "mark", "")
    relative_que_read_as_conjunction(doc[5])
    assert doc[5].dep_ == "obj" and coder.grammars["fr"].is_relative_pronoun(doc[5])
    assert doc[8].dep_ == "acl:relcl" and doc[8].head.i == 4


def test_relative_pronoun_object_under_a_participle_label_makes_a_relative_clause(coder):
    doc = _relative(coder, "PRON", "obj", "PronType=Rel")
    relative_que_read_as_conjunction(doc[5])
    assert doc[8].dep_ == "acl:relcl"


def test_completive_que_with_its_own_object_is_left_alone(coder):
    # Decoy: "la motion que Berlin a critiqué les plans": the clause has an object of its own.
    doc = _relative(coder, "SCONJ", "mark", "", last_word="critiqué", obj=True)
    relative_que_read_as_conjunction(doc[5])
    assert doc[5].dep_ == "mark" and doc[8].dep_ == "acl"


def test_participle_with_avoir_and_subject_is_active(coder):
    doc = _relative(coder, "SCONJ", "mark", "")
    assert not acl_participle_is_passive(doc[8])
    assert not coder.grammars["fr"].is_passive(doc[8])


def test_bare_participle_on_a_noun_stays_passive(coder):
    # Decoy: "les frappes menées par la Russie" is passive.
    doc = parsed(coder, "L'Ukraine a condamné les frappes menées par la Russie.")
    verb = word(doc, "menées")
    assert verb.dep_.startswith("acl") and coder.grammars["fr"].is_passive(verb)


def test_relative_clause_parsed_whole(coder):
    doc = parsed(coder, "Les Européens ont adopté une résolution que Moscou a aussitôt condamnée.")
    verb = word(doc, "condamnée")
    assert verb.dep_ == "acl:relcl" and not coder.grammars["fr"].is_passive(verb)
    assert word(doc, "que").dep_ == "obj"
