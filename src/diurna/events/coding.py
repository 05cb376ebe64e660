"""From frames to coded events: one event per (trigger, source, target), with where and when.

Order of work per trigger: the pattern (verb, or event noun with its support
verb) → the source and target actors → the act's status (modality) →
location → date → CAMEO/PLOVER coding and confidence. An event needs a
source that resolves to a country or an organisation, and a target when its
pattern says so; at most one event is kept per (trigger, source, target).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from functools import cached_property

from spacy.attrs import POS
from spacy.tokens import Token

from ..actors.context import OF_WORDS
from ..columns import pos_ids, tokens_with_pos
from ..dates import DateExpression, date_expressions
from ..grammar import Grammar, conjuncts, has_feature
from ..knowledge.actors import fold
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.language_profile import LanguageProfile
from ..knowledge.ontology import Ontology
from ..knowledge.patterns import Pattern, PatternSet, folded_lemma
from ..places import choose
from ..records import (
    Actor,
    ActorMention,
    Event,
    EventDate,
    ParsedArticle,
    PlaceMention,
    PloverCoding,
    TextSpan,
)
from .addressed import people_addressed
from .both import both_doers, both_parties, facing_each_other
from .carried import TargetlessAct, carried_code, once_per_intent, pledged_by_verb, told_by_means
from .claimed import claimers, toll_of_a_claimed_act
from .confidence import Calibrations, confidence
from .context import person_before
from .deployments import DEPLOYMENT_INTENT_CODE, announced, border_faced, deployment_to_state
from .destination import aid_destinations
from .disowned import guessed_doers, refused_partners
from .frames import SAID_CLAUSE_LINKS, ParagraphFrames
from .inquiries import party_inside
from .instruments import signs_at_home
from .interlocutor import interlocutors
from .judged import judged_people
from .manner import tells_how
from .means import struck_by_means
from .modality import modality_of
from .nominal import (
    aimed_past_the_actor, decided_by, particle_heads, received_things, speaker_owned_subjects, transports,
)
from .orders import TargetlessOrder, names_the_ordered, ordered_of_another, told_by_their_act
from .overlap import purpose_told_by_governor, targetless_retold
from .possessed import possessor_subjects
from .reactions import answered
from .reciprocal import done_to_each_other
from .relatives import owned_by_relative
from .roles import Role, pairs_among, roles_of, same_actor
from .roots import FORCE_OUTCOME_ROOTS
from .senses import choose_sense
from .settings import MEETING_ROOT, Setting, scene_settings, setting_span
from .summarised import summed_up_doers
from .tolls import toll_participles
from .unidentified import not_people, unknown_doers
from .unruled import THREAT_OF_FORCE, force_not_ruled_out
from .vetoes import content_of_a_veto
from .victims import place_struck
from .warned import acts_warned_of
from .yielded import pressing_actors

# Parts of speech (ids, as in the ``POS`` column) of the words that may trigger: verbs and event nouns.
TRIGGER_POS = pos_ids(("VERB", "NOUN"))
# PLOVER: consultations, support, cooperation and aid reported in the future are AGREE.
FUTURE_AS_AGREE = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
# A verb's auxiliaries join its trigger span ("ont condamné").
AUX_DEPS = {"aux", "aux:tense", "aux:pass", "auxpass"}


@dataclass(frozen=True, slots=True)
class EventResources:
    ontology: Ontology
    patterns: dict[str, PatternSet]
    grammars: dict[str, Grammar]
    profiles: dict[str, LanguageProfile]
    gazetteer: Gazetteer
    calibration: Calibrations


@dataclass
class _NounEvent:
    lemma: str
    sources: list[Role]
    targets: list[Role]


# Roots of acts that coordinated actors do with each other ("Brazil and Korea discussed"): intents,
# meetings, diplomatic and material cooperation. Coordinated critics do not criticise each other.
JOINT_ACT_ROOTS = {"03", "04", "05", "06"}
# Roots of acts done to someone in person: meeting "a cape from Lebanon" is no meeting with Lebanon.
PERSONAL_TARGET_ROOTS = {"04"}
# Roots of acts done to a place as much as to an actor (withdrawal, force, coercion, assault, fighting).
PLACE_TARGET_ROOTS = {"08", "15", "17", "18", "19", "20"}
# Roots of acts that go where their target is (visits and meetings, marches, force), and the code
# of a meeting intended: their target after a locative preposition is also where they happened.
GOING_THERE_ROOTS = PERSONAL_TARGET_ROOTS | PLACE_TARGET_ROOTS | {"14"}
INTENT_TO_MEET = "036"
# Roots of acts people do as a crowd or a gunman does ("des milliers de personnes ont manifesté à
# Paris", "a gunman killed … in Nara"): unnamed people acting in a named place are its civilians.
PEOPLE_SOURCE_ROOTS = {"14", "18", "19", "20"}
# Roots of acts done by the very act a purpose clause is the aim of ("ont manifesté pour protester").
DONE_AS_PURPOSE_ROOTS = {"14"}
# Roots of threats: made to whom the threatened act would be done.
THREAT_ROOTS = {"13"}
# Roots of orders: one with no one ordered is told by the act it orders (events/orders.py).
ORDER_ROOTS = {"10"}
# Roots of requests and demands: the one asked may be the subject of the complement clause.
REQUEST_ROOTS = {"02", "10"}
# Roots of acts aimed at a place as much as at an actor when told by a noun ("frappes contre les
# infrastructures d'Odessa", "an investigation into war crimes in Ukraine").
NOUN_PLACE_TARGET_ROOTS = PLACE_TARGET_ROOTS | {"09"}
# Roots of aid: aid sent to a place ("dropped food into Aceh", "convois d'aide vers Gaza") goes to its
# state's people, so the place stands for its country as a target (never for the location alone).
AID_PLACE_ROOTS = {"07"}
# The first root of hostile acts (demands on, by CAMEO order): an event noun of such an act that names
# whom it is aimed at ("contre") has its plain complement as its actor ("le bombardement de la Russie contre l'Ukraine").
HOSTILE_NOUN_ROOT = "10"
# Roots of inquiries: one into an act that names no actor is aimed at the state it happened in.
INVESTIGATION_ROOTS = {"09"}
# Roots of acts a state does to people at home: arresting "dissidents", releasing "political
# prisoners", protesters marching "against the reform". When the people are named by no actor, the
# target is the country the act happens in (the clause's place, else the source's own country).
DOMESTIC_TARGET_ROOTS = {"08", "14", "17", "18", "20"}
# Unconventional mass violence (gas, mass killings): done to the people where it is used, named or not.
MASS_VIOLENCE_ROOT = "20"
# Roots whose act is looked for a victim among the country's people even when the entry needs no
# target: protests (against the rulers) and mass violence (on the people where it is used).
UNTOLD_VICTIM_ROOTS = {"14", MASS_VIOLENCE_ROOT}
# Roots of force used on people: a verb's object no actor names is the people it is done to.
FORCE_ON_PEOPLE_ROOTS = {"18", "20"}
# The target slot of a pattern whose act a state does to its own people when no one else is named
# ("imposed martial law", "lifted the curfew").
SELF_TARGET_SLOT = "self"
# Roots of offers, proposals and requests: one that is accepted or rejected was made to the one who answers.
ANSWERED_ROOTS = {"02", "03"}
# Mediation: its parties may be told by the clause the mediated deal hangs on.
MEDIATION_CODE = "045"
# A plain statement ("the minister said that …"), coded only when asked for ([coding] statements).
STATEMENT_CODE = "010"


# The slot of the one whose act a conditional clause names ("would retaliate if Finland joined
# NATO": a threat to Finland).
CONDITION_SLOT = "condition"


def _slot_fillers(frames: ParagraphFrames, head: Token, slot: str, exclude: set[int]) -> list[Token]:
    if slot == CONDITION_SLOT:
        markers = frames.profile.conditional_markers
        clauses = [
            c for c in head.children
            if frames.grammar.clause_link(c) == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        ]
        return [t for c in clauses for t in frames.subjects(c) if t.i not in exclude]
    if slot == "obj" and head.pos_ == "VERB":
        return [t for t in frames.objects(head) if t.i not in exclude]
    if slot == "subj" and head.pos_ == "VERB":
        return [t for t in frames.subjects(head) if t.i not in exclude]
    return frames.fillers(head, slot, exclude)


def _trigger_span(token: Token, pattern: Pattern, frames: ParagraphFrames) -> TextSpan:
    start = end = token.i
    if token.pos_ == "VERB":
        for child in token.children:
            if child.dep_ in AUX_DEPS and child.i < start and token.i - child.i <= 3:
                start = child.i
        for i in frames.particle_tokens(token, pattern):
            if i > end and i - end <= 2:
                end = i
    doc = token.doc
    first, last = doc[start], doc[end]
    text = doc.text[first.idx : last.idx + len(last.text)]
    return TextSpan(text, frames.offset + first.idx, frames.offset + first.idx + len(text))


def _clause_chain(anchor: Token, grammar: Grammar) -> list[Token]:
    """The anchor and the verbs it is coordinated with or controlled by (not across reported speech)."""
    chain = [anchor]
    current = anchor
    for _ in range(6):
        link = grammar.clause_link(current)
        if link not in ("conj", "xcomp") or current.head.i == current.i:
            break
        current = current.head
        chain.append(current)
    return chain


def _mediated_parties(frames: ParagraphFrames, verb: Token, mediators: list[Role]) -> list[Role]:
    """"Saudi Arabia and Iran agreed …, in a deal brokered by China": the parties of a deal,
    swap or truce that a participle says was mediated are the subjects of the verb it hangs on."""
    noun = verb.head
    if frames.grammar.clause_link(verb) != "acl" or noun.i == verb.i or noun.pos_ != "NOUN":
        return []
    governor = noun.head
    if governor.pos_ == "ADP":
        governor = governor.head
    if governor.pos_ not in ("VERB", "AUX") or governor.i == noun.i:
        return []
    own = {r.mention.actor.key for r in mediators}
    return [r for r in roles_of(frames, frames.subjects(governor), inherited=True) if r.mention.actor.key not in own]


def _own_forces(source: Role, target: Role) -> bool:
    """Whether the target is the armed forces or police of the source's own country."""
    actor, other = source.mention.actor, target.mention.actor
    return bool(actor.country) and other.country == actor.country and other.sector in ("MIL", "COP")


