"""Gerunds of manner: a participle clause that tells how an act was done, not its toll.

"a riposté en bombardant la ville", "retaliated by shelling the city": the bombing is the
act itself (the verb it hangs on only says it answered something), so it is coded with its
own target rather than dropped as a retelling of the verb's act. "shelled the town, killing
six" keeps its bare participle, the toll of the shelling; and "attacked Ukraine by bombing
Kyiv", whose verb names its own target, is one act coded once, by the verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .frames import ParagraphFrames

# The word that makes a participle a gerund of manner: French "en" + participle, English
# "by" + -ing. Function words of the grammar, not knowledge to tune.
MANNER_MARKERS = frozenset({"en", "by"})


def tells_how(frames: ParagraphFrames, verb: Token) -> bool:
    """Whether a participle is introduced by a marker of manner ("en bombardant", "by shelling")
    and hangs on a verb with no object of its own ("a riposté", "retaliated")."""
    if frames.objects(verb.head):
        return False
    return any(c.i < verb.i and c.dep_ in ("mark", "case", "prep") and c.lower_ in MANNER_MARKERS for c in verb.children)


__all__ = ["MANNER_MARKERS", "tells_how"]
