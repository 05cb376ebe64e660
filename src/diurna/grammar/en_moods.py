"""English moods the auxiliaries alone do not tell: called by ``EnglishGrammar.mood``
(en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

from . import reported_clause_governor

# The auxiliary of the future seen from the past ("said it would meet", "announced it would send"):
# a closed-class word of the English grammar, as the auxiliaries ``EnglishGrammar.mood`` reads.
FUTURE_IN_PAST_AUXILIARY = "would"
# Tags of a past reporting verb ("said", "had announced").
PAST_TAGS = frozenset({"VBD", "VBN"})


def future_in_reported_past(verb: Token, reporting_verbs: frozenset[str], conditional_markers: frozenset[str]) -> bool:
    """"Trump said on Thursday that he would meet Kim in Singapore", "Switzerland said it would
    facilitate talks": "would" in what a past reporting verb reports is the future of that past
    (the reported "will"), not a conditional. Also for a verb coordinated in that clause ("said it
    would withdraw and would hand over …"). Not "could"/"might" (only possible), and not with an
    "if"/"unless" clause of its own ("said it would meet Biden if the talks succeed": conditional)."""
    if not any(c.dep_ == "aux" and c.lower_ == FUTURE_IN_PAST_AUXILIARY for c in verb.children):
        return False
    if any(_opens_with(c, conditional_markers) for c in verb.children if c.dep_ == "advcl"):
        return False
    governor = reported_clause_governor(verb)
    return governor is not None and governor.tag_ in PAST_TAGS and governor.lemma_.lower() in reporting_verbs


def _opens_with(clause: Token, markers: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in markers for c in clause.children)
