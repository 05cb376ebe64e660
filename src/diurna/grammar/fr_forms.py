"""French verb forms that fr_core_news_md tags as another part of speech.

The model knows the passé composé of common verbs, but it tags the participle of a rarer one as a
noun or an adjective ("a téléphoné", "a gelé ses relations", "a surtaxé"), and a gerund as a noun
or an adjective ("en bombardant", "en sanctionnant"). Either way the word keeps its own form as
its lemma, so no pattern is found. The form says the verb: a participle in -é is of a verb in
-er, and a gerund's ending gives its infinitive for the regular conjugations. An opening
participle, capitalised, may be tagged a proper noun ("Réunis à Bruxelles, les ministres …"), and
a present in -e that is also a noun or an adjective read as the subject's modifier ("La Chine
critique le Japon"): the same reading by form mends both. The other way round, people counted by
what befell them ("au moins quarante déplacés") are a noun the model tags a participle, and an
alleging participle ("membres présumés du PKK") an adjective it tags a verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .fr_objects import AGENT_CASES, PARTITIVE_CASES

# Parts of speech a verb form may be read as.
MISREAD_POS = ("NOUN", "ADJ", "PROPN", "ADV")
# Participles in -é that are not of a verb in -er.
NOT_ER_PARTICIPLES = frozenset({"été", "né"})
# Participles in -i that are not of a verb in -ir ("suivi", "poursuivi": suivre; "ri": rire), and
# endings of participles in -is read without their "s" ("mis", "pris", "conquis", "assis").
NOT_IR_PARTICIPLES = frozenset({"suivi", "poursuivi", "ensuivi", "souri", "nui", "lui", "assi"})
NOT_IR_ENDINGS = ("mi", "pri", "qui")
# Words in -ant after "en" that are no gerund ("en avant", "en tant que").
NOT_GERUNDS = frozenset({"avant", "tant", "maintenant", "cependant", "pendant", "durant", "enfant", "enfants", "instant"})
# Gerund endings and the infinitive endings they stand for, longest first: "en finissant" (finir),
# "en exigeant" (exiger), "en lançant" (lancer), "en employant" (employer), else -er.
GERUND_ENDINGS = (("issant", "ir"), ("geant", "ger"), ("çant", "cer"), ("ant", "er"))
# Object clitics before a verb, by the label of what they stand for: the one addressed, or the object.
OBJECT_CLITICS = {"leur": "iobj", "lui": "iobj", "les": "obj", "la": "obj", "le": "obj", "l'": "obj", "l’": "obj"}


def _er_participle_lemma(form: str) -> str | None:
    """"gelées" -> "geler": the infinitive of a participle in -é(e)(s), else None."""
    stem = form.removesuffix("s").removesuffix("e")
    if not stem.endswith("é") or stem in NOT_ER_PARTICIPLES or len(stem) < 4:
        return None
    return stem[:-1] + "er"


def _ir_participle_lemma(form: str) -> str | None:
    """"approfondies" -> "approfondir": the infinitive of a participle in -i(e)(s), else None."""
    stem = form.removesuffix("s").removesuffix("e")
    if not stem.endswith("i") or len(stem) < 5 or stem.endswith(NOT_IR_ENDINGS) or stem in NOT_IR_PARTICIPLES:
        return None
    return stem + "r"


def participle_read_as_noun(token: Token) -> None:
    """"Le président a téléphoné à …", "Le Maroc a gelé ses relations", "ont été assiégés": a past
    participle in -é with its auxiliary ("a", "ont", "été") tagged a noun or an adjective. It is the
    participle of a verb in -er: the verb, with that lemma. The same for a participle in -i of a
    verb in -ir ("Le Maroc et l'Espagne ont approfondi leur coopération")."""
    form = token.lower_
    if token.pos_ not in MISREAD_POS or not token.text.islower():
        return
    lemma = _er_participle_lemma(form) or _ir_participle_lemma(form)
    if lemma is None:
        return
    auxiliary = any(
        c.pos_ == "AUX" and c.i < token.i and (c.lemma_ == "avoir" or c.lower_ == "été") and c.dep_.startswith("aux")
        for c in token.children
    )
    if not auxiliary:
        return
    token.pos_ = "VERB"
    token.lemma_ = lemma
    number = "Plur" if form.endswith("s") else "Sing"
    gender = "Fem" if form.removesuffix("s").endswith("ée") else "Masc"
    token.set_morph(f"Gender={gender}|Number={number}|Tense=Past|VerbForm=Part")
    for child in token.children:
        # "a surtaxé les produits chinois": the noun after the participle is its object.
        if child.dep_ == "dep" and child.pos_ in ("NOUN", "PROPN") and child.i > token.i and not any(g.dep_ == "case" for g in child.children):
            child.dep_ = "obj"


def _gerund_lemma(form: str) -> str | None:
    for ending, infinitive in GERUND_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            return form[: -len(ending)] + infinitive
    return None


def gerund_read_as_noun(doc: Doc, token: Token) -> None:
    """"L'armée a riposté en bombardant la ville", "en sanctionnant Moscou": a gerund (the
    preposition "en" and a form in -ant) tagged a noun or an adjective, keeping its form as lemma.
    It is the present participle of a verb (its infinitive from its ending), an adverbial clause of
    the verb it hangs on; a bare noun phrase after it, which the parser may hang on that verb or
    on the gerund as a modifier, is its object."""
    form = token.lower_
    if token.pos_ not in MISREAD_POS or not token.text.islower() or form in NOT_GERUNDS or not form.endswith("ant"):
        return
    if token.i == 0 or doc[token.i - 1].lower_ != "en" or token.lemma_.lower() != form:
        return
    lemma = _gerund_lemma(form)
    if lemma is None:
        return
    governor = token.head
    token.pos_ = "VERB"
    token.lemma_ = lemma
    token.set_morph("Tense=Pres|VerbForm=Part")
    case = doc[token.i - 1]
    if case.head.i == token.i:
        case.dep_ = "mark"
    if governor.i != token.i and governor.pos_ in ("VERB", "AUX"):
        token.dep_ = "advcl"
    has_object = False
    for child in list(token.children):
        if child.dep_ in ("nmod", "obj", "dep") and child.i > token.i and child.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in child.children):
            child.dep_ = "obj"
            has_object = True
            break
    if has_object or governor.i == token.i:
        return
    # "a riposté en bombardant la ville": the object read as the governing verb's.
    following = next((c for c in governor.children if c.dep_ == "obj" and c.i > token.i), None)
    if following is not None and all(doc[i].head.i in (following.i, token.i) or doc[i].head.head.i == following.i for i in range(token.i + 1, following.i)):
        following.head = token


def participle_clause_read_as_noun(doc: Doc, token: Token) -> None:
    """"L'armée a poursuivi son offensive, bombardant la ville", "a réagi, sanctionnant trois
    entreprises": a present participle opening a clause after a comma, tagged a noun or an
    adjective (in apposition to the noun before, or an oblique) with its object read as its
    modifier. It is the participle of its verb, an adverbial clause of the sentence's verb, and
    the noun phrase after it its object. Read only with a comma before it and an article, a
    number or a name after it (an adjective in -ant takes neither: "une situation inquiétante")."""
    form = token.lower_
    if token.pos_ not in MISREAD_POS or not token.text.islower() or form in NOT_GERUNDS or not form.endswith("ant"):
        return
    if token.i == 0 or doc[token.i - 1].lower_ != "," or token.i + 1 >= len(doc) or token.lemma_.lower() != form:
        return
    if doc[token.i + 1].pos_ not in ("DET", "NUM", "PROPN") or any(c.dep_ in ("det", "case") for c in token.children):
        return
    root = token.sent.root
    if root.pos_ != "VERB" or root.i > token.i:
        return
    lemma = _gerund_lemma(form)
    if lemma is None:
        return
    _make_participle(token, lemma, root)
    for child in list(token.children):
        if child.dep_ in ("nmod", "obj", "dep") and child.i > token.i and child.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in child.children):
            child.dep_ = "obj"
            return


def _make_participle(token: Token, lemma: str, root: Token) -> None:
    """Retag a misread present participle as one, an adverbial clause of the sentence's verb."""
    token.pos_ = "VERB"
    token.lemma_ = lemma
    token.set_morph("Tense=Pres|VerbForm=Part")
    token.head = root
    token.dep_ = "advcl"


