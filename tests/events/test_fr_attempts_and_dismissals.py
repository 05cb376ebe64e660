"""French acts told through a verb of trying or of calling a thing so (patterns/fr.toml, family
"frmiss"): trying to assassinate someone is an attempted assassination (185); calling accusations
lies or inventions denies them (016), the accuser as target. On sentences written here."""

from __future__ import annotations

import pytest

from .support import code, side_codes


@pytest.mark.parametrize(
    "text,wanted",
    [
        ("Des rebelles touareg ont tenté mardi d'assassiner le gouverneur malien de Kidal.", ("MLI", "185", "MLI")),
        ("Des militaires guinéens ont essayé d'assassiner le président guinéen.", ("GIN", "185", "GIN")),
        ("Le Venezuela a qualifié de « pure fabrication » les accusations du Guyana.", ("VEN", "016", "GUY")),
        ("Moscou a qualifié jeudi de mensonges les allégations de l'Ukraine.", ("RUS", "016", "UKR")),
    ],
)
def test_attempts_and_dismissals_are_coded(coder, text, wanted):
    assert wanted in side_codes(code(coder, text, "fr"))


@pytest.mark.parametrize(
    "text,code_",
    [
        # Trying something else is no attempted assassination.
        ("Des militaires guinéens ont tenté mardi de renverser le président guinéen.", "185"),
        # Calling a decision (no accusation) something is no denial.
        ("Le Brésil a qualifié de courageuse la décision de l'Argentine.", "016"),
    ],
)
def test_other_attempts_and_qualifications_are_not(coder, text, code_):
    assert not any(c == code_ for _, c, _ in side_codes(code(coder, text, "fr")))
