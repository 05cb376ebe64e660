"""Actor mentions: names, demonyms, seats of power, organisations, titles and people, resolved for the article's date.

Steps, in order, per paragraph:

1. *atoms*: lexicon matches (countries, organisations, people, office titles),
   sector nouns (``soldats``, ``police``), member nouns (``pays membres``) and
   honorific + name (``M. Stoltenberg``);
2. *noun phrases*: an atom heading a noun phrase takes the atoms that qualify
   it (``le ministre ukrainien`` → adjective; ``le secrétaire général de
   l'OTAN, Jens Stoltenberg`` → organisation and person);
3. *resolution*: an office by title and qualifier, its holder on the date;
   a person by name, their office on the date; a sector with its country;
4. *coreference* within the article: a bare title or a surname takes the
   actor of the latest earlier mention with that office, title or name; else a
   bare title is the office of an organisation the article names, or of the
   article's home country (see ``homes``: the countries it names, then its places
   once known), as are bare sector nouns ("la police"), party nouns ("the
   Republicans") and shared institution names; a body's head noun alone after its
   full name is that body ("the interior ministry … the ministry", see ``earlier``).

Along the way, a name after "la ville de" / "the town of" is a place, not an
actor (step 1), and a "former" title is not its holder on the date (step 3).
A weapon ("missile") is a military only with its owner named, a name holding a
sector word ("the West Bank") is no actor, a people of one state ("the Rohingya")
is its civilians, "le Nord" is North Korea beside South Korea, and officials or
police "in <place>" are that place's state's (data: ``actor_words.toml``). A noun's own name after it,
a group "linked to" a side, people "at" a national body and bare nouns "from"/"of" another mention
take that side (see ``apposed``); a place inside a person's name is no home (see ``homes``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Iterable

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge, Office, fold, person_key
from ..knowledge.language_profile import LanguageProfile
from ..records import Actor, ActorMention, ParsedArticle
from .atoms import (
    HONORIFIC_NAME,
    MEMBER,
    PERSON_LABELS,
    SECTOR,
    SHORT_NAME,
    Atom,
    atom_lemmas,
    word_before,
)
from .context import (
    OF_WORDS,
    bare_title_noun,
    earlier_holder,
    office_within,
)
from .earlier import Antecedent, head_key, is_short_name, latest
from .groups import group_mentions, state_mentions
from .branches import named_branches
from .homes import DOMESTIC, STATE_SECTORS, acted_on, of_place, placed_in, regional
from .lexicon import (
    COUNTRY_ADJECTIVE,
    COUNTRY_CONTEXT,
    COUNTRY_NAME,
    COUNTRY_PEOPLE,
    COUNTRY_SEAT,
    COUNTRY_SHARED,
    INSTITUTION,
    ORG_BARE,
    ORG_CONTEXT,
    ORG_MEMBERS,
    ORG_NAME,
    ORG_SEAT,
    PERSON,
    TITLE,
    ActorLexicon,
    Match,
)
from .agents import does_the_act
from .apposed import apposed_organization, has_owner, named_sides
from .datelines import dateline_country
from .members import member_actor, unnamed_members
from .named_titles import name_after
from .leader_pairs import counted_people
from .pairs import pair_mentions
from .paragraph_atoms import PERSON_HOWS, names_a_body, paragraph_atoms, span_of
from .resolved import PAST_ROLE, Deferred, Earlier, Resolved, acts_on_the_day, country_actor, office_actor, org_actor, own_group
from .settled import ActorReading, settle_actor_mentions
from .shared_names import context_owner
from .shared_titles import split_shared_titles, with_partners
from .surnames import NO_ARTICLE, ArticleNames, article_names, is_bare_surname, surname_backed
from .sides import coordinated_sides, office_sides, side_of

# Sectors of people who often act away from home ("ministers meeting in Luxembourg", "troops in
# Mali", jihadists across the Sahel, refugees by definition): a bare noun of theirs takes no country
# from its sentence's places (a place attached to it by "in" still counts: [located]).
TRAVELLING_SECTORS = frozenset({"GOV", "MIL", "REB", "REF"})


@dataclass(frozen=True, slots=True)
class ActorResources:
    knowledge: ActorKnowledge
    lexicons: dict[str, ActorLexicon]
    profiles: dict[str, LanguageProfile]
    us_states: frozenset[str] = frozenset()  # "Georgia" the state is no Georgia the country


# The ways a person's own actor is found (not a group's "entity" such as "NATO member states").


class MentionResolver:
    """Resolves the atoms of one article in reading order, keeping what coreference needs."""

    def __init__(
        self,
        resources: ActorResources,
        lang: str,
        day: dt.date | None,
        article_orgs: set[str],
        history: list[Earlier],
        article_countries: frozenset[str] = frozenset(),
        antecedents: list[Antecedent] | None = None,
        backing: ArticleNames = NO_ARTICLE,
    ) -> None:
        self.knowledge = resources.knowledge
        self.lang = lang
        self.day = day
        self.article_orgs = article_orgs
        self.article_countries = article_countries  # states the article names by name or adjective
        self.locatives = resources.profiles[lang].locative_prepositions
        self.history = history  # shared by the article's resolvers, whatever a paragraph's language
        self.antecedents = antecedents if antecedents is not None else []  # likewise
        self.profiles_deputy_words = resources.profiles[lang].deputy_words
        self.former_words = resources.knowledge.words.former.get(lang, frozenset())
        # The paragraph's resolved mentions by head token (an apposed title takes its name's actor)
        # and its title atoms by end token (a name right after a title takes the title's side).
        self.by_head: dict[int, Resolved] = {}
        self.titles_by_end: dict[int, tuple[Atom, Resolved]] = {}
        self.names_by_start: dict[int, Atom] = {}  # the paragraph's person atoms
        self.words_taken: frozenset[int] = frozenset()  # the paragraph's atoms' tokens
        self.article_names = backing  # what the article says that backs a bare surname (see ``surnames``)

    def _qualifier(self, atom: Atom) -> tuple[str | None, str | None, Atom | None]:
        country = organization = None
        person = None
        for qualifier in atom.qualifiers:
            for entry in qualifier.entries:
                if entry.kind in (COUNTRY_NAME, COUNTRY_ADJECTIVE, COUNTRY_PEOPLE, COUNTRY_SEAT, COUNTRY_SHARED) and country is None:
                    country = entry.ident
                elif entry.kind in (ORG_NAME, ORG_MEMBERS) and organization is None:
                    organization = entry.ident
                elif entry.kind == ORG_CONTEXT and organization is None and entry.ident in self.article_orgs:
                    organization = entry.ident
                elif entry.kind == INSTITUTION and country is None and not self.knowledge.institutions[int(entry.ident)].shared:
                    # "Yonhap news agency", "a Pentagon spokesman": the body's state.
                    country = self.knowledge.institutions[int(entry.ident)].country
            if qualifier.kind in (PERSON, HONORIFIC_NAME) and person is None:
                person = qualifier
        return country, organization, person

    def _person(self, name: str, titled: bool = False) -> Resolved:
        if is_bare_surname(self.knowledge, name) and not surname_backed(self.knowledge, name, self.day, self.article_names, titled):
            role, canonical = None, None  # "Castro" alone is no known Castro unless the article backs it (see ``surnames``)
        else:
            role, canonical = self.knowledge.person(name, self.day)
        if role is not None:
            if role.office is not None:
                actor = office_actor(self.knowledge, role.office, self.day, "person")
            elif role.organization:
                actor = org_actor(self.knowledge, role.organization, "person", sector=role.sector)
            elif role.country:
                actor = country_actor(self.knowledge, role.country, role.sector, "person")
            else:
                actor = Actor(None, None, None, role.sector, None, "person")
            return Resolved(replace(actor, entity=canonical), role.office)
        # Someone named earlier in the article ("Jens Stoltenberg" … "M. Stoltenberg").
        surname = fold(name).split()[-1] if name.split() else ""
        for earlier in reversed(self.history):
            actor = earlier.actor
            if actor.entity and fold(actor.entity).split()[-1:] == [surname]:
                return Resolved(replace(actor, how="coreference"), earlier.office)
        # A family name written first ("Kim Jong Un" … "Kim"), one word alone.
        for earlier in reversed(self.history):
            actor = earlier.actor
            if len(name.split()) == 1 and actor.entity and actor.how in PERSON_HOWS and fold(actor.entity).split()[:1] == [surname]:
                return Resolved(replace(actor, how="coreference"), earlier.office)
        if canonical:
            # Known, but holding nothing that day ("François Fillon" in 2017): the side of their last
            # role, with no sector, for the acts done to them.
            last = self.knowledge.last_role(name, self.day)
            if last is not None and last.organization:
                org = self.knowledge.organizations[last.organization]
                return Resolved(Actor(org.cameo, org.country, org.id, None, canonical, PAST_ROLE))
            if last is not None and last.country:
                return Resolved(country_actor(self.knowledge, last.country, None, PAST_ROLE, entity=canonical))
            # Known only for a later role ("Gusenbauer" in 2004, chancellor from 2007): a politician
            # of that country already, with no sector.
            first = self.knowledge.first_role(name)
            if last is None and first is not None and first.country:
                return Resolved(country_actor(self.knowledge, first.country, None, PAST_ROLE, entity=canonical))
            return Resolved(Actor(None, None, None, None, canonical, "person"))
        return Resolved(None)

    def _deputy(self, atom: Atom, doc: Doc) -> bool:
        """Whether the title is qualified as a deputy's: a word before it or one hung on its head."""
        # Words inside the matched title are the title's own ("Vice President" is an office).
        words = self.profiles_deputy_words
        before = doc[atom.start - 1].lower_.rstrip("-") if atom.start > 0 else ""
        return before in words or any(
            c.lower_ in words for c in doc[atom.head].children if not atom.start <= c.i < atom.end
        )

    def _former(self, atom: Atom, doc: Doc) -> bool:
        """Whether the title is a past one: "former President Lula", "l'ancien Premier ministre"."""
        first = min([atom.start, *(q.start for q in atom.qualifiers if q.end <= atom.start)])
        words = self.former_words
        # Before the whole phrase, or right before the title after its owner ("Pakistan's former prime minister").
        if any(start > 0 and doc[start - 1].lower_ in words for start in (first, atom.start)):
            return True
        # "ex-président" may be one token.
        return any(doc[atom.start].lower_.startswith(f"{w}-") for w in words if not w.endswith("-"))

    def _past_holder(self, atom: Atom, doc: Doc, country: str | None, organization: str | None, person: Atom | None) -> Resolved:
        """A former office holder: the side of the office (or the person's last one), no sector, the
        person named; never the office's holder on the date."""
        named = doc[person.start : person.end].text if person is not None else None
        role = self.knowledge.last_role(named, self.day) if named else None
        entity = role.person if role is not None else named
        if country is None and organization is None and role is not None:
            country, organization = role.country, role.organization
        if organization:
            org = self.knowledge.organizations[organization]
            return Resolved(Actor(org.cameo, org.country, org.id, None, entity, "title"))
        if country:
            return Resolved(country_actor(self.knowledge, country, None, "title", entity=entity))
        return Resolved(None)

    def _title_alone(self, title: str, atom: Atom | None = None, doc: Doc | None = None) -> Resolved:
        """A title with no side named: an earlier mention with that title, or with that head noun
        ("the minister"), the one office of that title, the home country's office of a national
        title, else the office of an organisation the article names."""
        for earlier in reversed(self.history):
            if title in earlier.titles or (
                earlier.office is not None and title in {fold(t) for t in earlier.office.titles.get(self.lang, ())}
            ):
                return Resolved(replace(earlier.actor, how="coreference"), earlier.office)
        if (holder := self._holder_by_head(atom, doc)) is not None:
            return holder
        titled = self.knowledge.offices_titled(title, self.lang)
        if len(titled) == 1:
            # A title only one office has ("chef du Pentagone", "Secretary of State" in no other data).
            return Resolved(office_actor(self.knowledge, titled[0], self.day, "office"), titled[0])
        national = [office for office in titled if office.country]
        if national:
            # "the Foreign Secretary", "le ministre de l'Intérieur": the article's country's, if it has one.
            waiting = Deferred(title=title, lang=self.lang)
            return Resolved(Actor(None, None, None, national[0].sector, None, DOMESTIC), deferred=waiting)
        of_article_orgs = {
            office.id: office
            for org in self.article_orgs
            if (office := self.knowledge.office_for(title, self.lang, organization=org)) is not None
        }
        if len(of_article_orgs) == 1:
            # "L'OTAN … le secrétaire général": a title of international offices only, the office of
            # the organisation the article names.
            office = next(iter(of_article_orgs.values()))
            return Resolved(office_actor(self.knowledge, office, self.day, "office"), office)
        return Resolved(None)

    def _holder_by_head(self, atom: Atom | None, doc: Doc | None) -> Resolved | None:
        """"Foreign Minister Lavrov … the minister": a bare singular title noun is the latest earlier
        office holder whose title has it as head noun."""
        if atom is None or doc is None or atom.qualifiers:
            return None
        noun = bare_title_noun(doc, atom.start, atom.end, atom.head)
        adjectives = self.knowledge.words.title_adjectives.get(self.lang, frozenset())
        earlier = earlier_holder(noun, self.history, self.lang, adjectives) if noun else None
        return Resolved(replace(earlier.actor, how="coreference"), earlier.office) if earlier else None

    def _named_after(self, atom: Atom, doc: Doc) -> Resolved | None:
        """"President Donald Trump" in an article about India: the title is the named person's,
        not the home country's."""
        # One comma between them allowed: "le président du Conseil, Faure Gnassingbé".
        comma = atom.end < len(doc) and doc[atom.end].text == ","
        name = self.names_by_start.get(atom.end) or (self.names_by_start.get(atom.end + 1) if comma else None)
        if name is None:
            return None
        named = self._person(doc[name.start : name.end].text)
        if not acts_on_the_day(named.actor):
            return None
        return Resolved(replace(named.actor, how="title"), named.office)

    def _unknown_holder(self, title: str, atom: Atom, doc: Doc) -> Resolved | None:
        """"le président du Conseil, Faure Gnassingbé": a person the data does not know, named after a
        national title, holds the home country's office of that title (see ``named_titles``)."""
        name = name_after(doc, atom.end, self.words_taken, self.knowledge.words.name_particles.get(self.lang, frozenset()))
        if name is None or self.knowledge.person(name, self.day)[1] is not None:
            return None
        national = [office for office in self.knowledge.offices_titled(title, self.lang) if office.country]
        if not national:
            return None
        sector = self._sector_before(atom, doc, outside=True) or national[0].sector  # "opposition leader X"
        return Resolved(Actor(None, None, None, sector, name, DOMESTIC), deferred=Deferred(title=title, lang=self.lang, named_holder=True))

    def _apposed(self, atom: Atom, doc: Doc) -> Resolved | None:
        """A bare title in apposition to a name resolved before it: "Bernard Thibault, son secrétaire
        général" is Bernard Thibault."""
        head = doc[atom.head]
        if head.dep_ != "appos":
            return None
        named = self.by_head.get(head.head.i)
        if named is None or named.actor is None or named.actor.entity is None:
            return None
        return Resolved(replace(named.actor, how="coreference"), named.office)

    def _office_around(self, atom: Atom, doc: Doc, country: str | None, organization: str | None) -> Office | None:
        """An office named by the words of the noun phrase once its qualifiers are taken out:
        "le ministre ukrainien des Affaires étrangères" → "ministre des Affaires étrangères" of UKR."""
        if not (country or organization):
            return None
        head = doc[atom.head]
        qualifier_tokens = {i for q in atom.qualifiers for i in range(q.start, q.end)}
        words = [
            t
            for t in doc[head.left_edge.i : head.right_edge.i + 1]
            if t.i not in qualifier_tokens and not t.is_punct and not (t.dep_ == "det" and t.i < head.i) and t.i - head.i <= 6
        ]
        if head not in words:
            return None
        at = words.index(head)
        # Longest first; every candidate keeps the head word.
        for length in range(min(len(words), 7), 0, -1):
            for start in range(max(0, at - length + 1), at + 1):
                chosen = words[start : start + length]
                if len(chosen) < length:
                    continue
                title = "".join(t.text_with_ws for t in chosen).strip()
                office = self.knowledge.office_for(title, self.lang, country=country, organization=organization)
                if office is not None:
                    return office
        return None

    def _short_name(self, atom: Atom, doc: Doc) -> Resolved | None:
        """"Pakistan's interior ministry … the ministry": the latest body named in full with this head noun."""
        if atom.qualifiers or not is_short_name(doc, atom.start, atom.end, atom.head):
            return None
        found = latest(head_key(doc[atom.head]), self.antecedents)
        if found is None:
            return None
        resolved: Resolved = found.resolved
        if resolved.deferred is not None or resolved.actor is None:
            return resolved  # the body waits for the home country: so does its short name
        return Resolved(replace(resolved.actor, how="coreference"), resolved.office)

    def resolve(self, atom: Atom, doc: Doc) -> Resolved:
        knowledge = self.knowledge
        if atom.kind == SHORT_NAME:
            return self._short_name(atom, doc) or Resolved(None)
        country, organization, person = self._qualifier(atom)
        text = doc[atom.start : atom.end].text
        if atom.kind == TITLE:
            title = atom.entries[0].ident
            office = None
            if self._former(atom, doc):
                return self._past_holder(atom, doc, country, organization, person)
            if self._deputy(atom, doc):
                # "Vice Foreign Minister", "secrétaire général adjoint": another office, same side.
                named = doc[person.start : person.end].text if person is not None else None
                if country:
                    return Resolved(country_actor(knowledge, country, "GOV", "title", entity=named))
                if organization:
                    return Resolved(org_actor(knowledge, organization, "title", entity=named))
                titled = knowledge.offices_titled(title, self.lang)
                if len(titled) == 1:
                    # "Deputy Secretary of State Antony Blinken": a title only one office has
                    # tells the side even without a qualifier.
                    if titled[0].country:
                        return Resolved(country_actor(knowledge, titled[0].country, titled[0].sector, "title", entity=named))
                    return Resolved(org_actor(knowledge, titled[0].organization, "title", entity=named))
                return Resolved(None)
            if country or organization:
                office = knowledge.office_for(title, self.lang, country=country, organization=organization)
                office = office or office_within(knowledge, doc, atom.start, atom.end, atom.head, self.lang, country, organization)
            if office is not None:
                resolved = Resolved(office_actor(knowledge, office, self.day, "office"), office)
                if person is not None and resolved.actor:
                    named = doc[person.start : person.end].text
                    _, canonical = knowledge.person(named, self.day)
                    holder = resolved.actor.entity
                    # The person the text names, even when the data has another holder that day ("le
                    # président nigérien Mohamed Bazoum" the day after the coup).
                    if holder is None or (canonical is not None and person_key(canonical) != person_key(holder)):
                        resolved = Resolved(replace(resolved.actor, entity=canonical or named), office)
                return resolved
            if person is not None:
                named = self._person(doc[person.start : person.end].text, True)
                if acts_on_the_day(named.actor):
                    return named
                # A person with no known role on the date takes the side the title names: "le chef du
                # Hezbollah, Hassan Nasrallah", "Kenya's opposition leader Raila Odinga".
                entity = named.actor.entity if named.actor is not None else doc[person.start : person.end].text
                sector = self._sector_before(atom, doc)
                if country:
                    return Resolved(country_actor(knowledge, country, sector or "GOV", "title", entity=entity))
                if organization:
                    return Resolved(org_actor(knowledge, organization, "title", entity=entity))
                return named
            if country:
                # "Kenyan opposition leader", "Congolese rebel leader": the role noun's sector, else a ruler.
                return Resolved(country_actor(knowledge, country, self._sector_before(atom, doc) or "GOV", "title"))
            if organization:
                return Resolved(org_actor(knowledge, organization, "title"))
            return self._apposed(atom, doc) or self._named_after(atom, doc) or self._unknown_holder(title, atom, doc) or self._title_alone(title, atom, doc)
        if atom.kind in (PERSON, HONORIFIC_NAME):
            named = self._person(text, atom.start in self.titles_by_end)
            if not acts_on_the_day(named.actor) and atom.start in self.titles_by_end:
                # "former President Lula", "former Japanese Prime Minister Shinzo Abe": no role on the
                # date, the title before the name tells the side.
                title_atom, by_title = self.titles_by_end[atom.start]
                entity = named.actor.entity if named.actor is not None else text
                if self._former(title_atom, doc):
                    title_country, title_org, _ = self._qualifier(title_atom)
                    return self._past_holder(title_atom, doc, title_country, title_org, atom)
                if by_title.deferred is None and acts_on_the_day(by_title.actor):
                    return Resolved(replace(by_title.actor, entity=entity, how="title"), by_title.office)
            role_noun = next((q for q in atom.qualifiers if q.kind == SECTOR), None)
            if role_noun is None or acts_on_the_day(named.actor):
                return named
            # "journalist Roman Protasevich", "judge Sergio Moro": the role noun with the name.
            entity = named.actor.entity if named.actor is not None else text
            if country:
                return Resolved(country_actor(knowledge, country, role_noun.sector, "sector", entity=entity))
            return Resolved(Actor(None, None, None, role_noun.sector, entity, DOMESTIC))
        if atom.kind == SECTOR:
            if not atom.qualifiers and word_before(doc, atom.start) in knowledge.words.bare_after.get(self.lang, ()):
                return Resolved(None)  # "placer les forces en « régime spécial d'alerte »": a manner, no actor
            apposed = apposed_organization(doc, atom)
            if apposed is not None:
                return Resolved(org_actor(knowledge, apposed, "sector"))  # "the peacekeeping force MINUSMA"
            office = self._office_around(atom, doc, country, organization)
            if office is not None:
                return Resolved(office_actor(knowledge, office, self.day, "office"), office)
            if country and not (organization and own_group(knowledge, country, organization)):
                return Resolved(country_actor(knowledge, country, atom.sector, "sector"))
            if organization:
                return Resolved(org_actor(knowledge, organization, "sector"))
            if person is not None and person.start == atom.end:
                # "le général Tiani": a role noun right before a name acting that day is that person.
                named = self._person(doc[person.start : person.end].text, True)
                if acts_on_the_day(named.actor):
                    return named
            if person is not None:
                # "des partisans d'Alexeï Navalny": the named person's country.
                owner = self._person(doc[person.start : person.end].text).actor
                if owner is not None and owner.country:
                    return Resolved(country_actor(knowledge, owner.country, atom.sector, "sector"))
            if atom_lemmas(atom, doc) in knowledge.words.weapons.get(self.lang, ()):
                # "Russia carried out missile strikes": a weapon whose owner is not named is no actor.
                return Resolved(None)
            named = self._country_named_before(atom, doc)
            if named:
                return Resolved(country_actor(knowledge, named, atom.sector, "coreference"))
            if (holder := self._holder_by_head(atom, doc)) is not None:
                return holder
            if (short := self._short_name(atom, doc)) is not None:
                return short
            noun = atom_lemmas(atom, doc)
            if noun in knowledge.words.earlier_only.get(self.lang, ()):
                # "the regime": the one named before, never the home country (often the speaker's).
                earlier = next((e for e in reversed(self.history) if e.noun == noun), None)
                if earlier is None and has_owner(doc, atom.head, knowledge.words.owners_of(self.lang, noun)):
                    # "Negotiators from the federal government": its owner's side, or none (see ``apposed``).
                    return Resolved(Actor(None, None, None, atom.sector, None, DOMESTIC), deferred=Deferred(owned_only=True))
                return Resolved(replace(earlier.actor, how="coreference"), earlier.office) if earlier else Resolved(None)
            # "la police", "les députés": whose, the article may tell (see home_country). A party
            # noun ("the Republicans") names one state's parties when the article names no state.
            home = knowledge.words.home_nouns.get(self.lang, {}).get(noun)
            if home is not None:
                # "settlers attacked farmers near Nablus": Israel's, not the place's state.
                return Resolved(country_actor(knowledge, home, atom.sector, "sector"))
            camp = knowledge.words.camp_countries.get(self.lang, {}).get(noun)
            # Leaders, officials, troops, fighters and refugees are often away from home: only the others
            # are the people of their sentence's place.
            local = atom.sector not in TRAVELLING_SECTORS
            return Resolved(Actor(None, None, None, atom.sector, None, DOMESTIC), deferred=Deferred(fallback=camp, named=False, local=local))
        if atom.kind == MEMBER:
            if organization:
                return member_actor(knowledge, organization)
            return unnamed_members(doc, atom, knowledge.words.owner_prepositions.get(self.lang, frozenset()), DOMESTIC)
        entries = atom.entries
        if (owner := context_owner(entries, self.article_names.plain_orgs)) is not None:
            return Resolved(org_actor(knowledge, owner, "context"))  # "Reporters Without Borders (RSF) … RSF"
        for entry in entries:
            if entry.kind in (ORG_NAME, ORG_BARE):
                return Resolved(org_actor(knowledge, entry.ident, "name"))
            if entry.kind == ORG_MEMBERS:
                org = knowledge.organizations[entry.ident]
                return Resolved(org_actor(knowledge, entry.ident, "members", entity=f"{org.id} member states"))
        for entry in entries:
            if entry.kind == INSTITUTION:
                institution = knowledge.institutions[int(entry.ident)]
                if institution.shared:
                    # "Le Conseil constitutionnel" in an article about Senegal is Senegal's.
                    return Resolved(
                        Actor(None, None, None, institution.sector, None, DOMESTIC),
                        deferred=Deferred(fallback=institution.country, fallback_unless=institution.shared_with),
                    )
                return Resolved(country_actor(knowledge, institution.country, institution.sector, "institution"))
        org_seat = next((e.ident for e in entries if e.kind == ORG_SEAT), None)
        if org_seat is not None:
            state = next((e.ident for e in entries if e.kind == COUNTRY_SEAT), None)
            where = atom.start > 0 and doc[atom.start - 1].lower_ in self.locatives
            # "les appels de Bruxelles" is the EU; "à Bruxelles" is a place, and Brussels in an
            # article that names Belgium is Belgium's.
            if state is None or not (where or state in self.article_countries):
                return Resolved(org_actor(knowledge, org_seat, "seat"))
        for entry in entries:
            if entry.kind in (COUNTRY_NAME, COUNTRY_CONTEXT, COUNTRY_SHARED):
                return Resolved(country_actor(knowledge, entry.ident, None, "name"))
            if entry.kind == COUNTRY_SEAT:
                return Resolved(country_actor(knowledge, entry.ident, "GOV", "seat"))
            if entry.kind == COUNTRY_ADJECTIVE:
                return Resolved(country_actor(knowledge, entry.ident, None, "adjective"))
            if entry.kind == COUNTRY_PEOPLE:
                # "the Rohingya": the state's people, not the state ("Myanmar's genocide against the Rohingya").
                return Resolved(country_actor(knowledge, entry.ident, "CVL", "adjective"))
        for entry in entries:
            if entry.kind == ORG_CONTEXT and entry.ident in self.article_orgs:
                return Resolved(org_actor(knowledge, entry.ident, "context"))
        return Resolved(None)

    def _country_named_before(self, atom: Atom, doc: Doc) -> str | None:
        """"the country's military", "l'armée du pays": the country the article named last."""
        nouns = self.knowledge.words.country_nouns.get(self.lang, frozenset())
        owners = [
            c for c in doc[atom.head].children
            if c.dep_ in ("poss", "nmod:poss", "nmod") and fold(c.lemma_) in nouns and c.i not in range(atom.start, atom.end)
        ]
        if not owners:
            return None
        return next((e.actor.country for e in reversed(self.history) if e.actor.country), None)

    def _sector_before(self, atom: Atom, doc: Doc, outside: bool = False) -> str | None:
        """The sector of a role noun heading into a title: "opposition leader" is OPP. ``outside``: only
        a phrase that starts before the title, not one its own words make ("Defence Minister")."""
        first = max(0, atom.start - 2)
        lemmas = tuple(fold(t.lemma_) for t in doc[first : atom.end])
        for start in range(atom.start - first if outside else len(lemmas)):
            code = self.knowledge.sector_by_lemmas.get((self.lang, " ".join(lemmas[start:])))
            if code:
                return code
        return None

    def note(self, atom: Atom, resolved: Resolved) -> None:
        """Keep a title atom, resolved or not, for the name that may follow it."""
        if atom.kind == TITLE:
            self.titles_by_end[atom.end] = (atom, resolved)

    def remember(self, atom: Atom, resolved: Resolved, doc: Doc) -> None:
        self.by_head[atom.head] = resolved
        if resolved.actor is not None and names_a_body(atom) and (resolved.deferred is None or resolved.deferred.fallback):
            self.antecedents.append(Antecedent(head_key(doc[atom.head]), resolved))
        if resolved.actor is not None and resolved.deferred is None:
            titles = frozenset({atom.entries[0].ident}) if atom.kind == TITLE and atom.entries else frozenset()
            noun = atom_lemmas(atom, doc) if atom.kind == SECTOR else None
            self.history.append(Earlier(resolved.actor, resolved.office, titles, noun))


