"""Sources and targets a recognised trigger finds outside its own slots.

Each sentence is written here for the construction it shows (events/possessed.py,
events/relatives.py, events/reactions.py, context.previous_subject), with decoys
where the construction must not apply.
"""

from __future__ import annotations

import pytest

from .support import code, dyads


# A subject pronoun takes the previous sentence's subject of its gender and number, else the
# subject of that sentence's main clause.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "Foreign Minister Sergei Lavrov said Russia would respond to the sanctions. He accused Ukraine of sabotage.", ("RUS", "11", "UKR")),
        ("fr", "Le ministre russe des Affaires étrangères Sergueï Lavrov a déclaré que la Russie répondrait aux sanctions. Il a accusé l'Ukraine de sabotage.", ("RUS", "11", "UKR")),
        ("en", "The Kremlin said on Monday that the talks had failed. It accused Kyiv of sabotaging them.", ("RUS", "11", "UKR")),
        ("fr", "Le Kremlin a affirmé lundi que l'Ukraine avait attaqué un dépôt. Il a accusé Kiev d'aggraver le conflit.", ("RUS", "11", "UKR")),
        ("fr", "Le président chinois Xi Jinping a rencontré Vladimir Poutine à Moscou lundi. Il a salué la position de la Russie sur l'Ukraine.", ("CHN", "05", "RUS")),
    ],
)
def test_a_subject_pronoun_takes_the_subject_of_its_gender(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_masculine_pronoun_is_not_a_feminine_country(coder):
    # "Il" is the fugitive, not "la France" (feminine), the only actor subject before it.
    events = code(coder, "La France a arrêté un fugitif rwandais. Il a accusé le Rwanda de persécution.", "fr")
    assert ("FRA", "11", "RWA") not in dyads(events)


# An event noun whose possessive names no one is done by its clause's subject.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "Russia justified its attacks on Ukrainian energy infrastructure.", ("RUS", "19", "UKR")),
        ("en", "During his visit to Kyiv, the German chancellor promised more weapons.", ("DEU", "04", "UKR")),
        ("fr", "La Russie a défendu son invasion de l'Ukraine devant les Nations unies.", ("RUS", "19", "UKR")),
    ],
)
def test_a_possessive_event_noun_is_its_subjects_act(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


@pytest.mark.parametrize(
    "lang,text,unwanted",
    [
        # Condemning "its" attacks: the owner is the one condemned, not the condemner.
        ("en", "Ukraine condemned its attacks on civilians in Kharkiv.", ("UKR", "19", "UKR")),
        # Another actor named before may own it: France's support, not Germany's.
        ("en", "Germany welcomed France's decision and its support for Ukraine.", ("DEU", "05", "UKR")),
    ],
)
def test_a_possessive_with_another_owner_is_not_read(coder, lang, text, unwanted):
    assert unwanted not in dyads(code(coder, text, lang))


# A light verb's relative clause on an act names its doer.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "Ukraine condemned the strikes Russia launched overnight.", ("UKR", "11", "RUS")),
        ("en", "Ukraine condemned the attacks that Russia carried out on Monday.", ("UKR", "11", "RUS")),
        ("fr", "L'Ukraine a condamné les frappes que la Russie a menées lundi.", ("UKR", "11", "RUS")),
    ],
)
def test_a_relative_clause_names_the_doer(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_relative_clause_with_its_own_object_names_no_doer(coder):
    events = code(coder, "Ukraine condemned the strikes which hit the depot Russia had built.", "en")
    assert ("UKR", "11", "RUS") not in dyads(events)


# A reaction that names no target answers the doer of the act an "after" clause tells.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "India on Tuesday rejected any third-party mediation on Kashmir, a day after President Joe Biden offered to mediate.", ("IND", "12", "USA")),
        ("en", "The Kremlin denounced the decision after Poland expelled 45 Russian diplomats.", ("RUS", "11", "POL")),
        ("fr", "Pékin a condamné cette décision après que le Japon a rejeté l'eau dans la mer.", ("CHN", "11", "JPN")),
    ],
)
def test_a_reaction_answers_the_act_before_it(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_reaction_does_not_answer_itself_or_no_one(coder):
    events = code(coder, "China condemned the attack after gunmen killed three Chinese workers.", "en")
    assert ("CHN", "11", None) in dyads(events)
    events = code(coder, "Iran rejected the report after it was published.", "en")
    assert all(e.target is None or e.target.actor.key != "IRN" for e in events)


# A threat told by a clause is made to that clause's subject, or to whom the threatener would act against.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("en", "Russia warned that Finland would face consequences if it joined NATO.", ("RUS", "13", "FIN")),
        ("en", "China warned it would take strong measures against the United States.", ("CHN", "13", "USA")),
        ("fr", "La Russie a averti que la Finlande subirait des conséquences si elle rejoignait l'OTAN.", ("RUS", "13", "FIN")),
    ],
)
def test_a_warning_is_made_to_whom_its_clause_names(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_a_warning_about_a_things_owner_is_no_threat_to_it(coder):
    events = code(coder, "The IMF warned that China's growth would slow.", "en")
    assert all(e.target is None or e.target.actor.key != "CHN" for e in events)


# Disapproval said to someone: the comitative phrase of an intransitive verb.
def test_a_protest_is_made_to_whom_it_is_addressed(coder):
    assert ("MAR", "11", "ESP") in dyads(code(coder, "Le Maroc s'est insurgé auprès de l'Espagne.", "fr"))
    assert ("CAN", "12", "IND") in dyads(code(coder, "Le Canada a contesté auprès de l'Inde.", "fr"))
    # With an object, "avec" names a partner: "criticised the decision with Germany".
    events = code(coder, "La France a critiqué cette décision avec l'Allemagne.", "fr")
    assert ("FRA", "11", "DEU") not in dyads(events)


def test_a_meeting_after_lors_de_finds_its_parties(coder):
    events = code(coder, "Lors de son entretien avec Xi Jinping, Emmanuel Macron a évoqué la guerre en Ukraine.", "fr")
    assert ("FRA", "04", "CHN") in dyads(events)


# An inquiry whose complement names no actor of its own is aimed at the party named inside it.
@pytest.mark.parametrize(
    "lang,text,wanted",
    [
        ("fr", "La justice française a ouvert une enquête sur le financement de la campagne du président gabonais.", ("FRA", "09", "GAB")),
        ("fr", "L'Union européenne a lancé une enquête sur les subventions accordées aux constructeurs chinois.", ("EU", "09", "CHN")),
        ("en", "Brazilian prosecutors opened an inquiry into the financing of the Venezuelan president's campaign.", ("BRA", "09", "VEN")),
    ],
)
def test_an_inquiry_is_aimed_at_the_party_inside_its_matter(coder, lang, text, wanted):
    assert wanted in dyads(code(coder, text, lang))


def test_an_inquiry_is_not_aimed_at_who_a_clause_inside_names(coder):
    events = code(coder, "France opened an investigation into the attack, which Russia says was staged.", "en")
    assert ("FRA", "09", "RUS") not in dyads(events)
