"""The roles an act's own frame leaves untold, looked for in the order that is tried.

After the verb's or event noun's own slots (``verb_roles``, ``noun_roles``), an act may still
lack its source or target. This module runs the fallbacks, each in its own module, in order:
the other side of the force a surrender gives ground to (``given_ground.py``), the claimer of
an act ("a revendiqué l'embuscade"), the target of the act coordinated before,
targets told elsewhere in the sentence (``elsewhere.py``), the partner of the doer's own act a
verb has as its object ("defended its trade with Moscow"), the owner or doer of the act's object
(``object_owners.py``: "criticised the police's handling of the rally"), the target of the act an accusation
is told beside (``beside.py``), the doer of the act a criticism names by its kind
(``criticised.py``), the interlocutor of a meeting told before, a crowd acting in a
named place (``domestic.py``), the people of a protest noun's place
(``crowds.py``), the people a purpose clause names, those who pressed a resignation, people
addressed or judged, a participle's toll, the country's people, the people of the place unnamed
recipients of aid are in (``aided.py``); then how coordinated or opposed sides pair up ("both
sides", "Brazil and Korea discussed", "accused each other"). The first fallback that finds
someone wins.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from spacy.tokens import Token

from ..knowledge.patterns import Pattern, folded_lemma
from ..records import Event
from .absolute import absolute_clause_doers
from .addressed import people_addressed
from .aided import aid_recipients
from .beside import accused_beside
from .both import both_doers
from .claimed import claimed_act_doers, claimers
from .criticised import criticised_doers
from .crowds import crowd_sources
from .domestic import DOMESTIC_TARGET_ROOTS, MASS_VIOLENCE_ROOT, SELF_TARGET_SLOT, ArticleIndex, domestic_targets, people_sources
from .elsewhere import coordinated_targets, targets_told_elsewhere
from .frames import ParagraphFrames
from .given_ground import ground_given_to
from .hosts import hyphened_doers, mediator_participle
from .interlocutor import interlocutors
from .judged import judged_people
from .modality import abstaining_verb
from .noun_roles import NounEvent, noun_roles
from .object_owners import object_owners
from .reciprocal import done_jointly, done_to_each_other
from .roles import Role, pairs_among, roles_of
from .rulers import home_addressees
from .tolls import toll_participles
from .vetoes import vetoed_bodies
from .visiting import stay_visits, visit_hosts
from .verb_roles import purpose_targets, verb_roles
from .yielded import pressing_actors

# Roots of acts that coordinated actors do with each other ("Brazil and Korea discussed"): intents,
# meetings, diplomatic and material cooperation. Coordinated critics do not criticise each other.
JOINT_ACT_ROOTS = frozenset({"03", "04", "05", "06"})
# Shows of force (patrols, manoeuvres), which sides of two countries may make together.
SHOW_OF_FORCE_ROOT = "15"
# Codes of those roots whose act each doer does apart, on a third party never named with it: a visit
# made or hosted, a mediation, praise, verbal defence, rallying support, recognition, an apology or
# forgiveness ("Sweden and Finland recognised …", "Moscow and Ankara brokered …"). Coordinated
# doers of these are not each other's target.
SEPARATE_ACT_CODES = ("042", "043", "045", "051", "052", "053", "054", "055", "056")
# Roots of acts people do as a crowd or a gunman does ("des milliers de personnes ont manifesté à
# Paris", "a gunman killed … in Nara"): unnamed people acting in a named place are its civilians.
PEOPLE_SOURCE_ROOTS = frozenset({"14", "18", "19", "20"})
# Roots of cooperative acts a visitor does to the host when no one else is named ("En visite à
# Kiev, le chancelier a promis une aide"): intents, praise and apology, cooperation, aid.
VISITED_ROOTS = frozenset({"03", "05", "06", "07"})
# Sectors of a state's own bodies: their acts are the state's, whoever claims the attack they answer.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Roots whose act is looked for a victim among the country's people even when the entry needs no
# target: protests (against the rulers) and mass violence (on the people where it is used).
UNTOLD_VICTIM_ROOTS = frozenset({"14", MASS_VIOLENCE_ROOT})


def own_forces(source: Role, target: Role) -> bool:
    """Whether the target is the armed forces or police of the source's own country."""
    actor, other = source.mention.actor, target.mention.actor
    return bool(actor.country) and other.country == actor.country and other.sector in ("MIL", "COP")


def _act_targets(frames: ParagraphFrames, act: Token, index: ArticleIndex, told: Sequence[NounEvent]) -> list[Role]:
    """The targets an act's own frame names (a verb's or an event noun's)."""
    pattern = frames.pattern_of(act)
    if pattern is None:
        return []
    if act.pos_ == "VERB":
        return verb_roles(frames, act, pattern, index, told)[1]
    return noun_roles(frames, act, pattern, index.place_at, told)[1]


