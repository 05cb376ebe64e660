"""English lists of names that en_core_web_sm reads as an apposition.

"New Zealand, Fiji, Samoa and Tonga", "the AU, Kenya, Ethiopia and Uganda": the parser often
hangs the second member on the first as its apposition and the members after it on the second as
its conjuncts. A list that goes on to its conjunction is no apposition: the second member is a
conjunct of the first, as the others are, so that every member fills the slot the first fills.
(The French lists: grammar/fr_lists.py.)
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of named members of a list: states and places, organisations, people.
MEMBER_ENTITIES = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP"})


def _named(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.ent_type_ in MEMBER_ENTITIES


def list_read_as_apposition(member: Token) -> None:
    """"New Zealand, Fiji/appos, Samoa and Tonga condemned …": the second name of a list,
    read as an apposition of the first, is the first one's conjunct when both are names (two
    places, two people, an organisation beside either) either side of a comma and the list goes on
    to its conjunction below it. An apposition that names its noun again ("President Ruto, the
    host, …") has a common noun and stays one."""
    if member.dep_ != "appos":
        return
    first = member.head
    if first.i >= member.i or not _named(member) or not _named(first):
        return
    if first.ent_type_ != member.ent_type_ and "ORG" not in (first.ent_type_, member.ent_type_) and {first.ent_type_, member.ent_type_} != {"GPE", "LOC"}:
        return
    start = min(t.i for t in member.subtree)
    if start < 1 or member.doc[start - 1].text != ",":
        return
    if not any(t.dep_ == "conj" and t.i > member.i and any(c.dep_ == "cc" for c in t.head.children) for t in member.subtree):
        return
    member.dep_ = "conj"
