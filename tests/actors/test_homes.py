"""The home country of bare sector nouns and party nouns (diurna.actors.homes, settled.settle_actor_mentions)."""

from __future__ import annotations

import datetime as dt

from diurna.actors.context import OF_WORDS
from diurna.actors.homes import places_country, sentence_place_country
from diurna.records import Actor, ActorMention, Place, PlaceMention, TextSpan


def _mentions(coder, text: str, lang: str, day: str = "2023-05-10") -> list[tuple]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def _found(mentions, text: str):
    return [m[1:] for m in mentions if m[0] == text]


def _actor(country: str | None, how: str, sentence: int, start: int) -> ActorMention:
    return ActorMention(TextSpan("x", start, start + 1), Actor(country, country, None, None, None, how), sentence, 0, 0)


def _place(country: str, sentence: int, start: int = 50) -> PlaceMention:
    return PlaceMention(TextSpan("Lyon", start, start + 4), Place("Lyon", country, 45.7, 4.8, "city", None), sentence, 0, 0)


def test_the_places_of_an_article_naming_no_state_are_its_home():
    assert places_country([], [_place("FRA", 0), _place("FRA", 1)]) == "FRA"
    assert places_country([], [_place("FRA", 0), _place("BEL", 1)]) is None
    # A state named as an actor decides by the rules of names, not by places.
    assert places_country([_actor("DEU", "name", 0, 0)], [_place("FRA", 1)]) is None


def test_a_sentences_places_are_its_peoples_unless_another_state_acts_in_it():
    placed = frozenset({(0, 10)})
    assert sentence_place_country(0, [], frozenset(), [_place("CAN", 0)]) == "CAN"
    # "Russian troops shelled Kharkiv": the residents of that sentence are not told apart.
    assert sentence_place_country(0, [_actor("RUS", "sector", 0, 0)], frozenset(), [_place("UKR", 0)]) is None
    # A capital after "in" says where, as a place does.
    assert sentence_place_country(0, [_actor("CAN", "seat", 0, 10)], placed, [_place("CAN", 0)]) == "CAN"
    assert sentence_place_country(1, [], frozenset(), [_place("CAN", 0)]) is None
    # "condemned Russia's attacks on civilians": the acting name listed among places is no place.
    russia = _actor("RUS", "name", 0, 50)
    assert sentence_place_country(0, [russia], frozenset(), [_place("RUS", 0, 50)]) is None


def test_french_cities_make_a_french_article(coder):
    found = _mentions(
        coder,
        "Le ministère de l'Intérieur a mobilisé des milliers de policiers dimanche. Des renforts ont été envoyés à Lille et à Nantes.",
        "fr",
    )
    assert _found(found, "Le ministère") == [("FRA", None, "GOV")]
    english = _mentions(coder, "The unions called a strike at the port. Thousands marched in Leeds and Sheffield.", "en")
    assert _found(english, "The unions") == [("GBR", None, "LAB")]


def test_people_acting_where_their_sentence_is(coder):
    found = _mentions(
        coder, "Demonstrators clashed with police in Lagos on Monday. The rally denounced the deportation of Ghanaian migrants.", "en"
    )
    assert _found(found, "Demonstrators") == [("NGA", None, "CVL")]
    assert _found(found, "police") == [("NGA", None, "COP")]
    # Ministers travel: those meeting in a city are not its state's.
    ministers = _mentions(coder, "The ministers met in Luxembourg on Monday. Ghanaian migrants were deported.", "en")
    assert not _found(ministers, "The ministers"), ministers
    # "Moscow-backed": a hyphened place qualifies a noun, it is no place of the article.
    backed = _mentions(coder, "Moscow-backed forces shelled the town on Sunday.", "en")
    assert all(m[1] != "RUS" for m in backed), backed


def test_party_and_camp_nouns_are_the_opposition_of_the_home_country(coder):
    us = _mentions(coder, "The Republicans blocked the spending bill on Tuesday.", "en")
    assert _found(us, "The Republicans") == [("USA", None, "OPP")]
    tories = _mentions(coder, "The Tories lost two seats on Thursday.", "en")
    assert _found(tories, "The Tories") == [("GBR", None, "OPP")]
    gauche = _mentions(coder, "Le gouvernement français a présenté sa réforme. La gauche a dénoncé un passage en force.", "fr")
    assert _found(gauche, "La gauche") == [("FRA", None, "OPP")]
    # In an article about a state, a party noun is its own ("Les Républicains" in France).
    france = _mentions(coder, "Le gouvernement français a présenté sa réforme. Les républicains ont voté contre.", "fr")
    assert _found(france, "Les républicains") == [("FRA", None, "OPP")]
    # An adjective is no party: "les valeurs républicaines".
    values = _mentions(coder, "Le président français a défendu les valeurs républicaines.", "fr")
    assert not [m for m in values if "républicaines" in m[0]], values
    prisoners = _mentions(coder, "Cuba freed 53 political prisoners on Monday. The Cuban government confirmed it.", "en")
    assert _found(prisoners, "53 political prisoners") in ([("CUB", None, "OPP")], []), prisoners
    assert any(m[3] == "OPP" for m in prisoners if "prisoners" in m[0]), prisoners


