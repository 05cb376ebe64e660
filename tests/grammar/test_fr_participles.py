"""French participles, tenses and opening phrases (grammar/fr_participles.py, fr_tenses.py, fr.py).
Sentences written for these tests, each with a decoy that must not be read so."""

from __future__ import annotations

from spacy.tokens import Doc

from .support import parsed, word
from diurna.grammar.fr_participles import (
    agent_read_on_noun_above,
    finite_verb_read_as_modifier,
    subject_read_into_opening_participle,
    subject_read_into_opening_phrase,
)
from diurna.grammar.fr_clauses import said_clause_read_as_subject


PARTICIPLE = "Tense=Past|VerbForm=Part"


FINITE = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _misparsed(coder, rows):
    """A doc as the parser reads it on longer sentences, from (word, lemma, pos, head, label,
    features) rows: the repairs are tested on the misparse itself."""
    words, lemmas, pos, heads, deps, morphs = zip(*rows)
    return Doc(
        coder.pipelines.get("fr").vocab, words=list(words), lemmas=list(lemmas), pos=list(pos),
        heads=list(heads), deps=list(deps), morphs=list(morphs),
    )


def _office_rows(auxiliary_features):
    # "Le Bureau pour les migrants a livré des tentes .": "livré" read on "migrants", the subject the root.
    return [
        ("Le", "le", "DET", 1, "det", ""), ("Bureau", "bureau", "NOUN", 1, "ROOT", ""),
        ("pour", "pour", "ADP", 4, "case", ""), ("les", "le", "DET", 4, "det", ""),
        ("migrants", "migrant", "NOUN", 1, "nmod", ""), ("a", "avoir", "AUX", 6, "aux:tense", auxiliary_features),
        ("livré", "livrer", "VERB", 4, "acl", PARTICIPLE), ("des", "un", "DET", 8, "det", ""),
        ("tentes", "tente", "NOUN", 6, "obj", ""), (".", ".", "PUNCT", 1, "punct", ""),
    ]


def _opening_rows():
    # "Confronté à une grève des dockers, le ministre belge a demandé lundi à l'Union de l'aider.":
    # the opening participle at the root, the subject a conjunct of "dockers", the verb below.
    return [
        ("Confronté", "confronter", "VERB", 0, "ROOT", PARTICIPLE), ("à", "à", "ADP", 3, "case", ""),
        ("une", "un", "DET", 3, "det", ""), ("grève", "grève", "NOUN", 0, "obl:arg", ""),
        ("des", "de", "ADP", 5, "case", ""), ("dockers", "docker", "NOUN", 3, "nmod", ""),
        (",", ",", "PUNCT", 8, "punct", ""), ("le", "le", "DET", 8, "det", ""),
        ("ministre", "ministre", "NOUN", 5, "conj", ""), ("belge", "belge", "ADJ", 8, "amod", ""),
        ("a", "avoir", "AUX", 11, "aux:tense", FINITE), ("demandé", "demander", "VERB", 0, "advcl", PARTICIPLE),
        ("lundi", "lundi", "NOUN", 11, "obl:mod", ""), ("à", "à", "ADP", 15, "case", ""),
        ("l'", "le", "DET", 15, "det", ""), ("Union", "Union", "PROPN", 11, "obl:arg", ""),
        ("de", "de", "ADP", 18, "mark", ""), ("l'", "le", "PRON", 18, "obj", ""),
        ("aider", "aider", "VERB", 11, "xcomp", "VerbForm=Inf"), (".", ".", "PUNCT", 0, "punct", ""),
    ]


def _said_rows(before_reporting_verb):
    # "La Suède a livré des chars, a indiqué le ministère.": the clause reported read as the
    # subject of the reporting verb at the root, the speaker as its object.
    return [
        ("La", "le", "DET", 1, "det", ""), ("Suède", "Suède", "PROPN", 3, "nsubj", ""),
        ("a", "avoir", "AUX", 3, "aux:tense", FINITE), ("livré", "livrer", "VERB", 9, "nsubj", PARTICIPLE),
        ("des", "un", "DET", 5, "det", ""), ("chars", "char", "NOUN", 3, "obj", ""),
        before_reporting_verb, ("a", "avoir", "AUX", 8, "aux:tense", FINITE),
        ("indiqué", "indiquer", "VERB", 8, "ROOT", PARTICIPLE), ("le", "le", "DET", 10, "det", ""),
        ("ministère", "ministère", "NOUN", 8, "obj", ""), (".", ".", "PUNCT", 8, "punct", ""),
    ]


