"""Acts addressed to no one named, read as done between a country's society and its rulers.

A demand or a threat that a country's society makes (its opposition, unions, students,
civilians) and addresses to no one the sentence names is made of that country's rulers:
"student leaders demanded that the prime minister resign", "les syndicats menacent d'une grève
générale". A government's concession at home addressed to no one (easing its own restrictions,
giving way on its own rule: CAMEO 081, 083) is made to its own people: "the prime minister
resigned", "les autorités ont levé le couvre-feu"; other yields (backing down, allowing aid in)
may be made to anyone and are left alone. Its agents' coercion at home addressed to no one
(arrests, bans, dispersals: 172-175) is done to its people too: "police made 500 arrests". This is the reading the
protest rule already takes (``domestic.py``: protesters act against their own rulers), and the
one annotators of event data give (the dev gold: 29 of 51 demands by such sources go to their
own government, none to no one). Armed groups, criminals and the state's own agents are left
out: whom they address is not their country's rulers by default. An act that only its sense makes
a protest ("des agriculteurs bloquent les routes": 120 read as 144) is aimed at those rulers too.
A threat by a state's rulers or agents whose content names no one ("warned that anyone who blocks
roads will be arrested", "toute tentative de troubler l'ordre sera réprimée") is made to its own
people: the words that say so are data (``unnamed_people_words``).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.actors import fold
from ..records import Actor
from .domestic import PROTEST_ROOT, ArticleIndex
from .frames import ParagraphFrames
from .roles import Role
from .senses import CIVILIAN_SECTORS
from .threats import THREAT_ROOT

# Roots of acts a society addresses to its rulers when no one else is named: demands, threats.
ADDRESSED_TO_RULERS_ROOTS = frozenset({"10", "13"})
# Yields made at home, when no one else is named: a government's to its people (easing its own
# restrictions, 081; giving way on its rule, 083: resigning), and its society's to its rulers
# (calling off a strike, 082). Backing down (080) may be to anyone, foreign pressure included.
HOME_YIELD_CODES = ("081", "082", "083")
# Coercion a state's agents do at home with no one named ("a procédé à 3 000 interpellations",
# "dispersed with tear gas"): restrictions, bans, arrests, deportations and repression (172-175)
# are done to its people; a seizure (171) takes what belongs to whoever owns it, named or not.
HOME_COERCION_CODES = ("172", "173", "174", "175")
# Sectors that speak for a country's society, not its state or its armed groups: its civilians
# (``senses.CIVILIAN_SECTORS``), its opposition, its activists and its former officials.
SOCIETY_SECTORS = CIVILIAN_SECTORS | {"OPP", "ENV", "HRI", "ELI"}
# Sectors of a state's rulers, who yield to their people: its government, its legislature, or
# the state itself (a country, a ruler named by no office: None).
RULER_SECTORS = frozenset({"GOV", "LEG", None})
# Sectors of the state's agents who coerce its people at home; a country named alone ("Russia
# carried out the cyberattack") may act anywhere.
COERCING_SECTORS = frozenset({"GOV", "LEG", "COP", "JUD"})
# With the state's armed forces, the sectors that threaten their own people when they name no one.
THREATENING_SECTORS = COERCING_SECTORS | {"MIL"}


def names_no_one(frames: ParagraphFrames, token: Token) -> bool:
    """Whether the clause or phrase ``token`` heads says its content of no one named: "anyone who",
    "quiconque", "toute tentative" (the language's ``unnamed_people_words``)."""
    words = frames.patterns.senses.unnamed_people_words
    text = " " + " ".join(fold(t.text) for t in token.subtree) + " "
    return any(f" {word} " in text for word in words)


def home_addressees(frames: ParagraphFrames, token: Token, code: str, sources: list[Role], index: ArticleIndex) -> list[Role]:
    """The rulers or the people of the one country all ``sources`` belong to, when the act
    ``token`` triggers (CAMEO ``code``) is one that a country's society addresses to its rulers
    (or its rulers concede to it)."""
    if not sources:
        return []
    actors = [s.mention.actor for s in sources]
    countries = {a.country for a in actors}
    if len(countries) != 1 or None in countries or any(a.organization for a in actors):
        return []
    if (code[:2] in ADDRESSED_TO_RULERS_ROOTS or code.startswith(HOME_YIELD_CODES)) and all(a.sector in SOCIETY_SECTORS for a in actors):
        sector = "GOV"
    elif code.startswith(HOME_YIELD_CODES) and all(a.sector in RULER_SECTORS for a in actors):
        sector = "CVL"
    elif code.startswith(HOME_COERCION_CODES) and all(a.sector in COERCING_SECTORS for a in actors):
        sector = "CVL"
    elif code[:2] == THREAT_ROOT and all(a.sector in THREATENING_SECTORS for a in actors) and names_no_one(frames, token):
        sector = "CVL"
    else:
        return []
    country = countries.pop()
    # Named by no words of its own, the addressee stands on the act's trigger, as the protest
    # rule's rulers do (``domestic.domestic_targets``).
    return [index.standing_on(frames, token, Actor(country + sector, country, None, sector, None, "domestic"))]


def protested_rulers(frames: ParagraphFrames, token: Token, source: Role, told_code: str, sense_code: str, index: ArticleIndex) -> Role | None:
    """The rulers of the society ``source`` speaks for, when its act is read as a protest only by
    its sense (``sense_code``; "des agriculteurs bloquent les routes": an obstruction, 144, where
    the verb's ``told_code`` is a refusal, 120) and is addressed to no one: made against them, as a
    protest told by its own word is (``domestic.domestic_targets``). None otherwise."""
    actor = source.mention.actor
    if sense_code[:2] != PROTEST_ROOT or told_code[:2] == PROTEST_ROOT:
        return None
    if actor.organization or not actor.country or actor.sector not in SOCIETY_SECTORS:
        return None
    return index.standing_on(frames, token, Actor(actor.country + "GOV", actor.country, None, "GOV", None, "domestic"))


__all__ = ["ADDRESSED_TO_RULERS_ROOTS", "home_addressees", "protested_rulers"]
