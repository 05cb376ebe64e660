"""Event patterns: verbs and event nouns with their argument frames and CAMEO codes.

The data is ``diurna/events/patterns/{fr,en}.toml``; its schema is written at
the top of each file. A slot is ``subj``, ``obj``, ``iobj``, ``agent``,
``amod``, ``poss``, ``compound``, ``condition`` (the subject of an "if" clause on the verb),
``speaker`` (the subject of the reporting verb whose clause the verb heads) or a
preposition (``à``, ``contre``, ``on``); a noun's
source may also be ``governor``: the object of the verb the noun hangs on, else its subject
("placed the army on high alert").
"""

from __future__ import annotations

import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Mapping

from ..errors import KnowledgeError
from .actors import fold

KINDS = ("verb", "noun")
DEFAULT_SOURCE = {"verb": ("subj",), "noun": ("agent", "amod", "poss", "compound")}


def folded_lemma(token: Any) -> str:
    """A word's lemma as the patterns key it (``Pattern.lemma``): folded, and a pronominal
    verb's without its pronoun ("s'abstenir" is "abstenir"; patterns may write either)."""
    lemma = fold(token.lemma_)
    lemma = lemma[2:] if lemma.startswith(("s'", "se ")) else lemma
    # One word the model lemmatises as several ("tête-à-tête" as "tête à tête") keeps its hyphens,
    # as the entry writes it: a space in a pattern's lemma separates the expression's words.
    return lemma.replace(" ", "-") if " " in lemma and "-" in token.text else lemma


@dataclass(frozen=True, slots=True)
class Pattern:
    kind: str  # "verb" or "noun"
    lemma: str  # folded lemma of the trigger word
    particles: tuple[str, ...]  # folded lemmas of words that must depend on the trigger ("part" in "prendre part")
    code: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    target_required: bool
    example: str
    example_source: str
    example_target: str
    # The code the example is coded to when its words say more than the entry: a light verb's
    # noun wins within its root ("a envoyé une aide humanitaire": envoyer aide 070, coded 073).
    # Empty: the entry's own code. Always a child of ``code`` (tests/knowledge/test_data.py).
    example_code: str = ""
    # The expression tells its act as not done ("withheld their signatures": did not sign, 057
    # negated; GUIDELINES, negation).
    negated: bool = False

    @property
    def name(self) -> str:
        return " ".join((self.lemma, *self.particles))


