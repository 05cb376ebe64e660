"""The sponsor of an act between two parties hosts (043) or mediates (045) with each party
("met at the invitation of X", "under the auspices of X", "sous l'égide de X", "des pourparlers
organisés par X": events/sponsors.py); a host's participle names no participant (events/hosts.py).

Sentences written here, each with a decoy that must not be coded that way.
"""

from __future__ import annotations

import pytest

from .support import code, codes, pairs as _pairs


def _sponsored(events, code_prefix):
    return {(s, t) for s, c, t in codes(events) if c.startswith(code_prefix)}


def test_a_meeting_at_the_invitation_of_a_third_state_is_hosted_by_it_with_each_side(coder):
    text = "The Kenyan and Ugandan foreign ministers met in Mombasa on Friday at the invitation of Tanzania's president."
    found = {(s[:3], t[:3]) for s, t in _sponsored(code(coder, text, "en"), "043")}
    assert ("TZA", "KEN") in found and ("TZA", "UGA") in found, found


def test_an_invitation_with_one_party_only_sponsors_nothing(coder):
    # Decoy: the inviter is the only other side; a visit at its invitation is no third party's hosting.
    text = "The Kenyan foreign minister travelled to Kampala on Friday at the invitation of Uganda."
    events = code(coder, text, "en")
    assert not _sponsored(events, "043"), codes(events)


def test_talks_under_the_auspices_of_an_organisation_are_mediated_by_it(coder):
    text = "Serbia and Kosovo held talks in Brussels on Tuesday under the auspices of the European Union."
    events = code(coder, text, "en")
    found = {(s, t[:3]) for s, t in _sponsored(events, "045")}
    assert ("EU", "SRB") in found and ("EU", "XKX") in found, found
    assert ("SRB", "04", "XKX") in _pairs(events)


def test_talks_sous_l_egide_d_un_etat_sont_sa_mediation(coder):
    text = "L'Éthiopie et l'Égypte ont repris mardi leurs négociations à Khartoum sous l'égide du Soudan."
    found = {(s[:3], t[:3]) for s, t in _sponsored(code(coder, text, "fr"), "045")}
    assert ("SDN", "ETH") in found and ("SDN", "EGY") in found, found


def test_talks_hosted_by_a_state_are_hosted_not_held_by_it(coder):
    text = "Armenia and Azerbaijan held talks hosted by Kazakhstan in Almaty on Friday."
    events = code(coder, text, "en")
    assert {("KAZ", "ARM"), ("KAZ", "AZE")} <= {(s[:3], t[:3]) for s, t in _sponsored(events, "043")}, codes(events)
    # The host is no participant of the talks: its only events are its hosting.
    assert all(c.startswith("043") for s, c, _ in codes(events) if s.startswith("KAZ")), codes(events)


def test_des_pourparlers_organises_par_un_etat_sont_accueillis_par_lui(coder):
    text = "Le Soudan a signé lundi un accord avec le Soudan du Sud lors de pourparlers organisés à Djibouti par l'Éthiopie."
    events = code(coder, text, "fr")
    found = {(s[:3], t[:3]) for s, t in _sponsored(events, "043")}
    assert ("ETH", "SDN") in found and ("ETH", "SSD") in found, codes(events)


def test_a_ceremony_organised_by_a_group_is_no_hosting(coder):
    # Decoy: a ceremony is no meeting between parties; its organiser hosts no one.
    text = "Army jets bombed a ceremony organised by opposition groups in the village, killing dozens."
    assert not _sponsored(code(coder, text, "en"), "043"), codes(code(coder, text, "en"))


def test_an_invitation_accepted_is_no_sponsoring(coder):
    # Decoy: the invitation is the object of an answer, not a phrase on an act.
    text = "India's prime minister accepted an invitation from Russia to visit Moscow."
    assert not _sponsored(code(coder, text, "en"), "045"), codes(code(coder, text, "en"))
    assert not any(s.startswith("RUS") and c.startswith("043") for s, c, _ in codes(code(coder, text, "en")))


# A host verb whose object is a meeting between parties: the subject hosts each party (043) and
# takes no part; the parties hold the talks with each other (events/hosts.py, hosted_meeting).
@pytest.mark.parametrize(
    "lang,text,host,parties",
    [
        ("en", "Qatar hosted talks between Sudan and Chad in Doha on Tuesday.", "QAT", ("SDN", "TCD")),
        ("en", "Saudi Arabia hosted negotiations between Sudanese and Chadian delegations in Jeddah.", "SAU", ("SDN", "TCD")),
        ("fr", "Le Qatar a accueilli mardi à Doha des négociations entre le Soudan et le Tchad.", "QAT", ("SDN", "TCD")),
        ("fr", "L'Arabie saoudite a organisé à Djeddah des pourparlers entre délégations soudanaise et tchadienne.", "SAU", ("SDN", "TCD")),
    ],
)
def test_a_host_verb_hosts_each_party_of_the_talks_it_names(coder, lang, text, host, parties):
    found = {(s[:3], c, t[:3] if t else None) for s, c, t in codes(code(coder, text, lang))}
    assert (host, "043", parties[0]) in found and (host, "043", parties[1]) in found, found
    assert (parties[0], "04", parties[1]) in {(s, c[:2], t) for s, c, t in found}, found
    assert not any(s == host and c[:3] in ("040", "046") for s, c, t in found), found  # the host is no party


def test_an_offer_to_host_talks_is_not_hosting_them(coder):
    text = "Kenya offered on Monday to host negotiations between Ethiopia and Eritrea in Nairobi."
    found = codes(code(coder, text, "en"))
    assert not any(c == "043" for _, c, _ in found), found
