"""Whether an act is asserted, reported, wished, conditional or negated.

An act under a verb of asking, wishing, refusing or abstaining ("appeler la
Chine à s'abstenir de soutenir…") did not happen: it is not coded. An act in
a question, an "if" clause or a purpose clause ("pour l'aider") is not coded as a fact either. A negated act
is coded with ``negated: true`` so that users can see and filter it. An act
under a verb of intending ("souhaite rencontrer") is "intended": the coder
turns a cooperative one into CAMEO's intent code (03x).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..grammar import Grammar, founds, has_feature
from ..knowledge.actors import fold
from ..knowledge.language_profile import LanguageProfile
from ..knowledge.patterns import folded_lemma
from .roots import CONDEMNATION_CODE

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Links through which an embedded act inherits the status of its governor.
EMBEDDING_LINKS = ("xcomp", "advcl", "ccomp", "conj")


@dataclass(frozen=True, slots=True)
class Modality:
    codable: bool
    negated: bool
    kind: str  # "asserted", "reported", "future", "conditional", "intended"
    reason: str = ""
    intender: int | None = None  # for "intended": the token index of the verb of intending


SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def _is_question(anchor: Token) -> bool:
    """The first sentence end after the act is a question mark. Not the end of the parser's
    sentence: a question the parser runs into the next sentence ("Washington va-t-il lever les
    sanctions ?" and a line after it) ends at its own mark."""
    sentence = anchor.sent
    for token in anchor.doc[anchor.i + 1 : sentence.end]:
        if token.text in SENTENCE_ENDS:
            return token.text == "?"
    # The sentence's text as a slice of the doc's: ``Span.text`` joins its tokens one by one.
    return anchor.doc.text[sentence.start_char : sentence.end_char].rstrip().endswith("?")


def _inverted_condition(verb: Token, grammar: Grammar) -> bool:
    """"Should the court rule against him, …", "Had Iran agreed, …": an adverbial clause with no
    conjunction whose auxiliary comes before its subject is a condition."""
    if grammar.clause_link(verb) != "advcl" or any(c.dep_ == "mark" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.pos_ == "AUX"]
    return bool(subjects and auxiliaries) and auxiliaries[0].i < subjects[0].i < verb.i


def _has_condition(verb: Token, grammar: Grammar, profile: LanguageProfile) -> bool:
    """``verb`` carries a condition clause of its own ("could impose sanctions if the junta …")."""
    return any(
        grammar.clause_link(c) == "advcl"
        and (any(m.dep_ == "mark" and m.lower_ in profile.conditional_markers for m in c.children) or _inverted_condition(c, grammar))
        for c in verb.children
    )


def _asker_of_misplaced_complement(verb: Token, link: str | None, profile: LanguageProfile) -> Token | None:
    """"a appelé l'armée et les FSR à reprendre les négociations": the parser may hang the
    infinitive of what is asked on the one asked (a noun) rather than on the verb of asking; the
    act is still only asked for. The verb of asking, if the infinitive is such a complement."""
    if link != "acl" or verb.morph.get("VerbForm") != ["Inf"] or not any(c.dep_ == "mark" for c in verb.children):
        return None
    current = verb.head
    for _ in range(3):
        if current.pos_ in ("VERB", "AUX"):
            return current if folded_lemma(current) in profile.irrealis_verbs else None
        if current.pos_ not in ("NOUN", "PROPN") or current.head.i == current.i:
            return None
        current = current.head
    return None


def _alleging_noun(clause: Token, link: str | None, profile: LanguageProfile) -> Token | None:
    """The noun of alleging whose content ``clause`` is: "accusations by Kinshasa that it arms the
    M23" (the clause hung on the noun), or the same clause the parser hangs on the verb that takes
    the noun ("dismissed as absurd claims by Kinshasa that its troops fought": the noun stands
    before the clause's "that" with no verb between)."""
    if link not in ("acl", "ccomp") or clause.head.i == clause.i:
        return None
    marks = [c for c in clause.children if c.dep_ == "mark" and c.i < clause.i]
    if not marks:
        return None
    governor = clause.head
    if governor.pos_ in ("NOUN", "PROPN"):
        return governor if folded_lemma(governor) in profile.allegation_nouns else None
    if link != "ccomp":
        return None
    for token in reversed(clause.doc[governor.i + 1 : marks[0].i]):
        if token.pos_ in ("VERB", "AUX"):
            return None
        if token.pos_ == "NOUN" and folded_lemma(token) in profile.allegation_nouns:
            return token if governor.is_ancestor(token) else None
    return None


def _told_before(clause: Token, link: str | None, profile: LanguageProfile) -> bool:
    """"accused Russia of aggression after its coast guard seized three ships": a clause in the
    past telling what came before an accusation is a fact of its own, not inside what the
    accusation alleges. Not one in the present ("will accuse them after they strike")."""
    if link != "advcl" or folded_lemma(clause.head) not in profile.alleging_verbs:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in profile.after_markers for c in clause.children):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass"))]
    return any(has_feature(v, "Tense", "Past") for v in verbs)


