"""What a sent carrier is or carries: the words that complete a verb of sending's expression.

"sent a rescue team", "trois avions chargés de tentes", "flew planes with medical teams to Nepal":
a team, an aircraft or a convoy (`carrier_nouns`) stands for what it is made of or carries, told by
its own complements, a participle on it, or the cargo phrase (`cargo_prepositions`: "with", "avec")
of the verb; a carrier in the cargo ("teams") is read through in turn, and the kind of a carried
team may be an adjective ("medical teams").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..grammar import Grammar
from ..knowledge.actors import fold
from ..knowledge.language_profile import LanguageProfile


def cargo_words(grammar: Grammar, profile: LanguageProfile, verb: Token, carrier: Token) -> list[Token]:
    """The words that say what ``carrier``, the object of the sending ``verb``, is or carries."""
    carried = [p for p in carrier.children if grammar.clause_link(p) == "acl" and p.pos_ == "VERB"]
    heads = [carrier, *carried]
    heads += [n for s, n in grammar.arguments(verb) if s in profile.cargo_prepositions and n.pos_ == "NOUN"]
    words: list[Token] = []
    seen: set[int] = set()
    while heads:
        head = heads.pop(0)
        if head.i in seen:
            continue
        seen.add(head.i)
        found = [n for s, n in grammar.arguments(head) if n.pos_ == "NOUN" and s != "subj"]
        # "search-and-rescue teams": each coordinated modifier says what the team is.
        found += [c for n in found for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        if head.i != carrier.i:
            found.append(head)
        if fold(head.lemma_) in profile.carrier_nouns:
            if head.i != carrier.i:
                found += [a for a in head.children if a.dep_ == "amod" and a.pos_ == "ADJ"]
            heads += [n for n in found if n.pos_ == "NOUN" and fold(n.lemma_) in profile.carrier_nouns]
            heads += [p for p in head.children if grammar.clause_link(p) == "acl" and p.pos_ == "VERB"]
        words += found
    return words
