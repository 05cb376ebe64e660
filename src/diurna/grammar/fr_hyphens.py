"""French names the tokenizer splits at their hyphen ("El-Fasher", "Al-Massirah"), which
fr_core_news_md then parses as separate words, each hung on the verb ("s'est emparé d'El/obl -/obj
Fasher/obl"): the name's place or actor is then read off its first part only, and the rest fills
slots of its own. Written with no space on either side of the hyphen, between two capitalised
parts, the three tokens are one name: the first part keeps the name's place in the sentence and
the others hang on it (``FrenchGrammar.repair`` calls ``name_split_at_hyphen`` first)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

HYPHENS = frozenset({"-", "‑"})
# Labels of a verb's arguments: a part read so says the whole name's role.
ARGUMENT_LABELS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl:arg", "obl:agent"})


def _name_part(token: Token) -> bool:
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ", "X")


def name_split_at_hyphen(doc: Doc) -> None:
    """Hang "-" and the second part of a name split at its hyphen on the first part, when the
    parser hung them elsewhere (not inside the first part's phrase)."""
    for hyphen in doc[1:-1]:
        if hyphen.text not in HYPHENS:
            continue
        first, second = doc[hyphen.i - 1], doc[hyphen.i + 1]
        if first.whitespace_ or hyphen.whitespace_ or not _name_part(first) or not _name_part(second):
            continue
        if first.sent.start != second.sent.start or first.is_ancestor(hyphen) and first.is_ancestor(second):
            continue
        if second.is_ancestor(first) or hyphen.is_ancestor(first):
            continue  # the parser made a later part the name's head: its reading holds together
        # The name's place: that of the part holding its preposition, else of the part read as an
        # argument ("Addis/obl:mod -Abeba/nsubj a rejeté"), else the first part's.
        role = next((p for p in (first, second) if any(c.dep_ == "case" for c in p.children)), None)
        role = role or next((p for p in (first, second) if p.dep_ in ARGUMENT_LABELS), first)
        if role is second and second.head.i not in (first.i, hyphen.i):
            first.head, first.dep_ = second.head, second.dep_
        for part in (hyphen, second):
            for child in list(part.children):
                if child.i not in (first.i, hyphen.i, second.i):
                    child.head = first
        hyphen.head = first
        hyphen.dep_ = "punct"
        hyphen.pos_ = "PUNCT"
        second.head = first
        second.dep_ = "flat:name"
