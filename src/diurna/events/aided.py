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
from ..records import PlaceMention
from .domestic import ArticleIndex
from .frames import ParagraphFrames
from .located import place_in_clause
from .roles import Role
from .slots import slot_fillers

# The root of aid (CAMEO 07: provide aid).
AID_ROOT = "07"
# Parts of speech of a recipients' phrase head: a noun, or a participle taken as one ("déplacés").
RECIPIENT_POS = ("NOUN", "VERB")
# Clauses that tell what befell the recipients: a relative or a participle on their phrase.
DISASTER_CLAUSE_LINKS = ("relcl", "acl")


def aid_recipients(
    frames: ParagraphFrames, token: Token, pattern: Pattern, sources: list[Role], index: ArticleIndex
) -> list[Role]:
    """The civilians of the place the unnamed recipients of aid are said to be in."""
    if pattern.code[:2] != AID_ROOT or not sources:
        return []
    slots = dict.fromkeys((*pattern.target, frames.profile.dative_preposition))
    for slot in slots:
        # The parser may hang the recipients on the amount given ("a débloqué dix millions de
        # dollars en faveur des victimes").
        amounts = frames.objects(token) if token.pos_ == "VERB" else []
        for filler in [*slot_fillers(frames, token, slot, set()), *(f for a in amounts for f in frames.fillers(a, slot))]:
            if filler.pos_ not in RECIPIENT_POS or frames.actors_of(filler):
                continue
            # Under the recipients' own phrase, else where the aid was given ("a distribué … à
            # 3 000 familles …, dans le Sud-Kivu": the parser hangs the place on the verb).
            place = (
                place_in_clause(frames, [filler], set(), index.place_at)
                or place_in_clause(frames, [token], set(), index.place_at)
                or _place_struck(frames, filler, index)
            )
            if place is not None and place.place is not None and place.place.country:
                return [index.people(frames, filler, place.place.country)]
    return []


def _place_struck(frames: ParagraphFrames, recipients: Token, index: ArticleIndex) -> PlaceMention | None:
    """The place a clause in the recipients' phrase says their disaster struck ("aux sinistrés des
    crues qui ont dévasté l'ouest du Népal", "victims of the storm that hit Mozambique"),
    wherever it stands in that clause."""
    for clause in recipients.subtree:
        if clause.pos_ != "VERB" or frames.grammar.clause_link(clause) not in DISASTER_CLAUSE_LINKS:
            continue
        for token in clause.subtree:
            place = index.place_at.get((frames.paragraph, token.i))
            if place is not None and place.place is not None and place.place.country:
                return place
    return None


__all__ = ["AID_ROOT", "aid_recipients"]
