"""Aid given to people no actor names, in a place the phrase names.

"Le PAM a distribué des rations à quelque 200 000 déplacés dans le Nord-Kivu", "delivered food
to 60,000 displaced families in Tigray": the people aid goes to are the civilians of the place
their phrase says they are in, whose country is the target. The place is the one below the
recipients' own phrase, else the one the aid was given in; aid "to families" with no place names
no country (the giver's own country is not assumed, unlike arrests at home in ``domestic.py``:
aid mostly goes abroad).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.patterns import Pattern
from .domestic import ArticleIndex
from .frames import ParagraphFrames
from .located import place_in_clause
from .roles import Role
from .slots import slot_fillers

# The root of aid (CAMEO 07: provide aid).
AID_ROOT = "07"
# Parts of speech of a recipients' phrase head: a noun, or a participle taken as one ("déplacés").
RECIPIENT_POS = ("NOUN", "VERB")


def aid_recipients(
    frames: ParagraphFrames, token: Token, pattern: Pattern, sources: list[Role], index: ArticleIndex
) -> list[Role]:
    """The civilians of the place the unnamed recipients of aid are said to be in."""
    if pattern.code[:2] != AID_ROOT or not sources:
        return []
    slots = dict.fromkeys((*pattern.target, frames.profile.dative_preposition))
    for slot in slots:
        for filler in slot_fillers(frames, token, slot, set()):
            if filler.pos_ not in RECIPIENT_POS or frames.actors_of(filler):
                continue
            # Under the recipients' own phrase, else where the aid was given ("a distribué … à
            # 3 000 familles …, dans le Sud-Kivu": the parser hangs the place on the verb).
            place = place_in_clause(frames, [filler], set(), index.place_at) or place_in_clause(frames, [token], set(), index.place_at)
            if place is not None and place.place is not None and place.place.country:
                return [index.people(frames, filler, place.place.country)]
    return []


__all__ = ["AID_ROOT", "aid_recipients"]
