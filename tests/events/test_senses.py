"""Senses chosen by the actors and words of an act, and the constructions that reach a second act's
actors (events/senses.py, the "governor" source slot, light nouns, subject pronouns of relative
clauses, agents a noun borrows from its participle).

Each sentence is written here for what it shows; none is from the gold sets or the examples.
"""

from __future__ import annotations

import pytest

from .support import code, codes


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # Force used by a crowd is a violent protest; force used on a crowd is repression.
        ("en", "Kenyan protesters clashed with Kenyan riot police in Nairobi.", ("KEN", "145", "KEN")),
        ("fr", "Des manifestants kényans ont attaqué des policiers kényans à Nairobi.", ("KEN", "145", "KEN")),
        ("en", "Kenyan police fired tear gas at protesters in Nairobi.", ("KEN", "175", "KEN")),
        ("fr", "La police népalaise a ouvert le feu sur des manifestants à Katmandou.", ("NPL", "175", "NPL")),
        # Killing a named person is an assassination; killing hundreds is a mass killing.
        ("fr", "Des soldats israéliens ont tué le chef du Hamas à Rafah.", ("ISR", "186", "PSE")),
        ("en", "Russian soldiers killed hundreds of civilians in Bucha.", ("RUS", "202", "UKR")),
        # A deployment of peacekeepers is protection, not a show of force; so are forces deployed,
        # or arriving, to help the state they go to.
        ("en", "Kenya deployed peacekeeping troops to Somalia.", ("KEN", "074", "SOM")),
        ("en", "Rwanda deployed 2,000 troops to Mozambique to help fight the insurgents.", ("RWA", "074", "MOZ")),
        ("fr", "Un contingent de 300 policiers kényans est arrivé lundi en Haïti pour épauler la police haïtienne.", ("KEN", "074", "HTI")),
        # Force a bomber uses is a bombing, whoever it hits; civilians killed by rebels or a
        # militia are unconventional violence, not a military fight (root 18, not 19).
        ("en", "A Somali suicide bomber killed twenty people at a market in Mogadishu.", ("SOM", "183", "SOM")),
        ("fr", "Un kamikaze afghan a tué douze policiers afghans à Kaboul.", ("AFG", "183", "AFG")),
        ("en", "Congolese rebels killed twelve Congolese villagers near Beni.", ("COD", "180", "COD")),
        ("fr", "Des rebelles maliens ont tué sept civils maliens près de Gao.", ("MLI", "180", "MLI")),
    ],
)
def test_sense_by_actors_and_words(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,unwanted",
    [
        # A lynching by a mob stays a killing (18), not a riot; killing soldiers stays fighting.
        ("en", "An Indian mob lynched a Pakistani fisherman.", "145"),
        ("en", "Russian soldiers killed three Ukrainian soldiers near Bakhmut.", "186"),
        # Troops are no peacekeepers, nor do they protect where they go for another purpose; an
        # official's arrival is a visit whatever it is for.
        ("fr", "La Russie a déployé des troupes à la frontière ukrainienne.", "074"),
        ("en", "Russia deployed 2,000 troops to the Ukrainian border.", "074"),
        ("en", "The French president arrived in Kyiv to support Ukraine.", "074"),
        ("fr", "Le Rwanda a déployé des soldats à la frontière congolaise pour surveiller les rebelles.", "074"),
        # Rebels killing soldiers fight; an army killing civilians is no bombing nor a rebels' act;
        # "Russian bombers" are aircraft (no root 18 at all).
        ("en", "Congolese rebels killed twelve Congolese soldiers near Beni.", "18"),
        ("fr", "L'armée malienne a tué sept civils maliens près de Gao.", "18"),
        ("en", "Russian bombers struck a Ukrainian airfield near Kharkiv.", "18"),
    ],
)
def test_sense_left_alone(coder, lang, text, unwanted):
    """``unwanted``: a code, or a root that no code may start with."""
    assert not any(c.startswith(unwanted) for _, c, _ in codes(code(coder, text, lang)))


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # "governor": the state noun's holder is the object of the verb it hangs on, else its subject.
        ("en", "Pakistan's army was placed on high alert after the attack.", ("PAK", "152", None)),
        ("fr", "L'armée sud-coréenne a relevé son niveau d'alerte face au Nord.", ("KOR", "152", None)),
        ("en", "North Korea fired a missile in defiance of the UN Security Council.", ("PRK", "128", "UNSC")),
        ("en", "The French president raised the issue in a call with the Chinese president.", ("FRA", "041", "CHN")),
        # A light noun passes its verb to the event noun below it.
        ("fr", "Le procureur de la Cour pénale internationale a annoncé l'ouverture d'une enquête sur la situation en Ukraine.", ("ICC", "090", "UKR")),
        # "en faveur de" names who benefits, as "à".
        ("fr", "La Banque mondiale a accordé un prêt en faveur du Kenya.", ("WORLD-BANK", "071", "KEN")),
    ],
)
def test_nouns_reach_their_actors(coder, lang, text, wanted):
    assert wanted in codes(code(coder, text, lang))


