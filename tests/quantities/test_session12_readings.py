"""Unit tests: the readings of session 12 (issue 18), from the errors of dev and check set D's half
A and read on unused articles: proportions however written, "one ... for another", counts of
occasions glued by a hyphen ("a two-time champion"), singular nouns in "-ing" counted by "one".

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def read(quantities: Q, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, counted noun, change) of every quantity of ``text``."""
    return [(q.text, q.counted.text if q.counted else None, q.change) for q in quantities(text)]


@pytest.mark.parametrize(
    "text",
    [
        "One in 10 adult Americans owns an MP3 player.",
        "Serial truants make up one in 13 pupils.",
        "Only two out of 10 asylum seekers had their claims accepted.",
    ],
)
def test_a_proportion_is_no_amount_even_in_digits(quantities: Q, text: str) -> None:
    """ "one in 10", "two out of 10": a proportion (the guideline), digits or not."""
    assert read(quantities, text) == []


def test_a_fraction_in_digits_stays(quantities: Q) -> None:
    """ "1/4" is a fraction in digits, an amount (the guideline's clarification)."""
    assert [q.value for q in quantities("The stock added 1/4 to close.")] == [0.25]


@pytest.mark.parametrize(
    "text",
    [
        "The government should not swap one human rights 'opt out' for another.",
        "It was worded to avoid favouring one religion over another.",
        "Will it work if I stream video from one handset to another?",
    ],
)
def test_one_set_against_another_is_no_count(quantities: Q, text: str) -> None:
    """ "one X for/over/to another": the pronoun pair, not a count of one."""
    assert read(quantities, text) == []


def test_one_and_another_raided_still_counts(quantities: Q) -> None:
    """ "destroyed one platform and raided another": each is counted (no preposition before it)."""
    text = "The navy destroyed one Iranian oil platform in the Gulf and raided another."
    assert read(quantities, text) == [("one", "oil platform", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The two-time world champion will be back.", [("two", "time", None)]),
        ('"It is special," added the five-time Globe winner.', [("five", "time", None)]),
        ("Two-time Olympic champion Derartu Tulu will run.", [("Two", "time", None)]),
    ],
)
def test_a_glued_count_of_occasions(
    quantities: Q, text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    """ "a two-time champion": a count of occasions (the guideline's "N times"), no change."""
    assert read(quantities, text) == want


@pytest.mark.parametrize(
    "text",
    ["They agreed a one-time payment.", "It was a two-day summit.", "She has a full-time job."],
)
def test_one_time_and_durations_stay_out(quantities: Q, text: str) -> None:
    """ "one-time" (former or single) and "two-day" (a duration) are no counts of occasions."""
    assert read(quantities, text) == []


def test_one_counts_a_singular_noun_in_ing(quantities: Q) -> None:
    """ "one meeting in Athens": a noun in "-ing" that one counts; a verb in "-ing" stays out."""
    text = "They held one meeting in Athens, with two versions, one offering more storage."
    assert read(quantities, text) == [("one", "meeting", None), ("two", "versions", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Gerrard fired Liverpool into the last 16 of this season's competition.",
        "We can get to the last eight of the Champions League.",
        "Ljubicic, who beat Tim Henman in the last eight, won.",
    ],
)
def test_the_last_16_names_a_round(quantities: Q, text: str) -> None:
    """ "the last 16", "the last eight": a round of a competition, a designation."""
    assert read(quantities, text) == []


def test_the_last_four_matches_still_count(quantities: Q) -> None:
    """A round number before a counted noun is a count: "his last four matches"."""
    assert read(quantities, "He lost his last four matches.") == [("four", "matches", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The manager saved 1,200 Tutsis from death.", [("1,200", "Tutsis", None)]),
        (
            "Police said 300 Israelis and 5 Pakistanis left.",
            [("300", "Israelis", None), ("5", "Pakistanis", None)],
        ),
    ],
)
def test_peoples_in_is_are_counted(
    quantities: Q, text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    """ "1,200 Tutsis", "300 Israelis": a people's name in "-is" is a plural counted noun."""
    assert read(quantities, text) == want


def test_a_word_in_is_is_still_no_plural(quantities: Q) -> None:
    """ "the 3 analysis firms": "analysis" stays a modifier, the head is "firms"."""
    assert [q.counted.text for q in quantities("The crisis hit 3 analysis firms.") if q.counted] == [
        "analysis firms"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It will get to one ear before the other.",
        "If we get stuffed in the front five our backs have had it.",
        "He is used anywhere in the back five.",
        "Radio 1's controller, Andy Parfitt, said so.",
        "That is one reason why portable media will take off.",
        "Activision is said to be one firm on its takeover list.",
    ],
)
def test_names_and_pronoun_ones_are_no_amounts(quantities: Q, text: str) -> None:
    """ "one ... the other", "the front five" (a unit of a team), "Radio 1's" (a name that owns
    what follows), "is one reason" ("one" as "a" after "be"): none is an amount."""
    assert read(quantities, text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("There used to be one subliminal moment in the year.", [("one", "moment", None)]),
        ("There is one doctor for the town.", [("one", "doctor", None)]),
        ("The index came back 3 points.", [("3", "points", None)]),
    ],
)
def test_counts_near_those_readings_stay(
    quantities: Q, text: str, want: list[tuple[str, str | None, str | None]]
) -> None:
    """ "there (used to) be one", a digit after "back": still counts."""
    assert read(quantities, text) == want


def test_a_share_of_a_group_takes_no_currency(quantities: Q) -> None:
    """ "£450 a year, with half of all pensioners": "with half of" is a share, not compared money."""
    text = "It would save the household more than £450 a year, with half of all pensioners paying nothing."
    assert [(q.text, q.unit) for q in quantities(text)] == [("more than £450", "GBP/year")]


def test_a_number_compared_with_money_still_takes_it(quantities: Q) -> None:
    """ "590,000 tonnes, which compares with 585,000": the compared number keeps the unit."""
    text = "Output was 590,000 tonnes, which compares with 585,000."
    assert [(q.text, q.unit) for q in quantities(text)] == [("590,000 tonnes", "t"), ("585,000", "t")]
