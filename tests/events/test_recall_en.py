"""English constructions that hide an act's actors or its kind (issue 5: recall).

Each sentence is written here for the construction it shows; none is from the gold sets or the
pattern examples. Every case is coded by the real pipeline.
"""

from __future__ import annotations

import pytest

from .support import code, codes, dyads, pairs


def found(coder, text):
    return codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Two coordinated verbs share the object the parser hangs on the last one.
        ("Police in Minsk arrested and beat dozens of Belarusian protesters.", ("BLR", "173", "BLR")),
        ("Russian authorities detained and deported three Georgian citizens.", ("RUS", "173", "GEO")),
        ("Hungary criticised and rejected the Ukrainian proposal.", ("HUN", "111", "UKR")),
    ],
)
def test_coordinated_verbs_share_their_object(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "blame X on Y": the one blamed follows "on", in a relative clause too.
        ("The explosion, which Kyiv blamed on Moscow, damaged a school.", ("UKR", "112", "RUS")),
        ("Seoul blamed the cyberattack on North Korea.", ("KOR", "112", "PRK")),
    ],
)
def test_blame_on(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A demand, criticism, rejection, threat or appeal whose target is not named is still coded.
        ("Armenia demanded his resignation on Monday.", ("ARM", "10", None)),
        ("Turkey threatened to launch a new military operation.", ("TUR", "13", None)),  # 138: force threatened (events/requested.py)
        ("The Kremlin dismissed the accusations as baseless.", ("RUS", "016", None)),
    ],
)
def test_targetless_acts_are_coded(coder, text, wanted):
    source, prefix, target = wanted
    assert any(s == source and c.startswith(prefix) and t == target for s, c, t in found(coder, text))


def test_targetless_is_not_for_force(coder):
    # An attack whose target is not found is not coded without it.
    assert not any(c.startswith("19") for _, c, _ in found(coder, "Italian troops attacked at dawn."))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # An offer or proposal that is answered is the answer's content, aimed at its maker: one of a
        # truce accepted agrees to it (events/accepted.py, tests/events/test_accepted.py), one
        # rejected is a rejected plan (events/refused.py, tests/events/test_refused.py).
        ("Kyiv accepted a proposal by Moscow for a Christmas truce.", ("UKR", "0356", "RUS")),
        ("Kyiv rejected a proposal by Moscow for a Christmas truce.", ("UKR", "127", "RUS")),  # a truce plan rejected (events/requested.py)
    ],
)
def test_answered_offers_target_the_answerer(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A deployment to a state that is promised or announced is an intent to give it military aid.
        ("France will deploy troops to Romania.", ("FRA", "033", "ROU")),
        ("NATO defence ministers agreed to deploy more battalions to Estonia.", ("NATO", "033", "EST")),
        ("Germany agreed to provide tanks to Ukraine.", ("DEU", "033", "UKR")),
        ("The Pentagon announced a deployment of 3,000 troops to Poland.", ("USA", "033", "POL")),
        # Arms named by what they are: military aid.
        ("Spain has sent Leopard tanks to Ukraine.", ("ESP", "072", "UKR")),
    ],
)
def test_deployments_and_arms(coder, text, wanted):
    assert wanted in found(coder, text)


def test_deployment_done_stays_a_show_of_force(coder):
    assert ("RUS", "033", "BLR") not in found(coder, "Russia deployed troops to Belarus.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A state's measures at home target its own country when no one else is named.
        ("Niger's junta imposed a nationwide curfew on Friday.", ("NER", "17", "NER")),
        ("Thailand's junta lifted martial law on Wednesday.", ("THA", "08", "THA")),
        ("The Ukrainian president declared martial law across Ukraine.", ("UKR", "17", "UKR")),
    ],
)
def test_measures_at_home(coder, text, wanted):
    assert wanted in {(s, c[:2], t) for s, c, t in found(coder, text)}


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The place an act of force carried by a light verb is aimed at may hang on the verb.
        ("Israel launched airstrikes on Gaza on Tuesday.", ("ISR", "19", "PSE")),
        ("Saudi Arabia carried out air raids on Sanaa overnight.", ("SAU", "19", "YEM")),
    ],
)
def test_light_verb_force_on_a_place(coder, text, wanted):
    assert wanted in dyads(code(coder, text, "en"))


def test_order_to_leave_is_an_expulsion(coder):
    assert ("MLI", "166", "FRA") in found(coder, "The Malian junta ordered the French envoy to leave the country.")


