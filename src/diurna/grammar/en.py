"""English: ClearNLP dependency labels as en_core_web_sm produces them."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..knowledge.language_profile import LanguageProfile
from .interposed_adjuncts import CLEARNLP_LABELS, adjunct_run, object_after_adjunct_run
from .en_predicates import as_right_after_verb, object_after_as_predicate
from .en_adjuncts import date_read_as_compound_of_name, noun_read_as_compound_of_span
from .en_arguments import (
    apposition_read_as_object, coordination_read_as_modifier, destination_read_on_cargo, partner_read_on_means,
    subject_read_on_auxiliary, thing_given_with,
)
from .en_clauses import (
    destination_read_inside_relative,
    direction_read_as_head,
    finite_verb_read_inside_subordinate_clause,
    founded_for_read_as_relative,
    object_read_as_subject_of_complement,
    object_read_as_subject_of_participle,
    opening_participle_read_as_subject,
    past_verb_read_inside_subordinate_clause,
    order_clause_read_as_complement,
    recipient_read_inside_of_complement,
)
from .en_deadlines import time_given_read_as_adverb
from .en_delegates import sides_read_inside_delegates
from .en_events import gerund_subject_read_as_noun, sides_read_on_verb
from .en_lists import list_read_as_apposition
from .en_modifiers import adjective_read_as_coordinated_verb
from .en_moods import future_in_reported_past
from .en_names import verb_inside_name_read_as_head
from .en_partitives import part_read_as_head_of_whole, part_read_as_head_of_whole_in_of_phrase
from .en_results import result_read_as_clause, result_read_as_modifier_of_object
from .en_roots import main_verb_read_as_modifier_of_subject, subject_read_inside_participle


NOMINAL_POS = {"NOUN", "PROPN"}
# Labels of the words inside a noun phrase: the chain from a modifier up to the phrase's head.
NOUN_PHRASE_LINKS = {"compound", "amod", "nmod"}
# Labels the parser gives the subject of a verb it took for a modifier ("Turkey/npadvmod detained").
STRAY_SUBJECT_LINKS = {"nsubj", "npadvmod", "compound", "nmod"}
# An opening participle clause ("Having met in Paris, ...", "Meeting in Geneva, ..."), and the labels
# the parser may give it when it takes the main subject into it.
OPENING_PARTICIPLE_TAGS = {"VBG", "VBN"}
OPENING_CLAUSE_LINKS = {"advcl", "nsubj", "csubj"}
# Left dependents of a headline verb read as a plural noun ("Turkey/compound bombs/NNS ..."):
# the words of its subject phrase.
HEADLINE_SUBJECT_LINKS = {"compound", "amod", "nmod", "poss", "nsubj"}
# Links of a clause's head: a plural noun there with a subject and an object is a verb the tagger
# missed ("said it \"categorically rejects/NNS\" Hungary's position").
CLAUSE_HEAD_LINKS = {"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp", "parataxis"}
# ClearNLP labels of clauses hung on a word, by the name the shared code uses.
# Particles the parser reads as a preposition heading the real one ("pulled out/prep of/prep
# Kherson"): the particle is the verb's ("pull out"), and so is the preposition after it.
PARTICLES_BEFORE_PREPOSITION = {"out", "away", "back", "off"}
# Verbs of giving and of naming are the language profile's (``ditransitive_verbs``, ``naming_verbs``).
# Tags that cannot follow a name modifying the noun after it ("Ukraine/nmod new/JJ systems"): a name
# before them, right after the verb, is its indirect object ("promised Ukraine new systems").
DATIVE_FOLLOWING_TAGS = {"DT", "JJ", "JJR", "JJS", "CD", "$", "PRP$"}
CLAUSE_LINKS = {"conj": "conj", "xcomp": "xcomp", "advcl": "advcl", "ccomp": "ccomp", "relcl": "relcl", "acl": "acl"}


class EnglishGrammar:
    def __init__(self, profile: LanguageProfile) -> None:
        self.profile = profile
        self.adjunct_run = adjunct_run(profile, CLEARNLP_LABELS)

    def repair(self, doc: Doc) -> None:
        """Mend known misparses of en_core_web_sm, in place (before actors and places read it: pipeline.Coder.analyse).

        The main verb hung on its subject as a participle after a relative clause ("Mexico and
        Uruguay, which have refused to take sides, called/acl>Mexico on …"): it heads the
        sentence (en_roots.py).

        A finite past verb read as the modifier of a noun phrase after it ("Ecuador
        extradited/amod gang leader Adolfo Macias/ROOT to the United States"), or a present one
        tagged as such but read as a compound ("Hungary disqualifies/VBZ/compound opposition
        candidates/ROOT"), or one read as an adjective with a subject ("Taliban/nsubj detain/JJ
        British journalist"): the verb heads the clause, the noun phrase is its object and the
        phrases after it are the verb's.

        An object after an "as" predicate ("Kyiv dismissed as hypocrisy President Putin's order",
        "Moscow rejected as groundless the accusations by Washington"): the parser hangs the object
        in the "as" phrase; it is the verb's object, and the predicate alone is the "as" phrase.

        A locative preposition read as a particle when the verb has its object already ("the
        tanker, which Royal Marines seized off/prt Gibraltar/dobj"): the place is the
        preposition's, not a second object.

        A particle read as a preposition that heads the real one ("Russia pulled out/prep of/prep
        Kherson", "walked away/prep from the talks"): the particle completes the verb ("pull out")
        and the preposition after it names the verb's complement ("of Kherson"), also when the parser hangs the
        particle on the verb's object ("ordered the ambassador out/prep>ambassador of the country").

        What a verb of naming calls its object, read inside the object ("called Iran's actions in the
        Gulf/compound reckless/pobj", "called the Russian strike/compound barbaric/oprd"): the
        predicate is the verb's, and the noun before it closes the object.

        "Declared two diplomats/nsubj persona/VBP/ccomp non grata/dobj", or any other parse of the
        diplomatic formula: the people are the verb's object and the formula says what they are.

        Two direct objects on a verb of giving ("India handed Pakistan/dobj a dossier/dobj"): English
        has one; the first, right after the verb, is the indirect object (the one given to). So is a name
        right after the verb read as a modifier of the object when an article, an adjective or a
        number follows it ("promised Ukraine/nmod new systems": "Ukraine new systems" is no phrase).

        A subject read as a conjunct of the place of an opening participle ("Having met in Paris,
        France/conj and Germany condemned Russia", "Meeting in Geneva, Russia and ...") or of the
        noun of an opening phrase ("In a joint statement on Friday, Paris/conj, Berlin and Rome
        condemned ..."): the main verb has no subject, and the noun phrase right after the comma is it.

        An infinitive of purpose read as a complement ("Police used/fired tear gas to/aux
        disperse/xcomp protesters"): after a light verb that has its object already (and does not
        pass an act to it: "ordered troops to withdraw", "agreed to ..."), the infinitive is the aim
        of the act, a purpose clause as French "pour disperser".

        A headline verb in the present read as a plural noun heading the sentence ("Turkey
        bombs/NNS Kurdish militants/dobj in Syria", "Germany's Scholz visits/NNS Kyiv/dobj",
        "Kremlin thanks/NNS Beijing/appos"): a noun takes no direct object (nor an apposition
        without a comma), so the word is the verb, and the noun phrase before it is its subject.

        A verb in the present read as a plural noun heading a clause, with its subject and its object
        (often between quotation marks: "said it \"categorically rejects/NNS\" Hungary's position"): a
        noun takes neither, so it is the verb.

        An infinitive complement read as an adverbial clause when a time phrase stands between it and
        its verb ("The EU threatened on Thursday/prep to impose/advcl sanctions on ...", "refused on
        Sunday to release"): a verb of intending, refusing or urging takes its infinitive as its
        complement (xcomp), as it does when nothing stands between them.

        A prepositional phrase after an apposition that ends the object ("will deliver its air defence
        system, the IRIS-T, to/prep>IRIS-T Ukraine"): a name in apposition takes no complement after
        its closing comma; the phrase is the verb's.

        A name right after the object read as the verb's complement ("ordered the peacekeeping force
        MINUSMA/xcomp out of the country", or with the object as the name's subject: "the UN
        mission/nsubj MINUSMA/ccomp out of"): a name heads no clause; it names the object, and the
        phrases after it are the verb's.

        Verb lemmas the model gets wrong ("staged" -> "stag") are set right first; then a verb inside an
        organisation's name read as the sentence's verb ("The Committee to Protect/ROOT Journalists
        demanded/ccomp": grammar/en_names.py).

        Arguments hung on the wrong word (grammar/en_arguments.py), first: a subject read as its
        auxiliary's ("Egypt and Qatar/nsubj>are are mediating"); the thing given after "with" on a verb
        whose object is otherwise that thing ("provided Ukraine with ammunition": the ammunition is
        the object, Ukraine the one given to); a coordinated subject read as a modifier of its last
        noun ("Soldiers/nmod and Arakan Army/conj fighters/nsubj").

        Repairs across a clause boundary (grammar/en_clauses.py): a compass point read as the head
        of the phrase it locates ("waters/compound southwest/dobj of Okinawa"); a "to" phrase naming
        a state after a noun's "of" complement ("an offer of talks to/prep>talks Ukraine"); an order's
        that-clause ("ordered that the army deploy troops": "ordered the army to deploy troops"); the
        object of a verb of allowing read as the subject of the infinitive after it ("allowed IAEA
        inspectors/nsubj to visit/ccomp"); a destination read inside a reduced relative on the
        object ("extradited a businessman wanted for fraud to/prep>fraud the United States"); an
        opening participle clause read as the clausal subject of a verb that has its own ("Accusing
        X of Y/csubj, the president placed"); a past verb after ", and" read inside a subordinate
        clause with another subject ("warned that X would be spared, and threatened/conj>spared Y");
        and the infinitive after the object of a verb of founding read as a relative on it ("set up
        a mission to investigate/relcl").

        Event nouns read as something else (grammar/en_events.py): a gerund subject with no argument of
        its own ("Fighting/VBG between Israel and Hamas raged"), the noun "fighting"; a "between" phrase
        on the verb of an event noun ("Fighting raged between/prep>raged the army and the RSF"), the noun's.
        """
        for token in doc:
            if token.pos_ == "VERB" and token.lower_ in self.profile.verb_lemma_fixes:
                token.lemma_ = self.profile.verb_lemma_fixes[token.lower_]
        verb_inside_name_read_as_head(doc)  # "The Committee to Protect/ROOT Journalists demanded/ccomp" (en_names.py)
        for token in doc:
            date_read_as_compound_of_name(token)  # "On Friday/compound Kenya recalled" (en_adjuncts.py)
            noun_read_as_compound_of_span(token, self.profile.time_nouns)  # "by police/compound hours after"
        for token in doc:
            main_verb_read_as_modifier_of_subject(token)
            subject_read_inside_participle(token)  # "leaders/nsubj>meeting meeting/csubj in Abuja gave"
        for token in doc:
            part_read_as_head_of_whole(token, self.profile.partitive_quantifiers)
            part_read_as_head_of_whole_in_of_phrase(token, self.profile.partitive_quantifiers)  # "control of most/pobj of Goma"
            sides_read_inside_delegates(token, self.profile.delegate_nouns)  # "Negotiators from the government and the ELN"
            list_read_as_apposition(token)  # "New Zealand, Fiji/appos, Samoa and Tonga" (en_lists.py)
        for token in doc:
            result_read_as_modifier_of_object(token, self.profile.result_predicates)  # "shot dead/amod two protesters"
            result_read_as_clause(token, self.profile.result_predicates)  # "found the governor/nsubj guilty/ccomp"
            adjective_read_as_coordinated_verb(token, self.profile.adjectives_read_as_verbs)  # "and live/VERB ammunition"
        for token in doc:
            subject_read_on_auxiliary(token)
            thing_given_with(token, self.profile.with_object_verbs)
            destination_read_on_cargo(token)  # "flew planes with teams to/prep>teams Cyprus" (en_arguments.py)
            coordination_read_as_modifier(token)
            partner_read_on_means(token)  # "spoke by telephone with/prep>telephone Tinubu"
            apposition_read_as_object(token)  # "landed in Haiti on Tuesday, the first contingent/dobj of …"
        for token in doc:
            if token.dep_ == "ROOT" and token.tag_ == "NNS":
                self._headline_verb_read_as_noun(token)
        for token in doc:
            if token.pos_ == "NOUN" and token.tag_ == "NNS" and token.dep_ in CLAUSE_HEAD_LINKS:
                self._verb_with_subject_read_as_noun(token)
        for token in doc:
            if (token.tag_ == "VBD" and token.dep_ == "amod" or token.tag_ == "VBZ" and token.dep_ in ("amod", "compound")) and token.head.i > token.i:
                self._verb_read_as_modifier(token)
            elif token.tag_ == "JJ" and token.dep_ == "amod" and token.head.i > token.i and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children):
                # An adjective has no subject: "Taliban/nsubj detain/JJ British journalist" is a headline verb.
                token.pos_ = "VERB"
                token.tag_ = "VBP"
                self._verb_read_as_modifier(token)
        for token in doc:
            if token.lower_ == "as" and token.dep_ == "prep" and token.head.pos_ == "VERB" and as_right_after_verb(token):
                object_after_as_predicate(doc, token)  # "dismissed as groundless the accusations" (en_predicates.py)
        for token in doc:
            if token.dep_ == "prt" and token.lower_ in self.profile.locative_prepositions:
                self._preposition_read_as_particle(token)
        for token in doc:
            if token.dep_ in ("xcomp", "ccomp") and token.pos_ == "PROPN":
                self._name_read_as_complement(token)
        for token in doc:
            if token.dep_ == "prep" and token.lower_ in PARTICLES_BEFORE_PREPOSITION and (
                token.head.pos_ == "VERB" or token.head.dep_ == "dobj" and token.head.head.pos_ == "VERB"
            ):
                self._particle_read_as_preposition(token)
        for token in doc:
            if token.pos_ == "VERB" and token.lemma_.lower() in self.profile.naming_verbs:
                self._predicate_read_inside_object(doc, token)
        for token in doc:
            if token.lower_ == "persona" and doc[token.i + 1 : token.i + 3].text.lower() == "non grata":
                self._persona_non_grata(doc, token)
        for token in doc:
            if token.pos_ == "VERB" and token.lemma_.lower() in self.profile.ditransitive_verbs:
                time_given_read_as_adverb(token, self.profile)  # "gave the junta seven days/npadvmod to"
                self._first_of_two_objects_is_dative(token)
                self._dative_read_as_modifier_of_object(token)
        for sentence in doc.sents:
            self._subject_read_as_conjunct_of_opening_clause(sentence)
        for token in doc:
            opening_participle_read_as_subject(token)  # "Accusing X of Y/csubj, the president placed" (en_clauses.py)
            past_verb_read_inside_subordinate_clause(token)  # "warned that X would be spared, and threatened/conj>spared Y"
            finite_verb_read_inside_subordinate_clause(token)  # "demanded that Hamas free/VB … and urged/VBD>free"
            founded_for_read_as_relative(token, self.profile.founding_verbs)  # "set up a mission to investigate/relcl"
        for token in doc:
            if token.dep_ == "advcl" and token.tag_ == "VB":
                self._complement_read_as_adverbial(token)
        for token in doc:
            if token.dep_ == "appos" and token.head.dep_ == "dobj":
                self._phrase_after_apposition(token)
        for token in doc:
            if token.dep_ == "xcomp" and token.pos_ == "VERB":
                self._purpose_read_as_complement(token)
        for token in doc:
            self._direction_read_as_head(token)
        for token in doc:
            if token.pos_ == "NOUN":
                self._recipient_read_inside_of_complement(token)
        for token in doc:
            if token.pos_ == "VERB":
                self._order_clause_read_as_complement(token)
                self._object_read_as_subject_of_complement(token)
                object_read_as_subject_of_participle(token, self.profile.reporting_verbs)  # "abducted 40 farmers/nsubj working/ccomp"
                self._destination_read_inside_relative(token)
        for token in doc:
            gerund_subject_read_as_noun(token)
        for token in doc:
            sides_read_on_verb(token)
        for token in doc:
            # "rejected on Saturday X's demand": an object after a run of adjuncts (interposed_adjuncts.py).
            object_after_adjunct_run(token, self.adjunct_run, self.profile.unaccusative_verbs)

    def _object_read_as_subject_of_complement(self, verb: Token) -> None:
        object_read_as_subject_of_complement(verb, self.profile.object_control_verbs)

    def _order_clause_read_as_complement(self, verb: Token) -> None:
        order_clause_read_as_complement(verb, self.profile.order_verbs)

    def _recipient_read_inside_of_complement(self, noun: Token) -> None:
        recipient_read_inside_of_complement(noun, self.profile.to_taking_nouns)

    @staticmethod
    def _direction_read_as_head(word: Token) -> None:
        direction_read_as_head(word)

    def _destination_read_inside_relative(self, verb: Token) -> None:
        destination_read_inside_relative(verb, self.profile.destination_prepositions)

    @staticmethod
    def _verb_read_as_modifier(verb: Token) -> None:
        phrase = verb.head
        while phrase.dep_ in NOUN_PHRASE_LINKS and phrase.head.i > phrase.i and phrase.head.pos_ in NOMINAL_POS:
            phrase = phrase.head
        if phrase.pos_ not in NOMINAL_POS:
            return
        subjects = [c for c in verb.children if c.i < verb.i and c.dep_ in STRAY_SUBJECT_LINKS and c.pos_ in NOMINAL_POS | {"PRON"}]
        if not subjects:
            # Without a subject before it the word may be a real modifier ("the so-called ...").
            return
        subjects[-1].dep_ = "nsubj"
        if phrase.head.i == phrase.i:
            verb.head = verb
        else:
            verb.head = phrase.head
        verb.dep_ = phrase.dep_
        phrase.head = verb
        phrase.dep_ = "dobj"
        for child in list(phrase.children):
            # "to the United States", "on Sunday", the final stop: the verb's; "of ..." stays the noun's.
            if child.i > phrase.i and (child.dep_ == "punct" or (child.dep_ == "prep" and child.lower_ != "of")):
                child.head = verb

    def _headline_verb_read_as_noun(self, verb: Token) -> None:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # "Kremlin thanks/NNS Beijing/appos": an apposition needs a comma; right after the word, it is its object.
        glued = [c for c in verb.children if c.dep_ == "appos" and c.left_edge.i == verb.i + 1 and c.pos_ == "PROPN"]
        if not objects and not glued:
            return
        before = [c for c in verb.children if c.i < verb.i]
        if not before or any(c.dep_ not in HEADLINE_SUBJECT_LINKS | {"det", "case", "punct"} for c in before):
            return
        # The subject is the last word of the phrase before the verb: "Germany's Scholz", "the EU".
        subject = max((c for c in before if c.dep_ in HEADLINE_SUBJECT_LINKS), key=lambda c: c.i, default=None)
        if subject is None or subject.i != verb.i - 1 or (subject.pos_ not in NOMINAL_POS and not subject.is_title):
            return
        self._present_verb(verb)
        subject.dep_ = "nsubj"
        for word in before:
            if word.i != subject.i:
                word.head = subject
        for word in glued:
            word.dep_ = "dobj"

    def _verb_with_subject_read_as_noun(self, verb: Token) -> None:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        if not subjects or not any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children):
            return
        if any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in verb.children):
            return  # a noun phrase after all
        self._present_verb(verb)

    def _present_verb(self, verb: Token) -> None:
        """A word the parser read as a noun, made the present-tense verb it is, with its verb lemma."""
        verb.tag_ = "VBZ"
        verb.pos_ = "VERB"
        lower = verb.lower_
        if lower in self.profile.verb_lemma_fixes:
            verb.lemma_ = self.profile.verb_lemma_fixes[lower]
        elif lower.endswith("ies") and len(lower) > 5 and verb.lemma_.endswith("ie"):
            # the noun reading leaves "disqualifies" -> "disqualifie"; the verb is "disqualify"
            verb.lemma_ = lower[:-3] + "y"

    @staticmethod
    def _subject_read_as_conjunct_of_opening_clause(sentence: Span) -> None:
        main = sentence.root
        if main.pos_ not in ("VERB", "AUX") or len(sentence) < 6:
            return
        opener = sentence[1] if sentence[0].dep_ == "aux" and sentence[0].head.i == sentence[1].i else sentence[0]
        # … or an opening phrase ("In a joint statement on Friday, Paris/conj>Friday, Berlin and …").
        phrase = opener.dep_ == "prep" and opener.tag_ == "IN"
        if not phrase and (opener.tag_ not in OPENING_PARTICIPLE_TAGS or opener.dep_ not in OPENING_CLAUSE_LINKS) or opener.head.i != main.i:
            return
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i != opener.i for c in main.children):
            return
        comma = next((w for w in sentence if w.i > opener.i and w.lower_ == ","), None)
        if comma is None or comma.i > main.i:
            return
        subject = next((w for w in sentence if comma.i < w.i < main.i and w.dep_ == "conj" and w.pos_ in NOMINAL_POS), None)
        if (
            subject is None
            or subject.left_edge.i != comma.i + 1
            or not opener.i < subject.head.i < comma.i
            or subject.head.dep_ != "pobj"
        ):
            return
        subject.head = main
        subject.dep_ = "nsubj"
        comma.head = main
        if not phrase:
            opener.dep_ = "advcl"

    def _complement_read_as_adverbial(self, infinitive: Token) -> None:
        verb = infinitive.head
        profile = self.profile
        if verb.pos_ != "VERB" or verb.i > infinitive.i or verb.lemma_.lower() not in (
            profile.intention_verbs | profile.irrealis_verbs | profile.object_control_verbs
        ):
            return
        marker = infinitive.doc[infinitive.i - 1]
        if marker.lower_ != "to" or marker.head.i != infinitive.i or marker.dep_ != "aux":
            return
        between = range(verb.i + 1, marker.i)
        if not between or any(c.dep_ == "xcomp" for c in verb.children):
            return
        # Only a time or place phrase (and the verb's object) may stand between: "on Thursday",
        # "again", "the United States on Tuesday"; a comma would make it an adverbial after all.
        tops = [t for t in (infinitive.doc[i] for i in between) if t.head.i == verb.i]
        inside = {i for t in tops for i in range(t.left_edge.i, t.right_edge.i + 1)}
        if set(between) - inside or any(t.dep_ not in ("prep", "npadvmod", "advmod", "dobj") for t in tops):
            return
        if not any(t.dep_ in ("prep", "npadvmod", "advmod") for t in tops):
            return
        infinitive.dep_ = "xcomp"

    @staticmethod
    def _name_read_as_complement(name: Token) -> None:
        verb = name.head
        if verb.pos_ != "VERB" or any(c.dep_ in ("aux", "auxpass", "mark", "dobj") for c in name.children):
            return
        doc = name.doc
        before = doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
        # "the UN mission/nsubj MINUSMA/ccomp out of": the object read as the name's subject
        subjects = [c for c in name.children if c.dep_ == "nsubj" and c.right_edge.i == name.i - 1 and c.pos_ == "NOUN"]
        if subjects and not any(c.dep_ == "dobj" for c in verb.children):
            obj = subjects[0]
            obj.head = verb
            obj.dep_ = "dobj"
        elif before is not None and before.dep_ == "dobj" and before.head.i == verb.i and before.pos_ == "NOUN":
            obj = before
        else:
            return
        name.head = obj
        name.dep_ = "appos"
        for phrase in [c for c in name.children if c.dep_ == "prep" and c.i > name.i]:
            phrase.head = verb

    @staticmethod
    def _phrase_after_apposition(name: Token) -> None:
        obj = name.head
        verb = obj.head
        if verb.pos_ != "VERB" or name.pos_ not in NOMINAL_POS:
            return
        doc = name.doc
        for phrase in [c for c in name.children if c.dep_ == "prep" and c.i > name.i]:
            comma = doc[phrase.i - 1]
            # the apposition closed by its own comma, and the phrase right after it
            if comma.lower_ == "," and comma.head.i == name.i and doc[obj.i + 1].lower_ == ",":
                phrase.head = verb

    def _purpose_read_as_complement(self, infinitive: Token) -> None:
        verb = infinitive.head
        lemma = verb.lemma_.lower()
        profile = self.profile
        if (
            verb.pos_ != "VERB"
            or lemma not in profile.support_verbs
            or lemma in profile.object_control_verbs | profile.intention_verbs | profile.irrealis_verbs
            or not any(c.dep_ == "aux" and c.lower_ in profile.purpose_markers and c.i == infinitive.i - 1 for c in infinitive.children)
            or not any(c.dep_ == "dobj" and c.i < infinitive.i for c in verb.children)
        ):
            return
        infinitive.dep_ = "advcl"

    @staticmethod
    def _preposition_read_as_particle(particle: Token) -> None:
        verb = particle.head
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        before = [c for c in objects if c.i < particle.i]
        after = [c for c in objects if c.i > particle.i]
        if not before or len(after) != 1:
            return
        particle.dep_ = "prep"
        after[0].head = particle
        after[0].dep_ = "pobj"

    def _predicate_read_inside_object(self, doc: Doc, verb: Token) -> None:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        predicates = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and c.i > verb.i]
        if not objects and len(predicates) == 1:
            # "called the Russian strike/compound barbaric/oprd": the noun before the predicate is the object.
            predicate = predicates[0]
            before = [c for c in predicate.children if c.dep_ == "compound" and c.i == predicate.i - 1 and c.pos_ in NOMINAL_POS]
            if predicate.pos_ not in ("ADJ", "NOUN") or not before:
                return
            obj = before[0]
            for child in list(predicate.children):
                if child.i < obj.i:
                    child.head = obj
            obj.head = verb
            obj.dep_ = "dobj"
            return
        if len(objects) != 1 or predicates or verb.lemma_.lower() not in self.profile.naming_only_verbs:
            return
        # "called Iran's actions in the Gulf/compound reckless/pobj": the last word of the object's
        # last phrase is what the verb calls it, and the word before it heads that phrase.
        last = doc[objects[0].right_edge.i]
        if last.dep_ != "pobj" or last.pos_ not in ("ADJ", "NOUN") or last.tag_ == "NNS" or last.i < objects[0].i:
            return  # "called the leaders of the opposition parties": a plural is the phrase's own noun
        before = [c for c in last.children if c.dep_ == "compound" and c.i == last.i - 1 and c.pos_ in NOMINAL_POS]
        if not before:
            return
        inner = before[0]
        preposition = last.head
        for child in list(last.children):
            if child.i < inner.i:
                child.head = inner
        inner.head = preposition
        inner.dep_ = "pobj"
        last.head = verb
        last.dep_ = "oprd"

    @staticmethod
    def _persona_non_grata(doc: Doc, persona: Token) -> None:
        phrase = range(persona.i, persona.i + 3)
        verb = persona
        while verb.i in phrase and verb.head.i != verb.i:
            verb = verb.head
        if verb.i in phrase or verb.pos_ != "VERB" or verb.i > persona.i:
            return
        obj = doc[persona.i - 1]
        while verb.i < obj.head.i < persona.i:
            obj = obj.head
        if obj.i <= verb.i or obj.pos_ not in NOMINAL_POS | {"PRON"}:
            return
        persona.head = verb
        persona.dep_ = "oprd"
        persona.pos_ = "NOUN"
        persona.tag_ = "NN"
        for word in doc[persona.i + 1 : persona.i + 3]:
            word.head = persona
            word.dep_ = "amod"
        obj.head = verb
        obj.dep_ = "dobj"
        for child in list(persona.children):
            if child.i > persona.i + 2:
                child.head = verb
            elif child.i < persona.i:
                child.head = obj  # "Russia's/poss consul": the owner is the object's

    @staticmethod
    def _first_of_two_objects_is_dative(verb: Token) -> None:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
        if len(objects) != 2 or objects[0].pos_ not in NOMINAL_POS | {"PRON"}:
            return
        first, second = objects
        # Right after the verb and before the other object: "handed Pakistan a dossier".
        if first.left_edge.i != verb.i + 1 or first.right_edge.i + 1 != second.left_edge.i:
            return
        first.dep_ = "dative"

    @staticmethod
    def _dative_read_as_modifier_of_object(verb: Token) -> None:
        doc = verb.doc
        end = verb.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        if end == verb.i + 1 or end >= len(doc) or doc[end].tag_ not in DATIVE_FOLLOWING_TAGS:
            return
        name = doc[end - 1]
        obj = name.head
        if name.dep_ not in ("compound", "nmod") or obj.dep_ != "dobj" or obj.head.i != verb.i or obj.i <= end:
            return
        if any(doc[i].head.i not in range(verb.i + 1, end) for i in range(verb.i + 1, end - 1)):
            return
        if not obj.left_edge.i <= doc[end].i or doc[end].head.i not in {t.i for t in obj.subtree}:
            return
        name.head = verb
        name.dep_ = "dative"

    @staticmethod
    def _particle_read_as_preposition(particle: Token) -> None:
        # "ordered the ambassador out/prep>ambassador of the country": the particle is the verb's even
        # when the parser hangs it on the object.
        verb = particle.head if particle.head.pos_ == "VERB" else particle.head.head
        if any(c.dep_ == "pobj" for c in particle.children):
            return  # a real preposition: "out the window"
        inner = [c for c in particle.children if c.dep_ == "prep"]
        if len(inner) != 1 or not any(c.dep_ == "pobj" for c in inner[0].children):
            return
        particle.dep_ = "prt"
        particle.head = verb
        inner[0].head = verb

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
        if future_in_reported_past(verb, self.profile.reporting_verbs, self.profile.conditional_markers):
            return "future"
        if auxes & {"would", "could", "might"}:
            return "conditional"
        if auxes & {"will", "shall", "'ll"}:
            return "future"
        if auxes <= {"be"} and self._mandative(verb, passive=bool(auxes)):
            return "mandative"
        return "indicative"

    def _mandative(self, verb: Token, passive: bool = False) -> bool:
        """"insisted that Russia withdraw its troops", "asked that Moscow return the children": a
        complement clause whose verb keeps its bare form after a singular subject is what is asked
        for (the mandative subjunctive), not a fact ("withdraws" would be one). So is one after a
        verb of demanding or ordering whatever its subject ("ordered that Israeli forces halt the
        offensive": "halt" after a plural is bare too), and a passive with a bare "be" ("ordered that
        all units be placed on alert")."""
        if self.clause_link(verb) != "ccomp" or verb.tag_ not in (("VBN",) if passive else ("VB", "VBP")):
            return False
        if passive:
            return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) or verb.head.lemma_.lower() in self.profile.mandative_verbs
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return False
        if verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in self.profile.mandative_verbs and subjects[0].pos_ in ("NOUN", "PROPN"):
            return True
        return (
            subjects[0].pos_ in ("NOUN", "PROPN")
            and subjects[0].morph.get("Number") != ["Plur"]
            and not any(c.dep_ == "conj" for c in subjects[0].children)
        )
