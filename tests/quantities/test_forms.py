"""Unit tests: the forms news writes amounts in, and the numbers that are not amounts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse
from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def one(quantities: Q, text: str) -> Quantity:
    """The single quantity of ``text``."""
    found = quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("They counted 1,447 of them.", "1,447", 1447),
        ("The rate was 3.5 on average.", "3.5", 3.5),
        ("It has 1,234,567 in total.", "1,234,567", 1234567),
        ("It weighed 0.25 on the scale.", "0.25", 0.25),
        ("Only two dozen arrived.", "two dozen", 24),
        ("Nearly half a dozen arrived.", "Nearly half a dozen", 6),
        ("It cost a quarter of a million.", "a quarter of a million", 250000),
        ("They saw 1.5 million.", "1.5 million", 1500000),
        ("Some two hundred and fifty came.", "Some two hundred and fifty", 250),
        ("She got twenty-one.", "twenty-one", 21),
        ("A total of 10k signed.", "10k", 10000),
        ("It was 2 1/2 long ago.", "2 1/2", 2.5),
        ("The answer is one and a half.", "one and a half", 1.5),
        ("A population of 3 million and a half.", "3 million and a half", 3500000),
        ("It reached 40 000 in all.", "40 000", 40000),
    ],
)
def test_number_forms(quantities: Q, text: str, surface: str, value: float) -> None:
    q = one(quantities, text)
    assert q.text == surface
    assert q.value == pytest.approx(value)


def test_integers_are_ints(quantities: Q) -> None:
    q = one(quantities, "They found 211 of them.")
    assert q.value == 211 and isinstance(q.value, int)
    assert (q.low, q.high, q.modifier) == (211, 211, None)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The deal is worth $4.5bn, officials said.", "$4.5bn", 4.5e9, "USD"),
        ("He paid €3m for it.", "€3m", 3e6, "EUR"),
        ("They lost £2bn last year.", "£2bn", 2e9, "GBP"),
        ("A $3.2 billion plan.", "$3.2 billion", 3.2e9, "USD"),
        ("It raised 420 million Swiss francs.", "420 million Swiss francs", 4.2e8, "CHF"),
        ("The fine was 10,000 euros.", "10,000 euros", 10000, "EUR"),
        ("It costs USD 200 now.", "USD 200", 200, "USD"),
        ("It cost 50 cents more.", "50 cents", 50, "cent"),
        ("Shares fell 3 dollars and 45 cents.", "3 dollars and 45 cents", 3.45, "USD"),
    ],
)
def test_currency(quantities: Q, text: str, surface: str, value: float, unit: str) -> None:
    q = one(quantities, text)
    assert (q.text, q.unit, q.kind) == (surface, unit, "currency")
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "kind"),
    [
        ("over 3,000 square kilometers of land", "over 3,000 square kilometers", 3000, "km**2", "dimension"),
        ("an area of 301,338 km2 in all", "301,338 km2", 301338, "km**2", "dimension"),
        ("an area of 190 sq km in all", "190 sq km", 190, "km**2", "dimension"),
        ("It exported 16,000 metric tons of grain.", "16,000 metric tons", 16000, "t", "dimension"),
        ("a 45-acre farm", "45-acre", 45, "acre", "dimension"),
        ("He ran 10km yesterday.", "10km", 10, "km", "dimension"),
        ("It weighs 200lbs.", "200lbs", 200, "lb", "dimension"),
        ("at 188 miles an hour", "188 miles an hour", 188, "mi/h", "dimension"),
        ("temperatures near 32 degrees Celsius", "near 32 degrees Celsius", 32, "°C", "temperature"),
        ("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "ft", "dimension"),
        ("a 1.5 million gallon tank", "1.5 million gallon", 1.5e6, "gal", "dimension"),
        ("Unemployment rose to 5.4%.", "5.4%", 5.4, "percent", "percent"),
        ("It grew 12 percent.", "12 percent", 12, "percent", "percent"),
        ("Rates rose 2 percentage points.", "2 percentage points", 2, "percentage_point", "percent"),
    ],
)
def test_units(quantities: Q, text: str, surface: str, value: float, unit: str, kind: str) -> None:
    q = one(quantities, text)
    assert (q.text, q.unit, q.kind) == (surface, unit, kind)
    assert q.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "modifier", "value", "low", "high", "low_inc", "high_inc"),
    [
        ("over 100 villages", "over", 100, 100, None, False, True),
        ("more than 100 villages", "over", 100, 100, None, False, True),
        ("at least 100 villages", "at_least", 100, 100, None, True, True),
        ("up to 100 villages", "at_most", 100, None, 100, True, True),
        ("at most 100 villages", "at_most", 100, None, 100, True, True),
        ("fewer than 100 villages", "under", 100, None, 100, True, False),
        ("roughly 100 villages", "approx", 100, None, None, True, True),
        ("about 100 villages", "approx", 100, None, None, True, True),
        ("some 100 villages", "approx", 100, None, None, True, True),
        ("closer to 100 villages", "approx", 100, None, None, True, True),
        ("nearly 100 villages", "approx", 100, None, 100, True, False),
        ("almost 100 villages", "approx", 100, None, 100, True, False),
        ("100 villages or more", "at_least", 100, 100, None, True, True),
        ("between 3,000 and 5,000 villages", "range", None, 3000, 5000, True, True),
        ("3,000 to 5,000 villages", "range", None, 3000, 5000, True, True),
        ("3,000-5,000 villages", "range", None, 3000, 5000, True, True),
    ],
)
def test_modifiers_and_bounds(
    quantities: Q,
    text: str,
    modifier: str,
    value: float | None,
    low: float | None,
    high: float | None,
    low_inc: bool,
    high_inc: bool,
) -> None:
    q = one(quantities, text)
    assert (q.modifier, q.value, q.low, q.high) == (modifier, value, low, high)
    assert (q.low_inclusive, q.high_inclusive) == (low_inc, high_inc)
    assert q.counted is not None and q.counted.text == "villages"
    assert q.text == text.removesuffix(" or more").replace(" villages", "")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens of people", 24, 99),
        ("hundreds of people", 200, 999),
        ("thousands of people", 2000, 9999),
        ("tens of thousands of people", 20000, 99999),
        ("hundreds of thousands of people", 200000, 999999),
        ("millions of people", 2_000_000, 9_999_999),
        ("several hundred people", 200, 999),  # bounds of "hundreds", as "several million" (guideline)
    ],
)
def test_vague_amounts(quantities: Q, text: str, low: int, high: int) -> None:
    q = one(quantities, text)
    assert (q.value, q.low, q.high, q.modifier) == (None, low, high, None)
    assert q.counted is not None and q.counted.text == "people"


@pytest.mark.parametrize(
    "text",
    [
        "A Su-25 fighter jet was shot down.",
        "The F-16 and the MiG-29 flew past a T-72.",
        "The COVID-19 pandemic spread.",
        "Leaders of the G7 met.",
        "Under Resolution 2254 the talks resumed.",
        "NATO's Article 5 was invoked.",
        "Call +1-222-555-2222 now.",
        "Call 555-1234 now.",
        "The war began in 2011.",
        "The war began in March 2011.",
        "It happened on Feb. 3 in the city.",
        "It happened on 3 March in the city.",
        "The meeting is at 2:00 pm.",
        "The meeting is at 6pm.",
        "He lives on Fifth Avenue.",
        "It lasted three months.",
        "It took 20 minutes.",
        "It was his 4th attempt.",
        "In the 1960s it grew.",
        "The 21st-century city.",
        "The address is 192.168.1.2 here.",
        "Which one do you prefer?",
    ],
)
def test_not_quantities(quantities: Q, text: str) -> None:
    assert [q.text for q in quantities(text)] == []


def test_counted_noun_span(quantities: Q) -> None:
    text = "It said 30 militants were killed."
    q = one(quantities, text)
    assert q.counted is not None
    assert (q.counted.text, q.counted.start) == ("militants", text.index("militants"))


def test_counted_skips_adjectives(quantities: Q) -> None:
    q = one(quantities, "Three Russian jets crashed.")
    assert q.counted is not None and q.counted.text == "jets"


def test_elided_counted_noun(quantities: Q) -> None:
    text = "In January alone, 211 civilians were killed and 1,447 wounded."
    first, second = quantities(text)
    assert first.counted is not None and second.counted is not None
    assert second.counted == first.counted
    assert second.counted.start == text.index("civilians")


def test_score_is_not_a_range(quantities: Q) -> None:
    assert [q.text for q in quantities("Chelsea won 3-1 at home.")] == []


def test_change_is_two_amounts(quantities: Q) -> None:
    found = quantities("Prices rose from $350 to $680 a ton.")
    got = [(q.text, q.value, q.modifier) for q in found][:2]
    assert got == [("$350", 350, None), ("$680", 680, None)]
    # a rate of goods written once applies to both levels (session 21, like the currency sign)
    assert [(q.unit, q.change) for q in found] == [("USD/t", None), ("USD/t", None)]


def test_unit_text_as_written(quantities: Q) -> None:
    q = one(quantities, "roughly 3,035 square kilometers in Idlib")
    assert q.unit_text == "square kilometers"


@pytest.mark.parametrize(
    ("text", "span", "counted"),
    [("30-plus people died.", "30-plus", "people"), ("30+ people died.", "30+", "people")],
)
def test_glued_plus_is_at_least(text: str, span: str, counted: str) -> None:
    (q,) = newsparse.parse(text, only=["quantities"]).quantities
    assert (q.text, q.value, q.low, q.high, q.modifier) == (span, 30, 30, None, "at_least")
    assert q.counted is not None and q.counted.text == counted


def test_spaced_plus_is_arithmetic_not_a_modifier() -> None:
    quantities = newsparse.parse("It rose 3 + 4 = 7.", only=["quantities"]).quantities
    assert [(q.text, q.modifier) for q in quantities] == [("3", None), ("4", None), ("7", None)]
