"""Session 22 (issue 19): readings counted on outside text.

- A race time with a fraction of a second, or a comma, is one duration: "26 minutes 38.08 seconds"
  (``PT26M38.08S``), "two minutes, 35.39 seconds"; it was two expressions, the minutes and the
  seconds, and only whole seconds after no comma joined.
- "1415 local time (1315 GMT)" is a clock time of the place with no zone, as the guidelines write a
  local time beside a zoned one; "1900 local time" was the year 1900, "1415 local time" nothing.
- Four digits in a row of a table of figures ("Sydney 21 15 1 5 2067 1687 122.5 62") are a count,
  not a year; a row of years ("1996 1995 1996 1995") keeps its years.
- "drew each other a second time" is no set of two seconds; "half-yearly" is `P6M`, "half-hourly"
  `PT30M`; "reached the final a week ago" is "a week ago", not "the final a week ago"."""

from __future__ import annotations

import pytest

import newsparse_dates
from newsparse import Document
from newsparse.testing import pipeline_for

PIPE = pipeline_for(newsparse_dates)


def found(text: str, published: str | None = "1996-08-23") -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression of ``text``."""
    doc: Document = PIPE.parse(text, published=published)
    return [(d.text, d.type, d.value) for d in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hissou clocked 26 minutes 38.08 seconds in Brussels.", ("26 minutes 38.08 seconds", "PT26M38.08S")),
        ("She won in two minutes, 35.39 seconds.", ("two minutes, 35.39 seconds", "PT2M35.39S")),
        ("Berger (Austria) Benetton 1 minute 53.706 seconds", ("1 minute 53.706 seconds", "PT1M53.71S")),
        (
            "All three clocked five hours 51 minutes, 52 seconds.",
            ("five hours 51 minutes, 52 seconds", "PT5H51M52S"),
        ),
        ("He was out in a one hour, 55 minute battle.", ("one hour, 55 minute", "PT1H55M")),
    ],
)
def test_a_race_time_is_one_duration(text: str, expected: tuple[str, str]) -> None:
    """The hours, minutes and a fractional second of one time are one ``DURATION``."""
    assert found(text) == [(expected[0], "DURATION", expected[1])]


def test_a_fraction_is_only_the_last_unit() -> None:
    """Seconds do not take minutes after them, and two lengths of a list stay two."""
    assert found("It took 38.08 seconds 20 minutes ago.")[0] == ("38.08 seconds", "DURATION", "PT38.08S")
    assert len(found("It took 20 minutes, 10 days later it rained.")) == 2


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "The umpires announced a 1415 local time (1315 GMT) start.",
            "1996-08-23",
            ("1415 local time", "1996-08-23T14:15"),
        ),
        (
            "Play was extended to at least 1900 local time (1800 GMT).",
            "1996-08-23",
            ("1900 local time", "1996-08-23T19:00"),
        ),
        (
            "He will speak at 1230 local / 1630 GMT at the bank.",
            "1996-08-29",
            ("1230 local", "1996-08-29T12:30"),
        ),
        ("A fight broke out at about 0200 local time.", None, ("0200 local time", "XXXX-XX-XXT02:00")),
    ],
)
def test_a_local_clock_time_has_no_zone(text: str, published: str | None, expected: tuple[str, str]) -> None:
    """Four digits before "local time" are the place's clock on the reference day, not a year."""
    assert (expected[0], "TIME", expected[1]) in found(text, published)
    assert all(value != expected[0][:4] for _, _, value in found(text, published))


@pytest.mark.parametrize(
    "text", ["The 1900 local elections were close.", "It was built in 1900 local builders said."]
)
def test_local_without_time_keeps_its_year(text: str) -> None:
    """ "local" alone makes a clock time only beside another zone ("1230 local / 1630 GMT")."""
    assert found(text) == [("1900", "DATE", "1900")]


@pytest.mark.parametrize(
    "row",
    [
        "Sydney 21 15 1 5 2067 1687 122.5 62",
        "St Kilda 21 9 0 12 1909 1958 97.5 36",
        "VODNI STAVBY PRAHA 1915.00 1915.00 2000 3830.000",
    ],
)
def test_a_number_in_a_row_of_figures_is_no_year(row: str) -> None:
    """Between two figures of which one is no year, four digits are a figure of the table."""
    assert found(row) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Income statement  1996 1995 1996 1995  Unaudited", ["1996", "1995", "1996", "1995"]),
        ("Maturity  1998 575,000  1999 610,000", ["1998", "1999"]),
        ("In 1995 12 people died.", ["1995"]),
        ("On Aug 31 1995 10 people died.", []),
    ],
)
def test_years_of_a_table_or_a_sentence_stay(text: str, years: list[str]) -> None:
    """A row of years, years beside amounts with thousands commas, and a year before a count stay."""
    assert [v for _, t, v in found(text) if t == "DATE" and len(v) == 4] == years


def test_each_other_a_second_time_is_no_set() -> None:
    """ "every other" takes a unit straight after it ("every other week"), never a count."""
    assert found("Medvedev and Fleurian drew each other a second time.") == []
    assert found("They meet every other week.") == [("every other week", "SET", "P2W")]


def test_an_ordinal_noun_before_a_length_ago_stays_out() -> None:
    """ "reached the final a week ago": "the final" is the match, not a part of "a week ago"."""
    text = "Huber, who reached the final a week ago at Manhattan Beach, lost."
    assert found(text, "1996-08-26") == [("a week ago", "DATE", "1996-W34")]
    assert found("He won in the final 10 minutes.")[0][0] == "the final 10 minutes"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government issues its half-yearly economic report.", ("half-yearly", "P6M")),
        ("It found that a half-hourly service would cover its costs.", ("half-hourly", "PT30M")),
        ("It runs an hourly service.", ("hourly", "PT1H")),
    ],
)
def test_half_of_a_frequency_word(text: str, expected: tuple[str, str]) -> None:
    """ "half-yearly" is every six months (``P6M``), not the ``P1Y`` of its part "yearly"."""
    assert found(text) == [(expected[0], "SET", expected[1])]
