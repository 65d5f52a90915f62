"""Sentence and token segmentation, computed once per document and shared by every extractor.

Both are linear-time scans with regular expressions that cannot backtrack catastrophically (no
nested quantifiers over overlapping classes).  Offsets index the original text.
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import NamedTuple

from newsparse.spans import Sentence, Token
from newsparse.trusted import trusted_builder

__all__ = [
    "ABBREVIATIONS",
    "TokenColumns",
    "columns_of",
    "split_sentences",
    "token_columns",
    "tokenize",
    "tokens_of",
]

# Words that end with a period without ending a sentence (compared lower-cased, without the dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen col lt maj capt cmdr adm sgt cpl pvt rep sen gov pres st jr sr rev hon
    fr amb atty supt insp det
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc ltd co corp bros plc llc dept univ assn est approx vs etc no nos vol pp fig cf al
    u.s u.k u.n u.s.a e.u a.m p.m i.e e.g d.c n.y l.a
    ave blvd rd mt ft
    """.split()
)

# A token: a word possibly joined by inner hyphens/apostrophes/periods ("U.S.", "al-Assad",
# "Su-25", "don't"), a number with separators ("1,447", "3.5"), or one other character.
# Alternatives are tried in order at each token start. Words and initialisms share their first
# letter, so one branch takes both; possessive quantifiers stop the engine from backtracking into a
# run it cannot give back. Same tokens as the first pattern (tests/core/test_text.py), a sixth faster.
_TOKEN = re.compile(
    r"""
    [^\W\d_](?:
        (?:\.[^\W\d_])++\.?           # initialisms: U.S.  U.N.
      | \w*+(?:['’\-]\w+)*+            # words, hyphenated and with apostrophes
    )
    | \d++(?:[.,:/]\d+)*+             # numbers: 1,447  3.5  2:00  2018/02/06
      (?:[^\W\d_]+)?                 # unit suffix glued to a number: 10km, 4.5bn
    | \w+(?:['’\-]\w+)*              # words that open with "_"
    | \S                             # anything else, one character at a time
    """,
    re.VERBOSE,
)

# Sentence ends: a run of terminal punctuation (".", "!", "?") with its closing quotes and brackets,
# then a space, where the next sentence starts (a capital or a digit, maybe after quotes or an
# opening bracket, checked by a lookahead: a run that is no end costs no Python code), or a blank
# line, which ends a paragraph whatever the line endings: LF, CRLF ("\r\n", one line end, never two)
# or CR alone. A match may only start where a run of marks starts (a lookbehind after its first
# mark) and takes the run whole, so a long run ("......") is scanned once, and the run and its
# closers cannot start another match: a refused run is skipped as a scan resuming after it would.
# Both branches open with one character class (a mark or a line end, then a lookbehind says which
# branch it is): a pattern that opens with a class is searched by jumping from candidate to candidate
# in C, where one opening with a choice of two classes is tried at every position of the text (the
# regex engine only skips ahead when it knows the match's possible first characters, and it does not
# gather them from alternatives that open with classes). Group 1 holds the marks after the first
# (empty for a single mark, maybe an abbreviation's period), and is None for a blank line. Same ends
# as the first patterns (tests/core/test_text.py); on news the scan takes 2.5 times less time.
_SENTENCE_END = re.compile(
    r"""[.!?\r\n](?:"""  # a mark or a line end, then what follows it
    r"""(?<=[.!?])(?<![.!?][.!?])([.!?]*+)["'”’)\]]*+(?=\s)"""  # a run of marks, from its first, closers
    r"""(?=\s*["'“‘(\[]*(?:[A-Z0-9]|[^\W\d_](?<![a-z])))"""  # then the start of a sentence
    r"""|(?<=[\r\n])(?:(?<=\r)\n)?+[ \t]*+[\r\n](?:(?<=\r)\n)?+\s*)"""  # a blank line
)
_LAST_WORD = re.compile(r"([^\W\d_](?:[\w.]*))\.?$")
_LONGEST_ABBREVIATION = max(map(len, ABBREVIATIONS))
_PAST_ABBREVIATIONS = _LONGEST_ABBREVIATION + 1  # letters no abbreviation ends with ("approx": 6)


# The same tokens, each with the white space before it: tokens hold no white space and every other
# character starts one, so the matches tile the text from 0 to the last token's end, and a token's
# end is the sum of the lengths before it (no match object per token, no Python code per token).
# Two alternatives go first for the commonest tokens, with the token pattern's own result: a word of
# ASCII letters that nothing joins on (what the first branch takes whole), and a comma or period
# alone (what ``\S`` takes); ranges of ASCII are tested faster than Unicode classes.
_SPACED_TOKEN = re.compile(r"\s*+(?:[a-zA-Z]++(?![\w'’\-.])|[,.]|" + _TOKEN.pattern + ")", re.VERBOSE)


