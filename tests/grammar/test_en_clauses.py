"""English repairs across a clause boundary (grammar/en_clauses.py), each shown by a sentence written
here: the parse as the repair leaves it, and the act the coder then finds."""

from __future__ import annotations

import pytest

from ..events.support import code, codes
from .support import parsed, word


@pytest.mark.parametrize(
    "text,noun,verb,infinitive",
    [
        # the parser reads the noun as the subject of a complement clause ("inspectors/nsubj to visit/ccomp")
        ("Iran allowed IAEA inspectors to visit the Fordow site on Monday.", "inspectors", "allowed", "visit"),
        ("Israel let aid convoys enter the northern Gaza Strip.", "convoys", "let", "enter"),
    ],
)
def test_object_read_as_subject_of_complement(coder, text, noun, verb, infinitive):
    doc = parsed(coder, text, "en")
    assert word(doc, noun).dep_ == "dobj" and word(doc, noun).head.text == verb
    assert word(doc, infinitive).dep_ == "xcomp" and word(doc, infinitive).head.text == verb


def test_allowing_inspectors_to_visit_is_coded(coder):
    found = codes(code(coder, "Iran allowed IAEA inspectors to visit the Fordow site on Monday.", "en"))
    assert any(s == "IRN" and c == "0862" and t == "IAEA" for s, c, t in found)


def test_finite_complement_keeps_its_subject(coder):
    # "told reporters the army would withdraw": a finite clause (a modal), its subject is its own.
    doc = parsed(coder, "The minister told reporters the army would withdraw from the border.", "en")
    assert word(doc, "army").dep_ == "nsubj"


def test_help_keeps_its_complement_subject(coder):
    # "helped prices rise": the noun before a bare clause after "help" is no one helped.
    doc = parsed(coder, "The sanctions helped oil prices rise sharply in March.", "en")
    assert word(doc, "prices").head.text != "helped"


@pytest.mark.parametrize(
    "text,wanted",
    [
        # "wanted for embezzlement to/prep>wanted Lithuania", the activist read as the subject of
        # "wanted/ccomp": the destination is the verb's
        ("Poland extradited a Belarusian activist wanted for embezzlement to Lithuania on Monday.", ("POL", "063", "LTU")),
        ("Italy extradited a Serbian man accused of fraud to Montenegro last week.", ("ITA", "063", "MNE")),
    ],
)
def test_destination_read_inside_relative(coder, text, wanted):
    assert wanted in codes(code(coder, text, "en"))


def test_place_of_the_charge_stays_with_the_charge(coder):
    # "wanted for crimes in Ukraine": where the crimes were done, not where the man is sent.
    doc = parsed(coder, "Germany extradited a man wanted for war crimes in Ukraine.", "en")
    assert word(doc, "in").head.text != "extradited"


def test_direction_read_as_head(coder):
    # "waters/compound west/ADV/dobj of Palawan": the waters head the object, the compass point says where
    doc = parsed(coder, "A Chinese survey ship entered Philippine territorial waters west of Palawan.", "en")
    assert word(doc, "waters").dep_ == "dobj" and word(doc, "waters").head.text == "entered"
    assert word(doc, "west").head.text == "waters"


def test_recipient_read_inside_of_complement(coder):
    # "an offer of talks to/prep>talks Ukraine": the offer is made to Ukraine
    assert ("RUS", "030", "UKR") in codes(code(coder, "Russia made an offer of talks to Ukraine on Friday.", "en"))


def test_to_phrase_of_a_noun_that_takes_one_stays(coder):
    # "an offer of access to the site": the access is to the site
    doc = parsed(coder, "Iran made an offer of access to Syria for the inspectors.", "en")
    to = next(t for t in doc if t.lower_ == "to")
    assert to.head.text != "offer"


def test_order_clause_read_as_complement(coder):
    # "ordered that the army deploy troops": as "ordered the army to deploy troops", an act of one's own forces
    found = codes(code(coder, "Putin ordered that the army deploy troops to Belarus.", "en"))
    assert ("RUS", "154", "BLR") in found


