"""French: Universal Dependencies as fr_core_news_md produces them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..knowledge.language_profile import LanguageProfile

# Prepositions the parser reads as adverbs with the noun below them ("auprès de", "près de").
ADVERBIAL_PREPOSITIONS = {"auprès", "près", "autour", "loin", "lors", "face"}
NOMINAL_POS = {"NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB", "X"}
NOMINAL_LINKS = {"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "nmod:poss"}
NEGATION_WORDS = {"pas", "jamais", "aucun", "aucune", "nullement", "guère", "plus"}
# Nouns of time that stand between a verb and its object ("a émis vendredi un mandat"), besides
# the weekdays and relative days of the language profile.
TIME_NOUNS = {"matin", "soir", "après-midi", "nuit", "veille", "lendemain", "jour", "semaine", "mois"}
# Nouns of "en faveur de": the noun after them is who benefits, as after "à".
BENEFICIARY_NOUNS = {"faveur"}
# Contracted articles that the parser reads as the preposition "de" after a time noun or a verb
# ("a imposé mardi des droits de douane", "a utilisé du chlore").
PARTITIVES = {"des", "du"}
# Verbs whose complement really is introduced by "de": "parler des sanctions" is no object.
DE_COMPLEMENT_VERBS = {
    "parler", "discuter", "débattre", "traiter", "dépendre", "bénéficier", "profiter", "sortir", "venir",
    "partir", "revenir", "provenir", "agir", "manquer", "douter", "disposer", "jouir", "user", "hériter",
    "changer", "témoigner", "rire", "souffrir", "mourir", "décéder", "tenir", "relever", "résulter",
    "rentrer", "repartir", "naître", "vivre", "dater",
}


class FrenchGrammar:
    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile

    def repair(self, doc: Doc) -> None:
        """Mend three misparses, in place (actors and places have read the parse by then).

        A time noun right after the verb takes the verb's object ("a émis vendredi un mandat":
        "mandat" hangs on "vendredi"), or is itself read as the object ("a proposé mardi de …");
        and a partitive "des"/"du" is read as the preposition "de" ("a imposé mardi des droits de
        douane", "a utilisé du chlore"). The object goes back to the verb, as its object. And a
        plural demonym read as a participle ("des avoirs russes": "russer") becomes the adjective
        of the noun before it.
        """
        time_words = set(self.profile.weekdays) | set(self.profile.relative_days) | TIME_NOUNS
        for token in doc:
            verb = token.head
            if token.pos_ != "NOUN" or token.lower_ not in time_words or verb.pos_ != "VERB":
                continue
            if token.dep_ in ("obj", "xcomp"):
                token.dep_ = "obl:mod"
            for child in list(token.children):
                if child.dep_ == "obj" or (child.dep_ == "nmod" and self._partitive(child)):
                    child.head = verb
                    child.dep_ = "obl:arg" if child.dep_ == "nmod" else "obj"
        for token in doc:
            verb = token.head
            if (
                token.dep_ in ("obl:arg", "obl:mod", "obl")
                and verb.pos_ == "VERB"
                and self._partitive(token)
                and verb.lemma_ not in DE_COMPLEMENT_VERBS
                and not self.is_passive(verb)
                and not any(c.dep_ in ("obj", "expl:comp", "expl:pv", "expl") for c in verb.children)
                and all(doc[i].dep_ in ("obl:mod", "advmod", "nmod", "punct") or doc[i].head.i != verb.i for i in range(verb.i + 1, token.i))
            ):
                case = next(c for c in token.children if c.dep_ == "case")
                case.dep_ = "det"
                token.dep_ = "obj"
        for token in doc:
            # "des avoirs russes", "de femmes ukrainiennes": a plural adjective read as the past
            # participle of a verb that does not exist ("russer"). A real participle of an -er verb
            # ends in -é(e)(s).
            if (
                token.pos_ == "VERB"
                and token.dep_ in ("acl", "amod")
                and token.morph.get("VerbForm") == ["Part"]
                and token.lemma_.endswith("er")
                and not token.lower_.endswith(("é", "ée", "és", "ées"))
                and not list(token.children)
                and token.i > 0
                and doc[token.i - 1].pos_ == "NOUN"
            ):
                token.head = doc[token.i - 1]
                token.pos_ = "ADJ"
                token.dep_ = "amod"

    @staticmethod
    def _partitive(noun: Token) -> bool:
        """A noun introduced by a contracted article the parser read as "de" ("des sanctions")."""
        cases = [c for c in noun.children if c.dep_ == "case"]
        return noun.pos_ == "NOUN" and len(cases) == 1 and cases[0].lower_ in PARTITIVES and cases[0].i < noun.i

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
            elif dep == "det" and child.morph.get("Poss") == ["Yes"]:
                found.append(("poss", child))  # "ses combattants", "son veto"
            elif child.pos_ not in NOMINAL_POS:
                continue  # "par ailleurs", "en effet": adverbial phrases, not arguments
            elif dep == "obl:agent":
                found.append(("agent", child))
            elif dep == "amod" or (dep == "acl" and child.pos_ == "ADJ"):
                found.append(("amod", child))
            elif dep in NOMINAL_LINKS or dep == "appos":
                slot = self._slot_of_case(child)
                if slot == "en" and child.lemma_ in BENEFICIARY_NOUNS:
                    # "un prêt en faveur de l'Ukraine": the beneficiary, as "à".
                    found += [(self.profile.dative_preposition, g) for g in child.children if g.dep_ == "nmod" and g.pos_ in ("PROPN", "NOUN")]
                elif slot:
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
