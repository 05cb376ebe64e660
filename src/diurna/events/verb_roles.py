"""Who does a verb's act and to whom.

The pattern's source and target slots first (on the verb and on the expression's own words,
"severed ties with Israel"), then the target on the object ("normaliser ses relations avec le
Maroc"); for requests and demands whoever holds the people to be released, the owner of what is
demanded, the subject of the clause asked for; for threats whoever the threatened act would be
done to; else one clause down (a complement, a participle or relative clause on the object).
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..grammar import has_feature
from ..knowledge.patterns import Pattern
from .claimed import CLAIM_CODE
from .companions import is_companion_participle, with_companions
from .context import person_before
from .deployments import forces_sent
from .domestic import PROTEST_ROOT, ArticleIndex, domestic_targets
from .frames import ParagraphFrames
from .housed import housed_people
from .inquiries import party_inside
from .noun_roles import INVESTIGATION_ROOTS, NounEvent, noun_roles
from .roles import Role, roles_of, same_actor
from .roots import AID_PLACE_ROOTS, FORCE_OUTCOME_ROOTS, PERSONAL_TARGET_ROOTS, PLACE_TARGET_ROOTS, REQUEST_ROOTS
from .set_apart import clause_verb_of_noun_clause
from .slots import shared_objects, slot_fillers
from .threats import condition_targets, governed_targets, own_announced_acts, set_apart_governor
from .warned import acts_warned_of, protests_warned_of

# Roots of threats: made to whom the threatened act would be done.
THREAT_ROOTS = {"13"}
# Roots of acts that carry another act of their doer's, only intended, refused or threatened
# ("promised to return … to", "refused to hand … to", "threatened to cut off sales to"): that act's
# recipient is whom they are aimed at. Not demands: who is asked is their target ("a sommé Manille
# de renoncer au système américain").
CARRYING_ROOTS = {"03", "12", "13"}
# Root of statements and denials (01x): a denial is aimed at the accuser.
STATEMENT_ROOT = "01"
# How an actor is named when a city stands for its government (actors/).
SEAT = "seat"


def verb_roles(
    frames: ParagraphFrames, verb: Token, pattern: Pattern, index: ArticleIndex, told: Sequence[NounEvent]
) -> tuple[list[Role], list[Role]]:
    """Who does a verb's act and to whom, with the companions told on the verb ("fought alongside
    Somali forces": events/companions.py). A participle telling company ("joined by") does no act."""
    if is_companion_participle(frames, verb):
        return [], []
    sources, targets = _own_roles(frames, verb, pattern, index, told)
    claimed = [o for o in frames.objects(verb) if o.pos_ == "NOUN" and o.i not in frames.particle_tokens(verb, pattern)]
    if pattern.code == CLAIM_CODE and claimed:
        # "a revendiqué l'attaque", "le lancement …, condamné par Séoul": a claim of what is named is
        # aimed at no one (GUIDELINES); a wrong owned up to ("reconnu sa responsabilité dans …") keeps
        # its target, and the claimed act its own.
        targets = []
    return with_companions(frames, verb, sources, targets)


