"""The time or deadline given on a verb of giving, read as an adverb or inside the first object
(grammar/en_deadlines.py). Sentences written for these tests, with decoys the repair must leave alone."""

from __future__ import annotations

from tests.events.support import code

from .support import parsed, word


def test_counted_days_after_the_receiver_are_the_thing_given(coder):
    # "gave the junta seven days/npadvmod to hand over": the days are the object, the junta the receiver
    doc = parsed(coder, "The regional bloc gave the junta in Bamako ten days to free the president.", "en")
    gave, days, junta = word(doc, "gave"), word(doc, "days"), word(doc, "junta")
    assert days.dep_ == "dobj" and days.head.i == gave.i
    assert junta.dep_ == "dative" and junta.head.i == gave.i
    assert word(doc, "free").head.i == gave.i


def test_span_taken_by_a_relative_clause_on_the_receiver(coder):
    # "the officers who seized power in Conakry two weeks/npadvmod>seized": the span is the giving verb's
    doc = parsed(coder, "The African Union gave the officers who seized power in Conakry two weeks to restore civilian rule.", "en")
    gave, weeks = word(doc, "gave"), word(doc, "weeks")
    assert weeks.head.i == gave.i and weeks.dep_ == "dobj"
    assert word(doc, "officers").dep_ == "dative"
    assert word(doc, "restore").head.i == gave.i


def test_second_object_of_a_relative_clause_is_the_givers(coder):
    # "handed the soldiers who took power a deadline/dobj>took": a clause verb has one direct object
    doc = parsed(coder, "The bloc handed the soldiers who took power in Niamey a six-month deadline to hold elections.", "en")
    deadline, handed = word(doc, "deadline"), word(doc, "handed")
    assert deadline.head.i == handed.i and deadline.dep_ == "dobj"
    assert word(doc, "soldiers").dep_ == "dative"


def test_ultimatum_is_coded_with_its_receiver(coder):
    events = code(coder, "The regional bloc ECOWAS gave the junta in Bamako ten days to free the president.", "en")
    assert ("ECOWAS", "139", "MLI") in {(e.source.actor.organization or e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in events}


def test_span_that_tells_when_is_left_alone(coder):
    # decoy: "two days later" tells when it was given; no span given and no infinitive
    doc = parsed(coder, "The ministry gave the soldiers two days later a new order.", "en")
    assert word(doc, "days").dep_ != "dobj" or word(doc, "days").head.lower_ != "gave"


def test_span_with_no_act_to_do_is_left_alone(coder):
    # decoy: "gave the team a week off": nothing is to be done in the span, no ultimatum coded
    events = code(coder, "The coach gave the players a week in Madrid after the final.", "en")
    assert not any(e.cameo.code == "139" for e in events)
