"""French: Universal Dependencies as fr_core_news_md produces them."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from . import has_feature
from .fr_forms import (
    gerund_read_as_noun, noun_read_as_participle, participle_after_clitic_read_as_noun, participle_clause_read_as_noun, participle_read_as_name,
    participle_read_as_noun, present_read_as_modifier,
)
from .fr_appositions import names_read_as_object
from .fr_lists import (
    adjective_conjunct_read_above, conjunct_read_as_modifier, conjunct_read_on_other_phrase, first_member_left_out, list_read_as_apposition,
)
from .fr_names import clause_verb_read_on_name, name_read_as_verb, object_name_read_on_verb, subject_read_as_root
from .fr_participles import (
    finite_verb_read_as_modifier, opening_participle_read_as_adjunct, subject_read_into_opening_phrase,
    subject_read_into_participle_aside,
)
from .fr_voices import (
    acl_participle_is_passive, active_subject_read_as_passive, arguments_read_as_adjuncts, pronominal_read_as_passive,
)
from .fr_objects import (
    complement_after_weekday,
    agent_read_on_adjunct,
    clause_read_on_object,
    clause_read_on_time_word,
    conjunct_read_on_verb,
    object_read_after_complement,
    object_read_as_oblique,
    object_read_on_time_word,
    participle_read_on_time_word, subject_read_after_opening_time,
    place_read_inside_object,
)
from .fr_clauses import (
    given_thing_read_on_receiver,
    OBJECT_PREDICATES,
    object_predicate_read_on_object,
    inverted_reporting_subject,
    light_verb_read_under_its_noun,
    opening_clause_read_as_root,
    participle_conjunct_read_on_object,
    participle_conjunct_read_below_verb,
    said_clause_read_as_subject,
    second_side_read_on_noun,
    object_missing_before_infinitive,
    relative_que_read_as_conjunction,
    subject_read_into_relative,
    verb_read_as_conjunct,
)
from .fr_hyphens import name_split_at_hyphen
from .fr_phrases import object_read_after_idiom, object_read_as_dep, object_read_as_time_adjunct, patients_of_frame
from .fr_tenses import future_in_reported_past, future_read_as_other, future_tagged_present
from .fr_attachments import mend_attachments
from .fr_nominal_arguments import mend_nominal_arguments
from .fr_participle_clauses import participle_clause_on_complement
from .fr_words import (
    ADVERBIAL_PREPOSITIONS, CONCESSIVE_PREPOSITIONS, INDEFINITE_DE, NEGATION_WORDS, NOMINAL_LINKS, NOMINAL_POS,
    PARTITIVE_DEFINITE, PARTITIVES, RELATIVE_QUE, DocWords,
)
from ..knowledge.language_profile import LanguageProfile
from .interposed_adjuncts import UD_LABELS, adjunct_run, object_after_adjunct_run


class FrenchGrammar:
    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.adjunct_run = adjunct_run(profile, UD_LABELS)

    def repair(self, doc: Doc) -> None:
        """Mend known misparses, in place (before actors and places read it: pipeline.Coder.analyse).

        A time noun right after the verb takes the verb's object ("a émis vendredi un mandat":
        "mandat" hangs on "vendredi"; "a suspendu pour un mois les surtaxes"), or is itself read
        as the object ("a proposé mardi de …"), or hangs on the object ("ont revendiqué vendredi
        une attaque"); and a partitive "des"/"du", or the article "de" before an adjective, is
        read as the preposition "de" ("a imposé mardi des droits de douane", "a utilisé du
        chlore", "a déployé d'importants renforts"). The object goes back to the verb, as its
        object. A plural demonym read as a participle ("des avoirs russes": "russer") becomes the
        adjective of the noun before it. Clause-level misparses: see ``_mend_clauses``; misplaced
        complements: see ``fr_attachments.mend_attachments``. A present form that is also a noun gets the noun's
        lemma ("réclame", "invite"), or is tagged a noun or an adjective (fr_forms: "La Chine critique le
        Japon"), and an infinitive may be tagged a noun ("a confirmé enquêter"): each is the verb.
        The "être" of a pronominal verb read as a passive auxiliary is its tense auxiliary ("s'en
        est pris à"). Misparses around subordinate clauses (an opening infinitive clause, a
        relative clause after the subject, an inverted reporting verb, a coordinated participle,
        the second side after "entre", the adjective a verb says of its object, the thing given
        after its receiver): see ``fr_clauses``. A past participle, a gerund or a participle clause
        tagged a noun or an adjective ("a téléphoné", "en bombardant"), a noun in -ant tagged a
        participle ("l'opposant"): see ``fr_forms``. A future or conditional form tagged another part
        of speech ("La Turquie critiquera la Syrie"): see ``fr_tenses``. An object, an infinitive
        complement or an agent hung on a weekday, a receiver or an adjunct before it ("a accordé
        mercredi l'asile", "a menacé vendredi de riposter", "placés en garde à vue jeudi par la
        police"): see ``fr_objects``. An object read as an adjunct after a weekday or a complement
        in "de", or as the complement of an idiom's noun ("ont attaqué samedi le village", "a exigé
        du ministère le retrait", "ont pris en otage des civils"): see ``fr_phrases``. A participle's
        agent hung on a noun above it, a main verb hung on its own subject, a subject read into an
        opening participle or phrase: see ``fr_participles``. A scheduled act read as an obligation
        ("doit se rendre jeudi à …"): see ``fr_tenses``.
        """
        time_words = set(self.profile.weekdays) | set(self.profile.relative_days) | self.profile.time_nouns
        name_split_at_hyphen(doc)  # "d'El-Fasher": one name, not three words (fr_hyphens)
        for sentence in doc.sents:
            # First: it makes a proper noun a verb, which the passes below read by part of speech.
            participle_read_as_name(sentence, time_words)
            name_read_as_verb(sentence)  # "le Premier ministre indien Narendra Modi s'est entretenu" (fr_names)
            subject_read_as_root(sentence.root)  # "Amnesty/X/ROOT International, …, accuse/parataxis" (fr_names)
            subject_read_after_opening_time(sentence, time_words)  # "Dimanche, plus d'un million d'Italiens ont …"
        for token in doc:
            object_name_read_on_verb(token)  # "recevra Olaf/flat:name Scholz lundi" (fr_names)
        for token in doc:
            # Also first, for the same reason: a participle or a gerund tagged a noun becomes a verb.
            participle_read_as_noun(token)
            gerund_read_as_noun(doc, token)
            participle_clause_read_as_noun(doc, token)
            participle_after_clitic_read_as_noun(doc, token)  # "…, leur reprochant/NOUN de …"
            # "La Turquie critiquera la Syrie": a future or conditional form read as an adjective.
            future_read_as_other(token)
            future_tagged_present(token)  # "fourniront" tagged a present
            noun_read_as_participle(token)
        for token in doc:
            # "Le Haut-Commissariat pour les réfugiés a distribué": the main verb hung on its subject.
            finite_verb_read_as_modifier(token)
            clause_verb_read_on_name(token)  # "que Moscou relâche/flat:name le …": after the tense repairs (fr_names)
            participle_read_on_time_word(token, time_words)  # "a gelé/amod mardi/ROOT l'ensemble de …"
        words = DocWords(doc)
        for token in words.having(("VERB",)):
            # "Kiev réclame", "Tokyo invite", "rencontre", "demande", "tire", "frappe": a present form
            # that is also a noun gets the noun as its lemma. A finite form in -e of a verb is of a
            # verb in -er (the -ir verbs "ouvre", "offre" are lemmatised right).
            form = token.lower_
            if (
                token.lemma_.lower() == form
                and form.endswith("e")
                and len(form) > 3
                and has_feature(token, "VerbForm", "Fin")
                and has_feature(token, "Tense", "Pres")
            ):
                token.lemma_ = form + "r"
        for token in words.having(("NOUN",), time_words):
            verb = token.head
            if token.pos_ != "NOUN" or token.lower_ not in time_words or verb.pos_ != "VERB":
                continue
            if token.dep_ in ("obj", "xcomp"):
                token.dep_ = "obl:mod"
            for child in list(token.children):
                bare = child.dep_ == "nmod" and child.i > token.i and child.pos_ in ("NOUN", "PROPN") and self.case_word(child) is None
                if child.dep_ == "obj" or (child.dep_ == "nmod" and self._partitive(child)):
                    child.head = verb
                    child.dep_ = "obl:arg" if child.dep_ == "nmod" else "obj"
                elif bare and not any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children):
                    # "a suspendu pour un mois les surtaxes": a bare noun phrase after the time noun.
                    child.head = verb
                    child.dep_ = "obj"
                elif child.dep_ == "obl:agent" and child.i > token.i:
                    # "a été convoqué lundi par le ministère": the agent is the verb's.
                    child.head = verb
                elif child.dep_ == "nmod" and child.i > token.i and (
                    self._case_other_than_de(child) or complement_after_weekday(self.profile.weekdays, token, child)
                ):
                    # "ont ouvert mercredi le feu sur des Palestiniens": a complement after the time
                    # noun is the verb's ("de" may be the time noun's own: "le matin du 24 février");
                    # after a weekday, "de" too: "ont pris possession samedi de la base".
                    child.head = verb
                    child.dep_ = "obl:arg"
        for token in words.having(("NOUN",), time_words):
            # "ont revendiqué vendredi une attaque", "ont ouvert le feu jeudi sur": a weekday hung on
            # the verb's object as its modifier belongs to the verb.
            noun = token.head
            if (
                token.pos_ == "NOUN"
                and token.lower_ in time_words
                and token.dep_ == "nmod"
                and self.case_word(token) is None
                and noun.dep_ in ("obj", "nsubj:pass")
                and noun.head.pos_ == "VERB"
                and noun.head.i < token.i
            ):
                token.head = noun.head
                token.dep_ = "obl:mod"
        unaccusative = self.profile.unaccusative_verbs
        for token in words.having(("NOUN",), time_words):
            object_read_on_time_word(self, token, time_words, unaccusative, self.profile.object_control_verbs)
            clause_read_on_time_word(token, time_words)
        for token in words.having(("NOUN",)):
            object_read_as_oblique(self, token, time_words)
        months = set(self.profile.months)
        for token in words.having(("NOUN", "PROPN")):
            # "ont attaqué samedi le village", "a exigé du ministère le retrait", "ont pris en otage des
            # civils": objects read as adjuncts or complements (``fr_phrases``).
            object_read_as_time_adjunct(self, token, time_words, months, unaccusative)
            object_read_as_dep(self, token, time_words, months)
            object_read_after_idiom(self, token, unaccusative, self.profile.de_complement_verbs)
        for token in words.having(("NOUN", "PROPN")):
            agent_read_on_adjunct(self, token)
        for token in words.having(("PROPN",)):
            # Before the partitive object below: names after a comma that seem the verb's object
            # ("des sanctions contre deux ministres, A et B"): see ``fr_appositions``.
            names_read_as_object(token)
        for token in words.having(("PROPN", "NOUN")):
            list_read_as_apposition(token)  # "par la Suède, la Norvège/appos et la Finlande" (fr_lists)
            conjunct_read_as_modifier(token)  # "la Belgique et/cc>les les Pays-Bas/nmod" (fr_lists)
            conjunct_read_on_other_phrase(token)  # "l'appui du Japon à la paix et à/conj>Japon la sécurité"
        for token in words.having(("PROPN", "NOUN")):
            first_member_left_out(token)  # "L'Arabie/ROOT saoudite, les Émirats/nsubj, … et l'Égypte ont rompu" (fr_lists)
        for token in words.having(("ADJ",)):
            adjective_conjunct_read_above(token)  # "des milliers d'agriculteurs belges et français/conj>milliers" (fr_lists)
        for token in words.having(("NOUN",)):
            verb = token.head
            if (
                # "ont réimposé des sanctions": the object may also be read as a noun modifier of the verb.
                token.dep_ in ("obl:arg", "obl:mod", "obl", "nmod")
                and verb.pos_ == "VERB"
                and self._partitive(token)
                and verb.lemma_ not in self.profile.de_complement_verbs
                and not self.is_passive(verb)
                and not any(c.dep_ in ("obj", "expl:comp", "expl:pv", "expl") for c in verb.children)
                and all(doc[i].dep_ in ("obl:mod", "advmod", "nmod", "punct") or doc[i].head.i != verb.i for i in range(verb.i + 1, token.i))
            ):
                case = next(c for c in token.children if c.dep_ == "case")
                case.dep_ = "det"
                token.dep_ = "obj"
        for token in words.having(("VERB",)):
            pronominal_read_as_passive(token)
            # "ont catégoriquement écarté": an active subject labelled passive (``fr_voices``).
            active_subject_read_as_passive(token)
            arguments_read_as_adjuncts(self, token, time_words)  # "Au moins 80 personnes, …, ont été enlevées" (fr_voices)
        for sentence in doc.sents:
            opening_clause_read_as_root(sentence.root)
        for token in words.having(("VERB",)):
            light_verb_read_under_its_noun(token, time_words)  # "ont fait irruption lundi soir au siège" (fr_clauses)
        for token in words.having(("PRON",), ("qui",)):
            subject_read_into_relative(self, doc, token)
        for token in words.having(("VERB",)):
            inverted_reporting_subject(self.profile.reporting_verbs, token, self.profile.incise_verbs)
            # "…, a indiqué la présidence" with the words reported read as the subject.
            said_clause_read_as_subject(self.profile.reporting_verbs, token, self.profile.incise_verbs)
        for token in words.having(("VERB",)):
            # "Dans un message adressé au président, le roi a exprimé …": the subject read into the
            # opening phrase (fr_participles).
            subject_read_into_opening_phrase(token)
            subject_read_into_participle_aside(token)  # "La CEDEAO, réunie jeudi à Accra, a imposé" (fr_participles)
            opening_participle_read_as_adjunct(token)  # "Réunis jeudi à Genève, les présidents ont signé" (fr_participles)
        for token in words.having(("VERB",)):
            participle_conjunct_read_on_object(token)
            participle_conjunct_read_below_verb(token)  # "a reproché … à Sani, et exigé/conj>Sani" (fr_clauses)
            given_thing_read_on_receiver(self, token, self.profile.giving_verbs)
            object_read_after_complement(self, token, unaccusative)
            conjunct_read_on_verb(token)
            clause_read_on_object(token, self.profile.object_control_verbs)
        self._mend_clauses(doc, words)
        mend_attachments(self, doc, words)
        mend_nominal_arguments(doc)  # "l'arrestation mardi à Niamey de X par Y" (fr_nominal_arguments)
        for token in words.having(("VERB",)):
            participle_clause_on_complement(token)  # "a reconnu la Chine, rompant avec Taïwan" (fr_participle_clauses)
        for token in words.having(("ADV",), ADVERBIAL_PREPOSITIONS):
            # After the passes that give the verb its object ("des dizaines de navires").
            place_read_inside_object(token, ADVERBIAL_PREPOSITIONS)
        for token in words.having(("PROPN", "NOUN")):
            second_side_read_on_noun(self, token)
        for token in words.having(("NOUN",), self.profile.locution_nouns):
            self._locution_read_as_noun(token)
        for token in words.having(("ADJ", "NOUN"), OBJECT_PREDICATES):
            object_predicate_read_on_object(token)
        for token in words.having(("VERB",)):
            # "a répondu en expulsant dix diplomates": a gerund read as an oblique of the verb is an
            # adverbial clause of it (its subject is the verb's).
            case = self.case_word(token)
            if (
                token.dep_ in ("obl", "obl:arg", "obl:mod")
                and case is not None
                and case.lower_ == "en"
                and has_feature(token, "VerbForm", "Part")
                and has_feature(token, "Tense", "Pres")
                and token.head.pos_ == "VERB"
            ):
                token.dep_ = "advcl"
                case.dep_ = "mark"
        for token in words.having(("VERB",)):
            # "des avoirs russes", "de femmes ukrainiennes": a plural adjective read as the past
            # participle of a verb that does not exist ("russer"). A real participle of an -er verb
            # ends in -é(e)(s).
            if (
                token.pos_ == "VERB"
                and token.dep_ in ("acl", "amod")
                and has_feature(token, "VerbForm", "Part")
                and token.lemma_.endswith("er")
                and not token.lower_.endswith(("é", "ée", "és", "ées"))
                and not list(token.children)
                and token.i > 0
                and doc[token.i - 1].pos_ == "NOUN"
            ):
                token.head = doc[token.i - 1]
                token.pos_ = "ADJ"
                token.dep_ = "amod"
        for token in words.having(("NOUN", "ADJ", "VERB", "AUX", "ADV", "PROPN")):
            present_read_as_modifier(doc, token)
        for token in words.having(("NOUN",)):
            # "a confirmé vendredi enquêter sur …": an infinitive complement tagged a noun (last:
            # the passes above read the parts of speech as they were).
            form = token.lower_
            if (
                token.dep_ == "xcomp"
                and token.head.pos_ == "VERB"
                and token.lemma_.lower() == form
                and form.endswith(("er", "ir"))
                and len(form) > 4
                and not any(c.dep_ in ("det", "case", "amod", "nummod") for c in token.children)
            ):
                token.pos_ = "VERB"
                token.set_morph("VerbForm=Inf")
        for token in words.having(("VERB",)):  # last: after the passes that give objects (interposed_adjuncts.py)
            object_after_adjunct_run(token, self.adjunct_run, self.profile.unaccusative_verbs)  # "a enlevé samedi à l'aube X"

    def _case_other_than_de(self, noun: Token) -> bool:
        case = self.case_word(noun)
        return case is not None and case.lower_ not in ("de", "du", "des", "d'", "d’")

    @staticmethod
    def _partitive(noun: Token) -> bool:
        """A noun introduced by a contracted article the parser read as "de" ("des sanctions"), or
        by the article "de" before an adjective ("de nouvelles sanctions", "d'importants renforts"), or
        by the partitive "de la" / "de l'" before a singular noun ("de l'aide humanitaire")."""
        cases = [c for c in noun.children if c.dep_ == "case"]
        if noun.pos_ != "NOUN" or len(cases) != 1 or cases[0].i > noun.i:
            return False
        word = cases[0].lower_
        if word in PARTITIVES:
            return True
        doc = noun.doc
        if (
            # "livrer de l'aide humanitaire", "fournir de la nourriture": the singular partitive article.
            word in INDEFINITE_DE
            and has_feature(noun, "Number", "Sing")
            and noun.text[:1].islower()  # "de l'Algérie", tagged a noun, is a name
            and doc[cases[0].i + 1].lower_ in PARTITIVE_DEFINITE
            and doc[cases[0].i + 1].head.i == noun.i
        ):
            return True
        return (
            word in INDEFINITE_DE
            and has_feature(noun, "Number", "Plur")
            and any(c.dep_ == "amod" and c.pos_ == "ADJ" and cases[0].i < c.i < noun.i for c in noun.children)
        )

    def _mend_clauses(self, doc: Doc, words: DocWords) -> None:
        """Mend misparsed clauses, in place.

        - "Les dirigeants du G7, réunis à Rome, se sont entendus pour …": a verb with a finite
          auxiliary read as a clause on its subject (acl) is the main verb, the noun its subject.
        - "Le Maroc et l'Algérie se sont entendus": the subject of a pronominal verb read as a
          passive subject is its subject.
        - "la Russie, qu'elle accuse de …": the relative "que" read as a conjunction, its clause
          hung on the main verb; it is the object of a relative clause on the noun before it.
        - "l'agence, accusée par Israël de …": a passive participle with its agent after a comma
          read as an adverbial clause of the main verb is a clause on the noun before the comma.
        - "Plusieurs pays, dont la France, ont …": the subject read as a modifier of the verb.
        - "les délégations américaine et chinoise": coordinated adjectives hung on the noun are
          coordinated with the first adjective.
        - "ont tué plusieurs centaines d'habitants": an amount read as a modifier of a verb with
          no object is its object.
        - "a décrété la loi martiale, accusant l'opposition de …": a present participle after a
          comma read as a clause on the object is an adjunct of the verb.
        """
        for token in words.having(("VERB",)):
            if (
                token.dep_ == "acl"
                and token.pos_ == "VERB"
                and token.head.pos_ in ("NOUN", "PROPN")
                and token.head.dep_ == "ROOT"
                and token.head.i < token.i
                and (
                    any(c.dep_ == "aux:tense" and has_feature(c, "VerbForm", "Fin") for c in token.children)
                    # "Le Premier ministre rencontre …": a finite verb with no relative pronoun.
                    or (
                        has_feature(token, "VerbForm", "Fin")
                        and not any(c.dep_ in ("nsubj", "nsubj:pass", "mark", "obj") and c.i < token.i for c in token.children)
                        and not any(self.is_relative_pronoun(c) for c in token.children)
                    )
                )
            ):
                noun = token.head
                token.head = token
                token.dep_ = "ROOT"
                noun.head = token
                noun.dep_ = "nsubj"
                for child in list(noun.children):
                    if child.dep_ == "punct" and child.i > token.i:
                        child.head = token
        for token in words.having(("VERB",)):
            verb_read_as_conjunct(token)
        for token in words.labelled("dep") + [w for w in words.labelled("obl:mod") if w.pos_ == "PROPN"]:
            # "Washington et Tokyo ont signé …", "New Delhi et Washington ont échangé …":
            # coordinated names before a verb with no subject, read as an unlabelled dependent or
            # a bare modifier, are its subject.
            verb = token.head
            if (
                token.pos_ in ("PROPN", "NOUN")
                and any(c.dep_ == "conj" for c in token.children)
                and verb.pos_ == "VERB"
                and token.i < verb.i
                and self.case_word(token) is None
                and not any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in verb.children)
                and all(
                    w in subtree or (w.head.i == verb.i and (w.dep_.startswith(("aux", "expl", "advmod")) or w.is_punct))
                    for subtree in [set(token.subtree)]
                    for w in doc[token.i + 1 : verb.i]
                )
            ):
                token.dep_ = "nsubj"
        for token in words.labelled("nsubj:pass"):
            # "Le président est arrivé à Washington": a verb whose compound tenses take "être",
            # read as a passive, is active; its subject is the subject.
            verb = token.head
            if (
                token.dep_ == "nsubj:pass"
                and verb.pos_ == "VERB"
                and verb.lemma_ in self.profile.unaccusative_verbs
                and not any(c.dep_ == "obl:agent" for c in verb.children)
            ):
                token.dep_ = "nsubj"
                for child in verb.children:
                    if child.dep_ == "aux:pass":
                        child.dep_ = "aux:tense"
        for token in words.labelled("nsubj:pass"):
            if (
                token.dep_ == "nsubj:pass"
                and token.head.pos_ == "VERB"
                and any(c.dep_.startswith("expl") for c in token.head.children)
                and not any(c.dep_ == "aux:pass" for c in token.head.children)
            ):
                token.dep_ = "nsubj"
        for token in words.having(None, RELATIVE_QUE):
            relative_que_read_as_conjunction(token)  # "une résolution que Moscou a condamnée" (fr_clauses)
            verb = token.head
            if not (
                token.lower_ in RELATIVE_QUE
                and token.dep_ == "mark"
                and (has_feature(token, "PronType", "Rel") or object_missing_before_infinitive(verb, self.profile))
                and verb.pos_ == "VERB"
                and verb.dep_ in ("ccomp", "advcl", "conj")
                # "qu'il accuse d'espionnage": an object with a preposition is no object.
                and not any(c.dep_ in ("obj", "nsubj:pass") and self.case_word(c) is None for c in verb.children)
            ):
                continue
            before = token.i - 1
            if before >= 0 and doc[before].is_punct:
                before -= 1
            antecedent = doc[before] if before >= 0 else None
            if antecedent is not None and antecedent.pos_ == "ADJ" and antecedent.dep_ == "amod":
                antecedent = antecedent.head  # "un diplomate suédois, qu'il accuse …"
            if antecedent is None or antecedent.pos_ not in ("NOUN", "PROPN") or antecedent.i >= verb.i:
                continue
            token.dep_ = "obj"
            verb.head = antecedent
            verb.dep_ = "acl:relcl"
        for token in words.having(("VERB",)):
            if (
                token.dep_.startswith("advcl")
                and token.pos_ == "VERB"
                and has_feature(token, "VerbForm", "Part")
                and has_feature(token, "Tense", "Past")
                and any(c.dep_ == "obl:agent" for c in token.children)
                and token.i >= 2
                and doc[token.i - 1].is_punct
                and doc[token.i - 2].pos_ in ("NOUN", "PROPN")
                and token.head.i < token.i
            ):
                token.head = doc[token.i - 2]
                token.dep_ = "acl"
        for token in words.having(("NOUN",)):
            # "ont tué plusieurs centaines d'habitants": an amount with no preposition read as a
            # modifier of a verb that has no object is its object.
            verb = token.head
            if (
                token.dep_ in ("obl:mod", "obl")
                and token.pos_ == "NOUN"
                and token.lemma_ in self.profile.quantity_nouns
                and not self._point_in_time(token)
                and verb.pos_ == "VERB"
                and verb.i < token.i
                and self.case_word(token) is None
                and not self.is_passive(verb)
                and not any(c.dep_ in ("obj", "nsubj:pass") for c in verb.children)
            ):
                token.dep_ = "obj"
        for token in words.having(("VERB",)):
            # "a décrété la loi martiale, accusant l'opposition de …": a present participle after a
            # comma, read as a clause on the verb's object, is an adjunct of the verb (its subject acts).
            noun = token.head
            if (
                token.dep_ == "acl"
                and token.pos_ == "VERB"
                and has_feature(token, "VerbForm", "Part")
                and has_feature(token, "Tense", "Pres")
                and token.i >= 1
                and doc[token.i - 1].is_punct
                and noun.dep_ in ("obj", "obl:arg", "obl:mod", "obl")
                and noun.head.pos_ == "VERB"
                and noun.head.i < noun.i < token.i
            ):
                token.head = noun.head
                token.dep_ = "advcl"
        for token in words.having(("NOUN", "PROPN")):
            verb = token.head
            if (
                token.dep_ in ("obl:mod", "obl")
                and token.pos_ in ("NOUN", "PROPN")
                and verb.pos_ == "VERB"
                and token.i < verb.i
                and not any(c.dep_ == "case" for c in token.children)
                and not any(c.dep_ in ("nsubj", "nsubj:pass", "expl:subj") for c in verb.children)
                and token.lower_ not in self.profile.time_nouns
                and token.lower_ not in self.profile.weekdays
                and any(c.dep_ == "acl:relcl" and any(g.lower_ == "dont" for g in c.children) for c in token.children)
            ):
                token.dep_ = "nsubj"
        for token in words.having(("ADJ",)):
            noun = token.head
            if token.dep_ != "conj" or token.pos_ != "ADJ" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            first = next((c for c in noun.children if c.dep_ == "amod" and c.i < token.i and c.i > noun.i), None)
            if first is None or first.text[:1].isupper():
                continue
            token.head = first
            if first.pos_ == "NOUN":
                first.pos_ = "ADJ"  # "philippins" tagged as a noun before "japonais et américains"

    def _locution_read_as_noun(self, token: Token) -> None:
        """"des sanctions à l'encontre de la Russie", "à l'égard de Taïwan": a prepositional
        locution read as a noun with the actor as its complement. The actor takes the place of the
        noun, and the locution's words become its preposition (the profile maps it to a slot)."""
        head = token.head
        case = next((c for c in token.children if c.dep_ == "case" and c.lower_ == "à" and c.i == token.i - 2), None)
        article = token.doc[token.i - 1] if token.i >= 1 else None
        actor = next(
            (c for c in token.children if c.dep_ == "nmod" and c.i > token.i and c.pos_ in ("PROPN", "NOUN", "PRON")),
            None,
        )
        if case is None or article is None or article.lower_ not in ("l'", "l’") or actor is None or head.i == token.i:
            return
        de = self.case_word(actor)
        if de is None or de.i != token.i + 1:
            return
        actor.head = head
        actor.dep_ = token.dep_
        case.head = actor
        for word in (article, token, de):
            word.head = case
            word.dep_ = "fixed"
        for child in list(token.children):
            if child.i > actor.i:
                child.head = actor

    def _point_in_time(self, noun: Token) -> bool:
        """"la semaine prochaine", "cette année": a noun of time with a definite or demonstrative
        article says when, not how much ("plusieurs semaines de combats")."""
        return noun.lower_ in self.profile.time_nouns | self.profile.time_point_nouns and any(
            c.dep_ == "det" and (has_feature(c, "Definite", "Def") or has_feature(c, "PronType", "Dem")) for c in noun.children
        )


    def case_word(self, token: Token) -> Token | None:
        position = token.i
        for child in token.children:
            dep = child.dep_
            if dep not in ("case", "mark") or child.i >= position:
                continue
            if child.pos_ == "ADP":
                return child
            # "face à la grogne", "grâce à": a locution whose first word is tagged a noun.
            if dep == "case" and any(f.dep_ == "fixed" and f.pos_ == "ADP" for f in child.children):
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
        if head.pos_ == "NOUN":
            found += [(self.profile.dative_preposition, s) for s in self._addressee_of_resisted(head)]
            # "a été la cible de frappes russes": the subject is whom the act is aimed at (fr_phrases).
            found += [("contre", s) for s in patients_of_frame(head)]
        passive: bool | None = None  # found when a subject is: reading the morphology is costly
        for child in head.children:
            dep = child.dep_
            if dep in ("advmod", "dep") and child.lower_ in ADVERBIAL_PREPOSITIONS:
                # "s'excuser auprès de la Corée": the parser makes "auprès" an adverb and hangs the
                # actor under it.
                found += [(f"{child.lower_} de", f) for f in child.children if f.pos_ in ("PROPN", "NOUN", "PRON")]
                continue
            if dep == "nsubj":
                if passive is None:
                    passive = head.pos_ in ("VERB", "AUX") and self.is_passive(head)
                found.append(("obj" if passive else "subj", child))
            elif dep == "nsubj:pass":
                found.append(("obj", child))
            elif dep == "obj" or (dep == "xcomp" and child.pos_ in ("PROPN", "NOUN")):
                # The parser often labels a bare name object "xcomp" ("appeler Pékin à …").
                found.append(("obj", child))
            elif dep == "iobj":
                found.append(("iobj", child))
            elif dep == "acl" and child.lemma_ in self.profile.aiming_participles and head.pos_ == "NOUN":
                # "les surtaxes visant le Mexique": whom a measure is aimed at, as "contre".
                found += [("contre", g) for g in child.children if g.dep_ in ("obj", "xcomp") and g.pos_ in ("PROPN", "NOUN")]
            elif dep == "acl:relcl" and child.pos_ in ("PROPN", "NOUN") and any(g.lower_ == "dont" for g in child.children):
                # "plusieurs pays, dont la France et l'Italie": the members named stand for the whole.
                found.append(("compound", child))
            elif dep == "det" and has_feature(child, "Poss", "Yes"):
                found.append(("poss", child))  # "ses combattants", "son veto"
            elif child.pos_ not in NOMINAL_POS:
                continue  # "par ailleurs", "en effet": adverbial phrases, not arguments
            elif dep == "obl:agent":
                found.append(("agent", child))
            elif dep == "amod" or (dep == "acl" and child.pos_ == "ADJ"):
                found.append(("amod", child))
            elif dep in NOMINAL_LINKS or dep == "appos":
                slot = self._slot_of_case(child)
                if slot in ("en", self.profile.dative_preposition) and child.lemma_ in self.profile.beneficiary_nouns:
                    # "un prêt en faveur de l'Ukraine", "au profit des sinistrés": the beneficiary, as "à".
                    found += [(self.profile.dative_preposition, g) for g in child.children if g.dep_ == "nmod" and g.pos_ in ("PROPN", "NOUN")]
                elif slot:
                    found.append((slot, child))
                elif dep == "nmod" and child.pos_ in ("PROPN", "NOUN"):
                    # "le sommet G7", "réunion OTAN-Russie": a bare noun modifier.
                    found.append(("compound", child))
        return found

    def _addressee_of_resisted(self, noun: Token) -> list[Token]:
        """"a refusé …, malgré les appels de Bruxelles": an appeal or pressure someone resists was
        addressed to them, the subject of the verb the "malgré" phrase hangs on."""
        case = self.case_word(noun)
        verb = noun.head
        if case is None or case.lower_ not in CONCESSIVE_PREPOSITIONS or verb.pos_ != "VERB":
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"]

    def is_passive(self, verb: Token) -> bool:
        if any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children):
            return True
        past_participle = has_feature(verb, "VerbForm", "Part") and has_feature(verb, "Tense", "Past")
        if not past_participle:
            return False
        if verb.dep_ == "acl":
            return acl_participle_is_passive(verb)  # "une résolution que Moscou a condamnée" (fr_voices)
        # "est attendu", which the parser often labels a compound tense: être + participle is a
        # passive unless the verb takes être in its compound tenses ("est arrivé") or is pronominal.
        with_etre = any(c.dep_.startswith("aux") and c.lemma_ == "être" for c in verb.children)
        pronominal = any(c.dep_.startswith("expl") or c.lower_ in ("se", "s'", "s’") for c in verb.children)
        return with_etre and not pronominal and verb.lemma_ not in self.profile.unaccusative_verbs

    def is_negated(self, token: Token) -> bool:
        return any(
            c.dep_ == "advmod" and (c.lower_ in NEGATION_WORDS or has_feature(c, "Polarity", "Neg")) for c in token.children
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
        return token.pos_ == "PRON" and has_feature(token, "PronType", "Rel")

    def is_object_of(self, noun: Token) -> bool:
        return noun.dep_ in ("obj", "nsubj:pass") and noun.head.pos_ in ("VERB", "AUX")

    def mood(self, verb: Token) -> str:
        moods = verb.morph.get("Mood")
        tenses = verb.morph.get("Tense")
        if "Cnd" in moods:  # "a annoncé qu'il enverrait": the reported future (fr_tenses)
            return "future" if future_in_reported_past(verb, self.profile.reporting_verbs, self.profile.conditional_markers) else "conditional"
        if "Fut" in tenses:
            return "future"
        if "Imp" in moods:
            return "imperative"
        return "indicative"
