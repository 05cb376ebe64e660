"""Finding actor names in a parsed sentence: a token-sequence lexicon built once per language.

Every alias of ``ActorKnowledge`` is tokenised with the language's own
tokenizer, so that "l'OTAN", "États-Unis" or "nord-coréen" split exactly as
they will in the text. Matching is longest-first, accent-blind and case-aware: an alias
written in capitals ("US", "OTAN") needs capitals in the text (so "us" is
not the United States), a capitalised name needs a capital, a lower-case
adjective matches in any case.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge, accent_blind

# Kinds of lexicon entry.
COUNTRY_NAME = "country_name"
COUNTRY_ADJECTIVE = "country_adjective"
COUNTRY_SEAT = "country_seat"
COUNTRY_PEOPLE = "country_people"  # a people of one state ("the Rohingya"): its civilians
COUNTRY_CONTEXT = "country_context"  # "le Nord" beside South Korea (see countries.toml context_with)
COUNTRY_SHARED = "country_shared"  # "Korea": the one of its states the article names in full
COUNTRY_PREFIX = "country_prefix"  # "Franco" in "Franco-German": an adjective before "-" only
NOT_ACTOR = "not_actor"  # a name holding a sector word ("West Bank", "gang rapes"): no actor, no sector noun
INSTITUTION = "institution"
ORG_NAME = "org_name"
ORG_MEMBERS = "org_members"
ORG_CONTEXT = "org_context"
ORG_BARE = "org_bare"  # "the Security Council": the organisation unless a country qualifies it
ORG_SEAT = "org_seat"
PERSON = "person"
TITLE = "title"


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str
    ident: str  # ISO3, organization id, folded person name or folded title
    form: str  # the alias as written in the data


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token indices in the doc, end exclusive
    end: int
    entries: tuple[Entry, ...]


# How many token texts' matching keys a lexicon keeps (see ``ActorLexicon._keys``).
KEYS_KEPT = 200_000


# Matching key of a token: folded and without accents ("Etats-Unis" is "États-Unis", "Inacio" is
# "Inácio"), the one actor names and places are keyed by (cached there).
key_of = accent_blind


def _case_fits(text: str, alias: str) -> bool:
    if alias == text:
        return True
    if alias.islower() or not any(ch.isalpha() for ch in alias):
        return key_of(text) == key_of(alias)
    if key_of(text) != key_of(alias):
        return False
    if alias.isupper():
        # Acronyms: exact, all capitals, or the press's capitalised form of long ones ("Otan", "Unicef").
        return text.isupper() or (len(alias) >= 4 and text == alias.capitalize())
    return text[:1].isupper()


class ActorLexicon:
    def __init__(
        self, knowledge: ActorKnowledge, lang: str, tokenizer: Any, feminine_words: dict[str, str] | None = None
    ) -> None:
        self.lang = lang
        feminine_words = feminine_words or {}
        forms: dict[tuple[str, ...], dict[Entry, tuple[str, ...]]] = defaultdict(dict)

        def add(alias: str, kind: str, ident: str) -> None:
            tokens = tuple(t.text for t in tokenizer(alias) if not t.is_space)
            if tokens:
                forms[tuple(key_of(t) for t in tokens)][Entry(kind, ident, alias)] = tokens

        for country in knowledge.countries.values():
            for alias in country.names[lang]:
                add(alias, COUNTRY_NAME, country.iso3)
            for alias in country.adjectives[lang]:
                add(alias, COUNTRY_ADJECTIVE, country.iso3)
            for alias in country.seats[lang]:
                add(alias, COUNTRY_SEAT, country.iso3)
            for alias in country.peoples.get(lang, ()):
                add(alias, COUNTRY_PEOPLE, country.iso3)
            for alias in country.context.get(lang, ()):
                add(alias, COUNTRY_CONTEXT, country.iso3)
            for alias in country.shared.get(lang, ()):
                add(alias, COUNTRY_SHARED, country.iso3)
            for alias in country.prefixes.get(lang, ()):
                add(alias, COUNTRY_PREFIX, country.iso3)
        for alias in knowledge.words.not_actors.get(lang, ()):
            add(alias, NOT_ACTOR, alias)
        for org in knowledge.organizations.values():
            for alias in org.names[lang]:
                add(alias, ORG_NAME, org.id)
            for alias in org.members[lang]:
                add(alias, ORG_MEMBERS, org.id)
            for alias in org.context[lang]:
                add(alias, ORG_CONTEXT, org.id)
            for alias in org.seats[lang]:
                add(alias, ORG_SEAT, org.id)
            for alias in org.bare.get(lang, ()):
                add(alias, ORG_BARE, org.id)
        for number, institution in enumerate(knowledge.institutions):
            for alias in institution.names[lang]:
                add(alias, INSTITUTION, str(number))
        for key in knowledge.people:
            add(key.title() if key.islower() else key, PERSON, key)
        for (title, title_lang) in knowledge.offices_by_title:
            if title_lang == lang:
                add(title, TITLE, title)
                # "la présidente de la Commission": the feminine form names the same office.
                feminine = " ".join(feminine_words.get(word, word) for word in title.split())
                if feminine != title:
                    add(feminine, TITLE, title)
        self._by_first: dict[str, list[tuple[tuple[str, ...], dict[Entry, tuple[str, ...]]]]] = defaultdict(list)
        for key, entries in forms.items():
            self._by_first[key[0]].append((key, entries))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda item: -len(item[0]))
        # Matching keys by ORTH id (the string store's id of a token's text), kept for the words
        # read: most recur from paragraph to paragraph. Capped: past it, new words are not kept.
        self._keys: dict[int, str] = {}

    def _keys_of(self, doc: Doc) -> list[str]:
        """``key_of`` each token's text, in order."""
        store = doc.vocab.strings
        keys = self._keys
        found = []
        for orth in doc.to_array(ORTH).tolist():
            key = keys.get(orth)
            if key is None:
                key = key_of(store[orth])
                if len(keys) < KEYS_KEPT:
                    keys[orth] = key
            found.append(key)
        return found

    def _one_word(self, word: str, kind: str) -> tuple[Entry, ...]:
        """The entries of ``kind`` a one-token alias ``word`` has (case-checked), else ()."""
        for key, entries in self._by_first.get(key_of(word), ()):
            if len(key) == 1:
                return tuple(e for e, written in entries.items() if e.kind == kind and _case_fits(word, written[0]))
        return ()

    def compounds(self, doc: Doc, found: list[Match]) -> list[Match]:
        """A compound adjective in one token ("franco-allemand", "sino-américain"): one match per
        state, the same token, when its first part is a country prefix and its last a country
        adjective. Tokens already matched are left alone."""
        taken = {i for m in found for i in range(m.start, m.end)}
        extra = []
        for token in doc:
            if token.i in taken or "-" not in token.text[1:-1]:
                continue
            first, _, rest = token.text.partition("-")
            last = rest.rpartition("-")[2]
            prefixes = self._one_word(first, COUNTRY_PREFIX)
            adjectives = self._one_word(last, COUNTRY_ADJECTIVE)
            if prefixes and adjectives and prefixes[0].ident != adjectives[0].ident:
                extra.append(Match(token.i, token.i + 1, (Entry(COUNTRY_ADJECTIVE, prefixes[0].ident, first),)))
                extra.append(Match(token.i, token.i + 1, adjectives[:1]))
        return sorted(found + extra, key=lambda m: m.start)

    def matches(self, doc: Doc) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        found: list[Match] = []
        folded = self._keys_of(doc)
        i = 0
        while i < len(doc):
            best: Match | None = None
            for key, entries in self._by_first.get(folded[i], ()):
                end = i + len(key)
                if end > len(doc) or tuple(folded[i:end]) != key:
                    continue
                fitting = tuple(
                    entry
                    for entry, written in entries.items()
                    if entry.kind == PERSON or all(_case_fits(doc[i + k].text, w) for k, w in enumerate(written))
                )
                if entry_list := _persons_capitalised(doc, i, end, fitting):
                    best = Match(i, end, entry_list)
                    break
            if best is None:
                i += 1
                continue
            found.append(best)
            i = best.end
        return found


def _persons_capitalised(doc: Doc, start: int, end: int, entries: Iterable[Entry]) -> tuple[Entry, ...]:
    """Person names must be capitalised in the text ("Rutte", not "rutte"), particles aside ("Lula da Silva")
    and the second half of a hyphenated given name ("Kim Jong-un", "Moon Jae-in")."""
    last = doc[end - 1]
    last_fits = last.text[:1].isupper() or (end - start >= 3 and doc[end - 2].text == "-")
    kept = []
    for entry in entries:
        if entry.kind == PERSON and not (doc[start].text[:1].isupper() and last_fits):
            continue
        kept.append(entry)
    return tuple(kept)
