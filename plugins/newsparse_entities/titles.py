"""The title or role written before a person's name, kept apart from the name ("Secretary of State",
"Prime Minister", "finance minister", "chief executive").

A country, a demonym or an organisation before the title ("U.S.", "Israeli", "Fed") is no part of
it: it is a mention of its own.  The scan walks back from the name over a bounded number of words.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Iterable, Sequence
from typing import Final

import attrs

from newsparse_entities.rules import ABBREVIATED_TITLES, FUNCTION_WORDS, ROLES, TITLES
from newsparse_entities.words import Words

# Capitalized words that end a title ("Chief Operating Officer", "Oil Minister", "Analyst").
TITLE_HEADS: Final = TITLES | frozenset(
    "Officer Executive Analyst Substitute Adviser Advisor Spokesperson Correspondent Editor".split()
)
# Lower-case words that end a role besides ROLES ("top aide", "British hurdler", "referee").
_ROLE_HEADS: Final = ROLES | frozenset(
    """aide substitute referee skipper hurdler sprinter runner athlete boxer golfer swimmer
    cyclist officer""".split()
)
_MAX_WORDS: Final = 5


@attrs.frozen
class Covered:
    """The words that start inside some mention: ``k in covered`` when ``lows[x] <= starts[k] < highs[x]``
    for one of the mentions' character spans, merged and sorted (a word starts inside a mention exactly
    when its index is in the mention's bisected word range).  A few words are asked about, so the
    spans are merged once instead of every mention's words being put in a set."""

    starts: list[int]
    lows: list[int]
    highs: list[int]

    def __contains__(self, k: object) -> bool:
        """Whether word ``k`` starts inside a mention."""
        if not isinstance(k, int):
            return False
        pos = self.starts[k]
        x = bisect_right(self.lows, pos) - 1
        return x >= 0 and pos < self.highs[x]


def covered(starts: list[int], spans: Iterable[tuple[int, int]]) -> Covered:
    """The words (by their ``starts``) inside the character ``spans``, as a :class:`Covered`."""
    lows: list[int] = []
    highs: list[int] = []
    for a, b in sorted(spans):
        if a >= b:
            continue  # an empty span covers no word
        if highs and a <= highs[-1]:
            if b > highs[-1]:
                highs[-1] = b
        else:
            lows.append(a)
            highs.append(b)
    return Covered(starts, lows, highs)


# Honorifics: no titles ("Mr", "Sir"; the guidelines keep them out of the title field).
HONORIFICS: Final = frozenset("Mr Mrs Ms Miss Dr Sir Dame".split())
# Words after an apposition's role that end it ("Jane Doe, chief executive of X,").
_AFTER_ROLE: Final = frozenset(
    [",", ".", ";", ":", ")", "of", "with", "at", "to", "for", "in", "and", "from", "on"]
)
_ARTICLES: Final = frozenset(["a", "an", "the"])


def person_title(words: Words, i: int, j: int, taken: Container[int]) -> tuple[int, int] | None:
    """Word indices of the title of the person named by words ``i:j``: written before the name
    ("Secretary of State John Kerry"), else in an apposition after it ("Jane Doe, chief executive
    of X"); an honorific alone ("Sir Adam Thomson") is none."""
    text = words.text
    if not _titled_before(words, i):  # none of the words title_before reads before it (most names)
        return title_after(words, j, taken) if j < len(text) and text[j] == "," else None
    span = title_before(words, i, taken)
    if span is not None and span[0] < span[1] and _honorific(words, span):
        span = title_before(words, span[0], taken)  # "chairman Sir Adam Thomson": the role before
    if span is not None and span[0] < span[1] and not _honorific(words, span):
        return span
    return title_after(words, j, taken)


def may_have_title(words: Words, i: int, j: int) -> bool:
    """Whether the name over words ``i:j`` may have a title (:func:`person_title` gives None where
    not): a word a title before it ends with, or a comma after it."""
    return _titled_before(words, i) or (j < len(words.text) and words.text[j] == ",")


def _titled_before(words: Words, i: int) -> bool:
    """Whether one of the words :func:`title_before` reads stands right before word ``i``."""
    text = words.text
    return i > 0 and (
        text[i - 1] in TITLE_HEADS
        or words.lower[i - 1] in _ROLE_HEADS
        or text[i - 1] in _SHORT_TITLES
        or (text[i - 1] == "." and i > 1 and text[i - 2] in _SHORT_TITLES)
        or "of" in text[max(0, i - 4) : i - 1]
    )


# Abbreviated titles ("Gen.", "Sen.", "Prof", "Gen Musharraf") and the parliament members' titles
# ("MP", "MEP"): one word, a title alone; the honorifics ("Mr", "Dr") stay out.
_SHORT_TITLES: Final = (ABBREVIATED_TITLES - HONORIFICS - {"Dr"}) | frozenset(["MP", "MEP"])


def _honorific(words: Words, span: tuple[int, int]) -> bool:
    """Whether a title span is only honorifics ("Sir", "Mr")."""
    a, b = span
    return words.text[a] in HONORIFICS and (
        b - a == 1 or all(words.text[k] in HONORIFICS for k in range(a, b))
    )


