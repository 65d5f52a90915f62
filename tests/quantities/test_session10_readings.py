"""Unit tests: the readings of session 10 (issue 18), found on a check set of unused articles:
hyphenated counted nouns, plural acronyms after a capitalised number, measure nouns glued to a
number, rates per a counted thing, growth ranges, "within" inside a group.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The firm received 12 million e-mails in January.", "e-mails"),
        ("He insulted four co-stars on the set.", "co-stars"),
        ("It would stop over 400,000 home-buyers from paying.", "home-buyers"),
        ("They were given dozens of free-kicks.", "free-kicks"),
    ],
)
def test_a_hyphenated_head_is_one_word(quantities: Q, text: str, head: str) -> None:
    """ "12 million e-mails": the counted noun is the whole hyphenated word, not "mails"."""
    (found,) = quantities(text)
    assert found.counted is not None and found.counted.text.split()[-1] == head


def test_a_capitalised_number_before_a_plural_acronym_counts(quantities: Q) -> None:
    """ "Ninety one MPs have signed": a plural acronym is what is counted, not a name's next word."""
    (mps,) = quantities("Ninety one MPs have signed a petition.")
    assert (mps.value, mps.counted.text if mps.counted else None) == (91, "MPs")
    assert quantities("Ruddock warned his Six Nations rivals.") == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Labour had a 10-point lead over the Tories.", 10, "point"),
        ("They wrote a 200-page report.", 200, "page"),
        ("A three-judge panel ruled on Monday.", 3, "judge"),
        ("He faces a seven-match ban.", 7, "match"),
    ],
)
def test_a_measure_noun_glued_to_a_number_counts(quantities: Q, text: str, value: int, noun: str) -> None:
    """ "a 10-point lead", "a 200-page report": the guideline's measure used as an adjective."""
    (found,) = quantities(text)
    assert (found.value, found.counted.text if found.counted else None) == (value, noun)


@pytest.mark.parametrize("text", ["It was a two-tier system.", "A one-off payment.", "a two-day summit"])
def test_other_hyphen_compounds_stay_out(quantities: Q, text: str) -> None:
    """ "two-tier", "one-off", "two-day": a kind or a duration, not an amount."""
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The average cost was $44,110 per procedure in 2004.", "USD/procedure"),
        ("It allows a distribution of 16.60 dlrs per common share.", "USD/share"),
        ("That works out at £143,000 per successful asylum seeker.", "GBP/seeker"),
        ("The dollar was trading at $1.364 per euro on Monday.", "USD/EUR"),
        ("Oil sold at $18 per barrel.", "USD/bbl"),
    ],
)
def test_money_per_a_thing_is_a_rate(quantities: Q, text: str, unit: str) -> None:
    """ "$44,110 per procedure": money per a counted thing is a rate whose denominator is its head."""
    (money,) = quantities(text)
    assert money.unit == unit


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The company forecast sales growth of between 3% and 5%.", "up"),
        ("Music sales will fall 8-9% this year.", "down"),
        ("It needs to cut between 6,000 and 7,000 jobs.", "down"),
        ("You will see a 15 to 20 billion dlr reduction.", "down"),
        ("Prices rose to between 5 and 6%.", None),
    ],
)
def test_a_range_can_be_the_size_of_a_change(quantities: Q, text: str, change: str | None) -> None:
    """ "fall 8-9%", "growth of between 3% and 5%": the direction wins over the range (guideline)."""
    (found,) = quantities(text)
    assert (found.modifier, found.change) == ("range", change)


def test_a_scale_letter_in_a_model_name_is_no_amount(quantities: Q) -> None:
    """ "VS 5T", "NHL 2K5": a letter after a number in a name is no trillion or thousand."""
    assert [q.text for q in quantities("The low-cost VS 5T and VS 6T cost 13,500 dlrs.")] == ["13,500 dlrs"]
    assert quantities("He liked ESPN's NHL 2K5 best.") == []
    (goods,) = quantities("A basket of 35 M&S goods is dearer.")
    assert goods.value == 35
    (fans,) = quantities("There were 20k fans.")
    assert fans.value == 20000


def test_an_estimated_noun_of_an_amount_is_approximate(quantities: Q) -> None:
    """ "an estimated fortune of $15bn": the estimate reaches the amount past its noun."""
    (fortune,) = quantities("He has an estimated fortune of $15bn.")
    assert (fortune.value, fortune.modifier) == (15_000_000_000, "approx")
    (plain,) = quantities("He has a fortune of $15bn.")
    assert plain.modifier is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Speeds of 2Mbps are common.", "Mbit/s"),
        ("A 512kbps line.", "kbit/s"),
        ("It runs at 1.25gbps.", "Gbit/s"),
    ],
)
def test_data_rates_are_units(quantities: Q, text: str, unit: str) -> None:
    """ "2Mbps", "512kbps": data rates in bits per second (the guidelines' Mbit/s)."""
    (rate,) = quantities(text)
    assert (rate.unit, rate.kind) == (unit, "dimension")
