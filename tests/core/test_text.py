"""Sentence and token segmentation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Token
from newsparse.text import (
    _LAST_WORD,
    _TOKEN,
    ABBREVIATIONS,
    _is_abbreviation,
    split_sentences,
    token_columns,
    tokenize,
)


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Gen. Smith met Mr. Jones in the U.S. on Feb. 3. They talked. George W. Bush left!"
    assert sentences(text) == [
        "Gen. Smith met Mr. Jones in the U.S. on Feb. 3.",
        "They talked.",
        "George W. Bush left!",
    ]


def test_paragraphs_and_quotes() -> None:
    text = 'Headline here\n\nMOSCOW: He said: "It is over." Then he\nleft the room.'
    assert sentences(text) == ["Headline here", 'MOSCOW: He said: "It is over."', "Then he\nleft the room."]


def test_lower_case_after_period_does_not_split() -> None:
    assert sentences("It rose 3.5 percent vs. a year ago. e.g. not here.") == [
        "It rose 3.5 percent vs. a year ago. e.g. not here."
    ]


def test_tokens_keep_numbers_designations_and_names_whole() -> None:
    text = "Su-25 jets: 1,447 wounded; al-Assad's U.S. $4.5bn at 2:00 — ok"
    assert [t.text for t in tokenize(text)] == [
        "Su-25",
        "jets",
        ":",
        "1,447",
        "wounded",
        ";",
        "al-Assad's",
        "U.S.",
        "$",
        "4.5bn",
        "at",
        "2:00",
        "—",
        "ok",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_segmentation_offsets_are_valid_for_any_text(text: str) -> None:
    previous = 0
    for sentence in split_sentences(text):
        assert previous <= sentence.start < sentence.end <= len(text)
        assert not text[sentence.start].isspace() and not text[sentence.end - 1].isspace()
        previous = sentence.end
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text and token.text.strip()
    # every non-space character is in exactly one token
    assert sum(len(t.text) for t in tokenize(text)) == sum(1 for c in text if not c.isspace())


# the sentence ends as first written: a boundary pattern with a lookbehind before the run, then a
# second pattern at each end for the start of the next sentence, then the abbreviation test
_FIRST_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]++["'”’)\]]*+(?=\s)|(?:\r\n?+|\n)[ \t]*+(?:\r\n?+|\n)\s*""")
_FIRST_NEXT_START = re.compile(r"""\s*["'“‘(\[]*(?:[A-Z0-9]|[^\W\d_](?<![a-z]))""")


def _first_split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences as the first scan found them (one Python step per candidate end)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _FIRST_BOUNDARY.finditer(text):
        if match.group()[0] in "\r\n":
            cut, resume = match.start(), match.end()
        else:
            if not _FIRST_NEXT_START.match(text, match.end()):
                continue
            if match.group().startswith(".") and len(match.group().rstrip("\"'”’)]")) == 1:
                if _first_is_abbreviation(text, match.start()):
                    continue
            cut = resume = match.end()
        piece = text[start:cut]
        if piece.strip():
            out.append((start + len(piece) - len(piece.lstrip()), cut - len(piece) + len(piece.rstrip())))
        start = resume
    piece = text[start:]
    if piece.strip():
        out.append((start + len(piece) - len(piece.lstrip()), len(text) - len(piece) + len(piece.rstrip())))
    return out


_ENDS = [*"ab. !?\"')]\n\r\t”’A1(“‘é", "Mr.", "U.S.", "\r\n", "\n\n", " W. "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ENDS), max_size=30).map("".join) | st.text())
def test_the_sentence_scan_finds_what_the_first_one_did(text: str) -> None:
    assert [(s.start, s.end) for s in split_sentences(text)] == _first_split_sentences(text)


# the token pattern as first written: the faster one (one branch for words and initialisms,
# possessive runs) must give exactly the same tokens
_FIRST_TOKEN = re.compile(
    r"""\d+(?:[.,:/]\d+)*(?:[^\W\d_]+)?|[^\W\d_](?:\.[^\W\d_])+\.?|\w+(?:['’\-]\w+)*|\S"""
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé1_.,:/'’- \n$%")), max_size=60) | st.text())
def test_the_token_pattern_finds_what_the_first_one_did(text: str) -> None:
    assert [(t.start, t.end, t.text) for t in tokenize(text)] == [
        (m.start(), m.end(), m.group()) for m in _FIRST_TOKEN.finditer(text)
    ]


def _first_is_abbreviation(text: str, dot: int) -> bool:
    """The abbreviation test as first written (searching the whole 24 characters before the dot)."""
    match = _LAST_WORD.search(text, max(0, dot - 24), dot)
    if match is None:
        return False
    word = match.group(1).lower().rstrip(".")
    return word in ABBREVIATIONS or (len(match.group(1)) == 1 and match.group(1).isupper())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('aB1_. \n\t"(-Mrs')), max_size=40) | st.text(max_size=40))