@dataclass(frozen=True, slots=True)
class Senses:
    """Words that choose between the senses of one trigger by who does it to whom (the file's
    ``[senses]`` table, read by ``events/senses.py``)."""

    crowd_nouns: frozenset[str] = frozenset()  # protesters, rioters: a crowd's force is a riot
    killing_verbs: frozenset[str] = frozenset()  # kill: of a named person, an assassination
    accident_verbs: frozenset[str] = frozenset()  # crash, sink: a participle's killing after one is no one's act (events/tolls.py)
    joint_adverbs: frozenset[str] = frozenset()  # together, conjointement: a patrol of coordinated sides is held jointly (062)
    mass_words: frozenset[str] = frozenset()  # hundreds, thousands: killing them, mass killing
    through_nouns: frozenset[str] = frozenset()  # level, issue: "raised its alert level", "à l'issue d'un entretien"
    peacekeeping: frozenset[str] = frozenset()  # deploying a peacekeeping force is protection (074)
    reciprocal: frozenset[str] = frozenset()  # exchange prisoners: coordinated actors do it to each other
    light_nouns: frozenset[str] = frozenset()  # ouverture, launch: "annoncé l'ouverture d'une enquête"
    targetless_roots: frozenset[str] = frozenset()  # 10, 11: a verb's demand or criticism is coded when its target is not found
    targetless_noun_roots: frozenset[str] = frozenset()  # 09, 10: so is a noun its light verb carries ("opened an investigation")
    targetless_claimed_roots: frozenset[str] = frozenset()  # 18, 19: so is an act of force a group claims ("a revendiqué l'embuscade")
    document_nouns: frozenset[str] = frozenset()  # résolution, communiqué: "adopté une résolution exigant …" says what its author says
    deployment_slots: frozenset[str] = frozenset()  # to, vers: the slots naming the state a force is sent to ("deploy troops to Romania")
    gerund_prepositions: frozenset[str] = frozenset()  # by, after: "responded by expelling …" is done by the verb's subject
    decision_verbs: frozenset[str] = frozenset()  # decide, agree: "agreed to impose sanctions" imposes them (acts with no intent code)
    stopping_verbs: frozenset[str] = frozenset()  # stop, cesser: asked to stop an act is not asked to do it (events/requested.py)
    asked_prepositions: frozenset[str] = frozenset()  # for, à: "called for talks" names the act asked for (events/requested.py)
    obligation_auxiliaries: frozenset[str] = frozenset()  # should, must: "Germany should stop …" says what ought to be, not what is
    receiving_verbs: frozenset[str] = frozenset()  # receive, face: "received aid from the US" is the US's act
    mutual_slots: frozenset[str] = frozenset()  # between: "talks between Israel and Hamas" are held by each side with the other
    phone_words: frozenset[str] = frozenset()  # phone, téléphone: talks held by phone are 041
    weapon_prepositions: frozenset[str] = frozenset()  # with, à: "struck Kharkiv with drones" names the weapon used
    aerial_weapon_words: frozenset[str] = frozenset()  # warplanes, missiles: force by them is aerial (195)
    drone_words: frozenset[str] = frozenset()  # drones: force by them alone, 1952
    artillery_words: frozenset[str] = frozenset()  # rockets, shells, obus: force by them is artillery fire (194)
    small_arms_words: frozenset[str] = frozenset()  # small arms, arme légère: 193
    bomber_nouns: frozenset[str] = frozenset()  # bomber, kamikaze: force a bomber uses is a bombing (183)
    assisting_verbs: frozenset[str] = frozenset()  # help, épauler: forces deployed to help another state protect it (074)
    request_nouns: frozenset[str] = frozenset()  # request, demande: forces deployed at a state's request protect it (074)
    mission_words: frozenset[str] = frozenset()  # contingent, vanguard, mission: forces arriving as part of one protect the host (074)
    assault_verbs: frozenset[str] = frozenset()  # storm: a crowd's is a riot (145), an armed group's an assault (190)
    arson_verbs: frozenset[str] = frozenset()  # torch, incendier: a crowd's is a riot (145), an armed group's violence (180)
    handover_verbs: frozenset[str] = frozenset()  # hand over, remettre: of a wanted person to another state, extradition (063)
    wanted_words: frozenset[str] = frozenset()  # suspect, fugitive, boss: the person handed over is wanted by justice
    trial_phrases: frozenset[str] = frozenset()  # stand trial, face charges: handed over to be tried
    justice_words: frozenset[str] = frozenset()  # authorities, justice: handed over to them, to be tried
    occupying_entry_verbs: frozenset[str] = frozenset()  # enter, entrer: an armed group entering a town of its own country takes it (192)
    returned_nouns: frozenset[str] = frozenset()  # body, hostage, prisoner: handed back, a return (084) whoever they are
    civilian_mass_words: frozenset[str] = frozenset()  # forty, quarantaine: killing that many civilians, a mass killing (202)
    bomb_words: frozenset[str] = frozenset()  # car bomb, voiture piégée: force by the bomb a relative clause hangs on is a bombing (183)
    expulsion_mass_words: frozenset[str] = frozenset()  # millions: expelling that many people is a mass expulsion (201)
    force_nouns: frozenset[str] = frozenset()  # peacekeepers, troops, policiers: who arrives as a force though no sector says so
    delivered_weapon_words: frozenset[str] = frozenset()  # missiles, tanks: arriving, they are military aid (072)
    relief_goods_words: frozenset[str] = frozenset()  # food, tents: a plane carrying them arriving is humanitarian aid (073)
    hosting_nouns: frozenset[str] = frozenset()  # invitation: "met at the invitation of X": X hosts (043, events/sponsors.py)
    mediating_nouns: frozenset[str] = frozenset()  # auspices, égide: "sous l'égide du Qatar": Qatar mediates (045)
    host_participles: frozenset[str] = frozenset()  # host, organiser: "talks hosted by Turkey": Turkey hosts, takes no part
    host_verbs: frozenset[str] = frozenset()  # host, accueillir: "Turkey hosted talks between …": Turkey hosts each party
    housing_verbs: frozenset[str] = frozenset()  # house, abriter: force on a base housing troops is aimed at the troops (events/housed.py)
    area_nouns: frozenset[str] = frozenset()  # area, zone: "seized the area" names no people of the country (events/domestic.py)
    stay_prepositions: frozenset[str] = frozenset()  # en, on: "En visite à Bruxelles, la ministre …" (events/visiting.py)
    exchange_nouns: frozenset[str] = frozenset()  # call, affrontement: an exchange between two sides, whose parties an occasion adjunct's clause names
    occasion_words: frozenset[str] = frozenset()  # during, lors: words that set an exchange as a clause's occasion ("told X in a call", events/occasions.py)
    chemical_weapon_words: frozenset[str] = frozenset()  # chlorine, sarin, gaz moutarde: force with them is 2041
    exercise_words: frozenset[str] = frozenset()  # exercise, drill, manœuvres: force in one is a show of force (150)
    time_prepositions: frozenset[str] = frozenset()  # after, après: "after exercises" tells when, not that force was an exercise
    control_nouns: frozenset[str] = frozenset()  # control, contrôle: "took control of the assets": the assets are what is taken
    wounding_verbs: frozenset[str] = frozenset()  # wound, stab, blesser: of an official, an attempted assassination (185)
    execution_verbs: frozenset[str] = frozenset()  # execute, exécuter: of hundreds of people, a mass killing (202)
    accusation_nouns: frozenset[str] = frozenset()  # accusation, claim: rejecting one is a denial (016)
    dismissal_verbs: frozenset[str] = frozenset()  # reject, dismiss, contester: verbs whose rejection of an accusation denies it
    departure_verbs: frozenset[str] = frozenset()  # leave, quitter: ordering a foreigner to leave the country expels (166)
    home_nouns: frozenset[str] = frozenset()  # country, territoire: what a foreigner is ordered to leave
    diplomat_words: frozenset[str] = frozenset()  # ambassador, consulaire: expelling or barring them from coming back is 166
    entry_verbs: frozenset[str] = frozenset()  # come back, revenir: barring a foreign diplomat from it expels them (166)
    inquiry_clause_marks: frozenset[str] = frozenset()  # whether, si: "an inquiry into whether X hid …" is aimed at X
    charging_verbs: frozenset[str] = frozenset()  # charge: charging a state, not people, accuses it (112)
    stoppage_nouns: frozenset[str] = frozenset()  # strike: held by workers of a trade, a labour strike (143), not force
    solidarity_nouns: frozenset[str] = frozenset()  # solidarity: an act done in it supports (051, events/solidarity.py)
    solidarity_prepositions: frozenset[str] = frozenset()  # in, en, par: the adjunct that tells it ("in solidarity with")
    obstruction_verbs: frozenset[str] = frozenset()  # block, bloquer: of a decision 120, of a way (passage_nouns) 144 or 191
    passage_nouns: frozenset[str] = frozenset()  # road, pont, autoroutier: blocking them obstructs passage
    media_nouns: frozenset[str] = frozenset()  # social media, réseaux sociaux: blocking access to them curbs speech (1721)
    military_equipment_nouns: frozenset[str] = frozenset()  # tanks, blindés: destroying them is force (190), not property destroyed
    accepting_verbs: frozenset[str] = frozenset()  # accept, approuver: a ceasefire accepted is agreed to (0356, events/accepted.py)
    unnamed_people_words: frozenset[str] = frozenset()  # anyone, quiconque, toute tentative: a threat's content naming no one (events/rulers.py)
    backing_verbs: frozenset[str] = frozenset()  # back, soutenir: so is another's proposal of one backed
    accepting_nouns: frozenset[str] = frozenset()  # green light, feu vert: so is one an approval is given to
    alleging_clause_verbs: frozenset[str] = frozenset()  # charge, allege: "charged that X …" accuses X (112, events/alleged.py)
    finding_verbs: frozenset[str] = frozenset()  # conclude, établir: "concluded that X shelled …" accuses X of it (112)
    authorship_words: frozenset[str] = frozenset()  # behind, origine: "was behind the attack": the subject did the act (events/claimed.py)


