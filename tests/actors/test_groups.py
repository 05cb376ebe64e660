"""A definite noun that stands for the organisation named before (diurna.actors.groups)."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str, day: str = "2024-03-10") -> list[tuple]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector) for m in coded.actors]


def _found(mentions, text: str):
    return [m[1:] for m in mentions if m[0] == text]


def test_the_group_is_the_armed_group_named_before(coder):
    text = "Hamas fired rockets at Israel on Monday. The group said it would continue the attacks."
    assert _found(_mentions(coder, text, "en"), "The group") == [("PSE", "HAMAS", "REB")]


def test_le_mouvement_in_french_and_its_event(coder):
    text = "Le Hamas a tiré des roquettes sur Israël. Le groupe a menacé de nouvelles attaques."
    assert _found(_mentions(coder, text, "fr"), "Le groupe") == [("PSE", "HAMAS", "REB")]
    coded = coder.code_text(text, date=dt.date(2024, 3, 10), lang="fr")
    assert any(e.trigger.text == "a menacé" and e.source.actor.organization == "HAMAS" for e in coded.events)


def test_an_adjective_may_qualify_the_noun(coder):
    text = "L'État islamique a revendiqué l'attentat. L'organisation jihadiste a menacé la France."
    assert _found(_mentions(coder, text, "fr"), "L'organisation jihadiste") == [(None, "ISIS", "REB")]


def test_the_alliance_is_an_intergovernmental_body_named_before(coder):
    text = "Hamas fired rockets. NATO ministers met in Brussels. The alliance condemned Russia."
    assert _found(_mentions(coder, text, "en"), "The alliance") == [(None, "NATO", "IGO")]


def test_a_group_is_no_intergovernmental_body(coder):
    text = "The UN held talks in Geneva. The group said the talks would resume."
    assert _found(_mentions(coder, text, "en"), "The group") == []


def test_the_group_with_no_organisation_before_is_no_actor(coder):
    text = "Russia fired missiles at Kyiv. The group of experts met on Monday. The group said nothing."
    assert _found(_mentions(coder, text, "en"), "The group") == []


def test_the_country_is_the_state_subject_before(coder):
    # Iran is the subject before; Israel, named later, is not "the country".
    text = "Iran launched missiles at Israel on Sunday. The country also threatened the United States."
    assert _found(_mentions(coder, text, "en"), "The country") == [("IRN", None, None)]


def test_le_royaume_in_french(coder):
    text = "Le Maroc a rappelé son ambassadeur. Le royaume a accusé l'Algérie."
    assert _found(_mentions(coder, text, "fr"), "Le royaume") == [("MAR", None, None)]
    coded = coder.code_text(text, date=dt.date(2024, 3, 10), lang="fr")
    assert ("MAR", "DZA") in [(e.source.actor.key, e.target.actor.key if e.target else None) for e in coded.events]


def test_the_country_after_a_preposition_is_no_state_noun(coder):
    text = "Mali's junta ordered the peacekeepers out of the country."
    assert _found(_mentions(coder, text, "en"), "the country") == []


def test_the_island_is_the_island_state_named_before_not_the_latest_state(coder):
    # China is named last before "the island", but it is no island: Taiwan is.
    text = "Taipei raised its alert level on Tuesday as Chinese bombers flew around the island for hours."
    assert _found(_mentions(coder, text, "en"), "the island") == [("TWN", None, None)]


def test_the_island_with_no_island_state_before_is_no_actor(coder):
    text = "Russia sent two frigates to Syria on Monday. The island stayed calm."
    assert _found(_mentions(coder, text, "en"), "The island") == []


def test_le_royaume_is_never_the_republic_named_after_the_kingdom(coder):
    # France is named last, but a kingdom is a monarchy: the kingdom is Morocco (Rabat).
    text = "Rabat et Rome ont signé un accord de pêche, puis la France a salué le royaume pour sa patience."
    assert _found(_mentions(coder, text, "fr"), "le royaume") == [("MAR", None, None)]


def test_l_ile_after_its_preposition_in_french(coder):
    # "autour de l'île": the French parse attaches the preposition to the noun, as English does not.
    text = "Taipei a mis ses troupes en alerte lundi après des vols de bombardiers chinois autour de l'île."
    assert _found(_mentions(coder, text, "fr"), "l'île") == [("TWN", None, None)]


def test_l_organisation_after_its_preposition_in_french(coder):
    text = "Réunie à Addis-Abeba, l'Union africaine a exclu Libreville de ses instances. Les militaires gabonais ont dénoncé les pressions de l'organisation continentale."
    assert _found(_mentions(coder, text, "fr"), "l'organisation continentale") == [(None, "AU", "IGO")]
