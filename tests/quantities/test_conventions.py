"""Unit tests: the guideline's news conventions (issue 18, session 7): fractions and proportions
in words are no amounts, a level crossed keeps its bound, "surpassed" is more than, "N times"
counts occasions, money lost is an amount, periods of time are durations, rate margins are
percentage points, a pronoun counts nothing, a sign written once serves a start and an end level.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Quantity
from newsparse_quantities.recognise import find_numbers

Q = Callable[[str], list[Quantity]]


@pytest.mark.parametrize(
    "text",
    [
        "Two thirds voted for it.",
        "One in five agreed with him.",
        "More than half of the voters stayed home.",
        "Nearly a third of the staff left.",
        "They met in the second half of the year.",
        "She has won in five of the last six years.",
    ],
)
def test_no_amount_in_words(quantities: Q, text: str) -> None:
    assert [q.text for q in quantities(text)] == []


def test_fractions_still_numbers() -> None:
    """Number-only scoring (public number specs) still reads fractions in words."""
    text = "Two thirds voted."
    assert [float(v) for _, _, v in find_numbers(text, Document(text).tokens)] == [pytest.approx(2 / 3)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Half a million people marched.", 500000),
        ("He added 1/4 to reach 54.", 0.25),
        ("It is two and a half miles away.", 2.5),
    ],
)
def test_fractions_with_a_scale_or_in_digits_stay(quantities: Q, text: str, kept: float) -> None:
    assert [q.value for q in quantities(text)][:1] == [pytest.approx(kept)]


@pytest.mark.parametrize(
    ("text", "modifier", "change"),
    [
        ("The dollar fell below 139 yen in early trading.", "under", None),
        ("Her ratings dropped below 50% this year.", "under", None),
        ("Prices rose above $40 a barrel.", "over", None),
        ("Shares fell more than 3% on Monday.", "over", "down"),  # direction wins over "more than"
        ("The economy kept growth above 9% all year.", "over", "up"),  # a growth rate is a change
    ],
)
def test_level_crossed(quantities: Q, text: str, modifier: str, change: str | None) -> None:
    (q,) = quantities(text)
    assert (q.modifier, q.change) == (modifier, change)


@pytest.mark.parametrize(
    "text",
    [
        "The number of users has surpassed four million.",
        "Sales have exceeded 75 million.",
        "Growth topped 9%.",
    ],
)
def test_surpassed_is_more_than(quantities: Q, text: str) -> None:
    (q,) = quantities(text)
    assert q.modifier == "over" and q.low == q.value and not q.low_inclusive and q.high is None


@pytest.mark.parametrize(
    ("text", "counted", "unit"),
    [
        ("He won the championship six times, a record.", "times", None),
        ("The bank raised rates five times since June.", "times", None),
        ("I train three times a day.", None, "times/d"),
        ("It magnifies text by up to 10 times.", None, None),
        ("Nine times out of 10 he scores.", None, None),  # a proportion
    ],
)
def test_times(quantities: Q, text: str, counted: str | None, unit: str | None) -> None:
    q = quantities(text)[0]
    assert (q.counted.text if q.counted else None, q.unit) == (counted, unit)


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("It claimed it had lost $145m on its investments.", None),
        ("Shareholders lost about $180bn in the collapse.", None),
        ("Shares lost 12 cents to close at $4.", "down"),  # a price that falls
        ("Revenue fell $3m to $40m.", "down"),
    ],
)
def test_money_lost(quantities: Q, text: str, change: str | None) -> None:
    assert quantities(text)[0].change == change


def test_rate_margin_in_percentage_points(quantities: Q) -> None:
    (q,) = quantities("The interest rate will be 1/10 point above the Singapore inter-bank offered rate.")
    assert (q.value, q.unit, q.counted) == (0.1, "percentage_point", None)
    (index,) = quantities("The index lost 41 points on Monday.")
    assert index.counted is not None and index.counted.text == "points"


def test_pronoun_counts_nothing(quantities: Q) -> None:
    (q,) = quantities("He was murdered along with over a million others.")
    assert q.counted is None and q.unit is None


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("The law raises the tax from 18 to 50%.", ["percent", "percent"]),
        ("Cameras range from two to four megapixels.", ["megapixel", "megapixel"]),
        ("Revenue was 356 mln Canadian dlrs in 1986.", ["CAD"]),
        ("The base is 145 kms (90 miles) away.", ["km", "mi"]),
    ],
)
def test_units_written_once(quantities: Q, text: str, units: list[str]) -> None:
    assert [q.unit for q in quantities(text)] == units


def test_counted_written_once(quantities: Q) -> None:
    found = quantities("The workforce was trimmed from 155,000 to 110,000 staff.")
    assert [q.counted.text if q.counted else None for q in found] == ["staff", "staff"]


@settings(max_examples=40, deadline=None)
@given(
    value=st.integers(min_value=2, max_value=9999),
    verb=st.sampled_from(["fell", "dropped", "rose", "climbed", "slipped"]),
    bound=st.sampled_from(["below", "above"]),
    unit=st.sampled_from(["%", " yen", " points"]),
)
def test_level_crossed_property(quantities: Q, value: int, verb: str, bound: str, unit: str) -> None:
    """Whatever the verb and level, a level crossed is a bound and never a direction."""
    found = quantities(f"The index {verb} {bound} {value:,}{unit} on Monday.")
    assert len(found) == 1
    assert (found[0].modifier, found[0].change) == ("under" if bound == "below" else "over", None)


@settings(max_examples=40, deadline=None)
@given(
    fraction=st.sampled_from(["a third", "one quarter", "two thirds", "three quarters", "a fifth", "half"]),
    modifier=st.sampled_from(["", "nearly ", "more than ", "about "]),
    hyphen=st.booleans(),
)
def test_word_fraction_property(quantities: Q, fraction: str, modifier: str, hyphen: bool) -> None:
    """A fraction in words before "of" is never an amount; the count after it still is."""
    written = fraction.replace(" ", "-") if hyphen and not fraction.startswith("a ") else fraction
    found = quantities(f"{modifier}{written} of the 300 workers left.")
    assert [q.value for q in found] == [300]


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The weekend took 13% greater than last year.", "up"),
        ("Women earn 19% less than men.", "down"),
        ("It was 20% more expensive than before.", "up"),
        ("It pays $76 a share, 6% more than the closing price.", "up"),
        ("About 13% of voters agreed.", None),
    ],
)
def test_comparison_is_a_change(quantities: Q, text: str, change: str | None) -> None:
    assert [q.change for q in quantities(text) if q.kind == "percent"] == [change]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It cost two million pounds.", "GBP"),
        ("Assets worth more than a trillion pounds.", "GBP"),
        ("The parcel weighs 25 pounds.", "lb"),
    ],
)
def test_pounds_after_a_scale_word(quantities: Q, text: str, unit: str) -> None:
    assert [q.unit for q in quantities(text)] == [unit]


def test_other_readings(quantities: Q) -> None:
    """ "raised 7.8%" is a rise; "May 25 and 26" are dates; a wrapped line keeps the currency."""
    assert [q.change for q in quantities("The budget has been raised 7.8% this year.")] == ["up"]
    assert [q.text for q in quantities("Ministers will meet on May 25 and 26 in Brussels.")] == []
    found = quantities("It totalled 6,000 billion yen, including\n1,000 billion in tax cuts.")
    assert [q.unit for q in found] == ["JPY", "JPY"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("M-1 fell 291 mln dlrs to 32.44 billion dlrs in the week.", [(291e6, "down"), (32.44e9, None)]),
        ("Profit rose by 5 dlrs to 30 dlrs a share.", [(5, "up"), (30, None)]),
    ],
)
def test_money_change_and_level_not_a_range(
    quantities: Q, text: str, want: list[tuple[float, str | None]]
) -> None:
    found = quantities(text)
    assert [(q.value, q.change) for q in found] == [(pytest.approx(v), c) for v, c in want]


def test_money_range_stays(quantities: Q) -> None:
    (q,) = quantities("It costs 16.50 dlrs to 17.25 dlrs per share.")
    assert (q.low, q.high, q.unit) == (16.5, 17.25, "USD/share")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Nine of the Council's 15 members voted for it.", ["members", "members"]),
        ("They won 100 of the parliament's 347 seats.", ["seats", "seats"]),
        ("He lost 10 of the next 13 games.", ["games", "games"]),
    ],
)
def test_part_of_a_counted_whole(quantities: Q, text: str, counted: list[str]) -> None:
    assert [q.counted.text if q.counted else None for q in quantities(text)] == counted


@pytest.mark.parametrize(
    "text",
    ["Blair met him at 10 Downing Street on Monday.", "We will have zero tolerance of racism."],
)
def test_address_and_idiom(quantities: Q, text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("One person said his doctor had refused.", []),
        ("It was hamstrung, wrote one reviewer in the magazine.", []),
        ("He said one laptop per child could help.", [1]),
        ("Only one bid was received.", [1]),
    ],
)
def test_one_as_a_certain(quantities: Q, text: str, values: list[int]) -> None:
    assert [q.value for q in quantities(text)] == values


@pytest.mark.parametrize(
    "text",
    [
        "I just thank God that no-one got injured.",
        "He tried to write one himself.",
        "They could go one better.",
    ],
)
def test_pronoun_one(quantities: Q, text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("It was said by one over-60 woman who took part.", [("over-60", "over", 60, None)]),
        ("A refund for over-65s is planned.", [("over-65s", "over", 60 + 5, None)]),
        ("Scenes may be unsuitable for under-13s.", [("under-13s", "under", None, 13)]),
        ("The under-21 squad won again.", []),
        ("He played for England Under-21 last year.", []),
    ],
)
def test_age_bands(quantities: Q, text: str, want: list[tuple[str, str, int | None, int | None]]) -> None:
    found = [q for q in quantities(text) if q.kind == "age"]
    assert [(q.text, q.modifier, q.low, q.high) for q in found] == want
    assert all(q.unit == "year" for q in found)


def test_parallel_percentages(quantities: Q) -> None:
    found = quantities(
        "The poll showed the Conservatives with 42 pct, Labour with 34 and the Alliance on 23."
    )
    assert [(q.value, q.unit) for q in found] == [(42, "percent"), (34, "percent"), (23, "percent")]
    found = quantities("Turnout was 42 pct, and 34 people were hurt.")
    assert [q.unit for q in found] == ["percent", None]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("British number one Tim Henman won.", []),  # not tebimetres
        ("They tipped three acts for fame.", [(3, None, "acts")]),  # not attocarats
        ("Nintendo has sold almost 4m DS consoles.", [(4000000, None, "consoles")]),
        ("US rapper 50 Cent topped the chart.", []),
        ("It costs 50 cents.", [(50, "cent", None)]),
    ],
)
def test_odd_units_and_names(
    quantities: Q, text: str, want: list[tuple[float, str | None, str | None]]
) -> None:
    assert [(q.value, q.unit, q.counted.text if q.counted else None) for q in quantities(text)] == want
