"""French locutions and their families (patterns/fr.toml): "faire périr", "déclencher sa charge",
"renvoyer des diplomates", "brandir la perspective de", troops that "quittent" a country,
"s'attribuer", a "régime d'exception", "remettre à la justice", "le rappel de réservistes",
"mettre entre parenthèses", "infliger une peine", negotiators called home,
troops "rassemblées" at a border, "mettre le feu", "faire planer la menace", and aid or forces
sent to a state named by "en", on sentences written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, codes, pairs


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "faire périr": a killing, told by those it kills (a militia killing the displaced: violence against civilians).
        ("Les miliciens de la CODECO ont fait périr onze déplacés congolais.", ("CODECO", "18", "COD")),
        # Diplomats sent home are expelled; so is the noun.
        ("Le Mali a renvoyé mardi trois diplomates suédois en poste à Bamako.", ("MLI", "16", "SWE")),
        ("Vilnius a décidé le renvoi de deux diplomates chinois.", ("LTU", "16", "CHN")),
        # Waving the prospect or the spectre of an act: a threat.
        ("La Turquie a agité mercredi la perspective d'une opération terrestre contre la Syrie.", ("TUR", "13", "SYR")),
        # Troops leaving a country withdraw from it.
        ("Les dernières troupes américaines ont quitté l'Irak en décembre.", ("USA", "08", "IRQ")),
        ("Les casques bleus ont quitté le Soudan du Sud.", ("UN-PEACEKEEPING", "08", "SSD")),
        # "s'attribuer" an attack claims it.
        ("Le Hamas s'est attribué l'embuscade de dimanche.", ("HAMAS", "01", None)),
        # A state of exception or a régime d'urgence: the government imposes it on its people.
        ("Le président hondurien a instauré un régime d'exception dans deux quartiers de Tegucigalpa.", ("HND", "17", "HND")),
        # Handed over to another state's justice: extradition.
        ("L'Espagne a remis lundi à la justice italienne un chef mafieux arrêté à Malaga.", ("ESP", "06", "ITA")),
        # Recalling reservists: a mobilisation.
        ("Le ministre arménien de la Défense a ordonné le rappel des réservistes de l'armée de terre.", ("ARM", "15", None)),
        # Put in brackets: suspended.
        ("Le Burkina Faso a mis entre parenthèses sa coopération militaire avec la France.", ("BFA", "16", "FRA")),
        # Aid sent, the receiving state named by "en".
        ("La Suède a envoyé de l'aide alimentaire en Somalie.", ("SWE", "07", "SOM")),
        ("Le Portugal a envoyé des armes en Ukraine.", ("PRT", "07", "UKR")),
        ("L'Inde a dépêché des médecins au Népal.", ("IND", "07", "NPL")),
        # Forces sent to a state.
        ("Le Burundi a envoyé des militaires en République démocratique du Congo.", ("BDI", "15", "COD")),
        # Negotiators called home: negotiations halted.
        ("Le gouvernement philippin a rappelé mardi ses négociateurs en discussion avec les rebelles communistes.", ("PHL", "16", None)),
        # Troops gathered near a border: a show of force against the state beyond it.
        ("La Chine a rassemblé des soldats près de la frontière indienne.", ("CHN", "15", "IND")),
        # A crowd setting fire: a riot against its government.
        ("Des manifestants kényans ont mis le feu lundi aux bureaux de deux députés à Nairobi.", ("KEN", "14", "KEN")),
        # "faire planer la menace": a threat, aimed at whom it hangs over.
        ("Bruxelles fait planer la menace de droits de douane sur la Chine.", ("EU", "13", "CHN")),
    ],
)
def test_french_locutions_code(coder, text, wanted):
    found = pairs(code(coder, text, "fr"))
    assert wanted in found, found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "faisant périr" after the act: those it kills are the act's victims.
        ("Les insurgés ont pris d'assaut un poste frontalier à l'aube, faisant périr cinq douaniers nigériens.", ("NER", "19", "NER")),
        # A bomber setting off his charge: a bombing, aimed at whom it is set off against.
        ("Un kamikaze des chabab a actionné jeudi sa charge contre un hôtel de Mogadiscio fréquenté par des députés somaliens.", ("SOM", "18", "SOM")),
    ],
)
def test_french_locutions_reach_their_victims(coder, text, wanted):
    found = pairs(code(coder, text, "fr"))
    assert any(root == wanted[1] and target == wanted[2] for _, root, target in found), found


@pytest.mark.parametrize(
    "text,wanted_code",
    [
        # A sentence inflicted by a court: found guilty (116), not a generic reduction of relations.
        ("Un tribunal égyptien a infligé cinq ans de prison à un militant égyptien.", "116"),
        # A mediation put in brackets: halted (165), not a mediation.
        ("Le Koweït a mis entre parenthèses sa médiation entre Riyad et Doha.", "165"),
        # The national emergency decreed: a state of emergency (1724).
        ("Le président philippin a décrété l'urgence nationale après le typhon.", "1724"),
    ],
)
def test_french_locutions_full_code(coder, text, wanted_code):
    found = {c for _, c, _ in codes(code(coder, text, "fr"))}
    assert wanted_code in found, found


@pytest.mark.parametrize(
    "text,unwanted_root",
    [
        # A president leaving a city travels; he does not withdraw.
        ("Le président français a quitté Paris mardi pour Berlin.", "08"),
        # "attribuer" a prize to someone claims nothing.
        ("Le jury norvégien a attribué son prix annuel à une militante iranienne.", "01"),
        # Protesters gathering are no show of force.
        ("Des milliers de manifestants se sont rassemblés devant le Parlement géorgien.", "15"),
    ],
)
def test_french_locution_decoys(coder, text, unwanted_root):
    found = pairs(code(coder, text, "fr"))
    assert all(root != unwanted_root for _, root, _ in found), found
