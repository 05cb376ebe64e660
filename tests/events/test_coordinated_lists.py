"""Coordinated actors (issue 5: one event per actor pair): every member of a list of sources gives its
own event, after an opening phrase or through a plural pronoun; members acting each on a third
party are not each other's targets, nor are members of a denied joint act. Sentences written here."""

from __future__ import annotations

from .support import code, pairs


def test_a_listed_subject_after_an_opening_phrase(coder):
    # The parser reads the list as conjuncts of "Friday" (grammar/en.py).
    events = code(coder, "In a joint statement on Friday, Paris, Berlin, Rome and Madrid condemned Iran.", "en")
    assert {("FRA", "11", "IRN"), ("DEU", "11", "IRN"), ("ITA", "11", "IRN"), ("ESP", "11", "IRN")} <= pairs(events)


def test_a_plural_pronoun_reporting_a_list_stands_for_each_member(coder):
    events = code(coder, "Britain, France and Germany said on Monday that they would impose sanctions on Iran.", "en")
    assert {("GBR", "16", "IRN"), ("FRA", "16", "IRN"), ("DEU", "16", "IRN")} <= pairs(events)


def test_co_mediators_mediate_with_the_parties_not_with_each_other(coder):
    events = code(coder, "The ceasefire between Armenia and Azerbaijan that Moscow and Ankara brokered collapsed on Monday.", "en")
    found = pairs(events)
    assert {("RUS", "04", "ARM"), ("RUS", "04", "AZE"), ("TUR", "04", "ARM"), ("TUR", "04", "AZE")} <= found
    assert ("RUS", "04", "TUR") not in found


def test_co_recognisers_do_not_recognise_each_other(coder):
    events = code(coder, "Sweden, Finland and Denmark extended recognition to the new government on Monday.", "en")
    assert not {(s, t) for s, root, t in pairs(events) if root == "05"} & {("SWE", "FIN"), ("SWE", "DNK"), ("FIN", "DNK")}


def test_recognition_extended_to_a_state(coder):
    assert ("BRA", "05", "XKX") in pairs(code(coder, "Brazil granted recognition to Kosovo in 2011.", "en"))


def test_a_denied_joint_signature_is_denied_of_each_signer(coder):
    events = code(coder, "India and Brazil did not sign the final declaration of the summit on Sunday.", "en")
    signed = {(s, t) for s, root, t in pairs(events) if root == "05"}
    assert signed == {("IND", None), ("BRA", None)}


def test_a_joint_signature_still_pairs_the_signers(coder):
    assert ("IND", "05", "BRA") in pairs(code(coder, "India and Brazil signed a trade agreement on Sunday.", "en"))
