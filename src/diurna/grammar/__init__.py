"""One view of a dependency parse for both languages.

The French pipeline speaks Universal Dependencies, the English one ClearNLP
labels. The rest of diurna asks the questions below and never reads a
dependency label itself; each language answers in its own module
(``grammar/fr.py``, ``grammar/en.py``). Argument slots are the names the
pattern files use: ``subj``, ``obj``, ``iobj``, ``agent``, ``amod``,
``poss``, ``compound``, or a preposition.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator, Protocol

from spacy.tokens import Doc, Token

from ..knowledge.language_profile import LanguageProfile


class Grammar(Protocol):
    profile: LanguageProfile

    def repair(self, doc: Doc) -> None:
        """Mend known misparses of the language's model in place, before frames are read."""

    def arguments(self, head: Token) -> list[tuple[str, Token]]:
        """``(slot, filler head)`` for the direct arguments and modifiers of a verb or noun."""

    def is_passive(self, verb: Token) -> bool: ...

    def is_negated(self, token: Token) -> bool: ...

    def clause_link(self, token: Token) -> str | None:
        """How a verb hangs on its governor: "conj", "xcomp", "advcl", "ccomp", "acl", "relcl", or None."""

    def is_relative_pronoun(self, token: Token) -> bool: ...

    def is_object_of(self, noun: Token) -> bool:
        """Whether ``noun`` is the direct object (or passive subject) of its head verb."""

    def case_word(self, token: Token) -> Token | None:
        """The preposition that introduces ``token``, if any."""

    def mood(self, verb: Token) -> str:
        """"conditional", "future", "imperative", "mandative" (an act asked for: English "insisted
        that Russia withdraw") or "indicative"."""


@lru_cache(maxsize=4096)
def _features(analysis: str) -> frozenset[str]:
    """The "Field=Values" parts of a morphological analysis string ("Mood=Ind|Number=Sing")."""
    return frozenset(analysis.split("|"))


def has_feature(token: Token, field: str, value: str) -> bool:
    """``token.morph.get(field) == [value]``: the field has that one value. Read off the analysis
    string, where the field's part is "field=value" exactly then (``MorphAnalysis.get`` costs more)."""
    return f"{field}={value}" in _features(str(token.morph))


def is_present_participle(verb: Token) -> bool:
    """A present participle or gerund ("accusing", "accusant")."""
    forms = verb.morph.get("VerbForm")
    return "Ger" in forms or ("Part" in forms and "Pres" in verb.morph.get("Tense")) or verb.tag_ == "VBG"


def set_off_by_comma(verb: Token) -> bool:
    """Whether a comma opens the clause ``verb`` heads: its first word, when the parser hangs the
    comma on the clause, or the word before it."""
    first = verb.left_edge
    return first.text == "," or (first.i > verb.sent.start and verb.doc[first.i - 1].text == ",")


def reported_clause_governor(verb: Token) -> Token | None:
    """The verb whose complement clause ``verb`` heads ("said that it would send": "said"), also
    for a verb coordinated in that clause ("said it would withdraw and hand over"); None when
    ``verb`` heads no complement clause. ``ccomp`` and ``conj`` in both label sets."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.head.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.i == clause.i:
        return None
    return clause.head


def is_side_clause(verb: Token) -> bool:
    """"…, accusing them of …", "…, les accusant de …": a clause of its own hung on a verb (a
    participle or gerund, or one set off by a comma), not the infinitive that completes it ("ordered
    the envoys to leave", "a ordonné aux diplomates de partir"). The tagger reads some French
    participles as infinitives, hence the comma."""
    return is_present_participle(verb) or set_off_by_comma(verb)


def conjuncts(token: Token) -> Iterator[Token]:
    """``token`` and the tokens coordinated with it ("la Bulgarie, la Hongrie et la Roumanie")."""
    yield token
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == token.pos_ or child.dep_ == "conj" and {child.pos_, token.pos_} <= {"NOUN", "PROPN"}:
            yield from conjuncts(child)


def founds(verb: Token, founding_verbs: frozenset[str]) -> bool:
    """Whether ``verb`` with its particle ("set up") or alone ("create") is one of the profile's
    founding verbs and has the founded thing as its object."""
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt")]
    lemma = verb.lemma_.lower()
    named = lemma in founding_verbs or any(f"{lemma} {p}" in founding_verbs for p in particles)
    return named and any(c.dep_ in ("dobj", "obj") for c in verb.children)


def grammar_for(lang: str, profile: LanguageProfile) -> Grammar:
    if lang == "fr":
        from .fr import FrenchGrammar

        return FrenchGrammar(profile)
    if lang == "en":
        from .en import EnglishGrammar

        return EnglishGrammar(profile)
    raise ValueError(f"no grammar for {lang!r}")
