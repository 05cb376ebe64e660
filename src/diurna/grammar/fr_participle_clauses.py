"""French: a participle clause in -ant closing the sentence, hung by the parser on a word inside
the main clause's complements.

"Le Nicaragua a reconnu Pékin, rompant avec Taipei" ("rompant" read as a past participle
modifying "Pékin"), "Kigali a démenti tout rôle dans les combats qui ont frappé Goma, accusant
Kinshasa de …" (hung on the relative clause's verb), "L'ONG a exigé que X soit relâché,
dénonçant une détention arbitraire" (hung on the passive verb of the object clause): a present
participle set apart by a comma after the main verb says what the main clause's subject does
while doing it. It becomes an adverbial clause of the sentence's verb (whose subject is its own)
and a present participle. Left alone when the word it hangs on is a verb with a subject of its
own ("a affirmé que l'armée avait bombardé le village, tuant dix civils": the army kills) or
when it has a subject of its own. ``FrenchGrammar.repair`` calls it after the clause and
attachment repairs, which settle the sentence's root.
"""

from __future__ import annotations

from spacy.tokens import Token

from . import has_feature
from .fr_words import NEGATION_CLITICS, NOT_PARTICIPLES

SUBJECT_LABELS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})


def _after_comma(token: Token) -> bool:
    doc = token.doc
    before = token.i - 1
    if before >= 0 and doc[before].lower_ in NEGATION_CLITICS:
        before -= 1
    return before >= 0 and doc[before].text == ","


def _has_agent_subject(verb: Token) -> bool:
    """A subject that names the doer: an active subject other than a relative pronoun."""
    return any(c.dep_ in ("nsubj", "expl:subj") and not has_feature(c, "PronType", "Rel") for c in verb.children)


def participle_clause_on_complement(token: Token) -> None:
    """The participle clause after a comma goes to the sentence's verb (see the module's doc)."""
    form = token.lower_
    if (
        token.pos_ != "VERB"
        or not token.text.islower()
        or not form.endswith("ant")
        or form in NOT_PARTICIPLES
        or not has_feature(token, "VerbForm", "Part")
        or not _after_comma(token)
        or any(c.dep_ in SUBJECT_LABELS or (c.dep_ in ("case", "mark") and c.lower_ == "en") for c in token.children)
    ):
        return
    root = token.sent.root
    head = token.head
    if root.pos_ != "VERB" or root.i >= token.i or head.i == root.i or head.i == token.i or not _has_agent_subject(root):
        return
    if head.pos_ in ("VERB", "AUX") and _has_agent_subject(head):
        return
    if not root.is_ancestor(token):
        return
    token.head = root
    token.dep_ = "advcl"
    token.set_morph("Tense=Pres|VerbForm=Part")
