"""The sense of a trigger chosen by who does it to whom, and to what.

One verb names different acts depending on its actors: force used by a crowd
("protesters clashed with riot police", "des émeutiers ont attaqué des
commissariats") is a violent protest (145), but storming by gangs, bandits or
rebels is an assault (190); force the police or the army use on a crowd ("a
ouvert le feu sur des manifestants") is violent repression (175), an air strike
on one stays an air strike; killing a named person is an assassination (186);
killing people counted in hundreds or thousands, or civilians by the dozens at
the hands of rebels or militias, is a mass killing (202); expelling people by
the hundred thousand is a mass expulsion (201); forces deployed or arriving to help
another state, or arriving there as a contingent, vanguard or mission, protect
it (074); force a bomber or a bomb uses is a bombing (183); civilians killed by
rebels, militias or criminals are unconventional violence (180), not a military
fight; talks held by phone are a discussion by telephone (041); deploying a force the text
calls a peacekeeping one is military
protection (074); handing a wanted person over to another state is
extradition (063), not a return; goods arriving in a state are aid of their kind
(weapons 072, relief 073).

What the act uses, hits or takes decides too: force whose clause names a chemical agent is the
use of chemical weapons (2041); force in an exercise ("exercises encircling Taiwan") is a show of
force (150); a bomb that a participle's or passive verb's doer is makes a bombing (183); wounding
an official is an attempted assassination (185); force at a protest is repression (175);
civilians the text names wage no war (180) and their arson destroys property (1712); taking
control of assets seizes property (171) and seizing a town or an outpost occupies territory (192)
(the table of events/object_senses.py); capturing people arrests them (173) or, by an armed
group, abducts them (181); rejecting an accusation denies it (016); giving a foreign diplomat
hours to leave the country expels them (166), and so does expelling a foreign state's diplomats or barring them from coming back;
blocking roads or bridges obstructs passage (144), or by armed groups or the state's forces
restricts movement (191); charging a state, not people, accuses it (112). An exercise held by the
sides of two countries named together is military cooperation between them (062). The words that
decide are data: the ``[senses]`` table of ``patterns/{lang}.toml``.
"""

from __future__ import annotations

from typing import Sequence

from spacy.tokens import Token

from ..actors.atoms import PERSON_LABELS
from ..knowledge.actors import fold
from ..knowledge.patterns import NO_ACT_SENSE, STATE_SECTOR, Pattern, Senses
from ..records import ActorMention
from .adjunct_phrases import TIME_ENTITIES
from .deployments import sent_to_help
from .frames import ParagraphFrames
from .object_senses import UNDERGOER_LINKS, claims_an_obligation, sense_by_object, undergoer_heads
from .reciprocal import done_jointly

