"""Unit tests: the readings of session 11b (issue 18), found on unused articles: a currency name
that several countries use takes the code of the country the article names.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def units(quantities: Q, text: str) -> list[tuple[str, str | None]]:
    """(text, unit) of every quantity of ``text``."""
    return [(q.text, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Algeria raised the price to 200 dinars.", [("200 dinars", "DZD")]),
        ("A Norwegian court said he must pay 100,000 kroner.", [("100,000 kroner", "NOK")]),
        ("It set aside 24.2 trillion pesos. Colombia's planners said so.", [("24.2 trillion pesos", "COP")]),
        ("Sri Lanka's bank has 5bn rupees to lend.", [("5bn rupees", "LKR")]),
        ("It cost the state 1bn CFA francs a month.", [("1bn CFA francs", "XOF/month")]),
        ("The shares rose to 57.85 Swiss francs.", [("57.85 Swiss francs", "CHF")]),
    ],
)
def test_the_article_s_country_picks_the_currency(
    quantities: Q, text: str, want: list[tuple[str, str | None]]
) -> None:
    """An ambiguous currency name is read as the currency of the country the article names."""
    assert units(quantities, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The plan will cost 20 billion pesos.", [("20 billion pesos", "MXN")]),
        ("India will spend 5bn rupees.", [("5bn rupees", "INR")]),
    ],
)
def test_without_a_country_the_usual_reading_stays(
    quantities: Q, text: str, want: list[tuple[str, str | None]]
) -> None:
    """With no country named, a name keeps its table reading (pesos MXN, rupees INR)."""
    assert units(quantities, text) == want


def test_without_a_country_dinars_have_no_code(quantities: Q) -> None:
    """ "dinars" alone names no one currency: no code is guessed."""
    assert [q.unit for q in quantities("He paid 50 dinars.")] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "He had lost three times to Roddick.",
        "Interest rates rose five times last year.",
        "They finished runners-up three times.",
    ],
)
def test_a_count_of_times_is_no_change(quantities: Q, text: str) -> None:
    """ "rose five times" counts occurrences: the amount is not the size of a rise or a fall."""
    assert [q.change for q in quantities(text)] == [None]


def test_a_capital_initial_after_a_number_is_no_unit(quantities: Q) -> None:
    """ "3,367  J Ross (Essex)": an attendance and a referee's initial, not joules."""
    assert units(quantities, "Makofo 66.  3,367  J Ross (Essex).")[-1] == ("3,367", None)


def test_tv_is_no_unit(quantities: Q) -> None:
    """ "200 TV stations" counts stations (pint would read teravolts)."""
    assert [
        (q.text, q.unit, q.counted.text if q.counted else None)
        for q in quantities("China has 200 TV stations.")
    ] == [("200", None, "stations")]


def test_a_spaced_symbol_before_a_lower_case_word_stays_a_unit(quantities: Q) -> None:
    """A capital symbol stays a unit when no name follows it ("5 J of energy")."""
    assert units(quantities, "It took 5 J of energy.") == [("5 J", "J")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Fans will have to pay five pounds for a ticket.", [("five pounds", "GBP")]),
        ("It costs just two pounds.", [("two pounds", "GBP")]),
        ("The plane was overloaded by 700 pounds.", [("700 pounds", "lb")]),
    ],
)
def test_pounds_after_a_verb_of_paying_are_money(
    quantities: Q, text: str, want: list[tuple[str, str | None]]
) -> None:
    """ "pay five pounds" is money; "overloaded by 700 pounds" stays a weight."""
    assert units(quantities, text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Lost in Translation and 21 Grams are vying.",
        "Three Degrees star Sheila Ferguson spoke.",
        "Six Feet Under airs.",
    ],
)
def test_a_capitalised_unit_name_is_a_title(quantities: Q, text: str) -> None:
    """ "21 Grams", "Three Degrees": a unit's name written capitalised is a title's word, no unit."""
    assert all(q.unit is None for q in quantities(text))


def test_a_lower_case_unit_name_stays_a_unit(quantities: Q) -> None:
    """The same names in lower case are units ("21 grams")."""
    assert units(quantities, "It is 21 grams heavier.") == [("21 grams", "g")]


def test_cup_is_no_unit(quantities: Q) -> None:
    """ "two cup ties" counts ties (pint would read cups of volume)."""
    assert [(q.text, q.unit) for q in quantities("He has played just two cup ties.")] == [("two", None)]


def test_a_capitalised_daily_is_a_name_not_a_rate(quantities: Q) -> None:
    """ "one blog EverQuest Daily Grind": "Daily" of a name makes no rate; "3,000 cars daily" does."""
    assert [q.unit for q in quantities("It is on one blog EverQuest Daily Grind.")] == [None]
    assert [q.unit for q in quantities("It makes 3,000 cars daily.")] == ["cars/d"]


def test_two_bit_is_an_idiom(quantities: Q) -> None:
    """ "two-bit Tories" is no amount of bits; "a 32-bit processor" still is."""
    assert quantities("It is run by two-bit Tories.") == []
    assert units(quantities, "It has a 32-bit processor.") == [("32-bit", "bit")]


def test_half_a_cup_stays_a_measure(quantities: Q) -> None:
    """ "1/2 cup olive oil" is a measure of volume; only a count's singular "cup" is a modifier."""
    assert units(quantities, "Add 1/2 cup olive oil.") == [("1/2 cup", "cp")]
