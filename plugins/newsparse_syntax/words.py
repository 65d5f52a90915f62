"""Word segmentation as Universal Dependencies English does it, in one linear regular-expression scan.

UD splits what the shared tokens keep whole: clitics ("do|n't", "Syria|'s", "they|'re") and
hyphenated words ("cease|-|fire"), so the tags and relations line up with UD treebanks.
"""

from __future__ import annotations

import re

from newsparse.text import ABBREVIATIONS

__all__ = ["split_columns", "split_words"]

# abbreviations keep their period ("Dr.", "Inc.", "Sept."), as UD does; capitalised only, so a
# sentence ending in "no." or "co." keeps its full stop
_ABBREVIATED = "|".join(
    sorted((a.capitalize() for a in ABBREVIATIONS if "." not in a), key=len, reverse=True)
)

# Alternatives are tried in order at each position; none can backtrack over more than one word.
# The plain order: the words UD splits ("cannot", "dont") first behind a one-letter gate, then
# commas (only the run of one punctuation mark could take them), then most words at once; the
# others run only before a period, an apostrophe, a hyphen or "://", and for the few words UD
# keeps whole ("e-mail").
_PATTERN = r"""
    (?=(?i:[cgwodiahstl]))(?:                 # gated: a word opening with one of their letters
      (?i:can(?=not(?!\w))|gon(?=na(?!\w))|wan(?=na(?!\w))|got(?=ta(?!\w))|out(?=ta(?!\w)))  # can|not
    | (?i:NT_STEMS)(?=(?i:nt)(?!\w))          # dont, didnt, havent: UD splits the stem (do|nt)
    | (?<!\w)(?:TYPOS)                         # im, thats, alot, "its a": UD splits i|m, that|s, a|lot
    )
    | ,+                                     # commas
    | [^\W\d_][^\W_]*+(?![.'’@\-]|://)       # most words: letters, not before . ' @ - ://
    | (?<![\w'’])[^\W\d_]['’][A-Z][^\W\d_]*  # O'Neill, D'Arcy, d'Estaing: one name, as UD has it
    | (?i:e|re|non|anti|counter|mis|over|semi|vice|pre|co|multi|inter)-[^\W_]+  # e-mail, re-run
    | [\w.+\-]{1,64}@[\w\-]+(?:\.[\w\-]+)*     # e-mail addresses (bounded: "al-al-..." is linear)
    | (?:https?://|www\.)[^\s"“”<>()\[\]]+[^\s"“”<>().,;:!?\[\]]  # web addresses (not a closing ])
    | [^\W_][-\w]{0,62}(?:\.[-\w]{1,63}){,8}\.(?i:com|org|net|edu|gov|htm|html|pdf|doc|docx|txt|xls|jpg)(?!\w)
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
    | (?P<run>[^\w\s])(?P=run)*              # a run of one punctuation mark: ... -- !!
    | _+                                    # a rule of underscores
    | \S                                    # anything else
    """
# Tried before the plain order, for the commonest words: a word ending in none of the endings of
# the words UD splits ("not", "na", "ta", "nt": four checks at its end, not twenty alternatives at
# its start), a lone full stop, a lone mark that no plain alternative before the run of one mark
# opens. Each takes only what the plain order takes at that place, so the words are the same
# (tests/syntax check it on varied text), found about a fifth faster.
_FAST = r"""
    (?!(?:[iI](?:ts|ve|m)|[aA]lot|Lets|[tT]hats)(?!\w))  # (not a typo UD splits: see _TYPOS)
      [^\W\d_][^\W_]*+(?<!(?i:not))(?<!(?i:na))(?<!(?i:ta))(?<!(?i:nt))(?![.'’@\-]|://)  # most words
    | \.(?![\w.+\-@!?])                       # a lone full stop (not "...", ".?", ".com", ".@")
    | (?P<mark>[^\w\s.+\-:;!?'’,])(?!(?P=mark))  # a lone mark: " ( ) $ % ...
    """
# apostrophes left out of contractions, which UD splits as if written ("its a" = it|s a, "im" = i|m,
# "thats", "alot", "ive", "Lets go"): only where no other reading is likely ("its" only before a
# word no possessive precedes, "Im" and "Ive" only before a lower-case word or a participle, never
# "Jony Ive said"); the fast order's "most words" leaves these words to the plain order
# (not "just", "pretty", a bare "going": "its just cause", "its pretty harbour", "its going rate")
_ITS_BEFORE = r"a|an|the|not|your|all|still|so|really|gonna|going\s+to|been|probably|ok|okay|kind\s+of"
_TYPOS = (
    rf"[iI]t(?=s\s+(?:{_ITS_BEFORE})(?![\w\-]))|i(?=m(?!\w))|I(?=m\s+[a-z])|[tT]hat(?=s(?!\w))|[aA](?=lot(?!\w))"
    r"|i(?=ve(?!\w))|I(?=ve\s+(?:been|got|had|never|always|just|seen|done|heard|tried|ever|already)(?!\w))"
    r"|Let(?=s\s+[a-z])"
)
_SPAN = re.Match.span
_START, _END, _GROUP = re.Match.start, re.Match.end, re.Match.group
_NT_STEMS = "(?:do|does|did|is|are|was|were|have|has|had|could|would|should|ca|wo)"
# "(?=\S)" first: at a space the scan fails at once instead of trying every alternative (a third faster)
_FILLED = (
    _PATTERN.replace("ABBREVIATED", rf"(?<![\w.])(?:{_ABBREVIATED})")
    .replace("NT_STEMS", _NT_STEMS)
    .replace("TYPOS", _TYPOS)
)
_PLAIN_WORD = r"(?=\S)(?:" + _FILLED + ")"  # the plain order alone (what the fast order must equal)
_WORD = re.compile(r"(?=\S)(?:" + _FAST + "|" + _FILLED + ")", re.VERBOSE)


def split_words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the words of ``text[start:end]``, in text order."""
    stop = len(text) if end is None else end
    return list(map(_SPAN, _WORD.finditer(text, start, stop)))


Columns = tuple[list[int], list[int], list[str]]


def split_columns(text: str, start: int = 0, end: int | None = None) -> Columns:
    """The words of ``text[start:end]`` as :func:`split_words` finds them, as three columns:
    starts, ends and the words' texts (read off the matches: no pair or slice a word)."""
    stop = len(text) if end is None else end
    matches = list(_WORD.finditer(text, start, stop))
    return list(map(_START, matches)), list(map(_END, matches)), list(map(_GROUP, matches))
