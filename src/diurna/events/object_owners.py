"""Whom an act is done to when its object is a thing or an act that names no one itself: whose
it is, or who did it.

"criticised the police's handling of the rally", "a critiqué la gestion de la crise par les autorités",
"impounded jets belonging to a state airline", "a saisi de l'or appartenant à un groupe canadien":
the act is aimed at the owner of its object, told by a possessive, an agent ("par", "by"), a
participle of belonging (the language profile's ``owner_participles``: "belonging to", "linked
to", "appartenant à") or a thing's "of"/"de" phrase. ``ParagraphFrames.actors_of`` reads owners
too, but passes over an owner whose country is only the article's guess ("the army", "la
police"), as a noun's modifier ("artillery rounds") must be; an owner in one of these roles is the
object's party, so it counts. One step of the chain of ``untold.py``, tried when the act's own
frame names no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.patterns import Pattern, folded_lemma
from .frames import PARTICIPLE_AGENT, ParagraphFrames
from .pronouns import own_subject_owner
from .roles import Role, roles_of, same_actor
from .slots import slot_fillers

# Slots of a noun that say who did the act it names or whose the thing is; a thing's "of"/"de"
# phrase says whose it is too ("les armes de la police"), an act's says to whom it was done.
OWNER_ROLE_SLOTS = ("agent", PARTICIPLE_AGENT, "poss")
THING_OWNER_SLOTS = ("of", "de")
# Roots of answers: a rejection is aimed at whoever did the act it rejects (its agent), never at
# the owner of a thing ("rejected the opposition's newspaper" names no one rejected).
ANSWER_ROOTS = frozenset({"12"})
AGENT_SLOTS = ("agent", PARTICIPLE_AGENT)
# Roots of force: the people force hits, when only the article guesses their country, are placed
# where they were hit (events/domestic.py), not by the guess an owner phrase carries.
FORCE_ROOTS = frozenset({"18", "19", "20"})


def _belonging_owners(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The owner a participle of belonging on ``noun`` names: "jets belonging to Aeroflot"."""
    found: list[Token] = []
    for child in noun.children:
        if child.pos_ != "VERB" or frames.grammar.clause_link(child) != "acl":
            continue
        if folded_lemma(child) not in frames.profile.owner_participles:
            continue
        # The owner is the participle's dative, comitative or agent phrase ("belonging to",
        # "tied with", "owned by", "appartenant à").
        slots = {frames.profile.dative_preposition, *frames.profile.comitative_prepositions, "agent"}
        found += [f for s, f in frames.arguments(child) if s in slots]
    return found


def _relative_makers(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """Who did to ``noun`` what a relative clause on it tells, its relative pronoun the clause's
    object: "the deadline that four capitals had set", "le plan que Washington a proposé"."""
    found: list[Token] = []
    for clause in noun.children:
        link = frames.grammar.clause_link(clause)
        # Only a clause read as relative: one read as the noun's content ("reports that troops fled") tells no maker.
        if clause.pos_ != "VERB" or link != "relcl" or clause.i < noun.i:
            continue
        subjects = frames.fillers(clause, "subj")
        if any(frames.grammar.is_relative_pronoun(s) for s in subjects):
            continue  # "the attack that killed ten": the noun does, it is not done to
        # A passive subject is done to, not the doer ("the plan that Peru was offered").
        found += [s for s in subjects if s.pos_ in ("NOUN", "PROPN") and not frames.grammar.is_object_of(s)]
    return found


def _determined(noun: Token) -> bool:
    """A name, or a noun with its determiner: an owner ("les biens de l'université"), not what a
    bare "de"/"of" counts or sorts ("une quarantaine de villageois", "dozens of protesters")."""
    return noun.pos_ == "PROPN" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children)


def object_owners(frames: ParagraphFrames, token: Token, pattern: Pattern, sources: list[Role]) -> list[Role]:
    """The owner or doer of what the act of ``token`` is done to, when that object names no actor
    itself: its agent or possessor, else the owner a participle of belonging names, else a
    thing's "of" phrase. Never a source."""

    force = pattern.code[:2] in FORCE_ROOTS

    def others(roles: list[Role]) -> list[Role]:
        return [r for r in roles if all(not same_actor(s, r) for s in sources) and not (force and r.mention.actor.how == "domestic")]

    answer = pattern.code[:2] in ANSWER_ROOTS
    particles = frames.particle_tokens(token, pattern)
    # … on the verb, or on the expression's own noun ("ordonné la saisie de ses biens").
    heads = [token, *(frames.doc[i] for i in sorted(particles))]
    objects = [f for slot in pattern.target for head in heads for f in slot_fillers(frames, head, slot, particles)]
    if answer:  # "rejected the plan that X had proposed": the expression's own noun is what is answered
        objects += [frames.doc[i] for i in sorted(particles) if frames.doc[i].pos_ == "NOUN" and frames.doc[i] not in objects]
    if not objects and token.pos_ == "VERB" and frames.grammar.clause_link(token) == "acl" and frames.grammar.is_passive(token):
        objects = [token.head]  # "its nuclear test, condemned by Seoul": what the participle qualifies
    # "seized three tonnes of gold belonging to …": what an amount counts.
    objects += [f for noun in objects if frames.is_quantity(noun) for s, f in frames.arguments(noun) if s in THING_OWNER_SLOTS]
    found: list[Role] = []
    for noun in objects:
        if noun.pos_ != "NOUN" or others(roles_of(frames, [noun])):
            continue
        # Who did an act comes before whose a thing is ("la gestion de la crise par les autorités" is
        # theirs); an amount counts what its phrase names, it owns nothing.
        thing = frames.pattern_of(noun) is None and not frames.is_quantity(noun)
        if answer:
            # … or who made it ("rejected the deadline that four capitals had set").
            groups = [[f for slot in AGENT_SLOTS for f in frames.fillers(noun, slot)] or _relative_makers(frames, noun)]
        else:
            groups = [
                [f for slot in OWNER_ROLE_SLOTS for f in frames.fillers(noun, slot)],
                _belonging_owners(frames, noun),
                [f for slot in THING_OWNER_SLOTS for f in frames.fillers(noun, slot) if _determined(f)] if thing else [],
                _relative_makers(frames, noun),
            ]
        for owners in groups:
            roles = others(roles_of(frames, owners))
            if not roles and owners is groups[0] and not answer:
                # "its test, condemned by Seoul": a possessive outside its clause's subject is the
                # subject's own (events/pronouns.py).
                roles = others([Role(m, "pronoun", "poss") for m in own_subject_owner(frames, noun)])
            if roles:
                found += [Role(r.mention, "owner", r.slot) for r in roles if all(not same_actor(f, r) for f in found)]
                break
    return found


__all__ = ["object_owners"]
