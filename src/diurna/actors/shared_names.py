"""A written form two organisations share: one's name, the other's context name ("RSF" is Sudan's
Rapid Support Forces in English, and Reporters Without Borders once the article names the NGO).

A reader takes the form for the organisation the article names plainly (by a form no other
organisation shares) when it names the other one by no plain form: "Reporters Without Borders
(RSF) … RSF said" is the NGO; "the Rapid Support Forces … the RSF" stays the militia.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from .lexicon import ORG_CONTEXT, ORG_NAME, Entry, Match


def plainly_named(matches: Iterable[list[Match]]) -> frozenset[str]:
    """The organisations the article names by a form no organisation has as its context name."""
    return frozenset(
        e.ident
        for found in matches
        for match in found
        if not any(x.kind == ORG_CONTEXT for x in match.entries)
        for e in match.entries
        if e.kind == ORG_NAME
    )


def context_owner(entries: Sequence[Entry], plain: frozenset[str]) -> str | None:
    """The organisation a shared form stands for when the article names it plainly and the form's
    other owner not at all plainly; None when the form's own name holds."""
    named = [e.ident for e in entries if e.kind == ORG_NAME]
    others = [e.ident for e in entries if e.kind == ORG_CONTEXT and e.ident in plain]
    if not named or len(others) != 1 or any(ident in plain for ident in named):
        return None
    return others[0]
