"""Police questioning a person (091), decrees repealed (0832), border posts, zones and railways two
states open together (061), people seized (181), relief distributed (073), water cannon used on a
crowd (175) and energy sold abroad (061): rows of events/patterns/en.toml (session 27) and
"distribute" among the light verbs of knowledge/data/lang/en.toml. Sentences written here, each
beside a decoy."""

from __future__ import annotations

import pytest

from .support import code, side_codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Kenyan police questioned the governor of Nairobi for six hours on Monday.", ("KEN", "091", "KEN")),
        ("Peru's government repealed the decree on protests after a week of marches.", ("PER", "0832", "PER")),
        ("Chile and Argentina opened a new border post in the Andes on Friday.", ("CHL", "061", "ARG")),
        ("Bandits seized 80 schoolchildren in Kaduna state, Nigeria, on Thursday.", ("NGA", "181", "NGA")),
        ("The World Food Programme distributed rations to 50,000 flood-hit families in Pakistan's Sindh province.", ("WFP", "073", "PAK")),
        ("Thai police used water cannon to disperse protesters in Bangkok.", ("THA", "175", "THA")),
        ("Azerbaijan began pumping natural gas to Italy on Tuesday.", ("AZE", "061", "ITA")),
    ],
)
def test_the_wording_codes_its_act(coder, text, wanted):
    assert wanted in side_codes(code(coder, text, "en"))


@pytest.mark.parametrize(
    "text,unwanted",
    [
        # what is questioned is no actor, only doubted
        ("Kenyan economists questioned the government's growth figures.", "091"),
        # issuing a decree gives way to no one
        ("Peru's government issued a decree on protests on Monday.", "0832"),
        # one state opening a railway does nothing to another
        ("Egypt opened a new railway on Friday.", "061"),
        # a place seized is taken, not abducted
        ("Rebels seized the town of Goma on Sunday.", "181"),
        # "distribute" carries only event nouns: leaflets are no aid
        ("Rebels distributed leaflets in Goma on Friday.", "073"),
        # no one is aimed at, no force of the state
        ("The fire brigade used water cannon to put out the fire.", "175"),
        # "supply" alone is aid: only energy makes it trade
        ("Egypt supplied food to Sudan on Tuesday.", "061"),
    ],
)
def test_the_decoy_codes_nothing_of_the_kind(coder, text, unwanted):
    assert not any(c == unwanted for _, c, _ in side_codes(code(coder, text, "en")))
