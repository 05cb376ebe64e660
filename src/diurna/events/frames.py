"""Predicate–argument frames read off one parsed paragraph.

``ParagraphFrames`` answers, for a verb or an event noun: which tokens fill
which slot (with the parser's known misattachments repaired), who the
logical subject is (passives, coordinated verbs, control infinitives,
participles, relative clauses), and which actors a filler stands for
(directly, through coordination, a pronoun, an event noun's own actor, or
the owner of a thing: "la réunion des dirigeants du G7" → the G7).
"""

from __future__ import annotations

from functools import cached_property
from typing import Callable, Iterator

from spacy.tokens import Doc, Token

from ..actors.atoms import PERSON_LABELS
from ..columns import head_indices
from ..grammar import Grammar, conjuncts, has_feature, is_side_clause
from ..knowledge.actors import fold
from ..knowledge.language_profile import LanguageProfile
from ..knowledge.patterns import Pattern, PatternSet, folded_lemma
from ..records import ActorMention
from .absolute import opens_absolute_clause
from .adjunct_phrases import is_attribution, is_time_phrase
from .appositive import appositive_partners, apposed_title
from .cargo import cargo_words
from .companions import Companion, companions
from .context import repeated_noun_antecedent
from .hosts import host_participle, mediator_participle
from .relatives import antecedent_object, participle_object, relative_doers
from .represented import represented_sides
from .participation import lifted_participation
from .pronouns import (
    MAX_OWNER_DEPTH,
    antecedents_before,
    is_object_pronoun,
    main_clause_subjects,
    own_subject_owner,
    possessive_antecedent,
    pronoun_antecedent,
    quoted_speaker,
    relative_owner,
    reported_subjects,
)
from .roots import MEETING_ROOT
from .set_apart import clause_verb_of_object_clause
from .speaker import article_speaker
from .undone import ended_act

