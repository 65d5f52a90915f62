"""Unit tests: the readings of session 14, round 2 (issue 18), from the errors of check set G
(CoNLL-2003 train, Reuters 1996) and their firings on unused news and other CoNLL train stories:
a price range after a currency sign ("$276-277"), "per cwt", a count of periods with a word between
("seven more years"), "group N" as a designation, "only one diplomat", "a 20-man squad".

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def readings(quantities: Q, text: str) -> list[tuple[str, float | None, str | None]]:
    """The span text, value and unit of every quantity of ``text``."""
    return [(q.text, q.value, q.unit) for q in quantities(text)]


def test_a_range_after_a_currency_sign_is_a_price_range_not_a_model(quantities: Q) -> None:
    """ "$276-277": a currency sign rules out a model number such as "737-800"."""
    found = quantities("Soymeal was quoted at $276-277 in export.")
    assert [(q.text, q.low, q.high, q.unit) for q in found] == [("$276-277", 276, 277, "USD")]
    assert quantities("The airline ordered a 737-800.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The value was estimated at $9.76 per cwt live.", "USD/cwt"),
        ("Rice closed at $10.28 a cwt.", "USD/cwt"),
        ("Wheat sold at $4 per hundredweight.", "USD/cwt"),
    ],
)
def test_a_price_per_hundredweight_is_a_rate_of_cwt(quantities: Q, text: str, unit: str) -> None:
    """ "per cwt live": the unit word ends the thing a sum is paid per (not "live")."""
    assert [q.unit for q in quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "The referendum extended his term for seven more years.",
        "It's been two unbelievable weeks for me.",
        "The film must run for seven consecutive days.",
        "He set a record of 961 consecutive minutes without conceding.",
    ],
)
def test_a_count_of_periods_with_a_word_between_is_a_duration(quantities: Q, text: str) -> None:
    """ "seven more years", "961 consecutive minutes": durations, which the dates layer owns."""
    assert quantities(text) == []


def test_a_count_of_people_with_a_word_between_stays(quantities: Q) -> None:
    """ "three more soldiers": only periods of time are durations."""
    assert readings(quantities, "Three more soldiers were killed.")[0][1] == 3


@pytest.mark.parametrize(
    "text",
    [
        "They travel to Vaduz for Saturday's group eight match.",
        "Mauritius now play in group seven of the qualifiers.",
        "He landed his first group one victory in 25 years.",
    ],
)
def test_a_group_number_is_a_designation(quantities: Q, text: str) -> None:
    """ "group eight", "group one victory": the name of a group, not an amount."""
    assert [q.text for q in quantities(text) if q.text in ("eight", "seven", "one")] == []


def test_only_one_diplomat_is_a_count(quantities: Q) -> None:
    """ "only one diplomat among the passengers" counts; "one diplomat said" is "a certain"."""
    assert [(q.text, q.value) for q in quantities("There was only one diplomat among them.")] == [("one", 1)]
    assert quantities("One diplomat said the talks had failed.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("He was left out of the 20-man squad.", 20), ("Voters choose a three-man presidency.", 3)],
)
def test_a_hyphenated_count_of_men_is_counted(quantities: Q, text: str, value: int) -> None:
    """ "a 20-man squad": a measure used as an adjective; "a one-man show" names a kind."""
    found = quantities(text)
    assert [(q.value, q.counted.text if q.counted else None) for q in found] == [(value, "man")]
    assert quantities("It was a one-man show.") == []


@pytest.mark.parametrize(
    "text",
    [
        "-- London Newsroom +44 171 542 8863",
        "-- Amsterdam newsroom +31 20 504 5000, Fax +31 20 504 5040",
        "-- Gilbert Le Gras 204 947 3548",
        "-- Budapest newsroom (36 1) 266 2410",
        "-- Bombay Commodities +91-22-265 9000",
    ],
)
def test_a_spaced_phone_number_of_a_wire_footer_is_no_amount(quantities: Q, text: str) -> None:
    """ "+44 171 542 8863": spaced digit groups ending in four digits are a phone number."""
    assert [q.text for q in quantities(text) if q.text not in ("36", "1")] == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Consumer magazines 618 90 568 80", [618, 90, 568, 80]),
        ("The figures were 1995 1996 and 2010.", []),
        ("They sold 120 cars and 2,400 trucks.", [120, 2400]),
    ],
)
def test_table_figures_and_years_are_no_phone_numbers(quantities: Q, text: str, values: list[int]) -> None:
    """A table row of short groups and years side by side keep their readings."""
    assert [q.value for q in quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("The trial of an Iranian and four Lebanese accused of the attack began.", "Lebanese"),
        ("China estimates 35 million Chinese were killed or wounded.", "Chinese"),
        ("Police arrested 12 Chinese workers.", "workers"),
    ],
)
def test_a_peoples_name_in_ese_is_a_plural_counted_noun(quantities: Q, text: str, counted: str) -> None:
    """ "four Lebanese": a people's name in "-ese" is its own plural; before a noun it is a modifier."""
    found = quantities(text)
    assert [q.counted.text.split()[-1] if q.counted else None for q in found] == [counted]