def _contrasted(clause: Token, link: str | None, profile: LanguageProfile) -> bool:
    """"denied any role, while the Kremlin blamed Kyiv": a clause of contrast with its own subject
    asserts its own act; it is not inside what the verb it hangs on denies or asks for."""
    if link != "advcl" or not any(c.dep_ == "mark" and c.lower_ in profile.contrast_markers for c in clause.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in clause.children)


def _unfulfilled_by_noun(verb: Token, link: str | None, profile: LanguageProfile) -> Token | None:
    """"after Bogota's refusal to extradite him", "Moscow's demand to withdraw its troops": the
    noun of refusing or asking whose infinitive ``verb`` is, if it is such a complement."""
    noun = verb.head
    if link != "acl" or noun.pos_ != "NOUN" or folded_lemma(noun) not in profile.unfulfilled_nouns:
        return None
    infinitive = verb.morph.get("VerbForm") == ["Inf"] or (verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))
    return noun if infinitive else None


def _near_future(governor: Token, lemma: str, profile: LanguageProfile) -> bool:
    """"va livrer", "allait signer", "is going to deliver": a verb of going in the present or the
    imperfect, or in the progressive, before an infinitive says what is about to be done. Not a
    compound past ("est allé chercher", "went to fetch": done)."""
    if lemma not in profile.near_future_verbs:
        return False
    if governor.tag_ == "VBG":
        return True
    compound = any(c.dep_.startswith("aux") for c in governor.children)
    return not compound and bool(set(governor.morph.get("Tense")) & {"Pres", "Imp"}) and governor.morph.get("VerbForm") == ["Fin"]


def asked_object(noun: Token, grammar: Grammar, profile: LanguageProfile) -> bool:
    """Whether an event noun is the object of a verb that only asks for, refuses or threatens it,
    or comes after its "for": "demanded a meeting with Malawi", "asked for talks" (the asking is
    the act, not the meeting)."""
    if noun.pos_ != "NOUN" or noun.head.i == noun.i:
        return False
    verb = noun.head
    if grammar.case_word(noun) is not None and verb.pos_ == "ADP" and verb.lower_ in profile.purpose_prepositions:
        verb = verb.head  # "asked/for a meeting" (the English parse hangs the noun on its preposition)
    elif not grammar.is_object_of(noun):
        return False
    return verb.pos_ == "VERB" and folded_lemma(verb) in profile.asking_object_verbs


def condemned_as_done(frames: ParagraphFrames, noun: Token) -> bool:
    """"s'est abstenu de condamner l'offensive russe", "refused to condemn the invasion", "did not
    condemn the strike": an act condemned, or not, is done whatever the condemning's status; the
    event noun its object names takes no status from that verb. Not when the verb tells what
    would be or will be ("would condemn any attack")."""
    verb = noun.head
    pattern = frames.pattern_of(verb) if verb.pos_ == "VERB" else None
    return pattern is not None and pattern.code.startswith(CONDEMNATION_CODE) and frames.grammar.mood(verb) == "indicative"


def alleged_by_qualifier(noun: Token, profile: LanguageProfile) -> bool:
    """Whether an event noun is qualified as only alleged ("alleged atrocities by …", "des crimes
    présumés", "suspected crimes against humanity"): an act under inquiry, not told as done."""
    return noun.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "acl") and not {c.lemma_.lower(), c.lower_}.isdisjoint(profile.alleging_adjectives) for c in noun.children
    )


def abstaining_verb(verb: Token, grammar: Grammar, profile: LanguageProfile) -> Token | None:
    """The verb of abstaining that governs a verb's act, if one does: as its complement ("s'est
    abstenu de signer") or, in English, the gerund after its preposition ("abstained from signing")."""
    governor = verb.head
    if governor.pos_ == "ADP" and grammar.clause_link(verb) is None:
        governor = governor.head
    elif grammar.clause_link(verb) != "xcomp":
        return None
    return governor if governor.i != verb.i and folded_lemma(governor) in profile.abstaining_verbs else None


