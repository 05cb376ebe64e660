"""Hostile text for the property tests (issue 10): random Unicode mixed with what readers treat specially."""

from __future__ import annotations

from hypothesis import strategies as st

FRENCH = "Les Alliés ont condamné l'invasion de l'Ukraine par la Russie. La France a salué la décision."
# Pieces that readers and the coder treat specially: line and paragraph breaks, controls, byte-order and
# zero-width marks, bidi overrides, combining accents, bullets, datelines real and impossible.
FRAGMENTS = [
    "\n", "\n\n", "\r\n", "\r", "\t", "\f", "\v", "\x00", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff",
    "\u200b", "\u202e", "\ud7ff", "\U0001f600", "e\u0301", "ﬁ", "İ", "ß", "•", "|", " - ", " — ", "»", "«",
    "BRUXELLES, 24 mars (AFP) - ", "WASHINGTON (Reuters) - ", "24 Mar. 2022 -", "Mis à jour le: 3 Feb. 2023 10:15",
    "31 février 2022", "29 February 2023", "2022-13-45", "0000-00-00", "le 1er mai 1899", "Monday, March 4, 2101",
    "Le ministre a rencontré son homologue", "le secrétaire général de l'OTAN", "Russian troops", "à Kiev", FRENCH,
]
any_character = st.characters(blacklist_categories=("Cs",))
hostile_text = st.lists(
    st.one_of(st.text(alphabet=any_character, max_size=30), st.sampled_from(FRAGMENTS)), max_size=25
).map("".join)

ENGLISH = "Russian troops attacked the Ukrainian city of Kharkiv on Thursday. The United States condemned the attack."
SENTENCES = [
    FRENCH,
    ENGLISH,
    "Le président russe a rencontré le secrétaire général de l'OTAN à Bruxelles le 24 mars 2022.",
    "The European Union imposed sanctions on Belarus after the arrest of Roman Protasevich.",
]


@st.composite
def noisy_news(draw) -> str:
    """A real news sentence with hostile pieces put anywhere in it, words and offsets shifted."""
    text = draw(st.sampled_from(SENTENCES))
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        at = draw(st.integers(min_value=0, max_value=len(text)))
        piece = draw(st.sampled_from(FRAGMENTS) | st.text(alphabet=any_character, max_size=5))
        text = text[:at] + piece + text[at:]
    return text
