"""Token attributes read as columns of a parsed ``Doc``, for scans over every token.

``doc[i]`` and ``for token in doc`` build a ``Token`` each time, and each string
attribute of it (``text``, ``lemma_``, ``dep_``) is looked up in the string store
again. A scan over all the tokens of every paragraph pays that per token and per
pass; these helpers read the attribute ids with ``Doc.to_array``, then turn each
distinct id into its string once, or compare the ids with those of the strings
wanted (the string store's id of a string is the one its columns hold). They read
the doc as it is when called: a caller that changes the parse asks again.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Iterable

import numpy
from spacy.attrs import HEAD, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token


def strings_of(doc: Doc, attr: int, convert: Callable[[str], str] | None = None) -> list[str]:
    """The string value of ``attr`` (``ORTH``, ``LEMMA``, ``LOWER``, ``DEP``…) for each token, in
    order, passed through ``convert`` when given (called once per distinct value)."""
    ids = doc.to_array(attr).tolist()
    store = doc.vocab.strings
    if convert is None:
        names = {value: store[value] for value in set(ids)}
    else:
        names = {value: convert(store[value]) for value in set(ids)}
    return [names[value] for value in ids]


def head_indices(doc: Doc) -> list[int]:
    """The index of each token's head (its own index for a root)."""
    # The HEAD column holds offsets to the head, negative ones wrapped into the unsigned column.
    offsets = doc.to_array(HEAD).view(numpy.int64)
    return (offsets + numpy.arange(len(doc), dtype=numpy.int64)).tolist()


def pos_ids(names: Iterable[str]) -> frozenset[int]:
    """The ids of coarse parts of speech ("NOUN", "VERB"), as ``Token.pos`` and the ``POS`` column hold them."""
    return frozenset(POS_IDS[name] for name in names)


@lru_cache(maxsize=None)
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string-store ids of ``words``, as the ``LOWER``, ``DEP`` and ``ORTH`` columns hold them."""
    return frozenset(get_string_id(word) for word in words)


def tokens_with_pos(doc: Doc, names: Iterable[str]) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``names``, in order."""
    wanted = pos_ids(names)
    return [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in wanted]
