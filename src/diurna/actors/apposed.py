"""Words around a noun that say whose side it is: its own name, a side it is linked to, the body
its people work at, the mention it comes from.

- *Apposed name*: a noun's own name after it wins over the other words qualifying it: "the United
  Nations peacekeeping force MINUSMA" is MINUSMA, not the UN's peacekeeping as a whole
  (``apposed_organization``; ``apposed_names`` when the lexicon reads the noun as a name). "An
  al-Qaeda-linked group, JNIM, claimed responsibility" is JNIM: the group noun, the subject the
  events read, takes its apposed name's actor (``apposed_group_mentions``), whatever its other words
  say ("al-Qaeda-linked" names a backer, no actor).
- *Linked group*: "A group linked to Russia's military intelligence", "un groupe proche du Hamas" is
  that side's (``linked_group_mentions``; the words are ``actor_words.toml`` [links]).
- *Workplace*: people "at" a national body are of its state: "Workers at Samsung Electronics"
  (``attach_workplaces``; [workplace]). A body several states have ("the National Assembly") or a
  place ("protesters at the Russian embassy": no body of the lexicon) tells no state.
- *Owner*: a bare noun "from" / "of" another mention takes its side, and waits for what it waits for:
  "Negotiators from the federal government", "leaders of the opposition" (``sector_owners``;
  [owners]). A noun never guessed from the home country ("negotiators") is then its owner's or none.

The mentions made stand for a side named already: they do not count again for the article's home
country (``NamedSides.repeated``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Mapping, Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import ActorKnowledge, ActorWords, fold
from ..records import ActorMention, TextSpan
from .atoms import SECTOR, Atom
from .homes import DOMESTIC
from .lexicon import INSTITUTION, ORG_NAME
from .qualifiers import QUALIFIER_DEPTH, SUBJECT_DEPS, path_length
from .resolved import Deferred

# Dependencies of a name set beside its noun ("the force MINUSMA", "le groupe JNIM", "a group, JNIM,").
APPOSED_DEPS = frozenset({"appos", "flat", "flat:name"})
IGO_SECTOR = "IGO"


def _apposed_to(doc: Doc, name_head: int, noun_head: int) -> bool:
    """Whether the name headed by ``name_head`` is set after the noun headed by ``noun_head`` as its
    own name: in apposition, or a French name hung on the noun with no preposition."""
    name = doc[name_head]
    if name.head.i != noun_head or name_head <= noun_head:
        return False
    if name.dep_ in APPOSED_DEPS:
        return True
    return name.dep_ == "nmod" and not any(c.dep_ == "case" for c in name.children)


def apposed_organization(doc: Doc, atom: Atom) -> str | None:
    """The organisation a sector noun's own name after it names ("the peacekeeping force MINUSMA"), else None."""
    for qualifier in atom.qualifiers:
        if _apposed_to(doc, qualifier.head, atom.head):
            found = next((e.ident for e in qualifier.entries if e.kind == ORG_NAME), None)
            if found is not None:
                return found
    return None


# How a mention names an organisation by its own name.
NAMED = "name"


def apposed_names(doc: Doc, mentions: Sequence[ActorMention], paragraph: int) -> list[ActorMention]:
    """The mentions with an organisation's name set after another organisation's noun standing for
    it: "the UN peacekeeping force UNIFIL" is UNIFIL (the lexicon reads "UN peacekeeping force" as
    the UN's peacekeeping as a whole)."""
    named = {m.head: m for m in mentions if m.paragraph == paragraph and m.actor.organization is not None and m.actor.how == NAMED}
    kept = []
    for mention in mentions:
        if mention.paragraph == paragraph and mention.actor.organization is not None:
            own = next((named[c.i] for c in doc[mention.head].children if c.i in named and _apposed_to(doc, c.i, mention.head)), None)
            if own is not None and own.actor.organization != mention.actor.organization:
                mention = replace(mention, actor=own.actor)
        kept.append(mention)
    return kept


def _fits(kind: str, sector: str | None) -> bool:
    """Whether an organisation of ``sector`` may be the one a group noun of ``kind`` names (see ``groups``)."""
    if kind == "nonstate":
        return sector != IGO_SECTOR
    if kind == "igo":
        return sector == IGO_SECTOR
    return True


