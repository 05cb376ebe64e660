"""Language of articles and of their paragraphs."""

from __future__ import annotations

from diurna.ingest import article_from_text
from diurna.records import ParsedArticle, Rejection

FRENCH = (
    "Le ministre des Affaires étrangères a reçu son homologue pour un long entretien consacré à la sécurité régionale.\n\n"
    "The two ministers then held a joint press conference in the garden of the ministry with journalists.\n\n"
    "Les deux pays ont signé un accord de coopération dans le domaine de la défense et de la cybersécurité."
)


def test_an_english_paragraph_in_a_french_article_is_parsed_as_english(coder):
    parsed = coder.parse_many([article_from_text(FRENCH, "mixed")])[0]
    assert isinstance(parsed, ParsedArticle) and parsed.lang == "fr"
    assert [p.lang for p in parsed.paragraphs] == ["fr", "en", "fr"]
    assert parsed.paragraphs[1].doc.lang_ == "en"


def test_unsupported_language_is_rejected(coder):
    german = article_from_text("Die Bundesregierung hat am Donnerstag neue Sanktionen gegen Russland beschlossen.", "de")
    result = coder.parse_many([german])[0]
    assert isinstance(result, Rejection) and result.reason == "unsupported language: de"


def test_declared_language_wins(coder):
    parsed = coder.parse_many([article_from_text("NATO met.", "short", lang="en")])[0]
    assert parsed.lang == "en"


def test_an_unseen_organisation_acronym_is_read_as_a_name(coder):
    # en_core_web_sm alone makes "SADC" (like "ECOWAS", whose last letters spell "was") a verb or
    # an adjective; read with NATO's word features it is the subject of the sentence's verb.
    nlp = coder.pipelines.get("en")
    for text in ("SADC leaders met in Maputo on Monday.", "ECOWAS imposed sanctions on the junta."):
        doc = nlp(text)
        acronym = doc[0]
        assert acronym.pos_ in ("PROPN", "NOUN"), text
        assert acronym.dep_ in ("nsubj", "compound"), text


def test_an_acronym_that_spells_a_common_word_keeps_its_own_reading(coder):
    nlp = coder.pipelines.get("en")
    assert nlp.vocab["WHO"].norm_ != nlp.vocab["NATO"].norm_
    assert nlp.vocab["UNMISS"].norm_ == nlp.vocab["NATO"].norm_


def test_a_paragraph_mostly_of_names_keeps_the_articles_language(coder):
    # Fourteen words, ten of them names, which the detector reads as Italian: names carry no
    # language, and the four other words are too few to switch the paragraph to another.
    text = "Mayor Gaetano Manfredi of Napoli welcomed Cardinal Matteo Zuppi at the Palazzo San Giacomo."
    parsed = coder.parse_many([article_from_text(text, "names", lang="en")])[0]
    assert isinstance(parsed, ParsedArticle), parsed
    assert [p.lang for p in parsed.paragraphs] == ["en"]