def test_order_clause_to_another_stays_a_demand(coder):
    found = codes(code(coder, "The Kremlin ordered that Ukrainian forces withdraw from the region.", "en"))
    assert any(s == "RUS" and c.startswith("10") and t == "UKR" for s, c, t in found)
    assert not any(s == "UKR" for s, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # a bare verb after a plural subject, in the clause of a verb of demanding: asked for, not done
        "The court ordered that Israeli forces halt the offensive in Rafah.",
        "The UN demanded that Houthi fighters release the crew of the ship.",
    ],
)
def test_mandative_with_a_plural_subject(coder, text):
    doc = parsed(coder, text, "en")
    clause = next(t for t in doc if t.dep_ in ("ccomp", "xcomp"))
    assert coder.grammars["en"].mood(clause) == "mandative" or clause.dep_ == "xcomp"
    found = codes(code(coder, text, "en"))
    assert not any(s in ("ISR", "YEM") for s, _, _ in found)


def test_plural_present_after_a_verb_of_saying_is_a_fact(coder):
    doc = parsed(coder, "Ukraine said that Russian forces control the city of Bakhmut.", "en")
    assert coder.grammars["en"].mood(word(doc, "control")) == "indicative"


@pytest.mark.parametrize(
    "text,noun,participle",
    [
        # the noun after the verb read as the subject of "wanted/VBD/ccomp"
        ("Poland extradited a Belarusian activist wanted for embezzlement to Lithuania on Monday.", "activist", "wanted"),
        # read as a relative already ("sought/acl"): the repair gives the same parse
        ("Thailand deported a Chinese dissident sought for subversion to China last month.", "dissident", "sought"),
    ],
)
def test_reduced_relative_read_as_clause(coder, text, noun, participle):
    doc = parsed(coder, text, "en")
    verb = word(doc, noun).head
    assert word(doc, noun).dep_ == "dobj" and verb.dep_ == "ROOT"
    assert word(doc, participle).dep_ == "acl" and word(doc, participle).head.text == noun
    assert word(doc, "to").head.i == verb.i


def test_reduced_relative_codes_the_destination(coder):
    found = codes(code(coder, "Poland extradited a Belarusian activist wanted for embezzlement to Lithuania on Monday.", "en"))
    assert ("POL", "063", "LTU") in found


@pytest.mark.parametrize(
    "text,participle",
    [
        # decoys: a reporting verb's clause, no destination; the clause stays one
        ("The minister said the activist wanted for nothing.", "wanted"),
        ("Poland said a Belarusian activist wanted for embezzlement to stay.", "wanted"),
    ],
)
def test_clause_without_destination_stays(coder, text, participle):
    doc = parsed(coder, text, "en")
    assert word(doc, participle).dep_ == "ccomp" and word(doc, participle).head.text == "said"


@pytest.mark.parametrize(
    "text,compass,target",
    [
        # an adverb read as the object's head ("waters/compound west/ADV/dobj of Palawan")
        ("A Chinese survey ship entered Philippine territorial waters west of Palawan.", "west", ("CHN", "150", "PHL")),
        # a hyphenated point split in three ("waters/compound north - east/dobj of Tallinn")
        ("A Russian warship entered Estonian territorial waters north-east of Tallinn.", "east", ("RUS", "150", "EST")),
    ],
)
def test_compass_point_read_as_head(coder, text, compass, target):
    doc = parsed(coder, text, "en")
    assert word(doc, "waters").dep_ == "dobj" and word(doc, "waters").head.text == "entered"
    assert word(doc, compass).head.text == "waters"
    assert target in codes(code(coder, text, "en"))


def test_compass_point_that_is_the_place_stays(coder):
    # decoy: "the north of the country" is what is held; no noun before it to head it
    doc = parsed(coder, "The rebels control the north of the country.", "en")
    assert word(doc, "north").dep_ == "dobj" and word(doc, "north").head.text == "control"


