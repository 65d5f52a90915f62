"""Session 17: currency names and codes of the ISO 4217 list, "$650-million", "500 KV", and changes
stated by "off", by a change noun before a copula or after "N percent GDP" (issue 18's miss classes)."""

from __future__ import annotations

import pytest

import newsparse_quantities
import newsparse_syntax
from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for
from newsparse_quantities.recognise import recognise_text


def readings(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    """(span, value, unit, change) of every amount of ``text``."""
    return [
        (text[f.start : f.end], float(f.value) if f.value is not None else None, f.unit, f.change)
        for f, _ in recognise_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lenzing posted a loss of 84.5 million schillings from a profit of 160 million.",
            [("84.5 million schillings", 84.5e6, "ATS", None), ("160 million", 160e6, "ATS", None)],
        ),
        (
            "Some 50 million Guinean francs were paid.",
            [("Some 50 million Guinean francs", 50e6, "GNF", None)],
        ),
        ("It paid 20 million drachmas for it.", [("20 million drachmas", 20e6, "GRD", None)]),
        ("The bill was 300 million escudos.", [("300 million escudos", 300e6, "PTE", None)]),
        ("The fine was GNF 5,000 in all.", [("GNF 5,000", 5000.0, "GNF", None)]),
        ("The deal is worth 12 million ATS.", [("12 million ATS", 12e6, "ATS", None)]),
        ("It trades at 33 karbovanets per rouble.", [("33 karbovanets", 33.0, "UAK/RUB", None)]),
    ],
)
def test_currency_names_and_codes(text: str, expected: list[tuple[str, float, str, None]]) -> None:
    assert readings(text) == expected
    for ending in ("\r\n", "\r"):
        assert readings(f"Said so.{ending}{text}")[-len(expected) :] == expected


def test_shillings_follow_the_country_of_the_story() -> None:
    text = "Kenya's central bank in Nairobi said it sold 200 million shillings of bonds."
    assert readings(text)[-1][2] == "KES"
    assert readings("The ticket cost 200 shillings.")[-1][2] != "KES"  # no country named: no guess


def test_codes_that_are_words_stay_out() -> None:
    found = readings("Delegates spent COP 26,000 and met 5 PHP developers.")
    assert found and all(unit is None for _, _, unit, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B shares were issued in a $650-million subscription.", [("$650-million", 650e6, "USD", None)]),
        ("It is a C$1-billion plan.", [("C$1-billion", 1e9, "CAD", None)]),
        (
            "The 500 KV line and the 300 KW unit failed.",
            [("500 KV", 500.0, "kV", None), ("300 KW", 300.0, "kW", None)],
        ),
    ],
)
def test_hyphenated_scale_and_upper_case_symbols(
    text: str, expected: list[tuple[str, float, str, None]]
) -> None:
    assert readings(text) == expected
    assert readings(text.replace(" ", "\r\n", 1)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Imports totalled 3,684 tonnes, off 47.5 percent from 7,011 tonnes in 1995.",
            [("3,684 tonnes", None), ("47.5 percent", "down"), ("7,011 tonnes", None)],
        ),
        ("Shares were off 12 cents at the close.", [("12 cents", "down")]),
        ("The year-on-year rise was 8.2 percent.", [("8.2 percent", "up")]),
        ("The decline was 3 percent.", [("3 percent", "down")]),
        ("With 2.5 percent gross domestic product growth expected, jobs will come.", [("2.5 percent", "up")]),
        ("It forecast 3 percent GDP growth.", [("3 percent", "up")]),
        ("A 4 percent sales decline hurt.", [("4 percent", "down")]),
    ],
)
def test_changes_stated_by_their_words(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(r[0], r[3]) for r in readings(text)][: len(expected)] == expected
    for ending in ("\r\n", "\r"):
        shifted = readings(f"Said so.{ending}{text}")
        assert [(r[0], r[3]) for r in shifted][: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Some 40 percent expect growth to slow.",  # a verb between: a share, no change
        "About 30 percent of GDP growth came from exports.",  # "of": a share of growth
        "He took off 10 percent of the price.",  # "off" after a verb of its own
        "The rise in prices was 3 percent.",  # (a phrase after the noun: left to the context pass)
    ],
)
def test_no_change_otherwise(text: str) -> None:
    assert readings(text)[0][3] is None


@pytest.fixture(scope="module")
def with_syntax() -> Pipeline:
    """A pipeline of the quantities plugin and the syntax layer it consults."""
    return pipeline_for(newsparse_quantities, newsparse_syntax, only=["quantities"], strict=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, the two 500 KV transmission cables were taken out of service.",
            [("two", "transmission cables"), ("500 KV", None)],
        ),
        ("On Monday, the two transmission cables were taken out.", [("two", "transmission cables")]),
    ],
)
def test_a_count_before_a_measure_counts_the_noun_after_it(
    with_syntax: Pipeline, text: str, expected: list[tuple[str, str | None]]
) -> None:
    for ending in ("\n", "\r\n", "\r"):
        doc = with_syntax.parse(f"Said so.{ending}{text}")
        quantities = [q for q in doc.layer("quantities") if isinstance(q, Quantity)]
        assert [(q.text, q.counted.text if q.counted else None) for q in quantities] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They found a dozen seven-year-old cheques.", [("a dozen", 12.0), ("seven-year-old", 7.0)]),
        ("Two dozen three-year-old horses ran.", [("Two dozen", 24.0), ("three-year-old", 3.0)]),
        ("They sold two dozen twenty-cent coins.", [("two dozen", 24.0), ("twenty-cent", 20.0)]),
    ],
)
def test_a_dozen_adds_no_number_after_it(text: str, expected: list[tuple[str, float]]) -> None:
    for ending in ("\n", "\r\n", "\r"):
        assert [(r[0], r[1]) for r in readings(f"Said so.{ending}{text}")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It abused children as young as 10 years old.", ("as young as 10 years old", "at_least", 10.0)),
        ("MTV shows are aimed at children as young as 12.", ("as young as 12", "at_least", 12.0)),
        ("It takes as little as 5 percent.", ("as little as 5 percent", "at_least", 5.0)),
        ("As few as 20 people came.", ("As few as 20", "at_least", 20.0)),
    ],
)
def test_as_low_as_is_a_lower_bound(text: str, expected: tuple[str, str, float]) -> None:
    for ending in ("\n", "\r\n", "\r"):
        shifted = f"Said so.{ending}{text}"
        found = [(shifted[f.start : f.end], f.modifier, float(f.low or 0))
                 for f, _ in recognise_text(shifted)]
        assert found[0] == expected


def test_as_young_as_after_people_is_an_age_and_a_fall_as_low_as_is_a_level() -> None:
    text = "MTV shows are aimed at children as young as 12."
    assert [(f.unit, f.kind) for f, _ in recognise_text(text)] == [("year", "age")]
    text = "By 2019 poverty could fall as low as 15.3%, he said."
    assert [(f.modifier, f.change) for f, _ in recognise_text(text)] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Referring to Gencor's increased 41.5 percent stake, he spoke.", None),
        ("Its reduced 20 percent stake was sold.", None),
        ("It's increased 5 percent this year.", "up"),  # "it has"
        ("Sales increased 5 percent.", "up"),
        ("The company's shares dropped 5 percent.", "down"),
    ],
)
def test_a_participle_after_a_possessive_is_an_adjective(text: str, expected: str | None) -> None:
    for ending in ("\n", "\r\n", "\r"):
        assert [f.change for f, _ in recognise_text(f"Said so.{ending}{text}")] == [expected]
