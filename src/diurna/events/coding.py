"""From frames to coded events: one event per (trigger, source, target), with where and when.

Order of work per trigger: the pattern (verb, or event noun with its support
verb) → the source and target actors → the act's status (modality) →
location → date → CAMEO/PLOVER coding and confidence. An event needs a
source that resolves to a country or an organisation, and a target when its
pattern says so; at most one event is kept per (trigger, source, target).

Who the actors are is read in the modules around this one: a verb's own slots in
``verb_roles``, an event noun's in ``noun_roles``, the fallbacks when those leave a role
untold in ``untold`` (with ``elsewhere`` and ``domestic``); where in ``located``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Mapping

from spacy.attrs import POS
from spacy.tokens import Token

from ..columns import pos_ids, tokens_with_pos
from ..dates import DateExpression, date_expressions
from ..grammar import Grammar, has_feature
from ..knowledge.actors import fold
from ..knowledge.gazetteer import Gazetteer
from ..knowledge.language_profile import LanguageProfile
from ..knowledge.ontology import Ontology
from ..knowledge.patterns import NO_ACT_SENSE, Pattern, PatternSet, folded_lemma
from ..places import choose
from ..records import Actor, ActorMention, Event, EventDate, ParsedArticle, PlaceMention, PloverCoding, TextSpan
from .accepted import accepted_by_verb, accepted_code, accepted_proposal
from .both import both_parties, facing_each_other
from .carried import TargetlessAct, carried_code, once_per_intent, pledged_by_verb, told_by_means
from .claimed import claimers, said_acts, toll_of_a_claimed_act
from .confidence import Calibrations, confidence
from .deployments import DEPLOYMENT_INTENT_CODE, announced, deployment_to_state
from .domestic import PROTEST_ROOT, SELF_TARGET_SLOT, ArticleIndex, people_at_home, people_not_rulers, people_where_hit
from .frames import SAID_CLAUSE_LINKS, ParagraphFrames
from .instruments import document_signed, signs_at_home
from .located import place_gone_to, place_in_clause, place_of_governing_clause, place_of_participant
from .mediated import MEDIATION_CODE, mediated_parties
from .modality import alleged_by_qualifier, asked_object, condemned_as_done, modality_of, prospective_noun
from .nominal import received_things, speaker_owned_subjects, told_doers, transports
from .noun_roles import NounEvent, noun_roles
from .occasions import occasion_verb
from .orders import TargetlessOrder, names_the_ordered, ordered_of_another, told_by_their_act
from .overlap import purpose_told_by_governor, targetless_retold, told_twice
from .performed import performed_in_saying
from .purposes import purpose_governor, told_by_trip
from .reciprocal import aimed_at_each_other
from .refusals import refused_act_roles
from .refused import refusal_code, refused_by_its_doer
from .relatives import carried_by_relative
from .requested import requested_code
from .roles import PAIRED_SLOT, Role, roles_of, same_actor
from .roots import ABOUT_ACTS_ROOTS, DESTINATION_CODES, MEETING_ROOT, PERSONAL_TARGET_ROOTS, PLACE_TARGET_ROOTS, REQUEST_ROOTS
from .rulers import protested_rulers
from .senses import choose_sense
from .settings import Setting, scene_settings, setting_span
from .slots import slot_fillers
from .solidarity import acted_in_solidarity
from .sponsors import sponsorships
from .stoppages import labour_strike
from .threats import ANNOUNCED_MOODS, PROTEST_THREAT, THREAT_ROOT, force_announced_by_speaker, set_apart_governor, threatened_by_governor
from .tolls import retold_by_participle
from .trigger_spans import trigger_span
from .unruled import THREAT_OF_FORCE, force_not_ruled_out
from .undone import ended_by_governor, ended_places, stopped_by
from .untold import own_forces, untold_roles
from .verb_roles import shorter_roles, verb_roles
from .vetoes import content_of_a_veto
from .withheld import meeting_other_side

# Parts of speech (ids, as in the ``POS`` column) of the words that may trigger: verbs and event nouns.
TRIGGER_POS = pos_ids(("VERB", "NOUN"))
# PLOVER: consultations, support, cooperation and aid reported in the future are AGREE.
FUTURE_AS_AGREE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID"})


@dataclass(frozen=True, slots=True)
class EventResources:
    ontology: Ontology
    patterns: dict[str, PatternSet]
    grammars: dict[str, Grammar]
    profiles: dict[str, LanguageProfile]
    gazetteer: Gazetteer
    calibration: Calibrations
    # The body a state's veto is cast against, by state (events/vetoes.py veto_bodies).
    veto_bodies: Mapping[str, Actor] = field(default_factory=dict)


# Roots of acts that go where their target is (visits and meetings, marches, force), and the code
# of a meeting intended: their target after a locative preposition is also where they happened.
GOING_THERE_ROOTS = PERSONAL_TARGET_ROOTS | PLACE_TARGET_ROOTS | {"14"}
INTENT_TO_MEET = "036"
# Roots of acts done by the very act a purpose clause is the aim of ("ont manifesté pour protester").
DONE_AS_PURPOSE_ROOTS = frozenset({"14"})
# Roots of orders: one with no one ordered is told by the act it orders (events/orders.py).
ORDER_ROOTS = frozenset({"10"})
# A plain statement ("the minister said that …"), coded only when asked for ([coding] statements).
STATEMENT_CODE = "010"


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


def _who(actor: Actor) -> str:
    """The actor's part of an event id: its code and the person it names."""
    return f"{actor.code or ''}/{actor.entity or ''}"


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
                    resources.ontology.undone_code,
                )
            )
        for frames in self.frames:
            frames.article = self.frames
        self.place_at = {(p.paragraph, p.head): p for p in places}
        self.places = places
        self.noun_events: list[NounEvent] = []
        self.index = ArticleIndex(self.place_at, sentence_index, resources.veto_bodies)
        self.events: list[Event] = []
        # Date expressions by (paragraph, sentence start, future): asked once per trigger and again
        # per coded act, and the date scan is the costly part of dating.
        self._dates: dict[tuple[int, int, bool], list[DateExpression]] = {}

    # Where -------------------------------------------------------------------------

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

    def location(self, frames: ParagraphFrames, anchors: list[Token], used: set[int], nouns: list[Token], root: str) -> PlaceMention | None:
        return (
            place_in_clause(frames, anchors, used, self.place_at, about_acts=root in ABOUT_ACTS_ROOTS)
            or self._place_by_anaphora(frames, nouns)
            or place_of_governing_clause(frames, anchors, used, self.place_at)
            or place_of_participant(frames, anchors, used, self.place_at)
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
            first = frames.doc[best.start]
            text = frames.doc[best.start : best.end].text  # as doc.text[first.idx : last.idx + len(last.text)]
            span = TextSpan(text, frames.offset + first.idx, frames.offset + first.idx + len(text))
            return EventDate(best.date, best.precision, "text", span)
        if self.article.published is not None:
            return EventDate(self.article.published, "day", "article")
        return EventDate(None, None, None)

    # What ------------------------------------------------------------------------------

    def _target_nouns(self, frames: ParagraphFrames, head: Token, pattern: Pattern) -> list[Token]:
        nouns = []
        for slot in pattern.target:
            for filler in slot_fillers(frames, head, slot, set()):
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

    def _act_roles(self, frames: ParagraphFrames, act: Token) -> tuple[list[Role], list[Role]]:
        """(sources, targets) of the act of a verb or event noun, read from its own slots."""
        pattern = frames.pattern_of(act)
        if pattern is None:
            return [], []
        if act.pos_ == "VERB":
            return verb_roles(frames, act, pattern, self.index, self.noun_events)
        sources, targets, _, _ = noun_roles(frames, act, pattern, self.place_at, self.noun_events)
        return sources, targets

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
                    if token.pos_ == "NOUN" and (carried_by_relative(frames, token) or ended_by_governor(frames, token) or alleged_by_qualifier(token, frames.profile)):
                        continue  # "the sanctions that the EU lifted", "lifted sanctions": the verb tells the act (events/undone.py); "alleged atrocities"
                    if token.pos_ == "NOUN":
                        sources, targets, support, anaphoric = noun_roles(frames, token, pattern, self.place_at, self.noun_events)
                        pattern = labour_strike(pattern, sources, frames.patterns.senses.stoppage_nouns)  # events/stoppages.py
                        pattern, sources, targets = acted_in_solidarity(frames, token, pattern, sources, targets)  # events/solidarity.py
                        if anaphoric:
                            continue  # the same act named again: coded where it was first told
                        sources = roles_of(frames, told_doers(frames, token, support)) or sources  # "said it was behind the bombing" (events/claimed.py)
                        sources, targets = refused_act_roles(frames, token, pattern.code, sources, targets)  # "le refus de X d'accueillir Y" (events/refusals.py)
                        # "pledged financial support for Moldova", "approved the truce": an intent (events/accepted.py).
                        pledged = pledged_by_verb(frames, token, pattern, self.resources.ontology) or accepted_by_verb(frames, token, pattern)
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
                            self.noun_events.append(NounEvent(fold(token.lemma_), sources, targets))
                        anchor = support or token
                        nouns = [token]
                    else:
                        pledged = False
                        sources, targets = verb_roles(frames, token, pattern, self.index, self.noun_events)
                        if all(r.mention.actor.how == "domestic" for r in sources) and "subj" in pattern.source:  # "said its jets struck …": the speaker's, not a guessed country
                            sources = roles_of(frames, speaker_owned_subjects(frames, token)) or sources
                        targets = received_things(frames, token, pattern.code, targets)
                        if len(sources) > 1 and aimed_at_each_other(token, frames.profile):
                            targets = list(sources)  # "shelled each other's positions near X" (events/reciprocal.py)
                        if not targets and pattern.particles and pattern.target:
                            sources, targets = shorter_roles(frames, token, sources, self.index, self.noun_events)
                        # "journalists detained by the police": the agent the noun borrows from its
                        # participle is the source, not the target.
                        targets = [t for t in targets if all(t.mention is not s.mention for s in sources)]
                        anchor = token
                        nouns = self._target_nouns(frames, token, pattern)
                    sources, targets = untold_roles(frames, token, anchor, pattern, sources, targets, events, self.index, self.noun_events)
                    if not targets and pattern.code.startswith(MEDIATION_CODE):
                        targets = mediated_parties(frames, token, sources, lambda act: self._act_roles(frames, act))  # events/mediated.py
                    if not targets:  # "declined to attend a meeting with Armenia" (events/withheld.py)
                        targets = meeting_other_side(frames, token, pattern, sources, lambda act: self._act_roles(frames, act))
                    killing = pattern.name in frames.patterns.senses.killing_verbs
                    # A verb, or a noun its light verb carries, whose act is told in full without its
                    # target ("demanded his resignation", "opened an investigation"): coded with no
                    # target when none is found, for the roots the language's patterns name.
                    senses = frames.patterns.senses
                    targetless = pattern.code[:2] in (
                        senses.targetless_roots if token.pos_ == "VERB" else senses.targetless_noun_roots if anchor is not token else ()
                    ) or (
                        # "a revendiqué l'embuscade": a claimed act is told in full (events/claimed.py)
                        token.pos_ == "NOUN" and pattern.code[:2] in senses.targetless_claimed_roots and bool(claimers(frames, token))
                    )
                    if SELF_TARGET_SLOT in pattern.target and targets and sources:
                        targets = people_at_home(frames, targets, sources, self.index)  # "a curfew in Nairobi": on its people
                    if not pattern.target_required and targets and sources:
                        # "ont déployé des renforts à Tbilissi": the source's own seat is where the act
                        # happens, not whom it is done to; the act stands without a target.
                        targets = [t for t in targets if t.route == "domestic" or t.slot == PAIRED_SLOT or not any(same_actor(s, t) for s in sources)]
                    targets = targets or facing_each_other(sources, pattern.code[:2])  # "both countries went on alert" (events/both.py)
                    if pattern.code[:2] in REQUEST_ROOTS and targets and all(own_forces(s, t) for s in sources for t in targets):
                        continue  # "ordered its forces onto alert": a command to one's own forces, no demand
                    if token.pos_ == "VERB" and ordered_of_another(frames, token, ORDER_ROOTS):
                        continue  # "a ordonné à l'Ukraine de retirer ses troupes": asked for, not done
                    if retold_by_participle(frames, token, pattern, killing) or toll_of_a_claimed_act(frames, token):
                        continue  # "dropped sarin on the town, killing 80 people": the attack's toll, not a second act
                    if threatened_by_governor(frames, token):
                        continue  # "warned that it would strike the bases": threatened, not done (events/threats.py)
                    if token.pos_ == "VERB" and transports(frames, token, pattern):
                        continue  # "a rendu les corps à la Russie": a thing moved, no visit
                    if signs_at_home(frames, token, pattern.code, bool(targets)):
                        continue  # "signed a decree": a domestic legal act, no agreement (events/instruments.py)
                    if document_signed(frames, token, pattern.code):
                        continue  # "a signé la déclaration commune": the document, not a statement (events/instruments.py)
                    if refused_by_its_doer(frames, token, pattern, sources) or accepted_proposal(frames, token):
                        continue  # "ruled out direct talks with Belize": refused, not held (events/refused.py, accepted.py)
                    if content_of_a_veto(frames, token):
                        continue  # "a opposé son veto à une déclaration condamnant la Chine": never adopted
                    if not sources or (pattern.target_required and not targets and not targetless):
                        continue
                    targets = both_parties(targets, sources)  # "urged both sides": each (events/both.py)
                    if sum(1 for s in sources for t in targets or [s] if t is s or not same_actor(s, t)) > self.max_events_per_trigger:
                        continue  # a list of actors, not acts to code one by one
                    # An event noun without a light verb takes the mood of the verb it is the object
                    # of ("will pay a state visit", "n'a pas signé l'accord").
                    mood_anchor = anchor
                    trip = purpose_governor(frames, token) if anchor is token and token.pos_ == "NOUN" else None
                    if asked_object(token, frames.grammar, frames.profile):
                        continue  # "demanded a meeting with": only asked for (events/modality.py)
                    if anchor is token and token.pos_ == "NOUN" and frames.grammar.is_object_of(token) and not condemned_as_done(frames, token):
                        mood_anchor = token.head
                    elif (clause := trip or (occasion_verb(frames, token, pattern) if anchor is token and token.pos_ == "NOUN" else None)) is not None:
                        mood_anchor = clause  # "will travel to Seoul for talks" (events/purposes.py), "told X in a call" (events/occasions.py)
                    if token.pos_ == "VERB" and (stopping := stopped_by(frames, token, pattern)) is not None:
                        mood_anchor = stopping  # "a cessé de reconnaître Taïwan": done as the stopping is (events/undone.py)
                    if token.pos_ == "VERB" and pattern.code[:2] == THREAT_ROOT:
                        mood_anchor = set_apart_governor(frames, token) or mood_anchor  # "…, menaçant de" (events/threats.py)
                    status = modality_of(mood_anchor, frames.grammar, frames.profile, frames.patterns.senses.obligation_auxiliaries)
                    if status.kind == "purpose" and pattern.code[:2] in DONE_AS_PURPOSE_ROOTS:
                        # "ont marché sur New Delhi pour protester contre la réforme": marching is protesting,
                        # unless the verb coded that protest itself ("ont cessé le travail pour protester").
                        if purpose_told_by_governor(frames, token, events):
                            continue
                        status = replace(status, codable=True, kind="asserted")
                    if not status.codable:
                        continue
                    if status.kind == "asserted" and self._dated_later(frames, [token, anchor]):
                        # "est attendu à Alger le 16 juillet prochain": an act dated after the
                        # article is announced, not done.
                        status = replace(status, kind="future")
                    elif status.kind == "asserted" and prospective_noun(token, frames.quantity_carriers(token), frames.profile):
                        status = replace(status, kind="future")  # "a annoncé la reprise prochaine des consultations"
                    code = pattern.code
                    if token.pos_ == "VERB":
                        # "a envoyé une aide militaire": the noun it carries names the act more precisely.
                        code = carried_code(frames, token, pattern, self.resources.ontology) or accepted_code(frames, token, self.resources.ontology) or code
                    elif pledged:
                        code = self.resources.ontology.intent_code(code) or code
                    # "urged both sides to resume talks", "a call for talks": an appeal for a meeting, 026 (events/requested.py)
                    code = requested_code(frames, token, code, self.resources.ontology) or code
                    intent = self.resources.ontology.intent_code(code)
                    if status.kind == "future" and intent is not None and pattern.code[:2] != "03":
                        # "Xi will pay a state visit": a cooperative act announced for later is an
                        # intent in CAMEO (036 for a meeting), AGREE in PLOVER.
                        code = intent
                    elif status.kind == "future" and deployment_to_state(pattern, targets, frames.patterns.senses.deployment_slots):
                        code = DEPLOYMENT_INTENT_CODE  # "France will deploy troops to Romania"
                    elif anchor is not token and announced(frames, anchor) and deployment_to_state(pattern, targets, frames.patterns.senses.deployment_slots):
                        code = DEPLOYMENT_INTENT_CODE  # "announced the deployment of 3,000 troops to Poland"
                    if status.kind == "intended" and performed_in_saying(frames.doc[status.intender], code):
                        status = replace(status, kind="asserted")  # "I want to thank …": thanked (events/performed.py)
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
                    if trip is not None and told_by_trip(frames, trip, code, events):
                        continue  # the trip's verb coded the intended meeting already
                    if status.negated and status.kind in ANNOUNCED_MOODS and (refusal := refusal_code(self.resources.ontology, token, pattern.code)) is not None:
                        code, status = refusal, replace(status, negated=False)  # "will not negotiate with X": a refusal (events/refused.py)
                    if (threatened := force_not_ruled_out(frames, token, code, status.negated, sources)) is not None:
                        code, status, targets = THREAT_OF_FORCE, replace(status, negated=False), targets or threatened  # "did not rule out military action" (events/unruled.py)
                    elif force_announced_by_speaker(frames, token, code):
                        code, status = THREAT_OF_FORCE, replace(status, kind="asserted")  # "said it would attack X": a threat (events/threats.py)
                    elif status.kind in ANNOUNCED_MOODS and code[:2] == PROTEST_ROOT:
                        code, status = PROTEST_THREAT, replace(status, kind="asserted")  # "would begin a strike on Monday unless …": a threat of it
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
        for frames in self.frames:
            events.extend(self._sponsored(frames, seen))  # "met at the invitation of Malaysia" (events/sponsors.py)
            events.extend(self._said_acts(frames, seen))  # "said its fighters carried out the bombing" (events/claimed.py)
        dropped = told_by_their_act(orders, events) | targetless_retold(events) | told_by_means(bare_acts, events)
        dropped |= scene_settings(settings, events)
        dropped |= told_twice([e for e in events if e.event_id not in dropped])
        if dropped:
            events[:] = [e for e in events if e.event_id not in dropped]
        if self.statements:
            for frames in self.frames:
                events.extend(self._statements(frames, seen))
        return tuple(events)

    def _parties_of(self, frames: ParagraphFrames, act: Token) -> list[Role]:
        """The parties of an act: the actors of its events as coded, else its own slots."""
        where = frames.offset + act.idx
        coded = [Role(m, "inherited") for e in self.events if e.trigger.start <= where < e.trigger.end for m in (e.source, e.target) if m]
        if coded:
            return coded
        sources, targets = self._act_roles(frames, act)
        return [*sources, *targets]

    def _sponsored(self, frames: ParagraphFrames, seen: set[tuple]) -> list[Event]:
        """The sponsor of an act between parties hosts or mediates with each (events/sponsors.py)."""
        made: list[Event] = []
        for found in sponsorships(frames, lambda act: self._parties_of(frames, act)):
            anchor = found.anchor
            status = modality_of(anchor, frames.grammar, frames.profile, frames.patterns.senses.obligation_auxiliaries)
            if not status.codable or status.kind == "intended":
                continue
            code = found.code
            if status.kind == "future":
                code = self.resources.ontology.intent_code(code) or code  # "will meet at the invitation of …": 036
            pattern = Pattern("verb" if found.word.pos_ == "VERB" else "noun", folded_lemma(found.word), (), code, (), (), True, "", "", "")
            made.extend(self._events_for(frames, found.word, pattern, code, anchor, [], list(found.sponsors), list(found.parties), status, seen))
        return made

    def _said_acts(self, frames: ParagraphFrames, seen: set[tuple]) -> list[Event]:
        """Acts done by saying: claims of one's own assault, accusations (events/claimed.py)."""
        made: list[Event] = []
        for verb, code, sources, targets in said_acts(frames, self.events):
            status = modality_of(verb, frames.grammar, frames.profile, frames.patterns.senses.obligation_auxiliaries)
            if status.codable and status.kind != "intended":
                pattern = Pattern("verb", folded_lemma(verb), (), code, ("subj",), (), False, "", "", "")
                made.extend(self._events_for(frames, verb, pattern, code, verb, [], [Role(m, "inherited") for m in sources], [Role(m, "direct") for m in targets], status, seen))
        return made

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
            sources, targets = verb_roles(frames, verb, pattern, self.index, self.noun_events)
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
        # A target after a locative preposition is also where the act happened only for acts that go
        # there (a visit, planned or made, a march, a deployment, force): a loan "au Suriname" is to it.
        ended = ended_places(frames, token, pattern, self.place_at)  # "lifted sanctions on Syria": done at home (events/undone.py)
        there = (cameo.root in GOING_THERE_ROOTS or cameo.code.startswith(INTENT_TO_MEET)) and not ended
        used = {r.mention.head for r in sources} | {
            r.mention.head for r in targets if r.route == "direct" and (r.slot not in locatives or not there)
        } | ended
        location = self.location(frames, anchors, used, nouns, cameo.root)
        if location is None and cameo.code.startswith(DESTINATION_CODES):
            location = place_gone_to(frames, anchors, self.place_at)
        if location is None and cameo.root in PLACE_TARGET_ROOTS and not ended:
            # Force used on a place happens there: "Kharkiv a été frappée", "bombardé le port d'Odessa";
            # not the state a show of force answers ("on alert amid a row with Turkey": inherited).
            location = next(
                (
                    self.place_at.get((frames.paragraph, r.mention.head))
                    for r in targets
                    if (frames.paragraph, r.mention.head) in self.place_at and r.route != "inherited"
                ),
                None,
            )
        # The dateline's place last: the sentence's own places, a visit's destination or the place
        # force was used on come first ("WASHINGTON - … Moscow's invasion of Ukraine").
        location = location or self._dateline_place()
        targets = people_where_hit(targets, sources, location, cameo.root)  # civilians of where it happened (events/domestic.py)
        when = self.date(frames, anchors, future=status.kind == "future")
        trigger = trigger_span(token, pattern, frames)
        sentence = token.sent
        sentence_text = self.parsed.article.text[frames.offset + sentence.start_char : frames.offset + sentence.end_char]  # ``Span.text``, ``Doc.text`` join word by word
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
            if pair_code == NO_ACT_SENSE:
                continue  # "welcomed two million tourists": no act between actors (events/object_senses.py)
            pair_cameo, pair_plover = cameo, plover
            if pair_code != code:
                pair_cameo, pair_plover = ontology.coding(pair_code), ontology.plover_for(pair_code)
                # "rebels torched villages": on the people; "des agriculteurs bloquent les routes": on their rulers.
                target = people_not_rulers(target, code, pair_code) or protested_rulers(frames, token, source, code, pair_code, self.index)
            # The actors are part of the id: one phrase can name two of them ("les deux pays").
            event_id = hashlib.sha1(
                "\x1f".join(
                    [
                        self.article.id,
                        str(trigger.start),
                        str(source.mention.span.start),
                        _who(source.mention.actor),
                        str(target.mention.span.start) if target else "",
                        _who(target.mention.actor) if target else "",
                        pair_code,
                    ]
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
                    negated=status.negated or pattern.negated,
                    modality=status.kind,
                    confidence=self.resources.calibration(confidence(
                        source.mention,
                        target.mention if target else None,
                        source.route,
                        target.route if target else "none",
                        status.kind,
                        pair_code,
                        status.negated or pattern.negated,
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
