"""Noun groups: runs of determiners, adjectives, numbers and nouns, each with its head word.

The first step of the rule parser: the words inside a group attach to its head (``det``, ``amod``,
``nummod``, ``compound``, ``flat``, ``nmod:poss``), and from then on a group is handled as its head.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import compress, count

__all__ = ["GROUP_TAGS", "POSSESSIVE_PRONOUNS", "TITLES", "noun_groups"]

GROUP_TAGS = frozenset({"DET", "ADJ", "NUM", "NOUN", "PROPN"})
POSSESSIVE_PRONOUNS = frozenset("my your his her its our their whose".split())
# words that precede a name without heading it ("President Bush": the subject is Bush)
TITLES = frozenset(
    """
    president minister secretary king queen prince princess general gen. gen mr. mr mrs. mrs ms. ms
    dr. dr sen. sen rep. rep gov. gov prime chancellor sheikh pope sir lord lady colonel col. captain
    capt. lieutenant lt. sergeant sgt. ambassador envoy judge justice senator governor mayor premier
    foreign defence defense deputy vice chief commander spokesman spokeswoman leader ayatollah emir
    """.split()
)
_REL = {"VERB": "amod", "DET": "det", "ADJ": "amod", "NUM": "nummod", "NOUN": "compound", "PROPN": "compound"}
_INNER_REL = {**_REL, "PRON": "nmod:poss", "PUNCT": "punct"}  # a word of a group before its head
_SPAN = re.Match.span
_JOINED = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})  # hyphenated across: wheel-chair, al-Sadr
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DEICTIC = frozenset("today yesterday tomorrow tonight".split())
_RELATIVE_TIMES = frozenset({"last", "next"})
_UNITS = frozenset("week weekend month year night morning evening time day".split())
_TIME_OPENERS = _DEICTIC | _RELATIVE_TIMES
# spelt counts that open a group of their own after a noun ("Afghanistan two police officers")
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
    "hundred hundreds dozens thousands".split()
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# a name opening with one of these, or ending in a common noun, is a place or body, not a person
_PLACE_OPENERS = frozenset(
    "north south east west new united saudi central northern southern eastern western".split()
)
_COMMON_NOUNS = frozenset({"NN", "NNS"})
_CURRENCY = frozenset("$ £ € ¥ us$ a$ c$ hk$".split())
_OPENING_QUOTES = frozenset({'"', "“"})
_CLOSING_QUOTES = frozenset({'"', "”"})
_QUOTED = frozenset({"ADJ", "NUM", "NOUN", "PROPN"})  # what opens a quoted noun phrase
_OWN_LETTER = POSSESSIVE_PRONOUNS | {"-"}  # words whose letter in the groups' code is not their tag's
# where a year may open a group before a name: an adposition's letter (x, h or q), any, then a
# name's or a quotation mark's (P, q); without one or a day's name no group is split before a name
_YEAR_CUE = re.compile("[xhq].[Pq]")


def _head_of(lower: list[str], tags: list[str], lo: int, hi: int, lexicon: Mapping[str, str]) -> int:
    """The head of group ``[lo, hi)``: its last noun (the first of a final run of names), else ..."""
    last = -1
    for k in range(hi - 1, lo - 1, -1):
        if tags[k] in ("NOUN", "PROPN") or (tags[k] == "SYM" and lower[k] in _CURRENCY):
            last = k
            break
    if last < 0:
        for kind in ("NUM", "ADJ", "DET"):
            for k in range(hi - 1, lo - 1, -1):
                if tags[k] == kind:
                    return k
        return hi - 1
    if tags[last] != "PROPN" or tags[lo] == "DET":
        return last  # "the State Department": a name with an article is a compound, headed last
    first = last
    while first > lo and (
        (tags[first - 1] == "PROPN" and lower[first - 1] not in TITLES)
        or (lower[first - 1] == "-" and first - 2 >= lo and tags[first - 2] == "PROPN")
    ):
        first -= 1
    if first < last and (lower[first] in _PLACE_OPENERS or lexicon.get(lower[last]) in _COMMON_NOUNS):
        return last  # "State Department", "North Korea": a place or body, headed last (UD's compound)
    return first  # "Iyad Allawi": a person's name, headed first (UD's flat)


def _attach_group(
    lower: list[str],
    tags: list[str],
    lo: int,
    hi: int,
    heads: list[int | None],
    rels: list[str | None],
    lexicon: Mapping[str, str],
) -> int:
    """Attach the words of group ``[lo, hi)`` to its head; return the head."""
    last = hi - 1
    if tags[last] == "NOUN" or (tags[last] == "PROPN" and tags[lo] == "DET"):
        head = last  # most groups: what _head_of finds at once
    else:
        head = _head_of(lower, tags, lo, hi, lexicon)
    inner = _INNER_REL
    for k in range(lo, head):
        heads[k] = head
        rels[k] = inner.get(tags[k], "dep")
    for k in range(head + 1, hi):
        heads[k] = head
        tag = tags[k]
        rels[k] = "flat" if tag == "PROPN" else inner.get(tag, "dep")
    return head


def noun_groups(
    lower: list[str],
    tags: list[str],
    heads: list[int | None],
    rels: list[str | None],
    lexicon: Mapping[str, str],
) -> list[tuple[int, int, int]]:
    """The noun groups ``(start, end, head)`` of a sentence, attaching their inner words.

    The sentence's tags become one letter each, and one regular expression finds the groups.
    """
    code = "".join(map(_LETTERS.__getitem__, tags))
    words = set(lower)  # the cue tests below: a few look-ups each, not a scan of the sentence each
    if not _OWN_LETTER.isdisjoint(words):  # letters of their own: S, h
        letters = list(code)
        for k in compress(count(), map(_OWN_LETTER.__contains__, lower)):
            letters[k] = _letter(lower[k], tags[k])
        code = "".join(letters)
    if not _OPENING_QUOTES.isdisjoint(words):  # 'a "new era"': the quotation mark stays inside
        code = _quoted_letters(lower, tags, code)
    if not _CURRENCY.isdisjoint(words):  # "$500 million": the symbol heads the amount (as UD has it)
        letters = list(code)
        for k in compress(count(), map(_CURRENCY.__contains__, lower)):
            if tags[k] == "SYM":
                letters[k] = "N"
        code = "".join(letters)
    spans = list(map(_SPAN, _GROUP.finditer(code)))
    if "P" in code and (not _DAYS.isdisjoint(words) or ("NUM" in tags and _YEAR_CUE.search(code))):
        spans = [
            span
            for i, j in spans
            for span in (_split_after_days(lower, tags, i, j) if "P" in code[i + 1 : j] else ((i, j),))
        ]
    if "NM" in code or "PM" in code:  # a count right after a noun (one C scan each)
        spans = [
            span
            for i, j in spans
            for span in (_split_before_counts(lower, tags, i, j) if j - i > 2 else ((i, j),))
        ]
    if not _TIME_OPENERS.isdisjoint(words):
        spans = [
            span
            for i, j in spans
            for span in (_split_before_times(lower, tags, i, j) if j - i > 1 else ((i, j),))
        ]
    groups: list[tuple[int, int, int]] = []
    adverbs = "B" in code
    inner = _INNER_REL
    for i, j in spans:
        if j - i == 1:
            groups.append((i, j, i))
            continue
        if j - i == 2 and tags[i + 1] == "NOUN":  # the commonest group ("the talks"), attached here
            head = i + 1
            heads[i], rels[i] = head, inner.get(tags[i], "dep")
        else:
            head = _attach_group(lower, tags, i, j, heads, rels, lexicon)
        if adverbs and "B" in code[i:j]:
            for k in range(i, j):
                if tags[k] == "ADV":
                    heads[k], rels[k] = k + 1, "advmod"
        groups.append((i, j, head))
    if _POSSESSIVE.isdisjoint(words):
        return groups
    return _possessives(lower, tags, groups, heads, rels)


def _quoted_letters(lower: list[str], tags: list[str], code: str) -> str:
    """The groups' code with a quotation mark between a determiner and a nominal as ``q``.

    'described the step as a "new era"', 'made an "unreserved" apology': the noun phrase runs on
    past the marks, so its head, not the article, is the object or the oblique.
    """
    letters = list(code)
    last = len(lower) - 1
    for k in compress(count(), map(_OPENING_QUOTES.__contains__, lower)):
        if 0 < k < last and tags[k - 1] == "DET" and tags[k + 1] in _QUOTED:
            letters[k] = "q"
            close = _closing_quote(lower, tags, k + 1)
            if 0 < close < last and tags[close + 1] in _QUOTED:  # the noun goes on after the mark
                letters[close] = "q"
    return "".join(letters)


def _closing_quote(lower: list[str], tags: list[str], k: int) -> int:
    """The quotation mark closing a quoted modifier run of nominals from ``k`` (-1 if none soon)."""
    for j in range(k, min(k + 5, len(lower))):
        if lower[j] in _CLOSING_QUOTES:
            return j
        if tags[j] not in _QUOTED and lower[j] != "-":
            return -1
    return -1


def _split_after_days(lower: list[str], tags: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """``on Wednesday Mr Straw said``: a day's name (or a year) does not run into the name after it."""
    spans = []
    for k in range(i, j - 1):
        if tags[k + 1] == "PROPN" and (lower[k] in _DAYS or _year_after_preposition(lower, tags, i, k)):
            spans.append((i, k + 1))
            i = k + 1
    spans.append((i, j))
    return spans


