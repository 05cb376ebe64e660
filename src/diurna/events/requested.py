"""The act an appeal or a demand asks for, or a rejection refuses, which names its code.

A verb of asking coded at its bare code (020 "urged", 100 "demanded") takes the code CAMEO
gives to asking for the act it governs: "urged Addis Ababa and the rebels to begin peace talks"
asks for a meeting (026), "asked India to withdraw its troops" for de-escalation (0256), "a
exigé la libération des otages" for a release (1053). The act asked for is the clause the verb
governs ("to begin …", "à reprendre …", also when the parser hangs it on the one asked), or a noun
it takes as object or after a preposition of what is asked (``asked_prepositions``: "called for
talks", "invited them to peace talks"); so does a noun of asking ("an appeal for humanitarian aid",
"un appel au dialogue", whose phrase the parser may hang on its light verb). In that clause the
verb's own act counts first, unless it is a verb of taking whose object is missing ("return to the
negotiating table" returns nothing); then the nouns it carries ("begin talks", "reprendre le
chemin du dialogue"). Asking to stop an act (``stopping_verbs``) is no request for it ("appeler
Pékin à cesser toute livraison" stays 020), but asking to stop fighting is asking to de-escalate.
A verb of rejecting coded at its bare 120 takes the code of rejecting what it refuses, read the
same way and also in the clause a proposal carries: "turned down Kenya's proposal for a summit",
"turned down an offer to negotiate" reject a meeting (125); "a rejeté la proposition de trêve" a
plan to settle (127).
The codes are data: ``knowledge/data/cameo_request.tsv``.
"""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

from ..knowledge.ontology import Ontology
from ..knowledge.patterns import folded_lemma
from .frames import ParagraphFrames
from .roots import FORCE_OUTCOME_ROOTS, REJECT_ROOT, REQUEST_ROOTS
from .threats import THREAT_ROOT

# Roots of verbs whose code says what they ask for, reject or threaten.
ASKING_ROOTS = REQUEST_ROOTS | {REJECT_ROOT, THREAT_ROOT}
# Links of a proposal's content: "an offer to negotiate", "the proposal from Egypt to hold talks".
PROPOSAL_DEPS = frozenset({"acl", "xcomp"})

