"""First names that fr_core_news_md tags as a verb after a title (grammar/fr_names.py), each shown
by a sentence written here, parsed and repaired by the real pipeline, and coded where the act shows;
with decoys where a capitalised verb is a verb."""

from __future__ import annotations

import pytest

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,name,title,verb",
    [
        # A future form read as the root, the real verb hung below it.
        ("Le Premier ministre indien Narendra Modi s'est entretenu mardi avec le chancelier allemand.", "Narendra", "ministre", "entretenu"),
        # Read as the subject of the real verb, the title as its own subject.
        ("La Première ministre danoise Mette Frederiksen a reçu lundi le président finlandais.", "Mette", "ministre", "reçu"),
        # After a comma, the title read as an adjunct of the name; the real verb a passive.
        ("Le chef du cartel de Sinaloa, Dairo Antonio Guzmán, a été arrêté mardi par la police mexicaine.", "Dairo", "chef", "arrêté"),
    ],
)
def test_first_name_read_as_verb_is_the_title_name(coder, text, name, title, verb):
    doc = parsed(coder, text)
    first = word(doc, name)
    assert first.pos_ == "PROPN" and first.head.text == title
    assert word(doc, title).head.text == verb and word(doc, title).dep_.startswith("nsubj")


def test_first_name_read_as_verb_lets_the_meeting_be_coded(coder):
    found = pairs(code(coder, "Le Premier ministre indien Narendra Modi s'est entretenu mardi avec le chancelier allemand.", "fr"))
    assert ("IND", "04", "DEU") in found


@pytest.mark.parametrize(
    "text,form",
    [
        # A capitalised verb opening a quote stays a verb, a name after it or not.
        ("Le slogan « Libérez Navalny » a été scandé par les manifestants.", "Libérez"),
        ("Le ministre a ajouté : Condamnera Moscou qui voudra.", "Condamnera"),
        # A verb after its subject, in lower case, is left alone.
        ("Le Premier ministre indien condamnera mardi Moscou devant le Parlement.", "condamnera"),
    ],
)
def test_verbs_that_are_verbs_are_left_alone(coder, text, form):
    doc = parsed(coder, text)
    assert word(doc, form).pos_ in ("VERB", "AUX")
