"""English repairs of clause structure: which verb a phrase or a noun belongs to across a clause
boundary (called by ``EnglishGrammar.repair``; en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

from . import founds

# Markers of an infinitive: "allowed inspectors to/aux visit"; any other auxiliary ("told reporters the
# army would withdraw") makes the clause a finite one, with its own subject.
INFINITIVE_MARKERS = {"to"}
# Verbs of allowing that take a bare infinitive ("let convoys enter"), which the tagger may read as a
# finite present after a plural noun ("convoys enter/VBP").
BARE_INFINITIVE_VERBS = {"let"}
# Verbs of the profile's object-control class whose bare clause is often no act of the noun before
# it ("helped prices rise", "helped the economy grow"): their complement keeps the subject the parser
# gives it, unless that subject is a name ("to help Ukraine defend itself", "help Sudan contain
# the outbreak"): a state or a body helped to act is the one helped.
UNCONTROLLED_VERBS = {"help"}
# Entity types of a name that is the one helped.
HELPED_NAME_TYPES = frozenset({"GPE", "ORG", "NORP"})
# Prepositions by which the participle of a reduced relative names what a person is held for ("a
# businessman wanted for fraud", "an activist accused of treason"): a charge, never a place to go.
CHARGE_PREPOSITIONS = {"for", "of", "with", "over", "in"}
# Entity types of a place a person or thing is moved to ("extradited … to the United States"); the
# prepositions that name it are the profile's ``destination_prepositions`` (not "in": "wanted for
# crimes in Ukraine" says where they were done).
DESTINATION_TYPES = {"GPE", "LOC"}
# Links of a verb's or a preposition's argument, which a compass point can be misread as heading.
ARGUMENT_LINKS = {"dobj", "pobj", "nsubj", "nsubjpass"}


def object_read_as_subject_of_complement(verb: Token, object_control_verbs: frozenset[str]) -> None:
    """"Iran allowed IAEA inspectors/nsubj to visit/ccomp the site", "Israel let aid convoys/nsubj
    enter/ccomp Gaza": after a verb of allowing, ordering or helping, the noun before the infinitive
    is the verb's object and the infinitive its complement (as the parser reads "urged Russia/dobj to
    withdraw/xcomp"), so that the verb's expression ("allow inspector") and its target are found."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in object_control_verbs:
        return
    if any(c.dep_ in ("dobj", "xcomp") for c in verb.children):
        return
    if _participle_read_as_complement(verb):
        return
    for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
        if clause.pos_ != "VERB" or clause.tag_ != "VB" and not (clause.tag_ == "VBP" and lemma in BARE_INFINITIVE_VERBS):
            continue
        if any(c.dep_ in ("mark", "auxpass") or c.dep_ == "aux" and c.lower_ not in INFINITIVE_MARKERS for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or not verb.i < subjects[0].i < clause.i:
            continue
        subject = subjects[0]
        if subject.pos_ not in ("NOUN", "PROPN", "PRON") or subject.tag_ in ("WDT", "WP"):
            continue
        if lemma in UNCONTROLLED_VERBS and not (subject.pos_ == "PROPN" and subject.ent_type_ in HELPED_NAME_TYPES):
            continue
        # Nothing but the noun phrase (and "to") between the verb and the infinitive.
        if subject.left_edge.i != verb.i + 1 or any(
            t.i not in range(subject.left_edge.i, subject.right_edge.i + 1) and t.lower_ not in INFINITIVE_MARKERS
            for t in verb.doc[verb.i + 1 : clause.i]
        ):
            continue
        subject.head = verb
        subject.dep_ = "dobj"
        clause.dep_ = "xcomp"
        return


def _participle_read_as_complement(verb: Token) -> bool:
    """"allowed a convoy/nsubj carrying/ccomp food to enter/advcl>carrying the city": a noun phrase
    with a present participle after it, then the infinitive, is the verb's object with a reduced
    relative on it, and the infinitive the verb's complement (as without the participle: "allowed a
    convoy/dobj to enter/xcomp"). Whether the repair was made."""
    for noun, participle in _participles_after_their_subject(verb):
        infinitives = _infinitives_of(participle)
        if len(infinitives) != 1:
            continue
        _object_with_its_participle(verb, noun, participle)
        infinitives[0].head = verb
        infinitives[0].dep_ = "xcomp"
        for stop in [c for c in participle.children if c.dep_ == "punct" and c.i > participle.i]:
            stop.head = verb
        return True
    return False


def object_read_as_subject_of_participle(verb: Token, reporting_verbs: frozenset[str]) -> None:
    """"Gunmen abducted 40 farmers/nsubj working/ccomp their fields": a present participle clause
    with no auxiliary nor conjunction right after its subject, itself right after a verb with no
    object of its own, tells what the object was doing; the noun is the verb's object and the
    participle a reduced relative on it. Not after verbs of saying ("said rebels advancing …" is
    what is said), nor before an infinitive (``_participle_read_as_complement``)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in reporting_verbs:
        return
    for noun, participle in _participles_after_their_subject(verb):
        own = [c for c in verb.children if c.dep_ in ("dobj", "dative", "ccomp", "xcomp") and c.i != participle.i]
        if own or _infinitives_of(participle):
            continue
        _object_with_its_participle(verb, noun, participle)
        return


def _participles_after_their_subject(verb: Token) -> list[tuple[Token, Token]]:
    """(noun, participle) of each present participle read as a clause of ``verb`` with the noun
    phrase right after the verb as its subject ("abducted 40 farmers/nsubj working/ccomp")."""
    found = []
    for participle in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
        if participle.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in participle.children):
            continue
        subjects = [c for c in participle.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].left_edge.i != verb.i + 1:
            continue
        if subjects[0].right_edge.i == participle.i - 1:
            found.append((subjects[0], participle))
    return found


def _infinitives_of(participle: Token) -> list[Token]:
    return [
        c for c in participle.children
        if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and c.i > participle.i
        and any(a.dep_ == "aux" and a.lower_ in INFINITIVE_MARKERS for a in c.children)
    ]


def _object_with_its_participle(verb: Token, noun: Token, participle: Token) -> None:
    noun.head = verb
    noun.dep_ = "dobj"
    participle.head = noun
    participle.dep_ = "acl"


def destination_read_inside_relative(verb: Token, destination_prepositions: tuple[str, ...]) -> None:
    """"Spain extradited a businessman wanted for fraud to/prep>fraud the United States": a phrase
    naming a place after a reduced relative on the verb's object (a participle of charging with its
    charge) is hung on the charge noun or on the participle ("accused of fraud to/prep>accused
    Montenegro"); neither names a place to go, so the phrase is the verb's, as it is when nothing
    stands between ("extradited a businessman to the United States"), and so are the phrases after
    it ("… to the United States on/prep>wanted Tuesday")."""
    if verb.pos_ != "VERB":
        return
    relative_read_as_clause(verb, destination_prepositions)
    own = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    for obj in [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]:
        for participle in [c for c in obj.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > obj.i]:
            charges = _charges(participle)
            if not charges:
                continue
            phrases = _destination_phrases(participle, charges, destination_prepositions)
            for phrase in phrases:
                places = [c for c in phrase.children if c.dep_ == "pobj" and c.ent_type_ in DESTINATION_TYPES]
                if phrase.lower_ in own or not places:
                    continue
                phrase.head = verb
                own.add(phrase.lower_)
                for later in [c for c in participle.children if c.dep_ in ("prep", "npadvmod") and c.i > phrase.i]:
                    later.head = verb


def _charges(participle: Token) -> list[Token]:
    """The charge nouns of a participle of charging ("wanted for/of/with embezzlement")."""
    return [
        charge
        for charge_prep in participle.children
        if charge_prep.dep_ == "prep" and charge_prep.lower_ in CHARGE_PREPOSITIONS and charge_prep.i > participle.i
        for charge in charge_prep.children
        if charge.dep_ == "pobj" and charge.pos_ in ("NOUN", "VERB")
    ]


def _destination_phrases(participle: Token, charges: list[Token], destination_prepositions: tuple[str, ...]) -> list[Token]:
    """The "to"/"into" phrases after the charge, on the charge or on the participle ("wanted for
    fraud to the United States")."""
    return [
        c for holder in charges + [participle] for c in holder.children
        if c.dep_ == "prep" and c.lower_ in destination_prepositions and c.i > charges[0].i
    ]


def relative_read_as_clause(verb: Token, destination_prepositions: tuple[str, ...]) -> None:
    """"Poland extradited a Belarusian activist/nsubj wanted/VBD/ccomp for embezzlement to Lithuania":
    a verb with no object, then a noun phrase and a participle with its charge and a place to go, is
    no verb with a clause (the activist wanted nothing "to Lithuania"): the noun phrase is the verb's
    object and the participle a reduced relative on it, as the parser reads "a Serbian man accused/acl
    of fraud"; the destination is then the verb's (``destination_read_inside_relative``)."""
    if any(c.dep_ in ("dobj", "dative", "xcomp") for c in verb.children):
        return
    for participle in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
        if participle.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in participle.children):
            continue
        subjects = [c for c in participle.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].left_edge.i != verb.i + 1:
            continue
        noun = subjects[0]
        if noun.right_edge.i != participle.i - 1:
            continue
        charges = _charges(participle)
        if not charges:
            continue
        destinations = [
            c for c in _destination_phrases(participle, charges, destination_prepositions)
            if any(p.dep_ == "pobj" and p.ent_type_ in DESTINATION_TYPES for p in c.children)
        ]
        if not destinations:
            continue
        noun.head = verb
        noun.dep_ = "dobj"
        participle.head = noun
        participle.dep_ = "acl"
        # The final stop closes the verb's sentence, not the relative.
        for stop in [c for c in participle.children if c.dep_ == "punct" and c.i > participle.i]:
            stop.head = verb
        return


# Points of the compass, which locate a noun phrase ("waters southwest of Okinawa"); the halves of
# the hyphenated ones, which the tokenizer splits ("north - east"). Closed-class words of this
# grammar's repairs, kept beside them as the other grammar modules do.
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "north-east", "north-west", "south-east", "south-west",
})
COMPASS_FIRST_HALVES = frozenset({"north", "south"})
COMPASS_SECOND_HALVES = frozenset({"east", "west"})