def _own_roles(
    frames: ParagraphFrames, verb: Token, pattern: Pattern, index: ArticleIndex, told: Sequence[NounEvent]
) -> tuple[list[Role], list[Role]]:
    """Who does a verb's act and to whom: (sources, targets), from the pattern's slots, then one
    clause down and from what a request, demand or threat is about."""
    particles = frames.particle_tokens(verb, pattern)
    sources: list[Role] = []
    for slot in pattern.source:
        if slot == "subj":
            subjects = frames.subjects(verb)
            if pattern.code[:2] in THREAT_ROOTS:
                # "…, menaçant de …" hung on a noun: the threatener is the subject of the act it follows.
                governor = set_apart_governor(frames, verb)
                subjects = (frames.subjects(governor) if governor is not None else []) or subjects
            if not roles_of(frames, subjects):
                # "ont bloqué le port avec leurs tracteurs pour protester": a clause hung on a noun
                # that names no actor is the clause's subject's act (events/set_apart.py).
                clause_verb = clause_verb_of_noun_clause(frames, verb)
                subjects = frames.subjects(clause_verb) if clause_verb is not None else subjects
            own = bool(frames.fillers(verb, "agent" if frames.grammar.is_passive(verb) else "subj"))
            sources = roles_of(frames, subjects, inherited=not own)
        else:
            # The actor may hang on the expression's second word, as a target may ("est tombée
            # aux mains des rebelles": the hands' owner took the town).
            for head in [verb, *(frames.doc[i] for i in sorted(particles))]:
                sources = sources or roles_of(frames, slot_fillers(frames, head, slot, particles))
        if sources:
            break
    if not sources:
        sources = roles_of(frames, forces_sent(frames, verb, pattern))  # "des soldats ont été déployés" (events/deployments.py)
    targets: list[Role] = []
    # A target may hang on the expression's second word ("severed ties with Israel"), or be
    # that word's owner when it is the object ("expulser des diplomates iraniens").
    heads = [verb, *(frames.doc[i] for i in sorted(particles))]
    object_particles = [t for t in frames.fillers(verb, "obj") if t.i in particles]
    for slot in pattern.target:
        for head in heads:
            fillers = slot_fillers(frames, head, slot, particles)
            if not fillers and slot == "obj" and head is verb:
                fillers = object_particles or shared_objects(frames, verb)
            if pattern.code[:2] in FORCE_OUTCOME_ROOTS:
                fillers = housed_people(frames, head, fillers)  # "at bases housing US troops" (events/housed.py)
            targets = _without_seats_of_named(frames, roles_of(frames, fillers, slot=slot))
            if pattern.code[:2] in PERSONAL_TARGET_ROOTS:
                targets = [r for r in targets if r.route != "owner"]
            if targets:
                break
        if targets:
            break
    if not targets:
        # The target may hang on the object: "normaliser ses relations avec le Maroc",
        # "lever l'embargo sur les armes contre Chypre".
        # … or on the object of the expression's second word ("offered to host talks between
        # Moscow and Kyiv").
        for slot in pattern.target:
            if slot not in ("obj", "iobj", "subj"):
                targets = [r for head in heads for r in roles_of(frames, frames.nested_fillers(head, slot), slot=slot)]
                if targets:
                    return sources, targets
    own = {r.mention.actor.key for r in sources}
    if not targets and pattern.code[:2] in INVESTIGATION_ROOTS:
        # "enquêter sur les marchés passés par le ministère", "looking into how the
        # ministry spent …": the party inside what is looked into (events/inquiries.py).
        own_codes = frozenset(r.mention.actor.code for r in sources)
        for head in heads:
            found = party_inside(frames, head, pattern.target, verb if head is not verb else None, own, own_codes)
            if found:
                return sources, roles_of(frames, found)
    if pattern.code[:2] in REQUEST_ROOTS and all(r.mention.actor.key in own for r in targets):
        # "demanded the release of the captain of a Chinese trawler held by Japan": who is asked
        # to let people go is who holds them.
        holders = _holders(frames, verb, particles, own)
        if holders:
            return sources, holders
    if not targets and pattern.code[:2] in REQUEST_ROOTS:
        targets = _owner_asked(frames, verb, particles, {r.mention.actor.code for r in sources})
        if targets:
            return sources, targets
    if not targets and pattern.code[:2] in REQUEST_ROOTS:
        # "a exigé que le M23 cesse …", "demanded that Britain release …": whoever is asked to act.
        for clause in verb.children:
            if frames.grammar.clause_link(clause) == "ccomp":
                targets = roles_of(frames, frames.fillers(clause, "subj"))
                if targets:
                    return sources, targets
    if not targets and pattern.code[:2] in THREAT_ROOTS:
        targets = _threatened_targets(frames, verb, sources, index, told)
        if not targets:  # "warned that any Israeli attack would …" (events/warned.py)
            targets = [r for r in roles_of(frames, acts_warned_of(frames, verb)) if all(not same_actor(s, r) for s in sources)]
        countries = {r.mention.actor.country for r in sources}
        if not targets and len(countries) == 1 and None not in countries:
            # "warned that any unauthorised march would be dispersed": the people who would march.
            targets = [index.people(frames, noun, country) for noun in protests_warned_of(frames, verb)[:1] for country in countries]
        if not targets:
            targets = _threat_targets_elsewhere(frames, verb, sources, index, told)
    if not targets:
        # The target may sit one clause down: in the complement ("promised to buy Brazilian
        # products") or on a participle on the object ("fired rounds aimed at …"); an act of
        # force on a thing targets the state the thing is in ("a loudspeaker in South Korea").
        below = [c for c in verb.children if frames.grammar.clause_link(c) == "xcomp" and c.pos_ == "VERB"]
        below += [c for obj in frames.objects(verb) for c in obj.children if frames.grammar.clause_link(c) == "acl"]
        # … or in a relative clause on the object ("les accords qui liaient le Niger à la France").
        # … or on the noun inside it the parser hangs the relative on ("l'embargo sur les diamants
        # qui frappait le Liberia").
        # Not for a statement or denial: a denial's target is the accuser, not what the thing denied
        # is said to touch ("denied any part in the damage to a cable that links Finland to …").
        objects = frames.objects(verb)
        nested = pattern.code[:2] != STATEMENT_ROOT
        nouns = [*objects, *(f for obj in objects if nested for _, f in frames.arguments(obj) if f.pos_ == "NOUN")]
        below += [c for noun in nouns for c in noun.children if frames.grammar.clause_link(c) == "relcl"]
        own = {r.mention.actor.key for r in sources}
        passes = [(below, False)]
        if pattern.code[:2] in PLACE_TARGET_ROOTS | AID_PLACE_ROOTS:
            passes.append(([*heads, *below], True))  # "took control of the airport of Kherson": on the second word too
        slots = ["obj", *pattern.target]
        if pattern.code[:2] >= "10":
            # "menacé de prendre des mesures contre les intérêts français": against whom.
            slots += list(frames.profile.adversative_prepositions)
        for heads_below, where in passes:
            for head in heads_below:
                # A participle on the object has that object as its own ("l'accord proposé par
                # Washington"): the thing again, whose author is no party to the act done with it.
                skipped = particles | {o.i for o in objects} if head.head in objects and head.i > head.head.i else particles
                for slot in slots:
                    fillers = slot_fillers(frames, head, slot, skipped)
                    if not fillers and slot in frames.profile.adversative_prepositions:
                        fillers = frames.nested_fillers(head, slot)
                    # The source named again down there ("liaient le Niger à …") is no target; a
                    # place of its own country may be (a cartel shooting in Mexico).
                    targets = [r for r in roles_of(frames, fillers, where=where) if where or r.mention.actor.key not in own]
                    if targets:
                        return sources, targets
        if pattern.code[:2] in CARRYING_ROOTS:
            targets = _recipients_below(frames, verb, own)
    return sources, targets


