"""Unit tests: the readings of session 13's second round (issue 18), from the errors of check set
E's half A and the firings read on unused news: multiples in words ("four times as fast"), the
number of a stock index's or a list's name ("FTSE 100"), "or thereabouts", "pence in the pound".

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def texts(quantities: Q, text: str) -> list[str]:
    """The span text of every quantity of ``text``."""
    return [q.text for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The robot is almost four times as fast as its rival.",
        "Smokers were 400 times more likely to be stopped.",
        "The chip is up to 10 times faster than current processors.",
        "The disc can hold six times as much as a DVD.",
        "With the final machine, it will be four times what it is this year.",
        "Games are four to five times more expensive than cinema tickets.",
    ],
)
def test_a_multiple_in_words_is_no_amount(quantities: Q, text: str) -> None:
    """ "four times as fast", "400 times more likely", "10 times faster": a multiple, like "twice"."""
    assert texts(quantities, text) == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The fortress was breached four times as Ulster managed only five wins.", "four"),
        ("He has won the title six times.", "six"),
        ("He broke serve three times in the set.", "three"),
    ],
)
def test_a_count_of_times_stays(quantities: Q, text: str, count: str) -> None:
    """ "breached four times as Ulster ...": "as" is a conjunction there, the count stays an amount."""
    values = {"four": 4, "six": 6, "three": 3}
    assert [q.value for q in quantities(text) if q.text == count] == [values[count]]


@pytest.mark.parametrize(
    "text",
    [
        "The FTSE 100 share index was down 12 points.",
        "The Nikkei 225 index ended the day up 0.7%.",
        "Women hold few top positions in FTSE 100 companies.",
    ],
)
def test_the_number_of_an_index_name_is_no_amount(quantities: Q, text: str) -> None:
    """ "FTSE 100", "Nikkei 225": the number names the index; its moves stay amounts."""
    assert all(q.text not in ("100", "225") for q in quantities(text))
    assert len(quantities(text)) == (0 if "companies" in text else 1)


def test_or_thereabouts_makes_an_amount_approximate(quantities: Q) -> None:
    """ "£11 billion or thereabouts": about £11bn, the words in the span (like "or so")."""
    (q,) = quantities("The gap is put at £11 billion or thereabouts.")
    assert (q.text, q.value, q.unit, q.modifier) == ("£11 billion or thereabouts", 11e9, "GBP", "approx")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("He aims to cut the basic rate to 25 pence in the pound.", "penny/GBP"),
        ("The pledge was to raise taxes by one penny in the pound.", "penny/GBP"),
        ("Prices were 25 pence a pound.", "penny/lb"),
    ],
)
def test_pence_in_the_pound_is_a_tax_rate(quantities: Q, text: str, unit: str) -> None:
    """ "25 pence in the pound": pence per pound of income (``penny/GBP``)."""
    assert [q.unit for q in quantities(text)] == [unit]


@pytest.mark.parametrize(
    "text",
    [
        "Growth in industrial output - the target of curbs on credit and investment - was 11.5% in 2004.",
        "The statistics office said growth for the whole of 2004 was 1.6%.",
        "Growth in China remains at a breakneck 9.1%.",
        "Economic growth this year is expected to be 4%.",
        "Growth was at an annual rate of 4% in the third quarter.",
    ],
)
def test_a_growth_rate_stated_by_a_copula_is_a_rise(quantities: Q, text: str) -> None:
    """ "growth ... was 11.5%": a growth rate is a change (``up``), as "growth of 11.5%" is."""
    (q,) = [q for q in quantities(text) if q.unit == "percent"]
    assert q.change == "up"


@pytest.mark.parametrize(
    "text",
    [
        "Despite strong growth, base rates will stay at 4.75%.",
        "Growth in sales was 3% while margins were 12%.",
        "Growth was 1.1% in 2004, up from just 0.3% in 2003.",
    ],
)
def test_a_rate_of_another_clause_is_no_growth(quantities: Q, text: str) -> None:
    """A percentage after a clause break or a second subject is not the growth rate."""
    last = quantities(text)[-1]
    assert last.unit == "percent" and last.change is None


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The survey found 64 respondents out of 146 wanted change.", "respondents"),
        ("The club sold 300 tickets out of a total of 1,200.", "tickets"),
    ],
)
def test_the_whole_after_out_of_counts_the_parts_noun(quantities: Q, text: str, noun: str) -> None:
    """ "64 respondents out of 146": the whole counts respondents too (the noun elided)."""
    assert [q.counted.text if q.counted else None for q in quantities(text)] == [noun, noun]


def test_out_of_a_sentence_away_takes_no_noun(quantities: Q) -> None:
    """A count after "out of" with no counted amount just before it keeps no noun."""
    (q,) = quantities("The team finished out of 20 in the table.")
    assert q.counted is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares in the firm slipped 3p to 245.5p.",
            [("3p", 3, "penny", "down"), ("245.5p", 245.5, "penny", None)],
        ),
        ("The single is on sale for 79p.", [("79p", 79, "penny", None)]),
        ("The bid was pitched at about 300p a share.", [("about 300p", 300, "penny/share", None)]),
    ],
)
def test_pence_glued_to_the_number(
    quantities: Q, text: str, expected: list[tuple[str, float, str, str | None]]
) -> None:
    """ "slipped 3p to 245.5p": a "p" glued to a number is pence (``penny``)."""
    assert [(q.text, q.value, q.unit, q.change) for q in quantities(text)] == expected


def test_a_video_mode_is_no_pence(quantities: Q) -> None:
    """ "1080p", "720p": video modes, not pence."""
    assert quantities("The set shows 1080p video and 720p broadcasts.") == []


def test_a_verb_after_per_ends_the_thing_paid_for(quantities: Q) -> None:
    """ "70p per track can add up": the thing is the track, "can add" is the verb."""
    (q,) = quantities("The cost of paying 70p per track can add up.")
    assert q.unit == "penny/track"


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The shares closed down 247p, or 18%, at 1115 pence.", "down"),
        ("BP's share price rose 4p or nearly 1% to 548p.", "up"),
        ("Shares lost 65 Canadian cents or 25% on the news.", "down"),
        ("The Dow closed down 0.89 points, or 0.01%, at 10,385.48.", "down"),
    ],
)
def test_a_percentage_restating_a_change_shares_its_direction(quantities: Q, text: str, change: str) -> None:
    """ "closed down 247p, or 18%": the percentage is the same fall."""
    (q,) = [q for q in quantities(text) if q.unit == "percent"]
    assert q.change == change
