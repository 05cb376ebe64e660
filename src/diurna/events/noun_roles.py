"""Who does an event noun's act and to whom.

"La réunion des dirigeants du G7", "Russia's attacks on Ukraine", "a apporté son soutien à
l'Ukraine": the noun's own complements first (its source and target slots, the amount above it,
the expression's second word, coordinated event nouns), then its light verb's subject, the
decider, the clause's subject; the target from a place aimed at, the inquiry's place, what the
act of force hits, whoever answers an offer. A noun with a determiner that names no one is the
same act told before ("cette attaque"), coded where it was first told.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Token

from ..grammar import conjuncts
from ..knowledge.actors import fold
from ..knowledge.patterns import Pattern, folded_lemma
from ..records import Actor, ActorMention
from .agent_phrases import MODIFIER_SLOTS, actor_phrase_heads
from .destination import aid_destinations
from .frames import ParagraphFrames
from .hosts import hosted_meeting
from .inquiries import party_inside
from .located import PlaceIndex, is_locative
from .nominal import aimed_past_the_actor, decided_by, particle_heads
from .occasions import occasion_addressees, occasion_parties, occasion_verb
from .possessed import possessor_subjects
from .roles import Role, roles_of
from .roots import AID_PLACE_ROOTS, FORCE_OUTCOME_ROOTS, PLACE_TARGET_ROOTS
from .senses import IRREGULAR_SECTORS
from .slots import slot_fillers
from .struck import verbs_told_of
from .visiting import visitors

# Roots of acts aimed at a place as much as at an actor when told by a noun ("frappes contre les
# infrastructures d'Odessa", "an investigation into war crimes in Ukraine").
NOUN_PLACE_TARGET_ROOTS = PLACE_TARGET_ROOTS | {"09"}
# The first root of hostile acts (demands on, by CAMEO order): an event noun of such an act that names
# whom it is aimed at ("contre") has its plain complement as its actor ("le bombardement de la Russie contre l'Ukraine").
HOSTILE_NOUN_ROOT = "10"
# Roots of inquiries: one into an act that names no actor is aimed at the state it happened in.
INVESTIGATION_ROOTS = {"09"}
# Roots of offers, proposals and requests: one that is accepted or rejected was made to the one who answers.
ANSWERED_ROOTS = {"02", "03"}
# How many words after its event noun a complement of the light verb may stand and still carry the
# noun's "against" phrase ("a porté plainte mercredi devant la cour contre …").
AGAINST_REACH = 6


def _light_participles(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The participles of light verbs that qualify an event noun, with no subject of their own
    ("l'attaque menée vendredi contre …", "the raid carried out on …")."""
    return [
        c for c in noun.children
        if c.pos_ == "VERB" and frames.grammar.clause_link(c) == "acl" and folded_lemma(c) in frames.profile.support_verbs
        and not frames.fillers(c, "subj")
    ]


@dataclass
class NounEvent:
    """An event noun's act as first told, for the same noun named again ("cette attaque")."""

    lemma: str
    sources: list[Role]
    targets: list[Role]