def test_coordinated_event_nouns_share_their_light_verb(coder):
    found_codes = found(coder, "Sudanese paramilitaries carried out beatings and abductions of Sudanese civilians in Darfur.")
    assert ("SDN", "181", "SDN") in found_codes  # "abductions", second of the two nouns


def test_toll_of_an_attack_is_no_second_act(coder):
    text = "Russian troops shelled the Ukrainian town of Kupiansk on Monday, killing 12 civilians."
    roots = [c[:2] for _, c, _ in found(coder, text)]
    assert roots.count("19") == 1
    # A killing told as an act of its own stays one.
    assert ("RUS", "190", "UKR") in found(coder, "Russian troops shelled Kupiansk on Monday and killed 12 Ukrainian civilians.")


def test_command_to_own_forces_is_no_demand(coder):
    text = "The Iranian president ordered Iran's navy to escort tankers in the Gulf."
    assert not any(c.startswith("10") for _, c, _ in found(coder, text))
    # A demand made of another state stays one.
    assert ("ICJ", "1056", "ISR") in found(coder, "The International Court of Justice in The Hague ordered Israel to halt the offensive.")  # de-escalation (events/requested.py)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # The state an envoy is recalled from may follow "to" on the envoy.
        ("Algeria recalled its ambassador to France for consultations.", ("DZA", "161", "FRA")),
        # Aid, loans and grants "for" a state.
        ("The World Bank approved a $1 billion loan for Kenya.", ("WORLD-BANK", "071", "KEN")),
        # A case brought against a state.
        ("South Africa filed a case against Israel at the International Court of Justice.", ("ZAF", "115", "ISR")),
    ],
)
def test_targets_of_common_nouns_and_verbs(coder, text, wanted):
    assert wanted in found(coder, text)


def test_disease_cases_are_no_lawsuit(coder):
    assert not found(coder, "The number of cholera cases in Yemen rose sharply, the Yemeni health ministry said.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Under a passive verb of expecting or forcing, the passive's subject does the act.
        ("The Turkish president is expected to meet the Russian president in Sochi next week.", ("TUR", "036", "RUS")),
        ("Iraq was forced to release the Iranian prisoners.", ("IRQ", "0841", "IRN")),
    ],
)
def test_passive_governor_lends_its_subject(coder, text, wanted):
    assert wanted in found(coder, text)


def test_participle_retelling_the_same_act_is_one_event(coder):
    text = "A Russian court convicted the American journalist of espionage, sentencing him to 16 years."
    assert [c[:2] for _, c, _ in found(coder, text)].count("11") == 1


def test_warning_without_target_is_no_threat(coder):
    assert not found(coder, "The IMF warned that global growth would slow this year.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "ready / willing / prepared to" + a cooperative act: an intent (03x) of the copula's subject.
        ("Russia is ready to negotiate with Ukraine.", ("RUS", "036", "UKR")),
        ("Ukraine's president said he was prepared to meet the Russian president.", ("UKR", "036", "RUS")),
        # A government's backing given "to" a state.
        ("France gave its backing to the Moroccan autonomy plan.", ("FRA", "051", "MAR")),
    ],
)
def test_intending_adjectives_and_backing(coder, text, wanted):
    assert wanted in found(coder, text)


def test_likely_is_no_intent_and_no_act(coder):
    assert not found(coder, "Russia is likely to attack Ukraine again.")


def test_light_verb_investigation_without_target(coder):
    assert ("JPN", "09", None) in {(s, c[:2], t) for s, c, t in found(coder, "Japan's government launched an investigation into the data leak.")}


def test_voiced_concern_without_target_is_no_event(coder):
    assert not found(coder, "Germany voiced concern over rising inflation.")


def test_mediated_deal_targets_its_parties(coder):
    text = "Armenia and Azerbaijan agreed on Friday to exchange prisoners, in a deal brokered by the European Union."
    assert {("EU", "045", "ARM"), ("EU", "045", "AZE")} <= found(coder, text)


def test_unsigned_declaration_is_coded_without_target(coder):
    events = code(coder, "Poland did not sign the joint declaration of the summit.", "en")
    assert any(e.source.actor.key == "POL" and e.cameo.code == "057" and e.target is None and e.negated for e in events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A preposition that only dates the act does not complete an expression ("fire on" someone).
        ("Hezbollah fired rockets at northern Israel on Sunday.", ("LBN", "194", "ISR")),  # rocket fire (events/senses.py)
        ("North Korean soldiers fired on South Korean troops on Monday.", ("PRK", "193", "KOR")),
    ],
)
def test_time_phrase_does_not_complete_an_expression(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A light noun between the light verb and the event noun: "a round of talks", "a wave of strikes".
        ("The United States and China held a round of trade talks in Geneva.", ("USA", "040", "CHN")),
        ("Russia launched a wave of missile strikes on Kyiv.", ("RUS", "195", "UKR")),
        ("The United States sent tons of aid to Turkey.", ("USA", "070", "TUR")),
    ],
)
def test_light_and_amount_nouns_through_of(coder, text, wanted):
    assert wanted in found(coder, text)