def _split_before_counts(lower: list[str], tags: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """``In Western Afghanistan two police officers were killed``, ``in response to the attack 10
    militants were killed``: a count after a noun opens the group of the plural noun it counts."""
    if tags[j - 1] != "NOUN" or not lower[j - 1].endswith("s"):
        return [(i, j)]
    for k in range(i + 1, j - 1):
        if tags[k] != "NUM":
            continue
        word, before = lower[k], tags[k - 1]
        spelled = word in _NUMBER_WORDS
        digits = word[:1].isdigit() and not (len(word) == 4 and word[:2] in ("19", "20"))
        if lower[k - 1] == "record" or (before == "PROPN" and tags[i] == "DET"):
            break  # "a record 28 million hours", "the RBS Six Nations": one group
        if (before == "PROPN" and spelled) or (before == "NOUN" and (spelled or digits)):
            return [(i, k), (k, j)]
        break  # only the first number: "the top 10 players" stays one group
    return [(i, j)]


def _split_before_times(lower: list[str], tags: list[str], i: int, j: int) -> list[tuple[int, int]]:
    """``laid eggs yesterday``, ``had a dead battery last week``: a time phrase ends the group before it."""
    for k in range(i + 1, j):
        word = lower[k]
        if tags[k - 1] not in ("NOUN", "PROPN"):
            continue
        relative = word in _RELATIVE_TIMES and k == j - 2 and lower[k + 1] in _UNITS
        if relative or (word in _DEICTIC and k == j - 1):
            return [(i, k), (k, j)]
    return [(i, j)]


def _year_after_preposition(lower: list[str], tags: list[str], i: int, k: int) -> bool:
    """``In 2002 S&N agreed``: a year opening a group right after a preposition ends the group."""
    word = lower[k]
    return (
        k == i > 0 and tags[k - 1] == "ADP" and len(word) == 4 and word[:2] in ("19", "20") and word.isdigit()
    )


def _letter(word: str, tag: str) -> str:
    if tag == "PRON":
        return "S" if word in POSSESSIVE_PRONOUNS else "R"
    if word == "-" and tag not in GROUP_TAGS:
        return "h"
    return _LETTERS[tag]


# one letter per tag: D det, A adj, M num, N noun, P propn, B adv, V verb, R pronoun, S possessive
# pronoun, h hyphen. A group: a pronoun alone ("her" before "a lot", a punctuation mark, a
# preposition or the end too: "I love her."); or an optional possessive,
# then a nominal, then more
# nominals, a determiner after a determiner, an adverb before an adjective ("very large"), a hyphen
# between nominals ("al-Sadr") or before a participle modifying a noun ("a knife-wielding neighbour",
# "State-claimed attacks"), a participle between a determiner, adjective or such hyphen and a noun, q
# an opening quotation mark after a determiner ('a "new era"').
_LETTERS = {
    **dict.fromkeys(("ADP", "AUX", "CCONJ", "INTJ", "PART", "PUNCT", "SCONJ", "SYM", "X"), "x"),
    **{"DET": "D", "ADJ": "A", "NUM": "M", "NOUN": "N", "PROPN": "P", "ADV": "B", "VERB": "V", "PRON": "R"},
}
# (the optional "D?S" before a nominal is spelled out as alternatives, so every alternative opens
# with a letter and the search skips the words that cannot open a group at C speed)
_TAIL = (
    r"[DAMNP](?:[AMNP]|(?<=D)D|(?<=[DAMNP])q(?=[AMNP])|B(?=A)"
    r"|(?<=[NPAM])h(?=[NPAM]|V[ANP])|(?<=[DAh])V(?=[ANP]))*"
)
_GROUP = re.compile(rf"R|S(?=D)|S(?=x|$)|DS(?=[AMNP]){_TAIL}|S(?=[AMNP]){_TAIL}|{_TAIL}")


def _possessives(
    lower: list[str],
    tags: list[str],
    groups: list[tuple[int, int, int]],
    heads: list[int | None],
    rels: list[str | None],
) -> list[tuple[int, int, int]]:
    """Merge "Syria 's army" into one group headed by army (Syria: nmod:poss, 's: case)."""
    merged: list[tuple[int, int, int]] = []
    for group in groups:
        if merged:
            lo, hi, head = merged[-1]
            if hi + 1 == group[0] and lower[hi] in _POSSESSIVE and tags[hi] in ("PART", "PUNCT"):
                heads[head], rels[head] = group[2], "nmod:poss"
                heads[hi], rels[hi] = head, "case"
                merged[-1] = (lo, group[1], group[2])
                continue
        merged.append(group)
    return merged
