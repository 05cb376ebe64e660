"""Codes of force told by its weapon, its victims and what it takes, and acts told by what they
reject or order (events/senses.py): chemical weapons (2041), exercises (150), property seized (171)
against territory occupied (192) and people captured (173, 181), bombings told by the bomb (183),
attacks on named people (185, 186), victims counted in hundreds (202), force at a protest (175),
civilians' violence and arson (180, 1712), troops sent to protect (074), accusations rejected
(016) and foreigners ordered out of the country (166).

Each sentence is written here for what it shows; none is from the gold sets or the examples.
"""

from __future__ import annotations

import pytest

from .support import code


def _codes(events):
    return {e.cameo.code for e in events}


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # A chemical agent named in the clause of the force: chemical weapons.
        ("fr", "Des combattants de l'EI ont tiré des roquettes chargées de chlore sur des soldats irakiens près de Kirkouk.", "2041"),
        # Force in an exercise is a show of force, not a blockade.
        ("en", "Chinese warships encircled Taiwan during a large naval drill on Friday.", "150"),
        # What is taken: property is seized (171), a town or a base occupied (192).
        ("en", "Bolivian authorities took control of the assets of a Spanish energy company.", "171"),
        ("fr", "La junte burkinabè a pris le contrôle des actifs d'une société minière australienne.", "171"),
        ("en", "Houthi fighters seized two army outposts near Marib on Friday.", "192"),
        # A bomb that is the doer of the verb a participle depends on, or a passive verb's agent: a bombing.
        ("en", "A car bomb planted by Al-Shabaab exploded near a Somali army base in Baidoa, killing four soldiers.", "183"),
        ("fr", "Deux gendarmes maliens ont été tués jeudi près de Mopti par un engin explosif des jihadistes du JNIM.", "183"),
        # Wounding an official is an attempted assassination; killing a named person an assassination.
        ("en", "A gunman shot and wounded the Colombian president in Cali on Friday.", "185"),
        ("en", "Colombian gunmen killed Lieutenant Colonel Andres Rojas of the Colombian army near Cucuta.", "186"),
        # A strike that killed a named person killed them on purpose.
        ("en", "Fuad Shukr, a senior Hezbollah commander, was killed late on Tuesday in a strike by Israeli jets on Beirut.", "186"),
        # Force on the people of a protest is repression, whoever they are called.
        ("en", "Bangladeshi police shot dead 12 people during protests against the quota system in Dhaka.", "175"),
        ("fr", "La police togolaise a tué deux hommes pendant une manifestation contre la vie chère à Lomé.", "175"),
        # People captured: arrested by the state's forces, abducted by an armed group.
        ("en", "Ecuadorian police helped Colombian officers capture a leader of a Colombian gang in Cali.", "173"),
        ("en", "Houthi rebels captured two Saudi soldiers near the border.", "181"),
        ("fr", "Une vingtaine de bergers ont été capturés samedi par Boko Haram près de Maiduguri.", "181"),
        # Arson by civilians the text names, not a crowd: property destroyed.
        ("fr", "Des colons israéliens ont incendié une école palestinienne près de Ramallah.", "1712"),
        # Troops sent to protect what is in another state protect it.
        ("en", "Rwanda sent troops to Mozambique to protect its gas fields.", "074"),
        # Victims counted in hundreds, also when the target found is the place.
        ("fr", "Des soldats burkinabè ont exécuté au moins 200 villageois près de Djibo.", "202"),
        # Civilians the text names do no military fighting.
        ("fr", "Des colons israéliens ont attaqué un village palestinien près de Naplouse.", "180"),
        # A rejected accusation is a denial.
        ("en", "The Kremlin dismissed as baseless claims by Estonian officials that Russia had jammed GPS signals.", "016"),
        # A foreign diplomat given hours, or ordered, to leave the country is expelled.
        ("en", "Mali's junta gave the Swedish ambassador until Friday to leave Malian territory.", "166"),
        ("fr", "Alger a sommé l'ambassadeur du Maroc de quitter le pays.", "166"),
        ("fr", "La Lituanie a expulsé deux diplomates biélorusses.", "166"),
    ],
)
def test_code_by_weapon_victims_and_what_is_taken(coder, lang, text, wanted):
    assert wanted in _codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,unwanted",
    [
        # The killing a chemical attack causes is that attack, no second act of plain force.
        ("en", "Syrian army helicopters dropped sarin on the rebel town of Saraqib, killing twelve residents.", "190"),
        # Drills encircling a country are no blockade.
        ("en", "Three days of Chinese naval drills encircling Taiwan began on Friday.", "191"),
        # An exercise in a phrase of time is no exercise of the act.
        ("en", "Russian troops attacked Kharkiv after exercises in Belarus.", "150"),
        # A protest camp near which soldiers fight makes no crowd of them; a town captured is territory.
        ("en", "Indian soldiers killed two Pakistani soldiers near the protest camp.", "175"),
        ("en", "Russian forces captured Avdiivka after months of fighting.", "173"),
        # A crowd setting fire riots.
        ("fr", "Des manifestants sénégalais ont incendié des voitures à Dakar.", "1712"),
        # Goods seized at a port are no territory.
        ("en", "Mexican marines seized two tonnes of cocaine at the port of Veracruz.", "192"),
        # Wounding officers is no attempted assassination.
        ("en", "Gunmen wounded three police officers in Kano.", "185"),
        # An organisation asking troops to leave a country expels no one.
        ("en", "The African Union gave Rwandan troops until Friday to leave Congolese territory.", "166"),
        # Asking that foreign troops leave, in a clause of its own, asks for their withdrawal.
        ("fr", "Mogadiscio a réclamé jeudi que les troupes kényanes partent du pays d'ici l'été.", "166"),
    ],
)
def test_code_not_chosen(coder, lang, text, unwanted):
    assert unwanted not in _codes(code(coder, text, lang))
