"""Session 42 (issue 19): in an undated story a month told without its year in the past tense is of the
year the story named last ("growth topped 9% in 2004 ... exports totalled $63.8bn in December":
2004-12, narrative), unless a yearless day, a deictic year or a future clause stands in the way."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)

_MONTHS = ("January", "March", "June", "September", "November", "December")


def found(text: str, published: str | None = None) -> dict[str, tuple[str, str | None]]:
    """{text: (value, reference)} of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return {d.text: (d.value, d.reference) for d in doc.dates}


def test_a_past_month_takes_the_year_named_paragraphs_before() -> None:
    """The year of two sentences back, across a paragraph break, in an undated story."""
    text = (
        "Officials said growth topped 9% in 2004 for the second year in a row. Revenue rose sharply.\n\n"
        "According to the ministry, exports totalled $63.8bn in December, a record."
    )
    doc = PIPE.parse(text)
    december = next(d for d in doc.dates if d.text == "December")
    assert (december.value, december.reference) == ("2004-12", "narrative")
    assert december.reference_span is not None and december.reference_span.text == "2004"


def test_a_date_moved_from_the_year_passes_it_on() -> None:
    """ "In July 2004 ... a week later ... in November": the story is still in 2004."""
    text = (
        "In July 2004, the firm announced a deal. The regulator said a week later that it had not "
        "approved it. The row flared again at a forum in November."
    )
    assert found(text)["November"] == ("2004-11", "narrative")


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Growth topped 9% in 2004. Prices rose. Exports totalled $63.8bn in December.", "2005-02-01"),
        ("Growth topped 9% in 2004. Prices rose. Exports will reach $70bn in December.", None),  # future
        ("Growth topped 9% in 2004. Prices rose last year. Exports totalled $63.8bn in December.", None),
        ("Growth topped 9% in 2004. On 26 May prices fell. Exports totalled $63.8bn in December.", None),
        ("Growth has been strong since 2004. Prices rose. Exports totalled $63.8bn in December.", None),
        ('He said: "We topped 9% in 2004." Prices rose. Exports totalled $63.8bn in December.', None),
        ("Sales of Windows 2000 grew. Prices rose. Exports totalled $63.8bn in December.", None),
    ],
)
def test_the_month_keeps_its_reference_elsewhere(text: str, published: str | None) -> None:
    """A dated story, a future clause, a deictic year, a yearless day after the year, a bound, a
    quotation or a name: the month is not moved to the year."""
    value, reference = found(text, published)["December"]
    assert reference == "published"
    assert value == ("2004-12" if published else "XXXX-12")


@given(st.sampled_from(_MONTHS), st.integers(1950, 2030), st.booleans())
def test_the_year_is_the_one_named_last(month: str, year: int, past: bool) -> None:
    """Any year and month: a past clause takes the year, a future one keeps the month unknown."""
    verb = "totalled" if past else "will total"
    text = f"Growth topped 9% in {year}. Prices rose. Exports {verb} $63.8bn in {month}."
    value, reference = found(text)[month]
    number = _MONTHS_NUMBER[month]
    if past:
        assert (value, reference) == (f"{year:04d}-{number:02d}", "narrative")
    else:
        assert value == f"XXXX-{number:02d}"


_MONTHS_NUMBER = {"January": 1, "March": 3, "June": 6, "September": 9, "November": 11, "December": 12}
