"""Whom a threat is made to when its verb names no one, and the acts a threat only threatens.

"threatened to call mass protests unless the government lowers prices", "a menacé de riposter si
les manœuvres de Séoul se poursuivaient": the threat is made to whoever the condition asks to
act (the subject of its "if"/"unless" clause, or the actors its noun names). "gave Hungary a week
to comply, warning that it would otherwise impose fines", "a sommé le Conseil de …, menaçant
d'appeler à la mobilisation": a threat told by a participle on another act is made to that act's
target. "warned that it would strike the rebels": the speaker's own act announced in what a warning
says is what is threatened; its target is the threat's, and it is not coded as done.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roots import FORCE_OUTCOME_ROOTS
from .roles import Role, roles_of, same_actor
from .slots import CONDITION_SLOT, slot_fillers

# Roots of threats (CAMEO 13).
THREAT_ROOT = "13"
# Dissent announced for later (a strike called for Monday) is a threat of it in CAMEO.
PROTEST_THREAT = "133"
# Moods of an act only announced: "would strike", "frapperait", "will retaliate".
ANNOUNCED_MOODS = ("future", "conditional")
# Clause links of the acts a threat verb carries: "threatened to …" (xcomp), "warned that …" (ccomp).
CARRIED_LINKS = ("xcomp", "ccomp")


def _carried_clauses(frames: ParagraphFrames, verb: Token) -> list[Token]:
    return [c for c in verb.children if frames.grammar.clause_link(c) in CARRIED_LINKS and c.pos_ in ("VERB", "AUX")]


def _others(roles: list[Role], sources: list[Role]) -> list[Role]:
    """Roles of actors other than the threatener (one of its country may be: the opposition threatens the government)."""
    return [r for r in roles if all(not same_actor(r, s) for s in sources)]


def condition_targets(frames: ParagraphFrames, verb: Token, sources: list[Role]) -> list[Role]:
    """The actors named by the subject of a condition clause on the threat verb or on the act it
    carries ("unless the government …"), or inside that subject ("si les manœuvres de Séoul …")."""
    markers = frames.profile.conditional_markers
    for head in [verb, *_carried_clauses(frames, verb)]:
        subjects = slot_fillers(frames, head, CONDITION_SLOT, set())
        if not subjects:
            # The French parser often hangs a "si" clause as a complement ("riposter si …").
            clauses = [
                c for c in head.children
                if frames.grammar.clause_link(c) == "ccomp" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
            ]
            subjects = [t for c in clauses for t in frames.subjects(c)]
        roles = _others(roles_of(frames, subjects), sources)
        if not roles:
            # The subject names an act, not an actor: the actors it names ("manœuvres de Séoul").
            below = [f for s in subjects if s.pos_ == "NOUN" for _, f in frames.arguments(s) if f.pos_ in ("NOUN", "PROPN")]
            roles = _others(roles_of(frames, below), sources)
        if roles:
            return [Role(r.mention, "inherited", CONDITION_SLOT) for r in roles]
    return []


def governing_act(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The verb a subjectless participle of threatening hangs on ("…, warning that", "…, menaçant
    de"), if any."""
    link = frames.grammar.clause_link(verb)
    if link not in ("advcl", "acl") or verb.head.i == verb.i:
        return None
    if any(c.dep_.startswith("nsubj") for c in verb.children):
        return None
    # A present participle or gerund ("warning", "menaçant"); not a past one ("menacé de sanctions,
    # l'Iran …": the threatened, not the threatener).
    present = "Ger" in verb.morph.get("VerbForm") or ("Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense"))
    if not present:
        return None
    if link == "acl" and (verb.i == 0 or verb.doc[verb.i - 1].text != ","):
        return None  # a participle on a noun ("a statement warning that …") is that noun's, not set apart
    governor = verb.head
    for _ in range(4):  # "…, menaçant de" set apart after the object the parser hangs it on
        if governor.pos_ == "VERB" or governor.head.i == governor.i:
            break
        governor = governor.head
    return governor if governor.pos_ == "VERB" else None


