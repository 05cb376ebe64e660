"""French: Universal Dependencies as fr_core_news_md produces them."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.language_profile import LanguageProfile

# Prepositions the parser reads as adverbs with the noun below them ("auprès de", "près de").
ADVERBIAL_PREPOSITIONS = {"auprès", "près", "autour", "loin", "lors", "face"}
NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB", "X"}
NOMINAL_LINKS = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "nmod:poss"}
NEGATION_WORDS = {"pas", "jamais", "aucun", "aucune", "nullement", "guère", "plus"}


class FrenchGrammar:
    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile

    def case_word(self, token: Token) -> Token | None:
        for child in token.children:
            if child.dep_ in ("case", "mark") and child.i < token.i and child.pos_ == "ADP":
                return child
        return None

    def _slot_of_case(self, token: Token) -> str | None:
        case = self.case_word(token)
        if case is None:
            return None
        words = [case.text.lower()]
        # Multiword prepositions: "près de", "grâce à" ("grâce" is tagged NOUN with a fixed child).
        fixed = [c.text.lower() for c in case.children if c.dep_ == "fixed"]
        if fixed:
            words += fixed
        return self.profile.slot_of_preposition(" ".join(words))

    def arguments(self, head: Token) -> list[tuple[str, Token]]:
        found: list[tuple[str, Token]] = []
        passive = head.pos_ in ("VERB", "AUX") and self.is_passive(head)
        for child in head.children:
            dep = child.dep_
            if dep == "advmod" and child.lower_ in ADVERBIAL_PREPOSITIONS:
                # "s'excuser auprès de la Corée": the parser makes "auprès" an adverb and hangs the
                # actor under it.
                found += [(f"{child.lower_} de", f) for f in child.children if f.pos_ in ("PROPN", "NOUN", "PRON")]
                continue
            if dep == "nsubj":
                found.append(("obj" if passive else "subj", child))
            elif dep == "nsubj:pass":
                found.append(("obj", child))
            elif dep == "obj" or (dep == "xcomp" and child.pos_ in ("PROPN", "NOUN")):
                # The parser often labels a bare name object "xcomp" ("appeler Pékin à …").
                found.append(("obj", child))
            elif dep == "iobj":
                found.append(("iobj", child))
            elif child.pos_ not in NOMINAL_POS:
                continue  # "par ailleurs", "en effet": adverbial phrases, not arguments
            elif dep == "obl:agent":
                found.append(("agent", child))
            elif dep == "amod" or (dep == "acl" and child.pos_ == "ADJ"):
                found.append(("amod", child))
            elif dep in NOMINAL_LINKS or dep == "appos":
                slot = self._slot_of_case(child)
                if slot:
                    found.append((slot, child))
                elif dep == "nmod" and child.pos_ in ("PROPN", "NOUN"):
                    # "le sommet G7", "réunion OTAN-Russie": a bare noun modifier.
                    found.append(("compound", child))
        return found

    def is_passive(self, verb: Token) -> bool:
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            return True
        past_participle = verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Past"]
        if not past_participle:
            return False
        if verb.dep_ == "acl":
            return True
        # "est attendu", which the parser often labels a compound tense: être + participle is a
        # passive unless the verb takes être in its compound tenses ("est arrivé") or is pronominal.
        with_etre = any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children)
        pronominal = any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children)
        return with_etre and not pronominal and verb.lemma_ not in self.profile.unaccusative_verbs

    def is_negated(self, token: Token) -> bool:
        return any(
            c.dep_ == "advmod" and (c.lower_ in NEGATION_WORDS or c.morph.get("Polarity") == ["Neg"]) for c in token.children
        ) or any(c.lower_ in ("ne", "n'", "n’") and c.dep_ == "advmod" for c in token.children)

    def clause_link(self, token: Token) -> str | None:
        dep = token.dep_
        if dep == "conj":
            return "conj"
        if dep == "xcomp":
            return "xcomp"
        if dep.startswith("advcl"):
            return "advcl"
        if dep.startswith("ccomp"):
            return "ccomp"
        if dep == "acl:relcl":
            return "relcl"
        if dep.startswith("acl") or (dep == "amod" and token.pos_ == "VERB"):
            return "acl"
        return None

    def is_relative_pronoun(self, token: Token) -> bool:
        return token.pos_ == "PRON" and token.morph.get("PronType") == ["Rel"]

    def is_object_of(self, noun: Token) -> bool:
        return noun.dep_ in ("obj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX")

    def mood(self, verb: Token) -> str:
        moods = verb.morph.get("Mood")
        tenses = verb.morph.get("Tense")
        if "Cnd" in moods:
            return "conditional"
        if "Fut" in tenses:
            return "future"
        if "Imp" in moods:
            return "imperative"
        return "indicative"
