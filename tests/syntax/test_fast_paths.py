"""The parser's and word splitter's fast paths give what their plain versions give, on any text.

Each fast path of the ``syntax`` layer (a regular expression reordered for speed, a rule that
visits only the words it can change) is checked here against the plain version it replaced.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_syntax import words

# Word segmentation, the plain order: most words first, behind a look-ahead that excludes the
# words UD splits (as the layer's pattern read before its reordering).
_PLAIN_PATTERN = r"""
    (?!(?i:cannot|gonna|wanna|gotta|outta|NT_STEMSnt)(?!\w))  # not these (UD splits them: can|not,
    [^\W\d_][^\W_]*+(?![.'’@\-]|://)       # gon|na, do|nt); most words: letters, not before . ' @ - ://
    | (?i:can(?=not(?!\w))|gon(?=na(?!\w))|wan(?=na(?!\w))|got(?=ta(?!\w))|out(?=ta(?!\w)))  # can|not
    | (?i:NT_STEMS)(?=(?i:nt)(?!\w))          # dont, didnt, havent: UD splits the stem (do|nt)
    | (?i:e|re|non|anti|counter|mis|over|semi|vice|pre|co|multi|inter)-[^\W_]+  # e-mail, re-run
    | [\w.+\-]+@[\w\-]+(?:\.[\w\-]+)*          # e-mail addresses
    | (?:https?://|www\.)[^\s"“”<>()\[\]]+[^\s"“”<>().,;:!?\[\]]  # web addresses (not a closing ])
    | [^\W_][\w\-]*(?:\.[\w\-]+)*\.(?i:com|org|net|edu|gov|htm|html|pdf|doc|docx|txt|xls|jpg)(?!\w)
    | (?i:n['’]t)(?!\w)                       # the negation clitic: do|n't, ca|n't
    | [^\W_]+?(?=(?i:n['’]t)(?!\w))         # the stem before it
    | (?<=\w)['’](?i:s|re|ve|ll|d|m)(?!\w)   # clitics: Syria|'s, they|'re, I|'m
    | (?:ABBREVIATED)\.                    # Dr.  Inc.  Sept.
    | (?<![\w.])etc\.                        # "etc." keeps its period (lower case, unlike those)
    | [A-Z]\.(?=\s[A-Z])                    # an initial: George W. Bush
    | \d{1,3}(?:-\d{3})?-\d{4}(?![\w\-])      # telephone numbers: 555-1234, 303-832-8160
    | \d+(?:[.,:/]\d+)*(?:[^\W\d_]+)?       # numbers: 1,447  3.5  2:00  1990s
    | [^\W\d_](?:\.[^\W\d_])+\.?            # initialisms: U.S.  U.N.
    | [^\W_]+                               # words (letters and digits)
    | [:;]-?[()DPp](?!\w)                    # emoticons :) ;-)
    | \.*[!?][.!?]*                          # end marks run together, one word as in UD: !? ..? ?!!
    | ([^\w\s])\1*                          # a run of one punctuation mark: ... -- !!
    | _+                                    # a rule of underscores
    | \S                                    # anything else
    """
_PLAIN = re.compile(
    r"(?=\S)(?:"
    + _PLAIN_PATTERN.replace("ABBREVIATED", rf"(?<![\w.])(?:{words._ABBREVIATED})").replace(
        "NT_STEMS", words._NT_STEMS
    )
    + ")",
    re.VERBOSE,
)
# text dense in what the alternatives look at: the split words' letters (and the characters that
# fold onto them: long s, dotless i, dotted I), clitics, hyphens, periods, commas, digits, "@", "://"
_PIECES = st.sampled_from(
    "cannot gonna wanna gotta outta dont DIDNT isnt Cannot ſhouldnt İsnt ıs wont cant can not do "
    "n't 's ’re e-mail re-run U.S. Dr. etc. W. 3.5 1,447 555-1234 x@y.org http:// www.a.com "
    ", ,, . ... !? :) _ - ' ’ @ a b Z 7".split()
)
_SEPARATORS = st.sampled_from(["", " ", "  ", "\n", ",", ".", "-", "'"])
_DENSE = st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=30).map(
    lambda parts: "".join(piece + separator for piece, separator in parts)
)


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text, start, end)]


@settings(max_examples=300)
@given(st.one_of(_DENSE, st.text(max_size=200)), st.integers(0, 20), st.integers(0, 400))
def test_word_pattern_matches_its_plain_order(text: str, start: int, end: int) -> None:
    """The reordered pattern finds exactly the words the plain order finds, in any window."""
    assert _spans(words._WORD, text, start, end) == _spans(_PLAIN, text, start, end)
