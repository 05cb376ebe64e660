"""Session 12 French parse repairs (grammar/fr_forms.py, fr_phrases.py) on sentences written here,
with decoys the repairs must leave alone."""

from __future__ import annotations

from .support import parsed, word


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
