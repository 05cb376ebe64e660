"""A body seated where it is named, placed by a city on the noun itself ("a court in Antalya", "un
tribunal à Anvers"), is that city's state's, whatever other state the sentence names
(actors/homes.placed_in). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import mentions_without_entity, with_word


def test_a_court_in_a_city_is_that_state_s(coder):
    found = mentions_without_entity(coder, "A court in Antalya sentenced a Russian blogger to two years in prison.", "en")
    assert [m[1:] for m in with_word(found, "court")] == [("TUR", None, "JUD")]


def test_un_tribunal_dans_une_ville_est_celui_de_son_etat(coder):
    found = mentions_without_entity(coder, "Un tribunal à Anvers a condamné jeudi deux militants russes pour espionnage.", "fr")
    assert [m[1:] for m in with_word(found, "tribunal")] == [("BEL", None, "JUD")]


def test_leaders_in_a_city_are_not_placed_by_it(coder):
    # Decoy: ministers travel; meeting in a city does not make them its state's.
    found = mentions_without_entity(coder, "Ministers in Geneva condemned the Russian strikes on Odesa.", "en")
    assert not any(m[1] == "CHE" for m in with_word(found, "Ministers"))
