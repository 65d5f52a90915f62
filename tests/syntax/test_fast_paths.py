"""The parser's and word splitter's fast paths give what their plain versions give, on any text.

Each fast path of the ``syntax`` layer (a regular expression reordered for speed, a rule that
visits only the words it can change) is checked here against the plain version it replaced.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse_syntax import groups, news_repairs, parser, repairs, words

# Word segmentation, the plain order: most words first, behind a look-ahead that excludes the
# words UD splits (as the layer's pattern read before its reordering).
_PLAIN_PATTERN = r"""
    (?!(?i:cannot|gonna|wanna|gotta|outta|NT_STEMSnt)(?!\w))  # not these (UD splits them: can|not,
    [^\W\d_][^\W_]*+(?![.'’@\-]|://)       # gon|na, do|nt); most words: letters, not before . ' @ - ://
    | (?<![\w'’])[^\W\d_]['’][A-Z][^\W\d_]*  # O'Neill, D'Arcy: one name (session 12)
    | (?i:can(?=not(?!\w))|gon(?=na(?!\w))|wan(?=na(?!\w))|got(?=ta(?!\w))|out(?=ta(?!\w)))  # can|not
    | (?i:NT_STEMS)(?=(?i:nt)(?!\w))          # dont, didnt, havent: UD splits the stem (do|nt)
    | (?i:e|re|non|anti|counter|mis|over|semi|vice|pre|co|multi|inter)-[^\W_]+  # e-mail, re-run
    | [\w.+\-]{1,64}@[\w\-]+(?:\.[\w\-]+)*     # e-mail addresses (bounded as the layer's: 892c2b4f)
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
@example("U.S.U.S.www.a.comwww.a.comwww.a.com", 0, 35)  # nine dotted parts: past the bound of 8
def test_word_pattern_matches_its_plain_order(text: str, start: int, end: int) -> None:
    """The reordered pattern finds exactly the words the plain order finds, in any window."""
    assert _spans(words._WORD, text, start, end) == _spans(_PLAIN, text, start, end)


# Noun groups: the head found at once for the commonest groups, the words attached a loop per side
_TAGS = st.sampled_from(["DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON", "PUNCT", "ADV", "VERB", "SYM"])
_LOWER = st.sampled_from(["the", "-", "his", "president", "north", "korea", "$", "iyad", "talks", "x"])


def _plain_attach(
    tags: list[str], lo: int, hi: int, head: int, heads: list[int | None], rels: list[str | None]
) -> None:
    """The plain attachment of a group's words to its head (as the layer read before)."""
    for k in range(lo, hi):
        if k == head:
            continue
        heads[k] = head
        if k > head and tags[k] == "PROPN":
            rels[k] = "flat"
        elif tags[k] == "PRON":
            rels[k] = "nmod:poss"
        elif tags[k] == "PUNCT":
            rels[k] = "punct"
        else:
            rels[k] = groups._REL.get(tags[k], "dep")


@given(st.lists(st.tuples(_LOWER, _TAGS), min_size=2, max_size=8))
def test_group_attachment_matches_the_plain_loop(pairs: list[tuple[str, str]]) -> None:
    """Any group: the fast head is the plain head, and the words attach as the plain loop attaches."""
    lower, tags = [w for w, _ in pairs], [t for _, t in pairs]
    n, lexicon = len(tags), {"korea": "NNP", "talks": "NNS"}
    heads: list[int | None] = [None] * n
    rels: list[str | None] = [None] * n
    head = groups._attach_group(lower, tags, 0, n, heads, rels, lexicon)
    assert head == groups._head_of(lower, tags, 0, n, lexicon)
    plain_heads: list[int | None] = [None] * n
    plain_rels: list[str | None] = [None] * n
    _plain_attach(tags, 0, n, head, plain_heads, plain_rels)
    assert (heads, rels) == (plain_heads, plain_rels)


@given(st.lists(st.tuples(_LOWER, _TAGS), max_size=30))
def test_noun_groups_match_their_plain_attachment(pairs: list[tuple[str, str]]) -> None:
    """Every group ``noun_groups`` finds (two-word ones attached in its loop) is attached as the
    plain loop attaches it (possessive merges and adverbs aside: they are set after it)."""
    lower, tags = [w for w, _ in pairs], [t for _, t in pairs]
    n = len(tags)
    heads: list[int | None] = [None] * n
    rels: list[str | None] = [None] * n
    found = groups.noun_groups(lower, tags, heads, rels, {})
    for lo, hi, head in found:
        plain_heads: list[int | None] = [None] * n
        plain_rels: list[str | None] = [None] * n
        _plain_attach(tags, lo, hi, head, plain_heads, plain_rels)
        for k in range(lo, hi):
            if plain_heads[k] is not None and tags[k] != "ADV" and rels[k] not in ("case", "nmod:poss"):
                assert (heads[k], rels[k]) == (plain_heads[k], plain_rels[k])


# Cycles: the walk marked by number against the plain walk with a path and three states
def _plain_break_cycles(heads: list[int | None], rels: list[str | None]) -> None:
    state = [0] * len(heads)
    for first in [k for k, rel in enumerate(rels) if rel is not None and rel not in parser._LEAVES]:
        if heads[first] is None or state[first]:
            continue
        path = []
        k: int | None = first
        while k is not None and state[k] == 0:
            state[k] = 1
            path.append(k)
            head = heads[k]
            if head is not None and state[head] == 1:
                heads[k] = rels[k] = None
                break
            k = head
        for p in path:
            state[p] = 2


@given(st.data())
def test_cycle_breaking_matches_the_plain_walk(data: st.DataObject) -> None:
    """Any head array (loops included): the same words are detached."""
    n = data.draw(st.integers(1, 30))
    heads = data.draw(st.lists(st.one_of(st.none(), st.integers(0, n - 1)), min_size=n, max_size=n))
    rels = data.draw(
        st.lists(st.sampled_from([None, "nsubj", "obj", "det", "conj", "aux"]), min_size=n, max_size=n)
    )
    fast_heads, fast_rels = list(heads), list(rels)
    parser._break_cycles(fast_heads, fast_rels)
    _plain_break_cycles(heads, rels)
    assert (fast_heads, fast_rels) == (heads, rels)


# The noun-group pattern, with its optional possessive before a nominal as written before
_PLAIN_GROUP = re.compile(
    r"R|S(?=D)|S(?=x|$)|(?:D?S(?=[AMNP]))?[DAMNP](?:[AMNP]|(?<=D)D|B(?=A)"
    r"|(?<=[NPAM])h(?=[NPAM]|V[ANP])|(?<=[DAh])V(?=[ANP]))*"
)


@settings(max_examples=500)
@given(st.text(alphabet="RSDAMNPBVxh", max_size=40))
def test_group_pattern_matches_its_plain_form(code: str) -> None:
    """Any sentence's letter code: the spelled-out alternatives find the groups the plain form finds."""
    assert _spans(groups._GROUP, code, 0, len(code)) == _spans(_PLAIN_GROUP, code, 0, len(code))


_CUE_SENTENCES = [
    "US firm Nokia , who ranks third , said on Monday that the deal had both risks and rewards .",
    "There were about 30 people killed in southwest China while $ 5 million was lost .",
    "Most of the zombies are based at Downing Street , he said last week .",
    'Will Smith \'s new film was large enough to have a " new era " feel .',
]


@given(st.sampled_from(_CUE_SENTENCES), st.lists(st.sampled_from(["NOUN", "VERB", "ADV", "ADP", "PRON"])))
@settings(max_examples=60, deadline=None)
def test_repairs_given_the_set_of_forms_match_those_that_build_it(sentence: str, retag: list[str]) -> None:
    """The layer passes each sentence's set of forms to the repairs once; the same tags follow."""
    forms = sentence.split()
    tags = [(retag[k % len(retag)] if retag else "NOUN") for k in range(len(forms))]
    plain, given_set = list(tags), list(tags)
    news_repairs.repair_news(forms, plain, {})
    repairs.repair_words(forms, plain)
    news_repairs.repair_news(forms, given_set, {}, set(forms))
    repairs.repair_words(forms, given_set, set(forms))
    assert plain == given_set
