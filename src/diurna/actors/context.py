"""Names whose actor depends on the words or the article around them.

- A short name several states share ("Korea", "Corée") is the one of them the article names in
  full ("South Korea … Korea"), and no actor when it names none or several.
- A bare organisation name ("the Security Council") is the organisation, unless a country
  qualifies it: "Russia's Security Council", "le Conseil de sécurité russe" are Russia's, and the
  country name stands alone.
- A title whose words hold a shorter title of the qualifying country's office ("Israel's military
  chief of staff": "chief of staff") is that office.
- A country hyphened to a word: "a British-flagged tanker" is the state's (the match grows to the
  noun), "Russian-backed separatists", "pro-Russian separatists" name no Russians, and "Franco" is
  France before "-" only ("Franco-German talks"); see actor_words.toml [hyphenated].
- "The head of Sudan's Sovereign Council" is the office titled "head of the Sovereign Council" of
  Sudan: a country's possessive before one of its institutions reads as "the".
- A bare "the opposition" with no home country is the opposition of the one government its
  sentence names ("Le président sud-coréen … accusant l'opposition").
- A bare singular title noun ("the minister", "le ministre") is the latest earlier office holder
  whose title has that head noun ("Foreign Minister Lavrov … the minister").
- A sector noun of ``earlier_only`` ("the regime"), bare, is what an earlier mention of the noun
  named; the article's home country is often the speaker's, never "the regime" it speaks of.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc

from ..knowledge.actors import ActorKnowledge, ActorWords, Office, fold
from ..records import ActorMention
from .lexicon import (
    COUNTRY_ADJECTIVE,
    COUNTRY_NAME,
    COUNTRY_PREFIX,
    COUNTRY_SEAT,
    COUNTRY_SHARED,
    INSTITUTION,
    ORG_BARE,
    ORG_NAME,
    TITLE,
    Entry,
    Match,
)

# Words between a name and the country that qualifies it after it: "Security Council of Ukraine",
# "Conseil de sécurité de la Russie".
OF_WORDS = frozenset({"of", "de", "du", "des", "d'", "d’"})
DETERMINERS = frozenset({"the", "la", "le", "l'", "l’"})
POSSESSIVE = frozenset({"'s", "’s"})
COUNTRY_KINDS = frozenset({COUNTRY_NAME, COUNTRY_SEAT, COUNTRY_SHARED})


def _names_a_country(match: Match, kinds: set[str] | frozenset[str] = frozenset(COUNTRY_KINDS | {COUNTRY_ADJECTIVE})) -> bool:
    return any(e.kind in kinds for e in match.entries)


def _country_qualifies(found: list[Match], index: int, doc: Doc) -> bool:
    """Whether a country right before or after the match qualifies it: "Russian Security Council",
    "Russia's Security Council", "Conseil de sécurité russe", "Security Council of Ukraine"."""
    match = found[index]
    if index > 0:
        before = found[index - 1]
        possessive = before.end == match.start - 1 and doc[before.end].lower_ in POSSESSIVE
        if _names_a_country(before) and (before.end == match.start or possessive):
            return True
    if index + 1 < len(found):
        after = found[index + 1]
        if after.start == match.end and _names_a_country(after, {COUNTRY_ADJECTIVE}):
            return True
        if match.end < len(doc) and doc[match.end].lower_ in OF_WORDS and _names_a_country(after, COUNTRY_KINDS):
            gap = after.start - match.end - 1
            if gap == 0 or (gap == 1 and doc[match.end + 1].lower_ in DETERMINERS):
                return True
    return False


# Hyphens joining a word to a name ("Moscow-backed", "pro-Russian"): the ASCII one, Unicode's hyphen
# and non-breaking hyphen, and the en dash the press also uses.
HYPHENS = frozenset({"-", "‐", "‑", "–"})
HYPHENED_KINDS = frozenset({COUNTRY_NAME, COUNTRY_ADJECTIVE, COUNTRY_SHARED})  # "British-flagged"
# "Moscow-backed forces", "Iran-backed Hezbollah", "NATO-led": a backer of any kind does not act.
BACKER_KINDS = HYPHENED_KINDS | frozenset({COUNTRY_SEAT, ORG_NAME, INSTITUTION})


def _hyphened(found: list[Match], index: int, doc: Doc, words: ActorWords, lang: str) -> Match:
    """The match as a hyphen around it makes it: a prefix is an adjective before "-" only; a
    country before "-backed" or after "pro-" names no actor; before "-flagged" it grows to the
    noun it qualifies ("a British-flagged tanker"), when no other name lies in between."""
    match = found[index]
    entries = match.entries
    after = doc[match.end + 1] if match.end + 1 < len(doc) and doc[match.end].text in HYPHENS else None
    if any(e.kind == COUNTRY_PREFIX for e in entries):
        entries = tuple(
            Entry(COUNTRY_ADJECTIVE, e.ident, e.form) if e.kind == COUNTRY_PREFIX else e
            for e in entries
            if e.kind != COUNTRY_PREFIX or after is not None
        )
    if not any(e.kind in BACKER_KINDS for e in entries):
        return match if entries == match.entries else Match(match.start, match.end, entries)
    before = doc[match.start - 2] if match.start >= 2 and doc[match.start - 1].text in HYPHENS else None
    if (before is not None and before.lower_ in words.hyphen_not_before.get(lang, ())) or (
        after is not None and after.lower_ in words.hyphen_not.get(lang, ())
    ):
        return Match(match.start, match.end, ())
    if not any(e.kind in HYPHENED_KINDS for e in entries):
        return match if entries == match.entries else Match(match.start, match.end, entries)
    if after is not None and after.lower_ in words.hyphen_owner.get(lang, ()):
        noun = after.head
        following = found[index + 1].start if index + 1 < len(found) else len(doc)
        if noun.i > after.i and noun.pos_ in ("NOUN", "PROPN") and noun.i < following:
            return Match(match.start, noun.i + 1, entries)
    return match if entries == match.entries else Match(match.start, match.end, entries)


def names_in_context(found: list[Match], doc: Doc, named_countries: frozenset[str], words: ActorWords, lang: str) -> list[Match]:
    """The paragraph's matches without the shared, bare and hyphened names that do not hold here."""
    found = [_hyphened(found, index, doc, words, lang) for index in range(len(found))]
    kept = []
    for index, match in enumerate(found):
        entries = match.entries
        if any(e.kind == COUNTRY_SHARED for e in entries):
            named = {e.ident for e in entries if e.kind == COUNTRY_SHARED and e.ident in named_countries}
            entries = tuple(e for e in entries if e.kind != COUNTRY_SHARED or (len(named) == 1 and e.ident in named))
        if any(e.kind == ORG_BARE for e in entries) and _country_qualifies(found, index, doc):
            entries = tuple(e for e in entries if e.kind != ORG_BARE)
        kept.append(match if entries == match.entries else Match(match.start, match.end, entries))
    return kept


