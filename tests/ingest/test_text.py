"""Page furniture, headlines, captions and datelines in plain text."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diurna.ingest.text import layout
from diurna.records import SegmentKind

PAGE = (
    "Le ministre a rencontré son homologue\n\n"
    "  • 3 Feb. 2023 -\n  • |\n  • Mis à jour le: 3 Feb. 2023 10:15\n\n"
    "Ce vendredi, le ministre des Affaires étrangères a reçu son homologue à Paris.\n\n"
    "The two ministers in Paris\n\n"
    "Les deux hommes ont signé un accord de coopération."
)


def kinds(text):
    found = layout(text)
    return [(s.kind, text[s.start : s.end]) for s in found.segments], found


def test_headline_datelines_and_caption_are_metadata():
    segments, found = kinds(PAGE)
    assert found.title == "Le ministre a rencontré son homologue"
    assert found.published == dt.date(2023, 2, 3)
    body = [text for kind, text in segments if kind is SegmentKind.BODY]
    assert body == [
        "Ce vendredi, le ministre des Affaires étrangères a reçu son homologue à Paris.",
        "Les deux hommes ont signé un accord de coopération.",
    ]
    assert (SegmentKind.CAPTION, "The two ministers in Paris") in segments
    assert (SegmentKind.DATELINE, "• Mis à jour le: 3 Feb. 2023 10:15") in segments


def test_agency_dateline_prefix():
    text = "BRUXELLES, 24 mars 2022 (AFP) - Les Alliés ont condamné l'invasion.\n\nSuite du texte."
    segments, found = kinds(text)
    assert found.published == dt.date(2022, 3, 24)
    assert found.dateline_place == "BRUXELLES"
    assert segments[0][0] is SegmentKind.DATELINE
    assert segments[1] == (SegmentKind.BODY, "Les Alliés ont condamné l'invasion.")


def test_reuters_dateline_without_date():
    segments, found = kinds("WASHINGTON (Reuters) - The United States condemned the attack.")
    assert found.dateline_place == "WASHINGTON"
    assert segments[-1] == (SegmentKind.BODY, "The United States condemned the attack.")


@pytest.mark.parametrize(
    "text,place",
    [
        ("Dakar, 12 avril 2024 – Des heurts ont éclaté.\n\nSuite du texte.", "Dakar"),
        ("Port Moresby, 3 March 2024 - Riots broke out.\n\nMore text.", "Port Moresby"),
        ("Le Caire, 2 mai 2023 – Les négociations ont repris.\n\nSuite.", "Le Caire"),
    ],
)
def test_a_place_in_ordinary_case_then_a_date_is_the_dateline_place(text, place):
    segments, found = kinds(text)
    assert found.dateline_place == place
    assert segments[0][0] is SegmentKind.DATELINE


def test_a_weekday_before_a_date_is_no_dateline_place():
    # Decoy: "Lundi, 19 février –" opens with a day, not a place.
    _, found = kinds("Lundi, 19 février – les négociations ont repris.\n\nSuite.")
    assert found.dateline_place is None


def test_a_single_paragraph_is_body_not_title():
    segments, found = kinds("La Russie a envahi l'Ukraine")
    assert found.title is None
    assert segments == [(SegmentKind.BODY, "La Russie a envahi l'Ukraine")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_segments_are_ordered_slices_of_the_text(text):
    found = layout(text)
    previous_end = 0
    for segment in found.segments:
        assert 0 <= segment.start <= segment.end <= len(text)
        assert segment.start >= previous_end
        assert text[segment.start : segment.end].strip() == text[segment.start : segment.end]
        previous_end = segment.end