def participle_after_clitic_read_as_noun(doc: Doc, token: Token) -> None:
    """"…, leur reprochant d'avoir commis …", "…, lui demandant de …": a present participle after a
    comma and an object clitic, tagged a noun with the clitic read as its determiner, and a clause
    after it ("de" and an infinitive, "que"). Only a verb takes both: it is the participle of its
    verb, an adverbial clause of the sentence's verb, and the clitic its object (a dative for "lui",
    "leur")."""
    form = token.lower_
    if token.pos_ not in MISREAD_POS or not token.text.islower() or form in NOT_GERUNDS or not form.endswith("ant"):
        return
    if token.i < 2 or doc[token.i - 2].lower_ != "," or token.lemma_.lower() != form:
        return
    clitic = doc[token.i - 1]
    if clitic.lower_ not in OBJECT_CLITICS or clitic.head.i != token.i:
        return
    if not any(c.pos_ in ("VERB", "AUX") and c.i > token.i for c in token.children):
        return  # "…, leur commandant et …": a possessive before a noun, which takes no clause
    root = token.sent.root
    lemma = _gerund_lemma(form)
    if root.pos_ != "VERB" or root.i > token.i or lemma is None:
        return
    _make_participle(token, lemma, root)
    clitic.pos_ = "PRON"
    clitic.dep_ = OBJECT_CLITICS[clitic.lower_]