def _letter_rows(label):
    # "Dans une lettre au roi, le président a exprimé sa solidarité .": the subject read as a
    # conjunct (or an apposition) of "roi", inside the opening phrase.
    return [
        ("Dans", "dans", "ADP", 2, "case", ""), ("une", "un", "DET", 2, "det", ""),
        ("lettre", "lettre", "NOUN", 10, "obl:mod", ""), ("au", "à", "ADP", 4, "case", ""),
        ("roi", "roi", "NOUN", 2, "nmod", ""), (",", ",", "PUNCT", 7, "punct", ""),
        ("le", "le", "DET", 7, "det", ""), ("président", "président", "NOUN", 4, label, ""),
        ("tunisien", "tunisien", "ADJ", 7, "amod", ""), ("a", "avoir", "AUX", 10, "aux:tense", FINITE),
        ("exprimé", "exprimer", "VERB", 10, "ROOT", PARTICIPLE), ("sa", "son", "DET", 12, "det", ""),
        ("solidarité", "solidarité", "NOUN", 10, "obj", ""), (".", ".", "PUNCT", 10, "punct", ""),
    ]


def test_conditional_tagged_imperfect_is_conditional(coder):
    # The tagger reads "renforcerait" as an imperfect here. After a present verb of saying the
    # conditional stays one; after a past one it is the reported future (fr_tenses).
    doc = parsed(coder, "Le ministre indique que la Pologne renforcerait sa frontière avec la Biélorussie.")
    assert coder.grammars["fr"].mood(word(doc, "renforcerait")) == "conditional"
    doc = parsed(coder, "Le ministre a indiqué que la Pologne renforcerait sa frontière avec la Biélorussie.")
    assert coder.grammars["fr"].mood(word(doc, "renforcerait")) == "future"


def test_imperfect_stays_indicative(coder):
    # Decoy: "renforçait" is no infinitive with an ending.
    doc = parsed(coder, "La Pologne renforçait sa frontière avec la Biélorussie.")
    assert coder.grammars["fr"].mood(word(doc, "renforçait")) == "indicative"


def test_agent_hung_on_the_noun_above_goes_to_the_participle(coder):
    # "… la libération du militant détenu la veille par la police": "police" read on "libération".
    doc = _misparsed(coder, [
        ("Oslo", "Oslo", "PROPN", 2, "nsubj", ""), ("a", "avoir", "AUX", 2, "aux:tense", FINITE),
        ("exigé", "exiger", "VERB", 2, "ROOT", PARTICIPLE), ("la", "le", "DET", 4, "det", ""),
        ("libération", "libération", "NOUN", 2, "obj", ""), ("du", "de", "ADP", 6, "case", ""),
        ("militant", "militant", "NOUN", 4, "nmod", ""), ("détenu", "détenir", "VERB", 6, "acl", PARTICIPLE),
        ("la", "le", "DET", 9, "det", ""), ("veille", "veille", "NOUN", 7, "obl:mod", ""),
        ("par", "par", "ADP", 12, "case", ""), ("la", "le", "DET", 12, "det", ""),
        ("police", "police", "NOUN", 4, "nmod", ""), (".", ".", "PUNCT", 2, "punct", ""),
    ])
    agent_read_on_noun_above(doc[12])
    assert doc[12].head.i == 7 and doc[12].dep_ == "obl:agent"


def test_agent_with_other_words_between_stays(coder):
    # Decoy: a word that is not the participle's stands between ("… détenu, et par la police").
    doc = _misparsed(coder, [
        ("la", "le", "DET", 1, "det", ""), ("libération", "libération", "NOUN", 1, "ROOT", ""),
        ("du", "de", "ADP", 3, "case", ""), ("militant", "militant", "NOUN", 1, "nmod", ""),
        ("détenu", "détenir", "VERB", 3, "acl", PARTICIPLE), ("et", "et", "CCONJ", 1, "cc", ""),
        ("par", "par", "ADP", 7, "case", ""), ("police", "police", "NOUN", 1, "nmod", ""),
    ])
    agent_read_on_noun_above(doc[7])
    assert doc[7].head.i == 1


def test_agent_after_a_demonym_stays_on_the_act(coder):
    # Decoy: "nord-coréens" is tagged a participle, but is no verb: the agent is the capture's.
    doc = parsed(coder, "La capture de soldats nord-coréens par l'Ukraine a été confirmée.")
    assert word(doc, "Ukraine").head.text == "capture"


def test_main_verb_read_as_modifier_of_its_subject_is_the_root(coder):
    doc = _misparsed(coder, _office_rows(FINITE))
    finite_verb_read_as_modifier(doc[6])
    assert doc[6].dep_ == "ROOT" and doc[1].head.i == 6 and doc[1].dep_ == "nsubj" and doc[9].head.i == 6


def test_participle_without_a_finite_auxiliary_stays_a_modifier(coder):
    # Decoy: "les migrants livrés …" has no auxiliary of its own.
    rows = _office_rows(FINITE)
    rows[5] = ("ayant", "avoir", "AUX", 6, "aux:tense", "Tense=Pres|VerbForm=Part")
    doc = _misparsed(coder, rows)
    finite_verb_read_as_modifier(doc[6])
    assert doc[6].dep_ == "acl" and doc[1].dep_ == "ROOT"


