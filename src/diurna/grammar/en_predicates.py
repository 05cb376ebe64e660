"""English objects shifted after an "as" predicate ("dismissed as groundless the accusations"),
a repair ``EnglishGrammar.repair`` runs (en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

NOMINAL_POS = {"NOUN", "PROPN"}
# Tags that open the object noun phrase after a shifted "as" predicate ("as hypocrisy President
# Putin's order", "as groundless the accusations").
PHRASE_OPENING_TAGS = {"DT", "PRP$", "NNP", "NNPS"}
# Parts of speech of an "as" predicate: "as (fake) news", "as (wholly) illegal".
PREDICATE_POS = {"NOUN", "ADJ", "ADV"}
# Tags of the quotation marks that may close a quoted "as" predicate ("as \"ridiculous\"
# accusations by Kinshasa"): the object starts after the closing mark, whatever its first word.
QUOTE_TAGS = {"``", "''"}
# Labels of a particle between a verb and its "as" predicate ("brushed aside as ...").
VERB_PARTICLE_LINKS = {"prt", "advmod"}


def as_right_after_verb(marker: Token) -> bool:
    """Whether an "as" comes right after its verb, or after the verb's particle ("brushed aside as")."""
    between = marker.doc[marker.head.i + 1 : marker.i]
    return all(w.head.i == marker.head.i and w.dep_ in VERB_PARTICLE_LINKS for w in between) and len(between) <= 1


def quoted_predicate_end(doc: Doc, marker: Token, end: int) -> int | None:
    """The closing quotation mark of an "as" predicate set in quotes ("as \"ridiculous\"", "as \"a
    distraction\""), when its words are a predicate's; else None."""
    if marker.i + 1 > end or doc[marker.i + 1].tag_ not in QUOTE_TAGS:
        return None
    close = next((i for i in range(marker.i + 2, end + 1) if doc[i].tag_ in QUOTE_TAGS), None)
    if close is None or close == marker.i + 2:
        return None
    words = doc[marker.i + 2 : close]
    if any(w.pos_ not in PREDICATE_POS and w.tag_ != "DT" for w in words) or words[-1].pos_ not in PREDICATE_POS:
        return None
    return close


def object_after_as_predicate(doc: Doc, marker: Token) -> None:
    """"dismissed as groundless the accusations", "rejected as \"ridiculous\" accusations by
    Kinshasa": the parser reads the object shifted after an "as" predicate as part of that
    predicate; it is the verb's object again, and the predicate's words hang on "as"."""
    verb = marker.head
    if any(c.dep_ in ("dobj", "nsubjpass", "ccomp") for c in verb.children):
        return
    end = marker.right_edge.i
    quoted = quoted_predicate_end(doc, marker, end)
    if quoted is not None:
        start = quoted + 1  # "as \"a distraction\" charges by Kinshasa"
    else:
        start = next((i for i in range(marker.i + 2, end + 1) if doc[i].tag_ in PHRASE_OPENING_TAGS), None)
        if start is None or any(doc[i].pos_ not in PREDICATE_POS for i in range(marker.i + 1, start)):
            return
    if start > end:
        return
    inside = range(start, end + 1)
    tops = [doc[i] for i in inside if doc[i].head.i not in inside]
    if len(tops) != 1 or tops[0].pos_ not in NOMINAL_POS:
        return
    predicate = range(marker.i + 1, start)
    words = [doc[i] for i in predicate if doc[i].tag_ not in QUOTE_TAGS]
    nouns = [w for w in words if w.pos_ == "NOUN"]
    head = nouns[-1] if nouns else words[-1]
    obj = tops[0]
    obj.head = verb
    obj.dep_ = "dobj"
    head.head = marker
    head.dep_ = "pobj"
    for i in predicate:
        if doc[i].i != head.i and doc[i].head.i not in predicate:
            doc[i].head = head


__all__ = ["as_right_after_verb", "object_after_as_predicate", "quoted_predicate_end"]
