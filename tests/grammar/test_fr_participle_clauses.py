"""French: a closing participle clause in -ant hung on a word of the main clause's complements
(grammar/fr_participle_clauses.py). Sentences written for these tests; the repair is tested on
the misparse itself and through the coder, with decoys that must stay as they are."""

from __future__ import annotations

from spacy.tokens import Doc

from diurna.grammar.fr_participle_clauses import participle_clause_on_complement

from ..events.support import DAY, pairs


def _doc(coder, rows):
    words, pos, heads, deps, morphs = zip(*rows)
    return Doc(
        coder.pipelines.get("fr").vocab, words=list(words), pos=list(pos), heads=list(heads), deps=list(deps), morphs=list(morphs),
    )


PAST = "Tense=Past|VerbForm=Part"

# "Le Honduras a reconnu la Chine , rompant avec Taïwan .": "rompant" read as a past participle on "Chine".
RECOGNISED_ROWS = [
    ("Le", "DET", 1, "det", ""), ("Honduras", "PROPN", 3, "nsubj", ""), ("a", "AUX", 3, "aux:tense", "VerbForm=Fin"),
    ("reconnu", "VERB", 3, "ROOT", PAST), ("la", "DET", 5, "det", ""), ("Chine", "PROPN", 3, "obj", ""),
    (",", "PUNCT", 7, "punct", ""), ("rompant", "VERB", 5, "acl", PAST), ("avec", "ADP", 9, "case", ""),
    ("Taïwan", "PROPN", 7, "obl:arg", ""), (".", "PUNCT", 3, "punct", ""),
]

# Decoy: "L' ONU a dit que l' armée a bombardé Gaza , tuant dix civils .": the clause hangs on a
# verb with a subject of its own (the army kills), and stays there.
REPORTED_ROWS = [
    ("L'", "DET", 1, "det", ""), ("ONU", "PROPN", 3, "nsubj", ""), ("a", "AUX", 3, "aux:tense", "VerbForm=Fin"),
    ("dit", "VERB", 3, "ROOT", PAST), ("que", "SCONJ", 8, "mark", ""), ("l'", "DET", 6, "det", ""),
    ("armée", "NOUN", 8, "nsubj", ""), ("a", "AUX", 8, "aux:tense", "VerbForm=Fin"), ("bombardé", "VERB", 3, "ccomp", PAST),
    ("Gaza", "PROPN", 8, "obj", ""), (",", "PUNCT", 11, "punct", ""), ("tuant", "VERB", 8, "advcl", "Tense=Pres|VerbForm=Part"),
    ("dix", "NUM", 13, "nummod", ""), ("civils", "NOUN", 11, "obj", ""), (".", "PUNCT", 3, "punct", ""),
]


def test_a_closing_participle_on_the_object_goes_to_the_main_verb(coder):
    doc = _doc(coder, RECOGNISED_ROWS)
    participle_clause_on_complement(doc[7])
    assert doc[7].head.text == "reconnu" and doc[7].dep_ == "advcl"
    assert doc[7].morph.get("Tense") == ["Pres"]


def test_a_participle_on_a_verb_with_its_own_subject_stays(coder):
    doc = _doc(coder, REPORTED_ROWS)
    participle_clause_on_complement(doc[11])
    assert doc[11].head.text == "bombardé"


def test_a_participle_without_a_comma_stays(coder):
    # "la Chine rompant avec Taïwan" (no comma): a modifier of the noun, left alone.
    rows = [r for i, r in enumerate(RECOGNISED_ROWS) if i != 6]
    rows = [(w, p, h - (1 if h > 6 else 0), d, m) for (w, p, h, d, m) in rows]
    doc = _doc(coder, rows)
    participle_clause_on_complement(doc[6])
    assert doc[6].text == "rompant" and doc[6].head.text == "Chine"


def test_breaking_with_a_country_after_recognising_another_is_coded(coder):
    result = coder.code_text(
        "Le Nicaragua a renoué mardi avec la Chine, rompant ainsi avec Taïwan.", date=DAY, lang="fr",
    )
    assert ("NIC", "16", "TWN") in pairs(result.events)
