"""Bare surnames: when "Castro" or "Davis" alone names a known person.

Every known person's last name is indexed, so a surname alone could name whoever of that name holds
an office on the date ("Castro criticised the government" is no Honduran president unless the
article is about her). A bare surname names its known bearer only when the article backs it:

- the article writes the bearer's full name (anywhere: a window of an article may start after it);
- else not when the article writes someone else of that name in full ("Evo Morales", "Andrew Burns");
- else, for a bearer acting on the date: when a title or role noun comes right before it ("President
  Ruto"), when the bearer holds an office that day and few people bear the name ("Lavrov"; not
  "Castro", ``actor_words.toml`` [bare_surnames]), or when the article names the bearer's state or
  organisation ("Castro" in an article naming Honduras). A bearer with no role that day needs the full name.

A surname the data writes as a name of its own ("Lula", "Poutine") is no bare surname.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge, fold, person_key, strip_accents
from .atoms import PERSON_LABELS
from .shared_names import plainly_named
from .lexicon import COUNTRY_ADJECTIVE, COUNTRY_NAME, COUNTRY_SEAT, INSTITUTION, TITLE, Match


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """What the article says that backs a bare surname."""

    text: str  # the article's text, folded accent-blind (``person_key``)
    full_names: frozenset[str]  # people's names of two words or more the parser found, ``person_key``
    countries: frozenset[str]  # states the article names (name, adjective or seat)
    organizations: frozenset[str]  # organisations it names in full
    plain_orgs: frozenset[str] = frozenset()  # those named by a form no other shares (see ``shared_names``)


NO_ARTICLE = ArticleNames("", frozenset(), frozenset(), frozenset())


def is_bare_surname(knowledge: ActorKnowledge, name: str) -> bool:
    """Whether ``name`` is one word that names a known person only as a surname."""
    key = person_key(name)
    return len(key.split()) == 1 and key not in knowledge.people and key in knowledge.surnames


def _written(text: str, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def surname_backed(knowledge: ActorKnowledge, surname: str, day: dt.date | None, article: ArticleNames, titled: bool = False) -> bool:
    """Whether the article backs ``surname`` (a bare surname, see ``is_bare_surname``) as its bearer on
    ``day``; ``titled``: a title or role noun is written right before it ("President Ruto")."""
    bearer = knowledge.surname_bearer(surname, day)
    if bearer is None:
        return False
    if article.text.strip(" .,;:!?\n") == person_key(surname):
        return True  # a name given on its own (``diurna actors``): its bearer on the date
    roles = [r for r in knowledge.people.get(bearer, ()) if person_key(r.person) == bearer]
    own_names = {name for name in knowledge.names_of.get(bearer, ()) if len(name.split()) > 1} | {bearer}
    if any(_written(article.text, name) for name in own_names):
        return True
    key = person_key(surname)
    if any(name.split()[-1] == key and name not in own_names for name in article.full_names):
        return False  # "Evo Morales … Morales" is no Jimmy Morales
    acting = [r for r in roles if day is not None and r.holds_on(day)]
    if titled and acting:
        return True  # "President Ruto", "le général Tiani": a title or role noun says it is a person
    if key not in knowledge.words.common_surnames and any(r.office is not None for r in acting):
        return True  # "Bush said", "Lavrov met": an office holder of the day, unless many bear the name
    return any(r.country in article.countries or (r.organization is not None and r.organization in article.organizations) for r in acting)


def article_names(text: str, docs: Iterable[Doc], matches: Sequence[list[Match]], knowledge: ActorKnowledge, organizations: Iterable[str]) -> ArticleNames:
    """What the article (its text, paragraphs' parses and lexicon matches) says that backs a bare surname."""
    countries: set[str] = set()
    for found in matches:
        for match in found:
            for entry in match.entries:
                if entry.kind in (COUNTRY_NAME, COUNTRY_ADJECTIVE, COUNTRY_SEAT):
                    countries.add(entry.ident)
                elif entry.kind == INSTITUTION:
                    countries.add(knowledge.institutions[int(entry.ident)].country)
    names: set[str] = set()
    for doc, found in zip(docs, matches):
        # A title or role word in a person's entity is no given name ("President Ruto", "le général Tiani").
        titles = {i for match in found if any(e.kind == TITLE for e in match.entries) for i in range(match.start, match.end)}
        for entity in doc.ents:
            words = [t.text for t in entity if t.pos_ == "PROPN" and t.i not in titles]
            if entity.label_ in PERSON_LABELS and len(words) >= 2:
                names.add(person_key(" ".join(words)))
    return ArticleNames(strip_accents(fold(text)), frozenset(names), frozenset(countries), frozenset(organizations), plainly_named(matches))
