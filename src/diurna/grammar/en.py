"""English: ClearNLP dependency labels as en_core_web_sm produces them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..knowledge.language_profile import LanguageProfile


# ClearNLP labels of clauses hung on a word, by the name the shared code uses.
CLAUSE_LINKS = {"conj": "conj", "xcomp": "xcomp", "advcl": "advcl", "ccomp": "ccomp", "relcl": "relcl", "acl": "acl"}


class EnglishGrammar:
    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile

    def repair(self, doc: Doc) -> None:
        """No misparse of the English model is mended in place yet."""

    def case_word(self, token: Token) -> Token | None:
        if token.dep_ in ("pobj",) and token.head.dep_ in ("prep", "agent"):
            return token.head
        return None

    def arguments(self, head: Token) -> list[tuple[str, Token]]:
        found: list[tuple[str, Token]] = []
        for child in head.children:
            dep = child.dep_
            if dep in ("nsubj",):
                found.append(("subj", child))
            elif dep == "nsubjpass":
                found.append(("obj", child))
            elif dep == "dobj":
                found.append(("obj", child))
            elif dep == "dative":
                if child.pos_ == "ADP":
                    found.extend((self.profile.slot_of_preposition(child.lower_), p) for p in child.children if p.dep_ == "pobj")
                else:
                    found.append(("iobj", child))
            elif dep == "agent":
                found.extend(("agent", p) for p in child.children if p.dep_ == "pobj")
            elif dep == "prep":
                slot = self.profile.slot_of_preposition(child.lower_)
                found.extend((slot, p) for p in child.children if p.dep_ == "pobj")
            elif dep == "poss":
                found.append(("poss", child))
            elif dep == "amod":
                found.append(("amod", child))
            elif dep in ("compound", "nmod"):
                found.append(("compound", child))
        return found

    def is_passive(self, verb: Token) -> bool:
        return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        )

    def is_negated(self, token: Token) -> bool:
        return any(c.dep_ == "neg" for c in token.children)

    def clause_link(self, token: Token) -> str | None:
        return CLAUSE_LINKS.get(token.dep_)

    def is_relative_pronoun(self, token: Token) -> bool:
        return token.tag_ in ("WDT", "WP", "WP$") or (token.lower_ == "that" and token.dep_ in ("nsubj", "nsubjpass"))

    def is_object_of(self, noun: Token) -> bool:
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX")

    def mood(self, verb: Token) -> str:
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxes & {"would", "could", "might"}:
            return "conditional"
        if auxes & {"will", "shall", "'ll"}:
            return "future"
        return "indicative"