def _retold_by_participle(frames: ParagraphFrames, verb: Token, pattern: Pattern, killing: bool) -> bool:
    """A subjectless participle that tells again the act of the verb it hangs on: the toll of an
    act of force ("shelled the town, killing six"), or the same kind of act ("convicted him,
    sentencing him to nine years")."""
    governor = verb.head
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "advcl" or governor.i == verb.i or frames.fillers(verb, "subj"):
        return False
    if verb.morph.get("VerbForm") not in (["Part"], ["Ger"]):
        return False
    if any(c.dep_ in AUX_DEPS for c in verb.children) or tells_how(frames, verb):
        return False  # "ont été reçus par …" (a clause), "en bombardant la ville" (how, not the toll)
    told = frames.pattern_of(governor)
    if told is None:
        return False
    return told.code[:2] == pattern.code[:2] or (killing and told.code[:2] in FORCE_OUTCOME_ROOTS)


def _shared_objects(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it: "arrested and deported
    dissidents" (the parser hangs the object on the last verb only)."""
    if frames.fillers(verb, "obj"):
        return []
    for conjunct in verb.children:
        if (
            frames.grammar.clause_link(conjunct) == "conj"
            and conjunct.pos_ == "VERB"
            and conjunct.i > verb.i
            and not frames.fillers(conjunct, "subj")
        ):
            return frames.objects(conjunct)
    return []


class ArticleCoder:
    """Codes the events of one parsed article; built per article, holds no state across articles."""

    def __init__(
        self,
        parsed: ParsedArticle,
        mentions: tuple[ActorMention, ...],
        places: tuple[PlaceMention, ...],
        resources: EventResources,
        sentence_index: dict[tuple[int, int], int],
        max_sentence_tokens: int,
        max_events_per_trigger: int = 24,
        statements: bool = False,
    ) -> None:
        self.parsed = parsed
        self.statements = statements
        self.article = parsed.article
        self.resources = resources
        self.sentence_index = sentence_index
        self.max_sentence_tokens = max_sentence_tokens
        self.max_events_per_trigger = max_events_per_trigger
        place_actors: dict[int, dict[int, ActorMention]] = {}
        for place in places:
            if place.place is not None and place.place.country:
                actor = Actor(place.place.country, place.place.country, None, None, place.place.name, "place")
                mention = ActorMention(place.span, actor, place.sentence_index, place.head, place.paragraph)
                place_actors.setdefault(place.paragraph, {})[place.head] = mention
        self.frames: list[ParagraphFrames] = []
        for number, paragraph in enumerate(parsed.paragraphs):
            # Actors and places are found by now: the parse may be mended for the frames.
            resources.grammars[paragraph.lang].repair(paragraph.doc)
            self.frames.append(
                ParagraphFrames(
                    paragraph.doc,
                    number,
                    resources.grammars[paragraph.lang],
                    resources.profiles[paragraph.lang],
                    resources.patterns[paragraph.lang],
                    [m for m in mentions if m.paragraph == number],
                    paragraph.start,
                    place_actors.get(number),
                    self._anaphora,
                )
            )
        for frames in self.frames:
            frames.article = self.frames
        self.place_at = {(p.paragraph, p.head): p for p in places}
        self.places = places
        self.noun_events: list[_NounEvent] = []
        self.events: list[Event] = []
        # Date expressions by (paragraph, sentence start, future): asked once per trigger and again
        # per coded act, and the date scan is the costly part of dating.
        self._dates: dict[tuple[int, int, bool], list[DateExpression]] = {}

    # Where -------------------------------------------------------------------------

    @staticmethod
    def _is_locative(frames: ParagraphFrames, place: PlaceMention, token: Token) -> bool:
        """Whether a place is where something happens: after a locative preposition, and for a
        country one that says "in" ("en Russie", not the dative "à la Russie")."""
        case = frames.grammar.case_word(token)
        if place.place is None or case is None:
            return False
        word = case.lower_
        # The noun an "of" phrase hangs on: the name's head in French, the preposition's in English.
        noun = case.head if case.i == token.head.i else token.head
        if word in OF_WORDS and noun.pos_ == "NOUN" and noun.i != token.i:
            # "dans le centre de Moscou", "au large de Goa", "off the coast of Goa": the place
            # names where a locative phrase's noun is, and so where the act happened.
            outer = frames.grammar.case_word(noun)
            return outer is not None and outer.lower_ in frames.profile.locative_prepositions | frames.profile.country_locative_prepositions
        if place.place.feature == "country":
            return word in frames.profile.country_locative_prepositions
        return word in frames.profile.locative_prepositions

    def _place_in_clause(self, frames: ParagraphFrames, anchors: list[Token], used: set[int]) -> PlaceMention | None:
        """A place in a locative phrase of the act's own clause: on the verb first, then anywhere
        below it short of another clause (the parser often hangs "in Beijing" on the object)."""
        locatives = frames.profile.locative_prepositions
        for anchor in anchors:
            for slot, filler in frames.arguments(anchor):
                if slot not in locatives:
                    continue
                for member in conjuncts(filler):
                    place = self.place_at.get((frames.paragraph, member.i))
                    if place is not None and member.i not in used and self._is_locative(frames, place, member):
                        return place
        for anchor in anchors:
            queue = list(anchor.children)
            while queue:
                token = queue.pop(0)
                link = frames.grammar.clause_link(token)
                if token.pos_ in ("VERB", "AUX") and link in ("ccomp", "advcl", "relcl", "conj"):
                    # A bare participle before the subject belongs to the act: "Réunis à Bruxelles, les ministres ont…".
                    adjunct = (
                        link == "advcl"
                        and not frames.fillers(token, "subj")
                        and not any(c.dep_ in ("mark", "aux", "aux:tense") for c in token.children)
                    )
                    if not adjunct:
                        continue
                place = self.place_at.get((frames.paragraph, token.i))
                if place is not None and token.i not in used and self._is_locative(frames, place, token):
                    return place
                queue.extend(token.children)
        return None

    @cached_property
    def _demonstrative_nouns(self) -> dict[str, list[tuple[ParagraphFrames, Token]]]:
        """Nouns named with a demonstrative ("cette réunion"), by lemma, across the article."""
        found: dict[str, list[tuple[ParagraphFrames, Token]]] = {}
        for frames in self.frames:
            for token in tokens_with_pos(frames.doc, ("NOUN",)):
                if token.pos_ == "NOUN" and any(c.dep_ == "det" and has_feature(c, "PronType", "Dem") for c in token.children):
                    found.setdefault(fold(token.lemma_), []).append((frames, token))
        return found

    def _place_by_anaphora(self, frames: ParagraphFrames, nouns: list[Token]) -> PlaceMention | None:
        """Where a meeting, summit or attack named again elsewhere ("cette réunion … à Bruxelles") took place."""
        for noun in nouns:
            lemma = fold(noun.lemma_)
            for other, token in self._demonstrative_nouns.get(lemma, ()):
                if other is frames and token.sent == noun.sent:
                    continue
                verb = token.head
                if verb.pos_ not in ("VERB", "AUX"):
                    continue
                for place in self.places:
                    if place.paragraph != other.paragraph or place.place is None:
                        continue
                    head = other.doc[place.head]
                    case = other.grammar.case_word(head)
                    if case is not None and case.lower_ in other.profile.locative_prepositions and head in verb.subtree:
                        return place
        return None

    def _dateline_place(self) -> PlaceMention | None:
        name = self.article.dateline_place
        if not name:
            return None
        chosen = choose(self.resources.gazetteer.lookup(name), set())
        start = self.article.text.find(name)
        if chosen is None or start < 0:
            return None
        return PlaceMention(TextSpan(name, start, start + len(name)), chosen.place, -1, -1, -1)

    def location(self, frames: ParagraphFrames, anchors: list[Token], used: set[int], nouns: list[Token]) -> PlaceMention | None:
        return (
            self._place_in_clause(frames, anchors, used)
            or self._place_by_anaphora(frames, nouns)
            or self._dateline_place()
        )

    # When ----------------------------------------------------------------------------

    def date(self, frames: ParagraphFrames, anchors: list[Token], future: bool) -> EventDate:
        sentence = anchors[0].sent
        key = (frames.paragraph, sentence.start, future)
        if key not in self._dates:
            self._dates[key] = date_expressions(sentence, frames.profile, self.article.published, future=future)
        expressions = self._dates[key]
        anchor_ids = {a.i for a in anchors}
        attached: list[DateExpression] = []
        for expression in expressions:
            current = frames.doc[expression.start : expression.end].root
            for _ in range(8):
                if current.i in anchor_ids or current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
                    break
                current = current.head
            if current.i in anchor_ids:
                attached.append(expression)
        if attached:
            best = sorted(attached, key=lambda e: e.relative)[0]
            first, last = frames.doc[best.start], frames.doc[best.end - 1]
            text = frames.doc.text[first.idx : last.idx + len(last.text)]
            span = TextSpan(text, frames.offset + first.idx, frames.offset + first.idx + len(text))
            return EventDate(best.date, best.precision, "text", span)
        if self.article.published is not None:
            return EventDate(self.article.published, "day", "article")
        return EventDate(None, None, None)

    # What ------------------------------------------------------------------------------

    def _noun_roles(
        self, frames: ParagraphFrames, noun: Token, pattern: Pattern
    ) -> tuple[list[Role], list[Role], Token | None, bool]:
        received = self._received(frames, noun)
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
        if not sources:
            # "its withdrawal from Mali": a preposition the entry takes for its target is not its source.
            for slot in (*pattern.source, *(p for p in frames.profile.source_prepositions if p not in pattern.target)):
                if slot == "governor":
                    sources = self._governor_roles(frames, noun)
                else:
                    # The actor may hang on the expression's last word ("la mise en garde de la Chine").
                    heads = [noun] + (particle_heads(frames, noun, pattern) if support is None else [])
                    sources = [r for head in heads for r in roles_of(frames, frames.fillers(head, slot), modifier=True)]
                if sources:
                    break
        if not sources and how in ("object", "means"):
            sources = from_support()
            supported = bool(sources)
        decider = decided_by(frames, noun) if not sources and support is None else None
        if decider is not None:  # "EU agrees new sanctions against Iran": the decider's act
            sources = roles_of(frames, frames.subjects(decider), inherited=not frames.fillers(decider, "subj"))
        if not sources and support is None:  # "Russia justified its attacks on …": the clause's subject
            sources = roles_of(frames, possessor_subjects(frames, noun), inherited=True)
        targets: list[Role] = []
        target_slots = list(pattern.target)
        if supported:
            # The support verb's subject acts; whoever the noun names as its own actor is the
            # counterpart ("prendre part à la réunion tenue par les dirigeants du G7").
            target_slots += [slot for slot in pattern.source if slot not in target_slots]
        # The target may also hang on an amount above the noun ("10 milliards d'aide à l'Ukraine")
        # or on the expression's second word ("la levée des sanctions contre l'Iran").
        carriers = frames.quantity_carriers(noun) + frames.quantities_below(noun)
        particles = frames.particle_tokens(noun, pattern)
        carriers += [frames.doc[i] for i in sorted(particles)]
        if noun.head.pos_ == "ADV" and frames.grammar.case_word(noun) is not None:
            carriers.append(noun.head)  # "lors de son entretien avec Xi": the parser hangs "avec Xi" on "lors"
        # "killings and gang rapes of Rohingya Muslims": a complement after the last of
        # coordinated event nouns is theirs all. Not one of the same root: the light verb they
        # share makes them one act of that root, coded once ("beatings and abductions of …").
        carriers += [
            c for c in conjuncts(noun)
            if c.i > noun.i and c.pos_ == "NOUN" and (frames.pattern_of(c) is None or frames.pattern_of(c).code[:2] != pattern.code[:2])
        ]
        for slot in target_slots:
            # The expression's own words are not its target ("droits de douane": customs).
            targets = roles_of(frames, frames.fillers(noun, slot, particles), slot=slot)
            for carrier in carriers:
                if not targets:
                    targets = roles_of(frames, frames.fillers(carrier, slot), slot=slot)
            if not targets and support is not None and slot in pattern.target:
                targets = roles_of(frames, _slot_fillers(frames, support, slot, {noun.i}), slot=slot)
                # "imposé des droits de douane de 25 % sur …": the rate the parser hung on the verb.
                for rate in support.children:
                    if not targets and rate.i != noun.i and rate.pos_ == "NOUN" and frames.is_quantity(rate):
                        targets = roles_of(frames, frames.fillers(rate, slot), slot=slot)
            if targets:
                break
        # "l'espionnage de la Chine contre l'Allemagne": the complement that named the actor is
        # not also its target when the act says whom it is aimed at.
        targets = aimed_past_the_actor(frames, noun, pattern, sources, targets, lambda head, slot: roles_of(frames, frames.fillers(head, slot), slot=slot))
        if not sources and targets and pattern.code[:2] >= HOSTILE_NOUN_ROOT:
            sources, targets = self._genitive_attacker(frames, noun, targets)
        if not targets:
            targets = self._particle_patients(frames, noun, pattern, particles, sources)
        if not targets and (pattern.code[:2] in NOUN_PLACE_TARGET_ROOTS | AID_PLACE_ROOTS):
            # A place the act is aimed at stands for its country, unless it is the actor's own
            # ("Iraq's gas attack on Halabja"). The place may hang on the light verb ("launched
            # airstrikes on Gaza").
            own = {r.mention.actor.key for r in sources}
            for slot in pattern.target:
                fillers = frames.fillers(noun, slot)
                if not fillers and support is not None:
                    fillers = _slot_fillers(frames, support, slot, {noun.i})
                targets = [
                    r for r in roles_of(frames, fillers, where=True, slot=slot) if r.mention.actor.key not in own
                ]
                if targets:
                    break
        if not targets and support is None:  # "an aid convoy crossed into Sudan" (events/destination.py)
            targets = aid_destinations(frames, noun, pattern.code[:2], sources)
        if not targets and pattern.code[:2] in INVESTIGATION_ROOTS:
            targets = self._place_investigated(frames, noun, pattern, support)
            targets = targets or roles_of(frames, party_inside(frames, noun, pattern.target, support, {r.mention.actor.key for r in sources}))
        if not targets and support is None and pattern.code[:2] in FORCE_OUTCOME_ROOTS:
            targets = self._struck_by_noun(frames, noun, sources)
        if not targets and support is None and pattern.code[:2] in ANSWERED_ROOTS and frames.grammar.is_object_of(noun):
            # "North Korea rejected an offer by Seoul": an offer or request is made to whoever answers it.
            answer = noun.head
            if frames.pattern_of(answer) is not None:
                own = {r.mention.actor.key for r in sources}
                targets = [r for r in roles_of(frames, frames.subjects(answer)) if r.mention.actor.key not in own]
        anaphoric = False
        if not sources and not targets and any(c.dep_ == "det" for c in noun.children):
            lemma = fold(noun.lemma_)
            for earlier in reversed(self.noun_events):
                if earlier.lemma == lemma:
                    sources = [Role(r.mention, "anaphora") for r in earlier.sources]
                    targets = [Role(r.mention, "anaphora") for r in earlier.targets]
                    anaphoric = True
                    break
        return sources, targets, support, anaphoric

    @staticmethod
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

    @staticmethod
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

    def _place_investigated(self, frames: ParagraphFrames, noun: Token, pattern: Pattern, support: Token | None) -> list[Role]:
        """"une mission d'enquête sur la répression des manifestations en Iran", "an investigation
        into the shelling of a kindergarten in Stanytsia Luhanska": an inquiry into an act that
        names no actor is aimed at the state the act happened in (the inquirer's own included:
        prosecutors investigate at home)."""
        for slot in pattern.target:
            fillers = frames.fillers(noun, slot)
            if not fillers and support is not None:
                fillers = _slot_fillers(frames, support, slot, {noun.i})
            for act in fillers:
                if frames.pattern_of(act) is None:
                    continue
                for token in act.subtree:
                    place = self.place_at.get((frames.paragraph, token.i))
                    if place is None or place.place is None or not place.place.country or not self._is_locative(frames, place, token):
                        continue
                    if any(t.pos_ in ("VERB", "AUX") and frames.grammar.clause_link(t) is not None for t in token.ancestors if t.i > act.i and act in t.ancestors):
                        continue  # in a clause below the act, not where it happened
                    actor = Actor(place.place.country, place.place.country, None, None, place.place.name, "place")
                    mention = ActorMention(place.span, actor, place.sentence_index, place.head, place.paragraph)
                    return [Role(mention, "direct", slot)]
        return []

    def _received(
        self, frames: ParagraphFrames, noun: Token
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

    def _struck_by_noun(self, frames: ParagraphFrames, noun: Token, sources: list[Role]) -> list[Role]:
        """"A Russian drone attack hit an oil refinery in southern Ukraine": an act of force that
        is the subject of a verb which is no act of its own is aimed at what that verb hits, or at
        the state it happens in."""
        verb = noun.head
        if verb.i == noun.i or verb.pos_ != "VERB" or frames.pattern_of(verb) is not None:
            return []
        if all(s.i != noun.i for s in frames.fillers(verb, "subj")):
            return []
        own = {r.mention.actor.key for r in sources}
        fillers = frames.objects(verb) + [f for slot, f in frames.arguments(verb) if slot in frames.profile.locative_prepositions]
        return [r for r in roles_of(frames, fillers, where=True) if r.mention.actor.key not in own]

    def _governor_roles(self, frames: ParagraphFrames, noun: Token) -> list[Role]:
        """A state noun's holder ("placed its army on high alert", "a relevé son niveau d'alerte"):
        the object of the verb it hangs on (a passive subject counts), else that verb's subject."""
        verb = frames.governing_verb(noun)
        if verb is None:
            return []
        return roles_of(frames, frames.objects(verb)) or roles_of(frames, frames.subjects(verb), inherited=not frames.fillers(verb, "subj"))

    def _verb_roles(self, frames: ParagraphFrames, verb: Token, pattern: Pattern) -> tuple[list[Role], list[Role]]:
        particles = frames.particle_tokens(verb, pattern)
        sources: list[Role] = []
        for slot in pattern.source:
            if slot == "subj":
                subjects = frames.subjects(verb)
                own = bool(frames.fillers(verb, "agent" if frames.grammar.is_passive(verb) else "subj"))
                sources = roles_of(frames, subjects, inherited=not own)
            else:
                sources = roles_of(frames, _slot_fillers(frames, verb, slot, particles))
            if sources:
                break
        targets: list[Role] = []
        # A target may hang on the expression's second word ("severed ties with Israel"), or be
        # that word's owner when it is the object ("expulser des diplomates iraniens").
        heads = [verb, *(frames.doc[i] for i in sorted(particles))]
        object_particles = [t for t in frames.fillers(verb, "obj") if t.i in particles]
        for slot in pattern.target:
            for head in heads:
                fillers = _slot_fillers(frames, head, slot, particles)
                if not fillers and slot == "obj" and head is verb:
                    fillers = object_particles or _shared_objects(frames, verb)
                targets = roles_of(frames, fillers, slot=slot)
                if pattern.code[:2] in PERSONAL_TARGET_ROOTS:
                    targets = [r for r in targets if r.route != "owner"]
                if targets:
                    break
            if targets:
                break
        if not targets:
            # The target may hang on the object: "normaliser ses relations avec le Maroc",
            # "lever l'embargo sur les armes contre Chypre".
            for slot in pattern.target:
                if slot not in ("obj", "iobj", "subj"):
                    targets = roles_of(frames, frames.nested_fillers(verb, slot), slot=slot)
                    if targets:
                        return sources, targets
        own = {r.mention.actor.key for r in sources}
        if pattern.code[:2] in REQUEST_ROOTS and all(r.mention.actor.key in own for r in targets):
            # "demanded the release of the captain of a Chinese trawler held by Japan": who is asked
            # to let people go is who holds them.
            holders = self._holders(frames, verb, particles, own)
            if holders:
                return sources, holders
        if not targets and pattern.code[:2] in REQUEST_ROOTS:
            targets = self._owner_asked(frames, verb, particles, {r.mention.actor.code for r in sources})
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
            targets = self._threatened_targets(frames, verb, sources)
            if not targets:  # "warned that any Israeli attack would …" (events/warned.py)
                targets = [r for r in roles_of(frames, acts_warned_of(frames, verb)) if all(not same_actor(s, r) for s in sources)]
        if not targets:
            # The target may sit one clause down: in the complement ("promised to buy Brazilian
            # products") or on a participle on the object ("fired rounds aimed at …"); an act of
            # force on a thing targets the state the thing is in ("a loudspeaker in South Korea").
            below = [c for c in verb.children if frames.grammar.clause_link(c) == "xcomp" and c.pos_ == "VERB"]
            below += [c for obj in frames.objects(verb) for c in obj.children if frames.grammar.clause_link(c) == "acl"]
            # … or in a relative clause on the object ("les accords qui liaient le Niger à la France").
            below += [c for obj in frames.objects(verb) for c in obj.children if frames.grammar.clause_link(c) == "relcl"]
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
                    for slot in slots:
                        fillers = _slot_fillers(frames, head, slot, particles)
                        if not fillers and slot in frames.profile.adversative_prepositions:
                            fillers = frames.nested_fillers(head, slot)
                        # The source named again down there ("liaient le Niger à …") is no target; a
                        # place of its own country may be (a cartel shooting in Mexico).
                        targets = [r for r in roles_of(frames, fillers, where=where) if where or r.mention.actor.key not in own]
                        if targets:
                            return sources, targets
        return sources, targets

    def _threatened_targets(self, frames: ParagraphFrames, verb: Token, sources: list[Role]) -> list[Role]:
        """"threatened to impose sanctions on Polish companies", "a menacé de porter les droits de
        douane sur les produits canadiens à 35 %": a threat is made to whom the threatened act
        would be done, found as that act's own target (a verb's, or an event noun's it carries)."""
        own = {r.mention.actor.key for r in sources}
        for clause, below in frames.threatened_acts(verb):
            pattern = frames.pattern_of(below)
            if pattern is None:
                continue
            if below.pos_ == "VERB":
                _, targets = self._verb_roles(frames, below, pattern)
            else:
                _, targets, _, anaphoric = self._noun_roles(frames, below, pattern)
                if anaphoric:
                    continue
                for slot in pattern.target:
                    # … or on the clause's verb, where the parser hung it ("porter … sur les produits canadiens").
                    targets = targets or roles_of(frames, _slot_fillers(frames, clause, slot, {below.i}), slot=slot)
            targets = [Role(t.mention, "inherited", t.slot) for t in targets if t.mention.actor.key not in own]
            if targets:
                return targets
        return []

    def _purpose_targets(self, frames: ParagraphFrames, anchor: Token, pattern: Pattern, sources: list[Role]) -> list[Role]:
        """"a fait usage de gaz lacrymogène pour disperser les manifestants", "fired tear gas to
        disperse the protesters": a purpose clause telling an act of the same kind says whom the
        act is done to (the purpose act itself is not coded)."""
        for clause in anchor.children:
            if frames.grammar.clause_link(clause) != "advcl" or clause.pos_ != "VERB":
                continue
            if not any(c.dep_ in ("mark", "aux") and c.lower_ in frames.profile.purpose_markers for c in clause.children):
                continue
            aim = frames.pattern_of(clause)
            if aim is None or aim.code[:2] != pattern.code[:2]:
                continue
            _, targets = self._verb_roles(frames, clause, aim)
            targets = targets or self._domestic_targets(frames, clause, clause, aim, sources)
            if targets:
                return [Role(t.mention, t.route if t.route == "domestic" else "inherited", t.slot) for t in targets]
        return []

    def _shorter_roles(self, frames: ParagraphFrames, verb: Token, sources: list[Role]) -> tuple[list[Role], list[Role]]:
        """A longer expression that finds no target ("demanded the release of …") may leave its
        target where a shorter one of the same verb looks ("demanded from Russia"): the act stays
        the longer one's, the target is the shorter one's."""
        for shorter in frames.shorter_patterns(verb):
            found_sources, targets = self._verb_roles(frames, verb, shorter)
            if targets:
                return sources or found_sources, targets
        return sources, []

    @staticmethod
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

    def _holders(self, frames: ParagraphFrames, verb: Token, particles: set[int], own: set[str]) -> list[Role]:
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

    def _targets_told_elsewhere(
        self, frames: ParagraphFrames, token: Token, anchor: Token, pattern: Pattern, sources: list[Role]
    ) -> list[Role]:
        """The target of an act whose frame names none, from what else its sentence says, in this
        order: the offer it answers, the victims of the means it names, the state across the border
        it is shown at, the doer of the act it sums up, the guessed doer of the act it rejects, the
        parties of a mediated deal. Never one of the sources."""
        root = pattern.code[:2]

        def others(roles: list[Role]) -> list[Role]:
            return [t for t in roles if all(not same_actor(s, t) for s in sources)]

        if token.pos_ == "VERB":  # "rejected …, a day after Trump offered to mediate" (reactions.py)
            targets = answered(frames, token, root, sources, lambda fillers, how: roles_of(frames, fillers, inherited=how == "inherited"))
            if targets:
                return targets
        struck, places = struck_by_means(frames, token, root)  # "tué dans une frappe américaine" (means.py)
        targets = others(roles_of(frames, struck) or roles_of(frames, places, where=True))
        # "deployed troops to its border with Guyana" (deployments.py)
        targets = targets or others(roles_of(frames, border_faced(frames, anchor, root)))
        # "…, in a move the EU welcomed" (summarised.py)
        targets = targets or others(roles_of(frames, summed_up_doers(frames, token, root), inherited=True))
        targets = targets or others(roles_of(frames, owned_by_relative(frames, token)))  # "Israel, whose strikes it condemned" (relatives.py)
        # "a rejeté les appels de l'opposition" (disowned.py)
        targets = targets or [Role(m, "event") for m in guessed_doers(frames, token, root, {r.mention.actor.code for r in sources})]
        # "a refusé tout dialogue avec les rebelles" (disowned.py)
        targets = targets or [Role(m, "event") for m in refused_partners(frames, token, root, {r.mention.actor.code for r in sources})]
        if not targets and pattern.code == MEDIATION_CODE and token.pos_ == "VERB":
            targets = _mediated_parties(frames, token, sources)
        return targets

    def _coordinated_targets(self, frames: ParagraphFrames, anchor: Token) -> list[Role]:
        """The actor the first of two coordinated acts was done to: "met with the ambassador and
        offered an apology" — the apology goes to the ambassador."""
        if frames.grammar.clause_link(anchor) != "conj" or anchor.head.pos_ != "VERB":
            return []
        head = anchor.head
        slots = ("obj", frames.profile.dative_preposition, *frames.profile.comitative_prepositions)
        for slot in slots:
            roles = roles_of(frames, _slot_fillers(frames, head, slot, set()))
            if roles:
                return [Role(r.mention, "inherited") for r in roles]
        for slot in slots[1:]:
            # … or on the first act's object: "ont imposé des sanctions au Niger et menacé de …".
            roles = roles_of(frames, frames.nested_fillers(head, slot))
            if roles:
                return [Role(r.mention, "inherited") for r in roles]
        return []

    def _domestic_targets(
        self, frames: ParagraphFrames, token: Token, anchor: Token, pattern: Pattern, sources: list[Role]
    ) -> list[Role]:
        """People no actor names, in a target slot ("arrested dissident journalists", "manifesté
        contre la réforme"): the country where the act happens, as its civilians."""
        slots = [*pattern.target]
        if pattern.code[:2] == "14":
            slots += frames.profile.adversative_prepositions
        elif token.pos_ == "VERB" and pattern.code[:2] in FORCE_ON_PEOPLE_ROOTS and "obj" not in slots:
            slots.append("obj")  # "ont frappé des manifestants": force is done to whom it names as its object
        # The people may hang on the expression's second word ("suspendu la dissolution d'une association").
        heads = [token, *(frames.doc[i] for i in sorted(frames.particle_tokens(token, pattern)))]
        filler = next(
            (
                f
                for slot in slots
                for head in heads
                for f in _slot_fillers(frames, head, slot, set())
                if f.pos_ in ("NOUN", "PROPN") and all(any(m is s.mention for s in sources) for m in frames.actors_of(f) if m.actor.key and m.actor.how != "domestic")
            ),
            None,
        )
        place = self._place_in_clause(frames, [anchor], set())
        if place is None and pattern.code[:2] == MASS_VIOLENCE_ROOT:
            place = place_struck(frames, [token, anchor, *heads[1:]], pattern, self.place_at)
        if place is not None and place.place is not None:
            country = place.place.country
        elif pattern.code[:2] not in DOMESTIC_TARGET_ROOTS:
            return []  # people killed somewhere no place names: whose they are is not said
        else:
            countries = {r.mention.actor.country for r in sources}
            country = countries.pop() if len(countries) == 1 else None
        if not country:
            return []
        if filler is not None:
            # Protesters protest against their rulers ("contre la réforme"); others act on people.
            return [self._people(frames, filler, country, "GOV" if pattern.code[:2] == "14" else "CVL")]
        if pattern.code[:2] == "14" and place is not None:
            # Protesters marching "à Paris", "in Caracas": against their own country's rulers.
            index = self.sentence_index[(frames.paragraph, anchor.sent.start)]
            actor = Actor(country + "GOV", country, None, "GOV", None, "domestic")
            return [Role(ActorMention(place.span, actor, index, place.head, frames.paragraph), "domestic")]
        if pattern.code[:2] == MASS_VIOLENCE_ROOT and place is not None:
            return [self._people(frames, token, country)]  # "dropped sarin on the town of Ltamenah": on its people
        if SELF_TARGET_SLOT in pattern.target:
            # A measure a state takes at home ("declared martial law", "lifted the curfew"): on its people.
            return [self._people(frames, token, country)]
        return []

    def _people_sources(self, frames: ParagraphFrames, verb: Token) -> list[Role]:
        """"Des milliers de personnes ont manifesté à Paris", "a gunman killed … in Nara": people no
        actor names, acting in a place the clause names, are civilians of its country."""
        subjects = [s for s in frames.subjects(verb) if s.pos_ == "NOUN" and not roles_of(frames, [s])]
        if not subjects or unknown_doers(subjects[0], frames.profile):  # "gunmen", "des hommes armés": no identifiable source
            return []
        if not_people(subjects[0], frames.pattern_of(subjects[0]) is not None, frames.profile):
            return []  # "the attack killed twelve people": an act or a thing, no crowd (events/unidentified.py)
        place = self._place_in_clause(frames, [verb], set())
        if place is None or place.place is None or not place.place.country:
            return []
        return [self._people(frames, subjects[0], place.place.country)]

    def _people(self, frames: ParagraphFrames, noun: Token, country: str, sector: str = "CVL") -> Role:
        """Civilians (or another sector) of ``country``, named by the noun phrase headed by ``noun``."""
        phrase = frames.doc[noun.left_edge.i : noun.i + 1]
        start = frames.offset + phrase.start_char
        span = TextSpan(phrase.text, start, start + len(phrase.text))
        index = self.sentence_index[(frames.paragraph, noun.sent.start)]
        actor = Actor(country + sector, country, None, sector, None, "domestic")
        return Role(ActorMention(span, actor, index, noun.i, frames.paragraph), "domestic")

    def _target_nouns(self, frames: ParagraphFrames, head: Token, pattern: Pattern) -> list[Token]:
        nouns = []
        for slot in pattern.target:
            for filler in _slot_fillers(frames, head, slot, set()):
                if filler.pos_ == "NOUN" and filler.i not in frames.mention_at:
                    nouns.append(filler)
        return nouns

    def _anaphora(self, noun: Token, pattern: Pattern) -> list[ActorMention]:
        """The actor of the latest earlier act of the same kind (same PLOVER type, else same CAMEO
        root) for "cette demande", "this criticism": "a rejeté cette demande" rejects its author."""
        wanted = self.resources.ontology.plover_for(pattern.code)
        sentence = self.sentence_index[(self._paragraph_of(noun), noun.sent.start)]
        for event in reversed(self.events):
            if event.sentence_index >= sentence:
                continue
            same = event.plover.type == wanted.type if (event.plover and wanted) else event.cameo.root == pattern.code[:2]
            if same:
                return [event.source]
        return []

    def _dated_later(self, frames: ParagraphFrames, anchors: list[Token]) -> bool:
        published = self.article.published
        when = self.date(frames, anchors, future=False)
        return published is not None and when.basis == "text" and when.date is not None and when.date > published

    def _paragraph_of(self, token: Token) -> int:
        return next(f.paragraph for f in self.frames if f.doc is token.doc)

    def code(self) -> tuple[Event, ...]:
        events = self.events
        seen: set[tuple] = set()
        orders: list[TargetlessOrder] = []
        bare_acts: list[TargetlessAct] = []
        settings: list[Setting] = []
        for frames in self.frames:
            # Only verbs and nouns trigger (``ParagraphFrames.pattern_of``): the others are not asked.
            tags = frames.doc.to_array(POS).tolist()
            for sentence in frames.doc.sents:
                if len(sentence) > self.max_sentence_tokens:
                    continue
                for i in range(sentence.start, sentence.end):
                    if tags[i] not in TRIGGER_POS:
                        continue
                    token = frames.doc[i]
                    pattern = frames.pattern_of(token)
                    if pattern is None:
                        continue
                    if token.pos_ == "NOUN":
                        sources, targets, support, anaphoric = self._noun_roles(frames, token, pattern)
                        if anaphoric:
                            continue  # the same act named again: coded where it was first told
                        # "pledged financial support for Moldova": the pledge is the act, an intent.
                        pledged = pledged_by_verb(frames, token, pattern, self.resources.ontology)
                        carrier = frames.pattern_of(support) if support is not None else None
                        if carrier is not None and token.i in frames.particle_tokens(support, carrier):
                            # "a exigé la libération", "lifted the ban": the verb's expression is the act.
                            # One of the same root ("a ouvert une enquête") that coded it told the same
                            # act: the noun adds nothing when it finds no target (when it finds one, the
                            # expression's target-less event is dropped: overlap.py).
                            carried = frames.offset + support.idx
                            if carrier.code[:2] != pattern.code[:2] or (
                                not targets and any(e.trigger.start <= carried < e.trigger.end for e in events)
                            ):
                                continue
                        if sources or targets:
                            self.noun_events.append(_NounEvent(fold(token.lemma_), sources, targets))
                        anchor = support or token
                        nouns = [token]
                    else:
                        pledged = False
                        sources, targets = self._verb_roles(frames, token, pattern)
                        if not sources and "subj" in pattern.source:
                            # "said its jets struck …": the owner of the reported subject is the speaker.
                            sources = roles_of(frames, speaker_owned_subjects(frames, token))
                        targets = received_things(frames, token, pattern.code, targets)
                        if not targets and pattern.particles and pattern.target:
                            sources, targets = self._shorter_roles(frames, token, sources)
                        # "journalists detained by the police": the agent the noun borrows from its
                        # participle is the source, not the target.
                        targets = [t for t in targets if all(t.mention is not s.mention for s in sources)]
                        anchor = token
                        nouns = self._target_nouns(frames, token, pattern)
                    if not sources:  # "a revendiqué l'embuscade": the claimer did it (events/claimed.py)
                        sources = roles_of(frames, claimers(frames, token), inherited=True)
                    if pattern.target_required and not targets and sources:
                        targets = self._coordinated_targets(frames, anchor)
                    if not targets and sources:
                        targets = self._targets_told_elsewhere(frames, token, anchor, pattern, sources)
                    if not targets and sources and token.pos_ == "VERB":  # "met his counterpart. He promised …" (events/interlocutor.py)
                        targets = interlocutors(events, self.sentence_index[(frames.paragraph, token.sent.start)], frames.paragraph, pattern.code[:2], sources)
                    if not sources and token.pos_ == "VERB" and pattern.code[:2] in PEOPLE_SOURCE_ROOTS:
                        sources = self._people_sources(frames, token)
                    if not targets and sources and pattern.code[:2] in DOMESTIC_TARGET_ROOTS:
                        targets = self._purpose_targets(frames, anchor, pattern, sources)
                    if not targets:  # "resigned after weeks of protests": to those who pressed (events/yielded.py)
                        targets = pressing_actors(frames, anchor, pattern.code[:2], sources, lambda noun, country: self._people(frames, noun, country))
                    if not targets:  # "urged residents to stay indoors" (events/addressed.py), "convicted activists" (events/judged.py)
                        targets = people_addressed(frames, token, pattern.code[:2], pattern.target, sources, lambda noun, country: self._people(frames, noun, country)) or judged_people(frames, token, pattern.code, sources, lambda noun, country: self._people(frames, noun, country))
                    for part, told in toll_participles(frames, token) if not targets and sources else ():  # "shelled the town, killing six soldiers" (events/tolls.py)
                        targets = targets or self._verb_roles(frames, part, told)[1] or self._domestic_targets(frames, part, token, told, sources)
                    killing = pattern.name in frames.patterns.senses.killing_verbs
                    if (pattern.target_required or pattern.code[:2] in UNTOLD_VICTIM_ROOTS) and not targets and sources and (pattern.code[:2] in DOMESTIC_TARGET_ROOTS or killing):
                        targets = self._domestic_targets(frames, token, anchor, pattern, sources)
                    sources = both_doers(sources)  # "both sides accused each other": each party (events/both.py)
                    joint = pattern.code[:2] in JOINT_ACT_ROOTS or pattern.name in frames.patterns.senses.reciprocal
                    if not sources and targets and token.pos_ == "NOUN" and {t.slot for t in targets} <= frames.patterns.senses.mutual_slots:
                        # "Talks between Israel and Hamas resumed": the sides do the act with each other.
                        sources, targets = pairs_among(targets)
                    if targets and len(sources) > 1 and joint and all(any(_own_forces(s, t) for s in sources) for t in targets):
                        targets = []  # "Japan and the Philippines held joint coast guard exercises": the kind of act, not its target
                    if not targets and len(sources) > 1 and joint:
                        # "Brazil and South Korea discussed …": an act between the members, one event per pair.
                        sources, targets = pairs_among(sources)
                    if not targets and len(sources) > 1 and done_to_each_other(token, frames.profile):
                        targets = list(sources)  # "accused each other": each side to the other (events/reciprocal.py)
                    # A verb, or a noun its light verb carries, whose act is told in full without its
                    # target ("demanded his resignation", "opened an investigation"): coded with no
                    # target when none is found, for the roots the language's patterns name.
                    senses = frames.patterns.senses
                    targetless = pattern.code[:2] in (
                        senses.targetless_roots if token.pos_ == "VERB" else senses.targetless_noun_roots if anchor is not token else ()
                    )
                    if not pattern.target_required and targets and sources:
                        # "ont déployé des renforts à Tbilissi": the source's own seat is where the act
                        # happens, not whom it is done to; the act stands without a target.
                        targets = [t for t in targets if t.route == "domestic" or not any(same_actor(s, t) for s in sources)]
                    targets = targets or facing_each_other(sources, pattern.code[:2])  # "both countries went on alert" (events/both.py)
                    if pattern.code[:2] in REQUEST_ROOTS and targets and all(_own_forces(s, t) for s in sources for t in targets):
                        continue  # "ordered its forces onto alert": a command to one's own forces, no demand
                    if token.pos_ == "VERB" and ordered_of_another(frames, token, ORDER_ROOTS):
                        continue  # "a ordonné à l'Ukraine de retirer ses troupes": asked for, not done
                    if _retold_by_participle(frames, token, pattern, killing) or toll_of_a_claimed_act(frames, token):
                        continue  # "dropped sarin on the town, killing 80 people": the attack's toll, not a second act
                    if token.pos_ == "VERB" and transports(frames, token, pattern):
                        continue  # "a rendu les corps à la Russie": a thing moved, no visit
                    if signs_at_home(frames, token, pattern.code, bool(targets)):
                        continue  # "signed a decree": a domestic legal act, no agreement (events/instruments.py)
                    if content_of_a_veto(frames, token):
                        continue  # "a opposé son veto à une déclaration condamnant la Chine": never adopted
                    if not sources or (pattern.target_required and not targets and not targetless):
                        continue
                    targets = both_parties(targets, sources)  # "urged both sides": each (events/both.py)
                    if len(sources) * max(1, len(targets)) > self.max_events_per_trigger:
                        continue  # a list of actors, not acts to code one by one
                    # An event noun without a light verb takes the mood of the verb it is the object
                    # of ("will pay a state visit", "n'a pas signé l'accord").
                    mood_anchor = anchor
                    if anchor is token and token.pos_ == "NOUN" and frames.grammar.is_object_of(token):
                        mood_anchor = token.head
                    status = modality_of(mood_anchor, frames.grammar, frames.profile, frames.patterns.senses.obligation_auxiliaries)
                    if status.kind == "purpose" and pattern.code[:2] in DONE_AS_PURPOSE_ROOTS:
                        # "ont marché sur New Delhi pour protester contre la réforme": marching is protesting,
                        # unless the verb coded that protest itself ("ont cessé le travail pour protester").
                        if purpose_told_by_governor(frames, token, pattern.code[:2], events):
                            continue
                        status = replace(status, codable=True, kind="asserted")
                    if not status.codable:
                        continue
                    if status.kind == "asserted" and self._dated_later(frames, [token, anchor]):
                        # "est attendu à Alger le 16 juillet prochain": an act dated after the
                        # article is announced, not done.
                        status = replace(status, kind="future")
                    code = pattern.code
                    if token.pos_ == "VERB":
                        # "a envoyé une aide militaire": the noun it carries names the act more precisely.
                        code = carried_code(frames, token, pattern, self.resources.ontology) or code
                    elif pledged:
                        code = self.resources.ontology.intent_code(code) or code
                    intent = self.resources.ontology.intent_code(code)
                    if status.kind == "future" and intent is not None and pattern.code[:2] != "03":
                        # "Xi will pay a state visit": a cooperative act announced for later is an
                        # intent in CAMEO (036 for a meeting), AGREE in PLOVER.
                        code = intent
                    elif status.kind == "future" and deployment_to_state(pattern, targets, frames.patterns.senses.deployment_slots):
                        code = DEPLOYMENT_INTENT_CODE  # "France will deploy troops to Romania"
                    elif anchor is not token and announced(frames, anchor) and deployment_to_state(pattern, targets, frames.patterns.senses.deployment_slots):
                        code = DEPLOYMENT_INTENT_CODE  # "announced the deployment of 3,000 troops to Poland"
                    if status.kind == "intended":
                        intender = frames.doc[status.intender]
                        code = intent
                        if code is None and deployment_to_state(pattern, targets, frames.patterns.senses.deployment_slots):
                            code = DEPLOYMENT_INTENT_CODE  # "agreed to deploy battlegroups to Bulgaria"
                        elif code is None and folded_lemma(intender) in frames.patterns.senses.decision_verbs:
                            # "The EU agreed to impose new sanctions on Russia": a decided act with no
                            # intent code is told as done.
                            code, status = pattern.code, replace(status, kind="asserted")
                        # The verb of intending may code itself ("a promis une aide"); when it found
                        # no act of its own ("a proposé de jouer les médiateurs"), the intent is coded here.
                        where = frames.offset + intender.idx
                        intender_coded = frames.pattern_of(intender) is not None and any(
                            e.trigger.start <= where < e.trigger.end for e in events
                        )
                        if code is None or intender_coded:
                            continue  # no intent code, or the verb of intending codes itself
                    if (threatened := force_not_ruled_out(frames, token, code, status.negated, sources)) is not None:
                        code, status, targets = THREAT_OF_FORCE, replace(status, negated=False), targets or threatened  # "did not rule out military action" (events/unruled.py)
                    made = self._events_for(frames, token, pattern, code, anchor, nouns, sources, targets, status, seen)
                    if status.kind == "intended":
                        made = once_per_intent(made, frames.paragraph, status.intender, seen)
                    if pattern.code[:2] in ORDER_ROOTS and token.pos_ == "VERB" and (not targets or not names_the_ordered(frames, token)):
                        orders.append(TargetlessOrder(frames, token, tuple(made)))
                    if not targets and token.pos_ == "VERB":
                        bare_acts.append(TargetlessAct(frames, token, pattern, tuple(made)))
                    if token.pos_ == "NOUN" and pattern.code[:2] == MEETING_ROOT and not targets and (span := setting_span(frames, token)):
                        settings.append(Setting(tuple(made), *span))  # "at a summit in Brussels" (events/settings.py)
                    events.extend(made)
        dropped = told_by_their_act(orders, events) | targetless_retold(events) | told_by_means(bare_acts, events)
        dropped |= scene_settings(settings, events)
        if dropped:
            events[:] = [e for e in events if e.event_id not in dropped]
        if self.statements:
            for frames in self.frames:
                events.extend(self._statements(frames, seen))
        return tuple(events)

    def _statements(self, frames: ParagraphFrames, seen: set[tuple]) -> list[Event]:
        """Plain statements, when asked for: "the minister said (that) …" is the speaker's 010, to
        whom it was said if named ("told Britain", "a déclaré à la France"). Not when the verb codes
        an act itself ("warned"), nor when what is said holds an act of the speaker's own, its
        stronger reading ("Russia said it would send troops" is an intent). The reported acts of
        others are coded as usual, beside the statement."""
        made: list[Event] = []
        profile = frames.profile
        for verb in tokens_with_pos(frames.doc, ("VERB",)):
            lemma = folded_lemma(verb)
            if lemma not in profile.reporting_verbs or len(verb.sent) > self.max_sentence_tokens:
                continue
            said = [c for c in verb.children if frames.grammar.clause_link(c) in SAID_CLAUSE_LINKS]
            where = frames.offset + verb.idx
            if not said or any(e.trigger.start <= where < e.trigger.end for e in self.events):
                continue
            # Whom it is said to: "told Poland", "a dit à la Pologne" (an object that is no actor, "said this", is none).
            pattern = Pattern("verb", lemma, (), STATEMENT_CODE, ("subj",), ("obj", "iobj", profile.dative_preposition), False, "", "", "")
            sources, targets = self._verb_roles(frames, verb, pattern)
            if not sources:
                continue
            speakers = {r.mention.actor.key for r in sources}
            start = frames.offset + min(t.idx for clause in said for t in clause.subtree)
            end = frames.offset + max(t.idx + len(t) for clause in said for t in clause.subtree)
            if any(start <= e.trigger.start < end and e.source.actor.key in speakers for e in self.events):
                continue  # what is said is the speaker's own act
            status = modality_of(verb, frames.grammar, profile, frames.patterns.senses.obligation_auxiliaries)
            if not status.codable:
                continue
            made.extend(self._events_for(frames, verb, pattern, STATEMENT_CODE, verb, [], sources, targets, status, seen))
        return made

    def _events_for(self, frames, token, pattern, code, anchor, nouns, sources, targets, status, seen) -> list[Event]:
        ontology = self.resources.ontology
        cameo = ontology.coding(code)
        plover = ontology.plover_for(code)
        if plover is not None and status.kind in ("future", "conditional") and plover.type in FUTURE_AS_AGREE:
            plover = PloverCoding("AGREE", None, plover.context)
        chain = _clause_chain(anchor, frames.grammar)
        anchors = [token, *[a for a in chain if a.i != token.i]]
        # A place that fills the source or a non-locative target slot is an actor here ("soutien à
        # l'Ukraine"); one the act goes to or the target was found in is also where it happened
        # ("est attendu à Alger", "a loudspeaker in South Korea").
        locatives = frames.profile.locative_prepositions
        # A target after a locative preposition is also where the act happened only for acts that
        # go there (a visit, planned or made, a march, a deployment, force): an apology or a loan
        # "au Suriname" is to it.
        there = cameo.root in GOING_THERE_ROOTS or cameo.code.startswith(INTENT_TO_MEET)
        used = {r.mention.head for r in sources} | {
            r.mention.head for r in targets if r.route == "direct" and (r.slot not in locatives or not there)
        }
        location = self.location(frames, anchors, used, nouns)
        if location is None and cameo.root in PLACE_TARGET_ROOTS:
            # Force used on a place happens there: "Kharkiv a été frappée", "bombardé le port d'Odessa".
            location = next(
                (self.place_at.get((frames.paragraph, r.mention.head)) for r in targets if (frames.paragraph, r.mention.head) in self.place_at),
                None,
            )
        when = self.date(frames, anchors, future=status.kind == "future")
        trigger = _trigger_span(token, pattern, frames)
        sentence = token.sent
        sentence_text = token.doc.text[sentence.start_char : sentence.end_char]  # ``Span.text`` joins token by token
        index = self.sentence_index[(frames.paragraph, sentence.start)]
        language = self.parsed.paragraphs[frames.paragraph].lang
        made: list[Event] = []
        # "the release of President Keita and other officials": the unnamed members of a side
        # whose named member is a target are that side again, not a second act.
        named = {t.mention.actor.key for t in targets if t.mention.actor.entity}
        targets = [t for t in targets if t.mention.actor.entity or t.mention.actor.key not in named]
        pairs = [(s, t) for s in sources for t in (targets or [None])]
        for source, target in pairs:
            target_key = target.mention.actor.key if target else None
            if target is not None and (
                target.mention is source.mention or (same_actor(source, target) and "domestic" not in (source.route, target.route))
            ):
                continue
            # Two actors of one country are two events ("l'armée soudanaise et les FSR"), and so
            # are two named people ("le gel des avoirs de Poutine et de Lavrov").
            target_who = (target.mention.actor.code, target.mention.actor.entity) if target else None
            key = (trigger.start, source.mention.actor.key, target_key, target_who)
            # One act told by a light verb that is also a pattern and its noun ("signed
            # agreements", "a exigé le retrait") is one event, not two.
            same_act = ("anchor", frames.paragraph, anchor.i, source.mention.actor.key, key[-1], cameo.root)
            if key in seen or same_act in seen:
                continue
            seen.update((key, same_act))
            pair_code = choose_sense(code, pattern, source.mention, target.mention if target else None, frames, nouns, token)
            pair_cameo, pair_plover = cameo, plover
            if pair_code != code:
                pair_cameo, pair_plover = ontology.coding(pair_code), ontology.plover_for(pair_code)
            event_id = hashlib.sha1(
                "\x1f".join(
                    [self.article.id, str(trigger.start), str(source.mention.span.start), str(target.mention.span.start) if target else "", pair_code]
                ).encode("utf-8")
            ).hexdigest()[:20]
            made.append(
                Event(
                    event_id=event_id,
                    article_id=self.article.id,
                    language=language,
                    sentence_index=index,
                    sentence=sentence_text,
                    trigger=trigger,
                    source=source.mention,
                    target=target.mention if target else None,
                    cameo=pair_cameo,
                    plover=pair_plover,
                    location=location,
                    date=when,
                    negated=status.negated,
                    modality=status.kind,
                    confidence=self.resources.calibration(confidence(
                        source.mention,
                        target.mention if target else None,
                        source.route,
                        target.route if target else "none",
                        status.kind,
                        pair_code,
                        status.negated,
                    ), language, target is not None),
                    evidence=(
                        f"pattern {pattern.kind} '{pattern.name}' → {pattern.code}" + (f", {'intended' if code[:2] == '03' != pattern.code[:2] else 'coded'} → {code}" if code != pattern.code else "")
                        + (f", sense → {pair_code}" if pair_code != code else ""),
                        f"source via {source.route}",
                        f"target via {target.route}" if target else "no target",
                        f"modality {status.kind}",
                    ),
                )
            )
        return made


__all__ = ["ArticleCoder", "EventResources"]