def test_a_name_helped_to_act_is_the_one_helped(coder):
    # "to help Sudan/nsubj contain/ccomp": Sudan is helped, the infinitive says to do what
    doc = parsed(coder, "The bank lent 50 million dollars to help Somalia rebuild its ports.", "en")
    somalia, helped = word(doc, "Somalia"), word(doc, "help")
    assert somalia.dep_ == "dobj" and somalia.head.i == helped.i
    assert word(doc, "rebuild").dep_ == "xcomp" and word(doc, "rebuild").head.i == helped.i


def test_a_common_noun_helped_to_change_keeps_its_clause(coder):
    # decoy: "helped prices rise": the prices are no one helped
    doc = parsed(coder, "The drought helped food prices rise across the region.", "en")
    assert word(doc, "prices").dep_ != "dobj"


@pytest.mark.parametrize(
    "text,noun,participle,infinitive",
    [
        # the parser reads "convoy carrying food" as a clause of the verb ("convoy/nsubj carrying/ccomp")
        ("Sudan allowed a UNICEF convoy carrying vaccines and tents to enter Nyala on Sunday.", "convoy", "carrying", "enter"),
    ],
)
def test_participle_read_as_complement(coder, text, noun, participle, infinitive):
    doc = parsed(coder, text, "en")
    assert word(doc, noun).dep_ == "dobj" and word(doc, noun).head.text == "allowed"
    assert word(doc, participle).dep_ == "acl" and word(doc, participle).head.text == noun
    assert word(doc, infinitive).dep_ == "xcomp" and word(doc, infinitive).head.text == "allowed"


def test_convoy_let_in_with_its_load_is_coded(coder):
    # the convoy's owner is whom the aid is let in for
    found = codes(code(coder, "Sudan allowed a UNICEF convoy carrying vaccines and tents to enter Nyala on Sunday.", "en"))
    assert ("SDN", "0863", "UNICEF") in found, found


def test_opening_participle_read_as_subject(coder):
    # the parser reads the opening participle clause as the main verb's clausal subject, beside its nsubj
    text = 'Accusing the rebels of "war crimes" that had shocked the region, President Felix Tshisekedi of Congo suspended talks with Rwanda on Friday.'
    assert word(parsed(coder, text, "en"), "Accusing").dep_ == "advcl"
    assert any(s == "COD" and c.startswith("11") for s, c, _ in codes(code(coder, text, "en")))


def test_past_verb_read_inside_modal_clause(coder):
    # "threatened/conj>safe": coordinated with the modal clause's verb, which has another subject
    text = "The Houthi leader said on Monday that no ship bound for Israel would be safe in the Red Sea, and threatened Britain."
    doc = parsed(coder, text, "en")
    assert word(doc, "threatened").head.text == "said"
    assert any(c.startswith("13") and t == "GBR" and s != "GBR" for s, c, t in codes(code(coder, text, "en")))


def test_past_verb_inside_a_clause_of_fact_stays(coder):
    # decoy: no modal, the clause tells what was done, and the past verb may continue it
    doc = parsed(coder, "The mayor said that the army withdrew from the town, and rebuilt the bridge.", "en")
    assert word(doc, "rebuilt").head.text != "said"


def test_past_verb_read_inside_adverbial_clause(coder):
    # "asked/conj>ruined": the adverbial clause has its own subject (the dry spell); the request is the president's
    text = "Hichilema declared a disaster on Sunday as a La Niña dry spell ruined harvests, and asked donors for emergency relief."
    assert word(parsed(coder, text, "en"), "asked").head.text == "declared"
    assert any(s == "ZMB" and c.startswith("02") for s, c, _ in codes(code(coder, text, "en")))


def test_founded_for_read_as_relative(coder):
    # "mission to investigate/relcl": what the mission is set up to do is the founding verb's aim
    text = "The Arab League set up a new inquiry mission to investigate abuses by militias in Yemen."
    investigate = word(parsed(coder, text, "en"), "investigate")
    assert investigate.dep_ == "advcl" and investigate.head.text == "set"
    assert any(s == "ARAB-LEAGUE" and c.startswith("09") for s, c, _ in codes(code(coder, text, "en")))