def test_inverted_condition_is_not_coded(coder):
    assert not found(coder, "Should Russia attack Poland, NATO would respond.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # An act "between" two sides with no other actor: one side's with the other.
        ("Talks between Israel and Hamas resumed in Cairo.", ("ISR", "040", "PSE")),
        ("Clashes between Armenian and Azerbaijani troops killed ten soldiers.", ("ARM", "190", "AZE")),
    ],
)
def test_acts_between_sides(coder, text, wanted):
    assert wanted in found(coder, text)


def test_act_of_force_as_subject_targets_what_it_hits(coder):
    assert ("RUS", "UKR") in {(s, t) for s, c, t in found(coder, "A Russian drone attack hit an oil refinery in southern Ukraine.") if c.startswith("19")}


@pytest.mark.parametrize(
    "text,wanted",
    [
        # A gerund after "by", "after": the act of the verb's subject.
        ("Moscow responded by expelling ten Polish diplomats.", ("RUS", "166", "POL")),
        ("After meeting Macron, Scholz said Germany would send more tanks to Ukraine.", ("DEU", "040", "FRA")),
        # … but after "of", the object's act: no accusation by Britain of itself.
        ("Britain accused Russia of shelling Kharkiv.", ("GBR", "112", "RUS")),
    ],
)
def test_gerund_after_a_preposition(coder, text, wanted):
    assert wanted in found(coder, text)


def test_gerund_after_of_is_not_the_subjects_act(coder):
    assert not any(s == "GBR" and c.startswith("19") for s, c, _ in found(coder, "Britain accused Russia of shelling Kharkiv."))


def test_it_as_an_object_is_not_the_subject(coder):
    assert ("UKR", "112", "HUN") in found(coder, "Kyiv hit back at Budapest, accusing it of blocking aid.")


def test_coordinated_actors_pledging_a_joint_act(coder):
    events = found(coder, "Greece and Turkey pledged to improve relations.")
    assert any(s == "GRC" and c.startswith("03") and t == "TUR" for s, c, t in events)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "I", "we", "my", "our" in reported speech stand for the speaker.
        ("\"We strongly condemn the Russian strikes on Kyiv,\" Britain's foreign secretary said.", ("GBR", "111", "RUS")),
        ("Japan said: \"We will send aid to Turkey.\"", ("JPN", "033", "TUR")),
    ],
)
def test_first_person_in_reported_speech_is_the_speaker(coder, text, wanted):
    assert wanted in found(coder, text)


def test_first_person_outside_reported_speech_names_no_one(coder):
    assert not found(coder, "We condemn the attack on Israel.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # An act decided on that has no intent code is told as done.
        ("The EU agreed to impose new sanctions on Russia.", ("EU", "163", "RUS")),
        ("Poland decided to expel five Russian diplomats.", ("POL", "166", "RUS")),
    ],
)
def test_decided_acts(coder, text, wanted):
    assert wanted in found(coder, text)


def test_planned_expulsion_is_not_coded(coder):
    assert not found(coder, "Russia plans to expel five Polish diplomats.")


def test_definite_act_answered_is_the_one_told_before(coder):
    text = "Ukraine accused Russia of shelling the plant. The Kremlin dismissed the accusations as baseless."
    assert ("RUS", "016", "UKR") in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Asking for people to be freed asks whoever holds them.
        ("China demanded the release of the captain of a Chinese trawler held by Japan.", ("CHN", "1053", "JPN")),
        ("The EU called for the release of the hostages held by Hamas.", ("EU", "0253", "PSE")),
    ],
)
def test_release_demanded_of_the_holder(coder, text, wanted):
    assert wanted in found(coder, text)


def test_protest_lodged_over_an_act_targets_its_author(coder):
    assert ("CHN", "114", "USA") in found(coder, "China lodged a protest over the US arms sales to Taiwan.")


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Retaliation promised on a condition: a threat to whoever the condition names.
        ("Russia said it would retaliate if Finland joined NATO.", ("RUS", "130", "FIN")),
        ("The European Union will hit back if Washington imposes tariffs on European steel.", ("EU", "130", "USA")),
    ],
)
def test_conditional_retaliation_is_a_threat(coder, text, wanted):
    assert wanted in found(coder, text)


