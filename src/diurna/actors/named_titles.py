"""A title followed by the name of someone the data does not know: "le président du Conseil, Faure
Gnassingbé" in an article about Togo is no Italian prime minister.

A title with no side named takes the one office of that title, or the home country's (see
``mentions.MentionResolver._title_alone``). A name written right after it (after a comma or not)
says who holds it here: when the data knows no such person, the title is not the data's holder of
that title's one office but the office of the article's country, held by the named person.
"""

from __future__ import annotations

from typing import Collection

from spacy.tokens import Doc

# A written name is at least a given name and a family name: one capitalised word alone after a
# title ("le président du Conseil, Mardi ...") is too often something else.
NAME_WORDS = 2
# The longest run of words read as a name ("Luiz Inácio Lula da Silva" holds a lower-case link).
NAME_LIMIT = 6


def name_after(doc: Doc, end: int, taken: Collection[int], particles: Collection[str] = frozenset()) -> str | None:
    """The proper name written right after a title ending at token ``end`` (one comma between them
    allowed): two or more capitalised proper nouns, with the lower-case ``particles`` of names
    between them ("da", "van"), none of them part of another actor mention (``taken``); else None."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    words: list[str] = []
    while i < len(doc) and len(words) < NAME_LIMIT:
        token = doc[i]
        if i in taken:
            return None
        capitalised = token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.replace("-", "").isalpha()
        if capitalised:
            words.append(token.text)
        elif token.lower_ in particles and words and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            words.append(token.text)
        else:
            break
        i += 1
    if sum(w[:1].isupper() for w in words) < NAME_WORDS:
        return None
    return " ".join(words)