def test_opening_participle_with_the_subject_read_into_it(coder):
    doc = _misparsed(coder, _opening_rows())
    subject_read_into_opening_participle(doc[0])
    assert doc[11].dep_ == "ROOT" and doc[8].head.i == 11 and doc[8].dep_ == "nsubj"
    assert doc[0].head.i == 11 and doc[0].dep_ == "advcl" and doc[19].head.i == 11


def test_opening_participle_whose_verb_has_a_subject_is_left(coder):
    # Decoy: the verb after the comma has its own subject (the pass that hoists it handles that).
    rows = _opening_rows()
    rows[8] = ("ministre", "ministre", "NOUN", 11, "nsubj", "")
    doc = _misparsed(coder, rows)
    subject_read_into_opening_participle(doc[0])
    assert doc[0].dep_ == "ROOT"


def test_opening_participle_with_an_agent_hangs_on_the_subject(coder):
    doc = parsed(coder, "Interpellé mardi par la police russe, le journaliste américain a été placé en détention.")
    participle = word(doc, "Interpellé")
    assert participle.pos_ == "VERB" and participle.dep_ == "acl" and participle.head.text == "journaliste"


def test_opening_noun_with_a_complement_stays_a_noun(coder):
    # Decoy: a noun in -é opening the sentence with "de" after it is no participle.
    doc = parsed(coder, "Député de Paris depuis 2017, le ministre a rencontré mardi son homologue allemand.")
    assert word(doc, "Député").pos_ != "VERB"


def test_time_noun_with_an_article_is_no_object(coder):
    doc = parsed(coder, "Le ministre israélien doit se rendre la semaine prochaine à Washington.")
    assert word(doc, "semaine").dep_ != "obj"


def test_scheduled_act_is_a_future(coder):
    doc = parsed(coder, "Le président turc doit se rendre jeudi à Moscou, a annoncé Ankara.")
    verb = word(doc, "rendre")
    assert coder.grammars["fr"].mood(verb) == "future" and word(doc, "doit").head.i == verb.i


def test_obligation_without_a_date_is_left_alone(coder):
    # Decoys: no date, or a deadline ("d'ici vendredi"): what someone demands.
    for text in ("L'Iran doit libérer les otages français, a affirmé Paris.", "L'Iran doit libérer les otages d'ici vendredi, a affirmé Paris."):
        doc = parsed(coder, text)
        assert word(doc, "libérer").dep_ == "xcomp", text


def test_counted_object_after_an_adjunct_is_the_object(coder):
    doc = parsed(coder, "Ottawa a inscrit jeudi sur sa liste noire cinq entreprises russes.")
    assert word(doc, "entreprises").dep_ == "obj" and word(doc, "entreprises").head.text == "inscrit"


def test_said_clause_read_as_subject_is_the_complement(coder):
    rows = _said_rows((",", ",", "PUNCT", 8, "punct", ""))
    rows[3] = ("livré", "livrer", "VERB", 8, "nsubj", PARTICIPLE)
    doc = _misparsed(coder, rows)
    said_clause_read_as_subject(coder.profiles["fr"].reporting_verbs, doc[8])
    assert doc[3].dep_ == "ccomp" and doc[10].dep_ == "nsubj"


def test_said_clause_without_a_comma_is_left(coder):
    # Decoy: no comma before the reporting verb: no inversion.
    rows = _said_rows(("bien", "bien", "ADV", 8, "advmod", ""))
    rows[3] = ("livré", "livrer", "VERB", 8, "nsubj", PARTICIPLE)
    doc = _misparsed(coder, rows)
    said_clause_read_as_subject(frozenset({"indiquer"}), doc[8])
    assert doc[3].dep_ == "nsubj"


def test_subject_read_into_an_opening_phrase(coder):
    doc = _misparsed(coder, _letter_rows("conj"))
    subject_read_into_opening_phrase(doc[10])
    assert doc[7].head.i == 10 and doc[7].dep_ == "nsubj" and doc[5].head.i == 10


def test_apposition_in_an_opening_phrase_is_left(coder):
    # Decoy: read as an apposition, the two names were taken for one actor already.
    doc = _misparsed(coder, _letter_rows("appos"))
    subject_read_into_opening_phrase(doc[10])
    assert doc[7].head.i == 4


def test_object_after_a_quoted_adjunct_is_the_object(coder):
    doc = parsed(coder, "Madrid a dénoncé vendredi « avec la plus grande vigueur » l'incursion menée la nuit précédente par des drones russes dans l'espace aérien polonais.")
    assert word(doc, "incursion").dep_ == "obj" and word(doc, "incursion").head.text == "dénoncé"


def test_time_after_a_quoted_adjunct_is_no_object(coder):
    # Decoy: a time noun after the quotation says when.
    doc = parsed(coder, "Le ministre a parlé « avec franchise » la semaine dernière.")
    assert word(doc, "semaine").dep_ != "obj"
