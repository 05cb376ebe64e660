"""Doers no one can name.

"Gunmen killed 12 villagers in Zamfara", "Unknown assailants set fire to a church", "Des hommes
armés ont enlevé trente élèves": the guidelines code no act whose source is not identifiable.
An unresolved subject is otherwise taken as the civilians of the place the clause names
(``EventCoder._people_sources``: "thousands marched in Caracas", "des milliers de personnes ont
manifesté à Paris" are an identifiable crowd); a group named only by what it did or carried, or
said to be unknown, is not. One such person ("a gunman shot the prime minister") is someone the
article goes on to name (the suspect), so only groups and the explicitly unknown are left out.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.language_profile import LanguageProfile

def _plural(noun: Token) -> bool:
    return "Plur" in noun.morph.get("Number") or noun.tag_ == "NNS"


def unknown_doers(noun: Token, profile: LanguageProfile) -> bool:
    """Whether the subject ``noun`` names doers no one can identify: a group named only by its acts
    or arms ("gunmen", "des hommes armés", "assailants"), or doers said to be unknown."""
    said = [child for child in noun.children if child.dep_ in ("amod", "acl", "compound")]
    modifiers = {fold(child.lemma_) for child in said}
    for child in said:
        lemma = fold(child.lemma_)
        # "non identifiés": a participle of knowing says unknown only when negated.
        negated = any(fold(c.text) in profile.negations for c in child.children) or (
            child.i > 0 and fold(child.doc[child.i - 1].text) in profile.negations
        )
        if lemma in profile.unknown_modifiers or (negated and lemma in profile.negated_known_modifiers):
            return True
    names = {fold(noun.lemma_), fold(noun.text)}
    anonymous = bool(names & profile.anonymous_doers)
    armed = bool(names & profile.armed_people) and bool(modifiers & profile.armed_modifiers)
    return (anonymous or armed) and _plural(noun)


def not_people(noun: Token, is_act: bool, profile: LanguageProfile) -> bool:
    """Whether the subject ``noun`` names an act or a thing that kills with no doer named (the
    profile's ``blast_nouns``), not people: "the attack killed twelve people in Mogadishu", "une
    déflagration a tué cinq soldats" have no identifiable doer, and the town's civilians are not it."""
    return is_act or fold(noun.lemma_) in profile.blast_nouns