def test_retaliation_told_as_done_is_no_threat(coder):
    assert not any(c.startswith("13") for _, c, _ in found(coder, "China retaliated against the United States."))


def test_fighting_back_is_still_fighting(coder):
    assert ("UKR", "190", "RUS") in found(coder, "Ukrainian troops fought back against Russian forces.")


@pytest.mark.parametrize(
    "text",
    [
        # What should or must be done is not done.
        "Germany should stop sending weapons to Ukraine, Russia said.",
        "Iran must release the tanker immediately.",
    ],
)
def test_obligation_is_not_an_act(coder, text):
    assert not found(coder, text)


def test_obligation_does_not_reach_the_coordinated_act_before_it(coder):
    assert ("RUS", "190", "UKR") in found(coder, "Russia attacked Ukraine and must pay for it.")


def test_coordinated_actors_of_one_country_act_with_each_other(coder):
    # The army and a militia of one state are two sides of a joint act.
    events = code(coder, "Sudan's army and the Rapid Support Forces agreed to a ceasefire.", "en")
    assert any(
        e.cameo.root == "03" and e.target is not None and e.source.actor.key == e.target.actor.key == "SDN"
        and e.source.actor.code != e.target.actor.code
        for e in events
    )


@pytest.mark.parametrize(
    "text,wanted",
    [
        # What a state receives or faces "from" another is the other's act on it.
        ("Ukraine received a new package of military aid from the United States.", ("USA", "072", "UKR")),
        ("Israel faced criticism from France over its settlement policy.", ("FRA", "111", "ISR")),
    ],
)
def test_received_acts_are_the_givers(coder, text, wanted):
    assert wanted in found(coder, text)


def test_received_act_without_giver_is_not_the_receivers(coder):
    assert not any(s == "UKR" for s, _, _ in found(coder, "Ukraine received military aid."))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Light verbs that carry an event noun as their object (language profile: support_verbs).
        ("The Foreign Office conveyed its condolences to Egypt.", ("GBR", "018", "EGY")),
        ("The EU unveiled fresh sanctions against Iran.", ("EU", "163", "IRN")),
        ("Britain introduced sanctions on Belarusian officials.", ("GBR", "163", "BLR")),
        ("Norway dispatched humanitarian aid to Libya.", ("NOR", "073", "LBY")),
        ("China hurled accusations at Japan.", ("CHN", "112", "JPN")),
    ],
)
def test_more_light_verbs(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # British spellings the model lemmatizes as written.
        ("Oman normalised relations with Qatar.", ("OMN", "050", "QAT")),
        ("Canada penalised Iranian officials over the crackdown.", ("CAN", "163", "IRN")),
        # Forms the tokenizer splits: "test-fired".
        ("North Korea test-fired two cruise missiles.", ("PRK", "150", None)),
        ("Pakistan test-launched a cruise missile.", ("PAK", "150", None)),
        # Customs duties as tariffs; bars, strippings and internet shutdowns as restrictions.
        ("Turkey imposed duties on American cars.", ("TUR", "163", "USA")),
        ("The Taliban barred Afghan women from universities.", ("AFG", "172", "AFG")),
        ("Bahrain stripped dozens of dissidents of their citizenship.", ("BHR", "172", "BHR")),
        ("Pakistan shut down the internet during the protests.", ("PAK", "1721", "PAK")),
        # Searches of premises are investigations.
        ("French police searched the offices of a Russian news agency.", ("FRA", "090", "RUS")),
        # Arms exports halted are an embargo; aid dropped from the air is aid.
        ("Belgium suspended arms exports to Israel.", ("BEL", "163", "ISR")),
        ("Jordanian aircraft dropped food over southern Syria.", ("JOR", "073", "SYR")),
    ],
)
def test_new_vocabulary(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "called X a sham", "called the move illegal": a judgement on the object is criticism.
        ("Kosovo called the Serbian vote a sham.", ("XKX", "111", "SRB")),
        ("Lithuania called the Belarusian decision illegal.", ("LTU", "111", "BLR")),
        ("Taiwan called the Chinese incursion a provocation.", ("TWN", "111", "CHN")),
    ],
)
def test_judgement_on_the_object(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Strengthening relations and cooperation; an intent when agreed on.
        ("Vietnam deepened ties with South Korea.", ("VNM", "050", "KOR")),
        ("Japan and the Philippines agreed to boost cooperation.", ("JPN", "031", "PHL")),
        # The object's owner and "of" complements: the party that is acted on.
        ("The Commonwealth suspended Fiji's membership.", ("COMMONWEALTH", "160", "FJI")),
        ("The United States recognized the sovereignty of Israel over the Golan Heights.", ("USA", "054", "ISR")),
        ("Japan did not sign the final declaration of the ASEAN summit.", ("JPN", "057", "ASEAN")),
        # Sanctions and arrests of people "linked to" a state or group target it.
        ("Washington sanctioned three businessmen linked to the Syrian government.", ("USA", "163", "SYR")),
        # A visitor welcomed to a place is received (043).
        ("The Egyptian president welcomed the Kenyan president to Cairo.", ("EGY", "043", "KEN")),
    ],
)
def test_frames_and_targets(coder, text, wanted):
    assert wanted in found(coder, text)