def set_apart_governor(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The act a participle of threatening set apart follows ("a sommé le Conseil de proclamer les
    résultats, menaçant de …", which the parser may hang on "résultats"), above the acts that act
    asks for ("demanded that Japan cancel …, warning"): its subject makes the threat, and its
    status is the threat's (the threat is made, not asked for)."""
    governor = governing_act(frames, verb)
    for _ in range(3):
        if governor is None:
            return None
        if frames.grammar.clause_link(governor) not in CARRIED_LINKS or governor.head.i == governor.i:
            break
        governor = governor.head
    return governor


def governed_targets(
    frames: ParagraphFrames, verb: Token, sources: list[Role], act_targets: Callable[[Token], list[Role]]
) -> list[Role]:
    """The target of the act a participle of threatening hangs on (``act_targets`` reads a coded
    verb's), else that verb's object or dative ("gave Poland until …")."""
    governor = governing_act(frames, verb)
    for _ in range(3):
        if governor is None:
            return []
        roles = act_targets(governor) if frames.pattern_of(governor) is not None else []
        if not roles:
            roles = roles_of(frames, [*frames.objects(governor), *frames.fillers(governor, "iobj")])
        roles = [Role(r.mention, "inherited", r.slot) for r in _others(roles, sources)]
        if roles:
            return roles
        # "a sommé le Conseil de proclamer les résultats, menaçant de …": the act the parser hung
        # it on may be what the governing act asks for; its asker's target then.
        if frames.grammar.clause_link(governor) not in CARRIED_LINKS or governor.head.i == governor.i:
            return []
        governor = governor.head
    return []


def _speaker_subject(frames: ParagraphFrames, clause: Token, own: set[str]) -> bool:
    """The clause's subject is the threatener: a personal pronoun, or a name of the same actor."""
    subjects = frames.fillers(clause, "subj")
    if not subjects:
        return False
    if all(s.pos_ == "PRON" for s in subjects):
        return all(m.actor.key in own for s in subjects for m in frames.actors_of(s)) if own else True
    found = roles_of(frames, subjects)
    return bool(found) and all(r.mention.actor.key in own for r in found)


def own_announced_acts(frames: ParagraphFrames, verb: Token, own: set[str]) -> list[Token]:
    """The acts of the threatener itself announced in what a threat verb says or carries ("warned
    that it would strike …", "a averti qu'il frapperait …"), with the verbs coordinated to them."""
    found: list[Token] = []
    for clause in verb.children:
        if frames.grammar.clause_link(clause) != "ccomp" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if frames.grammar.mood(clause) not in ANNOUNCED_MOODS or not _speaker_subject(frames, clause, own):
            continue
        found.append(clause)
        found += [
            c for c in clause.children
            if frames.grammar.clause_link(c) == "conj" and c.pos_ == "VERB" and not frames.fillers(c, "subj")
        ]
    return found


def _saying_verb(frames: ParagraphFrames, token: Token) -> Token | None:
    """The verb whose said clause a verb is (or is coordinated in, sharing its subject)."""
    if token.pos_ != "VERB":
        return None
    clause = token
    if frames.grammar.clause_link(clause) == "conj" and not frames.fillers(clause, "subj"):
        clause = clause.head
    if frames.grammar.clause_link(clause) != "ccomp" or clause.head.i == clause.i:
        return None
    return clause.head


def _speaker_keys(frames: ParagraphFrames, verb: Token) -> set[str]:
    return {m.actor.key for s in frames.subjects(verb) for m in frames.actors_of(s) if m.actor.key}


def threatened_by_governor(frames: ParagraphFrames, token: Token) -> bool:
    """``token`` is an act its own actor announces in what a threat verb says ("warned that it
    would strike the bases"): the threat is the act coded, not this one."""
    governor = _saying_verb(frames, token)
    if governor is None:
        return False
    pattern = frames.pattern_of(governor)
    if pattern is None or pattern.code[:2] != THREAT_ROOT:
        return False
    return token in own_announced_acts(frames, governor, _speaker_keys(frames, governor))


def force_announced_by_speaker(frames: ParagraphFrames, token: Token, code: str) -> bool:
    """``token`` is force its own actor announces in what a reporting verb says ("North Korea said
    it would attack the loudspeakers", "Bakou a déclaré qu'il frapperait les positions"): saying so
    is the threat of force CAMEO codes (138), not an attack to come."""
    if code[:2] not in FORCE_OUTCOME_ROOTS:
        return False
    governor = _saying_verb(frames, token)
    if governor is None or governor.lemma_.lower() not in frames.profile.reporting_verbs:
        return False
    own = _speaker_keys(frames, governor)
    return bool(own) and token in own_announced_acts(frames, governor, own)


__all__ = ["ANNOUNCED_MOODS", "PROTEST_THREAT", "force_announced_by_speaker", "set_apart_governor", "condition_targets", "governed_targets", "governing_act", "own_announced_acts", "threatened_by_governor"]
