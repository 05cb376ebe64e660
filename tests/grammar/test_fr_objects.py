"""French objects hung on a complement told before them (grammar/fr_objects.py), each shown by a
sentence written here, parsed and repaired by the real pipeline, and coded where the act shows."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads
from .support import parsed, word


@pytest.mark.parametrize(
    "text,verb,thing",
    [
        # After a weekday: the object read as the weekday's conjunct.
        ("La Colombie a accordé mercredi l'asile à un opposant cubain.", "accordé", "asile"),
        # After the receiver: the object read as its apposition, or as its adjective.
        ("Les Pays-Bas ont livré jeudi à l'Ukraine un système de défense.", "livré", "système"),
        ("La France a remis vendredi à la Cour pénale internationale un suspect rwandais.", "remis", "suspect"),
        # After a place: an amount with "plus de".
        ("Le Kenya a expulsé jeudi vers la Somalie plus de 200 ressortissants somaliens.", "expulsé", "ressortissants"),
        # After a name: "des" is the article of the object, not a preposition.
        ("La Corée du Sud a partagé avec le Japon des données sur les missiles nord-coréens.", "partagé", "données"),
        # A name after a weekday, with its conjunct.
        ("Le pape a exhorté dimanche Kigali et les rebelles à reprendre le dialogue.", "exhorté", "Kigali"),
        # An object with an article labelled an oblique.
        ("Les États-Unis forment des soldats ukrainiens en Allemagne.", "forment", "soldats"),
    ],
)
def test_object_goes_back_to_its_verb(coder, text, verb, thing):
    doc = parsed(coder, text)
    found = word(doc, thing)
    assert found.head.text == verb and found.dep_ == "obj"


def test_conjunct_follows_the_object(coder):
    doc = parsed(coder, "Le pape a exhorté dimanche Kigali et les rebelles à reprendre le dialogue.")
    assert word(doc, "rebelles").head.text == "Kigali"


def test_apposition_after_a_comma_stays(coder):
    # "à Jacques Chirac, l'ancien président": an apposition, no object.
    doc = parsed(coder, "Le Premier ministre a rendu hommage lundi à Jacques Chirac, l'ancien président.")
    assert word(doc, "président").dep_ != "obj"


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Le Kenya a expulsé jeudi vers la Somalie plus de 200 ressortissants somaliens.", ("KEN", "174", "SOM")),
        ("L'Allemagne a livré lundi à l'Ukraine un nouveau système de défense, a annoncé Berlin.", ("DEU", "072", "UKR")),
        ("La Corée du Sud a partagé avec le Japon des données sur les missiles nord-coréens.", ("KOR", "064", "JPN")),
        ("La Corée du Nord a menacé vendredi de riposter contre la Corée du Sud.", ("PRK", "138", "KOR")),
    ],
)
def test_acts_found_with_their_object(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_infinitive_after_a_weekday_is_the_verbs(coder):
    doc = parsed(coder, "La Corée du Nord a menacé vendredi de riposter contre la Corée du Sud.")
    clause = word(doc, "riposter")
    assert clause.head.text == "menacé" and clause.dep_ == "xcomp"


def test_infinitive_asked_of_the_object_is_the_verbs(coder):
    doc = parsed(coder, "Le secrétaire général a appelé lundi les deux belligérants à conclure une trêve.")
    clause = word(doc, "conclure")
    assert clause.head.text == "appelé" and clause.dep_ == "xcomp"


def test_batch_noun_carries_the_thing_given(coder):
    # "un lot de munitions": the batch counts the munitions, which make the expression.
    assert ("ITA", "07", "UKR") in dyads(code(coder, "L'Italie a livré mercredi à l'Ukraine un nouveau lot de munitions.", "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The agent hung on the weekday under the idiom's noun.
        ("Deux journalistes turcs ont été placés en garde à vue jeudi par la police française.", ("FRA", "173", "TUR")),
        # The agent hung on the idiom's noun.
        ("Deux journalistes ont été placés en garde à vue par la police de Lyon.", ("FRA", "173", "FRA")),
    ],
)
def test_agent_on_an_adjunct_is_the_passive_verbs(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_agent_of_an_active_verb_stays(coder):
    # An active verb has no agent: the "par" phrase stays where the parser hung it.
    doc = parsed(coder, "La Russie a critiqué le plan présenté lundi par l'Ukraine.")
    assert word(doc, "Ukraine").head.text != "critiqué"


def test_place_inside_the_object_is_the_verbs(coder):
    doc = parsed(coder, "La Chine a déployé jeudi des dizaines de navires et d'avions de chasse autour de Taïwan.")
    assert word(doc, "autour").head.text == "déployé"
    assert ("CHN", "154", "TWN") in codes(code(coder, "La Chine a déployé des dizaines de navires et d'avions de chasse autour de Taïwan.", "fr"))




def test_object_labelled_so_on_a_place_name_is_the_verbs(coder):
    # "à Ankara son homologue": the object hung on the name with the label of an object.
    text = "Le ministre turc recevra la semaine prochaine à Ankara son homologue syrien, Assad Chaibani."
    assert word(parsed(coder, text), "homologue").head.text == "recevra"
    assert any(s.startswith("TUR") and c == "036" and t is not None and t.startswith("SYR") for s, c, t in codes(code(coder, text, "fr")))


def test_agent_on_a_place_name_is_the_passive_verbs(coder):
    # "sera reçu à Mexico par Claudia Sheinbaum": a name on the verb takes no "par" phrase.
    text = "Justin Trudeau sera reçu la semaine prochaine à Mexico par Claudia Sheinbaum, a fait savoir la présidence."
    assert word(parsed(coder, text), "Claudia").head.text == "reçu"
    assert any(s.startswith("MEX") and c == "036" and t is not None and t.startswith("CAN") for s, c, t in codes(code(coder, text, "fr")))


def test_agent_of_an_active_verb_after_a_place_name_stays(coder):
    # Decoy: an active verb has no agent; the "par" phrase after the name stays off the verb.
    doc = parsed(coder, "Le ministre a critiqué mardi à Mexico le plan présenté par Claudia Sheinbaum.")
    assert word(doc, "Claudia").head.text != "critiqué"
