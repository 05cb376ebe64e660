"""Round 12, French: acts the parse repairs and entries of this round let the coder reach,
on sentences written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A reduced relative's agent hung on the noun above it.
        ("Berlin a réclamé la libération du militant allemand détenu depuis mars par les autorités iraniennes.", ("IRN", "17", "DEU")),
        # A passive participle opening the sentence says what was done to the subject.
        ("Interpellé mardi par la police russe, le journaliste américain a été placé en détention.", ("RUS", "17", "USA")),
        # The subject read into an opening participle's phrase.
        ("Confronté à une vague de grèves, le président kényan a demandé mardi au FMI de reporter les réformes.", ("KEN", "02", "IMF")),
        # The fighting as the subject of "opposer": the sides are the object and the "à" phrase.
        ("De violents combats ont opposé lundi l'armée arménienne aux forces azerbaïdjanaises.", ("ARM", "19", "AZE")),
        ("Des heurts ont opposé dimanche l'armée libanaise aux soldats israéliens près de la frontière.", ("LBN", "19", "ISR")),
        # A counted object after an adjunct.
        ("Ottawa a inscrit jeudi sur sa liste noire cinq entreprises russes.", ("CAN", "16", "RUS")),
        # A message passes its verb to the act it carries.
        ("Le président français a adressé un message de soutien au peuple ukrainien.", ("FRA", "05", "UKR")),
        ("Le président ivoirien a adressé mercredi un message de condoléances au chef de l'État ghanéen après l'incendie du marché.", ("CIV", "01", "GHA")),
        # The subject read into an opening phrase as a conjunct.
        ("Dans une lettre adressée au président Emmanuel Macron, le Premier ministre canadien a exprimé sa solidarité avec le peuple français.", ("CAN", "01", "FRA")),
        # The object after a quoted adjunct, read as its apposition.
        ("Madrid a dénoncé vendredi « avec la plus grande vigueur » l'incursion menée la nuit précédente par des drones russes dans l'espace aérien polonais.", ("ESP", "11", "RUS")),
        # Idioms: a court named, means pooled.
        ("L'Ukraine a assigné la Russie devant le tribunal de La Haye.", ("UKR", "11", "RUS")),
        ("La Suède et la Finlande ont mis en commun leurs moyens pour surveiller la Baltique.", ("SWE", "06", "FIN")),
    ],
)
def test_round12_french_acts(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text",
    [
        # A dispute "opposes" two states: no fighting.
        "Un différend oppose la Chine au Japon sur les îles Senkaku.",
        # A message read, not sent with an act.
        "Le ministre a lu un message du président algérien.",
        # An obligation with no date: a demand by someone else, not the subject's act.
        "L'Iran doit libérer les otages français, a affirmé Paris.",
        # "assigner" with no court: a house arrest of no state's actor.
        "Le juge a assigné le témoin à résidence.",
    ],
)
def test_round12_french_decoys(coder, text):
    events = code(coder, text, "fr")
    assert not any(e.cameo.root in ("19", "01", "05", "03", "08", "11") for e in events), dyads(events)


def test_scheduled_visit_is_an_intent_to_meet(coder):
    assert ("TUR", "036", "RUS") in codes(code(coder, "Le président turc doit se rendre jeudi à Moscou, a annoncé Ankara.", "fr"))


def test_conditional_in_reported_speech_is_not_asserted(coder):
    events = code(coder, "L'OTAN a indiqué que l'Alliance renforcerait sa présence en Pologne.", "fr")
    assert events and all(e.modality == "conditional" for e in events)
