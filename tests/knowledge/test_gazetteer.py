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
