"""The status of an act (events/modality.py), coded by the real pipeline.

Every sentence is written here for the construction it shows.
"""

from __future__ import annotations

from .support import code, codes, dyads, pairs


def test_an_act_asked_of_the_object_is_not_coded_when_hung_on_the_object(coder):
    # The parser hangs "à reprendre les négociations" on the ones asked: still only asked for.
    found = dyads(code(coder, "L'ONU a appelé l'armée soudanaise et les FSR à reprendre les négociations.", "fr"))
    assert ("UN", "02", "SDN") in found
    assert not any(root == "04" for _, root, _ in found)


def test_an_act_in_the_mandative_subjunctive_is_only_asked_for(coder):
    # "withdraw" after a singular subject keeps its bare form: the withdrawal is demanded, not done.
    found = dyads(code(coder, "France insisted that Egypt withdraw its troops from Libya.", "en"))
    assert not any(root == "08" for _, root, _ in found)


def test_a_reported_act_in_the_indicative_is_coded(coder):
    found = dyads(code(coder, "France said that Egypt withdrew its troops from Libya.", "en"))
    assert ("EGY", "08", "LBY") in found


def test_a_plural_subject_with_a_bare_verb_is_not_read_as_asked_for(coder):
    # "Russia and Ukraine exchange" is the present tense, not a subjunctive; "Moscow return" is one.
    grammar = coder.event_resources().grammars["en"]
    doc = coder.pipelines.get("en")("Officials said that Russia and Ukraine exchange prisoners. Kyiv asked that Moscow return the children.")
    moods = {t.lower_: grammar.mood(t) for t in doc if t.lower_ in ("exchange", "return")}
    assert moods == {"exchange": "indicative", "return": "mandative"}


def test_a_question_run_into_the_next_sentence_is_still_a_question(coder):
    # The parser may join a headline question and the line after it: the act asked about ends at
    # its own question mark, and the line after it is coded as it stands.
    found = dyads(code(coder, "Will Russia attack Ukraine? Moscow denied the report on Monday.", "en"))
    assert not any(root == "19" for _, root, _ in found)
    asked = dyads(code(coder, "Did Iran supply drones to Russia? Kyiv accused Tehran of doing so.", "en"))
    assert ("UKR", "11", "IRN") in asked
    assert not any(source == "IRN" and root == "07" for source, root, _ in asked)


def test_a_near_future_is_an_intent(coder):
    # "va livrer", "is going to deliver": not delivered yet; aid intended is 033, as with "livrera".
    assert ("FRA", "033", "UKR") in codes(code(coder, "La France va livrer des avions de combat à l'Ukraine.", "fr"))
    assert ("FRA", "033", "UKR") in codes(code(coder, "France is going to deliver fighter jets to Ukraine.", "en"))
    # A compound past of "aller" tells what was done.
    done = codes(code(coder, "La France a livré des avions de combat à l'Ukraine.", "fr"))
    assert ("FRA", "072", "UKR") in done


def test_what_a_body_is_founded_to_do_its_founder_does(coder):
    # "created a committee to investigate": no mere aim, the founder investigates through it
    found = codes(code(coder, "The European Parliament created a special committee to investigate abuses by Hungary's government.", "en"))
    assert any(s == "EP" and c.startswith("09") for s, c, _ in found)


def test_an_aim_of_another_act_stays_an_aim(coder):
    # decoy: "sent troops to investigate" sends; the infinitive is only the sending's purpose
    found = codes(code(coder, "The European Union sent experts to investigate abuses by Hungary's government.", "en"))
    assert not any(c.startswith("09") for _, c, _ in found)


def test_an_act_stopped_is_not_done(coder):
    found = dyads(code(coder, "Turkey stopped shelling Kurdish positions in Syria on Tuesday.", "en"))
    assert not any(root == "19" for _, root, _ in found)


