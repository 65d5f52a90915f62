"""A document's words as columns with their sentence facts (capitals, possessives, line starts, headlines).

The columns are built from the document's own tokens (``doc.token_columns``), with a possessive ``'s``
split off; :class:`Candidate` is what the recognisers find over them.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from itertools import chain, repeat
from operator import attrgetter, itemgetter, sub
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


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")
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
_BRAND_FIRSTS: Final = frozenset("ie")  # the first letters of such a brand
# Byte by byte, 1 for a capital letter of ASCII (what ``str.isupper`` says of one character there),
# and 1 for the small "i" and "e" a brand may open with.
_ASCII_CAPITALS: Final = bytes(1 if 65 <= b <= 90 else 0 for b in range(256))
_ASCII_BRAND_FIRSTS: Final = bytes(1 if chr(b) in "ie" else 0 for b in range(256))
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


def _caseless(char: str) -> bool:
    """Whether a character is a letter with no case (Arabic, Chinese; or a title-case letter)."""
    return char.isalpha() and not char.isupper() and not char.islower()


def _capitals(
    texts: list[str], firsts: Sequence[str], hyphens: list[int], cased: bool, joined: str | None = None
) -> tuple[list[int], list[int]]:
    """The tokens in capitals and the capitalised tokens, by index (few pass the C-level filters).

    In capitals: a letter first, two characters or more, and ``str.isupper``.  Capitalised: a capital
    letter first, or after an "al-" style particle.  ``cased``: no token opens with a letter that has
    no case (true of every text in ASCII).  ``joined``: the first characters in one string; in ASCII
    (most texts) its capitals are A to Z, marked by one byte translation instead of a call per token.
    """
    n = len(texts)
    if joined is None:
        joined = "".join(firsts)
    if joined.isascii():
        caps = list(itertools.compress(range(n), joined.encode("ascii").translate(_ASCII_CAPITALS)))
    else:
        caps = list(itertools.compress(range(n), map(str.isupper, firsts)))
        if not all(map(str.isalpha, map(firsts.__getitem__, caps))):  # a capital symbol first: rare
            caps = [k for k in caps if firsts[k].isalpha()]
    # a word in capitals whose first character is a letter starts with a capital, unless that
    # letter has no case (Arabic, Chinese): only then is every word looked at
    if cased:
        among = itertools.compress(caps, map(str.isupper, map(texts.__getitem__, caps)))
        uppers = [k for k in among if len(texts[k]) > 1]
    else:
        among = itertools.compress(range(n), map(str.isupper, texts))
        uppers = [k for k in among if len(texts[k]) > 1 and firsts[k].isalpha()]
    # a hyphenated word with a capital first is among ``caps`` already: only one with a letter
    # first that is no capital (a small letter, or one with no case) may be added ("al-Assad")
    capped = [k for k in hyphens if firsts[k].isalpha() and not firsts[k].isupper() and _is_cap(texts[k])]
    if capped:
        caps = sorted({*capped, *caps})
    return uppers, caps


def _lower_brands(texts: list[str], firsts: Sequence[str], joined: str | None) -> list[int]:
    """The tokens written as a brand with a small "i" or "e" first ("iPod", "eBay"), by index;
    ``joined``: the first characters in one string when it is ASCII, whose "i" and "e" one byte
    translation marks (else each first character is looked up)."""
    n = len(texts)
    if joined is not None:
        small = itertools.compress(range(n), joined.encode("ascii").translate(_ASCII_BRAND_FIRSTS))
    else:
        small = itertools.compress(range(n), map(_BRAND_FIRSTS.__contains__, firsts))
    # the pattern's second letter is a capital of A to Z and it needs four characters: tested first,
    # so the pattern runs on the few such words and not on every "in", "is" and "election"
    return [k for k in small if len(t := texts[k]) > 3 and "A" <= t[1] <= "Z" and _LOWER_BRAND.fullmatch(t)]


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


def words_of(doc: Document) -> Words:
    """The document's shared tokens (``doc.token_columns``, not re-tokenised) as columns with sentence facts.

    This runs over every token of every document, so no Python code runs per token: the dense
    columns are built with ``map`` over C-level functions (the lower-cased words by lower-casing them
    all joined by newlines: no token holds whitespace, and a newline ends the context of a final
    sigma as the end of a string does); the sparse facts (capitals, possessives, hyphens, line and
    sentence starts) are found first, by a C-level filter or by their positions in the text bisected
    into the token offsets, and only those few tokens are looked at in Python.
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
    # each sentence's index repeated over its tokens, at C level
    sents = list(chain.from_iterable(map(repeat, itertools.count(), map(sub, bounds[1:], bounds))))
    line_start = _line_starts(text, starts)
    # the first characters of the tokens (never empty), read off the text by one C-level call
    firsts: tuple[str, ...] = itemgetter(*starts)(text) if n > 1 else (text[starts[0]],)
    joined = "".join(firsts)  # its few characters outside ASCII are the only ones that may lack case
    plain = joined.isascii()
    uppers, caps = _capitals(
        texts, firsts, hyphens, plain or not any(map(_caseless, _NON_ASCII.findall(joined))), joined
    )
    # "iPod", "eBay": a brand written with a small letter first; the few tokens that are one are found
    # first, and the text is searched (for what stands around them) only when there are any
    brands = _lower_brands(texts, firsts, joined if plain else None)
    if brands and _LOWER_BRAND_IN_TEXT.search(text):
        caps = sorted({*caps, *brands})
    upper = [False] * n
    for k in uppers:
        upper[k] = True
    cap = [False] * n
    for k in caps:
        cap[k] = True
    # the first word of a sentence: its first token starting with a letter, unless a number came first
    initial = [False] * n
    for lo, hi in itertools.pairwise(bounds):
        for k in range(lo, hi):
            if firsts[k].isalpha():
                initial[k] = True
                break
            if firsts[k].isdigit():
                break
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
