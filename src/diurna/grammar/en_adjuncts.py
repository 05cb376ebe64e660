"""English time adjuncts that en_core_web_sm fuses with the noun beside them.

"On Friday Kenya/nsubj recalled …": the parser reads the day as a compound of the name after it
("Friday/compound > Kenya") and leaves "On" with no object, so the subject's phrase starts with a
date. "was detained by soldiers days/pobj before the vote": it reads the noun of the agent as a
compound of the span of time after it ("soldiers/compound > days"), so the agent is a span of time.
Both are mended so that the name or the noun fills its slot alone and the time word is an adjunct.
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of dates and times.
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Words that place a span of time before or after something ("days before the vote", "hours
# after the soldiers withdrew", "weeks later").
SPAN_ANCHORS = frozenset({"after", "before", "later", "earlier", "ago"})


def date_read_as_compound_of_name(date: Token) -> None:
    """"On Friday/compound Kenya recalled": a date right after a preposition with no object,
    read as a compound of the name after it (no date itself), is the preposition's object."""
    name = date.head
    if date.dep_ != "compound" or date.ent_type_ not in TIME_ENTITIES or name.i <= date.i or name.ent_type_ in TIME_ENTITIES:
        return
    if date.i == 0 or name.pos_ != "PROPN":
        return
    opener = date.doc[date.i - 1]
    if opener.dep_ != "prep" or opener.pos_ != "ADP" or any(c.dep_ == "pobj" for c in opener.children):
        return
    if any(c.i < date.i for c in date.children):
        return  # "On Friday" alone: a longer date phrase is left as read
    date.head, date.dep_ = opener, "pobj"


def noun_read_as_compound_of_span(span: Token, time_nouns: frozenset[str]) -> None:
    """"by police/compound hours/pobj after the soldiers withdrew": a span of time (``time_nouns``)
    followed by a word that places it before or after something, whose compound is a noun, is an
    adjunct of that word; the compound fills the span's slot."""
    if span.lemma_.lower() not in time_nouns or span.dep_ not in ("pobj", "dobj", "nsubj", "nsubjpass"):
        return
    if span.i + 1 >= len(span.doc) or span.doc[span.i + 1].lower_ not in SPAN_ANCHORS:
        return
    nouns = [c for c in span.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i == span.i - 1]
    if len(nouns) != 1 or any(c.dep_ in ("nummod", "amod") for c in span.children):
        return  # "three days after": a span told as such
    noun, anchor = nouns[0], span.doc[span.i + 1]
    noun.head, noun.dep_ = span.head, span.dep_
    for word in [c for c in span.children if c.i < noun.i]:
        word.head = noun  # "by the police hours after": the article is the noun's
    # The span hangs on the word that anchors it, or on the clause that word opens.
    span.head = anchor if anchor.pos_ in ("ADP", "ADV") and anchor.dep_ != "mark" else anchor.head
    span.dep_ = "npadvmod"
    if span.head.i == span.i:
        span.head = noun.head
