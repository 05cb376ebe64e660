"""English repair of the time or deadline given on a verb of giving, read as an adverb or inside the
first object ("gave the junta seven days/npadvmod to restore", "handed the officers who seized power
a deadline/dobj>seized"): called by ``EnglishGrammar.repair`` (en_core_web_sm's ClearNLP labels)."""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge.language_profile import LanguageProfile

# Links of the one given to, as the parser reads it before the repair.
RECEIVER_LINKS = frozenset({"dobj", "dative"})
# Links of a clause inside the receiver's phrase that may take the second object for its own.
INNER_CLAUSE_LINKS = frozenset({"relcl", "acl"})
# Words of a span's own phrase: "48 hours", "a one-week", "seven days".
SPAN_OPENING_LINKS = frozenset({"nummod", "det", "amod", "compound", "quantmod"})


def time_given_read_as_adverb(verb: Token, profile: LanguageProfile) -> None:
    """"ECOWAS gave the junta seven days/npadvmod to restore Bazoum", "gave the officers who seized
    power one week/npadvmod>seized to reinstate": the parser reads the time given as an adverb of the
    verb (or of a relative clause on the one given to), so the ultimatum's expression ("give day")
    and the one it is given to are not found. A span of time counted ("seven days", "a week") right
    after the receiver, with an infinitive saying what is to be done in it, is the thing given: the
    verb's direct object, and the infinitive the verb's. "Handed the officers who seized power a
    deadline/dobj>seized": a second direct object on a clause inside the receiver is the verb's as
    well. The existing two-objects repair then makes the receiver the indirect object."""
    giving_verbs = profile.ditransitive_verbs
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in giving_verbs:
        return
    receivers = [c for c in verb.children if c.dep_ in RECEIVER_LINKS and c.i > verb.i]
    if len(receivers) != 1:
        return
    receiver = receivers[0]
    given = _span_read_as_adverb(verb, receiver, profile) or _second_object_of_inner_clause(receiver, giving_verbs)
    if given is None:
        return
    if receiver.dep_ == "dobj" and not _follows_receiver(receiver, given):
        return
    infinitive = _infinitive_after(given)
    if infinitive is None and given.dep_ == "npadvmod":
        return  # "gave the army two days" names no act to be done: maybe no ultimatum
    given.head = verb
    given.dep_ = "dobj"
    if receiver.dep_ == "dobj":
        receiver.dep_ = "dative"  # the one given to, before the thing given
    if infinitive is not None and infinitive.head.i != given.i:
        infinitive.head = verb
        infinitive.dep_ = "advcl"


def _span_read_as_adverb(verb: Token, receiver: Token, profile: LanguageProfile) -> Token | None:
    """A counted span of time after the receiver, hung on the verb or on a clause inside the receiver."""
    inside = {t.i for t in receiver.subtree if t.pos_ in ("VERB", "AUX")}
    for word in verb.doc[receiver.i + 1 :]:
        if (
            word.dep_ == "npadvmod"
            and word.lemma_.lower() in profile.time_nouns
            and (word.head.i == verb.i or word.head.i in inside)
            and any(c.dep_ in SPAN_OPENING_LINKS and c.i < word.i for c in word.children)
            and not any(c.lower_ in profile.time_point_adverbs for c in word.children)
        ):
            return word
    return None


def _second_object_of_inner_clause(receiver: Token, giving_verbs: frozenset[str]) -> Token | None:
    """"the officers who seized power/dobj in Niamey a deadline/dobj": a clause verb with two direct
    objects (not itself a verb of giving, which may have two) has the receiver's verb's second one."""
    for clause in (t for t in receiver.subtree if t.dep_ in INNER_CLAUSE_LINKS and t.pos_ == "VERB"):
        if clause.lemma_.lower() in giving_verbs:
            continue
        objects = [c for c in clause.children if c.dep_ == "dobj" and c.i > clause.i]
        if len(objects) == 2:
            return objects[1]
    return None


def _follows_receiver(receiver: Token, given: Token) -> bool:
    """The given span opens right where the receiver's own phrase (without the span) ends."""
    span_words = {t.i for t in given.subtree}
    infinitive = _infinitive_after(given)
    if infinitive is not None:
        span_words |= {t.i for t in infinitive.subtree}
    own = [t.i for t in receiver.subtree if t.i not in span_words and not t.is_punct]
    if not own:
        return False
    # A place phrase the parser hung on the verb may stand between them ("the junta in/prep>gave Niamey").
    verb_phrases = {t.i for c in receiver.head.children if c.dep_ == "prep" and c.i > receiver.i for t in c.subtree}
    return all(i in verb_phrases for i in range(max(own) + 1, given.left_edge.i))


def _infinitive_after(given: Token) -> Token | None:
    """The "to" infinitive after the span ("seven days to restore"), inside its phrase or right after it
    (past its own complements: "48 hours on Thursday to leave")."""
    doc = given.doc
    position = given.right_edge.i + 1
    for word in given.subtree:
        if word.i > given.i and word.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children):
            return word
    if position + 1 < len(doc) and doc[position].lower_ == "to" and doc[position + 1].tag_ == "VB":
        return doc[position + 1]
    return None
