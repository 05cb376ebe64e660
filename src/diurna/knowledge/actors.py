"""Actor knowledge: states, organisations, offices and their holders by date, sector nouns
(records in ``actor_records``), loaded once with the lookups the actor stage needs.

Loaded from ``data/countries.toml``, ``data/organizations.toml``,
``data/offices.toml``, ``data/institutions.toml``, ``data/people.toml``, ``data/sectors.toml`` and
``data/actor_words.toml`` (each file documents its fields at its top).
``ActorKnowledge.validate`` states the rules the data keeps; the test suite runs it.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections import defaultdict
from importlib import resources
from typing import Iterable, Mapping

from ..errors import KnowledgeError
from .actor_records import (  # noqa: F401 (re-exported: the actor stage imports them from here)
    LANGS,
    ActorWords,
    Country,
    Holder,
    Institution,
    Office,
    Organization,
    PairWords,
    Role,
    SectorNoun,
    accent_blind,
    fold,
    person_key,
    strip_accents,
)


def _data(name: str) -> dict:
    try:
        return tomllib.loads(resources.files("diurna.knowledge").joinpath(f"data/{name}").read_text("utf-8"))
    except FileNotFoundError as exc:
        raise KnowledgeError(f"missing knowledge file data/{name}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise KnowledgeError(f"data/{name}: {exc}") from exc


def _strings(entry: Mapping, key: str) -> tuple[str, ...]:
    values = entry.get(key, [])
    if isinstance(values, str):
        values = [values]
    return tuple(v.strip() for v in values if isinstance(v, str) and v.strip())


def _state_nouns(table: Mapping, lang: str) -> dict[str, frozenset[str]]:
    """State noun lemma -> the states it may stand for (empty: any state). A kind is any key of
    the table that is no language's own ("island" with "island_en", "island_fr")."""
    nouns = {fold(w): frozenset() for w in _strings(table, lang)}
    kinds = [key for key in table if key not in LANGS and not key.endswith(tuple(f"_{code}" for code in LANGS))]
    for kind in kinds:
        states = frozenset(code.upper() for code in _strings(table, kind))
        nouns.update({fold(w): states for w in _strings(table, f"{kind}_{lang}")})
    return nouns


def _pair_words(table: Mapping) -> PairWords:
    def lemmas(key: str) -> dict[str, frozenset[str]]:
        return {lang: frozenset(fold(w) for w in _strings(table, f"{key}_{lang}")) for lang in LANGS}

    def written(key: str) -> dict[str, frozenset[str]]:
        return {lang: frozenset(w.lower() for w in _strings(table, f"{key}_{lang}")) for lang in LANGS}

    return PairWords(lemmas("heads"), lemmas("country"), lemmas("self"), written("quantifiers"), written("warring"))