def test_coordinated_forces_clash_with_each_other(coder):
    found_dyads = dyads(code(coder, "Indian and Chinese soldiers clashed in the Himalayas.", "en"))
    assert ("IND", "19", "CHN") in found_dyads


@pytest.mark.parametrize(
    "text,wanted",
    [
        # What is launched at someone is force ("launch" alone carries nouns: "launched a probe").
        ("Iran launched ballistic missiles at Israel.", ("IRN", "195", "ISR")),
        ("Ukraine launched drones against Russian airfields.", ("UKR", "1952", "RUS")),
        # Executions by hanging.
        ("Iran hanged two Kurdish prisoners on Tuesday.", ("IRN", "180", "IRN")),
        # Ending agreements, stopping imports and supplies.
        ("Niger terminated its security agreement with the United States.", ("NER", "160", "USA")),
        ("Russia halted imports of Georgian wine.", ("RUS", "163", "GEO")),
        ("Algeria cut gas supplies to Spain.", ("DZA", "163", "ESP")),
        ("Burkina Faso quit the Economic Community of West African States.", ("BFA", "160", "ECOWAS")),
        ("Armenia withdrew its diplomats from Azerbaijan.", ("ARM", "161", "AZE")),
        # Aid in other words: budget support, deposits, doctors and rescuers sent.
        ("The EU gave Jordan 100 million euros in budget support.", ("EU", "071", "JOR")),
        ("Qatar deposited $1 billion in Egypt's central bank.", ("QAT", "071", "EGY")),
        ("Turkey sent rescuers to Morocco after the earthquake.", ("TUR", "073", "MAR")),
        # More light verbs: "raised tariffs", "set up an inquiry".
        ("Canada raised tariffs on Chinese steel.", ("CAN", "163", "CHN")),
        ("The UN Human Rights Council set up an inquiry into abuses in Myanmar.", ("UNHRC", "092", "MMR")),  # abuses: 092 (events/object_senses.py)
    ],
)
def test_more_vocabulary(coder, text, wanted):
    assert wanted in found(coder, text)


def test_a_text_says_what_its_adopters_say(coder):
    # A participle on a resolution with no author of its own is its adopters' act.
    text = "The Security Council adopted a resolution demanding that Eritrea withdraw from Ethiopia."
    assert ("UNSC", "1056", "ERI") in found(coder, text)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # Visits said to be due, scheduled or hoped for are intents (036).
        ("The Indian prime minister is due to visit Japan next week.", ("IND", "036", "JPN")),
        ("The Brazilian president hopes to meet the Chinese leader.", ("BRA", "036", "CHN")),
    ],
)
def test_more_intents(coder, text, wanted):
    assert wanted in found(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # Tear gas fired at people is repression (175) by the force that fires it, not a military
        # attack (190) ...
        "Georgian police fired tear gas at Georgian demonstrators in Tbilisi.",
        # ... and with a purpose clause saying whom it was fired at (as French "pour disperser").
        "Georgian police fired tear gas to disperse Georgian demonstrators.",
    ],
)
def test_tear_gas_fired_is_repression(coder, text):
    assert found(coder, text) == {("GEO", "175", "GEO")}


def test_mediation_announced_is_the_intent_to_mediate(coder):
    # An intended or future act takes its three-digit code's intent when CAMEO has one (045 → 039),
    # else its root's (04 → 036): cameo_intent.tsv, Ontology.intent_code.
    assert ("TUR", "039", "RUS") in found(coder, "Turkey will mediate between Russia and Ukraine.")
    assert ("TUR", "036", "RUS") in found(coder, "Turkey will meet Russia next week.")