# Links of a phrase after a preposition on a verb of asking, or on a noun of asking ("un appel au
# dialogue": the noun's phrase is a nominal modifier).
ASKED_LINKS = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})
# Links through which a verb of asking governs the act it asks for.
COMPLEMENT_LINKS = frozenset({"xcomp", "ccomp"})
# Links of the words that name an act within its phrase: objects, nouns after a preposition, and
# the nouns and participles modifying them ("the negotiating table", "le chemin du dialogue").
PHRASE_DEPS = frozenset({"dobj", "obj", "pobj", "obl", "obl:arg", "obl:mod", "nmod", "compound", "amod", "prep", "case"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
# Asking to stop force (assault, fight, mass violence: roots.FORCE_OUTCOME_ROOTS) is asking to de-escalate.
DE_ESCALATION = "087"
# Depth to which a phrase is searched below the word that heads it.
PHRASE_DEPTH = 3


def phrase_words(head: Token, deps: frozenset[str] = PHRASE_DEPS) -> Iterator[Token]:
    """The head of a phrase and the words below it through ``deps``, nearest first."""
    level = [head]
    for _ in range(PHRASE_DEPTH + 1):
        following: list[Token] = []
        for word in level:
            yield word
            following += [c for c in word.children if c.dep_ in deps]
        level = following


def _own_act(frames: ParagraphFrames, clause: Token) -> bool:
    """Whether a clause's subject is a pronoun or names something of one ("warned that it would
    review its relations", "that his forces would target …"): the speaker's own act, as far as
    the words tell; not "warned that the fighting would spread"."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return any(s.pos_ == "PRON" or any(p.pos_ in ("PRON", "DET") for p in frames.fillers(s, "poss")) for s in subjects)


def _complements(frames: ParagraphFrames, verb: Token, threat: bool = False) -> list[Token]:
    """The clauses a verb of asking governs, also those the parser hangs on the one asked
    ("a exhorté Kinshasa et les rebelles à reprendre …": an infinitive with its marker on a noun),
    with the clauses coordinated with them. For a ``threat``, a clause said ("warned that …") only
    when it tells the speaker's own act."""
    grammar = frames.grammar
    found = [
        c for c in verb.children
        if c.pos_ in ("VERB", "AUX") and (link := grammar.clause_link(c)) in COMPLEMENT_LINKS
        and not (threat and link == "ccomp" and not _own_act(frames, c))
    ]
    for word in verb.subtree:
        if word.i == verb.i or grammar.clause_link(word) != "acl" or word.morph.get("VerbForm") != ["Inf"]:
            continue
        if not any(c.dep_ == "mark" for c in word.children):
            continue
        governor = next((a for a in word.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if governor is not None and governor.i == verb.i:
            found.append(word)
    for clause in list(found):
        found += [c for c in clause.conjuncts if c.pos_ == "VERB" and c.i > clause.i]
    return found


def _carried(clause: Token) -> list[Token]:
    """The phrases a clause carries: its objects and the nouns after its prepositions."""
    heads: list[Token] = []
    for child in clause.children:
        if child.dep_ in SUBJECT_DEPS or child.dep_ not in PHRASE_DEPS:
            continue
        if child.pos_ == "ADP":
            heads += [c for c in child.children if c.pos_ in ("NOUN", "PROPN")]
        elif child.pos_ in ("NOUN", "PROPN"):
            heads.append(child)
    return heads


def _act_code(frames: ParagraphFrames, word: Token) -> str | None:
    pattern = frames.pattern_of(word)
    return pattern.code if pattern is not None else None


def _clause_codes(frames: ParagraphFrames, clause: Token) -> Iterator[str]:
    """Codes of the act a clause asked for names, the likeliest first."""
    lemma = folded_lemma(clause)
    carried = _carried(clause)
    if lemma in frames.patterns.senses.stopping_verbs:
        # "to cease hostilities", "de cesser les combats": stopping force is de-escalating.
        for head in carried:
            if any((code := _act_code(frames, w)) and code[:2] in FORCE_OUTCOME_ROOTS for w in phrase_words(head)):
                yield DE_ESCALATION
        return
    own = frames.pattern_of(clause)
    has_object = bool(frames.objects(clause))
    if own is not None and ("obj" not in own.target or has_object):
        yield own.code
    for head in carried:
        for word in phrase_words(head):
            if (code := _act_code(frames, word)) is not None:
                yield code


def requested_code(frames: ParagraphFrames, verb: Token, code: str, ontology: Ontology) -> str | None:
    """The appeal, demand or rejection code of a verb of asking or rejecting coded ``code`` (its
    bare 020, 100 or 120) for the act it asks for or rejects; None when that act has no such code."""
    root = code[:2]
    if root not in ASKING_ROOTS or code != root + "0":
        return None
    # What is rejected is proposed: its content hangs on the proposal ("an offer to negotiate").
    deps = PHRASE_DEPS | PROPOSAL_DEPS if root == REJECT_ROOT else PHRASE_DEPS
    asked = frames.patterns.senses.asked_prepositions
    candidates: list[str] = []
    for clause in _complements(frames, verb, threat=root == THREAT_ROOT):
        candidates += _clause_codes(frames, clause)
    children = list(verb.children)
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "obj"):
        # "a lancé un appel au dialogue": the parser may hang the noun's phrase on its light verb.
        children += [c for c in verb.head.children if c.i > verb.i and c.dep_ not in ("dobj", "obj")]
    for child in children:
        if child.dep_ in ("dobj", "obj") and child.pos_ == "NOUN":
            candidates += [c for w in phrase_words(child, deps) if (c := _act_code(frames, w)) is not None]
        elif child.pos_ == "ADP" and folded_lemma(child) in asked:
            for noun in child.children:
                candidates += [c for w in phrase_words(noun, deps) if (c := _act_code(frames, w)) is not None]
        elif child.dep_ in ASKED_LINKS and any(folded_lemma(c) in asked for c in child.children if c.dep_ == "case"):
            candidates += [c for w in phrase_words(child, deps) if (c := _act_code(frames, w)) is not None]
    for candidate in candidates:
        if (found := ontology.asked_code(candidate, root)) is not None:
            return found
    return None


__all__ = ["DE_ESCALATION", "PHRASE_DEPS", "PROPOSAL_DEPS", "phrase_words", "requested_code"]