def _without_seats_of_named(frames: ParagraphFrames, targets: list[Role]) -> list[Role]:
    """A city beside a named actor of its own country in one slot, not coordinated with it, is where
    the act was done, not a second target ("se sont heurtés aux policiers à Conakry": "à" says
    both; "a exhorté Kinshasa et les rebelles" names two)."""
    named = [r for r in targets if r.mention.actor.how != SEAT]

    def first_conjunct(role: Role) -> int:
        token = frames.doc[role.mention.head]
        while frames.grammar.clause_link(token) == "conj" and token.head.i != token.i:
            token = token.head
        return token.i

    def located(seat: Role) -> bool:
        return any(r.mention.actor.country == seat.mention.actor.country and first_conjunct(r) != first_conjunct(seat) for r in named)

    return [r for r in targets if r.mention.actor.how != SEAT or not located(r)]


def _recipients_below(frames: ParagraphFrames, verb: Token, own: set[str]) -> list[Role]:
    """"a refusé d'extrader le suspect vers les États-Unis", "refused to hand the tanker over to
    Britain", "threatened to halt fuel deliveries to Cuba": whom the act of the complement clause
    would go to (its dative or recipient phrase) is whom the refusal, promise or threat of that
    act is aimed at."""
    profile = frames.profile
    for clause in verb.children:
        if frames.grammar.clause_link(clause) != "xcomp" or clause.pos_ != "VERB":
            continue
        # … on the clause's verb or its adverb ("hand them back to"), or on its object, where the
        # parser often hangs it.
        heads = [clause, *(c for h in (clause, *frames.objects(clause)) for c in h.children if c.pos_ == "ADV")]
        for slot in (profile.dative_preposition, *profile.recipient_prepositions):
            fillers = [f for head in heads for f in slot_fillers(frames, head, slot, set())] or frames.nested_fillers(clause, slot)
            targets = [r for r in roles_of(frames, fillers, slot=slot) if r.mention.actor.key not in own]
            if targets:
                return [Role(t.mention, "inherited", t.slot) for t in targets]
    return []


