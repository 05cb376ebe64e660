"""French parse repairs of a verb's arguments (grammar/fr_voices.py, fr_objects.py, fr_forms.py): a
passive verb's agent or an opening subject read as an adjunct, a counted object read as an adjunct,
the second of two coordinated adjectives hung astray, "présumé" read as a verb. Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import parsed, word


def test_agent_read_as_adjunct_is_the_agent(coder):
    # The parser labels "hommes" obl:mod of "enlevées": no agent, so no source.
    doc = parsed(coder, "Au moins trente passagers ont été enlevées jeudi par des hommes armés dans l'État de Kaduna.")
    agent = word(doc, "hommes")
    assert agent.dep_ == "obl:agent" and agent.head.text == "enlevées"


def test_agent_after_incise_read_as_conjunct_is_the_agent(coder):
    doc = parsed(coder, "Douze villageois ont été tués dimanche pendant la messe à l'église de Tillia, près de Tahoua, par des jihadistes.")
    agent = word(doc, "jihadistes")
    assert agent.dep_ == "obl:agent" and agent.head.text == "tués"


def test_bare_par_phrase_is_no_agent(coder):
    # Decoy: "par erreur" says how, not who.
    doc = parsed(coder, "Trois opposants ont été arrêtés par erreur lundi à Dakar.")
    assert word(doc, "erreur").dep_ != "obl:agent"


def test_agent_hung_on_place_of_pres_de_is_the_agent(coder):
    doc = parsed(coder, "Cinq ingénieurs chinois ont été enlevés lundi près de Port-Harcourt par un groupe armé.")
    agent = word(doc, "groupe")
    assert agent.dep_ == "obl:agent" and agent.head.text == "enlevés"


def test_par_phrase_of_active_verb_is_no_agent(coder):
    # Decoy: an active verb has no agent, whatever "par" phrase follows the place.
    doc = parsed(coder, "Les rebelles ont attaqué lundi près de Goma par surprise un convoi de l'armée.")
    assert not any(t.dep_ == "obl:agent" for t in doc)


def test_opening_subject_before_incise_is_the_subject(coder):
    # "villageois" is read as obl:mod of "enlevés", the verb has no subject.
    doc = parsed(coder, "Au moins 50 villageois, pour la plupart des enfants, ont été enlevés par des combattants de Boko Haram.")
    subject = word(doc, "villageois")
    assert subject.dep_ == "nsubj:pass" and subject.head.text == "enlevés"


def test_opening_time_phrase_is_no_subject(coder):
    # Decoy: a weekday that opens the sentence is no subject.
    doc = parsed(coder, "Mardi, pour la première fois, ont été libérés trois otages.")
    assert word(doc, "Mardi").dep_ not in ("nsubj", "nsubj:pass")


def test_counted_object_read_as_adjunct_is_the_object(coder):
    # "neuf" is tagged an adjective and "militants" read as obl:mod.
    doc = parsed(coder, "Les polices française et belge ont arrêté neuf militants présumés d'un réseau jihadiste.")
    noun = word(doc, "militants")
    assert noun.dep_ == "obj" and noun.head.text == "arrêté"


def test_adjunct_of_time_is_no_object(coder):
    # Decoy: "toute la nuit", an uncounted adjunct right after the verb, says when.
    doc = parsed(coder, "Les soldats ont patrouillé toute la nuit dans la ville.")
    assert word(doc, "nuit").dep_ == "obl:mod"


def test_second_coordinated_adjective_goes_to_the_first(coder):
    # "chinois" is hung on the weekday; both sides are in the object.
    doc = parsed(coder, "Des échanges de tirs ont opposé lundi des soldats indiens et chinois dans une vallée.")
    second = word(doc, "chinois")
    assert second.dep_ == "conj" and second.head.text == "indiens"


def test_capitalised_coordinate_is_no_adjective(coder):
    # Decoy: a name after "et" is no adjective of the object.
    doc = parsed(coder, "Des heurts ont opposé lundi des soldats indiens et Pékin a protesté.")
    assert word(doc, "Pékin").head.text != "indiens"


def test_alleged_is_an_adjective_of_the_noun(coder):
    doc = parsed(coder, "La police turque a arrêté trois membres présumés du PKK.")
    alleged, group = word(doc, "présumés"), word(doc, "PKK")
    assert alleged.pos_ == "ADJ" and alleged.dep_ == "amod"
    assert group.head.text == "membres"


def test_presumer_as_a_verb_is_left(coder):
    # Decoy: the verb "présumer" heads its clause.
    doc = parsed(coder, "Le tribunal a présumé de la bonne foi du ministre.")
    assert word(doc, "présumé").pos_ == "VERB"
