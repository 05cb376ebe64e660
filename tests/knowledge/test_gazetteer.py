"""The gazetteer: exonyms, countries over cities, and the cached index."""

from __future__ import annotations

import pytest

from diurna.knowledge.actors import ActorKnowledge
from diurna.knowledge.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    cache = tmp_path_factory.mktemp("cache")
    return Gazetteer.load(ActorKnowledge.load(), cache=cache), cache


def test_index_is_cached_and_reloaded_identically(built):
    gazetteer, cache = built
    files = list(cache.glob("gazetteer-*.pickle"))
    assert len(files) == 1
    again = Gazetteer.load(ActorKnowledge.load(), cache=cache)
    for name in ("Bruxelles", "Kyïv", "Tripoli", "Saint-Denis"):
        assert [c.place for c in again.lookup(name)] == [c.place for c in gazetteer.lookup(name)]


@pytest.mark.parametrize(
    "name,country",
    [("Bruxelles", "BEL"), ("Londres", "GBR"), ("Pékin", "CHN"), ("Varsovie", "POL"), ("Moscou", "RUS"),
     ("Le Caire", "EGY"), ("Alger", "DZA"), ("Kiev", "UKR"), ("Kyiv", "UKR"), ("Kyïv", "UKR")],
)
def test_french_exonyms(built, name, country):
    gazetteer, _ = built
    assert gazetteer.lookup(name)[0].place.country == country


def test_a_country_outranks_a_city_of_its_name(built):
    gazetteer, _ = built
    assert gazetteer.lookup("Mexico")[0].place.feature == "country"
    assert gazetteer.lookup("Russie")[0].place.feature == "country"


def test_unknown_name_has_no_candidate(built):
    gazetteer, _ = built
    assert gazetteer.lookup("Zqxvbourg") == []


@pytest.mark.parametrize(
    "seat,country,capital",
    [("White House", "USA", "Washington"), ("Maison-Blanche", "USA", "Washington"), ("Kremlin", "RUS", "Moscow")],
)
def test_a_seat_of_power_is_in_its_capital(built, seat, country, capital):
    # GeoNames lists "White House" among Casablanca's alternate names: the seat outranks it.
    gazetteer, _ = built
    place = gazetteer.lookup(seat)[0].place
    assert (place.country, place.name) == (country, capital)


def test_a_seat_that_is_a_town_of_its_country_stays_that_town(built):
    # Abidjan is Côte d'Ivoire's seat of government; its capital is Yamoussoukro.
    gazetteer, _ = built
    assert gazetteer.lookup("Abidjan")[0].place.name == "Abidjan"
    assert gazetteer.lookup("Moscou")[0].place.feature == "city"


def test_small_towns_are_kept_apart_from_the_index(built):
    # Aguelhok (Mali, some 8,000 people) is among GeoNames' towns of 1,000 and more only.
    gazetteer, _ = built
    assert gazetteer.lookup("Aguelhok") == []
    towns = gazetteer.lookup_town("Aguelhok")
    assert towns and towns[0].place.country == "MLI" and towns[0].place.feature == "city"
    assert towns[0].within  # its region: "Aguelhok, Kidal" can decide between namesakes


def test_a_name_the_index_holds_has_no_small_town(built):
    # Small towns named Paris or Moscow never compete with the cities.
    gazetteer, _ = built
    assert gazetteer.lookup_town("Paris") == [] and gazetteer.lookup_town("Moscou") == []


def test_a_settlement_noun_before_a_name_is_measured():
    from diurna.knowledge.gazetteer import RegionNames

    designators = RegionNames.load().designators
    assert designators.settlement_prefix("ville de Goma") == len("ville de ")
    assert designators.settlement_prefix("the town of Goma"[4:]) == len("town of ")
    assert designators.settlement_prefix("Ville de Québec") == 0  # a name, capitalised
    assert designators.settlement_prefix("mer du Japon") == 0


def test_a_subdivision_left_out_of_the_regions_is_a_small_place(built):
    # Shabunda is a territory of South Kivu (a second-level division, not indexed as a region).
    gazetteer, _ = built
    assert gazetteer.lookup("Shabunda") == []
    found = gazetteer.lookup_town("Shabunda")
    assert found and found[0].place.country == "COD" and found[0].place.feature == "region"


def test_an_actor_word_is_no_small_place(built):
    # GeoNames has towns named Congress (Arizona) and Court (Switzerland), and a district named Korea.
    gazetteer, _ = built
    assert gazetteer.lookup_town("Congress") == [] and gazetteer.lookup_town("Court") == []
    assert gazetteer.lookup_town("Korea") == []


@pytest.mark.parametrize("written,country", [("Abu-Dhabi", "ARE"), ("Port au Prince", "HTI")])
def test_a_hyphen_and_a_space_meet(built, written, country):
    gazetteer, _ = built
    assert gazetteer.lookup(written)[0].place.country == country


def test_a_first_name_of_a_known_person_is_no_small_place(built):
    # GeoNames has towns named Daniel and Donald in the United States; people of the actor data bear them.
    gazetteer, _ = built
    assert gazetteer.lookup_town("Daniel") == [] and gazetteer.lookup_town("Donald") == []


def test_a_smaller_citys_other_name_leaves_room_for_the_town_it_names(built):
    # GeoNames gives Çermik (Turkey, some 21,000 people) the name of the Armenian spa town Jermuk;
    # a city that populous keeps its other names to itself ("Moscou" stays Moscow's alone).
    gazetteer, _ = built
    assert gazetteer.lookup("Jermuk")[0].place.country == "TUR"
    towns = gazetteer.lookup_town("Jermuk")
    assert towns and towns[0].place.country == "ARM"
    assert gazetteer.lookup_town("Moscou") == []