def test_an_adjective_in_a_nouns_place_is_a_sector_noun(coder):
    # The tagger reads "civils" after "des dizaines de" as an adjective; its dependency is a noun's.
    found = _mentions(coder, "Des miliciens ont enlevé des dizaines de civils maliens.", "fr")
    assert _found(found, "civils maliens") == [("MLI", None, "CVL")]
    # A modifier stays one: "le personnel civil" names no civilians.
    staff = _mentions(coder, "Le ministère russe a évacué le personnel civil de l'ambassade.", "fr")
    assert not [m for m in staff if m[0].endswith("civil")], staff


def test_a_surname_after_in_is_a_place(coder):
    found = _mentions(coder, "Police in Lagos arrested dozens of protesters on Monday.", "en")
    assert all(m[1] != "CHL" for m in found), found


def test_local_rulers_and_the_islamic_republic(coder):
    mayor = _mentions(coder, "The mayor in Kyiv said the shelling went on. Russian troops advanced.", "en")
    assert _found(mayor, "The mayor") == [("UKR", None, "GOV")]
    # A ruler is not told by a place elsewhere in the sentence: the government reacts to events abroad.
    abroad = _mentions(coder, "The government condemned the bombing in Kharkiv on Monday. Russian troops advanced.", "en")
    assert all(m[1] != "UKR" for m in abroad if m[0] == "The government"), abroad
    iran = _mentions(coder, "The Islamic Republic rejected the offer. The Islamic Republic of Pakistan welcomed it.", "en")
    assert _found(iran, "The Islamic Republic") == [("IRN", None, None)]
    assert _found(iran, "The Islamic Republic of Pakistan") == [("PAK", None, None)]
    iran_fr = _mentions(coder, "La République islamique a rejeté la proposition.", "fr")
    assert _found(iran_fr, "La République islamique") == [("IRN", None, None)]


def test_a_state_agent_does_not_act_on_its_own_state_named_as_a_whole(coder):
    # France is named most, but the junta that accuses France is Niger's.
    text = "Niger's military leaders ordered the French ambassador to leave. The junta accused France of interference."
    assert _found(_mentions(coder, text, "en"), "The junta") == [("NER", None, "GOV")]
    text = "Les autorités maliennes ont expulsé l'ambassadeur de France. La junte a accusé Paris d'ingérence."
    assert _found(_mentions(coder, text, "fr"), "La junte") == [("MLI", None, "GOV")]


def test_a_country_after_a_contracted_preposition_says_where(coder):
    # "au Mali" is where the sentence happens, as "à Bamako" is: the bare noun of that sentence
    # takes the article's one country.
    text = "Les mutins ont arrêté le président au Mali."
    assert _found(_mentions(coder, text, "fr"), "Les mutins") == [("MLI", None, "MIL")]



def test_people_named_with_their_place_are_its_states(coder):
    # Russia dominates the article, but the residents of a Ukrainian city are Ukraine's.
    text = "Russia struck Kharkiv overnight. Residents of Kharkiv accused Moscow of targeting civilians."
    assert _found(_mentions(coder, text, "en"), "Residents") == [("UKR", None, "CVL")]
    text = "Israël a ordonné aux habitants de Gaza de partir vers le sud."
    assert _found(_mentions(coder, text, "fr"), "habitants") == [("PSE", None, "CVL")]


def test_of_place_finds_the_proper_noun_after_of_or_de(coder):
    from diurna.actors.homes import of_place

    doc = coder.pipelines.get("en")("Residents of Kharkiv fled.")
    assert of_place(doc, 0, OF_WORDS) == 2
    doc = coder.pipelines.get("fr")("Les habitants de Marioupol ont fui.")
    assert of_place(doc, 1, OF_WORDS) == 3
    doc = coder.pipelines.get("en")("Residents fled the city.")
    assert of_place(doc, 0, OF_WORDS) is None


def test_other_home_is_the_country_named_most_outside_the_excluded():
    from diurna.actors.homes import other_home

    mentions = [_actor("FRA", "name", 0, 0), _actor("FRA", "seat", 1, 5), _actor("NER", "sector", 0, 9)]
    assert other_home(mentions, frozenset({"FRA"})) == "NER"
    # A tie names no country; a domestic mention counts for none.
    mentions.append(_actor("MLI", "name", 1, 12))
    assert other_home(mentions, frozenset({"FRA"})) is None
    assert other_home([_actor("NER", "domestic", 0, 0)], frozenset({"FRA"})) is None
