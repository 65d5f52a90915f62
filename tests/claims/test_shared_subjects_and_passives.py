"""Tests of session 7's claim rules: shared subjects, passive reporting cues, '' quotation marks,
wire-story paragraphs and datelines (passages written for the tests, not taken from any corpus)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Token
from newsparse.text import TokenColumns, columns_of
from newsparse_claims.model import Claim
from newsparse_claims.quoting import claim_quotations
from newsparse_claims.subjects import clause_subject, subject_before

from .layers import document, run

Row = tuple[str | None, str, str]  # (source as written, cue, content)


def summary(text: str) -> list[Row]:
    """(source as written, cue, content) of each claim of ``text``."""
    doc = run(document(text), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text)
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]


def kinds(text: str) -> list[str | None]:
    """The kind of each claim of ``text``."""
    return [c.kind for c in run(document(text), "claims").layer("claims") if isinstance(c, Claim)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle shares the subject of the clause's first verb
            "The president left no doubt about his choice, saying that nobody is more qualified.",
            [("The president", "saying", "nobody is more qualified")],
        ),
        (  # a fronted adverbial is passed over; "telling" skips its listener
            "But a few days later, Trump reversed himself again, telling CBS that the law is settled.",
            [("Trump", "telling", "the law is settled")],
        ),
        (  # "and said" after another verb takes the clause's subject
            "By the end of the day, Mr. Lee was forced to retreat and said that his words were misread.",
            [("Mr. Lee", "said", "his words were misread")],
        ),
        (  # "Jr." stays inside the name before its cue
            "Vice President Joseph R. Biden Jr. said the remarks were dangerous.",
            [("Vice President Joseph R. Biden Jr.", "said", "the remarks were dangerous")],
        ),
        (  # an insertion between dashes stands between the subject and its cue
            "Ann Lee — who is listed as a lawyer but does not practise — told the paper she would appeal.",
            [("Ann Lee", "told", "she would appeal")],
        ),
        (  # a cue inverted after a quotation, not only "said"
            '"We have no freedom of opinion any more," tweeted a user from Hanover.',
            [("a user", "tweeted", "We have no freedom of opinion any more")],
        ),
    ],
)
def test_shared_and_separated_subjects(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


def test_a_speechless_subject_is_not_shared() -> None:
    # "The day" names no speaker: the participle gets no source and so gives no claim
    assert summary("The day ended badly for the campaign, suggesting the race was lost.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The convention is expected to inject $200 million into the economy.",
            [(None, "is expected", "The convention is expected to inject $200 million into the economy")],
        ),
        ("It was reported that the talks had failed.", [(None, "was reported", "the talks had failed")]),
        (  # inside another claim's content the passive is no claim of its own
            "He was said to be furious, officials said.",
            [("officials", "said", "He was said to be furious")],
        ),
    ],
)
def test_passive_reporting_cues_have_no_source(text: str, expected: list[Row]) -> None:
    assert summary(text) == expected


def test_passive_expectation_is_a_belief_and_weather_is_no_claim() -> None:
    assert kinds("The bank is widely expected to cut rates.") == ["belief"]
    assert summary("It is expected to rain.") == []
    assert summary("Sales were expected by analysts to rise.") == []


def test_doubled_apostrophes_quote_over_several_sentences() -> None:
    text = "''It is bad for the party,'' he said. ''Nothing good will come of it.''"
    claims = run(document(text), "claims").layer("claims")
    assert len(claims) == 1
    claim = claims[0]
    assert isinstance(claim, Claim)
    assert claim.content.text.startswith("It is bad for the party")
    assert claim.content.text.endswith("Nothing good will come of it.")
    assert [part.text for part in claim.content_parts] == [
        "It is bad for the party",
        "Nothing good will come of it.",
    ]


def test_a_quotation_continues_past_a_short_rest_of_its_sentence() -> None:
    text = "“They are binding,” he told the paper on Monday. “Nobody can end them.”"
    (claim,) = run(document(text), "claims").layer("claims")
    assert isinstance(claim, Claim)
    assert claim.content.text.endswith("Nobody can end them.")


def test_a_cue_inside_doubled_apostrophes_belongs_to_the_quotation() -> None:
    text = "''I never said that he was right,'' Ann Lee said."
    assert summary(text) == [("Ann Lee", "said", "I never said that he was right")]


def test_wire_paragraphs_and_datelines() -> None:
    text = (
        "TOKYO, June 2 - Tax revenues were higher than forecast, ministry sources said.\n"
        '    "We are short," said Ian Rugeroni, president of sales - U.S.A.\n'
        "    Rugeroni said bookings were up.\n"
    )
    assert summary(text) == [
        ("ministry sources", "said", "Tax revenues were higher than forecast"),
        ("Ian Rugeroni, president of sales - U.S.A.", "said", "We are short"),
        ("Rugeroni", "said", "bookings were up"),
    ]


def test_a_content_that_is_only_a_time_gives_no_claim() -> None:
    assert summary("Apple announced today.") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .,\n'\"“”\t", max_size=80))
def test_quotations_with_doubled_apostrophes_are_ordered_disjoint_spans(text: str) -> None:
    previous = 0
    for span in claim_quotations(text):
        assert previous <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
        previous = span.end


_WORDS = st.sampled_from(
    ["The", "the", "president", "day", "Ann", "Lee", ",", "—", "-", "who", "On", "Monday", "said",
     "saying", "and", "he", "Mr", ".", "Jr", "be", "last", "is", "expected", "to"]
)


def _tokens(words: list[str]) -> TokenColumns:
    out, at = [], 0
    for word in words:
        out.append(Token(at, at + len(word), word))
        at += len(word) + 1
    return columns_of(tuple(out))


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=30), st.data())
def test_subject_readers_stay_in_their_range(words: list[str], data: st.DataObject) -> None:
    tokens = _tokens(words)
    low = [w.lower() for w in words]
    lo = data.draw(st.integers(0, len(words) - 1))
    i = data.draw(st.integers(lo, len(words)))
    a, b = clause_subject(tokens, low, lo, i)
    assert lo <= a <= b <= i
    a, b = subject_before(tokens, low, lo, i)
    assert lo <= a <= b <= i


def test_a_subject_reader_at_the_end_of_the_text_after_and() -> None:
    """The case Hypothesis found: "and" as the last token, read from the end of the text."""
    words = ["The"] * 8 + ["and"]
    tokens = _tokens(words)
    low = [w.lower() for w in words]
    for lo in range(len(words)):
        a, b = subject_before(tokens, low, lo, len(words))
        assert lo <= a <= b <= len(words)
