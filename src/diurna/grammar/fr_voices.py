"""French voice misparses of fr_core_news_md: active verbs whose subject it labels a passive
subject, and participles on a noun it reads as passive though they have their own subject.

"Les talibans ont catégoriquement écarté jeudi toute discussion": with an adverb between the
auxiliary and the participle, the parser may label the subject "nsubj:pass" although the verb
has no passive auxiliary ("été") and its tense auxiliary is "avoir". The act's source is then
looked for among agents and not found. Such a subject is the verb's active subject.

The other way round, a passive verb's own arguments read as adjuncts: its "par" agent labelled
an oblique or a conjunct ("ont été abattus …, près de Kokorou, par des jihadistes"), and the
subject that opens the sentence before an incise labelled an adjunct ("Au moins 80 personnes,
pour la plupart des femmes, ont été enlevées"): the act then has no source or no target.
"""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from ..knowledge.language_profile import LanguageProfile
from .fr_forms import allegation_read_as_verb
from .fr_words import REFLEXIVE_FORMS


def active_subject_read_as_passive(verb: Token) -> None:
    """"ont catégoriquement écarté": a passive subject of a verb conjugated with "avoir" and no "été"."""
    if verb.pos_ != "VERB":
        return
    children = list(verb.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return
    if not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children):
        return
    for child in children:
        if child.dep_ == "nsubj:pass" and child.i < verb.i:
            child.dep_ = "nsubj"


def acl_participle_is_passive(verb: Token) -> bool:
    """A past participle on a noun ("les frappes menées par la Russie") is passive, unless it has
    its own tense auxiliary "avoir" or its own subject: "une résolution que Moscou a condamnée"
    is a relative clause the parser hung on the noun as a participle, and Moscow condemned."""
    return not any(
        (c.dep_ == "aux:tense" and c.lemma_ == "avoir") or c.dep_ in ("nsubj", "expl:subj") for c in verb.children
    )



# The preposition of a passive verb's agent.
AGENT_CASE = "par"
# Labels under which the parser hangs a passive verb's agent or its subject as an adjunct or a
# second verb ("ont été abattus …, par des jihadistes": conj).
MISREAD_AGENT_LABELS = frozenset({"obl", "obl:mod", "obl:arg", "conj"})
MISREAD_SUBJECT_LABELS = frozenset({"obl", "obl:mod"})
SUBJECT_LABELS = frozenset({"nsubj", "nsubj:pass", "expl:subj", "csubj"})


class _Grammar(Protocol):
    profile: LanguageProfile

    def case_word(self, token: Token) -> Token | None: ...

    def is_passive(self, verb: Token) -> bool: ...


def agent_read_as_adjunct(grammar: _Grammar, verb: Token) -> None:
    """"ont été enlevées jeudi par des hommes armés", "ont été abattus …, près de Kokorou, par des
    jihadistes": the "par" phrase of a passive verb that has no agent, read as an adjunct of the
    verb or as a conjunct of it. It is the agent. Only a determined noun phrase or a name: a bare
    noun says how ("par erreur", "par balle", "par jour")."""
    if verb.pos_ != "VERB" or not grammar.is_passive(verb) or any(c.dep_ == "obl:agent" for c in verb.children):
        return
    for child in verb.children:
        if child.dep_ not in MISREAD_AGENT_LABELS or child.i < verb.i or child.pos_ not in ("NOUN", "PROPN"):
            continue
        case = grammar.case_word(child)
        if case is None or case.lower_ != AGENT_CASE:
            continue
        determined = child.pos_ == "PROPN" or any(c.dep_ in ("det", "nummod", "nmod:poss") and c.i < child.i for c in child.children)
        if determined:
            child.dep_ = "obl:agent"
            return


def subject_read_as_adjunct(grammar: _Grammar, verb: Token, time_words: set[str]) -> None:
    """"Au moins 50 villageois, pour la plupart des enfants, ont été enlevés …": the noun phrase that
    opens the sentence, set off by an incise between commas, read as an adjunct of a verb that has
    no subject. It is the subject (of a passive verb, the passive subject). A phrase with a
    preposition or of time ("Lundi, …") is no subject."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECT_LABELS for c in verb.children):
        return
    doc = verb.doc
    opening = next((c for c in verb.children if c.i < verb.i), None)
    if (
        opening is None
        or opening.dep_ not in MISREAD_SUBJECT_LABELS
        or opening.pos_ not in ("NOUN", "PROPN")
        or opening.lower_ in time_words
        or grammar.case_word(opening) is not None
        or any(c.dep_ == "mark" for c in opening.children)
    ):
        return
    # It opens the sentence, and a comma follows its own words (the incise).
    if opening.left_edge.i != verb.sent.start:
        return
    after = next((w for w in doc[opening.i + 1 : verb.i] if w.text == "," or not opening.is_ancestor(w)), None)
    if after is None or after.text != ",":
        return
    opening.dep_ = "nsubj:pass" if grammar.is_passive(verb) else "nsubj"


def arguments_read_as_adjuncts(grammar: _Grammar, verb: Token, time_words: set[str]) -> None:
    """A verb's subject or a passive verb's agent read as an adjunct (see the two functions); a
    noun's complement read as an alleging participle's ("membres présumés du PKK": fr_forms)."""
    subject_read_as_adjunct(grammar, verb, time_words)
    agent_read_as_adjunct(grammar, verb)
    allegation_read_as_verb(verb, grammar.profile.alleging_participles)


def pronominal_read_as_passive(verb: Token) -> None:
    """"Le président s'en est pris à la Chine", "la Russie s'est retirée de …": the auxiliary
    "être" of a pronominal verb read as a passive one. A pronominal verb takes "être" in its
    compound tenses; its subject is the doer, not the patient."""
    if not any(c.dep_.startswith("expl") and c.lower_ in REFLEXIVE_FORMS and c.i < verb.i for c in verb.children):
        return
    auxiliaries = [c for c in verb.children if c.dep_ == "aux:pass" and c.lemma_ == "être" and c.i < verb.i]
    if not auxiliaries:
        return
    for child in verb.children:
        if child.dep_ == "aux:pass" and child.lemma_ == "être":
            child.dep_ = "aux:tense"
        elif child.dep_ == "nsubj:pass":
            child.dep_ = "nsubj"
