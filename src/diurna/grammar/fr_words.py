"""Closed-class French words the repairs test for, and the index of a doc's words the passes walk.

Kept apart from ``fr.py`` so that the repair modules (``fr_attachments``) and the grammar
read the same lists."""

from __future__ import annotations

from typing import Iterable

from spacy.attrs import DEP, LOWER, POS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..columns import pos_ids, string_ids

# Prepositions the parser reads as adverbs with the noun below them ("auprès de", "près de").
ADVERBIAL_PREPOSITIONS = frozenset({"auprès", "près", "autour", "loin", "lors", "face"})
NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "ADJ", "VERB", "X"})
NOMINAL_LINKS = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "nmod:poss"})
NEGATION_WORDS = frozenset({"pas", "jamais", "aucun", "aucune", "nullement", "guère", "plus"})
# Contracted articles that the parser reads as the preposition "de" after a time noun or a verb
# ("a imposé mardi des droits de douane", "a utilisé du chlore").
PARTITIVES = frozenset({"des", "du"})
# The article "de" before an adjective and a plural noun ("de nouvelles sanctions").
INDEFINITE_DE = frozenset({"de", "d'", "d’"})
# Prepositions of a thing resisted ("malgré les appels de …").
CONCESSIVE_PREPOSITIONS = frozenset({"malgré"})
# Prepositions of a party to an act ("l'attaque du Hamas contre Israël", "l'offensive israélienne
# contre le Hezbollah") that the parser hangs on the name or the demonym before them: a name or a
# nationality takes no such complement, the noun of the act does.
PARTY_PREPOSITIONS = frozenset({"contre", "envers", "avec", "vers", "à", "au", "aux"})
# Of those, the ones an adjective may really take ("favorable à", "hostile envers"): moved from an
# adjective only when it is a nationality (no child of its own, right after its noun).
ADJECTIVE_PARTY_PREPOSITIONS = frozenset({"contre", "avec"})
# Prepositions of a verbal idiom's noun ("mettre en garde", "prendre d'assaut", "placer en garde à
# vue"): a bare noun phrase after the idiom is the verb's object, not the noun's modifier.
IDIOM_CASES = frozenset({"en", "d'", "d’", "de"})
DATIVE_CASES = frozenset({"à", "au", "aux"})
# Reflexive pronouns of pronominal verbs ("s'est retirée", "se sont entretenus").
REFLEXIVE_FORMS = frozenset({"se", "s'", "s’"})
# The relative pronoun "que" the parser reads as a conjunction.
RELATIVE_QUE = frozenset({"que", "qu'", "qu’"})
# Quotation marks that close a quoted adjunct ("« avec fermeté »").
CLOSING_QUOTES = frozenset({"»", "”", '"'})
# Definite articles after "de" in a partitive article ("de la", "de l'aide").
PARTITIVE_DEFINITE = frozenset({"la", "l'", "l’"})
# Forms of "de" (alone or fused with an article) that mark a noun's complement ("l'arrestation de X").
COMPLEMENT_DE = frozenset({"de", "d'", "d’", "du", "des"})
# Prepositions of a place complement ("à Bujumbura", "en Géorgie").
PLACE_CASES = frozenset({"à", "en"})
# Words in -ant that are no participle ("avant", "pendant", "maintenant").
NOT_PARTICIPLES = frozenset({"avant", "tant", "maintenant", "cependant", "pendant", "durant", "enfant", "instant", "néant"})
# The clitic of negation, which may stand between a comma and a participle ("…, ne reconnaissant que …").
NEGATION_CLITICS = frozenset({"ne", "n'", "n’"})


class DocWords:
    """The tokens of a doc being repaired, by part of speech and lower-case form, for the passes of
    ``FrenchGrammar.repair`` and ``fr_attachments``: each pass walks only the tokens whose own part of speech or form can
    pass its first test, and still makes the whole test on each.

    Both are read once, before the passes: forms never change, and no pass makes a word a noun or
    a proper noun; the words the passes make adjectives ("russes", "philippins") are no
    conjuncts, which is what the pass over adjectives looks for; the two passes that make a word a
    verb (a present form or an infinitive tagged a noun) come last. Labels change from pass to pass:
    ``labelled`` reads them when asked.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        # Each ``Token`` made once: ``doc[i]`` builds a new one at every call, and a token reads its
        # attributes from the doc when asked, so one made before a pass sees the pass's changes.
        self._tokens: list[Token] = list(doc)
        self._by_pos: dict[int, list[int]] = {}
        self._forms: list[int] = []
        for i, (pos, form) in enumerate(doc.to_array([POS, LOWER]).tolist()):
            self._by_pos.setdefault(pos, []).append(i)
            self._forms.append(form)
        # The indices of each ``having`` question asked: the columns above are read once.
        self._asked: dict[tuple, list[int]] = {}

    def having(self, pos: tuple[str, ...] | None, forms: Iterable[str] | None = None) -> list[Token]:
        """The tokens, in order, with one of the parts of speech ``pos`` (any when None) and one
        of the lower-case ``forms`` (any when None)."""
        key = (pos, forms if forms is None or isinstance(forms, (str, tuple, frozenset)) else frozenset(forms))
        indices = self._asked.get(key)
        if indices is None:
            indices = self._indices(pos, forms)
            self._asked[key] = indices
        tokens = self._tokens
        return [tokens[i] for i in indices]

    def _indices(self, pos: tuple[str, ...] | None, forms: Iterable[str] | None) -> list[int]:
        if pos is None:
            indices: list[int] = list(range(len(self._forms)))
        else:
            indices = sorted(i for tag in pos_ids(pos) for i in self._by_pos.get(tag, ()))
        if forms is not None:
            wanted = string_ids(frozenset(forms))
            indices = [i for i in indices if self._forms[i] in wanted]
        return indices

    def labelled(self, label: str) -> list[Token]:
        """The tokens, in order, with the dependency label ``label`` now."""
        wanted = get_string_id(label)
        tokens = self._tokens
        return [tokens[i] for i, dep in enumerate(self.doc.to_array(DEP).tolist()) if dep == wanted]