def test_alert_data_is_no_alert(coder):
    events = code(coder, "Séoul et Tokyo ont commencé à échanger leurs données d'alerte.", "fr")
    assert "152" not in {e.cameo.code for e in events}


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        # The subject pronoun of a relative clause stands for the main clause's subjects.
        ("en", "The French and German leaders travelled to Kyiv, where they were received by President Zelensky.", {("UKR", "043", "FRA"), ("UKR", "043", "DEU")}),
        ("fr", "Les ministres français et allemand se sont rendus à Kiev, où ils ont été reçus par le président ukrainien.", {("UKR", "043", "FRA"), ("UKR", "043", "DEU")}),
        # People held by the police are not the police: the detention targets the country's people.
        ("en", "The European Union demanded the release of two journalists detained by Belarusian police.", {("BLR", "173", "BLR")}),
        # A plural adjective the French parser reads as a participle ("russes" from "russer").
        ("fr", "La confiscation des avoirs russes par le Canada est inédite.", {("CAN", "1711", "RUS")}),
        # A thing's owner comes before the agent of a participle on it.
        ("en", "Hamas freed three Israeli hostages in exchange for 90 Palestinian prisoners released by Israel.", {("ISR", "084", "PSE")}),
    ],
)
def test_second_acts(coder, lang, text, wanted):
    assert wanted <= codes(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text",
    [
        # A reciprocal act among coordinated actors, its expression completed through an amount.
        ("en", "Ukraine and Russia exchanged hundreds of prisoners of war."),
        ("fr", "La Russie et l'Ukraine ont échangé des centaines de prisonniers."),
    ],
)
def test_reciprocal_acts_pair_their_actors(coder, lang, text):
    found = {(s, c[:2], t) for s, c, t in codes(code(coder, text, lang))}
    assert found & {("UKR", "08", "RUS"), ("RUS", "08", "UKR")}


def test_currency_adjective_is_no_owner(coder):
    text = "Le Canada a imposé des droits de douane de 25 % sur 30 milliards de dollars canadiens de produits américains."
    found = codes(code(coder, text, "fr"))
    assert ("CAN", "163", "USA") in found and ("CAN", "163", "CAN") not in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A government's protest is an official complaint (114), made to whom it is addressed.
        ("Seoul protested to Tokyo over the textbook.", ("KOR", "114", "JPN")),
        ("Japan protested to China over the detention of its citizen.", ("JPN", "114", "CHN")),
        # People protesting stay a protest (14).
        ("Serbians protested in Belgrade against the government.", ("SRB", "141", "SRB")),
        ("Kenyan opposition supporters protested in Nairobi.", ("KEN", "141", "KEN")),
    ],
)
def test_protest_by_state_or_people(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_storming_by_who_storms(coder):
    """By the police a seizure (171), by an army on another side military force (190), by a crowd a riot (145)."""
    assert ("ECU", "171", "MEX") in codes(code(coder, "Ecuadorian police stormed the Mexican embassy in Quito.", "en"))
    # An army storming another side: military force, no riot.
    assert ("RUS", "190", "UKR") in codes(code(coder, "Russian soldiers stormed the Ukrainian village of Krasnohorivka.", "en"))
    assert ("IRN", "145", "SAU") in codes(code(coder, "Iranian protesters stormed the Saudi embassy in Tehran.", "en"))
