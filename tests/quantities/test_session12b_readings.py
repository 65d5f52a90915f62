"""Unit tests: the readings of session 12's second round (issue 18), from the errors of dev and
check set D's half A: a dealer's shortened range ("1.80-85"), "between the ages of six and 11",
"work past 65", a count "per" one noun ("22 per surveyor").

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def bounds(quantities: Q, text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    """(text, low, high, unit) of every quantity of ``text``."""
    return [(q.text, q.low, q.high, q.unit) for q in quantities(text)]


def test_a_shortened_range_end_takes_the_start_digits(quantities: Q) -> None:
    """ "1.80-85 mark" is 1.80 to 1.85 marks, not 1.80 to 85."""
    assert bounds(quantities, "It could push the dollar below its 1.80-85 mark range.") == [
        ("1.80-85 mark", 1.8, 1.85, "DEM")
    ]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Rates rose 1.5-3 pct.", 1.5, 3),
        ("It cost 2.50-3 dlrs.", 2.5, 3),
        ("Sales rose 12.5-15 pct.", 12.5, 15),
    ],
)
def test_a_range_end_of_one_digit_or_larger_stays(quantities: Q, text: str, low: float, high: float) -> None:
    """ "1.5-3", "2.50-3", "12.5-15": the end is written whole, not as the start's last digits."""
    (q,) = quantities(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "The advertising is aimed at children between the ages of six and 11.",
        "Pupils between the age of 6 and 11 were asked.",
    ],
)
def test_between_the_ages_of_is_one_range_of_ages(quantities: Q, text: str) -> None:
    """ "between the ages of six and 11": one age range, not two ages."""
    (q,) = quantities(text)
    assert (q.low, q.high, q.unit, q.kind) == (6, 11, "year", "age")


def test_work_past_an_age_is_more_than_it(quantities: Q) -> None:
    """ "a right to request to work past 65": an age over 65, the word "past" in the span."""
    (q,) = quantities("They will have a right to request to work past 65 which employers must consider.")
    assert (q.text, q.low, q.high, q.modifier, q.kind) == ("past 65", 65, None, "over", "age")


def test_live_until_an_age_stays_exact(quantities: Q) -> None:
    """ "live until 85" is an age of 85, no bound (only "past"/"beyond" say more than)."""
    (q,) = quantities("Most of them will live until 85.")
    assert (q.value, q.modifier, q.kind) == (85, None, "age")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The number of sales dropped to an average of 22 per surveyor.", "sales/surveyor"),
        ("That works out at about three phones per cab.", "phones/cab"),
        ("It reached 40 trillion calculations per second.", "calculations/s"),
        ("Printed at 300 dots per inch resolution.", "dots/in"),
    ],
)
def test_a_count_per_one_noun_is_a_rate(quantities: Q, text: str, unit: str) -> None:
    """A count "per" a lower-case noun is a rate of that noun (only the word after "per")."""
    assert [q.unit for q in quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    ["Only eight people per thousand are car owners.", "Output rose 15 per cent."],
)
def test_per_a_number_word_is_no_rate_of_a_noun(quantities: Q, text: str) -> None:
    """ "per thousand", "per cent": a number word after "per" names no thing."""
    assert all(q.unit is None or "/" not in q.unit for q in quantities(text))


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The party is committed to cutting the state's public spending plans by a massive £35bn.", "down"),
        ("The fund could increase its spending on vaccines for children by an extra £4bn.", "up"),
    ],
)
def test_a_change_verb_far_before_by(quantities: Q, text: str, change: str) -> None:
    """The verb of "cutting ... plans by a massive £35bn" lies 50 characters before the amount: the
    words read around an amount reach back far enough for it."""
    assert [q.change for q in quantities(text)] == [change]


def test_under_one_government_is_no_bound(quantities: Q) -> None:
    """ "under one government": "under" places the thing "one" counts; "more than one" bounds it."""
    text = "Africa is too diverse to be under one government."
    assert [(q.text, q.modifier) for q in quantities(text)] == [("one", None)]
    assert [q.modifier for q in quantities("More than one person died.")] == ["over"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The economy has grown for six quarters.", 6),
        ("Two and three quarters were left.", 2.75),
        ("It weighs one hundred and three quarters.", 100.75),
    ],
)
def test_four_or_more_quarters_count_periods(quantities: Q, text: str, value: float) -> None:
    """ "six quarters" counts quarters (6, not 1.5); "three quarters" after a whole stays a fraction."""
    assert [q.value for q in quantities(text)] == [value]


def test_added_up_to_is_a_total(quantities: Q) -> None:
    """ "added up to 22,201bn yen ($214.6bn)": a total, no bound and no rise, the bracket too."""
    text = "Imports from China added up to 22,201bn yen ($214.6bn)."
    assert [(q.text, q.modifier, q.change) for q in quantities(text)] == [
        ("22,201bn yen", None, None),
        ("$214.6bn", None, None),
    ]


def test_shares_added_up_to_a_percentage_rose(quantities: Q) -> None:
    """ "shares added up to 5%" rose by as much as 5%: a percentage keeps the bound and the rise."""
    assert [(q.modifier, q.change) for q in quantities("Shares added up to 5% in early trade.")] == [
        ("at_most", "up")
    ]


def test_money_lost_with_a_possessive_is_an_amount(quantities: Q) -> None:
    """ "lost her £7.5m ($14.6m) case": money lost is an amount, the converted one in brackets too."""
    text = "The executive has lost her £7.5m ($14.6m) discrimination case against the bank."
    assert [q.change for q in quantities(text)] == [None, None]


def test_money_in_brackets_after_a_change_keeps_it(quantities: Q) -> None:
    """ "fell £7.5m ($14.6m)": a fall, the converted amount too."""
    assert [q.change for q in quantities("Profits fell £7.5m ($14.6m) last year.")] == ["down", "down"]


def test_lost_by_is_a_margin(quantities: Q) -> None:
    """ "we lost by two points": the margin of a defeat is no fall; "cut by 20 jobs" is one."""
    assert [q.change for q in quantities("Last week we lost by two points.")] == [None]
    assert [q.change for q in quantities("The firm cut its staff by 20 jobs.")] == ["down"]


def test_clocks_up_is_no_rise(quantities: Q) -> None:
    """ "clocks up 35.86": "up" is the particle of "clock up" (as of "rack up"), not a rise."""
    assert [q.change for q in quantities("The top machine clocks up 35.86 teraflops.")] == [None]


def test_places_climbed_to_a_number_are_a_rank(quantities: Q) -> None:
    """ "moved up three to number two": places in a chart, no amount; "rose 3% to" stays."""
    assert quantities("The album moved up three to number two.") == []
    assert [q.text for q in quantities("Sales rose 3% to 40,000.")] == ["3%", "40,000"]


def test_a_rank_in_the_world(quantities: Q) -> None:
    """ "has slipped to 64 in the world": a world ranking, not an amount."""
    assert quantities("The former champion has slipped to 64 in the world.") == []