def _own_act_partners(
    frames: ParagraphFrames, verb: Token, pattern: Pattern, sources: list[Role], index: ArticleIndex, told: Sequence[NounEvent]
) -> list[Role]:
    """The other party of the doer's own act that a verb has as its object ("defended its trade
    with Moscow", "a justifié sa coopération avec Minsk"): what the verb says of that act, it says
    to the partner. Not a noun of the verb's own expression, nor one a light verb carries."""
    if folded_lemma(verb) in frames.profile.support_verbs:
        return []  # "approved a loan to Morocco", "a revendiqué l'assaut": the noun tells the act
    own = {s.mention.actor.key for s in sources}
    particles = frames.particle_tokens(verb, pattern)
    found: list[Role] = []
    for noun in frames.fillers(verb, "obj"):
        act = frames.pattern_of(noun)
        if noun.pos_ != "NOUN" or act is None or noun.i in particles:
            continue
        doers, partners, _, _ = noun_roles(frames, noun, act, index.place_at, told)
        if doers and all(d.mention.actor.key in own for d in doers):
            found += [Role(p.mention, "event", p.slot) for p in partners if p.mention.actor.key not in own and p not in found]
    return found


def _unnamed_doer(role: Role) -> bool:
    """Whether an act's doer is named only by a noun whose side is the article's guess ("a suicide
    bomber"), not one of a state's own bodies ("soldiers killed two attackers" are the state's)."""
    actor = role.mention.actor
    return actor.how == "domestic" and actor.organization is None and actor.entity is None and actor.sector not in STATE_BODY_SECTORS


def _claimed_for(doers: list[Role], claimers: list[Role]) -> list[Role]:
    """The claimers as the doers of an act: the unnamed doers' own words ("a suicide bomber", which
    tell the kind of act) on the claimer's side."""
    if not doers or len(claimers) != 1:
        return claimers
    side = replace(claimers[0].mention.actor, entity=None, how="coreference")
    return [replace(d, mention=replace(d.mention, actor=side)) for d in doers]


