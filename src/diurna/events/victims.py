"""The place unconventional mass violence is used on, when it names no victim.

"Syrian planes dropped sarin on the town of Ltamenah", "a utilisé du chlore contre la ville de
Douma", "used chemical weapons against the population of Eastern Ghouta": gas or a massacre is
done to the people of the place it is aimed at, whosever they are (the user's own included: the
guidelines code a state gassing its own town as done to its country). The place is looked for
below the act's target phrases ("on the town of …"), where the clause's locatives do not reach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Mapping

from spacy.tokens import Token

from ..records import PlaceMention

if TYPE_CHECKING:
    from ..knowledge.patterns import Pattern
    from .frames import ParagraphFrames


def place_struck(
    frames: ParagraphFrames,
    heads: list[Token],
    pattern: Pattern,
    place_at: Mapping[tuple[int, int], PlaceMention],
) -> PlaceMention | None:
    """The first place named in a target phrase (the entry's, or "against") of ``heads``. One the
    gazetteer does not know (a village) is returned too: the caller takes it for the source's own
    country, as it takes people killed where no place is named."""
    slots = {*pattern.target, *frames.profile.adversative_prepositions}
    # The parser may hang the phrase on an object coordinated with the verb ("dropped sarin and
    # chlorine on …": "chlorine" a conjunct of "dropped").
    candidates = [*heads, *(c for head in heads for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN")]
    seen: set[int] = set()
    for head in candidates:
        if head.i in seen:
            continue
        seen.add(head.i)
        for slot, filler in frames.arguments(head):
            if slot not in slots:
                continue
            for token in filler.subtree:
                place = place_at.get((frames.paragraph, token.i))
                if place is None:
                    continue
                # Not in another clause below the phrase ("the town which the army took from X").
                between = [a for a in token.ancestors if filler in a.ancestors or a.i == filler.i]
                if not any(a.pos_ in ("VERB", "AUX") for a in between):
                    return place
    return None