class TokenColumns(NamedTuple):
    """The tokens of a text as three parallel columns: starts, ends and texts (no object per token)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]


def token_columns(text: str) -> TokenColumns:
    """The tokens of ``text`` as columns: what :func:`tokenize` gives, at half its cost."""
    # White space at the very end is no token: the scan stops before it, where each of its positions
    # would otherwise take the rest of the run and fail (quadratic on a long run of trailing spaces).
    pieces: list[str] = _SPACED_TOKEN.findall(text, 0, len(text.rstrip()))
    # one compiled loop (mypyc): a length and a strip are C calls, the offsets unboxed until stored,
    # where ``map`` over ``len``, ``str.lstrip`` and ``operator.sub`` made a Python-level call each
    n = len(pieces)
    starts: list[int] = [0] * n
    ends: list[int] = [0] * n
    texts: list[str] = [""] * n
    end = 0
    for k in range(n):
        piece = pieces[k]
        token = piece.lstrip()  # str.lstrip and the pattern's \s strip the same spaces
        end += len(piece)
        starts[k] = end - len(token)
        ends[k] = end
        texts[k] = token
    return TokenColumns(tuple(starts), tuple(ends), tuple(texts))


def tokens_of(columns: TokenColumns) -> tuple[Token, ...]:
    """The :class:`Token` tuples of token columns."""
    # Token's own __new__ is a Python frame per token: tuple.__new__ mapped over the rows is none
    return tuple(map(tuple.__new__, repeat(Token), zip(*columns, strict=True)))


def columns_of(tokens: tuple[Token, ...]) -> TokenColumns:
    """The columns of :class:`Token` tuples (of tokens a document was given)."""
    starts = tuple(token[0] for token in tokens)
    ends = tuple(token[1] for token in tokens)
    return TokenColumns(starts, ends, tuple(token[2] for token in tokens))


def tokenize(text: str) -> tuple[Token, ...]:
    """Split ``text`` into tokens (words, numbers, single punctuation marks)."""
    return tokens_of(token_columns(text))


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` ends an abbreviation or an initial rather than a sentence."""
    # the word before the dot never starts before the last space: searching from there finds the
    # same match as from 24 characters back, and the engine tries a few starts instead of 24
    lo = max(0, dot - 24)
    begin = max(lo, text.rfind(" ", lo, dot) + 1)
    word = text[begin:dot]
    if word.isalpha():  # letters alone (most words) are the pattern's whole match: no search
        if len(word) > _LONGEST_ABBREVIATION:  # lower-casing never shortens a word: no lookup
            return False
    else:
        match = _LAST_WORD.search(text, begin, dot)
        if match is None:
            return False
        word = match.group(1)
    if str.lower(word).rstrip(".") in ABBREVIATIONS:
        return True
    if word in _PLURAL_TITLES:
        return _plural_title(text, begin)
    # a single capital letter: an initial ("George W. Bush")
    return len(word) == 1 and word.isupper()


# Plural abbreviated titles ("Florida Sens. Marco Rubio and Ted Cruz", "Reps.", "Govs."), as written:
# "10 reps." ends a sentence, and so does the French town after a preposition of place ("in Sens.").
_PLURAL_TITLES = frozenset(["Sens", "Reps", "Govs", "SENS", "REPS", "GOVS"])
_PLACE_PREPOSITIONS = frozenset(["in", "at", "near"])


def _plural_title(text: str, begin: int) -> bool:
    """Whether the plural title starting at ``begin`` is one: the word before it (if any) is no
    preposition of place."""
    before = text[max(0, begin - 8) : begin].split()
    return not before or before[-1] not in _PLACE_PREPOSITIONS


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences, trimmed of surrounding whitespace; paragraphs always split."""
    sentences: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        more = match.group(1)
        if more is None:  # a blank line
            cut, resume = match.span()
        elif (
            more
            or text[(dot := match.start())] != "."
            # letters before the period, more than any abbreviation has, end a word that is none
            # (many sentence ends): no call (each letter is one the abbreviation's word pattern takes)
            or (dot >= _PAST_ABBREVIATIONS and text[dot - _PAST_ABBREVIATIONS : dot].isalpha())
            or not _is_abbreviation(text, dot)
        ):
            cut = resume = match.end()  # after a mark or a closer: nothing to trim at the end
        else:
            continue
        # trimmed here rather than in a function: one call less per sentence (a fifth of the scan)
        while start < cut and text[start].isspace():
            start += 1
        while cut > start and text[cut - 1].isspace():
            cut -= 1
        if cut > start:
            sentences.append(_new_sentence(start, cut))
        start = resume
    end = len(text)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(_new_sentence(start, end))
    return tuple(sentences)


_new_sentence = trusted_builder(Sentence)  # the offsets above are checked: 0 <= start < end
