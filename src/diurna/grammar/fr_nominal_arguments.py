"""French: the complements of a noun of an act that the parser hangs on the words between them.

"L'arrestation mardi à Niamey du militant X par la police politique",
"l'interpellation lundi à Lomé d'un syndicaliste par des policiers": a noun of an act takes its
date, its place, its patient ("de …") and its agent ("par …") in a row, and the parser hangs each
on the word before it: the patient on the place name, the agent on the patient. Mended in place
(``FrenchGrammar.repair`` calls ``mend_nominal_arguments`` after ``mend_attachments``):

- a "de" complement hung on a bare place name ("à Lomé", no article) that is itself a
  complement of the noun before it goes to that noun: a town takes no "de" complement of a
  person ("à l'hôpital de Gaza", with its article, keeps its own);
- a "par" phrase with an article (or a name) hung on the "de" complement of a noun, where that
  complement has no "de" complement of its own and the noun no "par" phrase, goes to the noun:
  the patient of an act ("la journaliste", "des manifestations") takes no agent, the act does.
  A "par" phrase without an article ("par balles", "par jour") stays where it is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .fr_words import COMPLEMENT_DE, PLACE_CASES

AGENT_CASES = frozenset({"par"})
COMPLEMENT_LABELS = frozenset({"nmod", "obl", "obl:mod", "obl:arg"})


def _case(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("case", "mark") and c.pos_ == "ADP" and c.i < token.i), None)


def _has_case(token: Token, cases: frozenset[str]) -> bool:
    case = _case(token)
    return case is not None and case.lower_ in cases


def _bare_place(token: Token) -> bool:
    """A capitalised name with no article of its own under "à"/"en" ("à Lomé")."""
    return (
        token.pos_ in ("PROPN", "NOUN")
        and token.text[:1].isupper()
        and _has_case(token, PLACE_CASES)
        and not any(c.dep_ == "det" for c in token.children)
    )


def patient_read_on_place(token: Token) -> None:
    """"l'interpellation lundi à Lomé d'un syndicaliste": the "de" complement hung on the bare place
    name after a noun is that noun's."""
    place = token.head
    noun = place.head
    if (
        token.dep_ != "nmod"
        or not _has_case(token, COMPLEMENT_DE)
        or place.i >= token.i
        or not _bare_place(place)
        or place.dep_ != "nmod"
        or noun.pos_ != "NOUN"
        or noun.i >= place.i
    ):
        return
    token.head = noun


def agent_read_on_patient(token: Token) -> None:
    """"l'arrestation du militant X par la police politique": the "par"
    phrase hung on the "de" complement of a noun is the noun's agent."""
    patient = token.head
    noun = patient.head
    if (
        token.dep_ not in COMPLEMENT_LABELS
        or not _has_case(token, AGENT_CASES)
        or not (token.pos_ == "PROPN" or any(c.dep_ == "det" for c in token.children))
        or patient.pos_ not in ("NOUN", "PROPN")
        or patient.dep_ != "nmod"
        or not _has_case(patient, COMPLEMENT_DE)
        or noun.pos_ != "NOUN"
        or not noun.i < patient.i < token.i
        or any(c.dep_ == "nmod" and c.i < token.i and _has_case(c, COMPLEMENT_DE) for c in patient.children)
        or any(c.dep_ in COMPLEMENT_LABELS | {"obl:agent"} and _has_case(c, AGENT_CASES) for c in noun.children)
    ):
        return
    token.head = noun
    token.dep_ = "nmod"


def mend_nominal_arguments(doc: Doc) -> None:
    """The patient first (the agent then finds it on the noun), then the agent."""
    for token in doc:
        patient_read_on_place(token)
    for token in doc:
        agent_read_on_patient(token)
