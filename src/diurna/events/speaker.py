"""Who "I" and "we" are when no reporting verb in their sentence says it.

A press release or a statement speaks in the first person ("We condemn the attack"), its
speaker named once: as the subject of a reporting verb elsewhere in the article ("The Foreign
Secretary said: …"), or in its first sentence ("Statement by the NATO Secretary General").
The first person takes that speaker when the article names exactly one, never a guess
between several.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..grammar import has_feature
from ..knowledge.patterns import folded_lemma
from ..records import ActorMention

if TYPE_CHECKING:
    from .frames import ParagraphFrames


def _reporting_subjects(article: list[ParagraphFrames]) -> list[ActorMention]:
    """The actors that are subjects of a reporting verb anywhere in the article, not in the first person."""
    found: list[ActorMention] = []
    for frames in article:
        verbs = frames.profile.reporting_verbs
        for token in frames.doc:
            if token.pos_ not in ("VERB", "AUX") or folded_lemma(token) not in verbs:
                continue
            for subject in frames.subjects(token):
                if subject.pos_ in ("PRON", "DET") or has_feature(subject, "Person", "1"):
                    continue  # "he said", "we said": no name
                mention = frames.mention_at.get(subject.i)
                if mention is not None:
                    found.append(mention)
    return found


def _first_sentence_offices(article: list[ParagraphFrames], pronoun: Token) -> list[ActorMention]:
    """The offices and organisations (not bare countries) named in the article's first
    sentence; before the first person when it is in that sentence ("Statement by the
    Secretary of Defense on … I welcome …"), never one it speaks to or of after it."""
    if not article:
        return []
    first = article[0]
    sentence = next(iter(first.doc.sents), None)
    if sentence is None:
        return []
    end = pronoun.i if pronoun.doc is first.doc and sentence.start <= pronoun.i < sentence.end else sentence.end
    return [
        m for m in first.mentions
        if sentence.start <= m.head < end and (m.actor.sector is not None or m.actor.organization is not None)
    ]


def _one(mentions: list[ActorMention]) -> ActorMention | None:
    keys = {(m.actor.key, m.actor.sector) for m in mentions}
    return mentions[0] if len(keys) == 1 else None


def article_speaker(article: list[ParagraphFrames], pronoun: Token) -> ActorMention | None:
    """The article's one named speaker, for a first-person pronoun no reporting verb of its own
    sentence resolves."""
    # Several reporting speakers leave "we" unresolved: the first sentence does not choose among them.
    return _one(_reporting_subjects(article) or _first_sentence_offices(article, pronoun))


__all__ = ["article_speaker"]