def _date(value: str, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise KnowledgeError(f"{where}: bad date {value!r}") from exc


class ActorKnowledge:
    """All actor data, with the lookups the actor stage needs, built once."""

    def __init__(
        self,
        countries: Iterable[Country],
        organizations: Iterable[Organization],
        offices: Iterable[Office],
        sectors: Mapping[str, Iterable[SectorNoun]],
        institutions: Iterable[Institution] = (),
        people: Iterable[tuple[tuple[str, ...], tuple[Role, ...]]] = (),
        words: ActorWords | None = None,
    ) -> None:
        no_words = {lang: frozenset[str]() for lang in LANGS}
        self.words = words or ActorWords(no_words, no_words, no_words)
        self.countries = {c.iso3: c for c in countries}
        # States by each of their names and seats in any language, accent-blind: what a dateline's
        # place may name (actors/datelines.py).
        by_name_or_seat: dict[str, set[str]] = defaultdict(set)
        for country in self.countries.values():
            for names in (country.names, country.seats):
                for written in names.values():
                    for name in written:
                        by_name_or_seat[accent_blind(name)].add(country.iso3)
        self.states_by_name_or_seat: dict[str, frozenset[str]] = {key: frozenset(isos) for key, isos in by_name_or_seat.items()}
        self.organizations = {o.id: o for o in organizations}
        self.offices = {o.id: o for o in offices}
        self.sectors = {lang: tuple(nouns) for lang, nouns in sectors.items()}
        self.institutions = tuple(institutions)
        # Offices by (folded title, language) → offices with that title.
        self.offices_by_title: dict[tuple[str, str], list[Office]] = defaultdict(list)
        for office in self.offices.values():
            for lang, titles in office.titles.items():
                for title in titles:
                    self.offices_by_title[(fold(title), lang)].append(office)
        # People by folded full name and by folded surname, with every role they held.
        self.people: dict[str, list[Role]] = defaultdict(list)
        self.surnames: dict[str, set[str]] = defaultdict(set)
        # Every written form of each person's name, by their folded canonical name.
        self.names_of: dict[str, set[str]] = defaultdict(set)

        def add_person(names: Iterable[str], role: Role) -> None:
            for written in names:
                key = person_key(written)
                self.people[key].append(role)
                self.names_of[person_key(role.person)].add(key)
                parts = key.split()
                if len(parts) > 1:
                    self.surnames[parts[-1]].add(person_key(role.person))

        for office in self.offices.values():
            for holder in office.holders:
                role = Role(holder.name, holder.start, holder.end, office.country, office.organization, office.sector, office)
                add_person(holder.names, role)
        for names, roles in people:
            for role in roles:
                add_person(names, role)
        # Sector nouns by their folded lemma sequence.
        self.sector_by_lemmas: dict[tuple[str, str], str] = {}
        for lang, nouns in self.sectors.items():
            for noun in nouns:
                self.sector_by_lemmas[(lang, " ".join(noun.lemmas))] = noun.code
        # The first word of each sector phrase, per language: a token whose lemma is none starts none.
        firsts: dict[str, set[str]] = defaultdict(set)
        for lang, phrase in self.sector_by_lemmas:
            firsts[lang].add(phrase.split(" ")[0])
        self.sector_first_lemmas: dict[str, frozenset[str]] = {lang: frozenset(words) for lang, words in firsts.items()}

    @classmethod
    def load(cls) -> "ActorKnowledge":
        countries = [
            Country(
                iso3=c["iso3"],
                cameo=c.get("cameo") or c["iso3"],
                kind=c.get("kind", "state"),
                name=_strings(c, "en")[0] if _strings(c, "en") else c["iso3"],
                names={lang: _strings(c, lang) for lang in LANGS},
                adjectives={lang: _strings(c, f"{lang}_adj") for lang in LANGS},
                seats={lang: _strings(c, f"{lang}_seats") for lang in LANGS},
                # A city's or region's adjective ("genevois") gives its state as a people's does.
                peoples={lang: _strings(c, f"{lang}_peoples") + _strings(c, f"{lang}_locals") for lang in LANGS},
                context={lang: _strings(c, f"{lang}_context") for lang in LANGS},
                context_with=_strings(c, "context_with"),
                shared={lang: _strings(c, f"{lang}_shared") for lang in LANGS},
                prefixes={lang: _strings(c, f"{lang}_prefix") for lang in LANGS},
            )
            for c in _data("countries.toml").get("country", [])
        ]
        organizations = [
            Organization(
                id=o["id"],
                cameo=o.get("cameo") or "IGO",
                sector=o.get("sector") or "IGO",
                country=o.get("country") or None,
                parent=o.get("parent") or None,
                name=o.get("en_name") or o["id"],
                names={lang: _strings(o, lang) for lang in LANGS},
                members={lang: _strings(o, f"{lang}_members") for lang in LANGS},
                context={lang: _strings(o, f"{lang}_context") for lang in LANGS},
                seats={lang: _strings(o, f"{lang}_seats") for lang in LANGS},
                bare={lang: _strings(o, f"{lang}_bare") for lang in LANGS},
                veto_holders=_strings(o, "veto_holders"),
            )
            for o in _data("organizations.toml").get("organization", [])
        ]
        offices = []
        for o in _data("offices.toml").get("office", []):
            where = f"offices.toml {o.get('id')}"
            holders = tuple(
                Holder(
                    name=h["name"],
                    names=tuple(dict.fromkeys([h["name"], *( [h["fr_name"]] if h.get("fr_name") else []), *_strings(h, "aliases")])),
                    start=_date(h["start"], where) or dt.date.min,
                    end=_date(h.get("end", ""), where),
                )
                for h in o.get("holders", [])
            )
            offices.append(
                Office(
                    id=o["id"],
                    organization=o.get("organization") or None,
                    country=o.get("country") or None,
                    sector=o.get("sector") or "GOV",
                    titles={lang: _strings(o, lang) for lang in LANGS},
                    holders=holders,
                )
            )
        institutions = [
            Institution(
                country=i["country"],
                sector=i["sector"],
                names={lang: _strings(i, lang) for lang in LANGS},
                shared=bool(i.get("shared", False)),
                shared_with=frozenset(i.get("shared_with", ())),
            )
            for i in _data("institutions.toml").get("institution", [])
        ]
        people = []
        for p in _data("people.toml").get("person", []):
            where = f"people.toml {p.get('name')}"
            names = tuple(dict.fromkeys([p["name"], *([p["fr_name"]] if p.get("fr_name") else []), *_strings(p, "aliases")]))
            roles = tuple(
                Role(
                    person=p["name"],
                    start=_date(r.get("start", ""), where) or dt.date.min,
                    end=_date(r.get("end", ""), where),
                    country=r.get("country") or None,
                    organization=r.get("organization") or None,
                    sector=r.get("sector") or "GOV",
                )
                for r in p.get("roles", [])
            )
            people.append((names, roles))
        sectors: dict[str, list[SectorNoun]] = {lang: [] for lang in LANGS}
        for s in _data("sectors.toml").get("sector", []):
            for lang in LANGS:
                for phrase in _strings(s, lang):
                    sectors[lang].append(SectorNoun(s["code"], tuple(fold(phrase).split())))
        raw_words = _data("actor_words.toml")
        words = ActorWords(
            former={lang: frozenset(w.lower() for w in _strings(raw_words.get("former", {}), lang)) for lang in LANGS},
            place_nouns={lang: frozenset(fold(w) for w in _strings(raw_words.get("place_nouns", {}), lang)) for lang in LANGS},
            country_nouns={lang: frozenset(fold(w) for w in _strings(raw_words.get("country_nouns", {}), lang)) for lang in LANGS},
            weapons={lang: frozenset(fold(w) for w in _strings(raw_words.get("weapons", {}), lang)) for lang in LANGS},
            bare_after={lang: frozenset(w.lower() for w in _strings(raw_words.get("bare_after", {}), lang)) for lang in LANGS},
            not_actors={lang: _strings(raw_words.get("not_actors", {}), lang) for lang in LANGS},
            located={lang: frozenset(fold(w) for w in _strings(raw_words.get("located", {}), lang)) for lang in LANGS},
            earlier_only={lang: frozenset(fold(w) for w in _strings(raw_words.get("earlier_only", {}), lang)) for lang in LANGS},
            hyphen_owner={lang: frozenset(w.lower() for w in _strings(raw_words.get("hyphenated", {}), f"owner_{lang}")) for lang in LANGS},
            hyphen_not={lang: frozenset(w.lower() for w in _strings(raw_words.get("hyphenated", {}), f"not_{lang}")) for lang in LANGS},
            hyphen_not_before={
                lang: frozenset(w.lower() for w in _strings(raw_words.get("hyphenated", {}), f"not_before_{lang}")) for lang in LANGS
            },
            origin={lang: frozenset(fold(w) for w in _strings(raw_words.get("origin", {}), lang)) for lang in LANGS},
            origin_subjects={
                lang: frozenset(fold(w) for w in _strings(raw_words.get("origin", {}), f"subjects_{lang}")) for lang in LANGS
            },
            name_particles={lang: frozenset(w.lower() for w in _strings(raw_words.get("name_particles", {}), lang)) for lang in LANGS},
            title_adjectives={lang: frozenset(fold(w) for w in _strings(raw_words.get("title_adjectives", {}), lang)) for lang in LANGS},
            origin_prepositions={
                lang: frozenset(w.lower() for w in _strings(raw_words.get("origin", {}), f"prepositions_{lang}")) for lang in LANGS
            },
            seated={lang: frozenset(fold(w) for w in _strings(raw_words.get("located", {}), f"seated_{lang}")) for lang in LANGS},
            stationed={lang: frozenset(fold(w) for w in _strings(raw_words.get("located", {}), f"stationed_{lang}")) for lang in LANGS},
            located_prepositions={
                lang: frozenset(w.lower() for w in _strings(raw_words.get("located", {}), f"prepositions_{lang}")) for lang in LANGS
            },
            near={lang: frozenset(fold(w) for w in _strings(raw_words.get("near", {}), lang)) for lang in LANGS},
            camp_countries={
                lang: {fold(w): iso3 for iso3, table in raw_words.get("camp_countries", {}).items() for w in _strings(table, lang)}
                for lang in LANGS
            },
            pairs=_pair_words(raw_words.get("pairs", {})),
            state_nouns={lang: _state_nouns(raw_words.get("state_nouns", {}), lang) for lang in LANGS},
            workplace_prepositions={
                lang: frozenset(w.lower() for w in _strings(raw_words.get("workplace", {}), lang)) for lang in LANGS
            },
            links={lang: frozenset(fold(w) for w in _strings(raw_words.get("links", {}), lang)) for lang in LANGS},
            link_verbs={lang: frozenset(fold(w) for w in _strings(raw_words.get("links", {}), f"through_{lang}")) for lang in LANGS},
            linked_people={lang: frozenset(fold(w) for w in _strings(raw_words.get("links", {}), f"people_{lang}")) for lang in LANGS},
            owner_prepositions={lang: frozenset(w.lower() for w in _strings(raw_words.get("owners", {}), lang)) for lang in LANGS},
            agent_owner_prepositions={
                lang: frozenset(w.lower() for w in _strings(raw_words.get("owners", {}), f"agent_prepositions_{lang}")) for lang in LANGS
            },
            agent_nouns={lang: frozenset(fold(w) for w in _strings(raw_words.get("owners", {}), f"agents_{lang}")) for lang in LANGS},
            place_of_words={lang: frozenset(w.lower() for w in _strings(raw_words.get("place_of", {}), lang)) for lang in LANGS},
            pair_conjunctions={lang: frozenset(w.lower() for w in _strings(raw_words.get("pair_conjunctions", {}), lang)) for lang in LANGS},
            regional={lang: frozenset(fold(w) for w in _strings(raw_words.get("regional", {}), lang)) for lang in LANGS},
            common_surnames=frozenset(person_key(w) for w in _strings(raw_words.get("bare_surnames", {}), "common")),
            group_nouns={
                lang: {
                    fold(w): kind for kind in ("nonstate", "igo", "any") for w in _strings(raw_words.get("group_nouns", {}), f"{kind}_{lang}")
                }
                for lang in LANGS
            },
            home_nouns={
                lang: {fold(w): iso3 for iso3, table in raw_words.get("home_nouns", {}).items() for w in _strings(table, lang)}
                for lang in LANGS
            },
        )
        return cls(countries, organizations, offices, sectors, institutions, people, words)

    # Lookups -----------------------------------------------------------------

    def person(self, name: str, day: dt.date | None) -> tuple[Role | None, str | None]:
        """The role a named person holds on ``day`` (None outside their terms) and their canonical name.

        A bare surname counts when it names one known person only.
        """
        key = person_key(name)
        candidates = self.people.get(key)
        if not candidates and len(key.split()) == 1:
            bearer = self.surname_bearer(key, day)
            if bearer is not None:
                candidates = self.people.get(bearer)
        if not candidates:
            return None, None
        canonical = candidates[0].person
        if day is not None:
            for role in candidates:
                if role.holds_on(day):
                    return role, role.person
        return None, canonical

    def surname_bearer(self, surname: str, day: dt.date | None) -> str | None:
        """The person a bare surname names (their folded canonical name): the one known bearer; else,
        on a date, the one bearer in a role that day, or the one holding an office that day ("Kallas"
        is Kaja Kallas in 2023, not Siim; "Assad" in 2016 is the president, not his brother)."""
        bearers = self.surnames.get(person_key(surname))
        if not bearers:
            return None
        if len(bearers) == 1:
            return next(iter(bearers))
        if day is None:
            return None
        acting = {
            bearer: [r for r in self.people.get(bearer, ()) if person_key(r.person) == bearer and r.holds_on(day)]
            for bearer in bearers
        }
        acting = {bearer: roles for bearer, roles in acting.items() if roles}
        if len(acting) == 1:
            return next(iter(acting))
        in_office = [bearer for bearer, roles in acting.items() if any(r.office is not None for r in roles)]
        return in_office[0] if len(in_office) == 1 else None

    def last_role(self, name: str, day: dt.date | None) -> Role | None:
        """The latest role a named person had begun by ``day`` (any role without a date): the side
        a former office holder comes from ("former President Lula")."""
        role, canonical = self.person(name, day)
        if role is not None:
            return role
        if canonical is None:
            return None
        roles = [r for r in self.people.get(person_key(canonical), []) if day is None or r.start <= day]
        return max(roles, key=lambda r: r.start, default=None)

    def first_role(self, name: str) -> Role | None:
        """The earliest role of a named person (the side they come from before it began)."""
        _, canonical = self.person(name, None)
        if canonical is None:
            return None
        return min(self.people.get(person_key(canonical), []), key=lambda r: r.start, default=None)

    def offices_titled(self, title: str, lang: str) -> list[Office]:
        return self.offices_by_title.get((fold(title), lang), [])

    def office_for(self, title: str, lang: str, *, country: str | None = None, organization: str | None = None) -> Office | None:
        offices = self.offices_titled(title, lang)
        for office in offices:
            if country and office.country == country:
                return office
            if organization and office.organization == organization:
                return office
        # "the UN human rights chief": the office of a body the named organisation holds (OHCHR, the UN's),
        # when the title is that body's alone. A title the heads of many bodies bear ("chief",
        # "president") tells none of the organisation's bodies: "the EU chief negotiator" is no ECB's.
        if len({office.organization for office in offices}) > 1:
            return None
        for office in offices:
            if organization and office.organization and self.organizations[office.organization].parent == organization:
                return office
        return None

    # Statistics --------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        """Counts per category and the latest term date known, to see staleness at a glance."""
        holders = [h for o in self.offices.values() for h in o.holders]
        dates = [d for h in holders for d in (h.start, h.end) if d and d != dt.date.min]
        kinds: dict[str, int] = defaultdict(int)
        for country in self.countries.values():
            kinds[country.kind] += 1
        sectors: dict[str, int] = defaultdict(int)
        for org in self.organizations.values():
            sectors[org.sector] += 1
        return {
            "countries": dict(sorted(kinds.items())),
            "country_aliases": {
                lang: sum(len(c.names[lang]) + len(c.adjectives[lang]) + len(c.seats[lang]) for c in self.countries.values())
                for lang in LANGS
            },
            "organizations": dict(sorted(sectors.items())),
            "offices": len(self.offices),
            "office_holders": len(holders),
            "offices_by_scope": {
                "international": sum(1 for o in self.offices.values() if o.organization),
                "national": sum(1 for o in self.offices.values() if o.country),
                "countries_with_offices": len({o.country for o in self.offices.values() if o.country}),
            },
            "sector_nouns": {lang: len(nouns) for lang, nouns in self.sectors.items()},
            "latest_term_date": max(dates).isoformat() if dates else None,
        }

    # Validation --------------------------------------------------------------

    def validate(self, valid_sectors: Iterable[str]) -> list[str]:
        """Every broken rule of the data, as readable lines (empty when the data is sound)."""
        problems: list[str] = []
        sectors = set(valid_sectors)
        for lang in LANGS:
            owners: dict[str, set[str]] = defaultdict(set)
            for country in self.countries.values():
                for alias in (*country.names[lang], *country.adjectives[lang], *country.seats[lang], *country.peoples.get(lang, ())):
                    owners[fold(alias)].add(f"country:{country.iso3}")
            for org in self.organizations.values():
                for alias in (*org.names[lang], *org.members[lang], *org.bare.get(lang, ())):
                    owners[fold(alias)].add(f"org:{org.id}")
            for alias, who in owners.items():
                # An alias of an organisation that is also a country's is decided by case (US/us); only flag
                # aliases that two entries of the same kind share.
                kinds = defaultdict(set)
                for owner in who:
                    kind, _, ident = owner.partition(":")
                    kinds[kind].add(ident)
                for kind, idents in kinds.items():
                    if len(idents) > 1:
                        problems.append(f"{lang} alias {alias!r} points at several {kind}s: {sorted(idents)}")
        for lang in LANGS:
            country_seats = {fold(a) for c in self.countries.values() for a in c.seats[lang]}
            for org in self.organizations.values():
                for seat in org.seats[lang]:
                    if fold(seat) not in country_seats:
                        problems.append(f"organization {org.id}: {lang} seat {seat!r} is no state's seat")
        for org in self.organizations.values():
            if org.parent and org.parent not in self.organizations:
                problems.append(f"organization {org.id}: unknown parent {org.parent}")
            if org.country and org.country not in self.countries:
                problems.append(f"organization {org.id}: unknown country {org.country}")
            for holder in org.veto_holders:
                if holder not in self.countries:
                    problems.append(f"organization {org.id}: unknown veto holder {holder}")
        for office in self.offices.values():
            if bool(office.organization) == bool(office.country):
                problems.append(f"office {office.id}: needs exactly one of organization and country")
            if office.organization and office.organization not in self.organizations:
                problems.append(f"office {office.id}: unknown organization {office.organization}")
            if office.country and office.country not in self.countries:
                problems.append(f"office {office.id}: unknown country {office.country}")
            if office.sector not in sectors:
                problems.append(f"office {office.id}: unknown sector {office.sector}")
            previous: Holder | None = None
            for holder in office.holders:
                if holder.end is not None and holder.end < holder.start:
                    problems.append(f"office {office.id}: {holder.name} ends before starting")
                if previous is not None:
                    if previous.end is None or previous.end > holder.start:
                        problems.append(f"office {office.id}: {previous.name} and {holder.name} overlap or are out of order")
                previous = holder
        for institution in self.institutions:
            if institution.country not in self.countries:
                problems.append(f"institution {institution.names}: unknown country {institution.country}")
            if institution.sector not in sectors:
                problems.append(f"institution {institution.names}: unknown sector {institution.sector}")
        for lang in LANGS:
            taken = {fold(a) for c in self.countries.values() for a in (*c.names[lang], *c.seats[lang])}
            taken |= {fold(a) for o in self.organizations.values() for a in o.names[lang]}
            seen_names: set[str] = set()
            for institution in self.institutions:
                for alias in institution.names[lang]:
                    if fold(alias) in taken or fold(alias) in seen_names:
                        problems.append(f"{lang} institution alias {alias!r} points at two actors")
                    seen_names.add(fold(alias))
        for key, roles in self.people.items():
            for role in roles:
                if role.office is None:
                    if role.country and role.country not in self.countries:
                        problems.append(f"person {role.person}: unknown country {role.country}")
                    if role.organization and role.organization not in self.organizations:
                        problems.append(f"person {role.person}: unknown organization {role.organization}")
                    if role.end is not None and role.end < role.start:
                        problems.append(f"person {role.person}: a role ends before it starts")
        for lang in LANGS:
            if not (self.words.former.get(lang) and self.words.place_nouns.get(lang) and self.words.country_nouns.get(lang)):
                problems.append(f"actor_words.toml: a list is empty for {lang}")
            for noun in (*self.words.place_nouns.get(lang, ()), *self.words.country_nouns.get(lang, ())):
                if len(noun.split()) != 1:
                    problems.append(f"actor_words.toml: noun {noun!r} ({lang}) is not one word")
            for noun in (*self.words.group_nouns.get(lang, {}), *self.words.state_nouns.get(lang, ()), *self.words.pairs.heads.get(lang, ())):
                if len(noun.split()) != 1:
                    problems.append(f"actor_words.toml: anaphor noun {noun!r} ({lang}) is not one word")
            for noun, states in self.words.state_nouns.get(lang, {}).items():
                for iso3 in sorted(states - set(self.countries)):
                    problems.append(f"actor_words.toml: state noun {noun!r} ({lang}) names unknown country {iso3}")
            if not (self.words.place_of_words.get(lang) and self.words.pair_conjunctions.get(lang)):
                problems.append(f"actor_words.toml: [place_of] or [pair_conjunctions] is empty for {lang}")
            if not self.words.regional.get(lang):
                problems.append(f"actor_words.toml: [regional] is empty for {lang}")
            if not (self.words.pairs.quantifiers.get(lang) and self.words.pairs.heads.get(lang)):
                problems.append(f"actor_words.toml: [pairs] has no heads or quantifiers for {lang}")
            for noun, iso3 in self.words.home_nouns.get(lang, {}).items():
                if iso3 not in self.countries:
                    problems.append(f"actor_words.toml: home noun {noun!r} ({lang}) of unknown country {iso3}")
                if (lang, noun) not in self.sector_by_lemmas:
                    problems.append(f"actor_words.toml: home noun {noun!r} ({lang}) is no sector noun")
            for noun, iso3 in self.words.camp_countries.get(lang, {}).items():
                if iso3 not in self.countries:
                    problems.append(f"actor_words.toml: camp {noun!r} ({lang}) of unknown country {iso3}")
                if (lang, noun) not in self.sector_by_lemmas:
                    problems.append(f"actor_words.toml: camp {noun!r} ({lang}) is no sector noun")
        for lang in LANGS:
            full = {fold(a) for c in self.countries.values() for a in (*c.names[lang], *c.adjectives[lang], *c.seats[lang])}
            sharers: dict[str, set[str]] = defaultdict(set)
            for country in self.countries.values():
                for alias in country.shared.get(lang, ()):
                    sharers[fold(alias)].add(country.iso3)
            for country in self.countries.values():
                for prefix in country.prefixes.get(lang, ()):
                    if " " in prefix or "-" in prefix or fold(prefix) in full:
                        problems.append(f"country {country.iso3}: {lang} prefix {prefix!r} is not one word of its own")
            for alias, isos in sharers.items():
                if len(isos) < 2:
                    problems.append(f"{lang} shared name {alias!r} has one state only: {sorted(isos)}")
                if alias in full:
                    problems.append(f"{lang} shared name {alias!r} is also a state's own name")
        for country in self.countries.values():
            for other in country.context_with:
                if other not in self.countries:
                    problems.append(f"country {country.iso3}: unknown context_with country {other}")
            if any(country.context.get(lang) for lang in LANGS) and not country.context_with:
                problems.append(f"country {country.iso3}: context names need context_with")
        for lang in LANGS:
            for table, phrases in (
                ("weapons", self.words.weapons.get(lang, ())),
                ("located", self.words.located.get(lang, ())),
                ("earlier_only", self.words.earlier_only.get(lang, ())),
                ("origin", self.words.origin.get(lang, ())),
                ("origin subjects", self.words.origin_subjects.get(lang, ())),
            ):
                for phrase in phrases:
                    if (lang, phrase) not in self.sector_by_lemmas:
                        problems.append(f"actor_words.toml: {table} {phrase!r} ({lang}) is no sector noun")
        for lang, nouns in self.sectors.items():
            seen: dict[str, str] = {}
            for noun in nouns:
                key = " ".join(noun.lemmas)
                if noun.code not in sectors:
                    problems.append(f"sector noun {key!r} ({lang}): unknown code {noun.code}")
                if key in seen and seen[key] != noun.code:
                    problems.append(f"sector noun {key!r} ({lang}) has two codes: {seen[key]}, {noun.code}")
                seen[key] = noun.code
        return problems
