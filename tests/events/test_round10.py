"""Round 10: targets and doers told outside the act's own frame.

Sentences written here for the construction each test shows, with decoys: "both sides" as the
doer (events/both.py), the second word of an expression carrying the place acted on, yielding to
pressure (events/yielded.py), appeals to the population (events/addressed.py), aid sent into a
place (events/destination.py) and joint acts refused with a partner (events/disowned.py).
"""

from __future__ import annotations

import pytest

from .support import code, pairs as _pairs


@pytest.mark.parametrize(
    "text,lang,root",
    [
        ("Armenia and Azerbaijan clashed on the border on Monday. Both sides accused each other of starting the fighting.", "en", "11"),
        ("Serbia and Kosovo held talks in Brussels. The two countries signed an agreement with the EU on Tuesday.", "en", "05"),
        ("L'Arménie et l'Azerbaïdjan se sont affrontés lundi. Les deux camps se sont mutuellement accusés d'avoir rompu le cessez-le-feu.", "fr", "11"),
        ("La Serbie et le Kosovo ont discuté à Bruxelles. Les deux pays ont signé un accord avec l'UE mardi.", "fr", "05"),
    ],
)
def test_both_sides_as_the_doer_is_each_party(coder, text, lang, root):
    found = _pairs(code(coder, text, lang))
    sources = {s for s, r, _ in found if r == root}
    assert len(sources) == 2, found


def test_both_sides_accusing_each_other_target_each_other(coder):
    text = "Armenia and Azerbaijan clashed on the border on Monday. Both sides accused each other of starting the fighting."
    found = _pairs(code(coder, text, "en"))
    assert ("ARM", "11", "AZE") in found and ("AZE", "11", "ARM") in found


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Rebels took control of the airport of Kherson on Monday.", "en"),
        ("L'armée russe a pris le contrôle de la centrale de Zaporijjia.", "fr"),
    ],
)
def test_a_place_on_the_expressions_second_word_is_the_target(coder, text, lang):
    assert any(r == "19" and t == "UKR" for _, r, t in _pairs(code(coder, text, lang)))


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("Peru's prime minister resigned, bowing to pressure from protesters.", "en", "PER"),
        ("Chile's interior minister resigned on Friday after weeks of mass protests.", "en", "CHL"),
        ("Le ministre péruvien de l'Intérieur a démissionné après des semaines de manifestations.", "fr", "PER"),
        ("Le Premier ministre roumain a retiré mardi le projet de loi sur les retraites, cédant à la pression des manifestants.", "fr", "ROU"),
    ],
)
def test_yielding_to_protests_is_done_to_the_protesters(coder, text, lang, country):
    found = _pairs(code(coder, text, lang))
    assert any(s == country and r == "08" and t == country for s, r, t in found), found


@pytest.mark.parametrize(
    "text,lang",
    [
        # Decoys: talks are no pressure, and a yielding act with its own target keeps it.
        ("Peru's prime minister resigned after talks with the president.", "en"),
        ("Le ministre péruvien a démissionné après une réunion du gouvernement.", "fr"),
    ],
)
def test_yielding_after_no_pressure_has_no_target(coder, text, lang):
    assert all(t is None for _, r, t in _pairs(code(coder, text, lang)) if r == "08")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Chile's interior minister urged residents to stay indoors on Sunday.", "en"),
        ("Chile's interior minister appealed for the population to remain calm.", "en"),
        ("Le ministre chilien de l'Intérieur a appelé la population au calme.", "fr"),
        ("Le ministre chilien de l'Intérieur a appelé les habitants à rester chez eux.", "fr"),
    ],
)
def test_an_appeal_to_the_population_is_made_to_its_civilians(coder, text, lang):
    events = [e for e in code(coder, text, lang) if e.cameo.root == "02"]
    assert events and events[0].target is not None
    assert (events[0].target.actor.country, events[0].target.actor.sector) == ("CHL", "CVL")


def test_an_appeal_to_a_places_population_goes_there(coder):
    found = _pairs(code(coder, "Israel's army urged the population of Gaza to move south.", "en"))
    assert ("ISR", "02", "PSE") in found