def _compass_start(word: Token) -> int:
    """Index of the first token of the compass point ``word`` ends ("north - east" starts at "north")."""
    doc = word.doc
    if (
        word.lower_ in COMPASS_SECOND_HALVES and word.i >= 2 and doc[word.i - 1].text in ("-", "–")
        and doc[word.i - 2].lower_ in COMPASS_FIRST_HALVES
    ):
        return word.i - 2
    return word.i


def direction_read_as_head(word: Token) -> None:
    """"entered Japanese territorial waters/compound southwest/dobj of Okinawa", "waters/compound
    west/ADV/dobj of Palawan", "waters/compound north-east/dobj of Tallinn": a point of the compass
    (whatever its tag, hyphenated or not) heading an argument and followed by an "of" phrase, after a
    noun read as its modifier, is no head: the noun before it is (as in "waters east/advmod of
    Okinawa"), and the compass word with its "of" phrase says where it lies."""
    if word.lower_ not in COMPASS_WORDS or word.head.i == word.i or word.dep_ not in ARGUMENT_LINKS:
        return
    if not any(c.dep_ == "prep" and c.lower_ == "of" and c.i == word.i + 1 for c in word.children):
        return
    start = _compass_start(word)
    nouns = [c for c in word.children if c.dep_ == "compound" and c.i == start - 1 and c.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return
    noun = nouns[0]
    noun.head = word.head
    noun.dep_ = word.dep_
    for child in list(word.children):
        if child.i < noun.i:
            child.head = noun
    word.head = noun
    word.dep_ = "advmod"


# Entity types of the names a "to" phrase gives the one an act is done to.
RECIPIENT_TYPES = {"GPE", "ORG", "NORP"}


def recipient_read_inside_of_complement(noun: Token, to_taking_nouns: frozenset[str]) -> None:
    """"Russia made an offer of talks to/prep>talks Ukraine": the "to" phrase naming a state or an
    organisation after the "of" complement of a noun is the head noun's (an offer to Ukraine), as the
    parser reads it when the complement is another word ("an offer of help to/prep>made Lebanon");
    not when the complement takes a "to" phrase itself (``to_taking_nouns``: "an offer of access to the site")."""
    if noun.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    inner = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
    if inner is None or inner.lemma_.lower() in to_taking_nouns:
        return
    phrase = next((c for c in inner.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > inner.i), None)
    if phrase is None or phrase.right_edge.i != inner.right_edge.i:
        return
    names = [c for c in phrase.children if c.dep_ == "pobj" and c.ent_type_ in RECIPIENT_TYPES]
    if names:
        phrase.head = noun


def order_clause_read_as_complement(verb: Token, order_verbs: frozenset[str]) -> None:
    """"Putin ordered that the army/nsubj deploy/ccomp troops to Belarus": the that-clause of a verb of
    ordering, its verb bare and active, is the order's complement with the one ordered as its object,
    as in "ordered the army to deploy troops to Belarus"; the coder then tells an order to one's own
    forces (the act is done) from an order to another (a demand of it), as it does for the infinitive."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in order_verbs:
        return
    if any(c.dep_ in ("dobj", "xcomp", "dative") for c in verb.children):
        return
    for clause in [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]:
        if clause.pos_ != "VERB" or clause.tag_ not in ("VB", "VBP"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "neg") or c.dep_ == "mark" and c.lower_ != "that" for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or not verb.i < subjects[0].i < clause.i:
            continue
        subject = subjects[0]
        subject.head = verb
        subject.dep_ = "dobj"
        clause.dep_ = "xcomp"
        clause.tag_ = "VB"
        for mark in [c for c in clause.children if c.dep_ == "mark"]:
            mark.head = verb
            mark.dep_ = "dep"
        return


def opening_participle_read_as_subject(participle: Token) -> None:
    """"Accusing the opposition of sedition/csubj, President X placed the country under martial law":
    a participle clause that opens the sentence and ends at a comma, read as the clausal subject of a
    verb that has a subject of its own after that comma. A verb has one subject: the participle clause
    is adverbial, and its act is the main subject's."""
    verb = participle.head
    if participle.dep_ != "csubj" or participle.tag_ != "VBG" or verb.i <= participle.i or participle.left_edge.i != participle.sent.start:
        return
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and participle.i < c.i < verb.i), None)
    if subject is None or not any(w.lower_ == "," for w in participle.doc[participle.right_edge.i : subject.left_edge.i]):
        return
    participle.dep_ = "advcl"