def _span_before_name(doc: Doc, noun: Token, name: Token, offset: int) -> TextSpan:
    """The noun's words before its apposed name (or linking word): "An al-Qaeda-linked group"."""
    start = min(c.i for c in noun.subtree)
    end = noun.i + 1
    span = doc[start:end]
    first = offset + span.start_char
    return TextSpan(span.text, first, first + len(span.text))


def apposed_group_mentions(
    doc: Doc,
    nouns: Mapping[str, str],
    mentions: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    paragraph: int,
) -> list[ActorMention]:
    """A mention for each group noun (``actor_words.toml`` [group_nouns]) outside every other mention's
    words with an organisation's name in apposition after it, standing for that organisation."""
    by_head = {m.head: m for m in mentions if m.paragraph == paragraph and m.actor.organization is not None}
    found = []
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN" or fold(token.lemma_) not in nouns:
            continue
        named = next((by_head[c.i] for c in token.children if c.i in by_head and _apposed_to(doc, c.i, token.i)), None)
        if named is None or not _fits(nouns[fold(token.lemma_)], named.actor.sector):
            continue
        found.append(ActorMention(_span_before_name(doc, token, doc[named.head], offset), named.actor, named.sentence_index, token.i, paragraph))
    return found


def attach_workplaces(doc: Doc, atoms: list[Atom], knowledge: ActorKnowledge, lang: str) -> None:
    """"Workers at Samsung Electronics": a sector noun no word qualifies yet takes the one national body
    (an institution of one state) it is "at" as its qualifier."""
    prepositions = knowledge.words.workplace_prepositions.get(lang, frozenset())
    if not prepositions:
        return
    for atom in atoms:
        if atom.kind != SECTOR or atom.consumed or atom.qualifiers:
            continue
        head = doc[atom.head]
        for other in atoms:
            if other.consumed or other.start < atom.end or not _national_body(other, knowledge):
                continue
            steps = path_length(doc[other.head], head, QUALIFIER_DEPTH, prepositions)
            if steps is None or steps == 0 or not _through(doc, other.head, atom.head, prepositions):
                continue
            atom.qualifiers.append(other)
            other.consumed = True
            break


def _national_body(atom: Atom, knowledge: ActorKnowledge) -> bool:
    return bool(atom.entries) and all(
        e.kind == INSTITUTION and not knowledge.institutions[int(e.ident)].shared for e in atom.entries
    )


def _through(doc: Doc, low: int, high: int, prepositions: frozenset[str]) -> bool:
    """Whether the head chain from token ``low`` up to ``high`` passes one of ``prepositions`` (not only "of")."""
    current = doc[low]
    while current.i != high and current.head.i != current.i:
        if current.lower_ in prepositions or any(c.dep_ == "case" and c.lower_ in prepositions for c in current.children):
            return True
        current = current.head
    return False


# Dependencies of a participle or adjective hung on a noun ("a group linked to …", "un groupe lié au …").
MODIFIER_DEPS = frozenset({"acl", "amod"})
# Dependencies of the complement of such a word: English "to" + object, French "à" + noun.
COMPLEMENT_DEPS = frozenset({"pobj", "obl", "obl:arg", "obl:mod", "nmod"})


def _linked_to(word: Token) -> list[Token]:
    """The heads of the complements of a participle or adjective: "linked to [intelligence]", "lié au [renseignement]"."""
    found = []
    for child in word.children:
        if child.dep_ == "prep":
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ in COMPLEMENT_DEPS and any(c.dep_ == "case" for c in child.children):
            found.append(child)
    return found


@dataclass(frozen=True, slots=True)
class LinkWords:
    """A language's words that tie a noun to a side (``actor_words.toml`` [links], [owners])."""

    links: frozenset[str]  # "linked", "loyal", "work"
    through: frozenset[str]  # "claim"
    people: frozenset[str]  # "gunman", "spokesperson"
    owners: frozenset[str]  # "from", "of", "for": a people noun's owner


def linked_tokens(noun: Token, links: frozenset[str], through: frozenset[str]) -> list[Token]:
    """The heads of the complements of the linking words (``links``) hung on a noun: "loyal to [the
    Houthis]", "working for [the cartel]", and through a verb that tells the link ("claiming to belong
    to [al-Shabaab]"; ``through``)."""
    found = []
    for word in noun.children:
        if word.dep_ not in MODIFIER_DEPS or word.i < noun.i:
            continue
        if fold(word.lemma_) in through:
            word = next((c for c in word.children if c.dep_ == "xcomp" and fold(c.lemma_) in links), word)
        if fold(word.lemma_) in links:
            found += _linked_to(word)
    return found