def noun_read_as_participle(token: Token) -> None:
    """"la candidature de l'opposant sénégalais", "les assaillants": a noun in -ant (a person named
    by what they do) tagged the present participle of a verb. An article before it says the noun:
    a participle takes none. People counted by what befell them ("au moins quarante déplacés"):
    see ``counted_participle_read_as_verb``; nouns with an infinitive's form ("un reporter"):
    ``infinitive_read_as_noun``."""
    form = token.lower_
    counted_participle_read_as_verb(token)
    infinitive_read_as_noun(token)
    if token.pos_ != "VERB" or not token.text.islower() or not form.removesuffix("s").endswith("ant"):
        return
    if token.morph.get("VerbForm") != ["Part"] or token.morph.get("Tense") != ["Pres"]:
        return
    if token.dep_ not in ("nmod", "obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "obl:agent", "conj", "appos"):
        return
    if not any(c.dep_ == "det" and c.pos_ == "DET" and c.i < token.i for c in token.children):
        return
    if any(c.dep_ in ("obj", "aux", "aux:tense", "mark") for c in token.children):
        return
    plural = form.endswith("s")
    token.pos_ = "NOUN"
    token.lemma_ = form.removesuffix("s")
    token.set_morph(f"Number={'Plur' if plural else 'Sing'}")


# Labels a counted participle read as a verb may bear where a noun phrase stands.
COUNTED_PARTICIPLE_LABELS = frozenset({"xcomp", "obj", "nsubj", "nsubj:pass", "obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "conj", "appos"})


def _number_word(token: Token) -> bool:
    return token.pos_ == "NUM" or token.like_num


def counted_participle_read_as_verb(token: Token) -> None:
    """"ont tué au moins quarante déplacés", "a distribué des rations à quelque 200 000 déplacés":
    a plural past participle naming people by what befell them, counted by a number before it, read
    as a verb (a complement of the main verb, the number its object or modifier). A number counts
    things, and a participle with no auxiliary, subject or object of its own is then the noun.
    The noun becomes the main verb's object where the verb was given none."""
    form = token.lower_
    if token.pos_ != "VERB" or not token.text.islower() or not form.endswith("s"):
        return
    if token.morph.get("VerbForm") != ["Part"] or token.morph.get("Tense") != ["Past"] or token.dep_ not in COUNTED_PARTICIPLE_LABELS:
        return
    if any(c.dep_.startswith(("aux", "nsubj", "mark", "expl")) or (c.dep_ in ("obj", "iobj") and c.i > token.i) for c in token.children):
        return
    left = [c for c in token.children if c.i < token.i]
    # The number comes right before the participle ("quarante déplacés", "200 000 déplacés").
    if not left or not _number_word(token.doc[token.i - 1]) or not any(_number_word(w) for c in left for w in c.subtree):
        return
    token.pos_ = "NOUN"
    token.lemma_ = form.removesuffix("s")
    token.set_morph("Number=Plur")
    for child in left:
        if child.dep_ in ("obj", "dep") and _number_word(child):
            child.dep_ = "nummod"
    head = token.head
    if token.dep_ == "xcomp":
        has_object = any(c.dep_ == "obj" for c in head.children if c.i != token.i)
        token.dep_ = "nmod" if has_object else "obj"


def participle_read_as_name(sentence: Span, time_words: set[str]) -> None:
    """"Réunis à Bruxelles, les ministres ont condamné …": a past participle opening the
    sentence, capitalised, is tagged a proper noun (so it is no trigger and may take the
    subject). Read only when a preposition or a time word follows it and a comma closes the
    phrase ("Mali, Niger" or "Bali à …" has no participle ending or no comma-closed phrase
    before a verb). The participle becomes a clause of the main verb; a bare noun hung on it
    after the comma is the main verb's subject.
    """
    token = sentence[0]
    form = token.lower_
    if token.pos_ not in ("PROPN", "NOUN") or len(sentence) < 5 or len(form) < 5:
        return
    if token.pos_ == "NOUN" and sentence[1].lower_ not in time_words and sentence[1].lower_ not in AGENT_CASES:
        # A noun in -é opens a sentence with a complement of its own ("Député de Paris, …"):
        # only a time word or an agent after it says it is a participle ("Arrêté lundi par …").
        return
    singular = form.removesuffix("s")
    masculine = singular.removesuffix("e")
    if masculine.endswith("é"):
        lemma = masculine.removesuffix("é") + "er"  # "rassemblées" -> "rassembler"
    elif masculine.endswith("i"):
        lemma = masculine + "r"  # "réunies" -> "réunir"
    else:
        return
    following = sentence[1]
    if following.pos_ != "ADP" and following.lower_ not in time_words:
        return
    comma = next((w for w in sentence if w.lower_ == "," and w.i > token.i + 1), None)
    if comma is None:
        return
    verbs = [w for w in sentence if w.i > comma.i and w.pos_ == "VERB" and (w.dep_ == "ROOT" or w.head.i == token.i)]
    if not verbs:
        return
    token.pos_ = "VERB"
    token.lemma_ = lemma
    number = "Plur" if singular != form else "Sing"
    gender = "Fem" if masculine != singular else "Masc"
    token.set_morph(f"Gender={gender}|Number={number}|Tense=Past|VerbForm=Part")
    if token.dep_ == "ROOT":
        return  # the pass over participles read as the root mends the attachment
    main = verbs[0]
    if main.dep_ != "ROOT":
        return
    token.head = main
    token.dep_ = "advcl"
    has_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in main.children)
    for child in list(token.children):
        if child.i <= comma.i:
            continue
        child.head = main
        if not has_subject and child.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in child.children):
            child.dep_ = "nsubj"
            has_subject = True


def present_read_as_modifier(doc: Doc, token: Token) -> None:
    """"La Chine critique le Japon", "Le Qatar finance la reconstruction", "L'armée frappe des
    positions": a present form in -e that is also a noun or an adjective, read as the modifier
    of the subject, which becomes the root of a sentence with no verb. It is the verb (of an
    -er verb); the subject and what follows it are its arguments. The same when the form is
    tagged a verb but still hung on its subject ("La Russie expulse quatre diplomates")."""
    form = token.lower_
    # "Les talibans répriment les manifestantes", "Les États-Unis arment l'Ukraine": the third
    # person plural, read as an adverb in -ment or an adjective; only after a plural subject.
    plural = form.endswith("ent") and len(form) > 5
    if not (form.endswith("e") or plural) or len(form) < 4 or not token.text.islower() or token.i + 1 >= len(doc):
        return
    following = doc[token.i + 1]
    if following.pos_ not in ("DET", "PROPN", "NUM") and following.lower_ not in PARTITIVE_CASES:
        return
    if token.i + 1 >= token.sent.end:  # the sentence is costly to find: after the word's own tests
        return
    if any(w.pos_ in ("VERB", "AUX") and w.i != token.i for w in token.sent):
        return
    if token.pos_ in ("VERB", "AUX") and token.dep_ == "ROOT":
        return  # a verb at the root is read right
    if token.dep_ == "ROOT" and token.pos_ == "NOUN":
        # "Le président français visite la Chine": the form is the root, its subject found.
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is None or any(c.i < token.i and c.i != subject.i for c in token.children):
            return
        arguments = [c for c in token.children if c.i > token.i]
    elif (
        token.dep_ in ("amod", "nmod", "appos", "advmod", "flat:name", "acl")
        and token.head.dep_ == "ROOT"
        and token.head.i < token.i
        and all(c.i > token.i for c in token.children)
    ):
        # "La Turquie bombarde des positions": what follows may hang on the form or on the subject.
        subject = token.head
        arguments = sorted([c for c in subject.children if c.i > token.i] + list(token.children), key=lambda c: c.i)
    elif (
        token.dep_ in ("advmod", "amod", "acl")
        and token.head.dep_ == "nsubj"
        and token.head.i < token.i
        and token.head.head.dep_ == "ROOT"
        and token.head.head.i > token.i
        and token.head.head.pos_ in ("PROPN", "NOUN")
        and not list(token.children)
    ):
        # "Les États-Unis arment la Chine": the object read as the root, the subject as its subject.
        subject = token.head
        arguments = [subject.head]
        subject.head.dep_ = "dep"
    else:
        return
    # Only the subject's own words stand between it and the verb ("L'armée israélienne frappe").
    if subject.pos_ not in ("PROPN", "NOUN") or any(
        doc[i].head.i != subject.i or doc[i].dep_ not in ("amod", "flat:name", "nmod") for i in range(subject.i + 1, token.i)
    ):
        return
    if plural and not (subject.morph.get("Number") == ["Plur"] or any(c.lower_ in ("les", "des") for c in subject.children if c.dep_ == "det")):
        return
    token.pos_ = "VERB"
    token.lemma_ = form[:-2] + "r" if plural else form + "r"
    token.set_morph(f"Mood=Ind|Number={'Plur' if plural else 'Sing'}|Person=3|Tense=Pres|VerbForm=Fin")
    token.head = token
    token.dep_ = "ROOT"
    subject.head = token
    subject.dep_ = "nsubj"
    has_object = False
    for child in arguments:
        child.head = token
        # "L'Iran arme les Houthis": the object may be read as a conjunct of the subject.
        if child.dep_ in ("punct", "advmod", "cc") or (child.dep_ == "conj" and any(c.dep_ == "cc" for c in child.children)):
            continue
        case = next((c for c in child.children if c.dep_ == "case" and c.i < child.i), None)
        if case is not None and case.i == token.i + 1 and case.lower_ in PARTITIVE_CASES:
            case.dep_ = "det"  # "frappe des positions": the article, not "de"
            case = None
        if case is None and not has_object and child.pos_ in ("NOUN", "PROPN"):
            child.dep_ = "obj"
            has_object = True
        elif case is not None:
            child.dep_ = "obl:arg"


# The preposition of a noun's complement ("membres présumés du PKK").
OF_CASES = frozenset({"de", "d'", "d’", "du", "des"})


def allegation_read_as_verb(participle: Token, alleging_participles: frozenset[str]) -> None:
    """"trois membres présumés du PKK", "le chef présumé d'un gang": "présumé" read as a verb on
    the noun, with the noun's own "de" complement hung on it. It is the noun's adjective, and the
    complement the noun's: whose members they are."""
    noun = participle.head
    if (
        participle.pos_ != "VERB"
        or participle.lemma_ not in alleging_participles
        or participle.dep_ not in ("acl", "amod")
        or noun.pos_ != "NOUN"
        or noun.i != participle.i - 1
    ):
        return
    participle.pos_ = "ADJ"
    participle.dep_ = "amod"
    for child in list(participle.children):
        case = next((c for c in child.children if c.dep_ == "case" and c.i < child.i), None)
        if child.i > participle.i and child.pos_ in ("NOUN", "PROPN") and case is not None and case.lower_ in OF_CASES:
            child.head = noun
            child.dep_ = "nmod"


def infinitive_read_as_noun(token: Token) -> None:
    """"un reporter", "le souper": a noun with the form of an infinitive tagged the verb. An article
    before it says the noun: an infinitive takes none. It keeps its place in the phrase; one read
    as a complement of the verb ("a frappé un reporter") is that verb's object."""
    if token.pos_ != "VERB" or token.morph.get("VerbForm") != ["Inf"] or not token.text.islower():
        return
    if not any(c.dep_ == "det" and c.pos_ == "DET" and c.i < token.i for c in token.children):
        return
    if any(c.dep_.startswith(("aux", "nsubj", "mark", "expl")) or c.dep_ in ("obj", "iobj") for c in token.children):
        return
    token.pos_ = "NOUN"
    token.set_morph("Number=Sing")
    if token.dep_ == "xcomp":
        token.dep_ = "obj"