@pytest.mark.parametrize(
    "text,lang,country",
    [
        ("The World Food Programme delivered flour to 50,000 flood victims in northern Pakistan on Monday.", "en", "PAK"),
        ("A UN aid convoy crossed into Sudan from Chad on Tuesday.", "en", "SDN"),
        ("L'ONU a acheminé de l'aide humanitaire vers Gaza.", "fr", "PSE"),
    ],
)
def test_aid_sent_into_a_place_goes_to_its_state(coder, text, lang, country):
    assert any(r == "07" and t == country for _, r, t in _pairs(code(coder, text, lang)))


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Le gouvernement bolivien a rejeté toute reprise du dialogue avec l'opposition.", "fr", ("BOL", "12", "BOL")),
        ("Bolivia's government rejected any resumption of talks with the opposition.", "en", ("BOL", "12", "BOL")),
    ],
)
def test_a_joint_act_refused_is_aimed_at_the_partner(coder, text, lang, wanted):
    events = [e for e in code(coder, text, lang) if e.cameo.root == "12"]
    assert events and events[0].target is not None and events[0].target.actor.sector == "OPP"


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Turkey's foreign minister met his Iranian counterpart in Ankara on Monday. He promised to expand trade.", "en", ("TUR", "03", "IRN")),
        ("Le ministre turc des Affaires étrangères s'est entretenu lundi avec son homologue iranien. Il a demandé la réouverture de la frontière.", "fr", ("TUR", "02", "IRN")),
    ],
)
def test_an_appeal_after_a_talk_is_made_to_the_other_party(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


def test_an_appeal_with_no_talk_before_keeps_no_target(coder):
    # Decoy: the sentence before names no talk of the appealing state.
    text = "Iran's economy shrank last year. Turkey's foreign minister called for calm on Monday."
    assert all(t is None for s, r, t in _pairs(code(coder, text, "en")) if r == "02")


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Kazakhstan's president signed a decree on Monday.", "en"),
        ("The governor of Texas signed the bill into law on Friday.", "en"),
        ("Oil firms lost their licences under a decree signed by Kazakhstan's president.", "en"),
    ],
)
def test_signing_a_law_at_home_is_no_agreement(coder, text, lang):
    assert all(e.cameo.code != "057" for e in code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang,wanted",
    [
        ("Serbia signed an agreement with Kosovo on Friday.", "en", ("SRB", "05", "XKX")),
        ("Hungary did not sign the joint declaration.", "en", ("HUN", "05", None)),
    ],
)
def test_signing_an_agreement_is_still_coded(coder, text, lang, wanted):
    assert wanted in _pairs(code(coder, text, lang))


@pytest.mark.parametrize(
    "text,lang",
    [
        ("An explosion killed five soldiers in Herat on Monday.", "en"),
        ("The attack killed twelve people in Mogadishu.", "en"),
        ("Une explosion a tué cinq soldats à Hérat lundi.", "fr"),
        ("L'attentat a tué douze personnes à Mogadiscio.", "fr"),
    ],
)
def test_an_act_or_a_blast_that_kills_is_no_crowd(coder, text, lang):
    assert not code(coder, text, lang)


@pytest.mark.parametrize(
    "text,lang,country",
    [
        # Decoys: people no actor names, acting in a named place, are still its civilians.
        ("Thousands of protesters marched in Caracas against the government.", "en", "VEN"),
        ("Des milliers de personnes ont manifesté à Paris.", "fr", "FRA"),
    ],
)
def test_a_crowd_in_a_place_is_still_a_doer(coder, text, lang, country):
    assert any(s == country and r == "14" for s, r, _ in _pairs(code(coder, text, lang)))


def test_both_sides_in_a_hostile_posture_face_each_other(coder):
    text = "Armenia and Azerbaijan exchanged fire on Thursday. Both countries have put their militaries on high alert."
    found = _pairs(code(coder, text, "en"))
    assert ("ARM", "15", "AZE") in found and ("AZE", "15", "ARM") in found


def test_both_sides_in_a_joint_act_with_a_third_keep_it(coder):
    # Decoy: an act with a named third party is done to it, not to each other.
    text = "Serbia and Kosovo held talks in Brussels. The two countries signed an agreement with the EU on Tuesday."
    found = _pairs(code(coder, text, "en"))
    assert ("SRB", "05", "EU") in found and ("XKX", "05", "EU") in found and ("SRB", "05", "XKX") not in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Kenya did not rule out military intervention in Somalia.", ("KEN", "138", "SOM")),
        ("The African Union said it did not rule out the use of force against Sudan's army.", ("AU", "138", "SDN")),
    ],
)
def test_not_ruling_out_force_is_a_threat(coder, text, wanted):
    found = {(e.source.actor.organization or e.source.actor.country, e.cameo.code, e.target.actor.country if e.target else None) for e in code(coder, text, "en")}
    assert wanted in found, found


def test_not_ruling_out_sanctions_stays_a_rejection(coder):
    # Decoy: no force on the table.
    found = code(coder, "Kenya did not rule out new sanctions against Somalia.", "en")
    assert all(e.cameo.root != "13" for e in found)
