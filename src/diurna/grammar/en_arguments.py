"""English repairs of a verb's arguments that en_core_web_sm hangs on the wrong word.

- A subject read as the auxiliary's ("Egypt and Qatar/nsubj>are are mediating between …"): an
  auxiliary heads nothing; the subject is its verb's.
- The thing given after "with" ("provided Ukraine/dobj with ammunition/pobj"): for a verb whose
  object is otherwise the thing given ("provided ammunition to Ukraine"), the thing is its object
  and the one given to its indirect object, as in the other order, so that the same entries and
  frames read both.
- A coordinated subject read as a modifier of its last noun ("Soldiers/nmod and Arakan Army/conj
  fighters/nsubj exchanged gunfire"): a plural noun opening the subject, coordinated with a name,
  is the first subject; the name modifies the last noun ("Arakan Army fighters"), the second.
- An amount given after "with" ("provide Ukraine with $4.5 billion in support"): the amount is
  the thing given as a noun would be; the event noun it counts hangs below it.
- An apposition on the subject read as the verb's object after its adjuncts ("400 officers landed
  in Haiti on Tuesday, the first/dobj contingent of the force"): an object does not follow a comma
  that closes the verb's own phrases; the noun phrase says what the subject is.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_LINKS = ("nsubj", "nsubjpass")
NOMINAL_POS = {"NOUN", "PROPN", "PRON"}
# Parts of speech of the thing given after "with": a noun, or an amount ("with $4.5 billion in
# support", "with 50 million euros of aid"), through which the event noun is reached.
GIVEN_THING_POS = {"NOUN", "NUM"}


def subject_read_on_auxiliary(subject: Token) -> None:
    auxiliary = subject.head
    if subject.dep_ not in SUBJECT_LINKS or auxiliary.pos_ != "AUX" or auxiliary.dep_ not in ("aux", "auxpass"):
        return
    verb = auxiliary.head
    if verb.i == auxiliary.i or verb.pos_ != "VERB" or not subject.i < auxiliary.i < verb.i:
        return
    if any(child.dep_ in SUBJECT_LINKS for child in verb.children):
        return
    subject.head = verb


def thing_given_with(verb: Token, with_object_verbs: frozenset[str]) -> None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in with_object_verbs:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in NOMINAL_POS]
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    if len(objects) != 1 or len(withs) != 1 or withs[0].i < objects[0].i:
        return
    things = [c for c in withs[0].children if c.dep_ == "pobj" and c.pos_ in GIVEN_THING_POS]
    if len(things) != 1:
        return
    receiver, thing, marker = objects[0], things[0], withs[0]
    receiver.dep_ = "dative"
    thing.head = verb
    thing.dep_ = "dobj"
    # The preposition is left as a mark of the phrase, governing nothing.
    marker.head = thing
    marker.dep_ = "case"


def coordination_read_as_modifier(first: Token) -> None:
    # Only a bare plural noun ("Soldiers", "Police") coordinated with a name before a plural head
    # noun that is a subject: "weapons and ammunition supplies" (objects, common nouns) stay as they are.
    head = first.head
    if first.tag_ != "NNS" or first.dep_ not in ("nmod", "compound") or head.dep_ not in SUBJECT_LINKS:
        return
    if head.tag_ not in ("NNS", "NNPS") or head.left_edge.i != first.i or head.i <= first.i:
        return
    conjuncts = [c for c in first.children if c.dep_ == "conj"]
    markers = [c for c in first.children if c.dep_ == "cc"]
    if len(conjuncts) != 1 or len(markers) != 1 or conjuncts[0].pos_ != "PROPN" or conjuncts[0].i >= head.i:
        return
    if any(t.pos_ == "PUNCT" for t in first.doc[first.i : head.i]):
        return
    verb, link, name = head.head, head.dep_, conjuncts[0]
    if verb.i == head.i:
        return
    first.head = verb
    first.dep_ = link
    head.head = first
    head.dep_ = "conj"
    name.head = head
    name.dep_ = "compound"


def partner_read_on_means(phrase: Token) -> None:
    """"Ramaphosa spoke by telephone with/prep>telephone Nigeria's Tinubu": the parser hangs the "with"
    phrase on the bare noun of a "by" phrase of means ("by telephone", "by phone", "by video link"),
    so the verb's other party is not found. A bare noun of means takes no partner of its own: the
    phrase is the verb's, as in "spoke with Tinubu by telephone"."""
    if phrase.dep_ != "prep" or phrase.lower_ != "with":
        return
    means = phrase.head
    by = means.head
    if means.dep_ != "pobj" or means.pos_ != "NOUN" or by.lower_ != "by" or by.dep_ != "prep" or by.head.pos_ != "VERB":
        return
    if any(c.dep_ in ("det", "poss", "nummod", "amod") for c in means.children) or phrase.i <= means.i:
        return  # "by a car with diplomatic plates": a thing of its own, not the means
    phrase.head = by.head


# Prepositions of a destination: "flew planes with medical teams to Cyprus".
DESTINATION_PREPOSITIONS = frozenset({"to", "into"})


def destination_read_on_cargo(destination: Token) -> None:
    """"flew planes with medical teams to/prep>teams Cyprus": the destination told after the
    "with" phrase of a verb that has its object is read as the cargo's; it is where the verb sends
    (the verb has no destination of its own)."""
    cargo = destination.head
    if destination.dep_ != "prep" or destination.lower_ not in DESTINATION_PREPOSITIONS or cargo.dep_ != "pobj":
        return
    with_phrase = cargo.head
    verb = with_phrase.head
    if with_phrase.lower_ != "with" or with_phrase.dep_ != "prep" or verb.pos_ != "VERB":
        return
    if not any(c.dep_ == "dobj" and c.i < with_phrase.i for c in verb.children):
        return
    if any(c.dep_ in ("prep", "dative") and c.lower_ in DESTINATION_PREPOSITIONS for c in verb.children):
        return
    destination.head = verb


def apposition_read_as_object(noun: Token) -> None:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or noun.i < verb.i:
        return
    comma = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if comma is None or comma.text != "," or comma.head.i != verb.i:
        return
    between = noun.doc[verb.i + 1 : comma.i]
    # Only the verb's own phrases before the comma ("in Haiti on Tuesday"), none set apart by commas of
    # their own ("captured, after a week of fighting, the town" has its object after them).
    if not between or between[0].dep_ != "prep" or any(t.text == "," for t in between):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in NOMINAL_POS]
    if len(subjects) != 1:
        return
    noun.head = subjects[0]
    noun.dep_ = "appos"
