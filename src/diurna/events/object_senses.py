"""The code of a trigger chosen by the class of what its act is done to or about.

One verb or noun names different acts by its object: an investigation into bribes is one into
crime or corruption (091), into abuses of protesters one into human rights abuses (092), into war
crimes 094; taking a town occupies territory (192), taking a company's assets seizes property
(171); expelling migrants or nationals deports people (174), not diplomats (166); a court's
condemnation to months or years of prison is a verdict (116), no criticism; a warning of sanctions
threatens sanctions (1312), one of strikes military force (138). Which code each class
gives is one table in data, the ``[[object_sense]]`` rows of ``patterns/{lang}.toml``, over the
classes of its ``[object_classes]`` (territory, property, ordinary people, prison terms, crimes
…); this module only reads the words of a scope and finds the first row that fits.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import ObjectSense, Pattern

# Links from a verb to its subject: who acts is no object of the act.
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
# Links of a clause of its own on the trigger: its words say another act's object.
CLAUSE_LINKS = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl", "acl:relcl"})
# Of those, the clauses that say what the trigger's act is ("warned that it would impose tariffs"),
# not a condition or another act beside it ("if Israel attacked").
CONTENT_LINKS = frozenset({"ccomp", "xcomp"})
# Links from a verb to what its act falls on.
UNDERGOER_LINKS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# Links from a noun to the words that name its kind ("Syrian migrants", "road contracts").
MODIFIER_LINKS = frozenset({"amod", "compound"})


def _words(tokens: Iterable[Token]) -> tuple[set[str], str]:
    """The folded lemmas and forms of the tokens, and their text and lemmas joined in order (for
    classes of several words: "war crime", "crime de guerre")."""
    ordered = sorted({t.i: t for t in tokens}.values(), key=lambda t: t.i)
    single = {fold(t.lemma_) for t in ordered} | {fold(t.lower_) for t in ordered}
    joined = " " + fold(" ".join(t.text for t in ordered)) + " " + fold(" ".join(t.lemma_ for t in ordered)) + " "
    joined = joined.replace("' ", "'")  # "l' humanité" as the class writes it, "l'humanité"
    return single, joined


def _names_class(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    """Whether the tokens hold one of the class's words, one word by its lemma or form, several as
    a run of whole words."""
    single, joined = _words(tokens)
    return any((w in single) if " " not in w else (f" {w} " in joined) for w in words)


def _object_words(undergoers: Sequence[Token]) -> list[Token]:
    """The object's heads and the words that name their kind."""
    return [t for head in undergoers for t in (head, *(c for c in head.children if c.dep_.split(":")[0] in MODIFIER_LINKS))]


def _marker(noun: Token) -> str:
    """The folded preposition before a noun: its own case word, or the preposition it hangs on."""
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    return fold((case or noun.head).lemma_)


def _complement_words(trigger: Token, time_prepositions: frozenset[str]) -> list[Token]:
    """The nouns after a preposition on the trigger or on its object (where the parser may hang it),
    and the words naming their kind ("condamné à six mois de prison", "jailed him for five years")."""
    nouns: list[Token] = []
    objects = [c for c in trigger.children if c.dep_ in ("obj", "dobj")]
    for child in [*trigger.children, *(c for o in objects for c in o.children)]:
        if child.pos_ == "ADP":
            nouns += [g for g in child.children if g.pos_ in ("NOUN", "PROPN")]
        elif child.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "case" for c in child.children) and child.dep_ not in SUBJECT_LINKS:
            nouns.append(child)
    # "held since two years" says how long something else lasts, not the term given.
    return _object_words([n for n in nouns if _marker(n) not in time_prepositions])


