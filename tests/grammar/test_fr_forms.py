"""French forms tagged another part of speech (grammar/fr_forms.py), shown by sentences written here
and parsed and repaired by the real pipeline."""

from __future__ import annotations

from ..events.support import code, codes


def test_noun_in_ant_with_an_article_is_a_noun(coder):
    doc = coder.pipelines.get("fr")("Le Conseil constitutionnel sénégalais a invalidé la candidature de l'opposant sénégalais.")
    coder.grammars["fr"].repair(doc)
    noun = next(t for t in doc if t.text == "opposant")
    assert noun.pos_ == "NOUN" and noun.lemma_ == "opposant"


def test_participle_with_its_object_stays_a_verb(coder):
    # "en bombardant la ville": no article before it, an object after it.
    doc = coder.pipelines.get("fr")("L'armée a riposté en bombardant la ville de Kherson.")
    coder.grammars["fr"].repair(doc)
    assert next(t for t in doc if t.text == "bombardant").pos_ == "VERB"


def test_barred_candidate_found(coder):
    found = codes(code(coder, "La Cour suprême ivoirienne a invalidé la candidature de l'opposant ivoirien.", "fr"))
    assert ("CIV", "1722", "CIV") in found


def test_infinitive_form_with_an_article_is_a_noun(coder):
    # "un reporter" tagged the infinitive of "reporter": the article says the noun, here the object.
    doc = coder.pipelines.get("fr")("Des gendarmes ont frappé un reporter à Conakry.")
    coder.grammars["fr"].repair(doc)
    noun = next(t for t in doc if t.text == "reporter")
    assert noun.pos_ == "NOUN" and noun.dep_ == "obj"


def test_infinitive_with_its_object_stays_a_verb(coder):
    # Decoy: "de reporter le scrutin" has no article and an object: still the verb.
    doc = coder.pipelines.get("fr")("Le gouvernement a décidé de reporter le scrutin.")
    coder.grammars["fr"].repair(doc)
    assert next(t for t in doc if t.text == "reporter").pos_ == "VERB"


def test_a_reporter_beaten_is_the_target(coder):
    # Read as a verb, the reporter was no actor and the town was taken for the target.
    events = code(coder, "Des soldats maliens ont frappé un reporter à Bamako la semaine dernière.", "fr")
    assert any(e.cameo.root in ("18", "19") and e.target is not None and e.target.actor.sector == "MED" for e in events)
