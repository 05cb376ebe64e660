"""The records of actor knowledge (states, organisations, offices and their holders, sector
nouns, the words around actor names) and the keys names are compared on; loaded and looked up by
``knowledge.actors.ActorKnowledge``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

LANGS = ("fr", "en")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower case, typographic apostrophes and dashes made plain: the key aliases are compared on."""
    text = unicodedata.normalize("NFC", text)
    return text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-").lower()


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=200_000)
def accent_blind(text: str) -> str:
    """``fold`` without accents: the key of names the press writes with and without them."""
    return strip_accents(fold(text))


def person_key(name: str) -> str:
    """People are looked up accent-blind: the press writes "Lula da Silva" with and without "Inácio"'s accent."""
    return accent_blind(name)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    cameo: str
    kind: str
    name: str  # canonical English short name
    names: Mapping[str, tuple[str, ...]]
    adjectives: Mapping[str, tuple[str, ...]]
    seats: Mapping[str, tuple[str, ...]]
    # Peoples of this one state, named like its adjectives ("the Rohingya", "réfugiés rohingyas").
    peoples: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # Names that mean this state only in an article naming one of ``context_with`` ("le Nord"
    # beside South Korea).
    context: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    context_with: tuple[str, ...] = ()
    # A short name several states share ("Korea"): the one the article names in full, if only one.
    prefixes: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)  # "Franco" before "-"
    shared: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Organization:
    id: str
    cameo: str
    sector: str
    country: str | None
    parent: str | None
    name: str  # canonical English name
    names: Mapping[str, tuple[str, ...]]
    members: Mapping[str, tuple[str, ...]]
    context: Mapping[str, tuple[str, ...]]
    seats: Mapping[str, tuple[str, ...]]  # cities that stand for it when they act ("Bruxelles" → EU)
    # Names that are this organisation on their own unless a country qualifies them ("the Security Council").
    bare: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # States whose veto alone stops its decisions (the Security Council's permanent members).
    veto_holders: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    names: tuple[str, ...]  # every written form: English, French, aliases
    start: dt.date
    end: dt.date | None

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Office:
    id: str
    organization: str | None
    country: str | None
    sector: str
    titles: Mapping[str, tuple[str, ...]]
    holders: tuple[Holder, ...]

    def holder_on(self, day: dt.date | None) -> Holder | None:
        if day is None:
            return None
        for holder in self.holders:
            if holder.holds_on(day):
                return holder
        return None