def past_verb_read_inside_subordinate_clause(verb: Token) -> None:
    """"The militia's leader warned that no ship would be safe, and threatened/conj Britain", "X
    declared a disaster as a drought wiped out harvests, and asked/conj donors for aid": a past verb
    with no subject of its own, after a comma and "and", read as coordinated with the verb of a
    subordinate clause that has its own subject: the modal verb of a that-clause (what would happen),
    or the verb of an adverbial clause (as, when, after ...). The past verb, in the tense of the main
    verb, continues the narrative: it is coordinated with the main verb and shares its subject."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ not in ("ccomp", "advcl") or head.i >= verb.i:
        return
    main = head.head
    if main.tag_ != "VBD" or main.i >= head.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    if not any(c.dep_ == "mark" for c in head.children):
        return
    if head.dep_ == "ccomp" and not any(c.tag_ == "MD" and c.dep_ == "aux" for c in head.children):
        return
    if head.dep_ == "advcl" and not any(c.dep_ == "nsubj" for c in head.children):
        return
    links = [c for c in head.children if head.right_edge.i >= c.i > head.i and c.i < verb.i and c.dep_ in ("cc", "punct")]
    if [c.lower_ for c in links[-2:]] != [",", "and"]:
        return
    for word in (*links[-2:], verb):
        word.head = main



def founded_for_read_as_relative(infinitive: Token, founding_verbs: frozenset[str]) -> None:
    """"The council set up a mission/dobj to investigate/relcl abuses": the infinitive after the object
    of a verb of founding, read as a relative on the object, which names no one who acts. What a body
    is set up to do its founder does through it: the infinitive is the founding verb's (its aim, as
    "created a committee to investigate" is read), and its act the founder's (events/modality.py)."""
    noun = infinitive.head
    if infinitive.tag_ != "VB" or infinitive.dep_ not in ("relcl", "acl") or noun.dep_ != "dobj" or noun.i >= infinitive.i:
        return
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) or any(c.dep_ == "nsubj" for c in infinitive.children):
        return
    if noun.head.pos_ != "VERB" or not founds(noun.head, founding_verbs):
        return
    infinitive.head, infinitive.dep_ = noun.head, "advcl"