# Where an object sense looks for its class's words: the act's object (or passive subject, or
# what "control" is taken of), the nouns after a preposition on the trigger ("condamné à six mois"),
# the trigger's whole phrase with its light verb's ("opened an investigation on Monday into …"), or
# that phrase with the clauses it carries ("warned that it would impose tariffs").
OBJECT_SCOPES = ("object", "complement", "phrase", "clause")
# The sense of a row whose class makes the trigger no act between actors ("welcomed two million
# tourists", "l'île revendiquée par Pékin"): the pair is not coded.
NO_ACT_SENSE = "none"
# How an ``[[object_sense]]`` row's ``source_sectors`` names a state named by its name alone
# ("Iran fired …"), an actor with a country and no sector.
STATE_SECTOR = "state"


@dataclass(frozen=True, slots=True)
class ObjectSense:
    """One row of the file's ``[[object_sense]]`` table (events/object_senses.py): a trigger coded
    one of ``codes`` (only the entries named in ``lemmas``, when given) whose ``scope`` holds a word
    of the class ``object`` is coded ``sense``; when ``source_sectors`` is given, only for a doer of
    one of those sectors (a state named by its name alone counts as ``STATE_SECTOR``)."""

    codes: frozenset[str]
    object: str
    words: frozenset[str]  # the class's words, from ``[object_classes]``
    sense: str
    scope: str = "object"
    lemmas: frozenset[str] = frozenset()
    source_sectors: frozenset[str] = frozenset()