def linked_group_mentions(
    doc: Doc,
    nouns: Mapping[str, str],
    words: LinkWords,
    mentions: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    paragraph: int,
) -> list[tuple[ActorMention, ActorMention]]:
    """A mention for each group noun (``actor_words.toml`` [group_nouns]) outside every other mention's
    words that a linking word (``links``, lemmas: "linked", "lié", "close") ties to an actor named
    right after: "A group linked to Russia's military intelligence" is that side's.
    So is a noun of people with no side of their own (``people``), tied so or hung on that actor by
    one of the ``owners`` prepositions: "Gunmen working for the cartel", "A spokesperson for the
    army", "des agents des forces de l'ordre"; only to a body, not to a state by its name ("a man
    from Kenya" is no Kenyan state actor). A body whose state is still the article's guess ("les
    forces de sécurité") lends its unsettled side, settled with it. Each mention with its owner."""
    by_head = {m.head: m for m in mentions if m.paragraph == paragraph}
    found = []
    for token in doc:
        if token.i in taken or token.pos_ != "NOUN":
            continue
        lemma = fold(token.lemma_)
        if lemma not in nouns and lemma not in words.people:
            continue
        for word in token.children:
            if word.dep_ not in MODIFIER_DEPS or word.i < token.i or fold(word.lemma_) not in words.links | words.through:
                continue
            # French hangs the complement on the noun itself: "un groupe proche [du Hamas]".
            beside = [c for c in token.children if c.dep_ == "nmod" and c.i > word.i and any(k.dep_ == "case" for k in c.children)]
            owner = next((by_head[c.i] for c in (*linked_tokens(token, words.links, words.through), *beside) if c.i in by_head), None)
            if owner is not None and _takes(lemma, nouns, words, owner):
                actor = replace(owner.actor, entity=None, how="coreference")  # the side, not a person of it
                found.append((ActorMention(_span_before_name(doc, token, word, offset), actor, owner.sentence_index, token.i, paragraph), owner))
                break
        else:
            if lemma not in words.people:
                continue
            owner = next((by_head[c.i] for c in owner_tokens(doc, token.i, words.owners) if c.i in by_head), None)
            if owner is not None and _takes(lemma, nouns, words, owner, unsettled=True):
                # A side still guessed stays so, to be settled with its owner's (``named_sides``).
                actor = replace(owner.actor, entity=None, how=owner.actor.how if owner.actor.how == DOMESTIC else "coreference")
                found.append((ActorMention(_span_before_name(doc, token, token, offset), actor, owner.sentence_index, token.i, paragraph), owner))
    return found


def _takes(lemma: str, nouns: Mapping[str, str], words: LinkWords, owner: ActorMention, unsettled: bool = False) -> bool:
    """Whether a group or people noun takes the side of ``owner``; one still guessed only when
    ``unsettled`` sides may be taken."""
    if owner.actor.how == DOMESTIC and not unsettled:
        return False
    if lemma in nouns:
        return _fits(nouns[lemma], owner.actor.sector)
    return owner.actor.organization is not None or owner.actor.sector is not None


def owner_tokens(doc: Doc, head: int, prepositions: frozenset[str]) -> list[Token]:
    """The heads of the noun phrases hung on a noun through ``prepositions``: "from [the government]",
    "de [l'opposition]"."""
    found = []
    for child in doc[head].children:
        if child.dep_ == "prep" and child.lower_ in prepositions:
            found += [c for c in child.children if c.dep_ == "pobj"]
        elif child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in prepositions for c in child.children):
            found.append(child)
    return found


def has_owner(doc: Doc, head: int, prepositions: frozenset[str]) -> bool:
    """Whether a noun has a noun phrase hung on it through ``prepositions``."""
    return bool(owner_tokens(doc, head, prepositions))


