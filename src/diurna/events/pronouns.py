"""Whom pronouns and possessives stand for, within a paragraph's frames.

"I", "we", "our" in reported speech are the speaker; a subject pronoun of a reported clause is
the one reporting, of a clause hung on the main clause that clause's subject, else the subject
of the sentence before; an object pronoun ("lui", "them") is the nearest actor named before it
that is not its own clause's subject; a possessive in a subject ("Ses combattants") is the
sentence before's subject; a possessive on a noun of a guessed country elsewhere ("put its troops
on alert") is its clause's subject, and a relative one ("whose government", "dont l'armée") the
actor named just before it. Read by ``ParagraphFrames.actors_of``; moved out of frames.py, which
holds the frames themselves, to keep that module within its size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..grammar import conjuncts, has_feature
from ..knowledge.patterns import folded_lemma
from ..records import ActorMention
from .context import agrees_in_number, object_pronoun_antecedent, owner_of_plural, plural_thing, previous_subject

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# How deep the search for an actor behind a filler goes ("la réunion tenue par les dirigeants du G7").
MAX_OWNER_DEPTH = 3


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word is in ("imposed sanctions on them": imposed)."""
    verb = token.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def is_object_pronoun(frames: ParagraphFrames, pronoun: Token) -> bool:
    """An object pronoun of the language ("them", "lui") not used as a subject ("it" is both)."""
    return pronoun.lower_ in frames.profile.object_pronouns and pronoun.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass")


def antecedents_before(frames: ParagraphFrames, pronoun: Token) -> list[ActorMention]:
    """An object pronoun whose antecedent is in the sentence before (``context``), never the
    actor its own clause's subject stands for."""
    verb = clause_verb(pronoun)
    own: set[str | None] = set()
    for subject in frames.subjects(verb) if verb.pos_ in ("VERB", "AUX") else []:
        if subject.i != pronoun.i:
            own |= {m.actor.key for m in frames.actors_of(subject, depth=MAX_OWNER_DEPTH - 1)}
    return object_pronoun_antecedent(frames, pronoun, own)


def reported_subject(frames: ParagraphFrames, pronoun: Token) -> ActorMention | None:
    """"Koizumi stated he wishes …": the subject pronoun of a reported clause is the speaker."""
    speakers = reported_subjects(frames, pronoun)
    return speakers[0] if speakers else None


def reported_subjects(frames: ParagraphFrames, pronoun: Token) -> list[ActorMention]:
    """The speakers a reported clause's subject pronoun may stand for, one per coordinated member
    ("Britain, France and Germany said that they would …": each of the three)."""
    verb = pronoun.head
    if frames.grammar.clause_link(verb) != "ccomp" or folded_lemma(verb.head) not in frames.profile.reporting_verbs:
        return []
    for subject in frames.subjects(verb.head):
        if subject.i != pronoun.i:
            found = frames.actors_of(subject)
            if found:
                return found
    return []


def quoted_speaker(frames: ParagraphFrames, pronoun: Token) -> ActorMention | None:
    """""We will not recognise the annexation," the German minister said": "I", "we", "my",
    "our" in reported speech stand for the one who speaks."""
    current = pronoun
    for _ in range(8):
        head = current.head
        if head.i == current.i:
            return None
        if frames.grammar.clause_link(current) == "ccomp" and folded_lemma(head) in frames.profile.reporting_verbs:
            for subject in frames.subjects(head):
                if subject.i != pronoun.i and not has_feature(subject, "Person", "1"):
                    found = frames.actors_of(subject)
                    if found:
                        return found[0]
            return None
        current = head
    return None


def main_clause_subjects(frames: ParagraphFrames, pronoun: Token) -> list[ActorMention]:
    """"Ils sont arrivés à Lima, où ils ont rencontré le président …": the subject pronoun of a clause
    hung on the sentence's main clause (relative, adverbial, coordinated) stands for that
    clause's subject, one actor per coordinated member."""
    verb = pronoun.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass", "nsubj:pass") or frames.grammar.clause_link(verb) not in ("relcl", "advcl", "conj", "acl"):
        return []
    current = verb
    for _ in range(4):
        if current.head.i == current.i:
            break
        current = current.head
        if current.pos_ not in ("VERB", "AUX"):
            continue
        found = [m for s in frames.subjects(current) if s.i != pronoun.i for m in frames.actors_of(s)]
        if found:
            return found
    return []


def possessive_antecedent(frames: ParagraphFrames, possessive: Token) -> ActorMention | None:
    """"Ses combattants ont enlevé …": a possessive in its clause's subject stands for the
    subject of the sentence before. Elsewhere it mostly says "its own" ("Russia withdrew its
    troops"): no other actor, so none."""
    noun = possessive.head
    verb = noun
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subjects = frames.subjects(verb)
    if any(noun.i == s.i or noun in s.subtree for s in subjects):
        return previous_subject(frames, possessive, number=False)
    return None


def relative_antecedent(frames: ParagraphFrames, relative: Token) -> ActorMention | None:
    """"Colombia, whose government had refused …", "la Moldavie, dont le gouvernement a rappelé …": a
    relative pronoun owning a noun stands for the actor named just before it, else for the noun
    its relative clause hangs on."""
    before = relative.i - 1
    while before >= relative.sent.start and frames.doc[before].is_punct:
        before -= 1
    if before >= relative.sent.start and (mention := frames.mention_at.get(before)) is not None:
        return mention
    clause = clause_verb(relative.head)
    if frames.grammar.clause_link(clause) != "relcl":
        return None
    found = frames.actors_of(clause.head)
    return found[0] if found else None