def _codes(coder, text):
    return codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,wanted",
    [
        # an event noun with its two sides, wherever the parser hangs the "between" phrase
        ("Fighting raged between Israel and Hamas in Gaza on Sunday.", ("ISR", "190", "PSE")),
        ("Fighting between Armenia and Azerbaijan resumed on Tuesday.", ("ARM", "190", "AZE")),
        # walking off the job
        ("Argentine teachers walked off the job over unpaid wages.", ("ARG", "143", "ARG")),
        # arms handed over: military aid
        ("Portugal handed over three Leopard tanks to Ukraine in March.", ("PRT", "072", "UKR")),
        # a reduced relative read as a clause: the destination is the verb's
        ("Thailand deported a Chinese dissident sought for subversion to China last month.", ("THA", "174", "CHN")),
    ],
)
def test_english_acts_of_entries_and_repairs(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_walking_off_a_pitch_is_no_strike(coder):
    assert not any(c == "143" for _, c, _ in codes(code(coder, "The Argentine striker walked off the pitch after the foul.", "en")))


def test_prisoners_handed_over_are_no_arms(coder):
    found = codes(code(coder, "Hungary handed over two prisoners to Ukraine.", "en"))
    assert ("HUN", "084", "UKR") in found and not any(c == "072" for _, c, _ in found)


def test_a_deadline_given_to_act_is_an_ultimatum(coder):
    # "until" opens a time phrase, yet it is a word of this expression (deadline_prepositions).
    found = codes(code(coder, "The African Union gave Niger's junta until the end of the month to hand power back to civilians.", "en"))
    assert any(c == "139" for _, c, _ in found)
    # A time phrase with "until" on another verb stays a time phrase.
    held = codes(code(coder, "Turkey kept its troops in the province until March.", "en"))
    assert all(not c.startswith("13") for _, c, _ in held)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # people handed over to another state's justice: extradited
        ("Morocco handed over two suspects in the Madrid bombing to Spanish police.", ("MAR", "063", "ESP")),
        # soldiers leaving a country: a withdrawal
        ("The last British soldiers left Mali in December.", ("GBR", "087", "MLI")),
        # an attack claimed
        ("Islamic State claimed the attack on a church in Lahore.", ("ISIS", "015", None)),
        # signatures put to a text: signed
        ("Serbia and Hungary put their signatures to an energy agreement in Budapest.", ("SRB", "057", "HUN")),
        # a visitor welcomed at a place: a visit received
        ("The Brazilian president was welcomed at the Quirinale by Sergio Mattarella.", ("ITA", "043", "BRA")),
        # a proposal voted down
        ("Romania's parliament voted down Moldova's bid for a gas deal.", ("ROU", "127", "MDA")),
        # curbs lifted
        ("South Korea lifted its curbs on Japanese fish on Monday.", ("KOR", "085", "JPN")),
        # a travel ban on officials: a sanction
        ("Canada imposed travel bans on senior Iranian officials.", ("CAN", "163", "IRN")),
        # leaving talks: talks halted
        ("Venezuela's government pulled out of the negotiations with the opposition.", ("VEN", "164", "VEN")),
        # journalists expelled
        ("Niger expelled three French correspondents on Friday.", ("NER", "174", "FRA")),
        # declining to meet: a meeting rejected
        ("The Taliban declined to meet the Pakistani envoy in Kabul.", ("AFG", "125", "PAK")),
    ],
)
def test_english_acts_of_entries_and_reported_futures(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_the_minister_leaving_a_city_is_no_withdrawal(coder):
    assert not any(c == "087" for _, c, _ in _codes(coder, "The French foreign minister left Niamey on Friday."))


def test_goods_handed_over_are_no_extradition(coder):
    found = _codes(coder, "Iran handed over the seized tanker to Panama.")
    assert ("IRN", "084", "PAN") in found and not any(c == "063" for _, c, _ in found)


def test_a_decision_welcomed_is_no_visit(coder):
    found = _codes(coder, "Germany welcomed the French decision on Monday.")
    assert not any(c == "043" for _, c, _ in found)


def test_a_meeting_declined_is_not_held(coder):
    found = _codes(coder, "Azerbaijan's president declined to attend a meeting with Armenia's prime minister in Prague.")
    assert any(c == "125" for _, c, _ in found) and not any(c.startswith("04") for _, c, _ in found)


def test_a_comment_declined_stays_a_declined_comment(coder):
    # decoy: "decline to comment" has its own code (011)
    assert ("RUS", "011", None) in _codes(coder, "The Kremlin declined to comment on the report.")


def test_a_meeting_said_to_come_is_an_intent(coder):
    # "said he would meet": the future of the past, an intent to meet (036), not a meeting
    found = _codes(coder, "The Japanese prime minister said on Friday that he would meet President Biden in Washington next month.")
    assert ("JPN", "036", "USA") in found and not any(c == "040" for _, c, _ in found)


def test_a_meeting_under_a_condition_is_no_intent(coder):
    # decoy: "would meet … if": conditional, no intent
    found = _codes(coder, "The Japanese prime minister said he would meet President Biden if the talks in Geneva succeed.")
    assert ("JPN", "036", "USA") not in found


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a deadline given: an ultimatum
        ("The Arab League gave Libya's rival governments a one-month deadline to agree on elections.", ("ARAB-LEAGUE", "139", "LBY")),
        ("ECOWAS handed Guinea's junta a six-month deadline to return power to civilians.", ("ECOWAS", "139", "GIN")),
        # patrol boats handed over: military aid
        ("Australia handed over two patrol boats to the Fijian navy.", ("AUS", "072", "FJI")),
    ],
)
def test_english_ultimatums_and_aid(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_a_deadline_for_lawyers_is_no_ultimatum_to_a_state(coder):
    # decoy: no actor given the deadline
    assert not any(c == "139" for _, c, _ in _codes(coder, "The judge gave the lawyers a deadline on Monday."))


def test_sanctions_eased_are_not_imposed(coder):
    # "relaxed its sanctions": the relaxing (085) is the act; the sanctions named are no new ones (163)
    found = _codes(coder, "The United Kingdom relaxed its sanctions on Syria's central bank on Thursday.")
    assert ("GBR", "085", "SYR") in found and not any(c.startswith("16") for _, c, _ in found)


def test_sanctions_imposed_are_still_sanctions(coder):
    # decoy: with a verb of imposing the noun still codes
    assert ("GBR", "163", "SYR") in _codes(coder, "The United Kingdom imposed sanctions on Syria's central bank on Thursday.")


def test_pressure_eased_is_no_demand(coder):
    # decoy: "easing pressure" is no light verb carrying a demand (100)
    found = _codes(coder, "Britain lifted its restrictions on Syrian banks on Thursday, easing pressure on the new authorities.")
    assert not any(c.startswith("10") for _, c, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        # a part of the sanctions lifted: sanctions lifted
        ("The European Union lifted some of its sanctions on Belarus on Friday.", ("EU", "085", "BLR")),
        # most of the prisoners freed
        ("Israel freed most of the Palestinian prisoners on its list.", ("ISR", "0841", "PSE")),
        # a part of the protesters arrested, as subject of a passive
        ("Several of the demonstrators in Nairobi were arrested by Kenyan police.", ("KEN", "173", "KEN")),
    ],
)
def test_part_before_its_whole(coder, text, wanted):
    assert wanted in _codes(coder, text)


