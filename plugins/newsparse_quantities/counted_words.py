"""Word lists of the counted-noun reading (``reader.Reader.counted``): the words that end, open or
stay out of the noun phrase counted by an amount."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from .lexicon import SMALL, TENS
from .numbers import Words

# words that end a counted noun phrase once it has a head ("one problem still to solve"); adverbs
# and "such" are no nouns, so a head never runs on to them ("one other candidate later", "one game
# such as", "one step further", "one Ben Kay charge apart")
AFTER_HEAD: Final = frozenset(
    """
    still already yet now too again ever even though instead today yesterday tomorrow ago apiece
    alone together left away back out up down off last next later further apart such
    """.split()
)
# the adverbs of AFTER_HEAD: no noun of the phrase follows one ("the Hot 100 chart now incorporates")
ADVERBS = frozenset("still already yet now too again ever even instead today yesterday tomorrow ago".split())
# words before a noun that are no measure noun ("20 last season", "three other"), and adjective endings
NOT_ATTRIBUTIVE: Final = frozenset(
    """
    other another last next new old big small large major key top main few own first second third
    straight consecutive different extra further additional previous recent such same good bad
    great high low long short full whole single separate more less far odd something plus per
    times points percent down up
    """.split()
)
# function words outside COUNTED_STOP that neither are nor follow a measure noun
FUNCTION: Final = frozenset(
    """
    while whereas because although though when where whether unless against across behind near
    toward towards within beyond despite after before via like except inside outside upon amid
    along around off behind beside besides throughout every
    """.split()
)
# comparatives and other adjectives that the endings miss ("two lower courts", "four good reasons")
NOT_COMPOUND: Final = frozenset(
    """
    lower higher bigger smaller larger older younger greater fewer better worse earlier later
    best worst top bottom senior junior only very real free open main chief prime total likely
    """.split()
)
ADJECTIVE_ENDINGS: Final = tuple("ly ed ing al ous ive ful less able ible ic est ish ary ern an".split())
NOT_MEN: Final = ("omen", "amen", "imen", "umen")  # "specimen", "abdomen", "acumen": no plurals of "man"
OF_DETERMINERS: Final = frozenset({"the", "its", "their", "our", "his", "her", "these", "those"})


def verb_after_one(texts: Sequence[str], lower: Sequence[str], k: int, after: frozenset[str]) -> bool:
    """Whether the word in "-s" at ``k``, after the singular noun "one" counts, is its verb: both in
    lower case and a word of ``after`` (function words, numbers) next ("one man recognises that",
    "one warrant controls one share"; not "one or two large players.", "one Six Nations outing")."""
    if k + 1 >= len(texts) or not (texts[k].islower() and texts[k - 1].islower()):
        return False
    return lower[k + 1] in after


_QUOTES: Final = frozenset({'"', "”", "“", "'", "’"})
_OWNER_MARKS: Final = frozenset({"'", "’", "'s", "’s"})


def inner_skip(w: Words, k: int, taken: int) -> int:
    """How many words at ``k``, before a counted noun phrase has its head, are no part of it: a
    closing quote glued to the word before ('eight "critical" security holes': 1), or a capitalised
    owner and its possessive mark ("three Rally's directors", "six re-released Elvis' tracks": 1 or
    2), when a lower-case word follows them; 0 for none."""
    texts = w.texts
    t = texts[k]
    if t in _QUOTES:
        skip = 1 if taken and w.gap(k) == 0 else 0
    elif t.endswith(("'s", "’s")) and t[:1].isupper() and t[:-2].isalpha():
        skip = 1
    elif t.isalpha() and k + 1 < len(texts) and texts[k + 1] in _OWNER_MARKS and w.gap(k + 1) == 0:
        skip = 2
    else:
        return 0
    if skip and t not in _QUOTES and w.text[w.starts[k] - 1 : w.starts[k]] != " ":
        return 0  # an owner on the next line of a table ("(Brazil) 1\nConstructors' championship")
    after = k + skip
    if after >= len(texts) or not (texts[after].isalpha() and texts[after].islower()):
        return 0
    return 0 if w.lower[after] in SMALL or w.lower[after] in TENS else skip  # ("two of X's four producers")


def initial_of_name(w: Words, k: int) -> bool:
    """Whether word ``k`` is one capital letter before a capitalised word: an initial ("J Ross")."""
    return len(w.texts[k]) == 1 and w.texts[k].isupper() and k + 1 < w.size and w.texts[k + 1][:1].isupper()


_OPENING_QUOTES: Final = frozenset({'"', "“", "'", "‘"})


def past_superlative(w: Words, k: int) -> int:
    """Where a counted noun phrase at word ``k`` goes on past "most"/"least" and an opening quote
    glued to the next word ("the two most important bands", 'the nine "most useless quangos"')."""
    n, lower, texts = w.size, w.lower, w.texts
    if k + 1 < n and lower[k] in ("most", "least") and texts[k + 1].isalpha():
        k += 1
    if k + 1 < n and texts[k] in _OPENING_QUOTES and w.gap(k + 1) == 0:
        k += 1
        if k + 1 < n and lower[k] in ("most", "least"):
            k += 1
    return k


_PARAGRAPH_BREAK: Final = re.compile(r"\n[ \t\r\n\u00a0]")


def new_paragraph(between: str) -> bool:
    """Whether the space between an amount and a word opens a new paragraph or table row (a line
    break then a blank line or an indent): no noun phrase runs on across one."""
    return _PARAGRAPH_BREAK.search(between) is not None
