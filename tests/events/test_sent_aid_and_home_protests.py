"""Aid told by what is sent (a team, a plane, the money a lender releases) and protests at home
told by their sense or their copula.
Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, pairs


def test_a_rescue_team_sent_is_humanitarian_aid(coder):
    # knowledge/data/lang/en.toml carrier_nouns: a team stands for its kind ("send rescue")
    events = code(coder, "Portugal sent a rescue team to Greece on Monday after the floods.", "en")
    assert ("PRT", "073", "GRC") in {(e.source.actor.country, e.cameo.code, e.target.actor.country) for e in events if e.target}, events


def test_a_plane_carrying_relief_goods_is_humanitarian_aid(coder):
    # carrier_nouns: a plane stands for what its participle says it carries ("send tent")
    events = code(coder, "Canada sent a plane carrying tents and blankets to Haiti.", "en")
    assert ("CAN", "07", "HTI") in pairs(events), events


def test_a_french_team_of_rescuers_and_a_loaded_plane_are_aid(coder):
    events = code(coder, "Le Maroc a envoyé en Libye une équipe de secouristes.", "fr")
    assert ("MAR", "07", "LBY") in pairs(events), events
    events = code(coder, "Le Sénégal a dépêché au Mali un avion chargé de médicaments et de couvertures.", "fr")
    assert ("SEN", "07", "MLI") in pairs(events), events


def test_a_team_of_investigators_is_no_aid(coder):
    # decoy: a team whose members are no rescuers
    events = code(coder, "The ministry sent a team of investigators to Ghana.", "en")
    assert not any(e.cameo.root == "07" for e in events), events


def test_forces_flown_in_to_help_protect(coder):
    events = code(coder, "Le Tchad a envoyé une force de 500 soldats au Niger pour épauler l'armée nigérienne.", "fr")
    assert ("TCD", "074", "NER") in {(e.source.actor.country, e.cameo.code, e.target.actor.country) for e in events if e.target}, events
    events = code(coder, "Jamaica flew 150 police to Haiti on Friday to assist the local force against the gangs.", "en")
    assert ("JAM", "07", "HTI") in pairs(events), events


def test_money_a_lender_validates_or_releases_is_lent(coder):
    events = code(coder, "Le FMI a validé un concours financier de 900 millions de dollars au Ghana.", "fr")
    assert ("IMF", "07", "GHA") in pairs(events), events
    events = code(coder, "The IMF released a third tranche of 250 million dollars to Zambia on Friday.", "en")
    assert ("IMF", "07", "ZMB") in pairs(events), events
    assert not any(e.cameo.code == "084" for e in events), events


def test_a_blockade_by_farmers_is_against_their_rulers(coder):
    # events/rulers.py protested_rulers: "bloquer" (120) read as an obstruction (144) by a society
    events = code(coder, "Des pêcheurs portugais bloquent depuis lundi le port de Lisbonne.", "fr")
    assert any(e.cameo.code == "144" and e.target is not None and e.target.actor.code == "PRTGOV" for e in events), events


def test_workers_on_strike_by_the_copula(coder):
    # "être en grève": the noun's subject is the striker
    events = code(coder, "Les dockers belges sont en grève depuis lundi.", "fr")
    assert ("BEL", "14", "BEL") in pairs(events), events


def test_taking_to_the_streets_is_demonstrating(coder):
    events = code(coder, "Thousands of Serbian students took to the streets of Novi Sad on Friday.", "en")
    assert ("SRB", "14", "SRB") in pairs(events), events


def test_forces_sent_at_the_request_of_the_host_protect_it(coder):
    # [senses] request_nouns: "à la demande de Bamako" names the state the forces go to
    events = code(coder, "À la demande de Bamako, le Burkina Faso a déployé 300 soldats au Mali.", "fr")
    assert ("BFA", "074", "MLI") in {(e.source.actor.country, e.cameo.code, e.target.actor.country) for e in events if e.target}, events


def test_forces_sent_unasked_are_a_deployment(coder):
    # decoy: no request, no purpose of helping
    events = code(coder, "Russia sent troops to Syria on Monday.", "en")
    assert not any(e.cameo.code == "074" for e in events), events
