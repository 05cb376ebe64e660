"""Every knowledge file keeps its schema and its rules."""

from __future__ import annotations

import datetime as dt

import pytest

from diurna.knowledge.actors import ActorKnowledge, fold
from diurna.knowledge.language_profile import LANGUAGES, load_language_profile
from diurna.knowledge.ontology import Ontology, is_child_code
from diurna.knowledge.patterns import PatternSet

# CAMEO role codes and the generic international ones a sector field may hold.
SECTORS = {
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "CVL", "BUS", "MED", "REF", "EDU", "HLH", "LAB",
    "AGR", "ELI", "CRM", "SPY", "REL", "SEP", "ENV", "HRI", "UAF", "IGO", "NGO", "IMG", "INT", "MNC", "NGM",
    "PTY", "MOD", "RAD", "DEV", "IGOPKO", "PKO", "UIS",
}


@pytest.fixture(scope="module")
def actors() -> ActorKnowledge:
    return ActorKnowledge.load()


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def test_actor_data_has_no_broken_rule(actors):
    problems = actors.validate(SECTORS)
    assert not problems, "\n".join(problems[:50])


def test_countries_cover_the_un_and_more(actors):
    assert len(actors.countries) >= 240
    for iso3 in ("RUS", "UKR", "FRA", "USA", "CHN", "TWN", "XKX", "ESH", "PSE", "VAT"):
        assert iso3 in actors.countries
    for iso3, country in actors.countries.items():
        assert len(iso3) == 3 and iso3.isupper()
        assert country.names["en"] and country.names["fr"], iso3


def test_organizations_have_names_in_both_languages(actors):
    assert len(actors.organizations) >= 150
    for org in actors.organizations.values():
        assert org.names["en"] and org.names["fr"], org.id
        assert org.sector in SECTORS, (org.id, org.sector)


def test_office_holders_are_ordered_and_dated(actors):
    for office in actors.offices.values():
        starts = [h.start for h in office.holders]
        assert starts == sorted(starts), office.id
        for holder in office.holders:
            assert holder.start > dt.date(1900, 1, 1), (office.id, holder.name)


def test_nato_secretary_general_by_date(actors):
    office = actors.office_for("secrétaire général", "fr", organization="NATO")
    assert office is not None
    assert office.holder_on(dt.date(2022, 3, 24)).name == "Jens Stoltenberg"
    assert office.holder_on(dt.date(2025, 1, 10)).name == "Mark Rutte"


def test_every_cameo_code_has_a_goldstein_value_and_quad_class(ontology):
    assert len(ontology.cameo) >= 300
    roots = {c.root for c in ontology.cameo.values()}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for coding in ontology.cameo.values():
        assert coding.goldstein is not None and -10 <= coding.goldstein <= 10, coding.code
        assert coding.quad_class == (1 if coding.root <= "05" else 2 if coding.root <= "08" else 3 if coding.root <= "13" else 4)


def test_crosswalk_follows_the_project_decisions(ontology):
    assert ontology.plover_for("010") is None
    assert ontology.plover_for("020").type == "REQUEST"
    assert ontology.plover_for("016").type == "REJECT"
    assert ontology.plover_for("163").type == "SANCTION"
    assert ontology.plover_for("200").type == "ASSAULT"
    for code in ontology.cameo:
        coding = ontology.plover_for(code)
        if coding is not None:
            assert coding.type in ontology.plover_types, code
            assert set(coding.context) <= ontology.plover_contexts | {"humanitarian", "democracy"}, code


def test_intent_codes_are_cameo_03_codes_keyed_by_a_root_or_a_code(ontology):
    roots = {coding.root for coding in ontology.cameo.values()}
    for act, intent in ontology.intent_codes.items():
        assert act in roots or (act in ontology.cameo and act[:2] in ontology.intent_codes), act
        assert intent in ontology.cameo and ontology.cameo[intent].root == "03", (act, intent)
    assert ontology.intent_code("045") == "039" and ontology.intent_code("042") == "036"  # a code's own row wins
    assert ontology.intent_code("190") is None  # no intent code for force


@pytest.mark.parametrize("lang", LANGUAGES)
def test_patterns_use_valid_codes_and_cover_every_root(lang, ontology):
    patterns = PatternSet.load(lang)
    assert len(patterns.patterns) >= 250
    roots = {p.code[:2] for p in patterns.patterns}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    seen = set()
    for pattern in patterns.patterns:
        assert pattern.code in ontology.cameo, (pattern.name, pattern.code)
        if pattern.example_code:  # what the example's own words code, within the entry's code
            assert pattern.example_code in ontology.cameo and is_child_code(pattern.example_code, pattern.code), (pattern.name, pattern.example_code)
        assert pattern.kind in ("verb", "noun")
        key = (pattern.kind, pattern.name, pattern.target)
        assert key not in seen, key
        seen.add(key)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_profiles_load(lang):
    profile = load_language_profile(lang)
    assert len(profile.months) >= 12 and len(profile.weekdays) == 7
    assert profile.reporting_verbs and profile.irrealis_verbs


def test_fold_makes_apostrophes_plain():
    assert fold("l’OTAN") == "l'otan"


def test_actor_words_and_shared_institutions_load(actors):
    assert {"ville", "village"} <= actors.words.place_nouns["fr"]
    assert {"town", "city"} <= actors.words.place_nouns["en"]
    assert "former" in actors.words.former["en"] and "ancien" in actors.words.former["fr"]
    assert {"da", "van", "bin"} <= actors.words.name_particles["en"] == actors.words.name_particles["fr"]
    shared = [i for i in actors.institutions if i.shared]
    assert any("Conseil constitutionnel" in i.names["fr"] for i in shared)
    assert all(not i.shared for i in actors.institutions if "Knesset" in i.names["fr"])


