"""Strikes held by workers: a stoppage of work, not force.

English names the military strike and the labour strike with one noun. The pattern file codes
the noun as force (195), its more frequent sense in conflict news; held by workers of a trade (the
sector of every source the noun finds is labour, teaching, health, farming, business or the
media: "Kenyan nurses held a strike", "a strike by dockers entered its third week") it is a labour
strike (143), told in full without a target: with no one else named, the workers strike against
their rulers at home, as the guidelines say of acts at home that name no addressee.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..knowledge.patterns import Pattern
from .roles import Role

LABOUR_STRIKE = "143"
# Sectors of people who strike by stopping work.
WORKING_SECTORS = frozenset({"LAB", "EDU", "HLH", "AGR", "BUS", "MED"})


def labour_strike(pattern: Pattern, sources: Sequence[Role], stoppage_nouns: frozenset[str]) -> Pattern:
    """The pattern of a strike noun whose sources all stop work: a labour strike; else ``pattern``."""
    if pattern.name not in stoppage_nouns or not sources:
        return pattern
    if all(r.mention.actor.sector in WORKING_SECTORS for r in sources):
        return replace(pattern, code=LABOUR_STRIKE, target_required=False)
    return pattern


__all__ = ["labour_strike"]
