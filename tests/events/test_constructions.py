"""General constructions of French and English, coded by the real pipeline.

Each sentence is written here for the construction it shows; none is from the
examples or the seed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .support import DAY, code, codes, dyads


@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("fr", "La Pologne a condamné l'attaque russe contre la centrale.", ("POL", "11", "RUS")),
        ("en", "Poland condemned the Russian attack on the power plant.", ("POL", "11", "RUS")),
        ("fr", "Le Japon a été critiqué par la Chine.", ("CHN", "11", "JPN")),
        ("en", "Japan was criticized by China.", ("CHN", "11", "JPN")),
        ("fr", "L'Union européenne a imposé de nouvelles sanctions à l'Iran.", ("EU", "16", "IRN")),
        ("en", "The European Union imposed new sanctions on Iran.", ("EU", "16", "IRN")),
        ("fr", "Le Canada a apporté son soutien à la Moldavie.", ("CAN", "05", "MDA")),
        ("en", "Canada expressed its support for Moldova.", ("CAN", "05", "MDA")),
    ],
)
def test_frames(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "Le Brésil et l'Argentine ont signé un accord commercial."),
        ("en", "Brazil and Argentina signed a trade agreement."),
    ],
)
def test_coordinated_actors_give_one_event_per_pair(coder, lang, text):
    events = code(coder, text, lang)
    pairs = {frozenset((e.source.actor.key, e.target.actor.key)) for e in events if e.target}
    assert frozenset(("BRA", "ARG")) in pairs


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La Turquie a condamné la Grèce et Chypre."),
        ("en", "Turkey condemned Greece and Cyprus."),
    ],
)
def test_coordinated_targets(coder, lang, text):
    assert {("TUR", "11", "GRC"), ("TUR", "11", "CYP")} <= dyads(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,reversed_dyad",
    [
        ("fr", "L'Ukraine a été envahie par la Russie.", ("UKR", "19", "RUS")),
        ("en", "Ukraine was invaded by Russia.", ("UKR", "19", "RUS")),
    ],
)
def test_passive_keeps_the_roles(coder, lang, text, reversed_dyad):
    found = dyads(code(coder, text, lang))
    assert ("RUS", "19", "UKR") in found
    assert reversed_dyad not in found


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La France n'a pas condamné l'Algérie."),
        ("en", "France did not condemn Algeria."),
    ],
)
def test_negated_acts_are_flagged(coder, lang, text):
    events = [e for e in code(coder, text, lang) if e.cameo.root == "11"]
    assert events and all(e.negated for e in events)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La Russie va-t-elle attaquer la Moldavie ?"),
        ("en", "Will Russia attack Moldova?"),
        ("fr", "Si la Chine attaque Taïwan, le Japon réagira."),
        ("en", "If China attacks Taiwan, Japan will respond."),
        ("fr", "L'Allemagne a appelé la Serbie à ne pas attaquer le Kosovo."),
        ("en", "Germany urged Serbia to refrain from attacking Kosovo."),
    ],
)
def test_questions_conditions_and_requested_acts_are_not_facts(coder, lang, text):
    assert not any(e.cameo.root in ("18", "19") for e in code(coder, text, lang))


def test_reported_speech_keeps_the_reported_actors(coder):
    events = code(coder, "Le ministre a déclaré que l'Inde avait condamné le Pakistan.", "fr")
    assert ("IND", "11", "PAK") in dyads(events)


def test_appeal_targets_the_object_not_the_complement(coder):
    found = dyads(code(coder, "L'ONU a appelé l'Éthiopie à cesser les combats avec l'Érythrée.", "fr"))
    assert ("UN", "02", "ETH") in found
    assert not any(d[0] == "ETH" for d in found)


def test_intended_meeting_is_an_intent(coder):
    events = code(coder, "Japan's prime minister said he wants to meet the Chinese president.", "en")
    assert any(e.cameo.code == "036" and e.source.actor.key == "JPN" and e.target.actor.key == "CHN" for e in events)


def test_event_date_relative_to_the_article(coder):
    events = code(coder, "Hier, la Chine a critiqué le Japon.", "fr")
    event = next(e for e in events if e.cameo.root == "11")
    assert event.date.date == DAY - dt.timedelta(days=1) and event.date.basis == "text"
    later = code(coder, "La Chine a critiqué le Japon.", "fr")
    assert later[0].date.date == DAY and later[0].date.basis == "article"


def test_event_location_from_its_clause(coder):
    events = code(coder, "Le président français a rencontré le chancelier allemand à Berlin.", "fr")
    meeting = next(e for e in events if e.cameo.root == "04")
    assert meeting.location.place.country == "DEU"
    assert meeting.location.span.text == "Berlin"


def test_event_location_named_inside_a_locative_phrase(coder):
    # "dans le centre de Moscou", "au large de Goa": the town of the phrase's noun is where.
    events = code(coder, "Des milliers de manifestants ont défilé samedi dans le centre de Moscou contre le gouvernement.", "fr")
    march = next(e for e in events if e.cameo.root == "14")
    assert march.location is not None and march.location.place.country == "RUS"
    drills = code(coder, "Indian and French warships held joint exercises off the coast of Goa on Monday.", "en")
    assert any(e.location is not None and e.location.place.country == "IND" for e in drills)


def test_a_target_after_a_locative_preposition_is_where_only_for_acts_that_go_there(coder):
    # An apology or a loan "au Suriname" is made to it, not there; a visit "à Alger" happens there.
    apology = next(e for e in code(coder, "Le gouvernement néerlandais a présenté des excuses officielles au Suriname.", "fr") if e.cameo.root == "05")
    assert apology.location is None
    visit = next(e for e in code(coder, "Le ministre français des Affaires étrangères s'est rendu mercredi à Alger.", "fr") if e.cameo.root == "04")
    assert visit.location is not None and visit.location.place.country == "DZA"


def test_coordinated_qualifiers_of_a_name_and_an_adjective_are_both_sources(coder):
    # "US/PROPN and British/ADJ warplanes": one event per state, as for two adjectives.
    found = dyads(code(coder, "US and British warplanes struck Houthi targets in Yemen on Sunday.", "en"))
    assert {("USA", "19", "YEM"), ("GBR", "19", "YEM")} <= found


def test_force_on_a_thing_in_a_place_is_aimed_at_its_state(coder):
    # As in English ("struck a refinery in Krasnodar"): the place says whose the thing is.
    found = dyads(code(coder, "L'armée ukrainienne a frappé une raffinerie dans la région de Krasnodar.", "fr"))
    assert ("UKR", "19", "RUS") in found
    found = dyads(code(coder, "L'aviation israélienne a bombardé un hôpital à Gaza.", "fr"))
    assert ("ISR", "19", "PSE") in found
    # An actor named as the object stays the target.
    assert ("ISR", "19", "LBN") in dyads(code(coder, "Israël a frappé le Hezbollah au Liban.", "fr"))


def test_at_most_one_event_per_trigger_source_target(coder):
    events = code(coder, "La Suède a vivement condamné et condamné encore la Russie.", "fr")
    keys = [(e.trigger.start, e.source.actor.key, e.target.actor.key if e.target else None) for e in events]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    "lang,text",
    [
        ("fr", "La Chine a critiqué le Japon lundi. Elle a aussi condamné la Corée du Sud."),
        ("en", "China criticised Japan on Monday. It also condemned South Korea."),
    ],
)
def test_a_subject_pronoun_takes_the_previous_subject(coder, lang, text):
    assert ("CHN", "11", "KOR") in dyads(code(coder, text, lang))


def test_long_sentences_and_long_lists_stay_bounded(coder):
    countries = [
        "la France", "l'Allemagne", "l'Italie", "l'Espagne", "la Belgique", "les Pays-Bas", "la Pologne", "la Suède",
        "la Finlande", "le Danemark", "la Norvège", "l'Autriche", "la Grèce", "le Portugal", "l'Irlande", "la Roumanie",
        "la Bulgarie", "la Hongrie", "la Tchéquie", "la Slovaquie", "la Slovénie", "la Croatie", "l'Estonie",
        "la Lettonie", "la Lituanie", "le Luxembourg", "Malte", "Chypre", "l'Islande", "la Suisse", "le Canada",
        "le Japon", "l'Australie", "la Corée du Sud", "le Mexique", "le Brésil", "l'Argentine", "le Chili",
        "la Colombie", "le Pérou",
    ]
    listing = ", ".join(countries[:-1]) + " et " + countries[-1] + " ont condamné la Russie et la Biélorussie."
    events = code(coder, listing, "fr")
    assert len(events) <= coder.config.max_events_per_trigger
    long_sentence = "La France a condamné la Russie " + "et la Biélorussie " * 240 + "."
    assert len(code(coder, long_sentence, "fr")) <= coder.config.max_events_per_trigger
    shouting = code(coder, "LA FRANCE A CONDAMNÉ LA RUSSIE. « « La Chine a dit : « Non » » »", "fr")
    assert isinstance(shouting, tuple)


# A purpose clause of protest tells why when the verb it hangs on codes that protest itself
# (a strike is a protest: one event), and is the act when the verb codes none (a march).
def test_a_purpose_clause_yields_to_the_protest_its_verb_codes(coder):
    found = codes(code(coder, "Les ouvriers de l'usine Renault en France ont cessé le travail mardi pour protester contre le gouvernement français.", "fr"))
    assert [c for c in found if c[1].startswith("14")] == [("FRA", "143", "FRA")]
    marched = codes(code(coder, "Des milliers d'agriculteurs indiens ont marché sur New Delhi pour protester contre la réforme du gouvernement.", "fr"))
    assert any(c[1].startswith("14") for c in marched)
