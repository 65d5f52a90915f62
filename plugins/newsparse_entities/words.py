"""A document's words as columns with their sentence facts (capitals, possessives, line starts, headlines).

The columns are built from the document's own tokens (``doc.token_columns``), with a possessive ``'s``
split off; :class:`Candidate` is what the recognisers find over them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Final, NamedTuple

from newsparse import Document, Sentence
from newsparse.syntax import datelines
from newsparse_entities.rules import FUNCTION_WORDS


class Words:
    """The document's tokens as parallel columns (no object per token), possessive ``'s`` split off.

    ``words.text[i]`` is token ``i`` without its possessive; ``sent[i]`` its sentence index;
    ``initial[i]`` whether it is the first word of its sentence; ``line_start[i]`` whether only
    spaces stand before it on its line; ``upper``/``cap``: in capitals / capitalized.  ``bounds[g]``
    is the index of the first token of sentence ``g`` (and ``bounds[-1] == len(words.text)``), so sentence
    ``g`` is ``bounds[g]:bounds[g + 1]``; ``caps``, ``uppers`` and ``hyphens`` are the indices of the
    capitalized tokens, of those in capitals and of those with a hyphen: few, and where scans start.
    ``vocabulary`` is the set of the lower-cased words: whether a document has any word of a small set
    is a test of the two sets, not a pass over every word.
    ``datelines`` maps the first word of each dateline (``newsparse.syntax``'s) to the index of the
    first word after it; ``after_dateline`` holds those indices.

    A plain class, not an attrs class: compiled, it is a native class whose columns every pass reads
    as struct fields (an attrs class's are generic attribute look-ups). Never changed once built.
    """

    __slots__ = (
        "after_dateline",
        "bounds",
        "cap",
        "caps",
        "datelines",
        "end",
        "hyphens",
        "initial",
        "line_start",
        "lower",
        "poss",
        "sent",
        "start",
        "text",
        "upper",
        "uppers",
        "vocabulary",
    )

    def __init__(
        self,
        start: list[int],
        end: list[int],
        text: list[str],
        lower: list[str],
        poss: list[bool],
        sent: list[int],
        initial: list[bool],
        line_start: list[bool],
        upper: list[bool],
        cap: list[bool],
        bounds: list[int],
        caps: list[int],
        uppers: list[int],
        hyphens: list[int],
        vocabulary: frozenset[str],
        datelines: Mapping[int, int] | None = None,
        after_dateline: frozenset[int] = frozenset(),
    ) -> None:
        """The columns as given (``datelines`` an empty dict when None)."""
        self.start: Final[list[int]] = start
        self.end: Final[list[int]] = end
        self.text: Final[list[str]] = text
        self.lower: Final[list[str]] = lower
        self.poss: Final[list[bool]] = poss
        self.sent: Final[list[int]] = sent
        self.initial: Final[list[bool]] = initial
        self.line_start: Final[list[bool]] = line_start
        self.upper: Final[list[bool]] = upper
        self.cap: Final[list[bool]] = cap
        self.bounds: Final[list[int]] = bounds
        self.caps: Final[list[int]] = caps
        self.uppers: Final[list[int]] = uppers
        self.hyphens: Final[list[int]] = hyphens
        self.vocabulary: Final[frozenset[str]] = vocabulary
        self.datelines: Final[Mapping[int, int]] = {} if datelines is None else datelines
        self.after_dateline: Final[frozenset[int]] = after_dateline

    def __len__(self) -> int:
        """The number of tokens."""
        return len(self.start)

    def prev(self, i: int) -> int | None:
        """The index of the word before ``i`` in the same sentence, or None."""
        return i - 1 if i > 0 and self.sent[i - 1] == self.sent[i] else None


class Candidate(NamedTuple):
    """A span that may name an entity: ``kind`` is "gaz" (with ``cands``) or "chunk" (with ``evidence``).

    A named tuple, not an attrs class: the recognisers build one per name they find, and a tuple is
    three times cheaper to build (immutable all the same)."""

    i: int
    j: int
    start: int
    end: int
    text: str
    kind: str
    cands: Sequence[Sequence[str]] = ()
    evidence: tuple[str, ...] = ()
    prefix: Candidate | None = None


_END: Final = attrgetter("end")  # a sentence's end


def _is_cap(text: str) -> bool:
    """Whether a word starts with a capital (after an "al-"/"el-" style particle)."""
    if not text:
        return False
    if text[0].isupper():
        return True
    dash = text.find("-")
    return (
        0 < dash < 4
        and dash + 1 < len(text)
        and text[dash + 1].isupper()
        and str.lower(text[:dash]) not in _ENGLISH_PREFIXES
    )


# Prefixes of English words before a capital ("pay-TV", "pre-Budget", "ex-Reds", "mid-June",
# "un-British", "sub-Saharan"): no name particle as "al-" is.
# A brand written with a small "i" or "e" before a capital ("iPod", "iTunes", "eBay"): a name.
# The look-behind is tested after the two letters it guards, not at every position of the text: the
# same matches at a third of the cost.
_LOWER_BRAND: Final = re.compile(r"[ie][A-Z](?<![\w.@/-][ie][A-Z])[a-z]{2,}s?(?![\w@-])")
# Whether a text holds one, tried from each capital letter (rarer than an "i" or an "e") and looking
# back at the letter before it: the same texts, at half the cost again (a match starts one letter late).
_LOWER_BRAND_IN_TEXT: Final = re.compile(r"[A-Z](?<=[ie][A-Z])(?<![\w.@/-][ie][A-Z])[a-z]{2,}s?(?![\w@-])")
_ENGLISH_PREFIXES: Final = frozenset("pay pre ex mid un sub non pro anti post neo co re".split())


def _offsets(text: str, char: str) -> list[int]:
    """The offsets of ``char`` in ``text``: ``str.find`` skips to a rare character many times faster
    than a regular expression scans for it."""
    out = []
    p = text.find(char)
    while p >= 0:
        out.append(p)
        p = text.find(char, p + 1)
    return out


def _cut_possessives(text: str, ends: list[int], texts: list[str]) -> list[bool]:
    """Cut a possessive 's off the tokens that end with one (``ends`` and ``texts`` are updated).

    -> for each token, whether it had one.  The ends are taken in text order, so that a token is cut
    once ("a's's" loses its last "'s" only).
    """
    n = len(texts)
    poss = [False] * n
    ends_of_s = [p + 2 for quote in "'’" for p in _offsets(text, quote) if text[p + 1 : p + 2] in ("s", "S")]
    for end in sorted(ends_of_s):
        k = bisect_left(ends, end)
        if k < n and ends[k] == end and len(texts[k]) > 2:
            texts[k] = texts[k][:-2]
            ends[k] -= 2
            poss[k] = True
    return poss


def _line_starts(text: str, starts: list[int]) -> list[bool]:
    """For each token, whether it starts a line (after a line end or at 0, and any spaces or tabs).

    A line ends with LF, CRLF or CR alone (old Mac text): after the CR of a CRLF comes the LF, no
    token, so both ends may be taken."""
    n = len(starts)
    line_start = [False] * n
    for pos in [-1, *_offsets(text, "\n"), *_offsets(text, "\r")]:
        pos += 1  # a line starts after a line end (or at 0) and any spaces, as ``^[ \t]*`` in MULTILINE
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        k = bisect_left(starts, pos)
        if k < n and starts[k] == pos:
            line_start[k] = True
    return line_start


# A dateline naming the region after the city, then the date: "AKRON, Ohio, April 13 -",
# "NORTHBROOK, ILL., June 1 -", "EINDHOVEN, Netherlands, March 5 -" (the core's datelines stop at
# the city and its date: "FRANKFURT, April 13").
_REGION_DATELINE: Final = re.compile(
    r"[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*,? "
    r"(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} ?-"
)


def _region_datelines(
    text: str, starts: list[int], sentences: Sequence[Sentence], found: Mapping[int, int]
) -> dict[int, int]:
    """Datelines with a region between the city and the date, as word indices (first word -> the
    word after the date), where the core's found none: only sentences opening in capitals are tried
    (``sentences`` may hold those alone)."""
    out = {}
    for sentence in sentences:
        at = sentence.start
        if not text[at : at + 2].isupper():
            continue
        match = _REGION_DATELINE.match(text, at)
        if match is not None:
            first = bisect_left(starts, at)
            if first not in found:
                out[first] = bisect_left(starts, match.end() - 1)
    return out


def _first_letters(
    text: str, starts: list[int], bounds: list[int]
) -> tuple[list[int], list[int], list[int], list[bool], bool]:
    """One compiled pass over the tokens' first characters, a sentence at a time (``bounds``).

    -> each token's sentence index; the tokens whose first character is a capital letter, and those
    whose first is a small "i" or "e" (a brand may open so: "iPod"); whether each token is its
    sentence's first word (its first token opening with a letter, unless one opening with a digit
    came first); and whether every first letter has a case (false for Arabic, Chinese or a title-case
    letter). A character of ASCII is read as a code, by ranges; any other by ``str`` methods, as the
    column-at-a-time forms it replaced read every one (kept as the reference in the tests,
    ``tests/entities/words_reference.py``).
    """
    sents: list[int] = []
    caps: list[int] = []
    small: list[int] = []
    initial = [False] * len(starts)
    cased = True
    for g in range(len(bounds) - 1):
        seeking = True  # no token opening with a letter or a digit seen yet in sentence g
        for k in range(bounds[g], bounds[g + 1]):
            sents.append(g)
            c = ord(text[starts[k]])
            if c < 128:
                if 65 <= c <= 90:
                    caps.append(k)
                elif 97 <= c <= 122:
                    if c == 105 or c == 101:  # "i", "e"
                        small.append(k)
                elif 48 <= c <= 57:
                    seeking = False
                    continue
                else:
                    continue
                if seeking:  # a letter
                    initial[k] = True
                    seeking = False
            else:
                char = text[starts[k]]
                if char.isalpha():
                    if char.isupper():
                        caps.append(k)
                    elif not char.islower():
                        cased = False
                    if seeking:
                        initial[k] = True
                        seeking = False
                elif seeking and char.isdigit():
                    seeking = False
    return sents, caps, small, initial, cased


def _upper_and_capped(
    texts: list[str], caps: list[int], hyphens: list[int], cased: bool
) -> tuple[list[int], list[int]]:
    """The tokens in capitals, and ``caps`` (a capital letter first) with the hyphenated tokens that
    are capitalised after an "al-" style particle ("al-Assad"), by index, from the capitals
    :func:`_first_letters` found. ``cased``: no token opens with a letter that has no case."""
    if cased:  # a word in capitals with a letter first then opens with a capital: one of ``caps``
        uppers = [k for k in caps if len(texts[k]) > 1 and texts[k].isupper()]
    else:
        among = itertools.compress(range(len(texts)), map(str.isupper, texts))
        uppers = [k for k in among if len(texts[k]) > 1 and texts[k][0].isalpha()]
    capped = [k for k in hyphens if (f := texts[k][0]).isalpha() and not f.isupper() and _is_cap(texts[k])]
    return uppers, sorted({*capped, *caps}) if capped else caps


def words_of(doc: Document) -> Words:
    """The document's shared tokens (``doc.token_columns``, not re-tokenised) as columns with sentence facts.

    This runs over every token of every document: the dense columns are copies of the core's, and the
    facts of the tokens' first characters (sentence index, capitals, sentence starts) are read in one
    compiled pass (:func:`_first_letters`); the sparse facts (possessives, hyphens, line starts) are
    found by their positions in the text bisected into the token offsets, and only those few tokens
    are looked at again.
    """
    columns = doc.token_columns
    n = len(columns.starts)
    if not n:
        bounds = [0] * (len(doc.sentences) + 2)
        return Words([], [], [], [], [], [], [], [], [], [], bounds, [], [], [], frozenset())
    text = doc.text
    starts, ends, texts = list(columns.starts), list(columns.ends), list(columns.texts)
    hyphens = sorted({bisect_right(starts, p) - 1 for p in _offsets(text, "-")})
    poss = _cut_possessives(text, ends, texts)
    # bounds[g]: the first token of sentence g, the number of sentence ends at or before its start
    # (the sentences are in text order, so each end is bisected over every token at C level)
    bounds = [0, *map(bisect_left, repeat(starts), map(_END, doc.sentences)), n]
    line_start = _line_starts(text, starts)
    # one pass over the tokens' first characters: the sentence column, the tokens with a capital or a
    # small "i" or "e" first, the sentences' first words, and whether any first letter lacks case
    sents, caps, small, initial, cased = _first_letters(text, starts, bounds)
    uppers, caps = _upper_and_capped(texts, caps, hyphens, cased)
    # "iPod", "eBay": a brand written with a small letter first; the few tokens that are one are found
    # first, and the text is searched (for what stands around them) only when there are any
    brands = [k for k in small if len(t := texts[k]) > 3 and "A" <= t[1] <= "Z" and _LOWER_BRAND.fullmatch(t)]
    if brands and _LOWER_BRAND_IN_TEXT.search(text):
        caps = sorted({*caps, *brands})
    upper = [False] * n
    for k in uppers:
        upper[k] = True
    cap = [False] * n
    for k in caps:
        cap[k] = True
    # a dateline opens with two capitals: the few sentences that do are found once for both scans
    opening = [s for s in doc.sentences if text[s.start : s.start + 2].isupper()]
    heads = {bisect_left(starts, d.start): bisect_left(starts, d.end) for d in datelines(text, opening)}
    if opening:
        heads.update(_region_datelines(text, starts, opening, heads))
    lower = list(doc.token_lowers)  # shared with the layers after; a cut possessive's own text again:
    for k in itertools.compress(itertools.count(), poss):
        lower[k] = str.lower(texts[k])
    return Words(
        start=starts,
        end=ends,
        text=texts,
        lower=lower,
        poss=poss,
        sent=sents,
        initial=initial,
        line_start=line_start,
        upper=upper,
        cap=cap,
        bounds=bounds,
        caps=caps,
        uppers=uppers,
        hyphens=hyphens,
        vocabulary=frozenset(lower),
        datelines=heads,
        after_dateline=frozenset(heads.values()),
    )


def headline_sentences(words: Words) -> frozenset[int]:
    """Headlines, where case says nothing about names: sentences in capitals, or in Title Case
    ("Toshiba Could Be First To Feel U.K. Trade Anger": capitalized function words give it away).

    Only a sentence with two words in capitals or a capitalized function word can be one, so the
    words of those few sentences alone are counted."""
    sent, text, upper, cap, bounds = words.sent, words.text, words.upper, words.cap, words.bounds
    ups: dict[int, int] = {}  # the few words in capitals per sentence (a dict: a Counter costs more)
    for s in map(sent.__getitem__, words.uppers):
        ups[s] = ups.get(s, 0) + 1
    lower, initial = words.lower, words.initial
    # the rare test first, at C level: most capitalized words are names, no function word
    caps = words.caps
    functions = itertools.compress(caps, map(FUNCTION_WORDS.__contains__, map(lower.__getitem__, caps)))
    function_caps = {sent[k] for k in functions if not upper[k] and not initial[k] and len(text[k]) > 1}
    out = set()
    for s in {*(s for s, up in ups.items() if up >= 2), *function_caps}:
        rows = [k for k in range(bounds[s], bounds[s + 1]) if text[k][0].isalpha() and len(text[k]) > 1]
        a = len(rows)
        up = ups.get(s, 0)
        capped = sum(1 for k in rows if cap[k] and not upper[k])
        if up >= 2 and up * 10 >= a * 6:
            out.add(s)
        elif a >= 4 and s in function_caps and (capped + up) * 10 >= a * 8:
            out.add(s)
    return frozenset(out)