def noun_roles(
    frames: ParagraphFrames, noun: Token, pattern: Pattern, place_at: PlaceIndex, told: Sequence[NounEvent]
) -> tuple[list[Role], list[Role], Token | None, bool]:
    """Who does an event noun's act and to whom: (sources, targets, the light verb that carries
    it, whether the noun only names again an act told before)."""
    received = _received(frames, noun)
    if received is not None:
        return received
    found = frames.support_verb(noun)
    support, how = found if found else (None, None)
    sources: list[Role] = []
    supported = False

    def from_support() -> list[Role]:
        subjects = frames.subjects(support)
        own = bool(frames.fillers(support, "agent" if frames.grammar.is_passive(support) else "subj"))
        return roles_of(frames, subjects, inherited=not own)

    # Who takes part in a meeting is the subject ("participer à la réunion des ministres");
    # who does an act carried by a light verb is the noun's own actor if it names one
    # ("lancer l'offensive russe"), else the verb's subject ("apporter son soutien").
    if how == "participation":
        sources = from_support()
        supported = bool(sources)
    # "told Biden in a video call", "killed in a clash with …": the clause's parties (events/occasions.py).
    occasion = occasion_verb(frames, noun, pattern) if support is None else None
    measures = _counting(frames, noun)
    if not sources:
        # "its withdrawal from Mali": a preposition the entry takes for its target is not its source.
        for slot in (*pattern.source, *(p for p in frames.profile.source_prepositions if p not in pattern.target)):
            if slot == "governor":
                sources = _governor_roles(frames, noun) if occasion is None else []
            else:
                # The actor may hang on the expression's last word ("la mise en garde de la Chine").
                heads = [noun] + (particle_heads(frames, noun, pattern) if support is None else [])
                # Or on the series or span that counts it ("une série de frappes israéliennes").
                heads += measures
                # A "by" phrase of the noun's own is the act's argument, not a modifier: "the
                # detention of X by gendarmes" names its doers even when their country is only the
                # article's (not one the parser hung elsewhere and the frames moved here).
                sources = [
                    r
                    for head in heads
                    for filler in frames.fillers(head, slot)
                    for r in roles_of(frames, [filler], modifier=slot != "agent" or filler not in head.subtree)
                ]
            if sources:
                break
    if not sources and occasion is not None:
        sources = roles_of(frames, occasion_parties(frames, occasion), inherited=True)
    if not sources and how in ("object", "means") and not _hosted(frames, support, noun):
        # (A host's subject takes no part in the talks it hosts between others: events/sponsors.py.)
        sources = from_support()
        supported = bool(sources)
    decider = decided_by(frames, noun) if not sources and support is None else None
    if decider is not None:  # "EU agrees new sanctions against Iran": the decider's act
        sources = roles_of(frames, frames.subjects(decider), inherited=not frames.fillers(decider, "subj"))
    if not sources and support is None:  # "Russia justified its attacks on …": the clause's subject
        sources = roles_of(frames, possessor_subjects(frames, noun), inherited=True)
    if not sources and support is None:  # "En visite à Bruxelles, la Première ministre …" (events/visiting.py)
        sources = roles_of(frames, visitors(frames, noun, pattern.code), inherited=True)
    targets: list[Role] = []
    target_slots = list(pattern.target)
    source_slots = (*pattern.source, *(p for p in frames.profile.source_prepositions if p not in pattern.target))
    if supported:
        # The support verb's subject acts; whoever the noun names as its own actor is the
        # counterpart ("prendre part à la réunion tenue par les dirigeants du G7").
        target_slots += [slot for slot in pattern.source if slot not in target_slots]
    # The target may also hang on an amount above the noun ("10 milliards d'aide à l'Ukraine")
    # or on the expression's second word ("la levée des sanctions contre l'Iran").
    carriers = frames.quantity_carriers(noun) + frames.quantities_below(noun)
    particles = frames.particle_tokens(noun, pattern)
    carriers += [frames.doc[i] for i in sorted(particles)]
    # "une attaque menée contre l'aéroport de X", "strikes carried out on Y": a light participle
    # on the noun only carries it; its complements are the noun's.
    participles = _light_participles(frames, noun)
    carriers += participles
    if noun.head.pos_ == "ADV" and frames.grammar.case_word(noun) is not None:
        carriers.append(noun.head)  # "lors de son entretien avec Xi": the parser hangs "avec Xi" on "lors"
    # "killings and gang rapes of Rohingya Muslims": a complement after the last of
    # coordinated event nouns is theirs all. Not one of the same root: the light verb they
    # share makes them one act of that root, coded once ("beatings and abductions of …").
    carriers += [
        c for c in conjuncts(noun)
        if c.i > noun.i and c.pos_ == "NOUN" and (frames.pattern_of(c) is None or frames.pattern_of(c).code[:2] != pattern.code[:2])
    ]
    # "an attack by Somali militiamen on a police post": the target phrase hung on the actor's
    # phrase (events/agent_phrases.py), naming someone other than the actor.
    actor_heads = actor_phrase_heads(frames, noun, source_slots)
    own_keys = {r.mention.actor.key for r in sources}
    for slot in target_slots:
        # The expression's own words are not its target ("droits de douane": customs).
        targets = roles_of(frames, frames.fillers(noun, slot, particles), slot=slot)
        for carrier in carriers:
            if not targets:
                targets = roles_of(frames, frames.fillers(carrier, slot), slot=slot)
        for head in actor_heads if slot not in MODIFIER_SLOTS else ():
            if not targets:
                targets = [r for r in roles_of(frames, frames.fillers(head, slot), slot=slot) if r.mention.actor.key not in own_keys]
        if not targets and support is not None and slot in pattern.target:
            targets = roles_of(frames, slot_fillers(frames, support, slot, {noun.i}), slot=slot)
            # "imposé des droits de douane de 25 % sur …": the rate the parser hung on the verb.
            for rate in support.children:
                if not targets and rate.i != noun.i and rate.pos_ == "NOUN" and frames.is_quantity(rate):
                    targets = roles_of(frames, frames.fillers(rate, slot), slot=slot)
            # "a porté plainte devant un tribunal contre son voisin": the parser hangs the "against"
            # phrase on the verb's other complement before it; no one is against a court or a place.
            for other in support.children if slot in frames.profile.adversative_prepositions else ():
                if not targets and noun.i < other.i < noun.i + AGAINST_REACH and other.pos_ in ("NOUN", "PROPN") and frames.grammar.case_word(other) is not None:
                    targets = roles_of(frames, frames.fillers(other, slot), slot=slot)
        if targets:
            break
    # "l'espionnage de la Chine contre l'Allemagne": the complement that named the actor is
    # not also its target when the act says whom it is aimed at.
    targets = aimed_past_the_actor(frames, noun, pattern, sources, targets, lambda head, slot: roles_of(frames, frames.fillers(head, slot), slot=slot))
    if not targets and occasion is not None:
        own = {r.mention.actor.key for r in sources}
        targets = [r for r in roles_of(frames, occasion_addressees(frames, occasion)) if r.mention.actor.key not in own]
    if not sources and targets and pattern.code[:2] >= HOSTILE_NOUN_ROOT:
        sources, targets = _genitive_attacker(frames, noun, targets)
    if not targets:
        targets = _particle_patients(frames, noun, pattern, particles, sources)
    if not targets and (pattern.code[:2] in NOUN_PLACE_TARGET_ROOTS | AID_PLACE_ROOTS):
        # A place the act is aimed at stands for its country, unless it is the actor's own
        # ("Iraq's gas attack on Halabja"); rebels' or gangs' own country is whom their act is
        # aimed at ("l'offensive du M23 contre Goma"). The place may hang on the light verb
        # ("launched airstrikes on Gaza").
        own = {r.mention.actor.key for r in sources if r.mention.actor.sector not in IRREGULAR_SECTORS}
        for slot in pattern.target:
            fillers = frames.fillers(noun, slot)
            if not fillers and support is not None:
                fillers = slot_fillers(frames, support, slot, {noun.i})
            for participle in participles if not fillers else ():
                fillers = fillers or frames.fillers(participle, slot)
            for measure in measures if not fillers else ():
                fillers = fillers or frames.fillers(measure, slot)  # "une série de frappes sur Kobané"
            for head in actor_heads if not fillers and slot not in MODIFIER_SLOTS else ():
                fillers = fillers or frames.fillers(head, slot)
            targets = [
                r for r in roles_of(frames, fillers, where=True, slot=slot) if r.mention.actor.key not in own
            ]
            if targets:
                break
    if not targets and support is None:  # "an aid convoy crossed into Sudan" (events/destination.py)
        targets = aid_destinations(frames, noun, pattern.code[:2], sources)
    if not targets and pattern.code[:2] in INVESTIGATION_ROOTS:
        targets = _place_investigated(frames, noun, pattern, support, place_at)
        own_codes = frozenset(r.mention.actor.code for r in sources)
        targets = targets or roles_of(frames, party_inside(frames, noun, pattern.target, support, {r.mention.actor.key for r in sources}, own_codes))
    if not targets and support is None and pattern.code[:2] in FORCE_OUTCOME_ROOTS:
        targets = _struck_by_noun(frames, noun, sources)
    if not targets and support is None and pattern.code[:2] in ANSWERED_ROOTS and frames.grammar.is_object_of(noun):
        # "North Korea rejected an offer by Seoul": an offer or request is made to whoever answers it.
        answer = noun.head
        if frames.pattern_of(answer) is not None:
            own = {r.mention.actor.key for r in sources}
            targets = [r for r in roles_of(frames, frames.subjects(answer)) if r.mention.actor.key not in own]
    anaphoric = False
    if not sources and not targets and any(c.dep_ == "det" for c in noun.children):
        lemma = fold(noun.lemma_)
        for earlier in reversed(told):
            if earlier.lemma == lemma:
                sources = [Role(r.mention, "anaphora") for r in earlier.sources]
                targets = [Role(r.mention, "anaphora") for r in earlier.targets]
                anaphoric = True
                break
    return sources, targets, support, anaphoric


