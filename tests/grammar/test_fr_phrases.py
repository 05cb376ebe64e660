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


def test_counted_participle_is_the_objects_noun(coder):
    # "quarante déplacés": read as a participle complement of "tué", the number its modifier.
    doc = parsed(coder, "Des rebelles ont tué au moins quarante déplacés dans le camp.")
    noun = word(doc, "déplacés")
    assert noun.pos_ == "NOUN"
    assert noun.dep_ == "obj" and noun.head.text == "tué"


def test_counted_participle_after_a_preposition_stays_its_complement(coder):
    # "à quelque 200 000 déplacés": the receiver of the rations, now a noun with its number.
    doc = parsed(coder, "Le Programme alimentaire mondial a distribué des rations à quelque 200 000 déplacés au Soudan.")
    noun = word(doc, "déplacés")
    assert noun.pos_ == "NOUN"
    assert noun.head.text == "distribué"
    assert word(doc, "000").dep_ == "nummod"


def test_participle_of_a_counted_noun_stays_a_verb(coder):
    # Decoy: the number counts "accords"; "conclus" is a participle modifying it.
    doc = parsed(coder, "Les deux pays ont signé trois accords conclus en 2020.")
    assert word(doc, "conclus").pos_ == "VERB"


def test_participle_with_its_auxiliary_stays_a_verb(coder):
    # Decoy: "ont été blessés" is a passive verb, whatever number stands before its subject.
    doc = parsed(coder, "Trois policiers ont été blessés lundi à Dakar.")
    assert word(doc, "blessés").pos_ == "VERB"


def test_object_hung_on_weekday_after_idiom_is_the_verbs(coder):
    # "a placé en garde à vue mercredi le maire": "maire" read on "mercredi", itself on "garde".
    doc = parsed(coder, "La police kényane a placé en garde à vue mercredi le gouverneur de Nairobi, Johnson Sakaja.")
    governor = word(doc, "gouverneur")
    assert governor.dep_ == "obj" and governor.head.text == "placé"
    assert word(doc, "mercredi").head.text == "placé"


def test_weekday_after_idiom_with_object_before_is_left(coder):
    # Decoy: the object comes before the idiom; the weekday hangs where the parser put it.
    doc = parsed(coder, "La police a placé le maire en garde à vue mercredi.")
    assert word(doc, "maire").dep_ == "obj"
    assert word(doc, "mercredi").dep_ != "obj"


def test_object_after_adjunct_set_off_by_commas_is_the_verbs(coder):
    # "a annoncé lundi, dans un communiqué, la rupture …": "rupture" read as an apposition of
    # "communiqué".
    doc = parsed(coder, "Le Burkina Faso a annoncé mardi, dans un communiqué, la suspension de sa coopération avec la France.")
    suspension = word(doc, "suspension")
    assert suspension.dep_ == "obj" and suspension.head.text == "annoncé"


def test_inverted_subject_after_adjunct_is_no_object(coder):
    # Decoy: no subject before the verb; the phrase after the commas is its inverted subject.
    doc = parsed(coder, "« Nous ne céderons pas », a indiqué lundi, dans un communiqué, le ministère malien des Affaires étrangères.")
    assert word(doc, "ministère").dep_ != "obj"


def test_apposition_of_the_object_is_left(coder):
    # Decoy: the phrase after the comma renames the object itself; the verb has its object.
    doc = parsed(coder, "La Russie a frappé Kharkiv, la deuxième ville du pays, dans la nuit de lundi.")
    assert word(doc, "Kharkiv").dep_ == "obj"
    assert word(doc, "ville").dep_ != "obj"


def test_counted_object_after_au_moins_is_the_verbs(coder):
    # "au moins quarante villageois": "au" read as the noun's preposition, the noun an adjunct.
    doc = parsed(coder, "Des combattants des ADF, liés à l'État islamique, ont tué à la machette au moins quarante villageois près de Beni.")
    villagers = word(doc, "villageois")
    assert villagers.dep_ == "obj" and villagers.head.text == "tué"


def test_counted_phrase_of_a_passive_verb_stays_an_adjunct(coder):
    # Decoy: a passive verb takes no object; the counted phrase is left where the parser put it.
    doc = parsed(coder, "Le village a été attaqué par au moins vingt hommes armés.")
    assert word(doc, "hommes").dep_ != "obj"
