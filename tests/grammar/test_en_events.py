"""English repairs of event nouns heading a clause's subject (grammar/en_events.py). Sentences written
for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from .support import parsed, word


def test_gerund_subject_read_as_noun(coder):
    # "Fighting/VBG/nsubj between Israel and Hamas raged": no argument of its own, the event noun
    doc = parsed(coder, "Fighting between Israel and Hamas raged in Gaza.", "en")
    assert word(doc, "Fighting").pos_ == "NOUN" and word(doc, "Fighting").lemma_ == "fighting"


def test_gerund_with_an_object_stays_a_verb(coder):
    # decoy: "Fighting Russia" has an object: a verb
    doc = parsed(coder, "Fighting Russia is costly for Ukraine.", "en")
    assert word(doc, "Fighting").pos_ == "VERB"


def test_sides_read_on_the_verb_are_the_nouns(coder):
    # "Fighting raged between/prep>raged the army and the rebels": between whom the fighting was
    doc = parsed(coder, "Fighting raged between Israel and Hamas in Gaza.", "en")
    assert word(doc, "between").head.text == "Fighting"


def test_bounds_of_a_span_stay_on_the_verb(coder):
    # decoy: "between 2020 and 2022" are two dates, not two sides
    doc = parsed(coder, "Exports rose between 2020 and 2022.", "en")
    assert word(doc, "between").head.text == "rose"
