"""French objects read as adjuncts or complements, and the patient of "être la cible de"
(grammar/fr_phrases.py); a participle in -i tagged an adjective (grammar/fr_forms.py). Each case is
a sentence written here, parsed, repaired and coded by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads
from .support import parsed, word


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A bare noun phrase after a weekday, labelled an adjunct as the weekday is.
        ("Des miliciens russes ont attaqué dimanche le village ukrainien de Kozatche.", ("RUS", "19", "UKR")),
        ("Les milices houthies ont enlevé mardi quatre employés de l'ONU à Sanaa.", ("YEM", "18", "UN")),
    ],
)
def test_object_after_a_weekday(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_a_time_after_a_weekday_stays_an_adjunct(coder):
    doc = parsed(coder, "Les rebelles ont attaqué samedi soir la ville de Goma.")
    assert word(doc, "ville").dep_ == "obj"
    doc = parsed(coder, "L'armée a frappé mardi le 12 mars.")
    assert word(doc, "mars").dep_ != "obj"


def test_object_after_a_complement_in_de(coder):
    # "exiger de quelqu'un quelque chose": "du ministère" is whom it is asked of, not the object.
    doc = parsed(coder, "Les syndicats italiens ont exigé jeudi du ministère de l'Intérieur le retrait du décret.")
    assert word(doc, "retrait").dep_ == "obj"
    assert word(doc, "ministère").dep_ != "obj"


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Des soldats russes ont pris en otage des civils ukrainiens à Boutcha.", ("RUS", "181", "UKR")),
        ("Les Émirats arabes unis ont mis en œuvre de nouvelles sanctions contre l'Iran.", ("ARE", "163", "IRN")),
    ],
)
def test_object_after_an_idiom(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_a_preposition_de_after_an_idiom_is_no_article(coder):
    # "de" with no adjective after it is a preposition: nothing becomes an object.
    doc = parsed(coder, "Le gouvernement a pris en compte de nombreuses critiques.")
    assert word(doc, "critiques").dep_ == "obj"
    doc = parsed(coder, "Le ministre a été mis en cause de façon directe.")
    assert word(doc, "façon").dep_ != "obj"


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("La capitale ukrainienne a été la cible de frappes russes dans la nuit.", ("RUS", "19", "UKR")),
        ("L'Arménie a été victime d'une attaque azerbaïdjanaise.", ("AZE", "19", "ARM")),
        ("La Géorgie a fait l'objet de sanctions américaines.", ("USA", "16", "GEO")),
    ],
)
def test_subject_of_a_target_frame_is_the_target(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_participle_in_i_read_as_adjective(coder):
    doc = parsed(coder, "Le Japon et l'Australie ont approfondi leur coopération militaire.")
    verb = word(doc, "approfondi")
    assert verb.pos_ == "VERB" and verb.lemma_ == "approfondir"
    assert ("JPN", "06", "AUS") in dyads(code(coder, "Le Japon et l'Australie ont approfondi leur coopération militaire.", "fr"))


@pytest.mark.parametrize("form", ["suivi", "mis", "pris", "conquis"])
def test_participles_in_i_of_other_verbs_get_no_ir_lemma(form):
    from diurna.grammar.fr_forms import _ir_participle_lemma

    assert _ir_participle_lemma(form) is None
