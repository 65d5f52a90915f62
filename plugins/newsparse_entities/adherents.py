"""Adherents and doctrines named after a proper name ("Maoist", "Islamists", "Stalinist", "Nazism"):
a political grouping or a faith without a state, NORP by the guideline, never an organisation.

The word is told by its form alone: one capitalised word ending in "-ist", "-ists", "-ism" or "-isms"
whose lower-case form is no common English word of the shipped lexicon (so "Economist",
"Journalist", "Communists" and "Socialist" stay as the other rules decide them) and no surname in it
("Lindquist", "Feist"). English writes such words with a capital because their stem is a name
(Mao, Islam, Stalin, Marx, Peron); the lexicon's common words are lower case (session 40, issue 14).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer, slug
from newsparse_entities.resolve import Resolved

__all__ = ["adherent_mentions", "is_adherent_word"]

# One word: an optional lower-case prefix and hyphen ("pan-", "neo-"), a capital, lower-case
# letters, and the ending of an adherent or a doctrine; the stem before the ending has two letters
# or more ("Maoist": "Mao").
_ADHERENT: Final = re.compile(r"(?:[a-z]+-)?[A-Z][a-z]{1,}(?:ists?|isms?)")
# The last letters any such word ends in: most mentions are tested by one C-level check.
_ENDINGS: Final = ("ist", "ists", "ism", "isms")


def is_adherent_word(word: str, gaz: Gazetteer) -> bool:
    """Whether ``word`` names adherents or a doctrine after a proper name: of the form above, and
    neither a common word of the lexicon (singular or plural) nor a surname."""
    if not word.endswith(_ENDINGS) or _ADHERENT.fullmatch(word) is None:
        return False
    bare = word.rpartition("-")[2]  # "pan-Turkism": the capitalised part
    lower = str.lower(bare)
    single = lower[:-1] if lower.endswith("s") else lower
    if lower in gaz.words or single in gaz.words:
        return False  # "Economists", "Journalist", "Socialists", "Nationalist": common words
    return bare not in gaz.surnames and bare[:-1] not in gaz.surnames  # "Quist", "Lindquist"


def adherent_mentions(resolved: Sequence[Resolved], text: str, gaz: Gazetteer) -> list[Resolved]:
    """The decided mentions, each organisation named by an adherent word alone ("Islamists took a
    commanding lead", "the Maoist faction") retyped as a people or faith (NORP) of that name."""
    out = list(resolved)
    for k, r in enumerate(out):
        if r.type != "ORG" or not r.canonical.endswith(_ENDINGS):
            continue  # most mentions: another type, or a name with another ending
        word = text[r.start : r.end]
        if word != r.canonical or not is_adherent_word(word, gaz):
            continue  # an alias of a longer name ("Unionists" for a party named whole) stays
        out[k] = Resolved(r.start, r.end, "norp:" + slug(word), "NORP", word, "name", {})
    return out