def article_organizations(matches: Iterable[list[Match]]) -> set[str]:
    """Organisations named in full somewhere in the article (for "l'Alliance", "the Agency")."""
    return {e.ident for found in matches for match in found for e in match.entries if e.kind == ORG_NAME}


def find_actor_mentions(
    parsed: ParsedArticle, resources: ActorResources, sentence_index: dict[tuple[int, int], int]
) -> tuple[ActorMention, ...]:
    """Every resolved actor mention of the article, in reading order (places not yet known)."""
    return settle_actor_mentions(read_actor_mentions(parsed, resources, sentence_index), resources)


def read_actor_mentions(
    parsed: ParsedArticle, resources: ActorResources, sentence_index: dict[tuple[int, int], int]
) -> ActorReading:
    """Every actor mention of the article, in reading order, the domestic ones still unsettled."""
    day = parsed.article.published
    matches = [resources.lexicons[p.lang].compounds(p.doc, resources.lexicons[p.lang].matches(p.doc)) for p in parsed.paragraphs]
    orgs = article_organizations(matches)
    named_countries = frozenset(
        e.ident for found in matches for match in found for e in match.entries if e.kind in (COUNTRY_NAME, COUNTRY_ADJECTIVE)
    )
    history: list[Earlier] = []
    antecedents: list[Antecedent] = []  # bodies named in full, for their short names later
    deferred: dict[tuple[int, int], Deferred] = {}
    placed: set[tuple[int, int]] = set()  # country and seat mentions after "à", "in": where, maybe not who
    knowledge = resources.knowledge
    backing = article_names(parsed.article.text, (p.doc for p in parsed.paragraphs), matches, knowledge, orgs)
    resolvers = {lang: MentionResolver(resources, lang, day, orgs, history, named_countries, antecedents, backing) for lang in resources.lexicons}
    mentions: list[ActorMention] = []
    acted: dict[tuple[int, int], frozenset[str]] = {}
    pairs: set[tuple[int, int]] = set()
    names: list[tuple[int, int]] = []
    docs = {n: p.doc for n, p in enumerate(parsed.paragraphs)}  # the parses of earlier mentions, by paragraph
    for number, paragraph in enumerate(parsed.paragraphs):
        doc = paragraph.doc
        lang = paragraph.lang
        profile = resources.profiles[lang]
        atoms = paragraph_atoms(
            doc, lang, matches[number], knowledge, profile, named_countries, orgs, resolvers[lang].history, antecedents, day
        )
        partners = split_shared_titles(doc, atoms, knowledge, day)  # "les présidents rwandais A et congolais B"
        names += [(paragraph.start + e.start_char, paragraph.start + e.end_char) for e in doc.ents if e.label_ in PERSON_LABELS and len(e) >= 2]
        resolver = resolvers[lang]
        resolver.by_head = {}
        resolver.titles_by_end = {}
        resolver.names_by_start = {a.start: a for a in atoms if a.kind in (PERSON, HONORIFIC_NAME)}
        resolver.words_taken = frozenset(i for a in atoms for i in range(a.start, a.end))
        sides: dict[int, tuple[Atom, Actor]] = {}  # a country coordinated with an office's own → that office
        # "à Dakar", "in Mali", and the contracted "au Mali", "aux États-Unis".
        where = profile.locative_prepositions | profile.country_locative_prepositions
        first = len(mentions)  # the paragraph's mentions are mentions[first:]
        for atom in atoms:
            if atom.consumed:
                continue
            resolved = resolver.resolve(atom, doc)
            resolver.note(atom, resolved)
            if resolved.actor is None:
                continue
            if atom.head in sides and atom.kind == COUNTRY_NAME:
                resolved = Resolved(side_of(knowledge, lang, day, *sides[atom.head], atom.entries[0].ident))
            sides.update(office_sides(doc, atom, resolved.actor))
            resolver.remember(atom, resolved, doc)
            span = span_of(doc, atom, paragraph.start)
            if atom.kind in (COUNTRY_NAME, COUNTRY_SEAT, COUNTRY_SHARED) and atom.start > 0 and doc[atom.start - 1].lower_ in where:
                placed.add((number, span.start))
            if resolved.deferred is not None:
                waiting = resolved.deferred
                # "residents of Kharkiv", "thousands of protesters in Beirut", "a court in Izmir": the place the
                # noun itself is qualified by (after "in", for people of a place: homes.counted, [located]).
                if atom.kind == SECTOR and (named_at := of_place(doc, atom.head, OF_WORDS | placed_in(doc[atom.head], waiting.local, knowledge.words, profile), knowledge.words.place_nouns.get(lang, frozenset()))) is not None:
                    waiting = replace(waiting, of_place=paragraph.start + doc[named_at].idx)
                regional_noun = regional(doc[atom.head], knowledge.words.regional.get(lang, frozenset()))
                waiting = replace(waiting, subject=does_the_act(doc[atom.head], profile), regional=regional_noun)
                deferred[(number, span.start)] = waiting
            sentence = doc[atom.head].sent
            mentions.append(
                ActorMention(
                    span=span,
                    actor=resolved.actor,
                    sentence_index=sentence_index[(number, sentence.start)],
                    head=atom.head,
                    paragraph=number,
                )
            )
            mentions += coordinated_sides(doc, atom, resolved.actor, resources.knowledge, paragraph.start, sentence_index[(number, sentence.start)], number)
        with_partners(mentions, first, partners)
        words_taken = {i for a in atoms for i in range(a.start, a.end)}
        starts = {sent.start: sentence_index[(number, sent.start)] for sent in doc.sents}
        # "the group", "le mouvement": the organisation named before (see ``groups``).
        grouped = group_mentions(doc, knowledge.words.group_nouns.get(lang, {}), mentions, words_taken, paragraph.start, starts, number)
        if grouped:
            mentions[first:] = sorted(mentions[first:] + grouped, key=lambda m: m.span.start)
            words_taken |= {m.head for m in grouped}
        # "the force MINUSMA", "A group, JNIM,", "a group linked to Russia's intelligence", "Negotiators
        # from the federal government": names, links and owners tell a side (see ``apposed``).
        sides_named = named_sides(doc, lang, knowledge.words, mentions[first:], words_taken, paragraph.start, number, deferred, DOMESTIC)
        mentions[first:] = sides_named.mentions
        words_taken |= sides_named.added
        pairs |= sides_named.repeated
        for key, waiting in sides_named.waiting.items():
            deferred.pop(key, None)
            if waiting is not None:
                deferred[key] = waiting
        # "des casques bleus de la Minusca": the mission named, not the UN's peacekeeping (see ``branches``).
        owner_words = knowledge.words.owner_prepositions.get(lang, frozenset())
        for index, branch, _ in named_branches(doc, mentions[first:], owner_words, knowledge.organizations):
            mentions[first + index] = branch
            pairs.add((number, branch.span.start))  # the branch's side, counted once
        # "the country", "le royaume": the state named before (see ``groups``).
        stated = state_mentions(doc, knowledge.words.state_nouns.get(lang, frozenset()), mentions, words_taken, paragraph.start, starts, number, docs)
        if stated:
            mentions[first:] = sorted(mentions[first:] + stated, key=lambda m: m.span.start)
            words_taken |= {m.head for m in stated}
        # "both sides", "les deux pays": the two parties named before (see ``pairs``).
        paired = pair_mentions(doc, lang, knowledge.words.pairs, mentions, words_taken, paragraph.start, starts, number)
        if paired:
            mentions[first:] = sorted(mentions[first:] + paired, key=lambda m: m.span.start)
            pairs |= {(number, m.span.start) for m in paired}
        # "the two leaders", "les deux dirigeants": two people named before (see ``leader_pairs``).
        for index, counted_two in counted_people(doc, lang, knowledge.words.pairs, mentions, first).items():
            mentions[index] = counted_two
            deferred.pop((number, counted_two.span.start), None)
            pairs.add((number, counted_two.span.start))
        for mention in mentions[first:]:
            if mention.actor.how == DOMESTIC and mention.actor.sector in STATE_SECTORS:
                states = acted_on(doc, mention.head, mentions[first:], number)
                if states:
                    acted[(number, mention.span.start)] = states
    dateline = dateline_country(parsed.article.dateline_place, knowledge)
    return ActorReading(tuple(mentions), deferred, frozenset(placed), day, parsed.article.text, acted, frozenset(pairs), tuple(names), dateline)
