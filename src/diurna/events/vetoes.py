"""What a veto blocks, and whose decision it blocks.

The document vetoed, and the acts it would have told, never came to be (moved out of coding.py,
which holds the main loop, to keep that module within its size). A veto is cast against the body
whose decision it stops: a veto at the United Nations against its Security Council, the only UN
body with one; a head of state's veto of a bill against the country's legislature.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actors.resolved import org_actor
from ..knowledge.actors import ActorKnowledge, fold
from ..records import Actor
from .roles import Role
from .roots import MEETING_ROOT, REJECT_ROOT

if TYPE_CHECKING:
    from .domestic import ArticleIndex
    from .frames import ParagraphFrames

# The CAMEO code of a veto: what is vetoed (a declaration, a resolution) never comes to be.
VETO_CODE = "129"
# organizations.toml ids: the United Nations, and its Security Council, where its vetoes are cast.
UNITED_NATIONS = "UN"
SECURITY_COUNCIL = "UNSC"


def content_of_a_veto(frames: ParagraphFrames, token: Token) -> bool:
    """Whether a trigger is the document a veto blocks, or a clause on it ("a opposé son veto à une
    déclaration commune condamnant la Chine"): the declaration and its condemnation never happened.
    An act the document only names ("déplorant son agression") did happen and is not blocked."""
    own = frames.pattern_of(token)
    if own is not None and own.code == VETO_CODE:
        return False
    current = token
    for _ in range(3):
        head = current.head
        if head.i == current.i or head.pos_ not in ("NOUN", "VERB", "AUX"):
            return False
        if head.pos_ in ("VERB", "AUX"):
            vetoing = frames.pattern_of(head)
            return vetoing is not None and vetoing.code == VETO_CODE and current.i not in frames.particle_tokens(head, vetoing)
        current = head
    return False


def is_veto(frames: ParagraphFrames, token: Token, code: str) -> bool:
    """Whether the act is a veto: its own code, or a rejection whose means is one ("a bloqué par son
    veto la reconduction", "blocked the renewal, casting its veto")."""
    if code == VETO_CODE:
        return True
    if code[:2] != REJECT_ROOT:
        return False
    near = [*token.children, *(g for c in token.children for g in c.children)]
    return any((p := frames.pattern_of(t)) is not None and p.code == VETO_CODE for t in near)


def vetoed_bodies(
    frames: ParagraphFrames, token: Token, code: str, sources: list[Role], targets: list[Role], index: ArticleIndex
) -> list[Role]:
    """Whom a veto is cast against: the United Nations named anywhere in its sentence is its
    Security Council; a bill or law vetoed by a state's own leaders is its legislature's. Targets
    already found are kept (the UN among them read as its Council), except other states, the
    vetoed text's authors; acts that are no veto are left as they are."""
    if not is_veto(frames, token, code):
        return targets
    if code == VETO_CODE and _means_of_a_rejection(frames, token):
        return []  # "bloqué par le veto russe": the blocking verb tells the act, with its target
    countries = {s.mention.actor.country for s in sources}
    # "vetoed a French resolution", "un texte présenté par l'Algérie": another state named with
    # the vetoed text wrote it; the veto stops the body that would adopt it, not its author.
    targets = [r for r in targets if r.mention.actor.organization is not None or r.mention.actor.country in countries]
    if targets:
        return [_council(r) if r.mention.actor.organization == UNITED_NATIONS else r for r in targets]
    own = {s.mention.actor.key for s in sources}
    sentence = token.sent
    others = [frames.mention_at.get(i) for i in range(sentence.start, sentence.end)]
    others = [m for m in others if m is not None and m.actor.organization and m.actor.key not in own]
    for mention in others:
        if mention.actor.organization in (UNITED_NATIONS, SECURITY_COUNCIL):
            return [_council(Role(mention, "owner"))]
    # A veto cast at a body's meeting ("pendant une réunion en ligne des ministres européens",
    # "at a gathering of EU ministers") stops that body's decision.
    for noun in sentence:
        meeting = frames.pattern_of(noun) if noun.pos_ == "NOUN" else None
        if meeting is None or meeting.code[:2] != MEETING_ROOT:
            continue
        members = [m for _, f in frames.arguments(noun) if (m := frames.mention_at.get(f.i)) is not None and m in others]
        if members:
            return [Role(members[0], "owner")]
    if not countries or None in countries:
        return []
    instruments = [t for t in token.subtree if fold(t.lemma_) in frames.profile.domestic_instruments]
    if instruments and len(countries) == 1 and all(s.mention.actor.sector == "GOV" for s in sources):
        country = next(iter(countries))
        return [index.standing_on(frames, instruments[0], Actor(country + "LEG", country, None, "LEG", None, "domestic"))]
    # "Moscou et Pékin ont bloqué par un double veto": one body for all, where each casts it.
    bodies = {index.veto_bodies.get(country) for country in countries}
    body = bodies.pop() if len(bodies) == 1 else None
    if instruments or body is None or others or any(s.mention.actor.sector not in (None, "GOV") for s in sources):
        return []  # "vetoed the EU's aid package": cast in another body the sentence names
    if any((p := frames.pattern_of(t)) is not None and p.code[:2] == MEETING_ROOT for t in sentence):
        return []  # "vetoed the resolution at a summit in Brussels": cast at that meeting
    # A veto of a permanent member on no bill of its own ("a bloqué par son veto la reconduction
    # des sanctions", "vetoed a draft resolution"): at the Security Council, named or not.
    return [index.standing_on(frames, token, body)]


def _means_of_a_rejection(frames: ParagraphFrames, noun: Token) -> bool:
    """Whether the veto noun is how a verb of rejection did its act ("bloqué par le veto russe",
    "a bloqué par son veto"): one act, which the verb codes."""
    verb = noun.head
    if verb.i == noun.i or verb.pos_ not in ("VERB", "AUX"):
        return False
    rejecting = frames.pattern_of(verb)
    return rejecting is not None and rejecting.code[:2] == REJECT_ROOT


def veto_bodies(knowledge: ActorKnowledge) -> dict[str, Actor]:
    """The body each state's veto is cast against (organizations.toml ``veto_holders``)."""
    return {
        state: org_actor(knowledge, org.id, "domestic")
        for org in knowledge.organizations.values()
        for state in org.veto_holders
    }


def _council(role: Role) -> Role:
    """The same mention read as the Security Council (a veto at the UN is cast there)."""
    actor = role.mention.actor
    if actor.organization != UNITED_NATIONS:
        return role
    council = replace(actor, country=None, organization=SECURITY_COUNCIL, entity=None)
    return replace(role, mention=replace(role.mention, actor=council))