def relative_owner(frames: ParagraphFrames, noun: Token) -> list[ActorMention]:
    """The actor a relative pronoun owning ``noun`` stands for ("whose army", "dont l'armée"): the
    pronoun hangs on the noun, or, as parsers also read "dont", on the clause's verb just before
    the noun, neither its subject nor its object."""
    edge = noun.left_edge
    relative = edge if frames.grammar.is_relative_pronoun(edge) else frames.doc[edge.i - 1] if edge.i > noun.sent.start else None
    if relative is None or not frames.grammar.is_relative_pronoun(relative) or relative.dep_.startswith(("nsubj", "obj", "dobj", "csubj")):
        return []
    if relative.head.i not in (noun.i, noun.head.i):
        return []
    found = relative_antecedent(frames, relative)
    return [found] if found is not None else []


def own_subject_owner(frames: ParagraphFrames, noun: Token) -> list[ActorMention]:
    """"Thailand put its troops on alert": a third-person possessive on a noun outside its
    clause's subject says the subject's own, when no other actor is named before it in the
    sentence. Read for a noun whose country is only the article's guess."""
    possessive = next(
        (c for c in noun.children if has_feature(c, "Poss", "Yes") and c.pos_ in ("PRON", "DET") and not frames.grammar.is_relative_pronoun(c)
         and not has_feature(c, "Person", "1") and not has_feature(c, "Person", "2")),
        None,
    )
    if possessive is None:
        return []
    verb = clause_verb(possessive)
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = frames.subjects(verb)
    if not subjects or any(noun.i == s.i or noun in s.subtree for s in subjects):
        return []
    owners = [m for s in subjects for m in frames.actors_of(s, depth=MAX_OWNER_DEPTH - 1) if m.actor.country]
    keys = {m.actor.key for m in owners}
    if len(keys) != 1:
        return []
    for i in range(noun.sent.start, possessive.i):
        mention = frames.mention_at.get(i)
        if mention is not None and mention.head == i and mention.actor.key not in keys:
            return []
    return owners[:1]


def pronoun_antecedent(frames: ParagraphFrames, pronoun: Token, depth: int = 0) -> ActorMention | None:
    """An object pronoun ("lui", "leur", "them") stands for the nearest actor named before it
    in its sentence that is not its own clause's subject, nor that subject's state as a whole;
    one that stands for a person ("him", the profile's ``person_pronouns``) passes over states
    and capitals named as a whole.
    ``depth``: how deep the owner search asking for it has gone; the owner of a plural it stands
    for is looked for deeper still, so that a pronoun inside that owner's phrase ends the search
    instead of starting it again."""
    # "it" is both: as an object ("accusing it of …") it is read as one.
    if pronoun.lower_ in frames.profile.subject_pronouns and not is_object_pronoun(frames, pronoun):
        main = main_clause_subjects(frames, pronoun)
        return reported_subject(frames, pronoun) or (main[0] if len(main) == 1 else None) or previous_subject(frames, pronoun)
    if pronoun.lower_ not in frames.profile.object_pronouns:
        return None
    verb = clause_verb(pronoun)
    subjects = [t for s in frames.subjects(verb) for t in conjuncts(s)]
    subject_heads = {t.i for t in subjects}
    subject_keys = {(m.actor.key, s) for i in subject_heads if (m := frames.mention_at.get(i)) for s in (None, m.actor.sector)}
    if depth < MAX_OWNER_DEPTH - 1:
        # "la plainte du Niger, qui lui reproche …": a subject that names its actor only
        # through a noun (a relative's antecedent, an act) is the clause's subject all the same.
        subject_keys |= {
            (m.actor.key, s) for t in subjects if t.i not in frames.mention_at and t.i != pronoun.i
            for m in frames.actors_of(t, depth=MAX_OWNER_DEPTH - 1) for s in (None, m.actor.sector)
        }
    plural = pronoun.morph.get("Number") == ["Plur"]
    personal = pronoun.lower_ in frames.profile.person_pronouns
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        mention = frames.mention_at.get(i)
        if personal and mention is not None and mention.actor.entity is None and (mention.actor.sector is None or mention.actor.how == "seat"):
            continue  # "phoned the emir about Iraq and Syria and thanked him": a state or its capital is "it"
        if mention is not None and (mention.actor.key, mention.actor.sector) not in subject_keys and mention.head == i:
            if plural and not agrees_in_number(pronoun, frames.doc[i]):
                continue  # "them" is not "the United States" the prisoners were flown to
            return mention
        if plural and mention is None and plural_thing(frames, pronoun, frames.doc[i]):
            return owner_of_plural(frames, frames.doc[i], subject_keys, depth + 1)  # "freed 222 prisoners and flew them to …": theirs
    return None


__all__ = [
    "MAX_OWNER_DEPTH", "antecedents_before", "clause_verb", "is_object_pronoun", "main_clause_subjects",
    "own_subject_owner", "possessive_antecedent", "pronoun_antecedent", "relative_antecedent", "relative_owner", "quoted_speaker", "reported_subject",
    "reported_subjects",
]