# Words of a title looked at before "of" ("head", "commander-in-chief") and after a possessive
# ("Sovereign Council", "Islamic Revolutionary Guard Corps").
TITLE_WORDS_BEFORE_OF = 5
TITLE_WORDS_AFTER = 5


def possessive_titles(doc: Doc, atoms: list[Any], knowledge: ActorKnowledge, lang: str, make_title: Callable[[int, int, int, Entry], Any]) -> list[Any]:
    """"the commander of Iran's Revolutionary Guards", "the head of Sudan's Sovereign Council": when
    "<words> of the <words after the possessive>" is a title of the country's office, the words make
    one title atom (``make_title(start, end, head, entry)``) with the country as its qualifier; the
    atoms inside it are consumed. The atoms are ``mentions.Atom`` (that module imports this one)."""
    made = []
    for owner in atoms:
        if owner.kind not in (COUNTRY_NAME, COUNTRY_SHARED) or owner.consumed or owner.start < 2 or doc[owner.start - 1].lower_ != "of":
            continue
        if owner.end + 1 >= len(doc) or doc[owner.end].lower_ not in POSSESSIVE:
            continue
        country = next((e.ident for e in owner.entries if e.kind in COUNTRY_KINDS), None)
        of = owner.start - 1
        found = None
        for last in range(min(len(doc), owner.end + 1 + TITLE_WORDS_AFTER), owner.end + 1, -1):
            after = doc[owner.end + 1 : last]
            if any(t.is_punct and t.text not in HYPHENS for t in after):
                continue
            for first in range(of - 1, max(-1, of - 1 - TITLE_WORDS_BEFORE_OF), -1):
                if doc[first].is_punct and doc[first].text not in HYPHENS:
                    break
                title = f"{doc[first:of].text} of the {after.text}"
                if knowledge.office_for(title, lang, country=country) is not None:
                    found = (first, last, title)
                    break
            if found:
                break
        if found is None:
            continue
        first, last, title = found
        for other in atoms:
            if other is not owner and first <= other.start and other.end <= last:
                other.consumed = True  # "commander", "Revolutionary Guards": words of the title now
        atom = make_title(first, last, doc[first:of].root.i, Entry(TITLE, fold(title), title))
        atom.qualifiers.append(owner)
        owner.consumed = True
        made.append(atom)
    return made