def _counting(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The series and spans of time above an event noun ("une série de frappes", "weeks of
    protests"), on which the parser may hang the noun's own complements."""
    return [c for c in frames.quantity_carriers(noun) if fold(c.lemma_) in frames.profile.measure_nouns]


def _genitive_attacker(frames: ParagraphFrames, noun: Token, targets: list[Role]) -> tuple[list[Role], list[Role]]:
    """"un bombardement de la Russie contre l'Ukraine", "l'offensive de la Russie contre l'Ukraine":
    when the act names whom it is aimed at ("contre", "against"), its plain complement is who
    does it, not a second target. Returns (sources, targets)."""
    adversative = frames.profile.adversative_prepositions
    # A place it is done on ("the attack on Kyiv against civilians") is no actor of it.
    if any(r.slot in adversative or r.slot in frames.profile.locative_prepositions for r in targets):
        return [], targets
    for slot in adversative:
        against = roles_of(frames, frames.fillers(noun, slot), slot=slot)
        if against:
            return [Role(r.mention, r.route, "genitive") for r in targets], against
    return [], targets


def _particle_patients(
    frames: ParagraphFrames, noun: Token, pattern: Pattern, particles: set[int], sources: list[Role]
) -> list[Role]:
    """The expression's own word may be the patient, whose owner is the target: "l'expulsion de
    diplomates américains par la Russie", "the expulsion of Russian diplomats"."""
    own = {r.mention.actor.key for r in sources}
    for slot in pattern.target:
        patients = [f for s, f in frames.arguments(noun) if s == slot and f.i in particles]
        targets = [r for r in roles_of(frames, patients, slot=slot) if r.mention.actor.key not in own]
        if targets:
            return targets
    return []


def _place_investigated(frames: ParagraphFrames, noun: Token, pattern: Pattern, support: Token | None, place_at: PlaceIndex) -> list[Role]:
    """"une mission d'enquête sur la répression des manifestations en Iran", "an investigation
    into the shelling of a kindergarten in Stanytsia Luhanska": an inquiry into an act that
    names no actor is aimed at the state the act happened in (the inquirer's own included:
    prosecutors investigate at home)."""
    for slot in pattern.target:
        fillers = frames.fillers(noun, slot)
        if not fillers and support is not None:
            fillers = slot_fillers(frames, support, slot, {noun.i})
        for act in fillers:
            if frames.pattern_of(act) is None:
                continue
            for token in act.subtree:
                place = place_at.get((frames.paragraph, token.i))
                if place is None or place.place is None or not place.place.country or not is_locative(frames, place, token):
                    continue
                if any(t.pos_ in ("VERB", "AUX") and frames.grammar.clause_link(t) is not None for t in token.ancestors if t.i > act.i and act in t.ancestors):
                    continue  # in a clause below the act, not where it happened
                actor = Actor(place.place.country, place.place.country, None, None, place.place.name, "place")
                mention = ActorMention(place.span, actor, place.sentence_index, place.head, place.paragraph)
                return [Role(mention, "direct", slot)]
    return []


def _received(
    frames: ParagraphFrames, noun: Token
) -> tuple[list[Role], list[Role], Token | None, bool] | None:
    """"Ukraine received a package of military aid from the United States", "Israel faced
    criticism from France": the object of a verb of receiving is done by whoever it comes from
    to the verb's subject."""
    carriers = frames.quantity_carriers(noun)
    top = carriers[-1] if carriers else noun
    verb = top.head
    if not frames.grammar.is_object_of(top) or folded_lemma(verb) not in frames.patterns.senses.receiving_verbs:
        return None
    own = frames.pattern_of(verb)
    if own is not None and {noun.i, top.i} & frames.particle_tokens(verb, own):
        return None  # "accepted an invitation from China": the verb's own act; the noun codes as usual
    sources: list[Role] = []
    for slot in frames.profile.source_prepositions:
        for head in (verb, top, noun):
            sources = sources or roles_of(frames, frames.fillers(head, slot))
    if not sources:
        return None
    recipients = {r.mention.actor.key for r in sources}
    targets = [r for r in roles_of(frames, frames.subjects(verb), inherited=not frames.fillers(verb, "subj")) if r.mention.actor.key not in recipients]
    return sources, targets, verb, False


def _struck_by_noun(frames: ParagraphFrames, noun: Token, sources: list[Role]) -> list[Role]:
    """"A Russian drone attack hit an oil refinery in southern Ukraine": an act of force that
    is the subject of a verb which is no act of its own, or only its toll, is aimed at what that
    verb hits, or at the state it happens in."""
    own = {r.mention.actor.key for r in sources}
    # The verb of its clause or of a relative clause on it, a killing included ("A US drone strike
    # killed …", "la frappe qui a touché un hôpital à Kiev": events/struck.py).
    # Or the series that counts it ("une série de frappes a touché Beyrouth").
    for verb in [v for head in (noun, *_counting(frames, noun)) for v in verbs_told_of(frames, head)]:
        # Whom it hit before where: "killed al-Qaeda's leader on a balcony in Kabul".
        places = [f for slot, f in frames.arguments(verb) if slot in frames.profile.locative_prepositions]
        for fillers in (frames.objects(verb), places):
            targets = [r for r in roles_of(frames, fillers, where=True) if r.mention.actor.key not in own]
            if targets:
                return targets
    return []


def _governor_roles(frames: ParagraphFrames, noun: Token) -> list[Role]:
    """A state noun's holder ("placed its army on high alert", "a relevé son niveau d'alerte"):
    the object of the verb it hangs on (a passive subject counts), else that verb's subject."""
    verb = frames.governing_verb(noun)
    if verb is None or _hosted(frames, verb, noun):
        return []  # "hosted talks between …": the host takes no part (events/sponsors.py)
    holders = roles_of(frames, frames.objects(verb))
    subjects = roles_of(frames, frames.subjects(verb), inherited=not frames.fillers(verb, "subj"))
    # "Benin put its soldiers on alert after the Nigerien army …": troops the subject's possessive
    # owns are its own; when their bare noun was given another country, the subject holds them.
    countries = {r.mention.actor.country for r in subjects}
    if subjects and holders and all(_owned_by_pronoun(frames, r.mention.head) and r.mention.actor.country not in countries for r in holders):
        return subjects
    return holders or subjects


def _hosted(frames: ParagraphFrames, verb: Token | None, noun: Token) -> bool:
    """Whether ``noun`` is the meeting between parties ``verb``'s subject hosts ("hosted talks between …")."""
    meeting = hosted_meeting(frames, verb) if verb is not None else None
    return meeting is not None and meeting.i == noun.i


def _owned_by_pronoun(frames: ParagraphFrames, head: int) -> bool:
    """Whether a noun is owned by a possessive pronoun ("its forces", "son armée")."""
    return any(f.pos_ in ("PRON", "DET") for f in frames.fillers(frames.doc[head], "poss"))


__all__ = ["NounEvent", "noun_roles"]