def _pattern(kind: str, words: list[str], entry: Mapping[str, Any]) -> Pattern:
    """A pattern from an entry of the file, its expression already split into folded words."""
    target = entry.get("target", [])
    return Pattern(
        kind=kind,
        lemma=words[0],
        particles=tuple(words[1:]),
        code=str(entry["code"]),
        source=tuple(entry.get("source") or DEFAULT_SOURCE[kind]),
        target=tuple(target),
        target_required=bool(entry.get("target_required", bool(target))),
        example=entry.get("example", ""),
        example_source=entry.get("example_source", ""),
        example_target=entry.get("example_target", ""),
        example_code=str(entry.get("example_code", "")),
        negated=bool(entry.get("negated", False)),
    )


@dataclass(frozen=True, slots=True)
class PatternSet:
    lang: str
    patterns: tuple[Pattern, ...]
    by_trigger: Mapping[tuple[str, str], tuple[Pattern, ...]]
    senses: Senses = Senses()
    # Classes of things acts are done to (``[object_classes]``: diplomats, territory, prison terms …).
    object_classes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # First row that fits wins, in the file's order.
    object_senses: tuple[ObjectSense, ...] = ()

    def for_token(self, kind: str, lemma: str) -> tuple[Pattern, ...]:
        return self.by_trigger.get((kind, fold(lemma)), ())

    @classmethod
    def load(cls, lang: str) -> "PatternSet":
        try:
            text = resources.files("diurna.events").joinpath(f"patterns/{lang}.toml").read_text("utf-8")
            raw = tomllib.loads(text)
        except (FileNotFoundError, tomllib.TOMLDecodeError) as exc:
            raise KnowledgeError(f"patterns/{lang}.toml: {exc}") from exc
        patterns: list[Pattern] = []
        for kind in KINDS:
            for entry in raw.get(kind, []):
                try:
                    patterns.append(_pattern(kind, fold(entry["lemma"]).split(), entry))
                except (KeyError, IndexError, TypeError) as exc:
                    raise KnowledgeError(f"patterns/{lang}.toml: bad {kind} entry {entry!r}: {exc!r}") from exc
        written = {(p.kind, p.name) for p in patterns}
        for entry in raw.get("family", []):
            # One frame for every verb of a class with every word of a class ("send, dispatch, rush"
            # × "rescuers, doctors, tents"); an entry written for one pair keeps its own frame.
            try:
                kind = entry.get("kind", "verb")
                pairs = [[*fold(head).split(), fold(word)] for head in entry["lemmas"] for word in entry["words"]]
                patterns += [_pattern(kind, words, entry) for words in pairs if (kind, " ".join(words)) not in written]
            except (KeyError, IndexError, TypeError) as exc:
                raise KnowledgeError(f"patterns/{lang}.toml: bad family entry {entry!r}: {exc!r}") from exc
        index: dict[tuple[str, str], list[Pattern]] = defaultdict(list)
        for pattern in patterns:
            index[(pattern.kind, pattern.lemma)].append(pattern)
        # Longer expressions first: "prendre part" before "prendre".
        frozen = {key: tuple(sorted(found, key=lambda p: -len(p.particles))) for key, found in index.items()}
        table = raw.get("senses", {})
        try:
            senses = Senses(**{name: frozenset(fold(w) for w in words) for name, words in table.items()})
        except TypeError as exc:
            raise KnowledgeError(f"patterns/{lang}.toml: bad [senses] table: {exc}") from exc
        classes = {name: frozenset(fold(w) for w in words) for name, words in raw.get("object_classes", {}).items()}
        return cls(lang, tuple(patterns), frozen, senses, classes, _object_senses(lang, raw.get("object_sense", []), classes))


def _object_senses(lang: str, rows: list[dict[str, Any]], classes: Mapping[str, frozenset[str]]) -> tuple[ObjectSense, ...]:
    """The ``[[object_sense]]`` rows, each with its class's words; a row naming an unknown class or
    scope is an error in the data."""
    senses: list[ObjectSense] = []
    for row in rows:
        try:
            scope = row.get("scope", "object")
            if row["object"] not in classes or scope not in OBJECT_SCOPES:
                raise KeyError(row["object"] if row["object"] not in classes else scope)
            senses.append(
                ObjectSense(
                    codes=frozenset(str(c) for c in row["codes"]),
                    object=row["object"],
                    words=classes[row["object"]],
                    sense=str(row["sense"]),
                    scope=scope,
                    lemmas=frozenset(fold(w) for w in row.get("lemmas", [])),
                    source_sectors=frozenset(row.get("source_sectors", [])),
                )
            )
        except (KeyError, TypeError) as exc:
            raise KnowledgeError(f"patterns/{lang}.toml: bad [[object_sense]] row {row!r}: {exc!r}") from exc
    return tuple(senses)
