"""Toponyms and their resolution."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.records import CodedArticle


def places(coder, text, lang):
    result = coder.code_text(text, date=dt.date(2022, 3, 24), lang=lang)
    assert isinstance(result, CodedArticle)
    return {p.span.text: p.place for p in result.places}


def places_of(coder, text, lang):
    """Every place mention, in order: (text, country, feature)."""
    result = coder.code_text(text, date=dt.date(2022, 3, 24), lang=lang)
    assert isinstance(result, CodedArticle)
    return [(p.span.text, p.place.country if p.place else None, p.place.feature if p.place else None) for p in result.places]


def test_french_exonyms_resolve(coder):
    found = places(coder, "Les ministres se sont réunis à Bruxelles puis à Varsovie et à Pékin.", "fr")
    assert found["Bruxelles"].country == "BEL" and found["Bruxelles"].geonameid == 2800866
    assert found["Varsovie"].country == "POL"
    assert found["Pékin"].country == "CHN"


def test_context_decides_ambiguous_names(coder):
    assert places(coder, "A tornado damaged homes in Paris, Texas, on Sunday.", "en")["Paris"].country == "USA"
    assert places(coder, "Clashes erupted in Tripoli, Lebanon, on Monday.", "en")["Tripoli"].country == "LBN"
    assert places(coder, "Des combats ont éclaté à Tripoli, en Libye.", "fr")["Tripoli"].country == "LBY"
    assert places(coder, "Les ministres se sont réunis à Paris.", "fr")["Paris"].country == "FRA"


def test_unknown_place_keeps_its_mention(coder):
    found = places(coder, "Les combats ont repris à Zqxvbourg.", "fr")
    assert "Zqxvbourg" in found and found["Zqxvbourg"] is None


def test_capital_as_actor_is_not_a_place(coder):
    found = places(coder, "Moscou a dénoncé les sanctions.", "fr")
    assert "Moscou" not in found


def test_regions_are_places_in_both_languages(coder):
    # Issue 6: first-level regions, French départements and oblasts.
    assert places_of(coder, "Les combats se poursuivent en Crimée et dans l'oblast de Louhansk.", "fr") == [
        ("Crimée", "UKR", "region"), ("oblast de Louhansk", "UKR", "region")
    ]
    assert places_of(coder, "Wildfires spread across California and Oregon on Monday.", "en") == [
        ("California", "USA", "region"), ("Oregon", "USA", "region")
    ]
    assert places_of(coder, "Les inondations ont touché la Bavière.", "fr") == [("Bavière", "DEU", "region")]


@pytest.mark.parametrize(
    "text,lang,name,country",
    [
        # Issue 6: a region beside a town decides ("dans l'Isère", "en Ontario", "en Mayenne").
        ("Un incendie a ravagé un entrepôt à Vienne, dans l'Isère.", "fr", "Vienne", "FRA"),
        ("Un camion a foncé sur une famille à London, en Ontario.", "fr", "London", "CAN"),
        ("Les agriculteurs ont bloqué la rocade de Laval, en Mayenne.", "fr", "Laval", "FRA"),
        # Without the region the capital and the big city keep the name.
        ("Les ministres se sont réunis à Vienne.", "fr", "Vienne", "AUT"),
        ("Thousands marched in London on Saturday.", "en", "London", "GBR"),
    ],
)
def test_a_region_beside_a_town_decides_its_country(coder, text, lang, name, country):
    assert places(coder, text, lang)[name].country == country


def test_a_capital_with_a_foreign_region_beside_it_is_a_place(coder):
    found = places(coder, "Moscow, Idaho, was shaken by the killing of four students.", "en")
    assert found["Moscow"].country == "USA" and found["Idaho"].feature == "region"
    assert "Moscou" not in places(coder, "Moscou a dénoncé les sanctions.", "fr")


def test_the_region_given_picks_the_town_among_namesakes_of_one_country(coder):
    maine = places(coder, "Police in Portland, Maine, arrested two men.", "en")["Portland"]
    oregon = places(coder, "Police in Portland, Oregon, arrested two men.", "en")["Portland"]
    assert maine.country == oregon.country == "USA"
    assert maine.lat > 43 and maine.lon > -71  # Maine's Portland, on the Atlantic
    assert oregon.lon < -120


def test_a_region_after_a_town_is_the_region_that_holds_it(coder):
    assert places_of(coder, "Voters in Atlanta, Georgia, waited for hours.", "en") == [
        ("Atlanta", "USA", "city"), ("Georgia", "USA", "region")
    ]
    assert places_of(coder, "Snow buried cars in Buffalo, New York, on Friday.", "en") == [
        ("Buffalo", "USA", "city"), ("New York", "USA", "region")
    ]
    assert places_of(coder, "Russian troops entered Georgia and shelled Gori.", "en")[0] == ("Georgia", "GEO", "country")
    # A list of towns is no town and its region: Paris stays the city, Vienne the Austrian capital.
    assert places_of(coder, "Des manifestations ont eu lieu à Vienne, Paris et Berlin.", "fr") == [
        ("Vienne", "AUT", "city"), ("Paris", "FRA", "city"), ("Berlin", "DEU", "city")
    ]


def test_a_town_keeps_its_name_from_its_region(coder):
    found = places_of(coder, "Le président s'est rendu à New York, puis à Washington.", "fr")
    assert found == [("New York", "USA", "city"), ("Washington", "USA", "city")]
    assert places_of(coder, "Des élections ont eu lieu au Québec.", "fr") == [("Québec", "CAN", "city")]
    assert places(coder, "Des migrants sont arrivés au Mexique.", "fr")["Mexique"].feature == "country"


def test_a_nearby_place_decides_between_countries(coder):
    assert places(coder, "Flooding closed roads around Perth and Dundee on Sunday.", "en")["Perth"].country == "GBR"
    assert places(coder, "Bushfires threatened homes near Perth.", "en")["Perth"].country == "AUS"


def test_a_contracted_article_is_not_part_of_the_name(coder):
    found = places_of(coder, "Les négociations ont repris dimanche au Caire.", "fr")
    assert found == [("Caire", "EGY", "city")]


def test_a_mistagged_name_after_a_locative_preposition_is_a_place(coder):
    assert places(coder, "Fighting continued around Bakhmut overnight.", "en")["Bakhmut"].country == "UKR"


@pytest.mark.parametrize(
    "text, lang, name, country",
    [
        ("Des milliers de personnes ont manifesté à Saint-Denis, au nord de Paris.", "fr", "Saint-Denis", "FRA"),
        ("Le cyclone a frappé Saint-Denis, à La Réunion, dimanche.", "fr", "Saint-Denis", "REU"),
        ("Talks between Egypt and Israel opened in Alexandria on Monday.", "en", "Alexandria", "EGY"),
        ("The Pentagon briefing was held in Alexandria, Virginia.", "en", "Alexandria", "USA"),
        ("Farmers blocked the port of Valencia, Spain's third city.", "en", "Valencia", "ESP"),
        ("Venezuelan troops were deployed in Valencia, in Carabobo state.", "en", "Valencia", "VEN"),
        ("Les étudiants chiliens ont défilé à Santiago mardi.", "fr", "Santiago", "CHL"),
        ("Argentine unions held a strike in Córdoba on Thursday.", "en", "Córdoba", "ARG"),
        ("La police espagnole a arrêté trois suspects à Cordoue.", "fr", "Cordoue", "ESP"),
    ],
)
def test_ambiguous_names_follow_their_context(coder, text, lang, name, country):
    found = places(coder, text, lang)
    assert found[name] is not None and found[name].country == country


def test_an_organization_is_no_place(coder):
    found = places_of(coder, "Le secrétaire général de l'OTAN a rencontré les dirigeants du G7 à Bruxelles.", "fr")
    assert [name for name, _country, _feature in found] == ["Bruxelles"]


def test_a_place_named_with_a_designator_resolves(coder):
    found = places(coder, "Des hommes armés ont attaqué un village de l'État de Borno, puis ont visé l'aéroport de Maiduguri.", "fr")
    assert found["État de Borno"].country == "NGA"
    assert found["aéroport de Maiduguri"].country == "NGA" and found["aéroport de Maiduguri"].feature == "city"


def test_a_settlement_noun_is_no_part_of_the_name(coder):
    # A place entity the model draws over "la ville de Bunia" is the town Bunia; a sea named
    # whole ("la mer Baltique") keeps its words.
    from spacy.tokens import Span

    from diurna.places import _spans

    doc = coder.pipelines.get("fr")("Des miliciens ont pillé la ville de Bunia puis longé la mer Baltique.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("la"), words.index("Bunia") + 1, "LOC"), Span(doc, len(words) - 4, len(words) - 1, "LOC")]
    spans, placed = _spans(doc, coder.profiles["fr"], coder.gazetteer, set())
    assert [s.text for s in spans] == ["Bunia", "mer Baltique"]
    assert words.index("Bunia") in placed


@pytest.mark.parametrize(
    "text,lang,name,country",
    [
        ("Gunmen stormed a Malian police post in Aguelhok overnight.", "en", "Aguelhok", "MLI"),
        ("Jihadists besieged the town of Gorom-Gorom, in northern Burkina Faso, for a week.", "en", "Gorom-Gorom", "BFA"),
        ("Un convoi de l'armée malienne a été pris pour cible à Ansongo jeudi.", "fr", "Ansongo", "MLI"),
        ("Des hommes armés ont incendié la localité d'Aguelhok, au Mali, dans la nuit.", "fr", "Aguelhok", "MLI"),
        ("Les combats ont repris jeudi à Shabunda, au Sud-Kivu congolais.", "fr", "Shabunda", "COD"),
    ],
)
def test_a_small_town_is_a_place_where_the_text_says_so(coder, text, lang, name, country):
    found = places(coder, text, lang)
    assert found[name] is not None and found[name].country == country


def test_a_small_town_name_is_no_place_without_a_place_context(coder):
    # GeoNames has a town of a few thousand people named Aguelhok, in Mali: as the subject of a
    # sentence, with no preposition or settlement noun before it, the name is not taken for it.
    found = places(coder, "Aguelhok said the Malian talks would resume.", "en")
    assert found.get("Aguelhok") is None


def test_a_small_town_of_a_country_the_article_does_not_name_is_no_place(coder):
    # The only Aguelhok of GeoNames is in Mali: an article on Chile does not mean it.
    found = places(coder, "Chilean police raided a warehouse in Aguelhok on Tuesday.", "en")
    assert found.get("Aguelhok") is None
