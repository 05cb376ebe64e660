"""Acts whose doer is who claims them.

"L'État islamique a revendiqué l'embuscade qui a coûté la vie à douze soldats", "al-Shabaab
claimed responsibility for the bombing that killed 12 soldiers": an act of force that a group
claims (CAMEO 015, claim responsibility) was done by that group. The claim is coded as itself;
the act it names takes the claimer as its source, and a relative clause telling the act's toll
("qui a tué douze soldats") is that act's toll, not a second act (``tolls.py`` reads its victims).
A verb of force whose doer no one names ("a suicide bomber", "gunmen") told beside or inside a
claimed act ("A suicide bomber killed 12 people, in an attack claimed by al-Shabaab", "claimed the
attack on a mosque where a gunman opened fire") was done for the claimer (``claimed_act_doers``).
An armed group telling its own assault claims it too ("said three of its men set off
…", "said it was behind the attack", "a affirmé être à l'origine de …": ``spoken_claims``,
``authors``); a state's army telling its strikes reports them and claims nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..knowledge.patterns import folded_lemma
from .alleged import ACCUSATION_CODE, alleged_acts
from .roots import FORCE_OUTCOME_ROOTS

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of a claim of responsibility.
CLAIM_CODE = "015"
# How far up from the act's noun the claiming verb is looked for ("responsibility for → the bombing").
MAX_CLIMB = 3
# How far up from a verb of force the claimed act it is told inside is looked for ("the raid → on
# → a hotel → in → Baidoa → where gunmen opened fire").
MAX_ACT_CLIMB = 6
# Links of the clauses told with a verb of force, where the act it is may be named.
CLAUSE_LINKS = frozenset({"conj", "advcl"})


def _claims(frames: ParagraphFrames, verb: Token, noun: Token) -> bool:
    """Whether a participle hung on a noun claims responsibility: by its own expression, or by one
    the noun completes ("a bombing claimed by JNIM within hours": "claim bombing"; the event noun
    keeps its own act, so the participle's expression is not read with it, ``relatives.py``)."""
    claim = frames.pattern_of(verb)
    if claim is not None:
        return claim.code == CLAIM_CODE
    words = {fold(noun.lemma_), noun.lower_}
    return any(p.code == CLAIM_CODE and set(p.particles) <= words for p in frames.patterns.for_token("verb", folded_lemma(verb)))


def claimers(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The subjects of the claim of responsibility whose object (or phrase) is the event noun ``noun``."""
    if noun.pos_ != "NOUN":
        return []
    pattern = frames.pattern_of(noun)
    if pattern is None or pattern.code[:2] not in FORCE_OUTCOME_ROOTS:
        return []
    for clause in noun.subtree:
        # "l'embuscade, sur la route de Kaya, revendiquée par le JNIM": the claim told by a
        # participle on the act's phrase (the parser may hang it on a noun of the phrase).
        if clause.pos_ == "VERB" and frames.grammar.clause_link(clause) == "acl" and _claims(frames, clause, clause.head):
            return frames.fillers(clause, "agent")
    verb = noun.head
    for _ in range(MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i or verb.pos_ not in ("ADP", "NOUN"):
            break
        verb = verb.head
    claim = frames.pattern_of(verb) if verb.pos_ == "VERB" else None
    if claim is None or claim.code != CLAIM_CODE:
        return authors(frames, noun)  # owned up to as well ("assure être à l'origine du massacre")
    return frames.subjects(verb)


def _claimers_or_relative(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The claimers of an act's noun, or the speaker of a relative clause on it saying it did the act
    (``relative_claims``): the doer of the verb the noun retells ("Gunmen abducted 40 pupils, an
    abduction that the group said it had carried out"). The noun alone is not told in full by such a
    clause: it keeps its own need of a target."""
    return claimers(frames, noun) or [s for _, s in relative_claims(frames, noun)]


# Clause links of a relative clause on a noun ("that X said …": relcl; "que X a affirmé …": the
# French parser's acl) and of what its reporting verb says ("it had carried out", "avoir menée").
RELATIVE_LINKS = frozenset({"relcl", "acl"})
TOLD_LINKS = frozenset({"ccomp", "xcomp"})


def _retold_verb(noun: Token) -> Token:
    """The verb a noun set beside the clause's words retells ("abducted 40 pupils …, on Monday, a
    kidnapping …" → abducted), else the noun."""
    current = noun
    for _ in range(MAX_ACT_CLIMB):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ == "VERB":
            return current
    return noun


def relative_claims(frames: ParagraphFrames, noun: Token) -> list[tuple[Token, Token]]:
    """(reporting verb, its subject) of a relative clause on an act's noun in which the subject says it
    did the act: "a kidnapping which the group afterwards said it had staged", "un enlèvement que
    l'État islamique a affirmé avoir mené". The clause opens on its relative word, its reporting verb
    says a light verb ("carry out", "mener") whose object is that word or nothing else and whose
    subject, if any, is a pronoun: the speaker's own doing."""
    if noun.pos_ != "NOUN" or (pattern := frames.pattern_of(noun)) is None or pattern.code[:2] not in FORCE_OUTCOME_ROOTS:
        return []
    found = []
    grammar = frames.grammar
    for clause in noun.children:
        if clause.pos_ != "VERB" or clause.i < noun.i or grammar.clause_link(clause) not in RELATIVE_LINKS or grammar.is_passive(clause):
            continue
        opener = clause.left_edge
        if folded_lemma(clause) not in frames.profile.reporting_verbs or opener.pos_ not in ("PRON", "SCONJ", "DET") or any(True for _ in opener.children):
            continue
        told = [c for c in clause.children if c.pos_ == "VERB" and grammar.clause_link(c) in TOLD_LINKS and folded_lemma(c) in frames.profile.support_verbs]
        for act in told:
            if any(o.i != opener.i for o in frames.fillers(act, "obj")) or any(s.pos_ != "PRON" for s in frames.fillers(act, "subj")):
                continue
            found += [(clause, subject) for subject in frames.fillers(clause, "subj") if subject.i != opener.i]
    return found


def claimed_act_doers(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The claimers of the act of force a verb of force is told as: a claimed event noun in a phrase
    of the verb or of the clause it is coordinated with ("killed 12 people, in an attack later
    claimed by al-Shabaab"), or one the verb's clause is told inside ("claimed the raid on a hotel in
    Baidoa, where gunmen opened fire")."""
    pattern = frames.pattern_of(verb)
    if verb.pos_ != "VERB" or pattern is None or pattern.code[:2] not in FORCE_OUTCOME_ROOTS:
        return []
    if any(frames.grammar.is_relative_pronoun(s) for s in frames.fillers(verb, "subj")):
        return []  # "the bombing that killed 12 people": the act's toll, told with the act (``toll_of_a_claimed_act``)
    # The verb, the clause it is coordinated with or hung on, and the participles hung on it
    # ("blew himself up …, killing nine soldiers, in an attack claimed by …").
    clauses = [verb, *(c for c in verb.children if c.pos_ == "VERB" and frames.grammar.clause_link(c) in CLAUSE_LINKS)]
    if frames.grammar.clause_link(verb) in CLAUSE_LINKS:
        clauses.append(verb.head)
    for clause in clauses:
        for child in clause.children:
            nouns = [c for c in child.children if c.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
            # "…, on Monday, a kidnapping that the group said it had staged": a noun set beside one of them.
            nouns += [a for n in nouns for a in n.children if a.dep_ == "appos"]
            for noun in nouns:
                if noun.i != verb.i and (found := _claimers_or_relative(frames, noun)):
                    return found
    current = verb
    for _ in range(MAX_ACT_CLIMB):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ == "NOUN" and (found := _claimers_or_relative(frames, current)):
            return found
    return []


def toll_of_a_claimed_act(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether ``verb`` is a relative clause telling the toll of an act of force: any verb on a
    claimed act ("l'attentat qui a tué …", claimed), a verb of killing on any ("the bombing that
    killed 12 people": the bombing's toll, not a second act)."""
    if verb.pos_ != "VERB" or frames.grammar.clause_link(verb) != "relcl":
        return False
    if not any(frames.grammar.is_relative_pronoun(s) for s in frames.fillers(verb, "subj")):
        return False  # the act is not the clause's subject: "l'attaque que le groupe a menée"
    if claimers(frames, verb.head):
        return True
    # "l'attentat … qui a tué 12 personnes": a killing told of an act of force retells its toll.
    act = frames.pattern_of(verb.head) if verb.head.pos_ == "NOUN" else None
    killing = frames.pattern_of(verb)
    return act is not None and act.code[:2] in FORCE_OUTCOME_ROOTS and killing is not None and killing.name in frames.patterns.senses.killing_verbs


def relative_tolls(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The relative clauses telling the toll of the claimed act ``noun`` ("qui a tué …")."""
    return [c for c in noun.children if toll_of_a_claimed_act(frames, c)]


# Roots of the acts whose telling by their own doer is a claim of responsibility: assaults and
# mass violence ("said its gunmen staged the raid"), not fighting over ground ("said
# it had taken the town").
SPOKEN_CLAIM_ROOTS = frozenset({"18", "20"})
# The sector of the speakers whose own account of such an act claims it: armed groups. A state's
# army telling its strikes reports them; it claims nothing (CAMEO 015 is for attacks one owns up to).
CLAIMING_SECTOR = "REB"
# Links of the clauses a reporting verb says: a finite clause, or an infinitive ("a affirmé avoir mené").
SAID_LINKS = frozenset({"ccomp", "parataxis", "xcomp"})


def spoken_claims(frames: ParagraphFrames, events: list) -> list[tuple[Token, list]]:
    """Reporting verbs that claim an act: what the verb says holds a coded assault (18x, 20x) whose
    source is the verb's own subject, an armed group ("Islamic State said that two of its members
    had detonated explosive belts"), or any act of force the speaker says it is behind (``authors``:
    "said it was behind the attack"). Each with the coded acts' sources, the claimers. A verb that
    codes an act itself ("admitted that …", "claimed to have …") is not asked."""
    found: list[tuple[Token, list]] = []
    by_trigger: dict[int, list] = {}  # the coded events by their trigger's start, looked up per word
    for event in events:
        by_trigger.setdefault(event.trigger.start, []).append(event)
    for verb in frames.doc:
        if verb.pos_ != "VERB" or folded_lemma(verb) not in frames.profile.reporting_verbs or frames.pattern_of(verb) is not None:
            continue
        said = {t.i for c in verb.children if c.dep_ in SAID_LINKS or frames.grammar.clause_link(c) in SAID_LINKS for t in c.subtree}
        # "Gunmen abducted 300 boys, an abduction that Boko Haram said it had carried out": the act of
        # the noun the clause is on, and of the verb that noun retells, is the speaker's own.
        noun = verb.head
        owned_acts = {noun.i, _retold_verb(noun).i} if any(c.i == verb.i for c, _ in relative_claims(frames, noun)) else set()
        # The speaker as the very actor, not one of its country ("Boko Haram fighters abducted …,
        # residents said": residents tell what others did).
        speakers = {(m.actor.key, m.actor.code, m.actor.organization) for s in frames.subjects(verb) for m in frames.actors_of(s)}
        claimers: list = []
        for token in [*verb.subtree, *(frames.doc[i] for i in sorted(owned_acts))]:
            told = by_trigger.get(frames.offset + token.idx, [])
            if token.i in owned_acts:  # a verb's trigger may open on its auxiliary ("ont enlevé")
                told = [e for e in events if e.trigger.start <= frames.offset + token.idx < e.trigger.end]
            if not told or token.i == verb.i:
                continue
            owned = (token.pos_ == "NOUN" and bool(authors(frames, token))) or token.i in owned_acts
            if token.i not in said and not owned:
                continue
            for event in told:
                actor = event.source.actor
                if event.cameo.root not in (FORCE_OUTCOME_ROOTS if owned else SPOKEN_CLAIM_ROOTS):
                    continue
                if actor.sector == CLAIMING_SECTOR and (actor.key, actor.code, actor.organization) in speakers and all(c.actor.key != actor.key for c in claimers):
                    claimers.append(event.source)
        if claimers:
            found.append((verb, claimers))
    return found


# How far up from an act's noun the word of authorship and its copula are looked for ("was →
# behind → the bombing", "être à l'origine → du → massacre", "was responsible → for → the attack").
MAX_AUTHORSHIP_CLIMB = 3
# Dependency links of a verb's own auxiliaries (tense, passive): no copula here; tolls.py and
# coding.py read the same set.
AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "auxpass"})
# Dependency links of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})


def authors(frames: ParagraphFrames, noun: Token) -> list[Token]:
    """The doers of the act an event noun names as what someone is "behind", "responsible for" or
    "à l'origine de" (``authorship_words``): the copula's subject ("said it was behind the
    bombing"), or the controller of an infinitive copula ("a affirmé être à l'origine de")."""
    words = frames.patterns.senses.authorship_words
    if noun.pos_ != "NOUN" or not words:
        return []
    copula = any(c.pos_ == "AUX" and c.dep_ not in AUX_DEPS for c in noun.children)
    if copula and any(c.dep_ == "case" and fold(c.lower_) in words for c in noun.children):
        # "que ses combattants étaient derrière l'attaque": the word is the noun's own case, the
        # copula and its subject hang on the noun.
        return [c for c in noun.children if c.dep_ in SUBJECT_DEPS]
    current, authored = noun, False
    for _ in range(MAX_AUTHORSHIP_CLIMB):
        if current.head.i == current.i:
            return []
        current = current.head
        authored = authored or fold(current.lower_) in words or fold(current.lemma_) in words
        # The copula as the parser hangs it on the noun ("cop", or "cc" when it misreads "être").
        if authored and any(c.pos_ == "AUX" and c.dep_ not in AUX_DEPS for c in current.children):
            # "est responsable de"; "a affirmé être à l'origine de": the controller of the infinitive.
            below_verb = frames.subjects(current.head) if current.head.pos_ == "VERB" else []
            return frames.fillers(current, "subj") or frames.subjects(current) or below_verb
        if current.pos_ == "AUX":
            return frames.fillers(current, "subj") if authored else []  # "was behind"
        if current.pos_ == "VERB":
            copula = any(c.pos_ == "AUX" and c.dep_ not in AUX_DEPS for c in current.children)
            return frames.subjects(current) if authored and copula else []  # "a affirmé être à l'origine de"
    return []


def said_acts(frames: ParagraphFrames, events: list) -> list[tuple[Token, str, list, list]]:
    """(verb, code, sources, targets) of the acts done by saying in a paragraph: claims of one's
    own assault (015, aimed at no one) and accusations told by alleging or finding (``alleged.py``)."""
    claims = [(verb, CLAIM_CODE, claimers, []) for verb, claimers in spoken_claims(frames, events)]
    return claims + [(verb, ACCUSATION_CODE, accusers, accused) for verb, accusers, accused in alleged_acts(frames, events)]
