"""French: the subject before a past participle set off by commas ("La CEDEAO, réunie jeudi en
sommet à Accra, a imposé …"), read by fr_core_news_md as the participle's subject, the participle an
adverbial clause of the main verb (grammar/fr_participles.py: subject_read_into_participle_aside).
Sentences written here, parsed and repaired by the real pipeline."""

from __future__ import annotations

from ..events.support import code, pairs
from .support import parsed, word


def test_subject_before_the_aside_is_the_main_verbs(coder):
    doc = parsed(coder, "La CEDEAO, réunie jeudi en sommet à Accra, a imposé des sanctions au Mali.")
    assert word(doc, "CEDEAO").dep_ == "nsubj" and word(doc, "CEDEAO").head.text == "imposé"
    assert word(doc, "réunie").dep_ == "acl" and word(doc, "réunie").head.text == "CEDEAO"


def test_the_bloc_in_summit_imposes_the_sanctions(coder):
    assert ("ECOWAS", "16", "MLI") in pairs(code(coder, "La CEDEAO, réunie jeudi en sommet à Accra, a imposé des sanctions au Mali.", "fr"))


def test_an_opening_participle_stays(coder):
    # No subject before the participle: "Réunis …, les ministres" is another construction.
    doc = parsed(coder, "Réunis jeudi à Accra, les ministres ont adopté une déclaration.")
    assert word(doc, "ministres").dep_ == "nsubj" and word(doc, "ministres").head.text == "adopté"