# The agent a thing noun takes from a participle on it ("the tanker seized by Iran").
PARTICIPLE_AGENT = "participle agent"
# Slots that name who owns a thing, in the order they are tried.
# Labels of the words that say whose a noun is: "Russian/amod warships", "US/nmod warplanes".
QUALIFIER_LINKS = frozenset({"amod", "nmod", "compound"})
# How a side coordinated inside a mention's span is named when it is a side too: an office or a sector
# ("the leaders of France and Germany"), or a seat of government ("delegations from Moscow and Kyiv").
COORDINATED_SIDE_HOWS = frozenset({"sector", "office", "seat"})
OWNER_SLOTS = ("agent", "de", "of", "amod", "poss", "compound", PARTICIPLE_AGENT)
# A participle's slots an event noun does not borrow (its agent is borrowed apart).
UNLENT_SLOTS = {"agent", "subj", "obj", "iobj", "poss", "amod", "compound", PARTICIPLE_AGENT}
# Clause links of what a reporting verb says: "said (that) …", "a déclaré : « … »".
SAID_CLAUSE_LINKS = {"ccomp", "parataxis"}
class ParagraphFrames:
    def __init__(
        self,
        doc: Doc,
        paragraph: int,
        grammar: Grammar,
        profile: LanguageProfile,
        patterns: PatternSet,
        mentions: list[ActorMention],
        paragraph_start: int,
        place_actors: dict[int, ActorMention] | None = None,
        anaphora: Callable[[Token, Pattern], list[ActorMention]] | None = None,
        undone: Callable[[str], str | None] | None = None,
    ) -> None:
        self.doc = doc
        self.paragraph = paragraph
        self.grammar = grammar
        self.profile = profile
        self.patterns = patterns
        self.mentions = mentions
        self.offset = paragraph_start
        # Toponyms standing for their country, used only for acts of force ("bombardé Kharkiv").
        self.place_actors = place_actors or {}
        # Who did an act named again with a demonstrative ("cette demande"): asked of the article.
        self.anaphora = anaphora
        # The code of the act that undoes one of a code (Ontology.undone_code): acts ended.
        self.undone = undone
        # Every paragraph's frames, for who "we" is in a statement (set by the article's coder).
        self.article: list[ParagraphFrames] = [self]
        self._arguments: dict[int, list[tuple[str, Token]]] = {}
        self._parsed_arguments: dict[int, list[tuple[str, Token]]] = {}
        self._patterns: dict[int, Pattern | None] = {}

    @cached_property
    def companions(self) -> list[Companion]:
        """The paragraph's companion phrases ("joined by", "aux côtés de": events/companions.py)."""
        return companions(self)

    # Actor mentions by token -------------------------------------------------

    @cached_property
    def mention_at(self) -> dict[int, ActorMention]:
        """Every token inside a mention's span → that mention; heads win over inner tokens."""
        found: dict[int, ActorMention] = {}
        for mention in self.mentions:
            span = self.doc.char_span(mention.span.start - self.offset, mention.span.end - self.offset, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                found.setdefault(token.i, mention)
        for mention in self.mentions:
            found[mention.head] = mention
        return found

    # Triggers ----------------------------------------------------------------

    def pattern_of(self, token: Token) -> Pattern | None:
        """The pattern a token triggers, if any (the longest expression whose words are present)."""
        if token.i not in self._patterns:
            self._patterns[token.i] = self._find_pattern(token)
        return self._patterns[token.i]

    def _find_pattern(self, token: Token) -> Pattern | None:
        if token.pos_ == "VERB":
            kind = "verb"
        elif token.pos_ == "NOUN":
            kind = "noun"
        else:
            return None
        candidates = self.patterns.for_token(kind, folded_lemma(token))
        if any(p.particles for p in candidates):
            words = self._particle_candidates(token)
            child_words = {fold(c.lemma_) for c in words} | {c.lower_ for c in words}
        else:
            child_words = set()
        matching = [pattern for pattern in candidates if all(p in child_words for p in pattern.particles)]
        if self.undone is not None:
            # "a cessé toute relation avec", "the suspension of aid": an act ended (events/undone.py).
            matching = ended_act(self, token, matching, self.undone)
        if not matching:
            return None
        # Among expressions as long, the one whose word is the object: "échanger leurs données sur
        # les tirs" shares data; it does not exchange fire.
        longest = [p for p in matching if len(p.particles) == len(matching[0].particles)]
        objects = {w for c in token.children if c.dep_ in ("obj", "dobj") for w in (fold(c.lemma_), c.lower_)}
        return next((p for p in longest if p.particles and set(p.particles) & objects), matching[0])

    def threatened_acts(self, verb: Token) -> list[tuple[Token, Token]]:
        """The words that may tell the act of a verb's complement clause, as (clause verb, word):
        the verb first, then the nouns it carries ("threatened to impose sanctions on …": impose,
        sanctions)."""
        found: list[tuple[Token, Token]] = []
        for clause in verb.children:
            if self.grammar.clause_link(clause) != "xcomp" or clause.pos_ != "VERB":
                continue
            found.append((clause, clause))
            # The nouns of the clause, short of a clause below it ("porter à 35 % les droits de douane").
            queue = list(clause.children)
            while queue:
                token = queue.pop(0)
                if token.pos_ in ("VERB", "AUX") and self.grammar.clause_link(token) is not None:
                    continue
                if token.pos_ == "NOUN":
                    found.append((clause, token))
                queue.extend(token.children)
        return found

    def shorter_patterns(self, token: Token) -> list[Pattern]:
        """The expressions a trigger also matches that are shorter than its own, longest first
        ("demand" under "demand release"): a fallback for who the act is done to."""
        chosen = self.pattern_of(token)
        if chosen is None or not chosen.particles:
            return []
        kind = "verb" if token.pos_ == "VERB" else "noun"
        words = self._particle_candidates(token)
        child_words = {fold(c.lemma_) for c in words} | {c.lower_ for c in words}
        found = [
            p for p in self.patterns.for_token(kind, folded_lemma(token))
            if len(p.particles) < len(chosen.particles) and all(w in child_words for w in p.particles)
        ]
        return sorted(found, key=lambda p: -len(p.particles))

    def _particle_candidates(self, token: Token) -> list[Token]:
        """The words that may complete a trigger's expression: its dependents, and the noun an
        amount it governs counts ("exchanged hundreds of prisoners": "exchange prisoner")."""
        words = [
            c for c in token.children
            if (not is_time_phrase(c) or c.lower_ in self.profile.deadline_prepositions)
            and not is_attribution(c, self.profile.attribution_prepositions)
            and not opens_absolute_clause(self, c)
        ]
        if antecedent_object(self, token) or participle_object(self, token):
            # "the sanctions that the EU lifted on Iran", "des renseignements fournis par la CIA":
            # the noun a relative clause or a participle is about, as the clause's object,
            # completes the verb's expression ("lift sanction", "fournir renseignement").
            words.append(token.head)
        sending = fold(token.lemma_) in self.profile.sending_verbs
        for child in token.children:
            if child.dep_ in ("obj", "dobj"):
                # "a décrété un couvre-feu et la mobilisation des réservistes": each object is the verb's.
                words += [c for c in child.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
            if sending and child.dep_ in ("obj", "dobj") and fold(child.lemma_) in self.profile.carrier_nouns:
                words += cargo_words(self.grammar, self.profile, token, child)  # "sent a rescue team" (events/cargo.py)
            elif child.dep_ in ("obj", "dobj") and self.is_quantity(child):
                words += [n for _, n in self._grammar_arguments(child) if n.pos_ == "NOUN"]
            elif child.dep_ == "prep" and child in words:
                # English hangs a noun on its preposition ("asked Tanzania for forgiveness", "agreed
                # to a ceasefire"); French hangs the preposition on the noun, already a dependent.
                # A named body's head completes it too ("took Myanmar to the International Court
                # of Justice": "take court").
                words += [n for n in child.children if n.dep_ == "pobj" and n.pos_ in ("NOUN", "PROPN")]
            elif child.dep_ == "advmod" and child in words:
                # "went back to the table": the noun of the adverb's preposition ("go table").
                words += [n for p in child.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
            # "put X and two officials on its sanctions list": the parser hangs the verb's phrase on
            # the object's last conjunct, or on a noun it takes for a conjunct of the verb.
            seconds = child.conjuncts if child.dep_ == "dobj" else [child] if child.dep_ == "conj" and child.pos_ == "NOUN" else []
            words += [n for c in seconds for p in c.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj" and n.pos_ == "NOUN"]
        return words

    def _grammar_arguments(self, head: Token) -> list[tuple[str, Token]]:
        """``grammar.arguments`` of a token, read once: the parse no longer changes (do not modify the list)."""
        if head.i not in self._parsed_arguments:
            self._parsed_arguments[head.i] = self.grammar.arguments(head)
        return self._parsed_arguments[head.i]

    def particle_tokens(self, token: Token, pattern: Pattern) -> set[int]:
        wanted = set(pattern.particles)
        return {c.i for c in self._particle_candidates(token) if fold(c.lemma_) in wanted or c.lower_ in wanted}

    # Arguments ---------------------------------------------------------------

    @cached_property
    def _repaired(self) -> tuple[dict[int, list[tuple[str, Token]]], set[tuple[int, int]]]:
        """Agent phrases the parser hung on the wrong word.

        A "par"/"by" phrase under an active verb or under a noun that is no
        event goes to the nearest participle or event noun before it, inside
        the same sentence ("débattre de l'invasion de l'Ukraine par la
        Russie": the invasion's agent, not the debate's).
        """
        added: dict[int, list[tuple[str, Token]]] = {}
        removed: set[tuple[int, int]] = set()
        # Only a word with dependents has arguments: the others are not asked.
        governors = sorted({head for i, head in enumerate(head_indices(self.doc)) if head != i})
        for token in (self.doc[i] for i in governors):
            for slot, filler in self._grammar_arguments(token):
                if slot != "agent":
                    continue
                head = token
                fine = (
                    (head.pos_ in ("VERB", "AUX") and self.grammar.is_passive(head))
                    or (head.pos_ == "NOUN" and self.pattern_of(head) is not None)
                    or self._is_bare_participle(head)
                )
                outer = head.head
                if (
                    head.pos_ == "NOUN"
                    and fine
                    and outer.pos_ == "NOUN"
                    and self.pattern_of(outer) is not None
                    and self._grammar_arguments(outer).count(("de", head)) == 1
                ):
                    # "la répression des manifestations par la police": an event noun's "de"
                    # complement is its patient; the "par" phrase names the outer act's agent.
                    added.setdefault(outer.i, []).append(("agent", filler))
                    removed.add((head.i, filler.i))
                    continue
                if fine:
                    continue
                # Back to the start of the clause: a finite verb other than the head closes the search.
                for i in range(filler.i - 1, filler.sent.start - 1, -1):
                    candidate = self.doc[i]
                    if candidate.i == head.i:
                        continue
                    if candidate.pos_ in ("VERB", "AUX") and has_feature(candidate, "VerbForm", "Fin"):
                        break
                    is_participle = self._is_bare_participle(candidate)
                    is_event_noun = candidate.pos_ == "NOUN" and self.pattern_of(candidate) is not None
                    # … else the active verb's own object ("a critiqué la gestion de la crise par …").
                    is_object = candidate.head.i == head.i and candidate.pos_ == "NOUN" and self.grammar.is_object_of(candidate)
                    if is_participle or is_event_noun or is_object:
                        added.setdefault(candidate.i, []).append(("agent", filler))
                        removed.add((head.i, filler.i))
                        break
        return added, removed

    @staticmethod
    def _is_bare_participle(token: Token) -> bool:
        """A participle used on its own ("la réunion tenue par…"), not in a compound tense ("a pris"),
        nor a present participle with an object ("une résolution condamnant la répression … par les
        autorités": the "par" phrase is the object's, an active participle takes no agent)."""
        return (
            token.pos_ in ("VERB", "ADJ")
            and has_feature(token, "VerbForm", "Part")
            and not any(c.dep_ in ("aux", "aux:tense") for c in token.children)
            and not (has_feature(token, "Tense", "Pres") and any(c.dep_ in ("obj", "dobj") for c in token.children))
        )

    def arguments(self, head: Token) -> list[tuple[str, Token]]:
        if head.i not in self._arguments:
            added, removed = self._repaired
            found = [(slot, f) for slot, f in self._grammar_arguments(head) if (head.i, f.i) not in removed]
            found += added.get(head.i, [])
            if head.pos_ == "NOUN":
                # A participle on a noun lends it its agent: "la guerre déclenchée par Poutine". A
                # thing's owner comes first ("Palestinian prisoners released by Israel").
                lent = "agent" if self.pattern_of(head) is not None else PARTICIPLE_AGENT
                meeting = lent == "agent" and self.pattern_of(head).code[:2] == MEETING_ROOT
                for child in head.children:
                    if meeting and host_participle(child, self.patterns.senses.host_participles) is not None:
                        continue  # "talks hosted by Turkey": the host is no participant (events/hosts.py)
                    if (own_pattern := self.pattern_of(child)) is not None and mediator_participle(child, own_pattern.code):
                        continue  # "a truce brokered by Russia": nor is the mediator (events/hosts.py)
                    if has_feature(child, "VerbForm", "Part") and child.dep_ in ("acl", "amod"):
                        agents = [(lent, f) for s, f in self.arguments(child) if s == "agent"]
                        found += agents
                        if lent == "agent" and agents:
                            # … and a participle that retells the act with its agent lends an event
                            # noun the phrases that say to whom: "les sanctions imposées par l'ONU à
                            # la Russie" (not "un prêt adossé aux avoirs russes").
                            own = {s for s, _ in found}
                            found += [(s, f) for s, f in self.arguments(child) if s not in own and s not in UNLENT_SLOTS]
                # … and so does a light verb's relative clause: "les frappes que la Russie a menées".
                for clause, subject in relative_doers(self, head):
                    own = {s for s, _ in found}
                    found.append((lent, subject))
                    if lent == "agent":
                        found += [(s, f) for s, f in self.arguments(clause) if s not in own and s not in UNLENT_SLOTS]
            self._arguments[head.i] = found
        return self._arguments[head.i]

    def fillers(self, head: Token, slot: str, exclude: set[int] = frozenset()) -> list[Token]:
        found = [f for s, f in self.arguments(head) if s == slot and f.i not in exclude]
        if not found and slot == self.profile.dative_preposition:
            # "fournir une aide à Kiev" and "lui fournir une aide": the clitic is the "à" phrase.
            found = [f for s, f in self.arguments(head) if s == "iobj" and f.i not in exclude]
        return found

    def nested_fillers(self, head: Token, slot: str) -> list[Token]:
        """``slot`` fillers on the object of ``head`` or on the nouns that modify it, two levels down
        ("prendre des mesures de réciprocité contre …")."""
        found: list[Token] = []
        frontier = list(self.objects(head)) if head.pos_ == "VERB" else [head]
        for _ in range(2):
            below: list[Token] = []
            for noun in frontier:
                found += self.fillers(noun, slot)
                below += [f for s, f in self.arguments(noun) if f.pos_ in ("NOUN", "PROPN")]
            frontier = below
        return found

    # Logical subject -----------------------------------------------------------

    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """Who does what ``verb`` says, found through the constructions that hide it."""
        if depth > 4:
            return []
        if (main := clause_verb_of_object_clause(self, verb)) is not None:
            return self.subjects(main, depth + 1)  # "…, lui reprochant" hung on the object (events/set_apart.py)
        passive = self.grammar.is_passive(verb)
        own = self.fillers(verb, "agent" if passive else "subj")
        if own:
            return [self._antecedent_of_relative(t, verb) for t in own]
        if passive:
            return []  # "a missile was fired": the actor is not said, and not the governor's subject
        link = self.grammar.clause_link(verb)
        governor = verb.head
        if link == "conj" and governor.i != verb.i:
            return self.subjects(governor, depth + 1)
        if link in ("xcomp", "advcl") and governor.i != verb.i:
            if folded_lemma(governor) in self.profile.object_control_verbs and not is_side_clause(verb):
                # "ordered the army to …", "a ordonné à l'armée de …": the one ordered acts (not "…, accusing").
                controllers = (
                    self.fillers(governor, "obj")
                    or self.fillers(governor, "iobj")
                    or self.fillers(governor, self.profile.dative_preposition)
                )
                # One that names no actor ("ordered the army to …") is the governor's own: its subject acts.
                if any(self.actors_of(c) for c in controllers):
                    return controllers
            if link == "xcomp" and governor.pos_ == "VERB" and self.grammar.is_passive(governor):
                # "is expected to meet", "was asked to leave": the passive's subject does the act.
                bearers = self.objects(governor)
                if bearers:
                    return bearers
            if governor.pos_ in ("VERB", "AUX"):
                return self.subjects(governor, depth + 1)
            if (
                governor.pos_ == "ADJ"
                and folded_lemma(governor) in self.profile.intention_verbs
                and governor.head.pos_ in ("VERB", "AUX")
                and governor.head.i != governor.i
            ):
                # "Russia is ready to negotiate": the subject of the copula the adjective completes
                # (only adjectives of intending: "is likely to attack" tells no act).
                return self.subjects(governor.head, depth + 1)
        if (
            governor.pos_ == "ADP"
            and (fold(governor.lemma_) in self.patterns.senses.gerund_prepositions or folded_lemma(governor.head) in self.profile.abstaining_verbs)
            and governor.head.pos_ in ("VERB", "AUX")
            and governor.head.i != governor.i
            and verb.pos_ == "VERB"
        ):
            # "Moscow responded by expelling ten Polish diplomats", "refrained from condemning": the gerund's act is the subject's.
            return self.subjects(governor.head, depth + 1)
        if link == "acl" and not passive and governor.pos_ in ("NOUN", "PROPN"):
            if (
                fold(governor.lemma_) in self.patterns.senses.document_nouns
                and self.grammar.is_object_of(governor)
                and not self.actors_of(governor)
            ):
                # "les députés ont adopté une résolution exigeant …": a text with no author named
                # says what those who adopt or issue it say.
                return self.subjects(governor.head, depth + 1)
            return [governor]
        return []

    def objects(self, verb: Token) -> list[Token]:
        """Direct objects, counting the noun a passive participle hangs on."""
        found = self.fillers(verb, "obj")
        if not found and self.grammar.clause_link(verb) == "acl" and self.grammar.is_passive(verb):
            found = [verb.head]
        return [self._antecedent_of_relative(t, verb) for t in found]

    def _antecedent_of_relative(self, token: Token, verb: Token) -> Token:
        if not self.grammar.is_relative_pronoun(token):
            return token
        if self.grammar.clause_link(verb) == "relcl":
            return verb.head
        # A relative clause the parser hung elsewhere: its antecedent is the noun just before it.
        for i in range(token.i - 1, token.sent.start - 1, -1):
            if self.doc[i].pos_ in ("NOUN", "PROPN"):
                return self.doc[i]
        return token

    # Support verbs -------------------------------------------------------------

    def quantity_carriers(self, noun: Token) -> list[Token]:
        """The amount nouns an event noun hangs from, innermost first ("10 milliards de dollars d'aide"),
        and the light nouns that only start or frame it ("l'ouverture d'une enquête")."""
        carriers: list[Token] = []
        current = noun
        for _ in range(3):
            head = current.head
            case = self.grammar.case_word(current)
            if head.pos_ == "ADP" and case is not None and case.i == head.i:
                head = head.head  # English hangs the noun on its preposition: "a wave of strikes"
            if head.i == current.i or head.pos_ in ("VERB", "AUX", "ADP"):
                break
            if not (self.is_quantity(head) or fold(head.lemma_) in self.patterns.senses.light_nouns):
                break
            carriers.append(head)
            current = head
        return carriers

    def quantities_below(self, noun: Token) -> list[Token]:
        """The amount nouns that hang below an event noun ("un prêt de 2,9 milliards de dollars au
        Sri Lanka": the target hangs on the amount)."""
        found: list[Token] = []
        frontier = [noun]
        for _ in range(2):
            frontier = [c for t in frontier for c in t.children if c.pos_ in ("NOUN", "NUM") and self.is_quantity(c)]
            found += frontier
        return found

    def is_quantity(self, token: Token) -> bool:
        return (
            token.pos_ == "NUM"
            or fold(token.lemma_) in self.profile.quantity_nouns
            or any(c.dep_ == "nummod" for c in token.children)
        )

    def support_verb(self, noun: Token) -> tuple[Token, str] | None:
        """The verb that only carries an event noun, and how: "object" for a light verb whose
        object it is ("imposer des sanctions", "launch strikes"), "participation" for a verb of
        taking part in it ("participer à la réunion")."""
        # Through quantities: "accorder 10 milliards de dollars d'aide", "sent tons of aid".
        carriers = self.quantity_carriers(noun)
        carrier = carriers[-1] if carriers else noun
        # Coordinated nouns share their light verb: "carried out killings and rapes".
        for _ in range(4):
            if self.grammar.clause_link(carrier) != "conj" or carrier.head.pos_ != "NOUN":
                break
            carrier = carrier.head
        means = self.means_verb(carrier)
        if means is not None:
            return means, "means"
        verb = carrier.head
        case = self.grammar.case_word(carrier)
        if case is not None and verb.i == case.i:
            verb = case.head  # the noun hangs on its preposition (English "remained on hunger strike")
        if verb.i == carrier.i or verb.pos_ not in ("VERB", "AUX"):
            lifted = lifted_participation(self, carrier)  # "a fait part au président de sa compassion"
            return (lifted, "participation") if lifted is not None else None
        noun = carrier
        if self.grammar.is_object_of(noun):
            # A light verb carries the noun even when it is an act of its own ("approuver le gel
            # des avoirs", "annoncer des sanctions"): the noun's act is the one reported.
            return (verb, "object") if folded_lemma(verb) in self.profile.support_verbs else None
        if self.pattern_of(verb) is not None:
            return None
        if case is None:
            return None
        words = {fold(c.lemma_) for c in verb.children if c.dep_ in ("obj", "dobj", "compound:prt", "prt")}
        expressions = {folded_lemma(verb)} | {f"{folded_lemma(verb)} {w}" for w in words}
        for expression, preposition in self.profile.participation_verbs.items():
            if expression in expressions and self.profile.slot_of_preposition(case.lower_) == preposition:
                return verb, "participation"
        return None

    def means_verb(self, noun: Token) -> Token | None:
        """The verb whose act a noun tells as its means ("Beijing retaliated with tariffs on …",
        "a riposté par des frappes"): the noun hangs on an active verb with no object through
        "with" or the agent's preposition, and that preposition names none of the verb's own
        parties ("met with officials", "a coopéré avec l'enquête")."""
        case = self.grammar.case_word(noun)
        if case is None:
            return None
        verb = noun.head if noun.head.pos_ != "ADP" else noun.head.head
        if verb.i == noun.i or verb.pos_ != "VERB" or self.grammar.is_passive(verb) or self.objects(verb):
            return None
        slot = self.profile.slot_of_preposition(case.lower_)
        if slot != "agent" and case.lower_ not in self.profile.comitative_prepositions:
            return None
        pattern = self.pattern_of(verb)
        if pattern is not None and (slot in pattern.target or slot in pattern.source):
            return None
        return verb

    def governing_verb(self, noun: Token) -> Token | None:
        """The verb a noun hangs on through a preposition or a noun of state ("placed on high alert",
        "a relevé son niveau d'alerte"), not as its subject."""
        current = noun
        for _ in range(3):
            head = current.head
            if head.i == current.i:
                return None
            if head.pos_ in ("VERB", "AUX"):
                if any(current.i == s.i for s in self.fillers(head, "subj")):
                    return None
                return head
            if head.pos_ == "NOUN" and fold(head.lemma_) not in self.patterns.senses.through_nouns:
                return None  # "leurs données d'alerte": alert data is no alert
            if head.pos_ == "ADV" and head.dep_ == "advmod" and self.grammar.case_word(current) is not None:
                current = head  # "lors d'une rencontre avec …": a preposition the parser took for an adverb
                continue
            if head.pos_ not in ("NOUN", "ADP"):
                return None
            current = head
        return None

    # Actors behind fillers -------------------------------------------------------

    def actors_of(
        self, token: Token, depth: int = 0, seen: frozenset[int] = frozenset(), where: bool = False
    ) -> list[ActorMention]:
        """The actors a filler stands for, one per coordinated member.

        With ``where``, a thing also stands for the state it is in: shelling "a
        loudspeaker in South Korea" targets South Korea.
        """
        found: list[ActorMention] = []
        for member in conjuncts(token):
            for mention in self._actors_of_one(member, depth, seen | {token.i}, where):
                if mention not in found:
                    found.append(mention)
        return found

    def _actors_of_one(self, token: Token, depth: int, seen: frozenset[int], where: bool) -> list[ActorMention]:
        mention = self.mention_at.get(token.i)
        if mention is not None and mention.actor.how == "domestic" and depth < MAX_OWNER_DEPTH:
            # "stormed its embassy in Quito": the country guessed for an office (where it stands,
            # or the article's) yields to the owner a possessive names.
            owners = [m for filler in self.fillers(token, "poss") if filler.i not in seen for m in self.actors_of(filler, depth + 1, seen, where)]
            owners = owners or relative_owner(self, token) or own_subject_owner(self, token)
            if owners:
                return owners
        if mention is not None:
            return [mention, *self._coordinated_sides(token, mention)]
        if where and token.i in self.place_actors:
            return [self.place_actors[token.i]]
        if depth >= MAX_OWNER_DEPTH:
            return []
        if token.pos_ in ("PRON", "DET") and has_feature(token, "Person", "1"):
            speaker = quoted_speaker(self, token) or article_speaker(self.article, token)
            return [speaker] if speaker else []
        if has_feature(token, "Poss", "Yes"):
            antecedent = possessive_antecedent(self, token)
            return [antecedent] if antecedent else []
        if token.pos_ == "PRON":
            speakers = reported_subjects(self, token) if token.lower_ in self.profile.subject_pronouns else []
            if len(speakers) > 1 and has_feature(token, "Number", "Plur"):
                return speakers  # "A, B and C announced that they would …": each of them
            if token.lower_ in self.profile.subject_pronouns and not speakers:
                main = main_clause_subjects(self, token)
                if main:
                    return main
            antecedent = pronoun_antecedent(self, token, depth)
            if antecedent is None and is_object_pronoun(self, token):
                return antecedents_before(self, token)
            return [antecedent] if antecedent else []
        if token.pos_ not in ("NOUN", "PROPN", "NUM"):
            return []
        if (token.pos_ == "PROPN" or token.ent_type_ in PERSON_LABELS) and (titled := apposed_title(self, token)):
            return titled
        # An act stands for whoever did it (condemning "l'invasion russe" targets Russia);
        # a thing for whoever owns it ("la réunion des dirigeants du G7").
        pattern = self.pattern_of(token)
        slots: tuple[str, ...] = (
            (*pattern.source, *self.profile.source_prepositions) if pattern is not None else OWNER_SLOTS
        )
        if where:
            slots = (*slots, *sorted(self.profile.locative_prepositions))
        if pattern is None and fold(token.lemma_) in self.profile.quantity_nouns:
            slots = tuple(s for s in slots if s != "amod")  # "dollars canadiens" is a currency, not an owner
        for slot in slots:
            for filler in self.fillers(token, slot):
                if filler.i not in seen:
                    found = self.actors_of(filler, depth + 1, seen, where)
                    if found:
                        return found
        if pattern is not None and self.anaphora is not None and (self.is_demonstrative(token) or self._definite_object(token)):
            return self.anaphora(token, pattern)
        if pattern is None:
            return repeated_noun_antecedent(self, token)
        return []

    def _coordinated_sides(self, token: Token, mention: ActorMention) -> list[ActorMention]:
        """The other countries of "Russian and Chinese warships" (actors headed by adjectives
        coordinated with one that qualifies ``token``; also names: "US and British warplanes") and
        of "the leaders of France and Germany"."""
        found: list[ActorMention] = []
        for child in token.children:
            if child.dep_ not in QUALIFIER_LINKS:
                continue
            members = list(_qualifiers_coordinated_with(child))
            # "chinois, russes et iraniens": the parse hangs the last on the middle one, a sibling
            # of the first; the middle one is a side too.
            members = [child, *members] if members else []
            for member in members:
                other = self.mention_at.get(member.i)
                if other is None or (member.i == child.i and other.actor.key == mention.actor.key):
                    continue
                if other is not mention and other.head == member.i and other not in found:
                    found.append(other)
        # "The leaders of France and Germany": a country coordinated with one inside the mention's
        # span, which the actors stage gave the mention's role (actors.mentions._office_sides).
        span = self.doc.char_span(mention.span.start - self.offset, mention.span.end - self.offset, alignment_mode="expand")
        if span is not None and mention.actor.sector is not None:
            for inner in span:
                if inner.i == token.i:
                    continue
                for member in list(conjuncts(inner))[1:]:
                    if span.start <= member.i < span.end:
                        continue
                    other = self.mention_at.get(member.i)
                    if (
                        other is not None and other is not mention and other.head == member.i
                        and other.actor.sector == mention.actor.sector and other.actor.how in COORDINATED_SIDE_HOWS
                        and other not in found
                    ):
                        found.append(other)
            # "Thai Prime Minister Phumtham and Cambodian Prime Minister Hun Manet" (events/appositive.py).
            found.extend(m for m in appositive_partners(mention, list(span), self.mention_at) if m not in found)
        # "Negotiators for the government and the ELN": each party spoken for (events/represented.py).
        found.extend(m for m in represented_sides(token, mention, self.mention_at, self.offset) if m not in found)
        return found

    def _definite_object(self, noun: Token) -> bool:
        """"Ukraine accused Russia of … The Kremlin rejected the accusations" ("a rejeté les
        accusations"): a definite act that a verb answers, named with no actor of its own, is one
        told before. Definite by the article's morphology, in either language."""
        return self.grammar.is_object_of(noun) and any(c.dep_ == "det" and has_feature(c, "Definite", "Def") for c in noun.children)

    @staticmethod
    def is_demonstrative(noun: Token) -> bool:
        return any(c.dep_ == "det" and (has_feature(c, "PronType", "Dem") or c.lower_ in ("this", "that", "these", "those")) for c in noun.children)



QUALIFIER_POS = frozenset({"ADJ", "PROPN", "NOUN"})


def _qualifiers_coordinated_with(qualifier: Token) -> Iterator[Token]:
    """The words coordinated with a noun's qualifier, a name and an adjective alike ("US/PROPN and
    British/ADJ warplanes"), which ``conjuncts`` keeps apart."""
    for child in qualifier.children:
        if child.dep_ == "conj" and child.pos_ in QUALIFIER_POS:
            yield child
            yield from _qualifiers_coordinated_with(child)
