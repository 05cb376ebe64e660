"""Companions: actors told as doing an act with its doer, or undergoing it with its target.

"French jets, joined by Belgian aircraft, bombed …", "L'armée malienne, aux côtés des soldats
français, a attaqué …", "fought alongside Somali forces", "detained the leader together with the
president": a phrase opened by a companion marker (``LanguageProfile.companion_markers``:
"alongside", "together with", "aux côtés de") or a companion participle with its agent
(``companion_participles``: "joined by", "accompagné de") adds an actor to the side of the word it
hangs on, as a coordinated one would be. On a noun it is that noun's companion, in whatever role the
noun fills; on a verb it is the doer's (``companion_markers``), or, for the markers that join
whatever was named last (``companion_join_markers``: "together with", "along with"), the object's
when the phrase follows the object ("detained X together with Y") and the doer's otherwise.

A companion is never whom the act is done to: "a attaqué les jihadistes aux côtés des soldats
français" is no attack on the French soldiers. The participle that tells the company ("rejoints
par") is no act of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..knowledge.patterns import folded_lemma
from .claimed import SUBJECT_DEPS
from .roles import Role, roles_of

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# Words a companion may be: what names an actor.
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Clause links of a participle telling company: on a noun ("jets, joined by …") or on the clause
# ("est arrivé à Pékin, accompagné de …").
PARTICIPLE_LINKS = frozenset({"acl", "advcl"})
# Who a companion hung on a verb goes with.
DOER, LAST_NAMED = "doer", "last named"


@dataclass(frozen=True, slots=True)
class Companion:
    """A companion word, the word its phrase hangs on, and how it joins a verb's roles."""

    word: Token
    host: Token
    joins: str


def _marker_spans(doc: Doc, markers: frozenset[tuple[str, ...]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, marker) of every marker written in the doc, longest first where they overlap.

    One pass over the words, trying only the markers that start with each word: the paragraph is
    read once per marker list, not once per marker."""
    words = [t.lower_ for t in doc]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for marker in markers:
        by_first.setdefault(marker[0], []).append(marker)
    written = [(start, start + len(marker), marker)
               for start, word in enumerate(words) for marker in by_first.get(word, ())
               if tuple(words[start : start + len(marker)]) == marker]
    found: list[tuple[int, int, tuple[str, ...]]] = []
    taken: set[int] = set()
    for start, end, marker in sorted(written, key=lambda span: (-len(span[2]), span[0])):
        if not taken.intersection(range(start, end)):
            found.append((start, end, marker))
            taken.update(range(start, end))
    return found


def _phrase_companion(doc: Doc, start: int, end: int) -> Companion | None:
    """The nominal a marker introduces (hung on a marker word, or taking one as its case) and the word
    outside the phrase it hangs on."""
    inside = set(range(start, end))
    word = next(
        (
            t for t in doc[end : min(len(doc), end + 6)]
            if t.pos_ in NOMINAL_POS and (t.head.i in inside or any(c.i in inside for c in t.children))
        ),
        None,
    )
    if word is None:
        return None
    phrase = inside | {word.i}
    # The phrase hangs where its nominal does ("conjointement avec le Royaume-Uni" on the verb), else
    # where its marker's top word does ("aux côtés des soldats" on the subject noun).
    host = word.head if word.head.i not in phrase else next((doc[i].head for i in sorted(inside) if doc[i].head.i not in phrase), None)
    if host is None or host.i == word.i:
        return None
    return Companion(word, host, "")


def companions(frames: ParagraphFrames) -> list[Companion]:
    """Every companion phrase of the paragraph, with the word it hangs on."""
    profile = frames.profile
    doc = frames.doc
    found: list[Companion] = []
    for markers, joins in ((profile.companion_markers, DOER), (profile.companion_join_markers, LAST_NAMED)):
        for start, end, _ in _marker_spans(doc, markers):
            companion = _phrase_companion(doc, start, end)
            if companion is not None:
                host = _doer_host(companion.host) if joins == DOER else companion.host
                found += [Companion(word, host, joins) for word in _named(frames, companion.word)]
    for participle in doc:
        if is_companion_participle(frames, participle):
            found += [Companion(word, participle.head, DOER) for agent in frames.fillers(participle, "agent") for word in _named(frames, agent)]
    return found


def _doer_host(host: Token) -> Token:
    """A fellow doer's phrase hung inside the object is the clause's ("attacked the positions
    alongside Belgian aircraft": the parser hangs it on "positions"): the verb, unless the phrase is
    within the subject ("the jets, alongside …, bombed")."""
    current = host
    while current.pos_ not in ("VERB", "AUX") and current.head.i != current.i:
        if current.dep_ in SUBJECT_DEPS:
            return host
        current = current.head
    return current if current.pos_ in ("VERB", "AUX") else host


def _named(frames: ParagraphFrames, word: Token) -> list[Token]:
    """The companion word, or, when it names no actor itself, the side it comes from ("aircraft from
    Jordan": Jordan)."""
    if frames.actors_of(word):
        return [word]
    return [f for slot in frames.profile.source_prepositions for f in frames.fillers(word, slot)] or [word]


def is_companion_participle(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether a verb is a participle telling whom its noun or clause goes with ("joined by")."""
    return (
        verb.pos_ == "VERB"
        and folded_lemma(verb) in frames.profile.companion_participles
        and frames.grammar.clause_link(verb) in PARTICIPLE_LINKS
        and verb.head.i != verb.i
        and bool(frames.fillers(verb, "agent"))
    )


def _follows_object(frames: ParagraphFrames, verb: Token, word: Token) -> bool:
    return any(o.i < word.i for o in frames.objects(verb))


def with_companions(frames: ParagraphFrames, verb: Token, sources: list[Role], targets: list[Role]) -> tuple[list[Role], list[Role]]:
    """A verb's (sources, targets) with the companions hung on the verb added to the doer's side or the
    object's, and no companion among the targets."""
    hung = [c for c in frames.companions if c.host.i == verb.i]
    fellow_doers = [c.word for c in hung if c.joins == DOER or not _follows_object(frames, verb, c.word)]
    fellow_objects = [c.word for c in hung if c.word not in fellow_doers]
    companion_words = {c.word.i for c in frames.companions}
    own = {(r.mention.actor.key, r.mention.actor.code) for r in sources}
    added = [r for r in roles_of(frames, fellow_doers) if (r.mention.actor.key, r.mention.actor.code) not in own] if sources else []
    mentions = {id(r.mention) for r in added}
    kept = [t for t in targets if id(t.mention) not in mentions and t.mention.head not in companion_words]
    if targets:
        kept += [r for r in roles_of(frames, fellow_objects) if all(r.mention is not t.mention for t in kept)]
    return sources + added, kept