def untold_roles(
    frames: ParagraphFrames,
    token: Token,
    anchor: Token,
    pattern: Pattern,
    sources: list[Role],
    targets: list[Role],
    events: Sequence[Event],
    index: ArticleIndex,
    told: Sequence[NounEvent],
) -> tuple[list[Role], list[Role]]:
    """(sources, targets) of the act ``token`` triggers (``anchor``: its light verb, or itself),
    completed where its frame left them out. ``events``: the article's events so far."""
    root = pattern.code[:2]

    def people(noun: Token, country: str) -> Role:
        return index.people(frames, noun, country)

    if not sources:  # "a revendiqué l'embuscade": the claimer did it (events/claimed.py)
        sources = roles_of(frames, claimers(frames, token), inherited=True)
    if not sources and mediator_participle(token, pattern.code):  # "Qatari-mediated talks" (events/hosts.py)
        sources = roles_of(frames, hyphened_doers(token))
    if not sources:  # "…, with missiles striking cities": the main clause's doer (events/absolute.py)
        sources = roles_of(frames, absolute_clause_doers(frames, token), inherited=True)
    if all(_unnamed_doer(s) for s in sources):  # "A suicide bomber killed 12, in an attack claimed by X"
        sources = _claimed_for(sources, roles_of(frames, claimed_act_doers(frames, token), inherited=True)) or sources
    targets = vetoed_bodies(frames, token, pattern.code, sources, targets, index)  # "vetoed a UN resolution": the Council
    # "took the town as soldiers laid down their arms": to the other side of the force (events/given_ground.py)
    targets = ground_given_to(pattern.code, index.sentence_index[(frames.paragraph, token.sent.start)], sources, targets, events)
    if pattern.target_required and not targets and sources:
        targets = coordinated_targets(frames, anchor)
    if not targets and sources:
        targets = targets_told_elsewhere(frames, token, anchor, pattern, sources)
    if not targets and sources and token.pos_ == "VERB":  # "defended its trade with Moscow": its own act's partner
        targets = _own_act_partners(frames, token, pattern, sources, index, told)
    if not targets and sources:  # "criticised the police's handling", "seized jets belonging to …" (events/object_owners.py)
        targets = object_owners(frames, token, pattern, sources)
    if not targets and sources:  # "a suspendu sa coopération avec X, reprochant à …" (events/beside.py)
        found = accused_beside(frames, token, root, sources, events, lambda act: _act_targets(frames, act, index, told))
        targets = [t for t in found if not any(own_forces(s, t) for s in sources)]  # "ordered the army to …, accusing"
    if not targets and sources:  # "… l'or du groupe Barrick, qui a dénoncé une mesure arbitraire" (events/criticised.py)
        targets = criticised_doers(frames, token, root, sources, events, index.sentence_index[(frames.paragraph, token.sent.start)])
    if not targets and sources and token.pos_ == "VERB":  # "met his counterpart. He promised …" (events/interlocutor.py)
        targets = interlocutors(events, index.sentence_index[(frames.paragraph, token.sent.start)], frames.paragraph, root, sources)
    if not targets and len(sources) == 1 and token.pos_ == "VERB" and root in VISITED_ROOTS:  # "En visite à Kiev, … a promis" (events/visiting.py)
        # One visitor's act; coordinated subjects act with each other, below.
        hosts = [t for visit in stay_visits(frames, token) for t in _act_targets(frames, visit, index, told)]
        visitor = sources[0].mention.actor.key
        targets = [Role(t.mention, "inherited", t.slot) for t in hosts if t.mention.actor.key != visitor]
    if not targets and sources and token.pos_ == "NOUN":  # "signed accords during a visit by …": to the clause's subject (events/visiting.py)
        visitors = {s.mention.actor.key for s in sources}
        targets = [t for t in roles_of(frames, visit_hosts(frames, token, pattern.code), inherited=True) if t.mention.actor.key not in visitors]
    if not sources and token.pos_ == "VERB" and root in PEOPLE_SOURCE_ROOTS:
        sources = people_sources(frames, token, index)
    if not sources and token.pos_ == "NOUN":  # "sparked protests in Turkey": its people (events/crowds.py)
        sources = crowd_sources(frames, token, root, events, index)
    if not targets and sources and root in DOMESTIC_TARGET_ROOTS:
        targets = purpose_targets(frames, anchor, pattern, sources, index, told)
    if not targets:  # "resigned after weeks of protests": to those who pressed (events/yielded.py)
        targets = pressing_actors(frames, anchor, root, sources, people)
    if not targets:  # "urged residents to stay indoors" (events/addressed.py), "convicted activists" (events/judged.py)
        targets = people_addressed(frames, token, root, pattern.target, sources, people) or judged_people(frames, token, pattern.code, sources, people)
    for part, act in toll_participles(frames, token) if not targets and sources else ():  # "shelled the town, killing six soldiers" (events/tolls.py)
        targets = targets or verb_roles(frames, part, act, index, told)[1] or domestic_targets(frames, part, token, act, sources, index)
    killing = pattern.name in frames.patterns.senses.killing_verbs
    if (pattern.target_required or root in UNTOLD_VICTIM_ROOTS or SELF_TARGET_SLOT in pattern.target) and not targets and sources and (root in DOMESTIC_TARGET_ROOTS or killing):
        targets = domestic_targets(frames, token, anchor, pattern, sources, index)
    if not targets:  # "distribué des rations à des déplacés dans le Nord-Kivu" (events/aided.py)
        targets = aid_recipients(frames, token, pattern, sources, index)
    if not targets:  # "student leaders demanded that …": of their own rulers (events/rulers.py)
        targets = home_addressees(frames, token, pattern.code, sources, index)
    sources = both_doers(sources)  # "both sides accused each other": each party (events/both.py)
    senses = frames.patterns.senses
    # An exercise of sides of several countries is held together ("Chile and Peru began naval drills":
    # 062, events/senses.py); one country's branches hold theirs alone.
    # So is a show of force they are said to make together ("patrolled the frontier together").
    jointly = root == SHOW_OF_FORCE_ROOT and done_jointly(token, senses.joint_adverbs)
    allied = (pattern.name in senses.exercise_words or jointly) and len({s.mention.actor.country for s in sources}) > 1
    joint = (root in JOINT_ACT_ROOTS and not pattern.code.startswith(SEPARATE_ACT_CODES)) or pattern.name in senses.reciprocal or allied
    if not sources and targets and token.pos_ == "NOUN" and {t.slot for t in targets} <= senses.mutual_slots:
        # "Talks between Israel and Hamas resumed": the sides do the act with each other.
        sources, targets = pairs_among(targets)
    if targets and len(sources) > 1 and joint and all(any(own_forces(s, t) for s in sources) for t in targets):
        targets = []  # "Japan and the Philippines held joint coast guard exercises": the kind of act, not its target
    denied = pattern.negated or frames.grammar.is_negated(anchor) or abstaining_verb(anchor, frames.grammar, frames.profile) is not None
    if not targets and len(sources) > 1 and joint and not denied:
        # "Brazil and South Korea discussed …": an act between the members, one event per pair.
        # Denied ("India and Brazil did not sign the final declaration", "refrained from signing",
        # "withheld their signatures"), it is denied of each.
        sources, targets = pairs_among(sources)
    if not targets and len(sources) > 1 and done_to_each_other(token, frames.profile):
        targets = list(sources)  # "accused each other": each side to the other (events/reciprocal.py)
    return sources, targets


__all__ = ["JOINT_ACT_ROOTS", "own_forces", "untold_roles"]
