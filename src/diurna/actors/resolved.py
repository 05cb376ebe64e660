"""What resolving an actor mention gives: the actor, the office it holds, what it still waits for,
and the mentions remembered for coreference; with the actors of a country, organisation or office."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..knowledge.actors import ActorKnowledge, Office
from ..records import Actor

# How a known person is resolved on a day they hold no role: the side of their last one.
PAST_ROLE = "past_role"


def acts_on_the_day(actor: Actor | None) -> bool:
    """Whether a resolved person holds a role on the article's date (a side, not a past one)."""
    return actor is not None and bool(actor.country or actor.organization) and actor.how != PAST_ROLE


@dataclass(frozen=True, slots=True)
class Deferred:
    """What a mention still needs from the article's home country (known once every mention is read)."""

    title: str | None = None  # a bare national title ("the Foreign Secretary"): the home country's office
    lang: str = ""
    fallback: str | None = None  # a shared institution name: its own state when the article names no other
    fallback_unless: frozenset[str] = frozenset()  # the only other states that shared name may be (empty: any)
    named: bool = True  # the fallback is the body's own state, not a guess (a party noun's: "the Republicans")
    local: bool = False  # people who act where they are (protesters, police): their sentence's places may tell whose
    of_place: int | None = None  # the article offset of the proper noun after "of" / "de" ("residents of Kharkiv")
    named_holder: bool = False  # a person named with a national title: the sole country's even in its own sentence
    subject: bool = False  # the subject of its clause: the sole country's even in its own sentence (see ``homes``)
    owned_only: bool = False  # a noun never guessed ("negotiators") with an owner: its owner's side or none
    regional: bool = False  # a noun a region qualifies ("African ministers"): no state's


@dataclass
class Resolved:
    actor: Actor | None
    office: Office | None = None
    deferred: Deferred | None = None


# One remembered mention: its actor, its office, and the bare titles it was named by ("Bernard
# Thibault, son secrétaire général" … "le secrétaire général").
@dataclass(frozen=True, slots=True)
class Earlier:
    actor: Actor
    office: Office | None
    titles: frozenset[str] = frozenset()
    noun: str | None = None  # a sector noun's lemmas ("regime"), for a bare one of ``earlier_only`` later


def country_actor(knowledge: ActorKnowledge, iso3: str, sector: str | None, how: str, entity: str | None = None) -> Actor:
    country = knowledge.countries[iso3]
    return Actor(
        code=country.cameo + (sector or ""),
        country=iso3,
        organization=None,
        sector=sector,
        entity=entity,  # a person or a named group; a state or its agencies have none
        how=how,
    )


def org_actor(knowledge: ActorKnowledge, org_id: str, how: str, entity: str | None = None, sector: str | None = None) -> Actor:
    org = knowledge.organizations[org_id]
    return Actor(
        code=org.cameo,
        country=org.country,
        organization=org.id,
        sector=sector or org.sector,
        entity=entity,
        how=how,
    )


def office_actor(knowledge: ActorKnowledge, office: Office, day: dt.date | None, how: str) -> Actor:
    holder = office.holder_on(day)
    entity = holder.name if holder else None
    if office.organization:
        org = knowledge.organizations[office.organization]
        return Actor(code=org.cameo, country=org.country, organization=org.id, sector=office.sector, entity=entity, how=how)
    country = knowledge.countries[office.country]  # type: ignore[index]
    return Actor(code=country.cameo + office.sector, country=country.iso3, organization=None, sector=office.sector, entity=entity, how=how)


def own_group(knowledge: ActorKnowledge, country: str, org_id: str) -> bool:
    """Whether ``org_id`` is a group of ``country`` itself, no body of several states: "les rebelles
    ougandais des ADF" are the ADF (Uganda's), "French NATO troops" are France's, not NATO."""
    org = knowledge.organizations[org_id]
    return org.country == country and org.sector != "IGO"