# Inquiries (09) that journalists make are their reporting, no act between actors.
INQUIRY_ROOT = "09"
REPORTING_SECTORS = frozenset({"MED"})
# Roots of acts of force whose sense the actors may change.
FORCE_ROOTS = frozenset({"18", "19"})
# Roots a crowd's force is a riot in: fighting and assault, not a lynching or a kidnapping (18).
RIOT_ROOTS = frozenset({"19"})
# Sectors that use force on a crowd on the state's behalf.
STATE_FORCE_SECTORS = frozenset({"COP", "MIL", "GOV", "SPY"})
# Protest as demonstrating (not a boycott or a walkout, 143), which a government does only in words.
DEMONSTRATION_CODES = frozenset({"14", "140", "141"})
# A protest made by a government, not a crowd: an official complaint.
STATE_PROTEST = "114"
# Storming by the police or the government is a seizure (171), not a riot.
STATE_SEIZURE = "171"
STATE_SEIZURE_SECTORS = frozenset({"COP", "GOV", "SPY"})
# Storming by an army on another side is conventional military force; soldiers rising against
# their own state ("se sont mutinés") still riot.
MILITARY_FORCE = "190"
# Weapons of war stay what they are whoever they hit: an air strike on a crowd is no crowd control.
WAR_WEAPON_CODES = frozenset({"195"})
# A meeting held by phone is a discussion by telephone; the links of the phrase that says so.
MEETING = "040"
PHONE_TALK = "041"
PHONE_LINKS = frozenset({"prep", "obl", "obl:mod", "nmod", "advmod"})
# Force whose weapon may name its code, and those codes (events told by the words of the weapon).
WEAPON_CODES = frozenset({"190", "195"})
AERIAL_WEAPONS = "195"
DRONE_STRIKE = "1952"
ARTILLERY = "194"
SMALL_ARMS = "193"
# How a mention names a state or its government acting as such ("Seoul", "China", "the foreign ministry").
STATE_MENTIONS = frozenset({"name", "seat"})
# Below this many people, a killing is not counted as a mass killing.
MASS_KILLING_MIN = 100
# Civilians killed by rebels, militias or gangs are massacred from this many on ("killed at least 45 villagers").
CIVILIAN_MASS_KILLING_MIN = 40
# Non-military, non-state armed actors: their killings of civilians are no military fight (CAMEO 18
# "use unconventional violence" against 19 "fight", conventional military force).
IRREGULAR_SECTORS = frozenset({"REB", "SEP", "CRM"})
# Armed groups outside the state: storming is their assault (190), not a crowd's riot.
ARMED_GROUP_SECTORS = IRREGULAR_SECTORS | {"UAF"}
# Targets who take no part in fighting nor act for a state.
CIVILIAN_SECTORS = frozenset({"CVL", "REF", "REL", "MED", "HLH", "EDU", "AGR", "LAB", "BUS"})
BOMBING = "183"
# A deployment (15) or forces' arrival (042) to help another state is military protection (074).
DEPLOYMENT_ROOT = "15"
ARRIVAL = "042"
PROTECTION = "074"
FORCE_SECTORS = frozenset({"MIL", "COP"})
# Goods arriving (042 told of no one) are aid of their kind: weapons military (072), relief
# humanitarian (073).
MILITARY_AID = "072"
HUMANITARIAN_AID = "073"
# How a mention names a person or an official: whose arrival is a visit whatever it is for, whose
# killing an assassination.
OFFICIAL_MENTIONS = frozenset({"person", "office", "title"})
UNCONVENTIONAL_VIOLENCE = "180"
MASS_KILLING = "202"
# A return (084) of a wanted person to another state is judicial cooperation, extradition (063).
RETURN = "084"
EXTRADITION = "063"
# Links from a verb of handing to what is handed: its object, or its passive subject.
HANDED_LINKS = frozenset({"dobj", "obj", "nsubjpass", "nsubj:pass"})
# Expelling or deporting people (166, 174) by the hundred thousand is a mass expulsion (201).
EXPULSION_CODES = frozenset({"166", "174"})
MASS_EXPULSION = "201"
MASS_EXPULSION_MIN = 100_000
# Links from a relative clause's verb to the noun it hangs on.
RELATIVE_LINKS = frozenset({"relcl", "acl:relcl"})
# Links from a verb to its subject, active or passive.
SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
# Links from a passive verb to its agent ("killed by a roadside bomb", "tués par un engin explosif").
AGENT_LINKS = frozenset({"agent", "obl:agent"})
# Links from a participle to the verb whose subject it shares ("a car bomb exploded, killing three officers").
PARTICIPLE_LINKS = frozenset({"advcl", "xcomp"})
# Links from a noun to a name in apposition or a part of it ("le candidat Fernando Villavicencio").
NAME_LINKS = frozenset({"appos", "flat", "flat:name", "compound", "nmod"})
# Force with chemical weapons: CAMEO 2041, use chemical, biological or radiological weapons.
CHEMICAL_WEAPONS = "2041"
# Force used in an exercise encircling or nearing a country: a show of force (150), no blockade or attack.
SHOW_OF_FORCE = "150"
# An exercise held by coordinated sides together ("the Chilean and Peruvian navies started their yearly
# exercise") is military cooperation between them (062), not a show of force to anyone.
MILITARY_COOPERATION = "062"
# Occupying territory (192) against seizing property (171): told by what is taken.
OCCUPATION = "192"
# Attacking a named or important person without killing them: an attempted assassination.
ATTEMPTED_ASSASSINATION = "185"
ASSASSINATION = "186"
# A deadline or an order (139, 10x) to a foreigner to leave the country is an expulsion (166).
ORDER_ROOTS = frozenset({"10", "13"})
EXPULSION = "166"
# Expelling people (174) or barring them (172): of a foreign state's diplomats, an expulsion of diplomats (166).
EXPELLING = "174"
BARRING = "172"
# A generic rejection (120) of an accusation is a denial (016), as the guidelines code it.
REJECTION = "120"
DENIAL = "016"
# Links from a verb to the infinitive saying what it orders ("gave the ambassador 48 hours to leave",
# "ordered them to close their offices and leave"); not a clause of its own ("demanded that the
# troops leave": asked for, 1056).
ORDERED_LINKS = frozenset({"xcomp", "advcl", "acl", "relcl", "acl:relcl", "conj"})
# Arson by civilians the text names, not a crowd: property destroyed (1712), no riot.
PROPERTY_DESTROYED = "1712"
# Blocking roads, bridges or accesses (120 for texts and decisions): by people, obstructing passage
# (144); by armed groups or the state's forces, a blockade restricting movement (191).
OBSTRUCTION = "144"
BLOCKADE = "191"
# Blocking access to media (`media_nouns`): a curb on political freedoms, 1721.
SPEECH_CURBED = "1721"
# Charging a state as a whole or its government (173 for people) is accusing it (112).
ACCUSATION = "112"
# People taken: arrested (173) by the state's forces, abducted (181) by anyone else.
ARREST = "173"
ABDUCTION = "181"
# How a mention names a place, not people ("captured Goma").
PLACE_MENTIONS = frozenset({"place"})


def _phrase(frames: ParagraphFrames, mention: ActorMention) -> list[Token]:
    """The words of a mention's noun phrase: its span, and the nouns up to two levels below its
    head ("des milliers de partisans", "thousands of protesters")."""
    span = frames.doc.char_span(
        mention.span.start - frames.offset, mention.span.end - frames.offset, alignment_mode="expand"
    )
    words = list(span) if span is not None else []
    if 0 <= mention.head < len(frames.doc):
        head = frames.doc[mention.head]
        below = list(head.children)
        below += [g for c in below if c.pos_ == "ADP" or c.dep_ in ("prep", "case") for g in c.children]
        below += [g for c in head.children if c.pos_ == "NOUN" for g in c.children if g.pos_ in ("NUM", "NOUN")]
        # An adjective with its own preposition is used as a noun ("des centaines de jeunes").
        words += [t for t in below if t.pos_ in ("NOUN", "NUM") or (t.pos_ == "ADJ" and any(c.dep_ == "case" for c in t.children))]
    return words


