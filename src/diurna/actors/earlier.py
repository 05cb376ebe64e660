"""A body named in full, then by its head noun alone: "Pakistan's interior ministry … the ministry",
"le Conseil constitutionnel … le Conseil", "Nigeria's Supreme Court … the court".

A reader takes the short name for the latest body of the article whose name has that head noun.
The short name is a definite noun ("the", "le", "la", "les") with nothing attached but its
determiner; its antecedent is a mention that says whose it is: an institution, an organisation,
or a sector noun its country, organisation or person qualifies. A short name that is itself a
sector noun ("the ministry", "les autorités") is such a mention's before it is the article's home
country's; one that is no actor word of its own ("le Conseil", "the Council") is an actor only
through its antecedent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from spacy.tokens import Doc, Token

from ..knowledge.actors import fold

# Dependencies a short name's head may have: "the ministry", "le Conseil," (nothing else attached).
SHORT_DEPS = frozenset({"det", "punct"})
NOUN_POS = frozenset({"NOUN", "PROPN"})
PLURAL_MARK = "/plural"


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A mention a later short name may stand for: its head noun's folded lemma and what it
    resolved to (``resolved.Resolved``, kept as is so that a body still waiting for the article's
    home country, "le Conseil constitutionnel", passes the wait on to its short name)."""

    head: str
    resolved: Any


def head_key(token: Token) -> str:
    """The folded lemma, marked when plural: a short name agrees in number with its body's head
    ("Reporters Without Borders … the reporter" is a journalist, not the NGO)."""
    return fold(token.lemma_) + (PLURAL_MARK if token.morph.get("Number") == ["Plur"] else "")


def is_short_name(doc: Doc, start: int, end: int, head: int) -> bool:
    """One definite noun with nothing but its determiner (and punctuation) attached."""
    token = doc[head]
    if end - start != 1 or token.pos_ not in NOUN_POS:
        return False
    children = list(token.children)
    if any(c.dep_ not in SHORT_DEPS for c in children):
        return False
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in children)


def latest(head: str, antecedents: Sequence[Antecedent]) -> Antecedent | None:
    """The latest antecedent with that head noun, if any."""
    return next((a for a in reversed(antecedents) if a.head == head), None)


def short_name_atoms(
    doc: Doc,
    taken: set[int],
    heads: Iterable[str],
    make_atom: Callable[[int], Any],
) -> list[Any]:
    """Atoms (``make_atom(token index)``) for the bare definite nouns of the paragraph, outside
    every other atom, whose lemma is the head of a body named before (``heads``: of the article's
    earlier paragraphs and of this paragraph's atoms; which one, if any, is decided when the atom
    is resolved, in reading order)."""
    wanted = set(heads)
    if not wanted:
        return []
    return [
        make_atom(token.i)
        for token in doc
        if token.i not in taken and token.pos_ in NOUN_POS and head_key(token) in wanted and is_short_name(doc, token.i, token.i + 1, token.i)
    ]
