"""Office titles and the names after them (actors/named_titles.py): a former title after its owner
("Pakistan's former prime minister") is no holder; a name the data does not know after a title
holds the home country's office of it; Togo's offices; a title inside a longer sector phrase gives
way to it. Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

import datetime as dt
import pytest

from diurna.actors.named_titles import name_after

from .support import actor_mentions, with_word


# "former" between the owner and the title ----------------------------------------------------------


def test_a_former_title_after_its_owner_is_not_the_holder_on_the_day(coder):
    mentions = actor_mentions(coder, "Brazil's former president called for calm on Monday.", "en")
    assert [m[1:] for m in with_word(mentions, "president")] == [("BRA", None, None, None)]


def test_a_former_title_after_its_owner_keeps_the_person_named(coder):
    mentions = actor_mentions(coder, "Brazil's former president Jair Bolsonaro called for calm on Monday.", "en", "2024-05-20")
    assert [m[1:] for m in with_word(mentions, "president")] == [("BRA", None, None, "Jair Bolsonaro")]


def test_a_title_after_its_owner_without_former_is_the_holder(coder):
    # Decoy: no "former", the office's holder on the day.
    mentions = actor_mentions(coder, "Brazil's president called for calm on Tuesday.", "en")
    assert [m[1:4] for m in with_word(mentions, "president")] == [("BRA", None, "GOV")]
    assert with_word(mentions, "president")[0][4] == "Luiz Inacio Lula da Silva"


# A name the data does not know after a title --------------------------------------------------------


def test_an_unknown_name_after_a_title_holds_the_home_countrys_office(coder):
    mentions = actor_mentions(coder, "Les autorités gabonaises ont salué mardi le président du Conseil, Jean-Paul Mbadinga, pour son discours.", "fr")
    assert [m[1:] for m in with_word(mentions, "président du Conseil")] == [("GAB", None, "GOV", "Jean-Paul Mbadinga")]


def test_a_title_with_no_name_keeps_the_one_office_of_that_title(coder):
    # Decoy: no name after the title, the Italian prime minister as before.
    mentions = actor_mentions(coder, "Le président du Conseil a reçu mardi la cheffe de la diplomatie allemande.", "fr")
    assert [m[1:4] for m in with_word(mentions, "président du Conseil")] == [("ITA", None, "GOV")]


def test_a_known_holder_after_the_title_stays_the_holder(coder):
    # Decoy: the data knows the person named.
    mentions = actor_mentions(coder, "Le président du Conseil, Giorgia Meloni, a reçu mardi la cheffe de la diplomatie allemande.", "fr")
    assert all(m[1] == "ITA" for m in with_word(mentions, "Meloni") + with_word(mentions, "président du Conseil"))


def test_name_after_reads_two_capitalised_proper_nouns_only(coder):
    doc = coder.pipelines.get("fr")("Le président du Conseil, Jean Kaboré, a parlé. Le président du Conseil Marcel a parlé.")
    titles = [t.i for t in doc if t.text == "Conseil"]
    assert name_after(doc, titles[0] + 1, frozenset()) == "Jean Kaboré"
    assert name_after(doc, titles[0] + 1, frozenset({titles[0] + 3})) is None  # part of another mention
    assert name_after(doc, titles[1] + 1, frozenset()) is None  # one word alone is no name
    doc = coder.pipelines.get("fr")("Le président du Conseil, Luiz da Costa, a parlé.")
    title = next(t.i for t in doc if t.text == "Conseil")
    assert name_after(doc, title + 1, frozenset(), frozenset({"da"})) == "Luiz da Costa"
    assert name_after(doc, title + 1, frozenset()) != "Luiz da Costa"  # a particle only from the data


# Togo's offices ------------------------------------------------------------------------------------


def test_the_president_of_togos_council_of_ministers_is_faure_gnassingbe(coder):
    mentions = actor_mentions(coder, "Le président du Conseil des ministres, Faure Gnassingbé, a reçu lundi l'ambassadeur du Ghana.", "fr", "2025-09-01")
    assert [m[1:4] for m in with_word(mentions, "Conseil des ministres")] == [("TGO", None, "GOV")]


def test_faure_gnassingbe_was_togos_president_before_2025(coder):
    mentions = actor_mentions(coder, "Faure Gnassingbé a reçu lundi l'ambassadeur du Ghana.", "fr", "2020-09-01")
    assert [m[1:4] for m in with_word(mentions, "Gnassingbé")] == [("TGO", None, "GOV")]


# The longest match: a title inside a longer sector phrase --------------------------------------


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("the Kenyan opposition leader", "en", ("KEN", "OPP")),
        ("le chef de l'opposition kényane", "fr", ("KEN", "OPP")),
        # the decoy: a past title is still read as one (its holder a former one, no sector)
        ("Kenya's former president", "en", ("KEN", None)),
    ],
)
def test_a_title_inside_a_longer_sector_phrase_gives_way_to_it(coder, text, lang, wanted):
    actor = coder.resolve_actor(text, lang=lang, date=dt.date(2024, 7, 1))
    assert (actor["country"], actor["sector"]) == wanted


def test_a_bare_feminine_chef_names_no_one_office(coder):
    # "cheffe" is as generic as "chef": alone it is no head of the one organisation whose titles list it.
    mentions = actor_mentions(coder, "La cheffe des agriculteurs a dénoncé la taxe sur le gazole mardi.", "fr", "2023-06-12")
    assert not [m for m in mentions if m[2] == "IMF"], mentions


def test_a_feminine_chef_of_a_named_organisation_is_its_head(coder):
    # Decoy: the organisation named, its head is found.
    mentions = actor_mentions(coder, "La cheffe du FMI a critiqué la Grèce mardi.", "fr", "2023-06-12")
    assert [m[4] for m in with_word(mentions, "cheffe")] == ["Kristalina Georgieva"], mentions


def test_a_role_noun_before_the_title_of_an_unknown_holder_tells_the_sector(coder):
    mentions = actor_mentions(coder, "On Friday, opposition leader Ivana Markovic accused the Serbian government of vote rigging.", "en", "2023-06-12")
    assert [m[3] for m in with_word(mentions, "leader")] == ["OPP"], mentions


def test_a_bare_title_of_an_unknown_holder_keeps_the_office_sector(coder):
    # Decoy: no role noun before the title.
    mentions = actor_mentions(coder, "On Friday, Prime Minister Ivana Markovic accused Croatia of vote rigging.", "en", "2023-06-12")
    assert [m[3] for m in with_word(mentions, "Prime Minister")] == ["GOV"], mentions
