"""Codes chosen by the class of what an act is done to or about (events/object_senses.py, the
``[object_classes]`` and ``[[object_sense]]`` tables of patterns/{lang}.toml), refusals told as
negated acts yet to come (events/refused.py). Sentences written for these tests, each with a decoy."""

from __future__ import annotations

import pytest

from diurna.errors import KnowledgeError
from diurna.knowledge.patterns import _object_senses

from .support import code, side_codes


def _codes(coder, text, lang):
    return {c for _, c, _ in side_codes(code(coder, text, lang))}


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Kenya's anti-graft agency opened an investigation into the finance minister over kickbacks on a dam contract.", "en", "091"),
        ("Chile's prosecutors launched a probe into alleged torture of detainees by the army.", "en", "092"),
        ("The Colombian army ordered an inquiry into an air strike that killed twelve farmers.", "en", "093"),
        ("Le parquet de Nairobi a ouvert mardi une enquête pour détournement contre un ancien gouverneur kényan.", "fr", "091"),
        ("Les Nations unies ont lancé des investigations sur des tortures infligées à des détenus par l'armée malienne.", "fr", "092"),
    ],
)
def test_an_investigation_is_coded_by_what_it_is_into(coder, text, lang, wanted):
    found = _codes(coder, text, lang)
    assert wanted in found and "090" not in found, found


def test_an_investigation_into_war_crimes_is_the_narrowest_class(coder):
    # decoy: "crimes" and "killed" are also in the sentence; war crimes win (094)
    found = _codes(coder, "Ukraine's prosecutors opened an investigation into war crimes after shelling killed four people in Kharkiv.", "en")
    assert "094" in found, found


def test_a_court_s_condemnation_to_months_in_prison_is_a_verdict(coder):
    found = _codes(coder, "Un tribunal de Bamako a condamné mardi un journaliste malien à sept mois de prison ferme.", "fr")
    assert "116" in found and "111" not in found, found


def test_a_condemnation_with_a_time_phrase_stays_a_criticism(coder):
    # decoy: "depuis deux ans" says how long, no term is given
    found = _codes(coder, "La France a condamné la Russie pour la détention d'un journaliste depuis deux ans.", "fr")
    assert "111" in found and "116" not in found, found


def test_jailed_for_years_is_a_sentence(coder):
    found = _codes(coder, "A court in Cairo jailed a blogger for three years on Sunday.", "en")
    assert "116" in found, found


def test_expelling_migrants_deports_them(coder):
    found = _codes(coder, "Hungary expelled forty Syrian migrants to Serbia on Tuesday.", "en")
    assert "174" in found and "166" not in found, found


def test_expelling_diplomats_stays_an_expulsion_of_diplomats(coder):
    # decoy: diplomats are no ordinary people
    found = _codes(coder, "Hungary expelled two Syrian diplomats on Tuesday.", "en")
    assert "166" in found and "174" not in found, found


def test_shells_exchanged_are_artillery_fire(coder):
    found = side_codes(code(coder, "Les armées arménienne et azerbaïdjanaise ont échangé des obus à la frontière.", "fr"))
    assert ("ARM", "194", "AZE") in found, found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Iran will not negotiate with Washington, its foreign minister said on Monday.", "en"),
        ("Selon son porte-parole, Caracas n'accepterait aucune négociation avec l'opposition.", "fr"),
    ],
)
def test_talks_announced_as_not_to_be_held_are_refused(coder, text, lang):
    events = code(coder, text, lang)
    assert any(e.cameo.code == "125" and not e.negated for e in events), events
    assert not any(e.cameo.code == "036" for e in events), events


def test_a_meeting_that_did_not_happen_stays_negated(coder):
    # decoy: a past act not done is no refusal
    events = code(coder, "Israel did not meet the Hamas delegation on Monday.", "en")
    assert any(e.cameo.code == "040" and e.negated for e in events), events
    assert not any(e.cameo.root == "12" for e in events), events


def test_an_object_sense_row_naming_no_class_is_refused():
    with pytest.raises(KnowledgeError, match="object_sense"):
        _object_senses("en", [{"codes": ["090"], "object": "nowhere", "sense": "091"}], {"crimes": frozenset({"fraud"})})


def test_an_object_sense_row_reads_its_class_words():
    (row,) = _object_senses("en", [{"codes": ["090"], "object": "crimes", "sense": "091", "scope": "phrase"}], {"crimes": frozenset({"fraud"})})
    assert row.words == frozenset({"fraud"}) and row.scope == "phrase" and row.codes == frozenset({"090"})


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("The Kremlin warned Chisinau of new sanctions if it joined the alliance.", "en", "1312"),
        ("Kenya's police chief warned that any march on parliament would be dispersed.", "en", "137"),
        ("Le Premier ministre a menacé mardi la Chine de droits de douane sur l'acier.", "fr", "1312"),
    ],
)
def test_a_threat_is_coded_by_what_it_threatens(coder, text, lang, wanted):
    found = _codes(coder, text, lang)
    assert wanted in found and "130" not in found, found


def test_a_warning_naming_no_class_stays_a_threat(coder):
    # decoy: nothing threatened names a class
    found = _codes(coder, "Berlin warned Warsaw over its new media law on Monday.", "en")
    assert "130" in found, found


def test_a_summit_not_to_be_attended_stays_a_negated_intent(coder):
    # decoy: a trip not made refuses no one (GUIDELINES, negation)
    events = code(coder, "Lula ne se rendra pas à Addis-Abeba pour le sommet de l'Union africaine.", "fr")
    assert any(e.cameo.code == "036" and e.negated for e in events), events
    assert not any(e.cameo.code == "125" for e in events), events


def test_barring_officials_from_travel_is_a_sanction(coder):
    found = _codes(coder, "The European Union barred three Venezuelan ministers from travel to the bloc.", "en")
    assert "163" in found and "172" not in found, found


def test_banning_flights_in_french_is_a_sanction(coder):
    found = _codes(coder, "Ottawa a interdit les vols en provenance du Maroc.", "fr")
    assert "163" in found and "172" not in found, found


def test_banning_a_party_stays_a_restriction(coder):
    # decoy: a party is no goods nor traffic
    found = _codes(coder, "Thailand banned the opposition party on Tuesday.", "en")
    assert "172" in found and "163" not in found, found


def test_tanks_arriving_are_military_aid_delivered(coder):
    found = side_codes(code(coder, "The first tanks pledged by Spain arrived in Ukraine on Friday.", "en"))
    assert ("ESP", "072", "UKR") in found, found


def test_armoured_vehicles_arriving_in_french_are_military_aid_delivered(coder):
    found = side_codes(code(coder, "Les premiers blindés promis par Madrid sont arrivés vendredi en Ukraine.", "fr"))
    assert ("ESP", "072", "UKR") in found, found


def test_a_minister_arriving_stays_a_visit(coder):
    # decoy: a person who arrives visits
    found = _codes(coder, "Le ministre espagnol est arrivé vendredi en Ukraine.", "fr")
    assert "042" in found and "072" not in found, found