def test_a_message_carries_the_act_it_is_of(coder):
    # "sent a message of condolence to Morocco": condolences sent
    found = _codes(coder, "Spain's king sent a message of condolence to Morocco after the earthquake.")
    assert ("ESP", "018", "MAR") in found


def test_a_message_of_nothing_is_no_act(coder):
    # decoy: a message with no act below it codes nothing
    assert not _codes(coder, "Spain sent a message to Morocco on Tuesday.")


def test_the_name_helped_is_the_target_of_the_pledge(coder):
    # "pledged money to help Somalia rebuild": the aid is for Somalia
    found = pairs(code(coder, "Japan pledged 20 million dollars on Monday to help Somalia rebuild its ports.", "en"))
    assert ("JPN", "03", "SOM") in found


def test_a_part_of_sanctions_discussed_is_not_lifted(coder):
    # decoy: the whole read as the object keeps the verb's own sense ("discussed", not "lifted")
    found = _codes(coder, "The European Union discussed most of its sanctions on Belarus on Friday.")
    assert not any(c.startswith("08") for _, c, _ in found)


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Belarusian prosecutors filed charges against three Polish journalists.", ("BLR", "112", "POL")),
        ("Kenya brought charges against two Somali nationals.", ("KEN", "112", "SOM")),
        ("The Turkish authorities pressed charges against a Greek fisherman.", ("TUR", "112", "GRC")),
    ],
)
def test_charges_against_someone_are_an_accusation(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_charge_d_affaires_is_no_charge(coder):
    # Decoy: the diplomat's title holds the noun; only the summons is an act.
    found = codes(code(coder, "Poland summoned Russia's charge d'affaires on Monday.", "en"))
    assert not any(c == "112" for _s, c, _t in found), found


def test_applying_to_join_a_body_asks_it_for_membership(coder):
    assert ("MDA", "022", "EU") in codes(code(coder, "Moldova applied to join the European Union in March.", "en"))


def test_applying_rules_is_no_bid(coder):
    # Decoy: "apply" with a thing as its object and no "to join" asks nothing of anyone.
    found = codes(code(coder, "Moldova applied new customs rules on Monday.", "en"))
    assert not any(c.startswith("02") for _s, c, _t in found), found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Venezuela called the Colombian government fascist on Tuesday.", ("VEN", "111", "COL")),
        ("Belarus called the Lithuanian report a fraud.", ("BLR", "111", "LTU")),
        ("Tehran called the British decision hostile.", ("IRN", "111", "GBR")),
        ("Kyiv called the Russian blockade of the ports criminal.", ("UKR", "112", "RUS")),
    ],
)
def test_a_pejorative_name_put_on_an_actor_is_criticism(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_neutral_name_is_no_criticism(coder):
    # Decoy: "called the talks constructive" judges nothing ill.
    found = codes(code(coder, "Moscow called the Turkish proposal constructive.", "en"))
    assert not any(c.startswith("11") for _s, c, _t in found), found


def test_halting_the_entry_of_goods_into_a_territory_is_a_blockade(coder):
    assert ("EGY", "191", "LBY") in codes(code(coder, "Egypt halted the entry of fuel trucks into Libya on Monday.", "en"))


def test_blocking_entry_into_an_alliance_is_no_blockade(coder):
    # Decoy: a state's entry into an alliance is no territory closed.
    found = codes(code(coder, "Hungary blocked Sweden's entry into NATO for months.", "en"))
    assert not any(c.startswith("191") for _s, c, _t in found), found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Kyrgyz president ordered the release of three Kazakh border guards.", ("KGZ", "084", "KAZ")),
        ("The Azerbaijani president ordered an offensive against Armenian positions.", ("AZE", "190", "ARM")),
        ("Niger's junta ordered the expulsion of the French ambassador.", ("NER", "166", "FRA")),
        ("The Turkish president ordered the deployment of troops to Libya.", ("TUR", "154", "LBY")),
        ("The Israeli prime minister ordered airstrikes on Hezbollah positions in Lebanon.", ("ISR", "195", "LBN")),
    ],
)
def test_an_ordered_act_is_the_act_and_no_demand(coder, text, wanted):
    found = codes(code(coder, text, "en"))
    assert wanted in found, found
    # the order itself is no demand on anyone
    assert not any(c.startswith("10") for _s, c, _t in found), found