def _phrase_words(trigger: Token, pattern: Pattern, time_prepositions: frozenset[str], clauses: bool = False) -> list[Token]:
    """The trigger's phrase without its doer or phrases of time ("after the attack"); with
    ``clauses``, also the clauses that say its content ("warned that it would impose tariffs") but
    not the entry's own words (its particles: "promised harsh punishment"), which coded it already.
    A noun's light verb lends its phrases too ("opened an investigation on Monday into bribes":
    "into" hangs on "opened")."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i and trigger.head.pos_ in ("VERB", "AUX"):
        heads.append(trigger.head)
    words: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.i == trigger.i or child.dep_ in SUBJECT_LINKS:
                continue
            if clauses and fold(child.lemma_) in pattern.particles:  # "promised punishment": the entry's own word
                words += [t for t in child.subtree if t.i != child.i]
                continue
            if child.dep_ in CLAUSE_LINKS and not (clauses and child.dep_ in CONTENT_LINKS):
                continue
            if child.pos_ in ("NOUN", "PROPN") and _marker(child) in time_prepositions:
                continue
            words += _without_conditions(child)
    return words


def _without_conditions(token: Token) -> list[Token]:
    """The token's subtree but the adverbial clauses in it: "would respond if Israel attacked" says
    what is threatened in its main verb, the condition is another's act."""
    words = [token]
    for child in token.children:
        if child.dep_ != "advcl":
            words += _without_conditions(child)
    return words


def undergoer_heads(trigger: Token, control_nouns: frozenset[str]) -> list[Token]:
    """The words of what a verb's act falls on: its object or passive subject, else (a noun or an
    act told with a preposition: "took control of the assets", "pris le contrôle de la filiale")
    the noun after a preposition on it or on its object."""
    heads = [c for c in trigger.children if c.dep_ in UNDERGOER_LINKS]
    if not heads and trigger.dep_.split(":")[0] == "acl" and trigger.morph.get("VerbForm") == ["Part"] and "Pres" not in trigger.morph.get("Tense"):
        heads = [trigger.head]  # "the islands claimed by Beijing": a passive participle's act falls on its noun
    if not heads or fold(heads[0].lemma_) in control_nouns:
        below = [g for h in (trigger, *heads) for c in h.children for g in (c, *c.children)]
        heads = [t for t in below if t.pos_ in ("NOUN", "PROPN") and t.dep_.split(":")[0] in ("pobj", "nmod", "obl")]
    return heads


def claims_an_obligation(undergoers: Sequence[Token], obligation_auxiliaries: frozenset[str]) -> bool:
    """Whether a claim's content says what ought to be ("an assertion that Mexico must police its
    side"): rejecting it rejects a demand (12x), it denies no accusation (016)."""
    clauses = [c for head in undergoers for c in head.children if c.pos_ in ("VERB", "AUX") and c.dep_.split(":")[0] in ("acl", "ccomp")]
    return any(a.dep_.split(":")[0] == "aux" and fold(a.lower_) in obligation_auxiliaries for c in clauses for a in c.children)


def sense_by_object(
    code: str,
    pattern: Pattern,
    trigger: Token | None,
    undergoers: Sequence[Token],
    table: Sequence[ObjectSense],
    time_prepositions: frozenset[str] = frozenset(),
    source_sector: str | None = None,
) -> str | None:
    """The code the first ``[[object_sense]]`` row that fits gives the act, None when none fits.
    ``time_prepositions``: phrases they mark tell when, not what the act gives ("depuis deux ans").
    ``source_sector``: the doer's sector (``STATE_SECTOR`` for a state named alone), for the rows
    that depend on who acts ("protesters threw stun grenades" is no repression)."""
    scopes: dict[str, list[Token]] = {}
    for row in table:
        if code not in row.codes or (row.lemmas and pattern.name not in row.lemmas and pattern.lemma not in row.lemmas):
            continue
        if row.source_sectors and source_sector not in row.source_sectors:
            continue
        if row.scope not in scopes:
            if row.scope == "object":
                scopes[row.scope] = _object_words(undergoers)
            elif trigger is None:
                scopes[row.scope] = []
            else:
                scopes[row.scope] = _complement_words(trigger, time_prepositions) if row.scope == "complement" else _phrase_words(trigger, pattern, time_prepositions, row.scope == "clause")
        if _names_class(scopes[row.scope], row.words):
            return row.sense
    return None


__all__ = ["UNDERGOER_LINKS", "claims_an_obligation", "sense_by_object", "undergoer_heads"]
