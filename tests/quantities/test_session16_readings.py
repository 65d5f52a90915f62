"""Session 16: a change of a level shared after a phrase of period ("rose 0.6% on the month and 6.1%
on the year"), found on unused news and CoNLL-2003 train stories."""

from __future__ import annotations

import pytest

from newsparse_quantities.recognise import recognise_text


def changes(text: str) -> list[tuple[str, str | None]]:
    """(span, change) of every amount of ``text``."""
    return [(text[f.start : f.end], f.change) for f, _ in recognise_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ONS said retail sales rose 0.6% on the month and 6.1% on the year.",
            [("0.6%", "up"), ("6.1%", "up")],
        ),
        (
            "Spruce was at $419, up $5 from last Friday and $7 over the last midweek quote.",
            [("$419", None), ("$5", "up"), ("$7", "up")],
        ),
        (
            "He forecast a GDP rise of 6.1 percent in the third quarter and 4.9 percent in Q4.",
            [("6.1 percent", "up"), ("4.9 percent", "up")],
        ),
        (
            "Output fell 2% in July and 3% in August.",
            [("2%", "down"), ("3%", "down")],
        ),
    ],
)
def test_a_change_is_shared_after_a_period(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text) == expected
    for ending in ("\r\n", "\r", "\n"):
        assert changes(text.replace(" and ", ending + "and ")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose 5% in Europe and 20% of staff left.", [("5%", "up"), ("20%", None)]),  # a share
        ("Sales rose 5% in Europe and 20 people left.", [("5%", "up"), ("20", None)]),  # a count
        ("Sales rose 5% in Europe. 20% came from Asia.", [("5%", "up"), ("20%", None)]),  # a sentence apart
        ("Sales rose 5% in Europe and $20 in Asia.", [("5%", "up"), ("$20", None)]),  # another unit
        (
            "Sales rose 5% in the first half of the year after the merger and 8% were lost.",
            [("5%", "up"), ("8%", None)],  # a phrase too long to be a period
        ),
    ],
)
def test_no_change_is_shared_otherwise(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert changes(text) == expected


def counted(text: str) -> list[tuple[str, str | None]]:
    """(span, counted noun) of every amount of ``text``."""
    return [(text[f.start : f.end], text[c[0] : c[1]] if c else None) for f, c in recognise_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only one man recognises that robots are a threat.", [("one", "man")]),  # a verb after "one man"
        ("One joint system would work.", [("One", "joint system")]),
        ("There is one Tesco distribution centre in the UK.", [("one", "distribution centre")]),
        ("Two men recognise the threat.", [("Two", "men")]),
    ],
)
def test_one_counts_a_noun_not_the_verb_after_it(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counted(text) == expected
    for ending in ("\r\n", "\r", "\n"):
        assert counted(f"Said so.{ending}{text}{ending}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Billboard's Hot 100 chart now incorporates data from sales.", []),  # a list's name, no count
        ("The two firms now employ 300 staff.", [("two", "firms"), ("300", "staff")]),
        ("He has three books still unread.", [("three", "books")]),
    ],
)
def test_an_adverb_ends_the_counted_phrase(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counted(text) == expected
    for ending in ("\r\n", "\r", "\n"):
        assert counted(f"Said so.{ending}{text}{ending}") == expected
