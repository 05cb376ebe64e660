"""Member nouns (diurna.actors.members): an IGO's members are its member states, any other
organisation's members are the organisation, and members "of" another mention take its side.
Sentences written for these tests, with decoys that must not be read so."""

from __future__ import annotations

import datetime as dt


def _mentions(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(m.span.text, m.actor.country, m.actor.organization, m.actor.sector, m.actor.entity) for m in coded.actors]


def _sources(coder, text: str, lang: str, day: str = "2024-05-20") -> list[tuple[str, str | None, str | None, str | None]]:
    coded = coder.code_text(text, date=dt.date.fromisoformat(day), lang=lang)
    return [(e.cameo.code[:2], e.source.actor.country, e.source.actor.organization, e.source.actor.sector) for e in coded.events]


def test_members_of_a_gang_are_the_gang(coder):
    text = "Members of a drug gang set fire to a police station in Guayaquil, Ecuador, on Friday."
    found = [m for m in _mentions(coder, text, "en") if m[0] == "Members"]
    assert [m[1:4] for m in found] == [("ECU", None, "CRM")]


def test_des_membres_d_un_gang_sont_le_gang(coder):
    text = "Des membres d'un gang ont incendié vendredi un commissariat à Guayaquil, en Équateur."
    sources = _sources(coder, text, "fr")
    assert ("ECU", None, "CRM") in [s[1:] for s in sources]
    assert not any(s[3] == "CVL" for s in sources)  # no longer the home country's civilians


def test_members_of_a_named_armed_group_are_the_group_not_member_states(coder):
    found = [m for m in _mentions(coder, "Members of Hezbollah fired rockets at an Israeli army post.", "en") if "Hezbollah" in m[0]]
    assert found and all(m[2] == "HEZBOLLAH" and m[4] is None for m in found)


def test_members_of_an_igo_stay_its_member_states(coder):
    # Decoy: an intergovernmental organisation's members are states, as before.
    found = [m for m in _mentions(coder, "Les membres de l'OTAN ont promis des troupes à la Lituanie.", "fr") if "OTAN" in m[0]]
    assert [m[2:] for m in found] == [("NATO", "IGO", "NATO member states")]


def test_members_of_something_that_is_no_actor_are_no_actor(coder):
    # Decoy: "the choir" is no mention, so its members are nobody (never the home country). ("The
    # jury" is one, a JUD sector noun: its members are its side, as the jury's own act would be.)
    mentions = _mentions(coder, "Members of the choir visited Moscow on Monday before the concert.", "en")
    assert not any(m[0].startswith("Members") for m in mentions)


def test_members_of_a_foreign_gang_keep_its_nationality(coder):
    # The gang's adjective is the gang's, and the members are the gang: not the victims' country.
    sources = _sources(coder, "Members of a Guatemalan gang kidnapped two Mexican truck drivers near the border.", "en")
    assert ("18", "GTM", None, "CRM") in sources
    assert not any(s[1] == "MEX" for s in sources)


def test_des_membres_d_un_gang_etranger_en_gardent_la_nationalite(coder):
    sources = _sources(coder, "Des membres d'un gang vénézuélien ont enlevé deux commerçants colombiens à la frontière.", "fr")
    assert ("18", "VEN", None, "CRM") in sources
    assert not any(s[1] == "COL" for s in sources)


def test_les_quinze_du_conseil_de_securite_are_the_council(coder):
    # "les Quinze du Conseil de sécurité": the Council's members acting together (organizations.toml fr_members).
    text = "Les Quinze du Conseil de sécurité ont condamné mardi l'attaque de la Russie contre l'Ukraine."
    assert ("11", None, "UNSC", "IGO") in _sources(coder, text, "fr")


def test_les_quinze_alone_are_no_council(coder):
    # Decoy: "les Quinze" with no Council named is no actor of its own.
    text = "Les Quinze ont condamné mardi l'attaque de la Russie contre l'Ukraine."
    assert not any(s[2] == "UNSC" for s in _sources(coder, text, "fr"))