def possessive_org_titles(doc: Doc, atoms: list[Any], knowledge: ActorKnowledge, lang: str, make_title: Callable[[int, int, int, Entry], Any]) -> list[Any]:
    """"the AU Commission's chief", "the European Commission's president": when an
    organisation's name, its possessive left out, and the words after it make the title of an office
    of that organisation or of the one it is an organ of ("African Union Commission chairperson"),
    the words make one title atom (``make_title(start, end, head, entry)``) standing for that office;
    the name is consumed. A title alone ("chairperson") names no office."""
    made = []
    for owner in atoms:
        if owner.consumed or owner.end + 1 >= len(doc) or doc[owner.end].lower_ not in POSSESSIVE:
            continue
        org = next((e.ident for e in owner.entries if e.kind == ORG_NAME), None)
        if org is None:
            continue
        sides = {org, knowledge.organizations[org].parent}
        found = None
        for last in range(min(len(doc), owner.end + 1 + TITLE_WORDS_AFTER), owner.end + 1, -1):
            after = doc[owner.end + 1 : last]
            if any(t.is_punct and t.text not in HYPHENS for t in after):
                continue
            title = f"{doc[owner.start:owner.end].text} {after.text}"
            if any(office.organization in sides for office in knowledge.offices_titled(title, lang)):
                found = (last, title)
                break
        if found is None:
            continue
        last, title = found
        for other in atoms:
            if other is not owner and owner.end <= other.start and other.end <= last:
                other.consumed = True  # words of the title now
        owner.consumed = True
        made.append(make_title(owner.start, last, doc[owner.end + 1 : last].root.i, Entry(TITLE, fold(title), title)))
    return made


def office_within(
    knowledge: ActorKnowledge, doc: Doc, start: int, end: int, head: int, lang: str, country: str | None, organization: str | None
) -> Office | None:
    """The office of a shorter title inside a matched one, for the side that qualifies it: "military
    chief of staff" is no Israeli title, "chief of staff" is. Every candidate keeps the head word."""
    if not (country or organization):
        return None
    for length in range(end - start - 1, 0, -1):
        for first in range(start, end - length + 1):
            if not first <= head < first + length:
                continue
            title = "".join(t.text_with_ws for t in doc[first : first + length]).strip()
            office = knowledge.office_for(title, lang, country=country, organization=organization)
            if office is not None:
                return office
    return None


# Sectors that stand against their own state's government: named by it, theirs.
OPPOSING_SECTORS = frozenset({"OPP"})
GOVERNING_SECTORS = frozenset({"GOV"})
# A bare government or army facing a national armed group is that group's state's ("government
# troops clashed with ELN rebels"). Not the other way round: bare rebels a state's forces fight
# are often abroad ("Turkish forces struck Kurdish militants in northern Iraq").
STATE_FORCE_SECTORS = frozenset({"GOV", "MIL"})
REBEL_SECTORS = frozenset({"REB"})


def opposed_government(mention: ActorMention, mentions: list[ActorMention]) -> str | None:
    """The state of the one government (a government noun, an office, its seat) named in the
    sentence of a bare opposition mention, or of the one national armed group (or, for a bare
    government, opposition) named in the sentence of a bare government or army; else None."""
    if mention.actor.sector in OPPOSING_SECTORS:
        sides, organizations = GOVERNING_SECTORS, False
    elif mention.actor.sector in STATE_FORCE_SECTORS:
        # A bare government also faces its own opposition ("Peru's opposition accused the government").
        sides = REBEL_SECTORS | OPPOSING_SECTORS if mention.actor.sector in GOVERNING_SECTORS else REBEL_SECTORS
        organizations = True
    else:
        return None
    states = {
        m.actor.country
        for m in mentions
        if m.sentence_index == mention.sentence_index and m.actor.country and (organizations or m.actor.organization is None)
        and m.actor.sector in sides and m.actor.how != "domestic"
    }
    return states.pop() if len(states) == 1 else None


# Dependencies a bare title noun may have: "the minister", "le ministre," (nothing else attached).
BARE_DEPS = frozenset({"det", "punct"})


def title_head(title: str, lang: str, adjectives: frozenset[str]) -> str:
    """The head noun of an office title: the word before "of"/"de" ("Secretary of Defense",
    "ministre des Affaires étrangères"), else the last word in English ("Foreign Minister"), the first
    word that is not a listed adjective in French ("Premier ministre", "secrétaire général")."""
    words = fold(title).replace("'", "' ").split()
    for index, word in enumerate(words):
        if word in OF_WORDS and index > 0:  # titles are folded: "’" is "'"
            return words[index - 1]
    if lang == "en":
        return words[-1] if words else ""
    return next((w for w in words if w not in adjectives), words[-1] if words else "")


def bare_title_noun(doc: Doc, start: int, end: int, head: int) -> str | None:
    """The folded lemma of a one-word singular noun with nothing but a determiner attached, else None."""
    token = doc[head]
    if end - start != 1 or "Plur" in token.morph.get("Number") or any(c.dep_ not in BARE_DEPS for c in token.children):
        return None
    return fold(token.lemma_)


def earlier_holder(noun: str, history: list[Any], lang: str, adjectives: frozenset[str]) -> Any | None:
    """The latest remembered office holder (``resolved.Earlier``) whose office title has ``noun`` as its head."""
    for earlier in reversed(history):
        if earlier.office is None or not earlier.actor.entity:
            continue
        if any(title_head(t, lang, adjectives) == noun for t in earlier.office.titles.get(lang, ())):
            return earlier
    return None