def _has_word(tokens: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether one of the tokens is one of ``words``, by its lemma or as written."""
    return any(fold(t.lemma_) in words or fold(t.lower_) in words for t in tokens)


def _names_any(frames: ParagraphFrames, mention: ActorMention, words: frozenset[str]) -> bool:
    """Whether the mention's noun phrase has one of ``words`` (protesters, bombers)."""
    return _has_word(_phrase(frames, mention), words)


def _says_phrase(tokens: Sequence[Token], phrases: frozenset[str], lemmas: bool = False) -> bool:
    """Whether the tokens, read as written (and, with ``lemmas``, by their lemmas too), hold one of
    ``phrases`` as whole words."""
    text = " " + fold(" ".join(t.text for t in tokens)) + " "
    if lemmas:
        text += fold(" ".join(t.lemma_ for t in tokens)) + " "
    return any(f" {phrase} " in text for phrase in phrases)


def _counted_in_hundreds(
    frames: ParagraphFrames, mention: ActorMention, mass: frozenset[str], minimum: int = MASS_KILLING_MIN, governed: bool = False
) -> bool:
    """Whether the mention's phrase counts at least ``minimum`` people, in digits (a number the
    parser split in groups, "12 000", read whole) or by one of the words ``mass`` ("hundreds of",
    "une quarantaine de"); ``governed``: also by the noun the mention hangs on ("millions of
    refugees")."""
    words = sorted({t.i: t for t in _phrase(frames, mention)}.values(), key=lambda t: t.i)
    if governed and 0 <= mention.head < len(frames.doc):
        # "millions of Sudanese refugees": the counting noun governs the mention through "of".
        head = frames.doc[mention.head]
        if head.head.pos_ == "ADP" and head.head.head.i != head.head.i:
            words.append(head.head.head)
    return _counts_at_least(words, mass, minimum)


def _counts_at_least(words: Sequence[Token], mass: frozenset[str], minimum: int) -> bool:
    """Whether the words count at least ``minimum`` people, in digits or by one of ``mass``."""
    if _has_word(words, mass):
        return True
    number, last = "", -2
    for token in words:
        digits = token.text.replace(",", "").replace(" ", "").replace("\u202f", "")
        if not digits.isdigit():
            number, last = "", -2
            continue
        number = number + digits if token.i == last + 1 else digits
        last = token.i
        if int(number) >= minimum:
            return True
    return False


def _with_modifiers(heads: Sequence[Token]) -> list[Token]:
    """The heads of phrases and their adjectives ("les principaux axes autoroutiers")."""
    return [t for head in heads for t in (head, *(c for c in head.children if c.dep_ == "amod"))]


def _killed_by_means(trigger: Token, killing_verbs: frozenset[str]) -> list[Token]:
    """The ones killed by the act a noun trigger names, when the noun is the means of a killing
    verb ("a general was killed in a missile strike", "tué dans un bombardement"): that verb's undergoers."""
    # The means in a phrase after a preposition; a strike that is the verb's subject has its own event.
    if trigger.pos_ != "NOUN" or not (trigger.head.pos_ == "ADP" or any(c.dep_ == "case" for c in trigger.children)):
        return []
    verb = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
    if verb.i == trigger.i or verb.pos_ != "VERB" or fold(verb.lemma_) not in killing_verbs:
        return []
    return [c for c in verb.children if c.dep_ in UNDERGOER_LINKS]


def _names_person(heads: Sequence[Token]) -> bool:
    """Whether one of the phrases names a person: a name, or a title in apposition to one
    ("killed Lieutenant General Igor Kirillov", "le candidat Fernando Villavicencio")."""
    return any(
        t.pos_ == "PROPN" and t.ent_type_ in PERSON_LABELS
        for head in heads
        for t in (head, *(c for c in head.children if c.dep_ in NAME_LINKS))
    )


def _clause_words(trigger: Token) -> list[Token]:
    """The words of the trigger's clause, and of the clause a participle on it depends on ("dropped
    chlorine cylinders on the town, killing 43 people")."""
    words = list(trigger.subtree)
    if trigger.dep_ in PARTICIPLE_LINKS and trigger.head.i != trigger.i:
        words += list(trigger.head.subtree)
    if trigger.dep_ in RELATIVE_LINKS:
        words += list(trigger.head.subtree)
    return words


def _in_exercise(trigger: Token, words: frozenset[str], time_prepositions: frozenset[str]) -> bool:
    """Whether the force is told as part of an exercise: a phrase on the trigger ("encircled Taiwan
    in the first stage of a naval drill"), or the noun a participle or relative clause on it hangs
    on ("exercises encircling Taiwan", "an exercise that encircled the island"). Not a phrase of time
    ("after exercises in Belarus") nor a clause of its own."""
    tokens: list[Token] = [trigger]
    for child in trigger.children:
        if child.dep_ in ("advcl", "ccomp", "conj", "parataxis", "relcl", "acl:relcl") or child.dep_ in SUBJECT_LINKS:
            continue
        marker = child if child.pos_ == "ADP" else next((c for c in child.children if c.dep_ == "case"), None)
        if marker is not None and fold(marker.lower_) in time_prepositions:
            continue
        tokens += list(child.subtree)
    if trigger.dep_ in ("acl", *RELATIVE_LINKS) or trigger.dep_ in SUBJECT_LINKS:
        tokens.append(trigger.head)
    tokens += [c for c in trigger.children if c.dep_ in SUBJECT_LINKS]
    return _has_word(tokens, words)


def _at_gathering(trigger: Token, crowd: frozenset[str]) -> bool:
    """Whether a phrase on the trigger, or on its object, places it at a protest ("shot dead 19
    people during protests", "a tué trois personnes lors d'une manifestation"): a noun after a
    preposition, at most three links below the trigger, outside its subject."""
    level = [c for c in trigger.children if c.dep_ not in SUBJECT_LINKS]
    for _ in range(3):
        for token in level:
            marked = token.head.pos_ == "ADP" or any(c.dep_ == "case" for c in token.children)
            if token.pos_ == "NOUN" and marked and fold(token.lemma_) in crowd:
                return True
        level = [c for t in level for c in t.children if c.pos_ != "VERB"]
    return False


def _captures_people(target: ActorMention | None, undergoers: Sequence[Token], territory: frozenset[str]) -> bool:
    """Whether what is captured is people the target names itself (a gang leader, soldiers): the
    object is the target's own word, not a place, a state, a town or a base, nor a thing the target
    owns ("occupied his residence")."""
    if target is None or target.actor.how in PLACE_MENTIONS or target.head not in {u.i for u in undergoers}:
        return False
    named = [t for u in undergoers for t in sorted((u, *(c for c in u.children if c.dep_ == "amod")), key=lambda t: t.i)]
    if _says_phrase(named, territory, lemmas=True):
        return False
    return target.actor.how in OFFICIAL_MENTIONS or target.actor.sector not in (None, "GOV")


def _reached_through(token: Token, ancestor: Token, links: frozenset[str]) -> bool:
    """Whether the token hangs on ``ancestor`` through ``links`` only (and nouns they pass by)."""
    while token.i != ancestor.i:
        if token.dep_ not in links and token.pos_ == "VERB":
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return True


def _ordered_to_leave(trigger: Token, departure_verbs: frozenset[str], home_nouns: frozenset[str]) -> bool:
    """Whether the order or deadline is to leave: a verb of leaving in a clause on the trigger or on
    its object, leaving nothing named or "the country" ("gave the Dutch consul a week to quit the
    country", "a sommé douze agents de quitter le territoire")."""
    for verb in trigger.subtree:
        if verb.pos_ != "VERB" or not trigger.i < verb.i <= trigger.i + 12 or not _reached_through(verb, trigger, ORDERED_LINKS):
            continue
        particles = [c for c in verb.children if c.dep_ in ("prt", "prep")]
        names = {fold(verb.lemma_), *(fold(f"{verb.lemma_} {c.lemma_}") for c in particles)}
        if not names & departure_verbs:
            continue
        # What is left: the verb's object, or the noun after its particle ("get out of the country").
        left = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # A time phrase says when, not what is left ("quit the country on Tuesday").
        left += [g for c in particles for g in (*c.children, *(h for k in c.children for h in k.children)) if g.dep_ == "pobj" and g.ent_type_ not in TIME_ENTITIES]
        if all(fold(t.lemma_) in home_nouns for t in left):
            return True
    return False


def _barred_from_entry(trigger: Token, entry_verbs: frozenset[str]) -> bool:
    """Whether what a barring verb keeps someone from is coming back or entering: a verb of entry in
    a clause on it ("barred the envoy from returning", "interdit à l'ambassadeur de revenir")."""
    for verb in trigger.subtree:
        if verb.pos_ != "VERB" or verb.i == trigger.i or not _reached_through(verb, trigger, ORDERED_LINKS | {"pcomp", "prep"}):
            continue
        particles = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
        names = {fold(verb.lemma_), *(fold(f"{verb.lemma_} {c.lemma_}") for c in particles)}
        if names & entry_verbs:
            return True
    return False


def _held_together(frames: ParagraphFrames, source: ActorMention, target: ActorMention | None) -> bool:
    """Whether the target is a side of another country named in coordination with the source
    ("Chile and Peru", "les marines indienne et française"): the two do the act together."""
    if target is None or target.actor.country in (None, source.actor.country):
        return False
    if not (0 <= source.head < len(frames.doc) and 0 <= target.head < len(frames.doc)):
        return False
    first, second = frames.doc[source.head], frames.doc[target.head]
    # The parser may hang both on the verb as two subjects ("Le Sénégal et la Mauritanie ont …").
    siblings = first.head.i == second.head.i and first.dep_ == second.dep_ and first.i != first.head.i
    # Or the second is a conjunct of a word of the first's phrase ("the navies of Chile and Peru").
    return siblings or any(second.i in {c.i for c in word.conjuncts} for word in first.subtree)


def _speaks_for_state(source: ActorMention) -> bool:
    """Whether the actor is a state named as such or its government ("Seoul", "Japan", "the
    foreign ministry"), not its people."""
    actor = source.actor
    if actor.how in STATE_MENTIONS:
        return actor.sector in (None, "GOV") and actor.organization is None
    return actor.sector == "GOV" and actor.how != "domestic"


def _peacekeeping(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether the words after a deployment trigger call the force a peacekeeping one."""
    words = [t for t in trigger.subtree if trigger.i < t.i <= trigger.i + 10]
    if trigger.pos_ == "VERB":
        words = [t for o in trigger.children if o.dep_ in ("obj", "dobj") for t in o.subtree]
    return _says_phrase(words, phrases)


def _on_mission(trigger: Token, phrases: frozenset[str]) -> bool:
    """Whether the sentence of an arrival calls the forces a mission's, a contingent or a vanguard
    ("the first contingent of Ghanaian peacekeepers arrived in Goma to join the UN mission",
    "l'avant-garde d'une force régionale a atterri à Goma"). The whole sentence: an
    apposition on the arriving subject is often parsed away from the verb."""
    return _says_phrase(list(trigger.sent), phrases, lemmas=True)


def _arriving_force(
    frames: ParagraphFrames, trigger: Token, source: ActorMention, target: ActorMention | None, force_nouns: frozenset[str]
) -> bool:
    """Whether the source arriving is a force of one state in another: troops or police (by their
    sector, or by the noun of the arriving subject, "150 Ghanaian peacekeepers"), not an official,
    and not at home."""
    actor = source.actor
    if actor.how in OFFICIAL_MENTIONS or target is None or target.actor.country in (None, actor.country):
        return False
    if actor.sector in FORCE_SECTORS:
        return True
    subject = [t for c in trigger.children if c.dep_ in SUBJECT_LINKS for t in c.subtree]
    return actor.sector is None and (_names_any(frames, source, force_nouns) or _has_word(subject, force_nouns))


def _arriving_goods_code(trigger: Token, senses: Senses) -> str | None:
    """What arrives when it is no one but goods: weapons are military aid (072: "a shipment of
    Patriot missiles arrived in Ukraine"), relief goods humanitarian aid (073: "a plane carrying
    tents and medicine landed in Yangon"); None when the subject names people or neither."""
    subjects = [c for c in trigger.children if c.dep_ in SUBJECT_LINKS]
    if len(subjects) != 1 or _has_word(subjects, senses.force_nouns):
        return None
    phrase = list(subjects[0].subtree)
    if _says_phrase(phrase, senses.relief_goods_words, lemmas=True):
        return HUMANITARIAN_AID
    # The weapons the subject is, or a shipment of: not modifiers ("an air force plane").
    head = subjects[0]
    named = [head, *(g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    if _has_word(named, senses.delivered_weapon_words):
        return MILITARY_AID
    return None


def _entered_at_home(source: ActorMention, target: ActorMention | None) -> bool:
    """Whether an armed group enters a place of its own country (it takes it), not another state's."""
    if source.actor.sector not in ARMED_GROUP_SECTORS:
        return False
    return target is not None and target.actor.country is not None and target.actor.country == source.actor.country


def _extradition(trigger: Token, source: ActorMention, target: ActorMention | None, senses: Senses) -> bool:
    """Whether a handover gives a wanted person to another state's justice ("handed over a
    suspected drug lord to the Peruvian authorities", "was handed over to Peru to stand trial"),
    not bodies, hostages or prisoners of war back to their side."""
    if target is None or target.actor.country in (None, source.actor.country):
        return False
    handed = [c for c in trigger.children if c.dep_ in HANDED_LINKS]
    if _has_word(handed, senses.returned_nouns):
        return False
    if _has_word([t for c in handed for t in c.subtree], senses.wanted_words):
        return True
    # "handed the cartel leader to the American authorities": the state's justice receives the person.
    receivers = [g for c in trigger.children if c.dep_ in ("prep", "obl", "obl:arg", "iobj") for g in [c, *c.children]]
    if _has_word(receivers, senses.justice_words):
        return True
    return _says_phrase(list(trigger.subtree), senses.trial_phrases)


def _bomb_phrase(trigger: Token, pattern: Pattern, prepositions: frozenset[str]) -> list[Token]:
    """The words that may name a bomb as the act's doer or means: the subject or agent, the noun a
    relative clause on the trigger hangs on ("the car bomb that killed ten soldiers", "la moto
    piégée qui a blessé trois policiers"), the subject of the verb a participle depends on ("a car
    bomb exploded, killing three officers"), and a phrase of means ("l'attaque au camion piégé")."""
    if trigger.dep_ in RELATIVE_LINKS:
        return list(trigger.head.subtree)
    doers = [c for c in trigger.children if c.dep_ in SUBJECT_LINKS or c.dep_ in AGENT_LINKS]
    if trigger.dep_ in PARTICIPLE_LINKS and trigger.head.i != trigger.i:
        doers += [c for c in trigger.head.children if c.dep_ in SUBJECT_LINKS]
    return [t for c in doers for t in c.subtree] + _weapon_phrase(trigger, pattern, prepositions)


def _weapon_phrase(trigger: Token, pattern: Pattern, prepositions: frozenset[str]) -> list[Token]:
    """The words naming what a force verb's doer uses: its active subject ("its jets struck"), its
    agent ("were struck by warplanes"), a phrase after a preposition of means ("with drones",
    "à l'artillerie"), and what it fires when its object is no target ("fired missiles at Israel",
    "the drones launched at Israel")."""
    fires = "obj" not in pattern.target
    words: list[Token] = []
    # The parser may hang the means on the object: "struck the grid with missiles".
    objects = [c for c in trigger.children if c.dep_ in ("obj", "dobj")]
    for child in [*trigger.children, *(c for o in objects for c in o.children)]:
        marker = child if child.pos_ == "ADP" else next((c for c in child.children if c.dep_ == "case"), None)
        by_means = marker is not None and fold(marker.lemma_) in prepositions
        if by_means and child.pos_ == "ADP" and any(c.pos_ == "VERB" for c in child.children):
            continue  # "…, with air strikes hitting the capital": a clause beside the act (events/absolute.py)
        if child.dep_ in ("nsubj", "agent", "obl:agent") or by_means or (fires and child in objects):
            words += list(child.subtree)
    if fires and trigger.dep_ == "acl" and trigger.head.pos_ == "NOUN":
        words += list(trigger.head.subtree)
    if trigger.dep_ in RELATIVE_LINKS:
        words.append(trigger.head)  # "the missiles that hit the port"
    return words


def _weapon_code(trigger: Token, pattern: Pattern, senses: Senses) -> str | None:
    """The code of force told by its weapon: aircraft or missiles 195, drones alone 1952,
    artillery 194, small arms 193; None when no weapon is named."""
    words = _weapon_phrase(trigger, pattern, senses.weapon_prepositions)
    for phrases, code in (
        (senses.aerial_weapon_words, AERIAL_WEAPONS),
        (senses.drone_words, DRONE_STRIKE),
        (senses.artillery_words, ARTILLERY),
        (senses.small_arms_words, SMALL_ARMS),
    ):
        if _says_phrase(words, phrases, lemmas=True):
            return code
    return None


def _by_phone(trigger: Token, words: frozenset[str]) -> bool:
    """Whether a phrase hung on the trigger says the talk was held by phone ("spoke by phone
    with", "s'est entretenu au téléphone avec")."""
    phrases = [g for c in trigger.children for g in (c, *c.children) if c.dep_ in PHONE_LINKS]
    return _has_word(phrases, words)


def _named_civilians(source: ActorMention) -> bool:
    """Whether the doer is civilians the text names ("des colons"), not the people a country stands
    for when no doer is found."""
    return source.actor.sector == "CVL" and source.actor.how != "domestic"


def _sense_by_what_is_taken(
    code: str,
    pattern: Pattern,
    source: ActorMention,
    target: ActorMention | None,
    frames: ParagraphFrames,
    trigger: Token | None,
    undergoers: Sequence[Token],
) -> str | None:
    """The code an act takes from what it is done to, or what it orders (property or territory,
    people taken, an accusation rejected, a foreigner sent out), or from who does it (arson by named
    civilians, captures by armed groups); None when none decides."""
    senses = frames.patterns.senses
    if code == "145" and pattern.name in senses.arson_verbs and _named_civilians(source) and not _names_any(frames, source, senses.crowd_nouns):
        return PROPERTY_DESTROYED  # "des colons ont incendié une mosquée": no crowd rioting, property destroyed
    if code[:3] == ARREST and pattern.name in senses.charging_verbs and target is not None and _speaks_for_state(target):
        return ACCUSATION  # "charged Pakistan with breaching the truce": a state is accused, not put on trial
    if code[:3] == ARREST and source.actor.sector in ARMED_GROUP_SECTORS:
        return ABDUCTION  # "captured by Boko Haram": armed groups arrest no one, they abduct
    blocking = code in (REJECTION, OBSTRUCTION) and pattern.lemma in senses.obstruction_verbs  # "block", "bloquer accès"
    if blocking and _says_phrase([t for u in undergoers for t in u.subtree], senses.media_nouns, lemmas=True):
        return SPEECH_CURBED  # "blocked Telegram and TikTok", "a bloqué les réseaux sociaux": no way obstructed
    if blocking and _has_word(_with_modifiers(undergoers), senses.passage_nouns):
        # "farmers blocked the main motorways", "shut the bridge": passage obstructed (144); by
        # gangs or the state's forces, movement restricted (191); no one's decision rejected.
        civil = source.actor.sector not in STATE_FORCE_SECTORS | ARMED_GROUP_SECTORS and not _speaks_for_state(source)
        return OBSTRUCTION if civil else BLOCKADE
    accused = _has_word(undergoers, senses.accusation_nouns) and not claims_an_obligation(undergoers, senses.obligation_auxiliaries)
    if code == REJECTION and pattern.name in senses.dismissal_verbs and accused:
        return DENIAL  # "dismissed as ridiculous the claims made by Latvian ministers": an accusation denied
    # A state sends away diplomats of another state, or an organisation ("ordered the Red Cross to
    # leave the country"); an organisation demanding that troops leave a country expels no one.
    foreigner = target is not None and source.actor.country is not None and target.actor.country != source.actor.country
    diplomats = foreigner and trigger is not None and _has_word(_with_modifiers(undergoers), senses.diplomat_words)
    if diplomats and (code[:3] == EXPELLING or (code[:3] == BARRING and _barred_from_entry(trigger, senses.entry_verbs))):
        return EXPULSION  # "a expulsé le consul général", "barred the envoy from coming back"
    if code[:2] in ORDER_ROOTS and foreigner and trigger is not None and _ordered_to_leave(trigger, senses.departure_verbs, senses.home_nouns):
        return EXPULSION  # "gave two Swiss diplomats a week to quit the host country"
    # "took control of the mine of a Canadian group": property seized; "seized the town": territory
    # occupied; "expelled forty migrants": people deported, no diplomats (events/object_senses.py).
    doer = source.actor.sector or (STATE_SECTOR if source.actor.country and not source.actor.organization else None)
    by_object = sense_by_object(code, pattern, trigger, undergoers, frames.patterns.object_senses, senses.time_prepositions, doer)
    if by_object is not None:
        return by_object
    if code == OCCUPATION and _captures_people(target, undergoers, frames.patterns.object_classes.get("territory", frozenset())):
        # "the police captured the leader of a cartel": people are taken, no territory.
        return ARREST if source.actor.sector in STATE_FORCE_SECTORS else ABDUCTION
    return None


def choose_sense(
    code: str,
    pattern: Pattern,
    source: ActorMention,
    target: ActorMention | None,
    frames: ParagraphFrames,
    target_nouns: Sequence[Token] = (),
    trigger: Token | None = None,
) -> str:
    """The CAMEO code for one (source, target) pair of a trigger whose pattern says ``code``.
    ``trigger``: the trigger word ("le déploiement d'une force de maintien de la paix" is 074).
    ``target_nouns``: the nouns in the trigger's target slots that name no actor themselves
    ("fired tear gas at protesters in Nairobi": the target is Kenya, the people protesters)."""
    senses = frames.patterns.senses
    if code[:2] == INQUIRY_ROOT and source.actor.sector in REPORTING_SECTORS:
        return NO_ACT_SENSE  # "la journaliste, qui enquêtait sur la corruption": reporting, no inquiry of a body
    joint = pattern.name in senses.exercise_words or (trigger is not None and done_jointly(trigger, senses.joint_adverbs))
    if code == SHOW_OF_FORCE and joint and _held_together(frames, source, target):
        return MILITARY_COOPERATION  # "Chile and Peru began naval drills": cooperation, no show of force
    if code == MEETING and trigger is not None and _by_phone(trigger, senses.phone_words):
        return PHONE_TALK  # "spoke by phone with Trudeau": a discussion by telephone
    if code[:2] == DEPLOYMENT_ROOT and trigger is not None and _peacekeeping(trigger, senses.peacekeeping):
        return PROTECTION
    forces_arrive = code == ARRIVAL and source.actor.sector in FORCE_SECTORS and source.actor.how not in OFFICIAL_MENTIONS
    # Forces sent within their own country ("deployed 80,000 police to secure the marches") protect no other state.
    abroad = target is None or target.actor.country != source.actor.country
    if (code[:2] == DEPLOYMENT_ROOT or forces_arrive) and abroad and trigger is not None and sent_to_help(frames, trigger, target, senses):
        return PROTECTION  # "deployed 1,000 troops to Mozambique to help secure", "ont débarqué pour épauler l'armée", "at Maputo's request"
    goods = _arriving_goods_code(trigger, senses) if code == ARRIVAL and trigger is not None and trigger.pos_ == "VERB" else None
    if goods is not None:
        return goods  # "a shipment of German tanks arrived in Ukraine": the goods delivered are aid
    if (
        code == ARRIVAL
        and trigger is not None
        and _arriving_force(frames, trigger, source, target, senses.force_nouns)
        and _on_mission(trigger, senses.mission_words)
    ):
        return PROTECTION  # "a contingent of 300 Ghanaian police officers landed in Goma": they come to protect
    # Only a verb: the owner of a noun ("Britain's largest rally") is the country's people.
    protesting = trigger is not None and trigger.pos_ == "VERB"
    if code in DEMONSTRATION_CODES and protesting and _speaks_for_state(source) and not _names_any(frames, source, senses.crowd_nouns):
        return STATE_PROTEST  # "Seoul protested to Tokyo": a government's protest is an official complaint
    if code == "145" and source.actor.sector in STATE_SEIZURE_SECTORS:
        return STATE_SEIZURE  # "police stormed the embassy": no riot, a seizure by the state
    if code == "145" and source.actor.sector == "MIL" and target is not None and target.actor.country not in (None, source.actor.country):
        return MILITARY_FORCE  # "Israeli troops stormed the hospital in Gaza": an army's assault on another side, no riot
    if code == MILITARY_FORCE and pattern.lemma in senses.occupying_entry_verbs and _entered_at_home(source, target):
        return OCCUPATION  # "Tuareg rebels entered Timbuktu": an armed group takes a town of its own country
    handover = code[:3] == RETURN and (pattern.name in senses.handover_verbs or pattern.lemma in senses.handover_verbs)
    if handover and trigger is not None and _extradition(trigger, source, target, senses):
        return EXTRADITION  # "handed over a suspected drug lord to the Peruvian authorities"
    expelled = code[:3] in EXPULSION_CODES
    if expelled and target is not None and _counted_in_hundreds(frames, target, senses.expulsion_mass_words, MASS_EXPULSION_MIN, True):
        return MASS_EXPULSION  # "deported more than 300,000 Afghans": a mass expulsion
    if code == "145" and source.actor.sector in ARMED_GROUP_SECTORS and pattern.name in senses.assault_verbs:
        return MILITARY_FORCE  # "gunmen of the gang stormed the prison": an armed group's assault, no riot
    if code == "145" and source.actor.sector in ARMED_GROUP_SECTORS and pattern.name in senses.arson_verbs:
        return UNCONVENTIONAL_VIOLENCE  # "rebels torched villages": violence on civilians, no riot
    undergoers = undergoer_heads(trigger, senses.control_nouns) if trigger is not None else []
    if code == PROPERTY_DESTROYED and _has_word(_with_modifiers(undergoers), senses.military_equipment_nouns):
        code = MILITARY_FORCE  # "destroyed several tanks": force on the other side's forces, told by its weapon below
    taken = _sense_by_what_is_taken(code, pattern, source, target, frames, trigger, undergoers)
    if taken is not None:
        return taken
    if code[:2] not in FORCE_ROOTS:
        return code
    if trigger is not None and _says_phrase(_clause_words(trigger), senses.chemical_weapon_words, lemmas=True):
        return CHEMICAL_WEAPONS  # "dropped barrels of chlorine on the suburb", "des roquettes remplies de sarin"
    if code[:2] == MILITARY_FORCE[:2] and trigger is not None and _in_exercise(trigger, senses.exercise_words, senses.time_prepositions):
        return SHOW_OF_FORCE  # "exercises encircling Taiwan": a show of force, no blockade
    if code[:2] in RIOT_ROOTS and source.actor.sector == "CVL" and _names_any(frames, source, senses.crowd_nouns):
        return "145"
    killing = pattern.name in senses.killing_verbs
    wounding = pattern.name in senses.wounding_verbs
    # Not a state's force: "Russian bombers" are aircraft.
    bombing = code[:2] in RIOT_ROOTS and source.actor.sector not in STATE_FORCE_SECTORS and _names_any(frames, source, senses.bomber_nouns)
    irregular_force = code[:2] in RIOT_ROOTS and source.actor.sector not in STATE_FORCE_SECTORS
    bomb_words: list[Token] = []
    if trigger is not None:
        bomb_words = [trigger, *(c for c in trigger.children if c.dep_ in ("amod", "compound"))]
        bomb_words += _bomb_phrase(trigger, pattern, senses.weapon_prepositions)
    by_bomb = irregular_force and _says_phrase(bomb_words, senses.bomb_words, lemmas=True)
    # "struck the port with drones and missiles": aerial weapons, 195 (unless a sense below decides).
    weapon = _weapon_code(trigger, pattern, senses) if code in WEAPON_CODES and trigger is not None else None
    if target is None:
        return BOMBING if bombing or by_bomb else weapon or code
    crowd = senses.crowd_nouns
    on_crowd = _names_any(frames, target, crowd) or any(fold(t.lemma_) in crowd for t in target_nouns)
    # "shot dead 19 people during protests against the ban": force on the people of a protest.
    on_crowd = on_crowd or (trigger is not None and _at_gathering(trigger, crowd))
    if source.actor.sector in STATE_FORCE_SECTORS and on_crowd and code not in WAR_WEAPON_CODES:
        return "175"
    if trigger is not None and _names_person(_killed_by_means(trigger, senses.killing_verbs)):
        return ASSASSINATION  # "the militia's chief X was killed in a drone strike": the strike killed a named person
    if killing or wounding:
        named = target.actor.how in OFFICIAL_MENTIONS or (target.actor.entity and target.actor.how == "coreference")
        head = frames.doc[target.head] if 0 <= target.head < len(frames.doc) else None
        # "killed former Prime Minister Shinzo Abe": a person the data no longer places.
        named = named or (head is not None and head.pos_ == "PROPN" and head.ent_type_ in PERSON_LABELS)
        if named or _names_person(undergoers):
            return ASSASSINATION if killing else ATTEMPTED_ASSASSINATION
    if killing or pattern.name in senses.execution_verbs:
        victims = [t for u in undergoers for t in u.subtree]
        if _counted_in_hundreds(frames, target, senses.mass_words) or _counts_at_least(victims, senses.mass_words, MASS_KILLING_MIN):
            return MASS_KILLING  # "killed more than 300 prisoners", "ont exécuté plus de 200 détenus"
    if by_bomb or bombing:
        # "the car bomb that killed ten soldiers", "a suicide bomber killed 20 people": no fight, a bombing
        return BOMBING
    if killing and source.actor.sector in IRREGULAR_SECTORS and target.actor.sector in CIVILIAN_SECTORS:
        if _counted_in_hundreds(frames, target, senses.mass_words | senses.civilian_mass_words, CIVILIAN_MASS_KILLING_MIN):
            return MASS_KILLING  # "militiamen killed at least 45 villagers": a massacre
        return UNCONVENTIONAL_VIOLENCE  # "ADF rebels killed twelve villagers": no fight, violence on civilians
    if code[:2] == MILITARY_FORCE[:2] and _named_civilians(source):
        return UNCONVENTIONAL_VIOLENCE  # "des colons ont attaqué le village": civilians wage no war
    return weapon or code


__all__ = ["choose_sense"]
