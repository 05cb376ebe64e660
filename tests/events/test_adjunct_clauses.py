"""Acts told in clauses of contrast with actors of their own (events/modality.py: "while", "alors
que" clauses are no part of what their verb denies or asks for), and acts only refused or asked
for by a noun ("refusal to", "demand to"). Sentences written for these tests, with decoys."""

from __future__ import annotations

from .support import code, side_codes


def test_a_contrast_clause_under_a_denial_is_asserted(coder):
    events = code(coder, "Armenia denied shelling the villages, while Baku accused Yerevan of a provocation.", "en")
    assert ("AZE", "112", "ARM") in side_codes(events), events


def test_a_french_contrast_clause_under_a_denial_is_asserted(coder):
    events = code(coder, "L'Arménie a nié toute frappe, alors que Bakou accusait Erevan de provocation.", "fr")
    assert ("AZE", "112", "ARM") in side_codes(events), events


def test_a_denied_act_stays_denied(coder):
    # decoy: the object clause is what is denied, not asserted
    events = code(coder, "Armenia denied that its troops had shelled Azerbaijani villages.", "en")
    assert not any(e.cameo.root == "19" and not e.negated for e in events), events



def test_an_act_refused_by_a_noun_is_not_done(coder):
    # lang data unfulfilled_nouns: the infinitive on "refusal" is refused, not done
    events = code(coder, "The talks stalled after Quito's refusal to hand the banker over to Peru.", "en")
    assert not any(e.cameo.root == "08" for e in events), events
    assert any(e.cameo.root == "12" for e in events), events


def test_an_act_demanded_by_a_noun_is_not_done(coder):
    events = code(coder, "Lithuania dismissed Minsk's demand to pull its soldiers back from the border.", "en")
    assert not any(e.cameo.root == "08" for e in events), events
