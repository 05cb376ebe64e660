"""Who does an act when the clause names it only through a word around it.

- A verb of deciding with an event noun as its object ("EU agrees new sanctions against
  Iran", "ont voté des sanctions contre la Russie"): the decided act is the decider's, told as
  done; the decider is the verb's subject.
- A verb of receiving coded as a meeting whose object is unnamed military in the plural ("a reçu
  des chars allemands", "received German troops"): the things or forces received are no
  visitors, so no meeting is coded with their country.
- An event noun whose plain complement named its actor ("l'espionnage de la Chine contre
  l'Allemagne"): that complement is not its target too when the noun says whom it is aimed at.
- A verb of travel with a direct object ("a rendu les corps à la Russie", "flew them to the
  United States"): the subject moves something or someone; it visits no one.
- An event noun told by an expression, not carried by a verb: its actor may hang on the
  expression's last word ("la mise en garde de la Chine aux Philippines").
- A possessive pronoun on the subject of a reported clause ("The Israeli army said its jets
  struck …", "L'armée a affirmé que ses avions avaient frappé …", "said that one of its units
  kidnapped …"): the owner is the speaker, also of the event noun its light verb carries.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from ..grammar import has_feature
from ..knowledge.patterns import Pattern
from ..knowledge.patterns import folded_lemma
from .claimed import authors, relative_claims
from .frames import SAID_CLAUSE_LINKS, ParagraphFrames
from .roots import MEETING_ROOT

# The sector of unnamed forces and war machines: received in the plural, no one is met.
MILITARY_SECTOR = "MIL"


def decided_by(frames: ParagraphFrames, noun: Token) -> Token | None:
    """The verb of deciding an event noun (or the amount above it) is the object of, if any:
    its subject does the act."""
    carriers = frames.quantity_carriers(noun)
    top = carriers[-1] if carriers else noun
    verb = top.head
    if verb.i == top.i or not frames.grammar.is_object_of(top) or frames.grammar.is_passive(verb):
        return None
    if folded_lemma(verb) not in frames.patterns.senses.decision_verbs:
        return None
    return verb


def received_things(frames: ParagraphFrames, verb: Token, code: str, targets: list) -> list:
    """The targets of a verb of receiving coded as a meeting, short of unnamed military in the
    plural: a thing or a force received is no visitor."""
    if code[:2] != MEETING_ROOT:
        return targets
    if folded_lemma(verb) not in frames.patterns.senses.receiving_verbs:
        return targets
    doc = frames.doc
    kept = []
    for role in targets:
        actor = role.mention.actor
        head = doc[role.mention.head] if 0 <= role.mention.head < len(doc) else None
        plural = head is not None and has_feature(head, "Number", "Plur")
        if actor.sector == MILITARY_SECTOR and actor.how == "sector" and plural:
            continue
        kept.append(role)
    return kept


def speaker_owned_subjects(frames: ParagraphFrames, verb: Token) -> list[Token]:
    """The speaker's words when the subject of a reported clause is owned by a possessive
    pronoun ("said its jets struck"): the subjects of the reporting verb, else nothing."""
    if frames.grammar.clause_link(verb) not in SAID_CLAUSE_LINKS:
        return []
    speaker_verb = verb.head
    if speaker_verb.i == verb.i or folded_lemma(speaker_verb) not in frames.profile.reporting_verbs:
        return []
    for subject in frames.fillers(verb, "subj"):
        # "one of its units", "deux de ses membres": the members counted out of the owned group.
        owned = [subject, *(o for c in subject.children if c.pos_ == "ADP" for o in c.children if o.pos_ == "NOUN")] if subject.pos_ in ("NUM", "PRON") else [subject]
        owned += [c for c in subject.children if c.dep_.startswith("nmod") and c.pos_ == "NOUN" and subject.pos_ in ("NUM", "PRON")]
        if any(noun.pos_ == "NOUN" and any(_possessive_pronoun(c) for c in noun.children) for noun in owned):
            return frames.subjects(speaker_verb)
    return []


def told_doers(frames: ParagraphFrames, noun: Token, support: Token | None) -> list[Token]:
    """The doers of an event noun as the one who tells it says: the subject of "be behind" it
    (``claimed.authors``), or the speaker owning the subject of the light verb that carries it ("said its
    fighters carried out the bombing", ``speaker_owned_subjects``)."""
    doers = authors(frames, noun)
    if doers:
        # "said its gunmen were behind the assault": the speaker owning the copula's subject.
        return speaker_owned_subjects(frames, doers[0].head) or doers
    return [s for _, s in relative_claims(frames, noun)] or (speaker_owned_subjects(frames, support) if support is not None else [])


def _possessive_pronoun(token: Token) -> bool:
    """"its", "their", "ses", "leurs": a possessive determiner or pronoun."""
    if token.dep_ in ("poss", "nmod:poss") and token.pos_ == "PRON":
        return True
    return token.dep_ == "det" and has_feature(token, "Poss", "Yes")


def aimed_past_the_actor(
    frames: ParagraphFrames, noun: Token, pattern: Pattern, sources: list, targets: list, roles_at: Callable[[Token, str], list]
) -> list:
    """The targets of an event noun whose target slot found only its actor again ("l'espionnage
    de la Chine contre l'Allemagne": "de" named both): whom it is aimed at ("contre", "envers",
    "against"), when a target slot of that kind names someone else. ``roles_at(head, slot)``
    gives the roles in a slot of a head."""
    if not targets or not sources:
        return targets
    if any(all(t.mention is not s.mention for s in sources) for t in targets):
        return targets
    for slot in pattern.target:
        if slot in frames.profile.adversative_prepositions:
            aimed = [t for t in roles_at(noun, slot) if all(t.mention is not s.mention for s in sources)]
            if aimed:
                return aimed
    return targets


# The CAMEO code of making a visit: told by a verb of travel ("travel to", "se rendre à").
VISIT_CODE = "042"


def transports(frames: ParagraphFrames, verb: Token, pattern: Pattern) -> bool:
    """Whether a verb of travel takes a direct object (not a reflexive one, not a word of its
    expression): then it moves what it takes and codes no visit."""
    if pattern.code != VISIT_CODE or "obj" in (*pattern.target, *pattern.source):
        return False
    if frames.grammar.is_passive(verb):
        return False  # "est attendu à Pékin": the visitor is the passive subject
    if any(c.pos_ == "PRON" and c.i < verb.i and has_feature(c, "Reflex", "Yes") for c in verb.children):
        return False  # "se rendre à Kiev": the traveller goes
    particles = frames.particle_tokens(verb, pattern)
    for obj in frames.fillers(verb, "obj"):
        if obj.i in particles or obj.head.i != verb.i:
            continue
        if (obj.pos_ == "PRON" and has_feature(obj, "Reflex", "Yes")) or obj.ent_type_ in ("DATE", "TIME"):
            continue
        return True
    return False


def particle_heads(frames: ParagraphFrames, noun: Token, pattern: Pattern) -> list[Token]:
    """The words of an event noun's expression after it ("mise en garde", "levée de l'embargo"),
    where its actor may hang when no verb carries the noun ("la mise en garde de la Chine aux
    Philippines")."""
    return [frames.doc[i] for i in sorted(frames.particle_tokens(noun, pattern)) if i > noun.i]