def test_the_abbreviation_test_agrees_with_the_first_one(text: str) -> None:
    for dot in range(len(text)):
        assert _is_abbreviation(text, dot) == _first_is_abbreviation(text, dot)


_SPACED = list("aZé1_.,:/'’- \n\r\t\u00a0\u2028\x1c$%")  # white space of several kinds


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_SPACED), max_size=60) | st.text())
def test_token_columns_are_the_tokens_of_the_plain_scan(text: str) -> None:
    # the columns come from one findall of spaced tokens (lengths summed into offsets): they must be
    # the matches of the token pattern itself, one match object per token
    plain = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    columns = token_columns(text)
    assert list(zip(*columns, strict=True)) == plain
    assert all(type(column) is tuple for column in columns)
    doc = Document(text)
    assert doc.token_columns == columns and [tuple(t) for t in doc.tokens] == plain
    # the tokens built without Token's own constructor are the Tokens it builds
    assert doc.tokens == tuple(Token(*row) for row in plain) and {type(t) for t in doc.tokens} <= {Token}
    assert [(t.start, t.end, t.text) for t in doc.tokens] == plain


def test_token_columns_follow_the_tokens_a_document_was_given() -> None:
    doc = Document("New York", tokens=[Token(0, 8, "New York")])
    assert doc.token_columns == ((0,), (8,), ("New York",))
    assert Document("", tokens=[]).token_columns == ((), (), ())


_WORDS = [*sorted(ABBREVIATIONS), "approxx", "Approx", "APPROX", "İnc", "Thursday", "W", "x", "said", "U.S.A"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.sampled_from([" ", ". ", "\n", "-"]), max_size=12).map("".join))
def test_the_abbreviation_test_agrees_with_the_first_one_on_words(text: str) -> None:
    # words longer than every abbreviation are refused without a lookup: the same answers as the walk
    for dot in range(len(text)):
        assert _is_abbreviation(text, dot) == _first_is_abbreviation(text, dot)


_LONG_ENDS = [
    *_WORDS,
    "approx",
    "Approx. A",
    "sept. B",
    "xapprox",
    "Thursdays",
    "abcdef",
    "²abcdef",
    "x²yzabc",
    "(Inc",
    "co-Corp",
    ". ",
    ".\r\n",
    ".\r",
    " A",
    " B.",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LONG_ENDS), max_size=16).map("".join))
def test_letters_past_any_abbreviation_before_a_period_end_a_sentence_as_the_test_says(text: str) -> None:
    # a lone period after seven letters (one more than "approx") is taken as a sentence end without
    # the abbreviation test: the same sentences as the first scan, whatever the words and line ends
    assert [(s.start, s.end) for s in split_sentences(text)] == _first_split_sentences(text)


def test_a_long_word_before_a_period_ends_the_sentence() -> None:
    for end in ("\n", "\r\n", "\r"):
        text = f"Talks resumed on Thursdays. Gen. Smith said so.{end}Approx. Others spoke. Unapprox. Yes."
        assert sentences(text) == [
            "Talks resumed on Thursdays.",
            "Gen. Smith said so.",
            "Approx. Others spoke.",
            "Unapprox.",
            "Yes.",
        ]


def test_token_lowers_are_the_token_texts_lower_cased() -> None:
    doc = Document("Ann SAID: İstanbul's ΟΔΟΣ.")
    assert doc.token_lowers == tuple(text.lower() for text in doc.token_columns.texts)
    assert doc.token_lowers is doc.token_lowers  # computed once, then kept
    given = Document("New York", tokens=[Token(0, 8, "New York")])
    assert given.token_lowers == ("new york",)
    assert Document("").token_lowers == ()


def test_token_lowers_computed_in_a_view_are_shared_with_the_next_views() -> None:
    from newsparse.frozen import FrozenDict
    from newsparse.model import keep_derived, view_of

    doc = Document("Ann Lee SAID it.")
    first = view_of(doc, FrozenDict(doc.layers), None)
    lowered = first.token_lowers
    keep_derived(doc, first)  # what the pipeline does after each extractor
    assert doc.token_lowers is lowered
    assert view_of(doc, FrozenDict(doc.layers), None).token_lowers is lowered


def test_a_plural_abbreviated_title_ends_no_sentence() -> None:
    """ "Florida Sens. Marco Rubio and Ted Cruz": the title's period is no sentence end (session 31)."""
    text = "Florida Sens. Marco Rubio and Ted Cruz voted. Then Reps. Darrell Issa and Duncan Hunter spoke."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Florida Sens. Marco Rubio and Ted Cruz voted.",
        "Then Reps. Darrell Issa and Duncan Hunter spoke.",
    ]


def test_the_town_and_the_lower_case_word_still_end_a_sentence() -> None:
    """ "in Sens." is the French town and "10 reps." the exercise: both end their sentence."""
    text = "The bishop lived in Sens. He wrote often. Do three sets of 10 reps. Then rest."
    assert len(split_sentences(text)) == 4
