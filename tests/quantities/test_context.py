"""Unit tests: what the words around an amount add to it (rates, ages, changes, names left out)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def fields(quantities: Q, text: str) -> list[tuple[str, object, str | None, str | None]]:
    """(text, value, unit, change) of every quantity of ``text``."""
    return [(q.text, q.value, q.unit, q.change) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Oil sold at $18 a barrel.", "$18", "USD/bbl"),
        ("It pumps 500,000 barrels per day.", "500,000 barrels per day", "bbl/d"),
        ("Exports averaged 400 mln dlrs annually.", "400 mln dlrs", "USD/year"),
        ("The plan saves the pensioner £100 every year.", "£100", "GBP/year"),
        ("It paid 50 cts a share.", "50 cts", "cent/share"),
        ("Sales rose from $1.17 billion a year earlier.", "$1.17 billion", "USD"),
        ("About 793,000 barrels of oil per day.", "About 793,000 barrels", "bbl/d"),
    ],
)
def test_rates(quantities: Q, text: str, surface: str, unit: str) -> None:
    found = quantities(text)
    assert [(q.text, q.unit) for q in found] == [(surface, unit)]


def test_rate_across_brackets(quantities: Q) -> None:
    found = quantities("A flat-fee £20 ($38) a month tariff.")
    assert [(q.text, q.unit) for q in found] == [("£20", "GBP/month"), ("$38", "USD/month")]


def test_counted_rate(quantities: Q) -> None:
    (q,) = quantities("The number of cases rose to 40,000 cases annually.")
    assert q.unit == "cases/year" and q.counted is not None and q.counted.text == "cases"


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("The 25-year-old signed on Friday.", "25-year-old", 25),
        ("A 17-year-old won.", "17-year-old", 17),
        ("The man, who is 40 years old, left.", "40 years old", 40),
        ("School starts from the age of seven.", "seven", 7),
        ("Women aged 40 were asked.", "40", 40),
        ("Prince Charles, 56, and Mrs Parker Bowles, 57, hosted a dinner.", "56", 56),
        ("Fuel money goes to people over 60.", "over 60", 60),
    ],
)
def test_ages(quantities: Q, text: str, surface: str, value: int) -> None:
    found = [q for q in quantities(text) if q.text == surface]
    assert len(found) == 1, [q.text for q in quantities(text)]
    assert (found[0].value, found[0].unit, found[0].kind) == (value, "year", "age")


def test_durations_stay_out(quantities: Q) -> None:
    assert quantities("It lasted three years and a 10-year plan followed.") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shares fell 3.2% on Monday.", [("3.2%", 3.2, "percent", "down")]),
        ("The stock was up 12 cents.", [("12 cents", 12, "cent", "up")]),
        ("It reported a 3% rise in sales.", [("3%", 3, "percent", "up")]),
        ("It knocked 0.2% off growth.", [("0.2%", 0.2, "percent", "down")]),
        ("The firm will cut 500 jobs.", [("500", 500, None, "down")]),
        ("Costs were reduced overall by 0.3 pct.", [("0.3 pct", 0.3, "percent", "down")]),
        ("It restated its earnings by $4.4bn.", [("$4.4bn", 4400000000, "USD", None)]),
        (
            "Spending rose 37% to 705m rupees.",
            [("37%", 37, "percent", "up"), ("705m rupees", 705000000, "INR", None)],
        ),
        (
            "The rate rose to 40 pct from 35 pct.",
            [("40 pct", 40, "percent", None), ("35 pct", 35, "percent", None)],
        ),
        ("Growth of more than 10% is forecast.", [("more than 10%", 10, "percent", "up")]),
        ("We set up 3 committees.", [("3", 3, None, None)]),
    ],
)
def test_change(quantities: Q, text: str, want: list[tuple[str, object, str | None, str | None]]) -> None:
    assert fields(quantities, text) == want


def test_change_to_level(quantities: Q) -> None:
    first, second = quantities("Membership rose by three to 40.")
    assert (first.value, first.change, first.change_to) == (3, "up", 40)
    assert (second.value, second.change) == (40, None)


def test_level_takes_currency_of_the_change(quantities: Q) -> None:
    first, second = quantities("Costs rose 806 mln stg to 7.08 billion.")
    assert (first.unit, first.change, second.unit, second.value) == ("GBP", "up", "GBP", 7080000000)


def test_bracketed_equivalent_takes_the_modifier(quantities: Q) -> None:
    first, second = quantities("It may restate by up to $9bn (£4.6bn).")
    got = (first.modifier, second.modifier, second.high, second.low)
    assert got == ("at_most", "at_most", 4600000000, None)


def test_vague_amount_is_not_a_change(quantities: Q) -> None:
    (q,) = quantities("It may lose millions of euros.")
    assert (q.value, q.modifier, q.change, q.unit) == (None, None, None, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "He lost his Olympic 100m title.",
        "France can win the Six Nations.",
        "Listen on BBC Radio Five Live today.",
        "It will restate its 2004 financial reports.",
        "The Unit in 2003 said people were doing well.",
        "The budget for fiscal 1988 starting April.",
        "He would win a fourth World title.",
        "It happened after 9/11 in the 1986/87 season.",
        '"It is a dividend," smiles one broker.',
        "It pitches one set of poor people against another.",
    ],
)
def test_names_and_ordinals_stay_out(quantities: Q, text: str) -> None:
    assert [q.text for q in quantities(text)] == []


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("It may sell one or two product lines.", 1, 2, None),
        ("A portfolio of 11 billion or 12 billion dlrs.", 11_000_000_000, 12_000_000_000, "USD"),
    ],
)
def test_alternatives_are_ranges(quantities: Q, text: str, low: int, high: int, unit: str | None) -> None:
    (q,) = quantities(text)
    assert (q.modifier, q.low, q.high, q.unit) == ("range", low, high, unit)


def test_alternatives_far_apart_are_two_amounts(quantities: Q) -> None:
    assert [q.value for q in quantities("They asked for 3 or 400 more.")] == [3, 400]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Munster and Leinster have 12 and 11 players.", ["players", "players"]),
        ("Eighty large net service firms signed.", ["net service firms"]),
        ("The G7 of seven leading industrialised nations met.", ["nations"]),
        ("At least three of the militants were killed.", ["militants"]),
        ("Sources said seven to 10 more seats may open.", ["seats"]),
        ("It serves 10 U.S. states.", ["states"]),
        ("One joint system would be simpler.", ["joint system"]),
    ],
)
def test_counted_nouns(quantities: Q, text: str, counted: list[str]) -> None:
    assert [q.counted.text if q.counted else None for q in quantities(text)] == counted


_VERBS = st.sampled_from(["rose", "fell", "was up", "was down", "gained", "lost", "reached", "stood at"])
_AMOUNTS = st.sampled_from(["3.2%", "12 cents", "41 points", "$5m", "three", "1,200 jobs", "9 pct"])


@settings(max_examples=60, deadline=None)
@given(verb=_VERBS, amount=_AMOUNTS, tail=st.sampled_from(["", " to 40", " from 12", " on Monday"]))
def test_change_direction_follows_the_verb(quantities: Q, verb: str, amount: str, tail: str) -> None:
    text = f"The figure {verb} {amount}{tail}."
    found = quantities(text)
    assert found, text
    want = {"rose": "up", "was up": "up", "gained": "up", "fell": "down", "was down": "down", "lost": "down"}
    assert found[0].change == want.get(verb), (text, found[0])
    for q in found[1:]:
        assert q.change is None and text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "surface", "modifier", "low", "high"),
    [
        ("Oil traded near $33 a barrel.", "near $33", "approx", None, None),
        ("Missiles can hit targets within 3,000 miles.", "within 3,000 miles", "at_most", None, 3000),
        ("Men aged 40 or over were tested.", "40 or over", "at_least", 40, None),
        ("Negotiators wrangled over three core issues.", "three", None, 3, 3),
        ("Prices rose over 3% in May.", "over 3%", "over", 3, None),
    ],
)
def test_modifiers_in_context(
    quantities: Q, text: str, surface: str, modifier: str | None, low: object, high: object
) -> None:
    assert [(q.text, q.modifier, q.low, q.high) for q in quantities(text)] == [(surface, modifier, low, high)]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Natural gas rose to $5.20 per million BTU.", ["USD/MMBtu"]),
        ("He scored 25 points per game.", ["points/game"]),
        ("Production reached 1.2 million bpd in March.", ["bbl/d"]),
        ("The world has warmed by 1.5 degrees since 1900.", ["delta_degC"]),
        ("Output was 590,000 tonnes, which compares with 585,000 last year.", ["t", "t"]),
    ],
)
def test_compound_and_inherited_units(quantities: Q, text: str, units: list[str | None]) -> None:
    assert [q.unit for q in quantities(text)] == units


def test_compared_number_takes_the_counted_noun(quantities: Q) -> None:
    text = "Some 54 million people use broadband, up from 34 million a year ago. It had 3 staff."
    counted = [q.counted.text if q.counted else None for q in quantities(text)]
    assert counted == ["people", "people", "staff"]


def test_counted_noun_after_a_number_of_the_group(quantities: Q) -> None:
    found = quantities("It will relocate about 10 of its 27 plants.")
    assert [(q.text, q.counted.text if q.counted else None) for q in found] == [
        ("about 10", "plants"),
        ("27", "plants"),
    ]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("They are the two most important bands.", ["bands"]),
        ('He listed the nine "most useless quangos".', ["quangos"]),
        ("Two Palestinian gunmen were killed.", ["gunmen"]),
        ("It keeps 12 specimen jars.", ["specimen jars"]),
        ("Rates eased about 1/8 point.", ["point"]),
    ],
)
def test_more_counted_nouns(quantities: Q, text: str, counted: list[str]) -> None:
    assert [q.counted.text if q.counted else None for q in quantities(text)] == counted


@pytest.mark.parametrize("text", ["At 0318 GMT it fell.", "Call 0800 028 9276 now.", "Agent 007 returns."])
def test_zero_padded_numbers_are_codes(quantities: Q, text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The debt of 6.5 billion reais was cut.", "BRL"),
        ("It paid 500 billion South Korean won.", "KRW"),
        ("It cost 3 million Kenyan shillings.", "KES"),
    ],
)
def test_more_currency_names(quantities: Q, text: str, unit: str) -> None:
    assert [q.unit for q in quantities(text)] == [unit]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It agreed the sale of 10 737-800 planes.", [("10", None, None)]),
        ("It cost 150-200 dollars.", [("150-200 dollars", 150, 200)]),
        ("Some 125-150 troops.", [("Some 125-150", 125, 150)]),
        ("It has 40 000 staff.", [("40 000", 40000, 40000)]),
    ],
)
def test_hyphen_pairs_and_groups(quantities: Q, text: str, want: list[tuple[str, object, object]]) -> None:
    got = [(q.text, q.low, q.high) for q in quantities(text)]
    assert [g if w[1] is not None else (g[0], None, None) for g, w in zip(got, want, strict=True)] == want


def test_aircraft_and_markka(quantities: Q) -> None:
    found = quantities("It may buy 50 new aircraft for about 30 billion markka.")
    assert [(q.counted.text if q.counted else None, q.unit) for q in found] == [
        ("aircraft", None),
        (None, "FIM"),
    ]