def _threatened_targets(
    frames: ParagraphFrames, verb: Token, sources: list[Role], index: ArticleIndex, told: Sequence[NounEvent]
) -> list[Role]:
    """"threatened to impose sanctions on Polish companies", "a menacé de porter les droits de
    douane sur les produits canadiens à 35 %": a threat is made to whom the threatened act
    would be done, found as that act's own target (a verb's, or an event noun's it carries)."""
    own = {r.mention.actor.key for r in sources}
    for clause, below in frames.threatened_acts(verb):
        pattern = frames.pattern_of(below)
        if pattern is None:
            continue
        if below.pos_ == "VERB":
            _, targets = verb_roles(frames, below, pattern, index, told)
        else:
            _, targets, _, anaphoric = noun_roles(frames, below, pattern, index.place_at, told)
            if anaphoric:
                continue
            for slot in pattern.target:
                # … or on the clause's verb, where the parser hung it ("porter … sur les produits canadiens").
                targets = targets or roles_of(frames, slot_fillers(frames, clause, slot, {below.i}), slot=slot)
        if not [t for t in targets if t.mention.actor.key not in own]:
            # "threatened to strike any tanker linked to Qatar": whom the thing the act would hit
            # belongs to, named further down (events/inquiries.py).
            support = clause if below is not clause else None
            targets = roles_of(frames, party_inside(frames, below, pattern.target, support, own))
        targets = [Role(t.mention, "inherited", t.slot) for t in targets if t.mention.actor.key not in own]
        if targets:
            return targets
    return []


def _threat_targets_elsewhere(
    frames: ParagraphFrames, verb: Token, sources: list[Role], index: ArticleIndex, told: Sequence[NounEvent]
) -> list[Role]:
    """A threat's target told outside its verb (events/threats.py): the speaker's own act it
    announces ("warned that it would strike …"), the condition it sets ("unless the government
    …"), or the act it hangs on ("gave Poland a week …, warning that …")."""
    own = {r.mention.actor.key for r in sources}

    def act_targets(act: Token) -> list[Role]:
        pattern = frames.pattern_of(act)
        return verb_roles(frames, act, pattern, index, told)[1] if pattern is not None else []

    for act in own_announced_acts(frames, verb, own):
        targets = [Role(t.mention, "inherited", t.slot) for t in act_targets(act) if all(not same_actor(t, s) for s in sources)]
        if targets:
            return targets
    return condition_targets(frames, verb, sources) or governed_targets(frames, verb, sources, act_targets)