def test_an_act_not_stopped_goes_on(coder):
    found = dyads(code(coder, "Turkish artillery has not stopped shelling Syrian border villages.", "en"))
    assert any(source == "TUR" and root == "19" for source, root, _ in found)


def test_an_act_alleged_in_an_accusation_is_not_coded(coder):
    # The "that" clause of an accusation is what one side alleges: the rejection is the act, not the
    # arming, whether the parser hangs the clause on the noun or on the verb that takes it.
    for text in (
        "Kampala on Friday rejected Kinshasa's accusations that Uganda was arming the ADF rebels.",
        "Uganda on Friday denied allegations from Congo that Ugandan officers were arming the ADF.",
    ):
        hung_on_noun = dyads(code(coder, text, "en"))
        assert ("UGA", "01", "COD") in hung_on_noun
        assert not any(root == "07" for _, root, _ in hung_on_noun)
    hung_on_verb = dyads(code(coder, "The ministry dismissed as absurd claims by Kinshasa that Ugandan troops were fighting alongside the ADF.", "en"))
    assert not any(root == "06" for _, root, _ in hung_on_verb)


def test_an_act_told_beside_an_accusation_is_still_coded(coder):
    # Decoy: the "that" clause belongs to a verb of saying, not to the claims the sentence names.
    found = dyads(code(coder, "The claims made by Kinshasa were rejected by Uganda, which said that its troops had attacked the ADF.", "en"))
    assert any(source.startswith("UGA") and root == "19" for source, root, _ in found)


def test_an_act_told_before_an_accusation_in_the_past_is_coded(coder):
    # The "after" clause tells what came first: a fact, outside what the accusation alleges.
    found = pairs(code(coder, "Estonia accused Russia of piracy after Russian border guards seized an Estonian patrol boat on Lake Peipus.", "en"))
    assert ("EST", "11", "RUS") in found
    assert ("RUS", "17", "EST") in found


def test_an_act_possible_under_a_condition_is_not_coded(coder):
    # "could" with an "if" clause of its own: what others think might happen, not an act.
    found = dyads(code(coder, "If the generals do not step down by June, the African Union could suspend Gabon, three envoys said.", "en"))
    assert not any(root == "16" for _, root, _ in found)
    # Decoy: "would" with a condition, said by the actor itself, announces a threat and is coded.
    assert any(root == "13" for _, root, _ in dyads(code(coder, "Moscow said it would retaliate if Sweden joined NATO.", "en")))


def test_a_meeting_only_demanded_is_no_meeting(coder):
    found = dyads(code(coder, "Botswana demanded an urgent meeting with Namibia over the river dispute.", "en"))
    assert not [d for d in found if d[1] == "04"], found


def test_a_meeting_requested_is_no_meeting(coder):
    found = dyads(code(coder, "Botswana requested an urgent meeting with Namibia over the river dispute.", "en"))
    assert not [d for d in found if d[1] == "04"], found


def test_une_rencontre_reclamee_nest_pas_une_rencontre(coder):
    found = dyads(code(coder, "Le Botswana a réclamé une rencontre avec la Namibie sur le différend du fleuve.", "fr"))
    assert not [d for d in found if d[1] == "04"], found


def test_a_meeting_held_is_a_meeting(coder):
    # Decoy: held, not asked for.
    found = dyads(code(coder, "Botswana held urgent talks with Namibia over the river dispute.", "en"))
    assert [d for d in found if d[1] == "04"], found


def test_an_act_condemned_is_done_whatever_the_condemning(coder):
    for text, lang in (
        ("The EU pressed Beijing to condemn the Russian invasion of Georgia.", "en"),
        ("Pretoria declined to condemn the Russian invasion of Georgia.", "en"),
        ("L'Inde s'est gardée de condamner l'invasion de la Géorgie par la Russie.", "fr"),
    ):
        found = pairs(code(coder, text, lang))
        assert ("RUS", "19", "GEO") in found, (text, found)