@dataclass(frozen=True, slots=True)
class Role:
    """A person acting for a side during a term: an office held, or a role from ``people.toml``."""

    person: str  # canonical name
    start: dt.date
    end: dt.date | None
    country: str | None
    organization: str | None
    sector: str
    office: Office | None = None

    def holds_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Institution:
    """A national body named by its own name (the Knesset, the Pentagon): its state and sector."""

    country: str
    sector: str
    names: Mapping[str, tuple[str, ...]]
    # Other states have a body of the same name ("Conseil constitutionnel"): in an article about
    # one of them, the name is that state's body.
    shared: bool = False
    # The other states whose body of that name it may be ("Congress": Argentina's, Peru's, …, not
    # Ukraine's in an article about US aid to Ukraine); empty when any state may have one.
    shared_with: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class ActorWords:
    """Per-language words around actor names (``data/actor_words.toml``)."""

    former: Mapping[str, frozenset[str]]  # "former", "ancien": a past holder of the title that follows
    place_nouns: Mapping[str, frozenset[str]]  # lemmas: "ville de Douma" is a place
    country_nouns: Mapping[str, frozenset[str]]  # lemmas: "the country's military" is the country named last
    # Lemma phrases of weapons and war machines: a military only when their owner is named.
    weapons: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Words after which a bare sector noun is no actor ("en régime spécial", "en justice").
    bare_after: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Names and compounds holding a sector word that name no actor ("West Bank", "gang rapes"), as written.
    not_actors: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # Lemma phrases of people who act where they are: "Officials in Mumbai" are India's.
    located: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    located_prepositions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "in", "à"
    # lemmas of bodies seated where they are named: "a court in Izmir" is Turkey's whatever else is named
    seated: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # lemmas of forces that, doing their clause's act, are the state where the noun is placed: "Soldiers in Guinea-Bissau arrested …"
    stationed: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemma phrases of sector nouns that, bare, name only what an earlier mention of the noun named ("the regime").
    earlier_only: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Words hyphened to a country: after it, its noun is the state's ("British-flagged") or it is no
    # actor ("Russian-backed"); before it, no actor ("pro-Russian").
    hyphen_owner: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    hyphen_not: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    hyphen_not_before: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemma phrases of sector nouns qualified by the side they come from ("a delegation from Hamas").
    origin: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    origin_prepositions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "from"
    origin_subjects: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "troops from X" as a subject
    # Lower-case words inside a person's name ("Lula da Silva"): see ``actors.named_titles``.
    name_particles: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Words before an office title's head noun ("Premier ministre"): see ``context.title_head``.
    title_adjectives: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemma phrases of party nouns -> the state whose parties they name when the article names none.
    camp_countries: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    # Prepositions after which a capitalised word is a place, not a person ("near Djibo", "près de Djibo").
    near: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "both sides", "les deux pays": the two parties named before (see ``actors.pairs``).
    pairs: "PairWords" = dataclasses.field(default_factory=lambda: PairWords())
    # Lemma phrases of sector nouns -> the one state whose people they name ("settlers": Israel's).
    home_nouns: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    # Lemmas of "the group", "le mouvement", "the alliance": the organisation named before, by kind
    # ("nonstate", "igo", "any"; see ``actors.groups``).
    group_nouns: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    # Lemmas of "the country", "le royaume", "the island": the state named before, among the states
    # each may stand for (empty: any; see ``actors.groups``).
    state_nouns: Mapping[str, Mapping[str, frozenset[str]]] = dataclasses.field(default_factory=dict)
    # "at", "chez": a national body after one is where a sector noun's people work (see ``actors.apposed``).
    workplace_prepositions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemmas of "linked", "lié": a group noun tied to the side named after them (see ``actors.apposed``).
    links: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemmas of "claim": verbs a link is told through ("men claiming to belong to al-Shabaab").
    link_verbs: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Lemmas of "gunman", "spokesperson": people with no side but the one they are linked to or work for.
    linked_people: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "from", "of", "de": a bare sector noun takes the side of the mention after them (see ``actors.apposed``).
    owner_prepositions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "for": an agent noun's employer ("Negotiators for the government"); lemmas of those nouns.
    agent_owner_prepositions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    agent_nouns: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "of", "de": a name after a ruling noun and one of them is a place ("the governor of Lagos").
    place_of_words: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # "and", "et": a context name coordinated with the other state's name ("North and South Korea").
    pair_conjunctions: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Folded lemmas of regional adjectives: their sector noun takes no home country ("African ministers").
    regional: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Surnames (``person_key``) too common to stand alone for an office holder: see ``actors.surnames``.
    common_surnames: frozenset[str] = frozenset()

    def owners_of(self, lang: str, noun: str) -> frozenset[str]:
        """The prepositions through which a bare sector noun (its folded lemma) takes another mention's
        side: "from", "of" for any; "for" too for an agent noun ("negotiators for", not "envoy for")."""
        found = self.owner_prepositions.get(lang, frozenset())
        if noun in self.agent_nouns.get(lang, frozenset()):
            found = found | self.agent_owner_prepositions.get(lang, frozenset())
        return found


@dataclass(frozen=True, slots=True)
class PairWords:
    """Words of the nouns that stand for two parties named before (``actor_words.toml`` [pairs])."""

    heads: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # lemmas: "side", "pays"
    country_heads: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # two states only
    self_heads: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "les belligérants"
    quantifiers: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "both", "deux"
    warring: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)  # "warring", "belligérantes"


@dataclass(frozen=True, slots=True)
class SectorNoun:
    code: str
    lemmas: tuple[str, ...]  # folded lemmas of the words, in order
