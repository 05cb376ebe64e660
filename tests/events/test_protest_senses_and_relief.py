"""Domestic protest senses and relief delivery (events/patterns/*.toml, events/verb_roles.py,
events/senses.py, events/aided.py, grammar/fr.py): protest fasts and refusing to drink are hunger
strikes (142), an indefinite strike is a labour strike (143), a crowd clashing with the police is a
violent protest (145) whose city is where it happened, a credit validated is economic aid (071),
and aid "au profit de" victims of a disaster goes to the country the disaster struck. Sentences
written for these tests, with decoys."""

from __future__ import annotations

from .support import code, codes, pairs


# Hunger strikes and labour strikes --------------------------------------------------------------


def test_a_protest_fast_is_a_hunger_strike(coder):
    text = "Emprisonné à Tunis, un syndicaliste tunisien poursuit depuis lundi un jeûne de protestation contre sa condamnation."
    found = codes(code(coder, text, "fr"))
    assert any(c == "142" for _, c, _ in found), found


def test_ceasing_to_drink_is_a_hunger_strike(coder):
    text = "Détenu à Bakou, un journaliste azerbaïdjanais a cessé de boire jeudi pour contester son arrestation."
    found = codes(code(coder, text, "fr"))
    assert any(c == "142" for _, c, _ in found), found


def test_an_indefinite_strike_is_a_labour_strike(coder):
    text = "Zambian miners started an indefinite strike against the government on Thursday."
    found = codes(code(coder, text, "en"))
    assert any(c == "143" for _, c, _ in found), found
    assert not any(c.startswith("19") for _, c, _ in found), found


# Crowds clashing with the police -------------------------------------------------------------------


def test_youths_clashing_with_gendarmes_protest_violently_against_them(coder):
    text = "À Conakry, quelques centaines de jeunes se heurtaient mardi aux gendarmes en brûlant des pneus."
    found = pairs(code(coder, text, "fr"))
    assert any(root == "14" and target == "GIN" for _, root, target in found), found
    assert not any(root == "19" for _, root, _ in found), found


def test_the_city_of_a_clash_is_not_a_second_target(coder):
    text = "Des manifestants se sont heurtés aux gendarmes à Conakry."
    events = code(coder, text, "fr")
    assert events, events
    assert all(e.target is not None and e.target.actor.sector == "COP" for e in events), [(e.source.actor, e.target) for e in events]


def test_running_into_a_refusal_is_no_clash(coder):
    # Decoy: "se heurter à un refus" names no one clashed with.
    found = codes(code(coder, "Le gouvernement serbe s'est heurté à un refus catégorique.", "fr"))
    assert not any(c.startswith(("14", "19")) for _, c, _ in found), found


def test_a_capital_coordinated_with_rebels_stays_a_target(coder):
    # Decoy: a city coordinated with a group of its country is a second party, not a place.
    text = "Le Kenya a exhorté vendredi les rebelles du M23 et Kinshasa à respecter la trêve."
    events = code(coder, text, "fr")
    targets = {e.target.actor.code for e in events if e.cameo.root == "02" and e.target is not None}
    assert len(targets) == 2, targets


# Credits and relief --------------------------------------------------------------------------------


def test_a_credit_validated_by_a_lender_is_economic_aid(coder):
    text = "La Banque mondiale a validé mardi un crédit de 400 millions de dollars au Bénin."
    found = codes(code(coder, text, "fr"))
    assert any(c == "071" and t is not None and t.startswith("BEN") for _, c, t in found), found


def test_relief_for_victims_of_a_storm_goes_to_the_country_it_struck(coder):
    text = "La Suisse a débloqué 2 millions de dollars au profit des victimes du cyclone qui a dévasté le Malawi."
    found = pairs(code(coder, text, "fr"))
    assert ("CHE", "07", "MWI") in found, found


def test_relief_hung_on_the_amount_finds_the_struck_country(coder):
    text = "Ottawa a débloqué cinq millions de dollars en faveur des sinistrés des crues qui ont ravagé le sud du Soudan."
    found = pairs(code(coder, text, "fr"))
    assert ("CAN", "07", "SDN") in found, found


def test_relief_for_unplaced_victims_goes_to_no_country(coder):
    # Decoy: the disaster's clause names no place.
    text = "La Suisse a débloqué 2 millions de dollars au profit des victimes du cyclone qui a tout emporté."
    found = pairs(code(coder, text, "fr"))
    assert not any(root == "07" and target is not None for _, root, target in found), found


def test_money_released_as_emergency_aid_is_humanitarian_aid(coder):
    text = "La Norvège a débloqué jeudi quatre millions de dollars supplémentaires d'aide d'urgence au Yémen."
    found = codes(code(coder, text, "fr"))
    assert any(c == "073" for _, c, _ in found), found


def test_money_released_with_no_kind_named_stays_economic_aid(coder):
    # Decoy: no aid noun says what the money is for.
    found = codes(code(coder, "Le FMI débloque 4 millions de dollars pour le Yémen.", "fr"))
    assert any(c == "071" for _, c, _ in found), found


def test_the_city_after_the_opposed_is_where_they_were_opposed(coder):
    text = "Des manifestants guinéens se sont opposés aux policiers à Conakry."
    events = code(coder, text, "fr")
    assert events, events
    assert all(e.target is not None and e.target.actor.sector == "COP" for e in events), [(e.source.actor, e.target) for e in events]


# Dissent announced for later ------------------------------------------------------------------------


def test_a_strike_announced_for_next_week_is_a_threat_of_protest(coder):
    text = "Ghana's teachers' union said on Tuesday it would begin an indefinite strike next week unless salaries were paid."
    found = codes(code(coder, text, "en"))
    assert any(c == "133" for _, c, _ in found), found
    assert not any(c.startswith("14") for _, c, _ in found), found


def test_a_strike_to_be_launched_next_month_is_a_threat_of_protest(coder):
    found = codes(code(coder, "Les syndicats tunisiens déclencheront une grève illimitée le mois prochain.", "fr"))
    assert any(c == "133" for _, c, _ in found), found
