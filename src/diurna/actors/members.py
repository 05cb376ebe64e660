"""Member nouns ("members", "membres", "allies"): whose members they are.

- Of an intergovernmental organisation, they are its member states: "NATO members", "les pays membres
  de l'UE" (entity "<org> member states").
- Of any other organisation, they are the organisation itself: "Members of Hamas attacked a post" is
  Hamas acting, no states (``member_actor``).
- Of no named organisation but of another mention hung on them through "of" / "de" ("Members of the
  ruling party", "des membres du gang"), they take that mention's side when the owners are read
  (``apposed.sector_owners``); with no such mention they are no actor: "members of the jury"
  (``unnamed_members``).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge
from ..records import Actor
from .apposed import IGO_SECTOR, has_owner
from .atoms import Atom
from .resolved import Deferred, Resolved, org_actor


def member_actor(knowledge: ActorKnowledge, organization: str) -> Resolved:
    """The members of a named organisation: an IGO's member states, any other organisation itself."""
    org = knowledge.organizations[organization]
    if org.sector == IGO_SECTOR:
        return Resolved(org_actor(knowledge, organization, "members", entity=f"{org.id} member states"))
    return Resolved(org_actor(knowledge, organization, "members"))


def unnamed_members(doc: Doc, atom: Atom, owner_words: frozenset[str], unsettled: str) -> Resolved:
    """Members of no named organisation: their owner's side when a noun phrase hangs on them through
    ``owner_words`` ("of", "de"), left ``unsettled`` for the owners to settle (never the home country),
    else no actor."""
    if not has_owner(doc, atom.head, owner_words):
        return Resolved(None)
    return Resolved(Actor(None, None, None, None, None, unsettled), deferred=Deferred(owned_only=True))