def modality_of(
    anchor: Token, grammar: Grammar, profile: LanguageProfile, obligation: frozenset[str] = frozenset()
) -> Modality:
    """The status of the act whose verb (or support verb, or noun) is ``anchor``. ``obligation``:
    the auxiliaries that say an act ought to be done ("Germany should stop …"), not that it is."""
    if _is_question(anchor):
        return Modality(False, False, "question", "question")
    # "s'est abstenu de condamner", "refrained from signing": not done, a negated act.
    abstaining = abstaining_verb(anchor, grammar, profile)
    negated = grammar.is_negated(anchor) or abstaining is not None
    # The verbs of the act's own clause: the anchor and those it is coordinated with or controlled by.
    clause = anchor
    for _ in range(4):
        if any(c.dep_ in ("aux", "aux:pass", "auxpass") and c.lower_ in obligation for c in clause.children):
            return Modality(False, negated, "irrealis", "ought to be done")
        if grammar.clause_link(clause) not in ("xcomp", "conj") or clause.head.i == clause.i:
            break
        if any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") for c in clause.children):
            break  # a coordinated clause with its own subject: "Iran must …, and Britain freed …"
        clause = clause.head
    kind = "asserted"
    mood = grammar.mood(anchor) if anchor.pos_ in ("VERB", "AUX") else "indicative"
    if mood == "mandative":
        return Modality(False, negated, "irrealis", "asked for (mandative subjunctive)")
    possible = any(c.dep_ in ("aux", "aux:pass", "auxpass") and c.lower_ in profile.possibility_auxiliaries for c in anchor.children)
    if possible and _has_condition(anchor, grammar, profile):
        # "If the junta does not yield, ECOWAS could impose sanctions": a possibility hanging on a
        # condition. "would" is left alone: "said it would retaliate if …" announces a threat.
        return Modality(False, negated, "conditional", "possible under a condition")
    if mood in ("future", "conditional"):
        kind = mood
    current = abstaining or anchor  # "urged Serbia to refrain from attacking": what is abstained from is asked for
    for _ in range(8):
        if any(c.dep_ == "mark" and c.lower_ in profile.conditional_markers for c in current.children) or _inverted_condition(current, grammar):
            return Modality(False, negated, "conditional", "conditional clause")
        link = grammar.clause_link(current)
        # "a convoqué l'ambassadeur, pour protester": a purpose clause the parser hung on a noun keeps its mark.
        marks = ("mark", "aux") if link == "advcl" else ("mark",) if link == "acl" else ()
        if (
            any(c.dep_ in marks and c.lower_ in profile.purpose_markers for c in current.children)
            # "se sont entendus pour accorder un prêt": after a verb of agreeing or intending,
            # "pour" opens what is agreed, which the intention check below handles.
            and folded_lemma(current.head) not in profile.intention_verbs
            # "set up a mission to investigate": what a body is founded to do, its founder does.
            and not founds(current.head, profile.founding_verbs)
        ):
            # "pour l'aider à se protéger": the aim of an act, not an act.
            return Modality(False, negated, "purpose", "purpose clause")
        asker = _asker_of_misplaced_complement(current, link, profile)
        if asker is not None:
            return Modality(False, negated, "irrealis", f"under '{asker.text}'")
        asker = _unfulfilled_by_noun(current, link, profile)
        if asker is not None:
            return Modality(False, negated, "irrealis", f"under '{asker.text}'")
        allegation = _alleging_noun(current, link, profile)
        if allegation is not None:
            # What one side alleges the other did is the allegation's content, not a fact.
            return Modality(False, negated, "alleged", f"alleged in '{allegation.text}'")
        if link not in EMBEDDING_LINKS or current.head.i == current.i or _told_before(current, link, profile) or _contrasted(current, link, profile):
            break
        governor = current.head
        lemma = folded_lemma(governor)
        if link != "conj" and lemma in profile.intention_verbs:
            return Modality(True, negated, "intended", f"intended under '{governor.text}'", governor.i)
        # "ne cesse de bafouer la trêve": an act not stopped goes on, done and not negated.
        goes_on = link != "conj" and lemma in profile.unceasing_verbs and grammar.is_negated(governor)
        if link != "conj" and lemma in profile.irrealis_verbs and not goes_on:
            return Modality(False, negated, "irrealis", f"under '{governor.text}'")
        if link == "ccomp" and lemma in profile.reporting_verbs and kind == "asserted":
            kind = "reported"
        if link in ("conj", "xcomp", "advcl") and kind == "asserted" and governor.pos_ in ("VERB", "AUX") and grammar.mood(governor) == "future":
            kind = "future"  # "will return to the Gulf, visiting Saudi Arabia"
        if link == "xcomp" and kind == "asserted" and _near_future(governor, lemma, profile):
            kind = "future"  # "La France va livrer des avions", "is going to deliver"
        if link in ("conj", "xcomp") and grammar.is_negated(governor) and not goes_on:
            negated = True
        current = governor
    return Modality(True, negated, kind)


def prospective_noun(noun: Token, carriers: list[Token], profile: LanguageProfile) -> bool:
    """Whether an event noun, or a light noun that frames it ("la reprise prochaine des
    consultations"), is qualified as to come ("une prochaine rencontre", "the upcoming summit"):
    the act is announced for later, not done. Not the subject of a clause, which tells what
    became of it ("the planned talks were held in Bamako")."""
    outer = carriers[-1] if carriers else noun
    return noun.pos_ == "NOUN" and not outer.dep_.startswith("nsubj") and any(
        c.dep_ == "amod" and fold(c.lemma_) in profile.prospective_adjectives for word in (noun, *carriers) for c in word.children
    )
