"""Session 17 round 2: "top N" before a chart word is a band of ranks ("top 40 singles"), and the
digit groups after a zero-padded dialling code are a phone number ("0800 555 111"), not amounts."""

from __future__ import annotations

import pytest

from newsparse_quantities.recognise import recognise_text


def spans(text: str) -> list[str]:
    """The span of every amount of ``text``."""
    return [text[f.start : f.end] for f, _ in recognise_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He scored nine UK top 30 singles since 1998.", ["nine"]),
        ("The band have had eight top three hits.", ["eight"]),
        ("Due next week, the Top 500 list charts the fastest machines.", []),
        ("There were no new releases in the entire top 40 album charts.", []),
        ("He finished with a top 10 finish at Augusta.", []),
        # a count of the things ranked stays an amount
        ("The top two sides in each pool qualify.", ["two"]),
        ("It is one of the world's top 500 supercomputers.", ["500"]),
        ("Prices rose to the top 40 dollars a barrel.", ["40 dollars"]),
    ],
)
def test_top_n_before_a_chart_word_is_a_rank(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
    for ending in ("\r\n", "\r"):
        assert spans(f"Said so.{ending}{text}") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police appealed for help on 0845 8 505 505 or 0800 555 111.", []),
        ("Call 0800 555 111 for details; 40 people called.", ["40"]),
        # the decimals of a table figure are no dialling code
        ("Minneapolis 5.06 up .02 5.75 unc", [".02", "5.75"]),
        ("Sales were 500 000 tonnes.", ["500 000 tonnes"]),
    ],
)
def test_digit_groups_after_a_dialling_code_are_a_phone_number(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
    for ending in ("\r\n", "\r"):
        assert spans(f"Said so.{ending}{text}") == expected


def changes(text: str) -> list[tuple[str, str | None]]:
    """(span, change) of every amount of ``text``."""
    return [(text[f.start : f.end], f.change) for f, _ in recognise_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The numbers of lost laptops has leapt by 71% in the last three years.", [("71%", "up")]),
        ("Shares plummeted 40% on Monday.", [("40%", "down")]),
        ("Profit soars 20% as sales rocketed 15%.", [("20%", "up"), ("15%", "up")]),
        ("Sales slumps 8% while costs tumbles 2%.", [("8%", "down"), ("2%", "down")]),
    ],
)
def test_leapt_plummeted_and_headline_verbs_are_changes(text: str, expected: list[tuple[str, str]]) -> None:
    assert changes(text) == expected
    for ending in ("\r\n", "\r"):
        assert changes(f"Said so.{ending}{text}") == expected


def test_leaped_n_times_stays_a_bare_multiple() -> None:
    text = "Computational speed has leaped 500,000 times."
    (found,) = recognise_text(text)
    assert found[0].counted is None