def title_after(words: Words, j: int, taken: Container[int]) -> tuple[int, int] | None:
    """Word indices of a role in an apposition after a name that ends before word ``j``: ", a
    telecoms analyst with", ", Chief Operating Officer of", ", editor of" (the article left out)."""
    n = len(words.text)
    if j >= n or words.text[j] != "," or words.sent[j] != words.sent[j - 1]:
        return None
    a = j + 1
    if a < n and words.lower[a] in _ARTICLES:
        a += 1
    k = a
    while k < n and k - a < _MAX_WORDS and k not in taken and words.sent[k] == words.sent[j]:
        t = words.text[k]
        head = t in TITLE_HEADS if words.cap[k] else words.lower[k] in _ROLE_HEADS
        after = words.lower[k + 1] if k + 1 < n and words.sent[k + 1] == words.sent[j] else "."
        if head and after in _AFTER_ROLE:
            return a, k + 1
        if not t.isalpha() or (not words.cap[k] and words.lower[k] in FUNCTION_WORDS):
            return None
        k += 1
    return None


def title_before(words: Words, i: int, taken: Container[int]) -> tuple[int, int] | None:
    """Word indices ``(a, b)`` of the title that ends right before word ``i`` (a person's name's
    first word), or None; words in ``taken`` (other mentions: "U.S.", "Israeli") end the scan."""
    b = i
    k = i - 1
    if k < 0 or words.sent[k] != words.sent[i] or k in taken:
        return None
    text, lower = words.text, words.lower
    if words.cap[k] and text[k] in TITLE_HEADS:
        return _capitalized_title(words, k, b, taken)
    short = _short_title(words, k, taken)
    if short is not None:
        return short
    if words.cap[k] and lower[k] in _ROLE_HEADS and not words.upper[k]:
        return k, b  # "Actor Jamie Foxx", "Singer Sam Endicott": the role, capitalised
    if not words.cap[k] and lower[k] in _ROLE_HEADS:
        a = k
        p = k - 1  # one lower-case word before the role: "finance minister", "top aide"
        if (
            p >= 0
            and words.sent[p] == words.sent[i]
            and p not in taken
            and not words.cap[p]
            and text[p].isalpha()
            and lower[p] not in FUNCTION_WORDS
            and not lower[p].endswith("ly")
            and lower[p] not in _NOT_IN_ROLES
        ):
            a = p
        return a, b
    # "Secretary of State George Shultz", "Minister of Foreign Affairs": the complement after "of"
    p = k
    while p > k - 3 and p >= 2 and words.cap[p] and p not in taken and words.sent[p] == words.sent[i]:
        if text[p - 1] == "of" and text[p - 2] in TITLES:
            return _capitalized_title(words, p - 2, b, taken)
        p -= 1
    return None


def _short_title(words: Words, k: int, taken: Container[int]) -> tuple[int, int] | None:
    """The one-word title ending at word ``k`` before a name: an abbreviation with or without its
    period ("Gen. David Petraeus", "Gen Musharraf", "Prof Reddy"), or "MP"/"MEP" (with a capitalised
    word before it: "Conservative MP Boris Johnson"), else None."""
    text = words.text
    if text[k] == "." and k >= 1 and text[k - 1] in _SHORT_TITLES and words.end[k - 1] == words.start[k]:
        return (k - 1, k + 1) if words.sent[k - 1] == words.sent[k] and k - 1 not in taken else None
    if text[k] not in _SHORT_TITLES:
        return None
    p = k - 1
    if text[k] in ("MP", "MEP") and p >= 0 and words.sent[p] == words.sent[k] and p not in taken:
        lone = p == 0 or words.sent[p - 1] != words.sent[p] or not words.cap[p - 1]  # not "East Midlands"
        if (
            lone
            and words.cap[p]
            and not words.upper[p]
            and not words.initial[p]
            and text[p] not in FUNCTION_WORDS
        ):
            return p, k + 1  # "Conservative MP", "Green MEP"
    return k, k + 1


# Lower-case words that qualify a person, not the role ("said", "new", "former" stays in).
_NOT_IN_ROLES: Final = frozenset("said says told and or but who whom whose as by with".split())


def _capitalized_title(words: Words, k: int, b: int, taken: Container[int]) -> tuple[int, int]:
    """The capitalized title ending at word ``k`` (included) before the name at ``b``."""
    a = k
    sent = words.sent[k]
    steps = 0
    while a - 1 >= 0 and steps < _MAX_WORDS:
        p = a - 1
        if words.sent[p] != sent or p in taken or words.line_start[a]:
            break
        t = words.text[p]
        if words.cap[p] and (t in TITLES or (words.text[a] in TITLE_HEADS and not words.upper[p])):
            a = p  # "Prime Minister", "Oil Minister", "Chief Operating Officer"
        elif t == "of" and p - 1 >= 0 and words.text[p - 1] in TITLES and p - 1 not in taken:
            a = p - 1  # "Secretary of State"
        else:
            break
        steps += 1
    while a < k and (words.initial[a] and words.text[a] not in TITLE_HEADS):
        a += 1  # a sentence-opening word is no part of the title
    return a, b


def title_ends(words: Words, units: Sequence[object]) -> bool:
    """Whether a run of two units or more ends in an abbreviated title and its period before a
    capitalised word of the sentence ("Florida Sen. Marco Rubio"): it opens the next name, not this one."""
    u = units[-1]
    if len(units) < 2 or not isinstance(u, int):
        return False
    text, k = words.text, u + 2
    return (
        text[u] in ABBREVIATED_TITLES
        and k < len(text)
        and text[u + 1] == "."
        and words.end[u] == words.start[u + 1]
        and words.sent[k] == words.sent[u]
        and words.cap[k]
    )