def test_shared_institutions_name_only_known_states_they_may_be(actors):
    limited = [i for i in actors.institutions if i.shared_with]
    assert limited, "bare Congress names the states that have one"
    for institution in limited:
        assert institution.shared, institution.names
        assert institution.shared_with <= actors.countries.keys(), institution.shared_with - actors.countries.keys()
        assert institution.country not in institution.shared_with


def test_state_nouns_of_a_kind_name_only_known_states_of_it(actors):
    for lang in ("en", "fr"):
        nouns = actors.words.state_nouns[lang]
        assert nouns[{"en": "country", "fr": "pays"}[lang]] == frozenset()  # any state
        island, kingdom = nouns[{"en": "island", "fr": "île"}[lang]], nouns[{"en": "kingdom", "fr": "royaume"}[lang]]
        assert "TWN" in island and "CHN" not in island and "MAR" in kingdom and "FRA" not in kingdom
        for states in nouns.values():
            assert states <= actors.countries.keys(), states - actors.countries.keys()


def test_people_added_for_issue_5_hold_their_roles_only_in_their_terms(actors):
    egeland, _ = actors.person("Jan Egeland", dt.date(2005, 1, 5))
    assert (egeland.organization, egeland.sector) == ("UN", "IGO")
    assert actors.person("Jan Egeland", dt.date(2010, 1, 5))[0] is None
    thibault, _ = actors.person("Bernard Thibault", dt.date(2012, 7, 5))
    assert (thibault.country, thibault.sector) == ("FRA", "LAB")
    assert actors.person("Bernard Thibault", dt.date(2013, 6, 1))[0] is None
    abadi, name = actors.person("Abadi", dt.date(2015, 4, 10))
    assert (abadi.country, name) == ("IRQ", "Haider al-Abadi")
    former = actors.last_role("Haider al-Abadi", dt.date(2020, 1, 1))
    assert former is not None and former.country == "IRQ"


def test_an_organisation_seat_is_also_a_states_seat(actors):
    assert actors.organizations["EU"].seats["fr"] == ("Bruxelles",)
    belgium = actors.countries["BEL"]
    assert "Brussels" in belgium.seats["en"] and "Bruxelles" in belgium.seats["fr"]


def test_new_actor_word_tables_load_and_name_sector_nouns(actors):
    words = actors.words
    assert {"missile", "drone"} <= words.weapons["en"] and {"missile", "char"} <= words.weapons["fr"]
    assert "West Bank" in words.not_actors["en"]
    assert {"official", "police"} <= words.located["en"] and {"autorité", "police"} <= words.located["fr"]
    assert words.located_prepositions["en"] == frozenset({"in"}) and "à" in words.located_prepositions["fr"]
    assert words.bare_after["fr"] == frozenset({"en"})
    # Weapons and located nouns are sector nouns (validate() says so for every entry).
    for lang in ("en", "fr"):
        for phrase in (*words.weapons[lang], *words.located[lang]):
            assert (lang, phrase) in actors.sector_by_lemmas, (lang, phrase)


def test_peoples_and_context_names_of_countries(actors):
    assert "Rohingya" in actors.countries["MMR"].peoples["en"]
    assert "rohingyas" in actors.countries["MMR"].peoples["fr"]
    assert actors.countries["PRK"].context["fr"] == ("Nord",) and actors.countries["PRK"].context_with == ("KOR",)
    assert actors.countries["KOR"].context_with == ("PRK",)


def test_a_bare_surname_is_the_bearer_acting_on_the_date(actors):
    assert actors.surname_bearer("Kallas", dt.date(2023, 6, 1)) == "kaja kallas"
    assert actors.surname_bearer("Kallas", dt.date(2002, 6, 1)) == "siim kallas"
    assert actors.surname_bearer("Kallas", None) is None
    # Two bearers in a role, one in office: the office holder ("Assad" is the president, not his brother).
    assert actors.surname_bearer("Assad", dt.date(2016, 10, 21)) == "bashar al-assad"
    assert actors.surname_bearer("Asad", dt.date(2016, 10, 21)) == "bashar al-assad"
    first = actors.first_role("Alfred Gusenbauer")
    assert first is not None and first.country == "AUT"


def test_leaders_of_a_group_are_the_group_not_its_members(actors):
    g7 = actors.organizations["G7"]
    assert "G7 leaders" in g7.names["en"] and "G7 leaders" not in g7.members["en"]
    assert "dirigeants du G7" in g7.names["fr"] and "pays du G7" in g7.members["fr"]


def test_party_nouns_name_one_states_parties_and_are_the_opposition(actors):
    assert actors.words.camp_countries["en"]["republicans"] == "USA"
    assert actors.words.camp_countries["fr"]["démocrate"] == "USA"
    assert actors.words.camp_countries["en"]["tories"] == "GBR"
    for lang, camps in actors.words.camp_countries.items():
        for noun in camps:
            assert actors.sector_by_lemmas[(lang, noun)] == "OPP", (lang, noun)


@pytest.mark.parametrize(
    "child,parent,expected",
    [
        ("072", "070", True),  # military aid under providing aid
        ("1053", "105", True),
        ("163", "16", True),
        ("070", "070", False),
        ("071", "072", False),  # a sibling is not more specific
        ("111", "070", False),  # another root
        ("104", "1041", False),
    ],
)
def test_child_codes(child, parent, expected):
    assert is_child_code(child, parent) is expected


def test_the_security_councils_veto_holders_are_its_permanent_members(actors):
    assert set(actors.organizations["UNSC"].veto_holders) == {"CHN", "FRA", "GBR", "RUS", "USA"}
    assert all(not org.veto_holders for org in actors.organizations.values() if org.id != "UNSC")
