"""Verdicts on people no actor names: "a Hong Kong court convicted 14 activists", "un tribunal de
Moscou a condamné l'opposant Vladimir Kara-Mourza à vingt-cinq ans".

A court finds guilty those brought before it in its own country: when the convicted are people no
actor names (a dissident, activists, a journalist), the verdict is aimed at the court's country,
as its civilians, the way an arrest of "dissidents" is (``DOMESTIC_TARGET_ROOTS`` in coding.py).
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from .frames import ParagraphFrames
from .roles import Role, roles_of
from .roots import DISAPPROVAL_ROOT

# CAMEO 116: find guilty or liable (legally), the code of convictions and sentences.
VERDICT_CODE = "116"
# A court's disapproval (root 11) of a person is a verdict too: "un tribunal a condamné l'opposant".
COURT_SECTOR = "JUD"


def judged_people(
    frames: ParagraphFrames, verb: Token, code: str, sources: list[Role], people: Callable[[Token, str], Role]
) -> list[Role]:
    """The civilians of the court's country a verdict convicts, when no actor names them."""
    by_court = code[:2] == DISAPPROVAL_ROOT and bool(sources) and all(s.mention.actor.sector == COURT_SECTOR for s in sources)
    if not (code.startswith(VERDICT_CODE) or by_court) or verb.pos_ != "VERB" or not sources:
        return []
    countries = {s.mention.actor.country for s in sources}
    if len(countries) != 1 or None in countries:
        return []
    country = countries.pop()
    for convicted in frames.objects(verb):
        if convicted.pos_ in ("NOUN", "PROPN") and not roles_of(frames, [convicted]):
            return [people(convicted, country)]
    return []