def sector_owners(
    doc: Doc, mentions: Sequence[ActorMention], prepositions: Callable[[str], frozenset[str]], unsettled: str, links: LinkWords | None = None
) -> list[tuple[int, ActorMention, int]]:
    """Bare sector nouns (actors still ``unsettled``: the article's home country's) qualified by another
    mention through the ``prepositions`` of their head noun (given its folded lemma) take its side:
    "Negotiators from the federal government", "leaders of the opposition", "fighters for Hamas". Each such noun's index in ``mentions`` with the mention it now is, and the index
    of its owner, for what the owner still waits for. The owner's sector, unless it is a person (a
    person's supporters are no politicians) or has none (a state by name)."""
    by_head = {m.head: index for index, m in enumerate(mentions)}
    owned = []
    for index, mention in enumerate(mentions):
        if mention.actor.how != unsettled or mention.actor.entity:
            continue
        through = prepositions(fold(doc[mention.head].lemma_))
        # "Fighters loyal to the Houthis": tied by a linking word as by a preposition.
        linked = linked_tokens(doc[mention.head], links.links, links.through) if links is not None else []
        owner = next((by_head[t.i] for t in (*owner_tokens(doc, mention.head, through), *linked) if by_head.get(t.i, index) != index), None)
        if owner is None:
            continue
        side = mentions[owner].actor
        sector = mention.actor.sector if side.entity or not side.sector else side.sector
        owned.append((index, replace(mention, actor=replace(side, sector=sector, entity=None)), owner))
    return owned


@dataclass(frozen=True, slots=True)
class NamedSides:
    """A paragraph's mentions once apposed names, linked groups and owners are read (``named_sides``)."""

    mentions: list[ActorMention]  # the paragraph's mentions, in reading order
    added: frozenset[int]  # the heads of the group nouns made mentions: words now taken
    repeated: frozenset[tuple[int, int]]  # (paragraph, start) of mentions of a side named already: no second vote
    waiting: Mapping[tuple[int, int], Deferred | None]  # what each owned noun now waits for (None: nothing)


def named_sides(
    doc: Doc,
    lang: str,
    words: ActorWords,
    mentions: Sequence[ActorMention],
    taken: set[int],
    offset: int,
    paragraph: int,
    deferred: Mapping[tuple[int, int], Deferred],
    unsettled: str,
) -> NamedSides:
    """The paragraph's ``mentions`` with the rules of this module read: an organisation's own name after
    its noun, group nouns named in apposition or linked to a side, bare nouns (``unsettled``) taking
    their owner's side with what it waits for in ``deferred``."""
    nouns = words.group_nouns.get(lang, {})
    owners = words.owner_prepositions.get(lang, frozenset()) | words.agent_owner_prepositions.get(lang, frozenset())
    links = LinkWords(words.links.get(lang, frozenset()), words.link_verbs.get(lang, frozenset()), words.linked_people.get(lang, frozenset()), owners)
    kept = apposed_names(doc, mentions, paragraph)
    groups = apposed_group_mentions(doc, nouns, kept, taken, offset, paragraph)
    linked = linked_group_mentions(doc, nouns, links, kept, taken | {m.head for m in groups}, offset, paragraph)
    groups += [m for m, _ in linked]
    kept = sorted([*kept, *groups], key=lambda m: m.span.start)
    repeated = {(paragraph, m.span.start) for m in groups}
    waiting: dict[tuple[int, int], Deferred | None] = {}
    for mention, owner in linked:
        if mention.actor.how == unsettled:
            # What its owner waits for; it does its clause's act as its own head says.
            taken_over = deferred.get((paragraph, owner.span.start))
            subject = doc[mention.head].dep_ in SUBJECT_DEPS
            waiting[(paragraph, mention.span.start)] = replace(taken_over, subject=subject) if taken_over is not None else None
    for index, owned, owner in sector_owners(doc, kept, lambda noun: words.owners_of(lang, noun), unsettled, links):
        kept[index] = owned
        repeated.add((paragraph, owned.span.start))  # its owner's side, counted once
        taken_over = deferred.get((paragraph, kept[owner].span.start))
        own = deferred.get((paragraph, owned.span.start))
        if taken_over is not None and own is not None:
            # What the owner waits for, but whether it does its clause's act is the noun's own
            # ("Les dirigeants du mouvement étudiant ont exigé": the subject, not its owner).
            taken_over = replace(taken_over, subject=own.subject)
        waiting[(paragraph, owned.span.start)] = taken_over
    return NamedSides(kept, frozenset(m.head for m in groups), frozenset(repeated), waiting)
