"""Session 11, French: acts the parse repairs and pattern entries of this round let the coder reach,
on sentences written here, with decoys that must not be coded."""

from __future__ import annotations

import pytest

from .support import code, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The fighting as subject of "opposer", the two sides one coordinated object (reciprocal).
        ("Des affrontements ont opposé mardi des soldats indiens et des soldats chinois dans l'Himalaya.", ("IND", "19", "CHN")),
        ("De violents combats ont opposé samedi l'armée soudanaise et les paramilitaires des FSR.", ("SDN", "19", "SDN")),
        # An exchange of fire heads the subject: "opposer échange".
        ("Des échanges de tirs ont opposé jeudi les gardes-frontières arméniens aux soldats azerbaïdjanais.", ("ARM", "19", "AZE")),
        # A relative clause on the thing condemned: Moscow condemned, the clause is active.
        ("Kiev a dénoncé l'offensive que la Russie a lancée lundi contre Kharkiv.", ("RUS", "19", "UKR")),
    ],
)
def test_session11_french_acts(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_relative_que_clause_is_the_subjects_act(coder):
    # Before the repair the clause read as a passive participle on "résolution": nothing coded.
    events = code(coder, "Les Européens ont adopté une résolution que Moscou a aussitôt condamnée.", "fr")
    assert any(e.source.actor.key == "RUS" and e.cameo.root == "11" for e in events), dyads(events)


@pytest.mark.parametrize(
    "text",
    [
        # Decoy: a dispute "opposes" two states, no fighting.
        "Un différend oppose l'Inde et la Chine sur le tracé de la frontière.",
        # Decoy: two sides opposed in a vote, no fighting.
        "Le vote a opposé la majorité et l'opposition au Parlement.",
    ],
)
def test_session11_french_decoys(coder, text):
    events = code(coder, text, "fr")
    assert not any(e.cameo.root == "19" for e in events), dyads(events)


def test_police_dispatched_is_a_show_of_police_power(coder):
    events = code(coder, "Les autorités ivoiriennes ont dépêché mardi des centaines de policiers à Abidjan avant le scrutin.", "fr")
    assert any(e.source.actor.key == "CIV" and e.cameo.code == "153" for e in events), dyads(events)


def test_envoy_dispatched_is_no_show_of_force(coder):
    # Decoy: an envoy sent is no police or troops.
    events = code(coder, "Le président ivoirien a dépêché un émissaire à Ouagadougou.", "fr")
    assert not any(e.cameo.root == "15" for e in events), dyads(events)
