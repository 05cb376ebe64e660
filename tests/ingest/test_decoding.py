"""Bytes to text: encodings, binary and size checks."""

from __future__ import annotations

from diurna.ingest.decoding import decode

FRENCH = "Les Alliés ont condamné l'invasion perpétrée par la Russie « sans précédent » — œuvre."


def test_utf8_with_bom():
    text, problem = decode(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), 10_000)
    assert problem is None and text == FRENCH


def test_windows_1252_is_decoded_not_rejected():
    text, problem = decode(FRENCH.encode("cp1252"), 10_000)
    assert problem is None and text == FRENCH


def test_latin_1_is_decoded():
    plain = "Les Alliés ont condamné l'invasion perpétrée par la Russie."
    text, problem = decode(plain.encode("latin-1"), 10_000)
    assert problem is None and text == plain


def test_binary_empty_and_huge_are_refused_with_reasons():
    assert decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 10_000) == (None, "binary content")
    assert decode(b"   \n\n ", 10_000) == (None, "empty")
    text, problem = decode(b"a" * 101, 100)
    assert text is None and problem.startswith("too large")