# Tags of finite verbs: a verb coordinated with another in a different finite form is not its
# conjunct ("that Hamas free/VB … and urged/VBD").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _passive_with_object_after(participle: Token, verb: Token) -> bool:
    """"insisted that the envoy be freed/VBN and cut/VBD aid": a verb with a direct object of its own
    does not share a passive auxiliary (a passive takes no object), so it is no participle of it."""
    return any(c.dep_ == "auxpass" for c in participle.children) and any(c.dep_ == "dobj" for c in verb.children)


def finite_verb_read_inside_subordinate_clause(verb: Token) -> None:
    """"He demanded that Hamas free/VB the hostages and urged/VBD>free Israel to …", "dismissed the
    terms Hamas had set/VBN and vowed/VBD>set to press on": a finite verb with no subject of its own,
    read as coordinated with the verb of a that-clause, a relative or an adverbial clause that has its
    own subject, in another form than that verb but in the form of the verb that clause hangs on
    (before it): the two finite verbs are coordinated and share the main verb's subject. A verb in the
    subordinate verb's own form stays its conjunct ("said that Hamas freed/VBD two and kept/VBD ten"),
    and so does one after a perfect in a that-clause ("said the jet had violated/VBN … and ignored/VBD
    …": the tagger reads many a participle that shares "had" as a past); not one after a passive when
    it has an object ("insisted that the envoy be freed/VBN and cut/VBD all aid")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or head.dep_ not in ("ccomp", "relcl", "advcl") or head.i >= verb.i:
        return
    if head.tag_ == verb.tag_ or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return
    if head.tag_ == "VBN" and head.dep_ != "relcl" and not _passive_with_object_after(head, verb):
        return  # "said the jet had violated … and ignored": a past in -ed may share the auxiliary
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return
    main = head.head
    if head.dep_ == "relcl":
        main = main.head  # the verb of the noun the relative clause is on
    if main.tag_ != verb.tag_ or main.i >= head.i or main.pos_ not in ("VERB", "AUX"):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return
    for word in [c for c in head.children if head.i < c.i < verb.i and c.dep_ == "cc"] + [verb]:
        word.head = main
