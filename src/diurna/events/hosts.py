"""A host's participle on a meeting noun: "talks hosted by Turkey", "des pourparlers organisés par
la Malaisie"; and a host verb whose object is a meeting between parties ("Turkey hosted talks
between Russia and Ukraine"). Its agent or subject hosts the meeting (CAMEO 043, with each
party: events/sponsors.py); it is no participant, so the noun borrows no actor from it
(``frames.ParagraphFrames.arguments``, ``noun_roles``). A name hyphened to the participle
("Qatari-mediated talks", "Nigerian-hosted talks") is its doer as an agent phrase would be.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actors.context import HYPHENS
from ..grammar import has_feature
from ..knowledge.patterns import folded_lemma
from .modality import modality_of
from .roots import MEETING_ROOT

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The CAMEO code of hosting a meeting; the participles that tell it are the ``host_participles``
# of the ``[senses]`` table.
HOSTING_CODE = "043"
# The CAMEO code of mediating, told by a verb pattern of that code ("mediate", "broker").
MEDIATING_CODE = "045"
# Links of a participle on the noun it qualifies.
PARTICIPLE_LINKS = frozenset({"acl", "amod"})


def host_participle(token: Token, participles: frozenset[str]) -> str | None:
    """The code of a host's participle on a noun ("talks hosted by Turkey"), else None."""
    if token.dep_ not in PARTICIPLE_LINKS or not has_feature(token, "VerbForm", "Part") or token.head.pos_ != "NOUN":
        return None
    return HOSTING_CODE if folded_lemma(token) in participles else None


def hosted_meeting(frames: ParagraphFrames, verb: Token) -> Token | None:
    """The meeting noun a host verb has for object when that noun names its parties ("Turkey hosted
    talks between Russia and Ukraine", "a accueilli des pourparlers entre …"), else None. Its
    subject hosts the meeting and takes no part in it. Only for hosting told as done."""
    if folded_lemma(verb) not in frames.patterns.senses.host_verbs:
        return None
    if modality_of(verb, frames.grammar, frames.profile, frames.patterns.senses.obligation_auxiliaries).kind != "asserted":
        return None  # "offered to host talks between …": the offer is told, by the host to the parties
    for noun in frames.objects(verb):
        pattern = frames.pattern_of(noun)
        if pattern is not None and pattern.code[:2] == MEETING_ROOT and any(
            frames.actors_of(f) for slot in frames.patterns.senses.mutual_slots for f in frames.fillers(noun, slot)
        ):
            return noun
    return None


def mediator_participle(token: Token, code: str) -> bool:
    """Whether ``token`` is a participle of mediating on a noun ("talks mediated by Qatar", "a
    truce brokered by Russia"): its agent mediates and is no party of the act."""
    return code.startswith(MEDIATING_CODE) and token.dep_ in PARTICIPLE_LINKS and token.head.pos_ == "NOUN"


def hyphened_doers(token: Token) -> list[Token]:
    """The name joined by a hyphen to a participle on a noun ("Qatari-mediated talks", "a
    Nigerian-hosted summit"): who did what the participle says, as "talks mediated by Qatar" names
    it. Only for the participles of hosting and mediating, whose doer takes no part in the act."""
    if token.dep_ not in PARTICIPLE_LINKS or not has_feature(token, "VerbForm", "Part") or token.i < 2:
        return []
    doc = token.doc
    name, dash = doc[token.i - 2], doc[token.i - 1]
    if dash.text not in HYPHENS or name.whitespace_ or dash.whitespace_ or name.head.i != token.i:
        return []
    return [name]


__all__ = ["HOSTING_CODE", "MEDIATING_CODE", "host_participle", "hosted_meeting", "hyphened_doers", "mediator_participle"]
