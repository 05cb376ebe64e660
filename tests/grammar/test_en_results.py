"""English repair of a result adjective read as a modifier of the object (grammar/en_results.py):
"shot dead/amod two protesters" is the verb's "shoot dead", shown by sentences written here with
decoys the repair must leave alone."""

from __future__ import annotations

from .support import parsed, word


def _is_result_of(doc, verb_form):
    dead, verb = word(doc, "dead"), word(doc, verb_form)
    return dead.head.i == verb.i and dead.dep_ == "oprd"


def test_result_right_after_the_verb(coder):
    doc = parsed(coder, "Police shot dead two protesters in Nairobi on Friday.", "en")
    assert _is_result_of(doc, "shot")
    assert word(doc, "protesters").dep_ == "dobj" and word(doc, "protesters").head.lower_ == "shot"


def test_result_before_a_title_and_a_name(coder):
    # "dead" hung on the title inside the object's name ("dead presidential candidate Ana Ruiz")
    doc = parsed(coder, "Ecuadorian gang members shot dead presidential candidate Ana Ruiz in Guayaquil.", "en")
    assert _is_result_of(doc, "shot")


def test_result_after_the_object(coder):
    # the parser may read it as a clause of its own (advcl): it stays the verb's
    doc = parsed(coder, "Soldiers shot a young farmer dead near the village.", "en")
    assert word(doc, "dead").head.lower_ == "shot"


def test_an_adjective_inside_the_object_is_left_alone(coder):
    # decoy: "the dead soldiers" names who, it tells no outcome of the act
    doc = parsed(coder, "The army returned the dead soldiers to their families.", "en")
    dead = word(doc, "dead")
    assert dead.dep_ == "amod" and dead.head.lower_ == "soldiers"


def test_another_verb_keeps_its_modifier(coder):
    # decoy: only verbs whose outcome the adjective tells ("shoot dead") are repaired
    doc = parsed(coder, "Rescuers found dead bodies under the rubble.", "en")
    assert word(doc, "dead").head.lower_ != "found"
