"""The codes of acts asked for, rejected or threatened (knowledge/data/cameo_request.tsv, read by
Ontology.asked_code): the longest of an act's code, three-digit code and root with a cell decides."""

from __future__ import annotations

import pytest

from diurna.knowledge.ontology import Ontology


@pytest.fixture(scope="module")
def ontology():
    return Ontology.load()


@pytest.mark.parametrize(
    ("act", "root", "expected"),
    [
        ("046", "02", "026"),  # negotiating asked for: an appeal to meet or negotiate
        ("0874", "02", "0256"),  # a retreat asked for: an appeal to de-escalate
        ("0871", "02", "0256"),  # no appeal cell for a ceasefire: its three-digit code's
        ("0841", "10", "1053"),  # a release demanded
        ("040", "12", "125"),  # a meeting rejected
        ("0871", "12", "127"),  # a ceasefire rejected: a plan to settle
        ("163", "13", "1312"),  # sanctions threatened
        ("190", "13", "138"),  # force threatened
        ("074", "02", "020"),  # protection asked of a side: the bare appeal
    ],
)
def test_the_code_of_an_act_asked_for_rejected_or_threatened(ontology, act, root, expected):
    assert ontology.asked_code(act, root) == expected


def test_acts_with_no_row_have_no_such_code(ontology):
    assert ontology.asked_code("111", "02") is None
    assert ontology.asked_code("051", "10") is None  # no row for diplomatic cooperation
    assert ontology.asked_code("040", "13") is None  # no threat of a meeting


def test_every_code_in_the_table_is_a_cameo_code(ontology):
    assert all(code in ontology.cameo for code in ontology.asked_codes.values())