def test_an_order_given_to_another_state_stays_a_demand(coder):
    # Decoy: the object is the actor ordered to act: a demand (100) on it.
    found = codes(code(coder, "The Security Council ordered Israel to open more crossings.", "en"))
    assert ("UNSC", "1055", "ISR") in found, found


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("The Asian Development Bank paused disbursements to Myanmar after the coup.", ("ADB", "162", "MMR")),
        ("The IMF suspended disbursements to Sri Lanka after the default.", ("IMF", "162", "LKA")),
        ("The United States paused aid to Ukraine last month.", ("USA", "162", "UKR")),
    ],
)
def test_pausing_payments_to_a_state_reduces_aid(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_a_pause_in_talks_is_no_aid_cut(coder):
    # Decoy: what pauses is no aid.
    found = codes(code(coder, "The talks between Serbia and Kosovo paused for lunch.", "en"))
    assert not any(c.startswith("16") for _s, c, _t in found), found


def test_a_telephone_call_opening_the_sentence_is_its_subjects(coder):
    # The call's sides are the subjects of the verb it hangs on, as for a "phone call".
    text = "In a telephone call on Monday, the Greek prime minister and the Turkish president agreed to meet in Athens."
    found = codes(code(coder, text, "en"))
    assert ("GRC", "041", "TUR") in found, found


def test_a_telephone_call_among_people_no_actor_names_codes_no_consultation(coder):
    # Decoy: the verb's subjects name no actor: no call between states.
    found = codes(code(coder, "In a telephone call on Monday, the two men agreed to meet in Athens.", "en"))
    assert not any(c == "041" for _s, c, _t in found), found
