"""French parse repairs of this session (grammar/fr.py, grammar/fr_clauses.py), each shown by a
sentence written here and coded by the real pipeline."""

from __future__ import annotations

import pytest

from ..events.support import code, codes, dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A pronominal verb's "être" read as a passive auxiliary: the subject still acts.
        ("Le président américain s'en est pris à la Chine lors de son discours.", ("USA", "111", "CHN")),
        # The object after an adjunct of time and place, read as a modifier of the place.
        ("Sergueï Lavrov a rencontré jeudi à Ankara son homologue turc.", ("RUS", "040", "TUR")),
        ("Le président français a reçu mardi à l'Élysée son homologue brésilien.", ("FRA", "043", "BRA")),
        # The agent of a passive hung on the weekday after the verb.
        ("L'ambassadeur de France a été convoqué lundi par le ministère algérien des Affaires étrangères.", ("DZA", "114", "FRA")),
        # The receiver of a verb of asking hung on the "de" complement of the thing asked.
        ("L'Ukraine a réclamé des systèmes de défense antiaérienne à l'Allemagne.", ("UKR", "100", "DEU")),
        # The partitive "de l'" read as the preposition "de": the noun is the object.
        ("L'Allemagne a livré de l'aide humanitaire à l'Ukraine.", ("DEU", "073", "UKR")),
        # A bare name after the verb read as an oblique, or as a conjunct with no conjunction.
        ("Le Premier ministre hongrois a vivement critiqué Bruxelles.", ("HUN", "111", "EU")),
        ("Israël frappe le Liban.", ("ISR", "190", "LBN")),
    ],
)
def test_misparses_mended(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))




def test_name_after_de_stays_a_complement(coder):
    found = codes(code(coder, "La France a requis de l'Algérie des garanties pour ses ressortissants.", "fr"))
    assert ("FRA", "100", "DZA") in found


def test_inverted_subject_after_adjunct_is_no_object(coder):
    # After the words reported, the noun phrase after the adjuncts is the speaker, not an object.
    events = code(coder, "« Nous ne céderons pas », a déclaré à Kiev le président ukrainien.", "fr")
    assert not any(e.cameo.root in ("04", "11") for e in events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Present forms tagged a verb but hung on the subject, their object on the subject too.
        ("La Russie expulse quatre diplomates norvégiens.", ("RUS", "16", "NOR")),
        ("Le Niger expulse l'ambassadeur de France.", ("NER", "16", "FRA")),
        ("L'Iran arme les Houthis.", ("IRN", "07", "YEM")),
    ],
)
def test_present_verb_hung_on_its_subject(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "fr"))


def test_subject_read_into_a_relative_clause(coder):
    # "Le ministre turc, qui …, a appelé": the noun is the main verb's subject, and the relative
    # clause's (its verb coded with the noun as its source).
    text = "Le ministre turc, qui s'est entretenu mardi avec son homologue russe, a appelé à un cessez-le-feu."
    found = codes(code(coder, text, "fr"))
    assert ("TUR", "040", "RUS") in found


def test_opening_infinitive_clause_read_as_root(coder):
    text = "Après avoir rencontré le président égyptien au Caire, le secrétaire d'État américain s'est rendu en Jordanie."
    found = codes(code(coder, text, "fr"))
    assert {("USA", "040", "EGY"), ("USA", "042", "JOR")} <= found


def test_opening_purpose_clause_takes_the_main_subject(coder):
    found = dyads(code(coder, "Pour protester contre la réforme, des milliers de manifestants ont défilé à Paris.", "fr"))
    assert ("FRA", "14", "FRA") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "a déclaré le chancelier": the inverted speaker is the subject; "nous" in the quotation is the speaker.
        ("« Nous condamnons l'agression russe », a déclaré jeudi le chancelier allemand.", ("DEU", "111", "RUS")),
        ("« Nous soutenons pleinement l'Ukraine », a dit le Premier ministre britannique.", ("GBR", "051", "UKR")),
    ],
)
def test_inverted_reporting_subject(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A participle sharing the auxiliary of the verb before it, read as a conjunct of its object.
        ("La Chine a condamné l'exercice et exigé des excuses du Japon.", ("CHN", "100", "JPN")),
        ("La France a condamné l'attaque et appelé l'Iran à la retenue.", ("FRA", "0256", "IRN")),
        # A gerund's object with a number, read as its modifier.
        ("L'Inde a riposté en expulsant six diplomates canadiens.", ("IND", "166", "CAN")),
    ],
)
def test_coordinated_participle_and_counted_object(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_coordinated_nouns_stay_objects(coder):
    # "les ambassadeurs et les diplomates étrangers": no participle, nothing moves.
    events = code(coder, "Le président a reçu les ambassadeurs et les diplomates étrangers.", "fr")
    assert all(e.cameo.root != "04" or e.target is None or e.target.actor.key != "USA" for e in events)


def test_second_side_after_entre(coder):
    # "entre Israël et le Hamas": the second side is coordinated with the first, not with the noun.
    found = codes(code(coder, "Les négociations entre Israël et le Hamas ont repris au Caire.", "fr"))
    assert ("ISR", "046", "PSE") in found or ("PSE", "046", "ISR") in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The adjective a verb says of its object ("juger X responsable", "reconnaître X coupable"),
        # read as the object's modifier, is the verb's complement: the expression is found.
        ("Le Conseil de l'Europe a jugé la Russie responsable des déportations d'enfants.", ("COE", "112", "RUS")),
        ("La justice iranienne a reconnu un chercheur français coupable d'espionnage.", ("IRN", "116", "FRA")),
    ],
)
def test_object_predicate_read_on_object(coder, text, wanted):
    assert wanted in codes(code(coder, text, "fr"))


def test_subject_predicate_stays(coder):
    # "restent responsables": the adjective of a subject is no verb's object predicate.
    assert not any(e.cameo.root == "11" for e in code(coder, "Les ministres restent responsables devant le Parlement.", "fr"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A verb of a speech act put after the words it reports (``incise_verbs``): its subject follows it.
        ("« Ce tir est une provocation grave », a dénoncé jeudi le ministre japonais, après le lancement nord-coréen.", ("JPN", "11", None)),
        ("« Ils ont menti à leur peuple », a accusé lundi le gouvernement tchadien, visant les autorités soudanaises.", ("TCD", "11", None)),
        # The words reported a copula clause, read as the verb's subject.
        ("« C'est une atteinte grave à notre intégrité », a dénoncé mardi le gouvernement malien.", ("MLI", "11", None)),
    ],
)
def test_inverted_subject_of_a_speech_act(coder, text, wanted):
    found = dyads(code(coder, text, "fr"))
    assert any(d[0].startswith(wanted[0]) and d[1] == wanted[1] for d in found)


def test_an_object_after_a_speech_act_stays_its_object(coder):
    # Decoy: no words reported before the verb; "le Soudan" is whom it accuses.
    found = dyads(code(coder, "Le Tchad a accusé lundi le Soudan de soutenir les rebelles.", "fr"))
    assert any(d[0].startswith("TCD") and d[1] == "11" and d[2] is not None and d[2].startswith("SDN") for d in found)
