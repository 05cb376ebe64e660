"""Per-language word lists the shared code needs (``data/lang/{fr,en}.toml``)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Mapping

from ..errors import KnowledgeError

LANGUAGES = ("fr", "en")


# eq=False: profiles are compared and hashed by identity (they are loaded once and cached).
@dataclass(frozen=True, slots=True, eq=False)
class LanguageProfile:
    code: str
    locative_prepositions: frozenset[str]
    country_locative_prepositions: frozenset[str]
    preposition_slots: Mapping[str, str]
    honorifics: frozenset[str]
    deputy_words: frozenset[str]
    feminine_title_words: Mapping[str, str]
    reporting_verbs: frozenset[str]
    incise_verbs: frozenset[str]
    object_control_verbs: frozenset[str]
    irrealis_verbs: frozenset[str]
    unceasing_verbs: frozenset[str]  # "ne cesse de V": negated, the act goes on
    abstaining_verbs: frozenset[str]  # "s'est abstenu de V", "refrained from V-ing": V not done, a negated act
    intention_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    # Nouns of alleging whose "that" clause is only alleged ("accusations that it arms the rebels").
    allegation_nouns: frozenset[str]
    # Adjectives that make an event noun an act only alleged ("alleged atrocities", "crimes présumés").
    alleging_adjectives: frozenset[str]
    # Verbs of alleging: a clause in the past after "after" on them is a fact, not alleged.
    alleging_verbs: frozenset[str]
    # Auxiliaries of a mere possibility ("could"): with a condition of its own, the act is not told as done.
    possibility_auxiliaries: frozenset[str]
    negations: frozenset[str]
    conditional_markers: frozenset[str]
    purpose_markers: frozenset[str]
    purpose_prepositions: frozenset[str]
    member_nouns: frozenset[str]
    participation_verbs: Mapping[str, str]
    support_verbs: frozenset[str]
    unaccusative_verbs: frozenset[str]
    # Verbs whose first of two objects is the one given or told to ("handed Pakistan a dossier").
    ditransitive_verbs: frozenset[str]
    # Verbs whose object is the thing given, or else the one given to with the thing after "with"
    # ("provided Ukraine with ammunition" is "provided ammunition to Ukraine").
    with_object_verbs: frozenset[str]
    # Verbs of naming, whose object is followed by what they call it ("called the strike barbaric"),
    # and those of them that do nothing else ("declared the closure" declares: not naming only).
    naming_verbs: frozenset[str]
    # English grammar (grammar/en.py, en_clauses.py): verbs after which a bare verb in a that-clause
    # is asked for ("ordered that Israeli forces halt"), verbs of ordering whose that-clause is their
    # complement, and nouns that take a "to" phrase of their own ("access to the site").
    mandative_verbs: frozenset[str]
    # Verbs of going that, before an infinitive, make a near future ("va livrer", "is going to").
    near_future_verbs: frozenset[str]
    # Relative pronouns meaning "of which", "of whom", hung on the clause's verb ("dont"): the
    # antecedent owns the clause's object (events/relatives.py).
    genitive_relatives: frozenset[str]
    order_verbs: frozenset[str]
    to_taking_nouns: frozenset[str]
    naming_only_verbs: frozenset[str]
    # Words naming a part of what their "of" phrase names and nothing of their own ("most of its
    # sanctions" are sanctions: grammar/en_partitives.py).
    partitive_quantifiers: frozenset[str]
    # Participles that say a noun is alleged ("membres présumés du PKK": adjectives, grammar/fr_forms.py).
    alleging_participles: frozenset[str]
    # (verb, adjective) pairs whose adjective tells the act's outcome on the object ("shot dead two
    # protesters": grammar/en_results.py); adjectives the tagger reads as a verb before a noun
    # ("tear gas and live ammunition": grammar/en_modifiers.py).
    result_predicates: frozenset[tuple[str, str]]
    adjectives_read_as_verbs: frozenset[str]
    dative_preposition: str
    comitative_prepositions: tuple[str, ...]
    source_prepositions: tuple[str, ...]
    adversative_prepositions: tuple[str, ...]
    after_markers: frozenset[str]  # subordinators of a clause telling what came before ("after", "après")
    contrast_markers: frozenset[str]  # subordinators of a clause of contrast that asserts its own act ("while", "tandis")
    unfulfilled_nouns: frozenset[str]  # refusal, demand: the infinitive on them is not done (an attempt is an act: 185)
    act_words: frozenset[str]  # "the move", "une mesure": an act named by its kind only (events/criticised.py)
    # Words that tie a show of force to what prompted it besides "after" ("as China began drills",
    # "amid a row with Turkey", "face aux manœuvres"): subordinators and prepositions.
    prompt_markers: frozenset[str]
    # Words that make coordinated subjects act on each other: object word pairs ("each other",
    # "l'un l'autre", the second word heading the first) and adverbs ("mutuellement").
    reciprocal_pairs: frozenset[tuple[str, str]]
    reciprocal_adverbs: frozenset[str]
    border_nouns: frozenset[str]  # lemmas of a border between two states ("border", "frontière")
    # Prepositions naming who reports an act ("selon une ONG", "d'après l'ONU", "according to"):
    # never a word of the act's expression.
    attribution_prepositions: frozenset[str]
    # Prepositions of a deadline ("gave Hungary until Friday"): their phrase is a time phrase, yet a
    # word an act's expression may name (an ultimatum: "give until").
    deadline_prepositions: frozenset[str]
    # Doers no one can name (events/unidentified.py): nouns naming people only by what they did
    # ("gunmen", "ravisseurs"); nouns that are so with an arms modifier ("armed men", "hommes
    # armés"); modifiers saying the doers are unknown, alone or negated ("non identifiés").
    anonymous_doers: frozenset[str]
    armed_people: frozenset[str]
    armed_modifiers: frozenset[str]
    # Concessions (events/yielded.py): verbs of giving in whose complement is the pressure
    # ("bowing to pressure"), nouns of pressure and protest, those of them that are no crowd's act,
    # the prepositions that tie them to the act ("after weeks of protests"), and the slots that say
    # whose a pressure is ("pressure from", "menée par").
    yielding_verbs: frozenset[str]
    pressure_nouns: frozenset[str]
    pressures_not_protests: frozenset[str]
    pressure_prepositions: tuple[str, ...]
    doer_slots: tuple[str, ...]
    # Nouns of a population an appeal may be addressed to (events/addressed.py).
    people_nouns: frozenset[str]
    # Nouns of people an act hurt, or their kin, a verbal or cooperative act may be done to (events/addressed.py).
    affected_people_nouns: frozenset[str]
    # Prepositions of where a moving thing goes (events/destination.py).
    destination_prepositions: tuple[str, ...]
    # Prepositions of where the thing of an act only threatened, promised or refused would go
    # ("threatened to send troops to", "a menacé d'envoyer des soldats en"): its recipient (events/verb_roles.py).
    recipient_prepositions: tuple[str, ...]
    # Things that kill with no doer named: no crowd acting (events/unidentified.py).
    blast_nouns: frozenset[str]
    # What a government signs at home, no agreement (events/instruments.py).
    domestic_instruments: frozenset[str]
    # Nouns of force, and the modifiers that make an action or an option military (events/unruled.py).
    force_nouns: frozenset[str]
    military_modifiers: frozenset[str]
    unknown_modifiers: frozenset[str]
    negated_known_modifiers: frozenset[str]
    # Meetings that only set the scene (events/settings.py): words opening a place or time
    # adjunct ("at", "lors"), frame nouns and their prepositions ("on the sidelines of", "en
    # marge de"), conjunctions of a temporal clause ("as", "alors que").
    setting_markers: frozenset[str]
    setting_frames: frozenset[str]
    setting_frame_prepositions: frozenset[str]
    temporal_marks: frozenset[str]
    quantity_nouns: frozenset[str]
    # Series and spans of time that count an event noun ("une série de frappes", "weeks of protests"):
    # amounts too, and the parser may hang the event noun's own modifiers on them.
    measure_nouns: frozenset[str]
    # Teams and vehicles that stand for what they are made of or carry in a verb's expression ("sent a rescue team").
    carrier_nouns: frozenset[str]
    sending_verbs: frozenset[str]
    # Participles of belonging: the thing they qualify is its owner's (events/object_owners.py).
    owner_participles: frozenset[str]
    cargo_prepositions: frozenset[str]  # with, avec: "planes with rescue teams" carry the teams
    # The organisation acronym whose word features the parser reads other acronyms with ("NATO"; "": none).
    acronym_model: str
    object_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    dative_pronouns: frozenset[str]  # objects that name whom an act is done to, never the act ("lui")
    person_pronouns: frozenset[str]  # objects that stand for a person, never a state or a thing ("him")
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    weekday_direction: Mapping[str, int]
    relative_periods: Mapping[str, tuple[int, str]]
    furniture_labels: tuple[str, ...]
    verb_lemma_fixes: Mapping[str, str]  # verb form the model lemmatizes wrong -> its lemma
    # Parse repairs (grammar/fr.py, fr_attachments.py, en_deadlines.py): nouns of time between a verb
    # and its object or given as a span ("gave the junta seven days"), and those saying when with an
    # article; verbs whose receiver the parser hangs on the thing given; verbs whose "de" complement
    # is no object; participles saying whom a measure aims at; nouns of "en faveur de"; nouns of
    # locutions read as nouns ("à l'encontre de").
    time_nouns: frozenset[str] = frozenset()
    # Words of the adjuncts that may stand between a verb and its object ("rejected on Saturday X's
    # request", "ont enlevé samedi avant l'aube quarante villageois"): grammar/interposed_adjuncts.py.
    interposed_time_words: frozenset[str] = frozenset()
    interposed_time_prepositions: frozenset[str] = frozenset()
    interposed_place_prepositions: frozenset[str] = frozenset()
    interposed_court_prepositions: frozenset[str] = frozenset()
    interposed_predicate_prepositions: frozenset[str] = frozenset()
    interposed_degree_adverbs: frozenset[str] = frozenset()
    interposed_idiom_prepositions: frozenset[str] = frozenset()
    interposed_period_words: frozenset[str] = frozenset()
    time_point_nouns: frozenset[str] = frozenset()
    giving_verbs: frozenset[str] = frozenset()
    de_complement_verbs: frozenset[str] = frozenset()
    aiming_participles: frozenset[str] = frozenset()
    beneficiary_nouns: frozenset[str] = frozenset()
    posting_nouns: frozenset[str] = frozenset()
    locution_nouns: frozenset[str] = frozenset()
    # People sent to act for a side (grammar/en_delegates.py: "Negotiators from the government and the ELN").
    delegate_nouns: frozenset[str] = frozenset()
    # Nouns of one who leads or speaks for the body named after them, told in apposition to a name
    # the data does not know ("X, chief of Nigeria's army", "X, porte-parole du ministère"): events/frames.py.
    leading_nouns: frozenset[str] = frozenset()
    leading_prepositions: frozenset[str] = frozenset()
    leading_verbs: frozenset[str] = frozenset()
    # Verbs whose object noun names an act only asked for, refused or threatened ("demanded a
    # meeting with", "a réclamé une rencontre avec"): events/modality.py.
    asking_object_verbs: frozenset[str] = frozenset()  # "X, who leads the party," (a relative clause on the name)
    # Words that make a span of time a point ("two days later", "a week ago": grammar/en_deadlines.py).
    time_point_adverbs: frozenset[str] = frozenset()
    # Parts of the day a protest is dated by ("the fourth night of rallies") and the days set before
    # or after an event ("la veille", "in the aftermath of"): events/crowds.py.
    day_part_nouns: frozenset[str] = frozenset()
    surrounding_day_nouns: frozenset[str] = frozenset()
    # Words before a gerund that make it a concomitant act, not the means of its verb ("tout en accusant").
    concomitant_gerund_marks: frozenset[str] = frozenset()
    # Verbs and nouns of ending, the prepositions of what they end (those of what a noun of ending or
    # a noun qualifying the act ends: "of", "de"), and the nouns of bonds with the code of the act
    # they name: "lifted sanctions", "la rupture des relations" (events/undone.py).
    ending_verbs: frozenset[str] = frozenset()
    ending_nouns: frozenset[str] = frozenset()
    ending_prepositions: frozenset[str] = frozenset()
    ending_of_prepositions: frozenset[str] = frozenset()
    bond_nouns: Mapping[str, str] = field(default_factory=dict)
    # Verbs of leaving: an intergovernmental organisation left is a membership ended (events/undone.py).
    leaving_verbs: frozenset[str] = frozenset()
    # Company in an act (events/companions.py): markers of a fellow doer ("alongside", "aux côtés
    # de"), markers that join whatever was named last ("together with"), each a tuple of lower-case
    # words as tokenised, and participles whose agent goes with their noun ("joined by").
    companion_markers: frozenset[tuple[str, ...]] = frozenset()
    companion_join_markers: frozenset[tuple[str, ...]] = frozenset()
    companion_participles: frozenset[str] = frozenset()
    # Adjectives that set an event noun's act in the future ("une prochaine rencontre", "the
    # upcoming summit", "la reprise prochaine des consultations"): announced, not done (events/modality.py).
    prospective_adjectives: frozenset[str] = frozenset()

    def slot_of_preposition(self, word: str) -> str:
        """The pattern slot a case-marking word introduces: "au" → "à", "by" → "agent"."""
        lowered = word.lower()
        return self.preposition_slots.get(lowered, lowered)


def _frozen(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


def _word_tuples(values: list[str]) -> frozenset[tuple[str, ...]]:
    """Phrases as tuples of their lower-case words ("aux côtés des" → ("aux", "côtés", "des"))."""
    return frozenset(tuple(v.lower().split()) for v in values)


@cache
def load_language_profile(code: str) -> LanguageProfile:
    """Load and check one language's profile (cached: it never changes at run time)."""
    if code not in LANGUAGES:
        raise KnowledgeError(f"no language profile for {code!r}")
    raw = tomllib.loads(resources.files("diurna.knowledge").joinpath(f"data/lang/{code}.toml").read_text("utf-8"))
    try:
        if raw["code"] != code:
            raise KnowledgeError(f"lang/{code}.toml declares code {raw['code']!r}")
        return LanguageProfile(
            code=code,
            locative_prepositions=_frozen(raw["locative_prepositions"]),
            country_locative_prepositions=_frozen(raw["country_locative_prepositions"]),
            preposition_slots={k.lower(): v for k, v in raw["preposition_slots"].items()},
            honorifics=frozenset(raw["honorifics"]),
            deputy_words=_frozen(raw["deputy_words"]),
            feminine_title_words={k.lower(): v.lower() for k, v in raw.get("feminine_title_words", {}).items()},
            reporting_verbs=_frozen(raw["reporting_verbs"]),
            incise_verbs=_frozen(raw.get("incise_verbs", [])),
            object_control_verbs=_frozen(raw["object_control_verbs"]),
            irrealis_verbs=_frozen(raw["irrealis_verbs"]),
            unceasing_verbs=_frozen(raw.get("unceasing_verbs", [])),
            abstaining_verbs=_frozen(raw.get("abstaining_verbs", [])),
            intention_verbs=_frozen(raw["intention_verbs"]),
            founding_verbs=_frozen(raw.get("founding_verbs", [])),
            allegation_nouns=_frozen(raw.get("allegation_nouns", [])),
            alleging_adjectives=_frozen(raw.get("alleging_adjectives", [])),
            alleging_verbs=_frozen(raw.get("alleging_verbs", [])),
            possibility_auxiliaries=_frozen(raw.get("possibility_auxiliaries", [])),
            negations=_frozen(raw["negations"]),
            conditional_markers=_frozen(raw["conditional_markers"]),
            purpose_markers=_frozen(raw["purpose_markers"]),
            purpose_prepositions=_frozen(raw["purpose_prepositions"]),
            member_nouns=_frozen(raw["member_nouns"]),
            dative_preposition=raw["dative_preposition"],
            comitative_prepositions=tuple(raw["comitative_prepositions"]),
            companion_markers=_word_tuples(raw.get("companion_markers", [])),
            companion_join_markers=_word_tuples(raw.get("companion_join_markers", [])),
            companion_participles=_frozen(raw.get("companion_participles", [])),
            source_prepositions=tuple(raw["source_prepositions"]),
            adversative_prepositions=tuple(raw["adversative_prepositions"]),
            after_markers=_frozen(raw["after_markers"]),
            contrast_markers=_frozen(raw["contrast_markers"]),
            unfulfilled_nouns=_frozen(raw["unfulfilled_nouns"]),
            act_words=_frozen(raw["act_words"]),
            prompt_markers=_frozen(raw["prompt_markers"]),
            reciprocal_pairs=frozenset((str(a).lower(), str(b).lower()) for a, b in raw["reciprocal_pairs"]),
            reciprocal_adverbs=_frozen(raw["reciprocal_adverbs"]),
            border_nouns=_frozen(raw["border_nouns"]),
            attribution_prepositions=_frozen(raw["attribution_prepositions"]),
            deadline_prepositions=_frozen(raw["deadline_prepositions"]),
            anonymous_doers=_frozen(raw["anonymous_doers"]),
            armed_people=_frozen(raw["armed_people"]),
            armed_modifiers=_frozen(raw["armed_modifiers"]),
            yielding_verbs=_frozen(raw["yielding_verbs"]),
            pressure_nouns=_frozen(raw["pressure_nouns"]),
            pressures_not_protests=_frozen(raw["pressures_not_protests"]),
            pressure_prepositions=tuple(raw["pressure_prepositions"]),
            doer_slots=tuple(raw["doer_slots"]),
            people_nouns=_frozen(raw["people_nouns"]),
            affected_people_nouns=_frozen(raw.get("affected_people_nouns", [])),
            destination_prepositions=tuple(raw["destination_prepositions"]),
            recipient_prepositions=tuple(raw["recipient_prepositions"]),
            blast_nouns=_frozen(raw["blast_nouns"]),
            domestic_instruments=_frozen(raw["domestic_instruments"]),
            force_nouns=_frozen(raw["force_nouns"]),
            military_modifiers=_frozen(raw["military_modifiers"]),
            unknown_modifiers=_frozen(raw["unknown_modifiers"]),
            negated_known_modifiers=_frozen(raw["negated_known_modifiers"]),
            setting_markers=_frozen(raw["setting_markers"]),
            setting_frames=_frozen(raw["setting_frames"]),
            setting_frame_prepositions=_frozen(raw["setting_frame_prepositions"]),
            temporal_marks=_frozen(raw["temporal_marks"]),
            quantity_nouns=_frozen(raw["quantity_nouns"]) | _frozen(raw["measure_nouns"]),
            measure_nouns=_frozen(raw["measure_nouns"]),
            carrier_nouns=_frozen(raw.get("carrier_nouns", [])),
            sending_verbs=_frozen(raw.get("sending_verbs", [])),
            owner_participles=_frozen(raw.get("owner_participles", [])),
            cargo_prepositions=_frozen(raw.get("cargo_prepositions", [])),
            acronym_model=str(raw["acronym_model"]),
            support_verbs=_frozen(raw["support_verbs"]),
            unaccusative_verbs=_frozen(raw.get("unaccusative_verbs", [])),
            ditransitive_verbs=_frozen(raw.get("ditransitive_verbs", [])),
            with_object_verbs=_frozen(raw.get("with_object_verbs", [])),
            naming_verbs=_frozen(raw.get("naming_verbs", [])),
            mandative_verbs=_frozen(raw.get("mandative_verbs", [])),
            near_future_verbs=_frozen(raw.get("near_future_verbs", [])),
            genitive_relatives=_frozen(raw.get("genitive_relatives", [])),
            order_verbs=_frozen(raw.get("order_verbs", [])),
            to_taking_nouns=_frozen(raw.get("to_taking_nouns", [])),
            naming_only_verbs=_frozen(raw.get("naming_only_verbs", [])),
            partitive_quantifiers=_frozen(raw.get("partitive_quantifiers", [])),
            alleging_participles=_frozen(raw.get("alleging_participles", [])),
            result_predicates=frozenset((str(verb).lower(), str(adjective).lower()) for verb, adjective in raw.get("result_predicates", [])),
            adjectives_read_as_verbs=_frozen(raw.get("adjectives_read_as_verbs", [])),
            participation_verbs={k.lower(): v for k, v in raw["participation_verbs"].items()},
            object_pronouns=_frozen(raw["object_pronouns"]),
            subject_pronouns=_frozen(raw["subject_pronouns"]),
            verb_lemma_fixes={form.lower(): lemma for lemma, forms in raw.get("verb_lemma_fixes", {}).items() for form in forms},
            dative_pronouns=_frozen(raw["dative_pronouns"]),
            person_pronouns=_frozen(raw["person_pronouns"]),
            months={k.lower(): int(v) for k, v in raw["months"].items()},
            weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
            relative_days={k.lower(): int(v) for k, v in raw["relative_days"].items()},
            weekday_direction={k.lower(): int(v) for k, v in raw["weekday_direction"].items()},
            relative_periods={k.lower(): (int(v[0]), str(v[1])) for k, v in raw["relative_periods"].items()},
            furniture_labels=tuple(label.lower() for label in raw["furniture_labels"]),
            time_nouns=_frozen(raw.get("time_nouns", [])),
            interposed_time_words=_frozen(raw.get("interposed_time_words", [])),
            interposed_time_prepositions=_frozen(raw.get("interposed_time_prepositions", [])),
            interposed_place_prepositions=_frozen(raw.get("interposed_place_prepositions", [])),
            interposed_court_prepositions=_frozen(raw.get("interposed_court_prepositions", [])),
            interposed_predicate_prepositions=_frozen(raw.get("interposed_predicate_prepositions", [])),
            interposed_degree_adverbs=_frozen(raw.get("interposed_degree_adverbs", [])),
            interposed_idiom_prepositions=_frozen(raw.get("interposed_idiom_prepositions", [])),
            interposed_period_words=_frozen(raw.get("interposed_period_words", [])),
            time_point_nouns=_frozen(raw.get("time_point_nouns", [])),
            giving_verbs=_frozen(raw.get("giving_verbs", [])),
            de_complement_verbs=_frozen(raw.get("de_complement_verbs", [])),
            aiming_participles=_frozen(raw.get("aiming_participles", [])),
            beneficiary_nouns=_frozen(raw.get("beneficiary_nouns", [])),
            posting_nouns=_frozen(raw.get("posting_nouns", [])),
            locution_nouns=_frozen(raw.get("locution_nouns", [])),
            delegate_nouns=_frozen(raw.get("delegate_nouns", [])),
            leading_nouns=_frozen(raw.get("leading_nouns", [])),
            leading_prepositions=_frozen(raw.get("leading_prepositions", [])),
            leading_verbs=_frozen(raw.get("leading_verbs", [])),
            asking_object_verbs=_frozen(raw.get("asking_object_verbs", [])),
            time_point_adverbs=_frozen(raw.get("time_point_adverbs", [])),
            day_part_nouns=_frozen(raw.get("day_part_nouns", [])),
            surrounding_day_nouns=_frozen(raw.get("surrounding_day_nouns", [])),
            concomitant_gerund_marks=_frozen(raw.get("concomitant_gerund_marks", [])),
            ending_verbs=_frozen(raw.get("ending_verbs", [])),
            ending_nouns=_frozen(raw.get("ending_nouns", [])),
            ending_prepositions=_frozen(raw.get("ending_prepositions", [])),
            ending_of_prepositions=_frozen(raw.get("ending_of_prepositions", [])),
            bond_nouns={k.lower(): str(v) for k, v in raw.get("bond_nouns", {}).items()},
            leaving_verbs=_frozen(raw.get("leaving_verbs", [])),
            prospective_adjectives=_frozen(raw.get("prospective_adjectives", [])),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise KnowledgeError(f"lang/{code}.toml: {exc!r}") from exc
