"""Who sponsors an act between two parties, beside the parties' own act.

"Thailand and Cambodia met at the invitation of Malaysia", "talks under the auspices of the
African Union", "des pourparlers sous l'égide du Qatar", "des pourparlers organisés par la
Malaisie": the sponsor hosts (CAMEO 043) or mediates (045) with each party of the act its phrase
hangs on. The parties are those of the act as coded, else the act's own slots; a meeting noun
that names none ("lors de pourparlers organisés par …") is held by the parties of the verb it
tells the setting of ("ont accepté un cessez-le-feu lors de pourparlers …").

So does a host verb's subject when its object is a meeting that names its parties ("Turkey
hosted talks between Russia and Ukraine", ``hosts.hosted_meeting``). A host's participle on a
meeting noun names the host, not a participant: "talks hosted by Turkey" are not Turkey's talks
(``frames.ParagraphFrames.arguments`` lends no agent from it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Token

from ..knowledge.patterns import Senses, folded_lemma
from .roots import MEETING_ROOT
from .frames import ParagraphFrames
from .hosts import HOSTING_CODE, host_participle, hosted_meeting, hyphened_doers
from .mediated import bare_participle, mediated_act
from .roles import Role, roles_of, same_actor

# The CAMEO code of mediating; nouns whose owner sponsors the act their phrase hangs on are the
# ``hosting_nouns`` (043) and ``mediating_nouns`` (045) of the ``[senses]`` table.
MEDIATING_CODE = "045"
# Slots that name whose a sponsor noun is: "the invitation of X", "X's invitation", "l'égide du Qatar".
OWNER_SLOTS = ("of", "de", "poss", "amod", "compound")


@dataclass(frozen=True, slots=True)
class Sponsorship:
    """A sponsor's act: the word that tells it, its code, the act sponsored, who sponsors, the
    parties, and the verb whose mood it takes (the act's, or that of the clause it is set in)."""

    word: Token
    code: str
    act: Token
    sponsors: tuple[Role, ...]
    parties: tuple[Role, ...]
    anchor: Token


def _sponsor_noun_code(token: Token, senses: Senses) -> str | None:
    """043 for a noun of hosting ("at the invitation of"), 045 for one of mediating ("sous l'égide de")."""
    lemma = folded_lemma(token)
    if lemma in senses.mediating_nouns:
        return MEDIATING_CODE
    return HOSTING_CODE if lemma in senses.hosting_nouns else None


def _sponsor_words(frames: ParagraphFrames) -> list[tuple[Token, str, Token | None, list[Role]]]:
    """(word, code, act, sponsors) of each sponsor noun and host participle in the paragraph."""
    found: list[tuple[Token, str, Token | None, list[Role]]] = []
    senses = frames.patterns.senses
    for token in frames.doc:
        if token.pos_ == "NOUN" and (code := _sponsor_noun_code(token, senses)) is not None:
            if frames.grammar.case_word(token) is None:
                continue  # "the invitation was accepted": no phrase that sponsors an act
            sponsors = next((r for slot in OWNER_SLOTS if (r := roles_of(frames, frames.fillers(token, slot)))), [])
            found.append((token, code, mediated_act(frames, token), sponsors))
        elif token.pos_ == "VERB" and (meeting := hosted_meeting(frames, token)) is not None:
            # "Kazakhstan hosted talks between Armenia and Azerbaijan": the subject hosts each party.
            found.append((token, HOSTING_CODE, meeting, roles_of(frames, frames.subjects(token), inherited=not frames.fillers(token, "subj"))))
        elif token.pos_ in ("VERB", "ADJ") and (code := host_participle(token, senses.host_participles)) is not None:
            meeting = frames.pattern_of(token.head)
            if meeting is None or meeting.code[:2] != MEETING_ROOT:
                continue
            sponsors = roles_of(frames, [f for s, f in frames.arguments(token) if s == "agent"] or hyphened_doers(token))
            found.append((token, code, token.head, sponsors))
    return found


def sponsorships(
    frames: ParagraphFrames,
    parties_of: Callable[[Token], list[Role]],
) -> list[Sponsorship]:
    """The sponsorships told in a paragraph. ``parties_of(act)`` gives the parties of an act (its
    coded sources and targets, else its own slots)."""
    made: list[Sponsorship] = []
    for word, code, act, sponsors in _sponsor_words(frames):
        if act is None or not sponsors:
            continue
        parties = _distinct(parties_of(act), sponsors)
        anchor = act if act.pos_ == "VERB" else (frames.governing_verb(act) or act)
        if bare_participle(frames, act):
            # "ont approuvé une trêve, négociée sous l'égide de l'UA": told as the clause tells it.
            anchor = next((a for a in act.ancestors if a.pos_ == "VERB"), act)
        if len(parties) < 2 and act.pos_ == "NOUN":
            # "ont accepté un cessez-le-feu lors de pourparlers organisés par la Malaisie".
            setting = frames.governing_verb(act)
            if setting is not None and frames.pattern_of(setting) is not None:
                parties = _distinct(parties_of(setting), sponsors)
        elif len(parties) < 2 and bare_participle(frames, act):
            # "ont approuvé une trêve, négociée sous l'égide de l'UA": the clause's act.
            if frames.pattern_of(anchor) is not None:
                parties = _distinct(parties_of(anchor), sponsors)
        if len(parties) >= 2:
            made.append(Sponsorship(word, code, act, tuple(sponsors), tuple(parties), anchor))
    return made


def _distinct(roles: list[Role], sponsors: list[Role]) -> list[Role]:
    """The roles once each, less the sponsors, as parties of the sponsored act."""
    parties: list[Role] = []
    for role in roles:
        if any(_same_side(role, s) for s in sponsors):
            continue  # "travelled to Kampala at the invitation of Uganda": the host's own place is no other party
        if all(not same_actor(role, s) for s in sponsors) and all(not same_actor(role, p) for p in parties):
            parties.append(Role(role.mention, "inherited", role.slot))
    return parties


def _same_side(first: Role, second: Role) -> bool:
    """Whether two roles stand for one state or organisation (a place and its state alike)."""
    one, other = first.mention.actor, second.mention.actor
    return (one.country, one.organization) == (other.country, other.organization)


__all__ = ["Sponsorship", "sponsorships"]
