"""French: complements the parser hangs in the wrong place, mended (``FrenchGrammar.repair`` calls
``mend_attachments`` after the clause repairs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from . import has_feature
from .fr_clauses import hoist_main_verb
from .fr_objects import complement_read_as_conjunct, object_after_comma_adjunct
from .fr_participles import agent_read_on_noun_above, opening_participle_on_subject, subject_read_into_opening_participle
from .fr_tenses import scheduled_act_read_as_obligation
from .fr_words import (
    ADJECTIVE_PARTY_PREPOSITIONS, CLOSING_QUOTES, DATIVE_CASES, IDIOM_CASES, INDEFINITE_DE, PARTY_PREPOSITIONS, DocWords,
)

if TYPE_CHECKING:
    from .fr import FrenchGrammar


def mend_attachments(grammar: FrenchGrammar, doc: Doc, words: DocWords) -> None:
    """Mend misplaced complements, in place.

    - "l'attaque du Hamas contre Israël", "l'offensive israélienne contre le Hezbollah": a
      party's prepositional phrase hung on the name or the nationality that modifies a noun
      belongs to that noun.
    - "a mis en garde Pékin contre …", "a pris d'assaut Bakhmout": a bare noun phrase hung on
      the noun of a verbal idiom is the verb's object.
    - "le pilonnage de Kharkiv par l'artillerie russe": an agent read as a conjunct of the
      noun's complement is the noun's agent.
    - "La Turquie critique la Suède": a bare noun phrase right after the verb read as its
      modifier is its object.
    - "La Cour a enquêté sur …": a subject hung on the auxiliary (tagged a verb) is the main
      verb's.
    - "Réunis jeudi à Mexico, le Premier ministre et la présidente ont affiché …": a
      participle opening the sentence, read as its root with the main clause hung on it, is
      a clause of the main verb (its subject is the main verb's).
    - "L'Arabie saoudite et l'Iran", "La Corée du Sud et le Japon": a conjunct with no
      preposition of its own hung on the adjective or the "de" complement of the first
      conjunct is coordinated with that first conjunct.
    """
    for token in words.having(("PROPN", "NOUN")):
        holder = token.head
        case = grammar.case_word(token)
        if case is None or case.lower_ not in PARTY_PREPOSITIONS or token.dep_ != "nmod" or holder.i > token.i:
            continue
        if holder.pos_ == "PROPN" and holder.dep_ in ("nmod", "flat:name") and holder.head.pos_ == "NOUN" and holder.head.i < holder.i:
            noun = holder.head
            if holder.dep_ == "flat:name":
                noun = holder.head.head if holder.head.dep_ == "nmod" and holder.head.head.pos_ == "NOUN" else None
            if noun is None or noun.pos_ != "NOUN":
                continue
        elif (
            holder.pos_ == "ADJ"
            and holder.dep_ == "amod"
            and case.lower_ in ADJECTIVE_PARTY_PREPOSITIONS
            and holder.head.pos_ == "NOUN"
            and holder.head.i == holder.i - 1
            and all(c.i == token.i for c in holder.children)
        ):
            noun = holder.head
        else:
            continue
        token.head = noun
    for token in words.having(("NOUN",)):
        verb = token.head
        case = grammar.case_word(token)
        if (
            token.dep_ not in ("obl:arg", "obl:mod", "obl")
            or verb.pos_ != "VERB"
            or case is None
            or case.lower_ not in IDIOM_CASES
            or case.i != token.i - 1
            or verb.i >= case.i
            or any(c.dep_ in ("obj", "nsubj:pass", "ccomp") for c in verb.children)
            or grammar.is_passive(verb)
        ):
            continue
        bare = [
            c for c in token.children
            if c.dep_ in ("nmod", "flat:name", "appos") and c.i > token.i and c.pos_ in ("PROPN", "NOUN") and grammar.case_word(c) is None
        ]
        if len(bare) == 1 and bare[0].lower_ not in grammar.profile.time_nouns and bare[0].lower_ not in grammar.profile.weekdays:
            bare[0].head = verb
            bare[0].dep_ = "obj"
    for token in words.having(("PROPN", "NOUN")):
        # "le pilonnage de Kharkiv par l'artillerie russe": an agent read as a conjunct of the
        # noun before it (no "et", a "par" of its own) is the agent of the noun above.
        holder = token.head
        case = grammar.case_word(token)
        if (
            token.dep_ == "conj"
            and case is not None
            and grammar.profile.slot_of_preposition(case.lower_) == "agent"
            and not any(c.dep_ == "cc" for c in token.children)
            and holder.dep_ == "nmod"
            and holder.head.pos_ == "NOUN"
            and holder.head.i < holder.i < token.i
        ):
            token.head = holder.head
            token.dep_ = "nmod"
    for token in words.having(("PROPN", "NOUN")):
        # "La Turquie critique la Suède": a bare noun phrase right after the verb, read as its
        # noun modifier, is its object.
        verb = token.head
        if (
            # Also read as an oblique with no preposition ("a vivement critiqué Bruxelles") or as a
            # conjunct with no conjunction ("Israël frappe le Liban").
            (
                token.dep_ == "nmod"
                or (token.dep_ in ("obl", "obl:arg", "obl:mod") and token.text[:1].isupper())
                or (token.dep_ == "conj" and not any(c.dep_ in ("cc", "punct") for c in token.children))
            )
            and verb.pos_ == "VERB"
            and verb.i < token.i
            and grammar.case_word(token) is None
            and token.lower_ not in grammar.profile.time_nouns
            and token.lower_ not in grammar.profile.weekdays
            and all(
                # "en expulsant six diplomates": an article or a number of the noun's own.
                (doc[i].head.i == token.i and doc[i].dep_ in ("det", "nummod"))
                or (doc[i].head.i == verb.i and doc[i].dep_ == "advmod")
                for i in range(verb.i + 1, token.i)
            )
            and not any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children)
            and not grammar.is_passive(verb)
        ):
            token.dep_ = "obj"
    for token in words.having(("PROPN", "NOUN")):
        object_after_adjunct(grammar, doc, token)
    for token in words.having(("NOUN", "PROPN")):
        # "a signé jeudi, sous l'égide de l'ONU, un accord" (fr_objects)
        object_after_comma_adjunct(grammar, token, grammar.profile.time_nouns, grammar.profile.unaccusative_verbs)
        complement_read_as_conjunct(grammar, token)  # "un embargo « total » à la junte/conj>embargo" (fr_objects)
    for token in words.having(("VERB", "AUX")):
        verb = token.head
        if token.lemma_ in ("avoir", "être") and token.dep_.startswith("aux") and verb.pos_ == "VERB" and verb.i > token.i:
            for child in list(token.children):
                if child.dep_ in ("nsubj", "nsubj:pass", "expl:subj") and not any(c.dep_ == child.dep_ for c in verb.children):
                    child.head = verb
    for token in words.having(("VERB",)):
        if (
            token.dep_ != "ROOT"
            or token.i != token.sent.start
            or not has_feature(token, "VerbForm", "Part")
            or not has_feature(token, "Tense", "Past")
        ):
            continue
        comma = next((w for w in token.sent if w.lower_ == "," and w.i > token.i), None)
        main = next(
            (
                c for c in token.children
                if c.dep_ in ("parataxis", "conj", "ccomp") and c.pos_ == "VERB" and comma is not None and c.i > comma.i
                and any(g.dep_ in ("nsubj", "nsubj:pass") and g.i > comma.i for g in c.children)
            ),
            None,
        )
        if main is not None:
            hoist_main_verb(main, token)
        else:
            # The main verb's subject read into the participle's phrase (fr_participles).
            subject_read_into_opening_participle(token)
    for token in words.having(("VERB",)):
        # "Arrêté lundi par la police, le journaliste …": what was done to the subject.
        opening_participle_on_subject(token)
    for token in words.having(("PROPN", "NOUN")):
        inner = token.head
        outer = inner.head
        if (
            token.dep_ != "conj"
            or grammar.case_word(token) is not None
            or not (outer.i < inner.i < token.i)
            or outer.pos_ not in ("PROPN", "NOUN")
            or not (
                (inner.pos_ == "ADJ" and inner.dep_ == "amod")
                or (inner.pos_ in ("PROPN", "NOUN") and inner.dep_ == "nmod" and plural_subject_of_singular(outer))
            )
        ):
            continue
        token.head = outer
    for token in words.having(("PROPN", "NOUN")):
        # "va livrer des canons Caesar à l'Ukraine": the receiver of a verb of giving, read as
        # a modifier of the thing given, is the verb's indirect object.
        thing = token.head
        for _ in range(4):
            # "des armes et des munitions à l'Ukraine": the receiver hung on the last thing given;
            # "des avions de combat aux alliés": on the "de" complement of the thing.
            if thing.dep_ == "conj" and thing.head.i < thing.i and thing.head.pos_ == "NOUN":
                thing = thing.head
            elif (
                thing.dep_ == "nmod"
                and thing.head.i < thing.i
                and thing.head.pos_ == "NOUN"
                and (inner := grammar.case_word(thing)) is not None
                and inner.lower_ in INDEFINITE_DE
            ):
                thing = thing.head
            else:
                break
        verb = thing.head
        case = grammar.case_word(token)
        if (
            token.dep_ == "nmod"
            and case is not None
            and case.lower_ in DATIVE_CASES
            and thing.dep_ == "obj"
            and thing.i < token.i
            and verb.pos_ == "VERB"
            and verb.lemma_ in grammar.profile.giving_verbs
            and verb.i < thing.i
            # "des armes à feu", "des canons à eau": a bare noun after "à" qualifies the thing.
            and (token.pos_ == "PROPN" or case.lower_ != "à" or any(c.dep_ == "det" for c in token.children))
            and not any(c.dep_ in ("iobj", "obl:arg") and c.i > verb.i for c in verb.children)
        ):
            token.head = verb
            token.dep_ = "obl:arg"
    dates = frozenset(
        set(grammar.profile.weekdays) | set(grammar.profile.relative_days) | grammar.profile.time_nouns | grammar.profile.time_point_nouns | set(grammar.profile.months)
    )
    for token in words.having(("VERB", "AUX")):
        # "Le ministre doit se rendre jeudi à Pékin": a scheduled act (fr_tenses).
        scheduled_act_read_as_obligation(token, dates)
    for token in words.having(("PROPN", "NOUN")):
        # "la libération du journaliste arrêté par …": the agent hung on the noun above. Last:
        # a demonym read as a participle ("des avoirs russes") is an adjective by now.
        agent_read_on_noun_above(token)

def object_after_adjunct(grammar: FrenchGrammar, doc: Doc, token: Token) -> None:
    """"a rencontré jeudi à Ankara son homologue turc", "a frappé dans la nuit plusieurs
    villes": a determined noun phrase after an adjunct of place or time, read as a modifier of
    that adjunct's noun, is the object of a verb that has none (and a subject before it: after
    a quotation the noun phrase is the inverted subject, "a déclaré à Paris le ministre")."""
    holder = token.head
    verb = holder.head
    # "a dénoncé « avec fermeté » l'attaque": after a quoted adjunct, read as its apposition.
    quoted = token.dep_ == "appos" and token.left_edge.i > 0 and doc[token.left_edge.i - 1].lower_ in CLOSING_QUOTES
    if (
        (token.dep_ != "nmod" and not quoted)
        or token.i <= holder.i
        or grammar.case_word(token) is not None
        # A determiner or a number: "a inscrit sur sa liste noire six entreprises".
        or not any(c.dep_ in ("det", "nummod") for c in token.children)
        or holder.dep_ not in ("obl:mod", "obl", "obl:arg")
        or grammar.case_word(holder) is None
        or verb.pos_ != "VERB"
        or verb.i >= holder.i
        or token.lower_ in grammar.profile.time_nouns
        or any(c.dep_ in ("obj", "nsubj:pass", "ccomp", "xcomp") or c.dep_.startswith("expl") for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
        or grammar.is_passive(verb)
        or verb.lemma_ in grammar.profile.unaccusative_verbs
    ):
        return
    # Only the noun phrase's own words, and the adjunct's adjectives, stand between the adjunct
    # and the noun ("sur sa liste noire six entreprises").
    if any(
        doc[i].head.i != token.i
        and not (doc[i].head.i == holder.i and (doc[i].dep_ == "amod" or (quoted and doc[i].lower_ in CLOSING_QUOTES)))
        for i in range(holder.i + 1, token.i)
    ):
        return
    token.head = verb
    token.dep_ = "obj"


def plural_subject_of_singular(noun: Token) -> bool:
    """A singular subject whose verb agrees in the plural: it is coordinated ("La Corée du Sud
    et le Japon ont signé")."""
    if noun.dep_ != "nsubj" or not has_feature(noun, "Number", "Sing"):
        return False
    verb = noun.head
    finite = [verb] + [c for c in verb.children if c.dep_.startswith("aux")]
    return any(has_feature(w, "VerbForm", "Fin") and has_feature(w, "Number", "Plur") for w in finite)
