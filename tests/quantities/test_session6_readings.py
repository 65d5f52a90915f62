"""Unit tests: readings added from errors found on unused news articles (issue 18, session 6):
"50m passengers" is a million, changes past the object of "by" and shared by "and", names that
are capitalised number words, counted nouns that stop before a verb, ages said by a word of age.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Up to 1.4m workers could strike.", (1400000, None, "workers")),
        ("The projected 50m passengers will use it.", (50000000, None, "passengers")),
        ("He is 1.8m tall.", (1.8, "m", None)),  # a height stays a metre
        ("Their 400m times were fast.", (400, "m", None)),  # a race distance too
    ],
)
def test_million_before_a_plural(quantities: Q, text: str, want: tuple[object, object, object]) -> None:
    (q,) = quantities(text)
    assert (q.value, q.unit, q.counted.text if q.counted else None) == want


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        ("It will boost its 2004 dividend payment by 27%.", ["up"]),
        ("The group will cut production in North America by 3%.", ["down"]),
        ("The US trade gap narrowed by 4.9% in December.", ["down"]),
        ("The stock slipped back 7% on Monday.", ["down"]),
        ("Prices rose by 3% and 1.2% in the two regions.", ["up", "up", None]),
        ("Prices fell by 1.6% and 0.5% respectively.", ["down", "down"]),
        ("The bill was backed by 200 MPs, and the vote by 10%.", [None, None]),  # an agent, no verb
        ("Prices rose 3%, said the firm, and 4% of staff left.", ["up", None]),  # not joined
        ("GDP rose at an annual rate of 2.4%.", ["up"]),
        ("A sharp rise in producer prices of 7.1% could stoke inflation.", ["up"]),
        ("The interest rate of 5% stayed.", [None]),
        ("Shares recovered slightly to close 12% down on Wednesday.", ["down"]),
        ("He made a 12% down payment.", [None]),
        ("The box office received a 3.8% boost.", ["up"]),
    ],
)
def test_changes_reach(quantities: Q, text: str, changes: list[str | None]) -> None:
    assert [q.change for q in quantities(text)] == changes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("England suffered some infamous Six Nations disappointments.", []),
        ("Ocean's Twelve took $40m.", ["$40m"]),
        ("He quit his BBC One show.", []),
        ("Three Russian jets crashed.", ["Three"]),  # the sentence opens with the number
        ("In Paris, Three men died.", ["Three"]),  # after a comma it is no name
        ("Mexico Thousands of farmers marched.", ["Thousands"]),  # a vague amount never is a name
        ("OTHER GAFFES Three people refused.", ["Three"]),  # a heading in capitals before it
    ],
)
def test_capitalised_number_names(quantities: Q, text: str, want: list[str]) -> None:
    assert [q.text for q in quantities(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In such attacks thousands of computers bombard sites.", "computers"),
        ("Last year 24 provinces suffered black outs.", "provinces"),
        ("It will supply 30,000 sports utility vehicles.", "sports utility vehicles"),
        ("He moved $27m into two Texas bank accounts.", "bank accounts"),
        ("The 14 Liberal MPs would support him.", "MPs"),
        ("It suspended 22 of 55 technical aid programs.", "aid programs"),
    ],
)
def test_counted_noun_groups(quantities: Q, text: str, want: str) -> None:
    q = next(q for q in quantities(text) if q.kind == "number")
    assert q.counted is not None and q.counted.text == want


def test_one_of_five_is_the_pronoun(quantities: Q) -> None:
    assert [q.text for q in quantities("He is one of five uncapped players.")] == ["five"]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        ("It is aimed at children aged 10 to 13.", ["10 to 13"]),
        ("Some 14% of people aged between 18 and 34 voted.", ["between 18 and 34"]),
        ("Numbers drop after the age of 10 or 11.", ["10 or 11"]),
        ("Candidates must be 21 while the voting age is 18.", ["18"]),
        ("They called for a lowering of the voting age to 16.", ["16"]),
        ("Maybe when I turn 60 I will stop.", ["60"]),
        ("Shows are aimed at children as young as 12.", ["as young as 12"]),  # a lower bound (session 17)
        ("Workers may not be forced to retire before 65.", ["65"]),
        ("It would raise the pension age for council workers from 60 to 65.", ["60", "65"]),
        ("Her killer, Warren Leblanc, 17 - who was jailed - had played it.", ["17"]),
        ("The age of the 300 buildings varies.", []),  # a counted noun: no age
        ("Some 17% of 18 to 24 year olds voted.", ["18 to 24 year olds"]),
        ("It offers grants for 14 to 16-year-olds.", ["14 to 16-year-olds"]),
        ("The 17-year-olds won.", ["17-year-olds"]),
        ("She joined when she was just 14, in Paris.", ["14"]),
        ("The boy - who was 13 at the time - left.", ["13"]),
        ("The index was 58 at the close.", []),
        ("A minimum wage for 16 and 17-year-olds was set.", ["16", "17-year-olds"]),
        ("He scored 3 and 25-year-old Smith 2.", ["25-year-old"]),
        ("Turnout was only 14 on the day.", []),  # no person before the verb
        ("The index is 58.", []),
    ],
)
def test_ages_said_by_a_word_of_age(quantities: Q, text: str, ages: list[str]) -> None:
    assert [q.text for q in quantities(text) if q.kind == "age"] == ages
    assert all(q.unit == "year" for q in quantities(text) if q.kind == "age")


def test_word_range_takes_the_scale(quantities: Q) -> None:
    (q,) = quantities("The Library receives between three and four million requests.")
    assert (q.low, q.high, q.counted.text if q.counted else None) == (3000000, 4000000, "requests")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cameras on mobiles can take 1.3 megapixel images.", [("1.3 megapixel", "megapixel")]),
        ("Most will have more than two megapixels.", [("more than two megapixels", "megapixel")]),
        ("The screen is 1,024 pixels wide.", [("1,024 pixels", "pixel")]),
        ("It shipped 9,000 tons of rice.", [("9,000 tons", "t")]),  # the guidelines' tonne
    ],
)
def test_pixels(quantities: Q, text: str, want: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in quantities(text)] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("There were 40-odd calls to the same number.", [("40-odd", "approx", "calls")]),
        ("He has worked there for 30-odd years.", []),  # a duration: the dates layer's
        ("It lasted 20-plus years or so.", []),
    ],
)
def test_odd_and_durations(quantities: Q, text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(q.text, q.modifier, q.counted.text if q.counted else "") for q in quantities(text)]
    assert got == want


def test_rate_per_year_says_year(quantities: Q) -> None:
    assert [q.unit for q in quantities("It will carry 35 million tonnes per year.")] == ["t/year"]


@settings(max_examples=60, deadline=None)
@given(
    first=st.integers(min_value=1, max_value=99),
    second=st.integers(min_value=1, max_value=99),
    verb=st.sampled_from(["rose", "fell", "grew", "dropped"]),
    joint=st.sampled_from(["and", ", and"]),
)
def test_joined_change_property(quantities: Q, first: int, second: int, verb: str, joint: str) -> None:
    """Two percentages joined by "and" after a change verb share its direction ("or" may be a range)."""
    found = quantities(f"Prices {verb} by {first}% {joint} {second}% last year.")
    direction = "up" if verb in ("rose", "grew") else "down"
    assert [q.change for q in found] == [direction, direction]