def purpose_targets(
    frames: ParagraphFrames, anchor: Token, pattern: Pattern, sources: list[Role], index: ArticleIndex, told: Sequence[NounEvent]
) -> list[Role]:
    """"a fait usage de gaz lacrymogène pour disperser les manifestants", "fired tear gas to
    disperse the protesters": a purpose clause telling an act of the same kind says whom the
    act is done to (the purpose act itself is not coded)."""
    # The parser may hang the purpose clause on a noun of the act's own clause ("ont bloqué avec
    # leurs tracteurs les accès … pour protester"): a purpose is the doer's, not the tractors'.
    nouns = [c for c in anchor.children if c.pos_ == "NOUN" and frames.grammar.clause_link(c) is None]
    clauses = [c for c in anchor.children if frames.grammar.clause_link(c) == "advcl"]
    clauses += [c for noun in nouns for c in noun.children if frames.grammar.clause_link(c) == "acl"]
    for clause in clauses:
        if clause.pos_ != "VERB":
            continue
        if not any(c.dep_ in ("mark", "aux") and c.lower_ in frames.profile.purpose_markers for c in clause.children):
            continue
        aim = frames.pattern_of(clause)
        if aim is None or aim.code[:2] != pattern.code[:2]:
            continue
        _, targets = verb_roles(frames, clause, aim, index, told)
        targets = targets or domestic_targets(frames, clause, clause, aim, sources, index)
        if targets:
            return [Role(t.mention, t.route if t.route == "domestic" else "inherited", t.slot) for t in targets]
    for _, noun in frames.arguments(anchor) if pattern.code[:2] == PROTEST_ROOT else ():
        # "blocked the streets …, in a protest against the EU's rules": a protest noun hung on
        # the verb by a preposition says whom the protest is aimed at, as its purpose clause would.
        aim = frames.pattern_of(noun) if noun.pos_ == "NOUN" and frames.grammar.case_word(noun) is not None else None
        if aim is None or aim.code[:2] != pattern.code[:2]:
            continue
        _, targets, _, anaphoric = noun_roles(frames, noun, aim, index.place_at, told)
        targets = [] if anaphoric else targets or domestic_targets(frames, noun, noun, aim, sources, index)
        if targets:
            return [Role(t.mention, t.route if t.route == "domestic" else "inherited", t.slot) for t in targets]
    return []


def shorter_roles(
    frames: ParagraphFrames, verb: Token, sources: list[Role], index: ArticleIndex, told: Sequence[NounEvent]
) -> tuple[list[Role], list[Role]]:
    """A longer expression that finds no target ("demanded the release of …") may leave its
    target where a shorter one of the same verb looks ("demanded from Russia"): the act stays
    the longer one's, the target is the shorter one's."""
    for shorter in frames.shorter_patterns(verb):
        found_sources, targets = verb_roles(frames, verb, shorter, index, told)
        if targets:
            return sources or found_sources, targets
    return sources, []


def _owner_asked(frames: ParagraphFrames, verb: Token, particles: set[int], own: set[str | None]) -> list[Role]:
    """"demanded his resignation", "a exigé sa démission": a demand about someone's own act or
    state is made of its owner, named before (``context.person_before``)."""
    phrases = [*frames.objects(verb), *(frames.doc[i] for i in sorted(particles))]
    for phrase in phrases:
        for possessive in phrase.children:
            if not has_feature(possessive, "Poss", "Yes") or possessive.pos_ not in ("PRON", "DET"):
                continue
            found = frames.actors_of(possessive) or person_before(frames, possessive, own)
            # Not the asker's own ("the opposition demanded his resignation": the premier's).
            roles = [Role(m, "pronoun", "poss") for m in found if m.actor.code not in own]
            if roles:
                return roles
    return []


def _holders(frames: ParagraphFrames, verb: Token, particles: set[int], own: set[str]) -> list[Role]:
    """The agent of a passive participle on the people a demand is about ("held by Japan",
    "detenus par la junte"), else the state it says they are held in ("détenu en Algérie"), in
    the object's phrase or the expression's ("called for the release of …")."""
    phrases = frames.objects(verb) + [f for i in sorted(particles) for _, f in frames.arguments(frames.doc[i])]
    # A preposition of the expression ("call for") hangs its noun below it in English.
    phrases += [
        c for i in sorted(particles) for c in frames.doc[i].children
        if (case := frames.grammar.case_word(c)) is not None and case.i == i
    ]
    for obj in phrases:
        for token in obj.subtree:
            if token.pos_ == "VERB" and frames.grammar.clause_link(token) == "acl" and frames.grammar.is_passive(token):
                holders = [r for r in roles_of(frames, frames.fillers(token, "agent")) if r.mention.actor.key not in own]
                if not holders:
                    # "détenu en Algérie", "held in Iran": the state they are held in holds them.
                    places = [f for slot in sorted(frames.profile.locative_prepositions) for f in frames.fillers(token, slot)]
                    holders = [r for r in roles_of(frames, places, where=True) if r.mention.actor.key not in own]
                if holders:
                    return holders
    return []


__all__ = ["purpose_targets", "shorter_roles", "verb_roles"]
