"""Country words and the nouns they qualify: the nearest noun takes a country word, a country word
before a noun that modifies another is both nouns'; regions of the Americas are no United States;
"North and South Korea". Sentences written for these tests, each with a decoy that must not be read
so."""

from __future__ import annotations

from .support import actor_mentions, mentions_without_entity, with_word


# Regions of the Americas are no United States -----------------------------------------------------


def test_a_central_american_university_is_no_american_one(coder):
    mentions = actor_mentions(coder, "Nicaraguan police closed the Central American University in Managua on Wednesday.", "en")
    assert all(m[1] != "USA" for m in mentions)
    assert [m[1] for m in with_word(mentions, "University")] == ["NIC"]


def test_latin_american_leaders_are_no_americans(coder):
    mentions = actor_mentions(coder, "Latin American leaders met in Brasilia on Tuesday.", "en")
    assert all(m[1] != "USA" for m in mentions)


def test_american_officials_are_still_americans(coder):
    # Decoy: the adjective alone is the United States'.
    mentions = actor_mentions(coder, "American officials met Mexican negotiators in Monterrey on Tuesday.", "en")
    assert [m[1] for m in with_word(mentions, "American")] == ["USA"]


# "North and South Korea" ---------------------------------------------------------------------------


def test_north_coordinated_with_south_korea_is_north_korea(coder):
    mentions = actor_mentions(coder, "North and South Korea exchanged warning shots across the border on Monday.", "en")
    assert {m[1] for m in mentions} == {"PRK", "KOR"}


def test_a_north_with_nothing_after_it_is_no_state(coder):
    # Decoy: "North" before "and" and a lower-case word is a direction, even beside South Korea.
    mentions = actor_mentions(coder, "South Korea said troops moved north and east of the city on Monday.", "en")
    assert "PRK" not in {m[1] for m in mentions}


# Nearest noun -----------------------------------------------------------------------------------


def test_a_second_noun_hung_on_the_first_keeps_its_own_country_word(coder):
    mentions = mentions_without_entity(coder, "Selon l'armée malienne, des soldats burkinabés ont tiré sur une patrouille près de la frontière.", "fr")
    assert [m[1:] for m in with_word(mentions, "soldats")] == [("BFA", None, "MIL")]
    assert [m[1:] for m in with_word(mentions, "armée")] == [("MLI", None, "MIL")]


def test_an_apposed_title_keeps_its_own_country_word(coder):
    text = "Après avoir reçu à Nairobi le ministre chinois des Affaires étrangères, le président kényan a téléphoné à son homologue."
    mentions = mentions_without_entity(coder, text, "fr")
    assert [m[1] for m in with_word(mentions, "président kényan")] == ["KEN"]
    assert all(m[1] == "CHN" for m in with_word(mentions, "ministre chinois"))


def test_a_noun_with_no_country_word_of_its_own_still_takes_one_through_another_noun(coder):
    # Decoy for the rule above: the soldiers have no country word of their own.
    mentions = mentions_without_entity(coder, "Des soldats de l'armée malienne ont été déployés à Gao.", "fr")
    assert [m[1:] for m in with_word(mentions, "soldats")] == [("MLI", None, "MIL")]


def test_a_country_word_before_a_noun_modifying_another_is_both_nouns(coder):
    mentions = mentions_without_entity(coder, "Kenya granted asylum on Monday to a Somali opposition journalist who fled Mogadishu.", "en")
    journalist = [m for m in mentions if m[0].endswith("journalist")]
    assert [m[1:] for m in journalist] == [("SOM", None, "MED")]


def test_a_noun_without_the_country_word_does_not_take_it(coder):
    # Decoy: "Somali" qualifies the officials only; the journalist after "and" is not Somalia's.
    mentions = mentions_without_entity(coder, "Somali officials and a Kenyan journalist met in Nairobi on Monday.", "en")
    assert [m[1] for m in mentions if m[0].endswith("journalist")] == ["KEN"]
