"""Unit tests: a noun written once for parallel counts (the guideline's elision); sub-units as written."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def _nouns(quantities: Q, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.counted.text if q.counted else None, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("The minister said 12,500 jobs had gone while 7,800 were being moved north.", "jobs"),
        ("The market will swell from 81,000 units in 2003 to 106,000 in 2007.", "units"),
        ("Amicus has 1.2 million members and the TGWU has 800,000.", "members"),
        ("The union said 30,000 posts are to go, 560 will be lost this month.", "posts"),
        ("They plan to merge 35 agencies into nine - a bonfire, one union said.", "agencies"),
        ("About 25 million players were sold, 10 million of which were iPods.", "players"),
        ("She has set 10 world records, three of which came on British soil.", "world records"),
        ("The firm interviewed 401 people before the vote and 601 afterwards.", "people"),  # no noun
    ],
)
def test_a_bare_count_takes_the_noun_of_the_count_before_it(quantities: Q, text: str, second: str) -> None:
    found = quantities(text)
    assert found[1].counted is not None and found[1].counted.text == second
    assert found[1].counted == found[0].counted  # anchored on the first noun, as the guideline says


@pytest.mark.parametrize(
    ("text", "surface", "noun"),
    [
        ("That is 30 states with 309 electoral votes, 39 more than needed to win.", "39", "votes"),
        ("Clinton won 15.6 million votes, which is 3.7 million more than Sanders.", "3.7 million", "votes"),
        ("He made 53 unforced errors, though he made seven fewer than the Brazilian.", "seven", "errors"),
        ("Troops shot roughly 100 demonstrators and injured hundreds more.", "hundreds", "demonstrators"),
        ("It was watched by 6,000 people at the arena, plus millions more on TV.", "millions", "people"),
    ],
)
def test_a_count_before_more_or_fewer_takes_the_noun_of_the_count_before_it(
    quantities: Q, text: str, surface: str, noun: str
) -> None:
    found = [q for q in quantities(text) if q.text == surface]
    assert len(found) == 1 and found[0].counted is not None, _nouns(quantities, text)
    assert found[0].counted.text == noun


def test_a_count_before_more_with_its_own_noun_keeps_it(quantities: Q) -> None:
    text = "The team scored 12 goals last season and two more trophies this week."
    assert _nouns(quantities, text) == [("12", "goals", None), ("two", "trophies", None)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The index rose 8.6 points to 1882.6 in late trade.", "1882.6"),  # an index level
        ("He has 3 children and, now 45, lives alone.", "45"),  # an age
        ("Some 150,000 people are feared dead and millions have been left homeless.", "millions"),
        ("It has 7.5 connections per 100 people, compared to 6.7 in Germany.", "6.7"),  # a rate
        ("He met 12 delegates in May; 40 were there in June.", "40"),  # another clause
    ],
)
def test_levels_ranks_ages_and_vague_amounts_take_no_noun(quantities: Q, text: str, surface: str) -> None:
    found = [q for q in quantities(text) if q.text == surface]
    assert len(found) == 1 and found[0].counted is None, _nouns(quantities, text)


def test_a_rate_after_the_second_count_makes_a_rate_of_the_noun(quantities: Q) -> None:
    text = "About 258 million images are shared every day, equating to 94 billion a year."
    found = quantities(text)
    assert (found[-1].text, found[-1].unit, found[-1].counted) == ("94 billion", "images/year", None)


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Heineken raised its dividend by 25% to 40 euro cents, it said.", "40 euro cents", "cent"),
        ("Shares in Bombardier lost 65 Canadian cents or 25% on the news.", "65 Canadian cents", "cent"),
        ("It will pay 70 euro cents a share.", "70 euro cents", "cent/share"),
    ],
)
def test_a_currency_sub_unit_is_cents_as_written(quantities: Q, text: str, surface: str, unit: str) -> None:
    found = [q for q in quantities(text) if q.text == surface]
    assert len(found) == 1 and found[0].unit == unit, [(q.text, q.unit) for q in quantities(text)]


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("The number of Japanese films released in the country rose to 310 in 2004.", "310", "films"),
        ("He plans to limit the number of regional casinos to eight.", "eight", "casinos"),
        ("It would cut the number of tax brackets from 10 to three.", "three", "brackets"),
        ("The number of people in work increased by 296,000 to 28.52 million.", "296,000", "people"),
    ],
)
def test_the_number_of_nouns_says_what_a_bare_count_counts(
    quantities: Q, text: str, surface: str, head: str
) -> None:
    found = [q for q in quantities(text) if q.text == surface]
    assert len(found) == 1 and found[0].counted is not None, _nouns(quantities, text)
    assert found[0].counted.text.split()[-1] == head
    assert text[found[0].counted.start : found[0].counted.end] == found[0].counted.text


def test_the_number_without_a_noun_counts_nothing(quantities: Q) -> None:
    (q,) = quantities("The number rose to 12 last year.")
    assert q.counted is None and q.unit is None


def test_the_number_of_nouns_with_a_rate_makes_a_rate(quantities: Q) -> None:
    text = "It would increase the number of Chinese tourists by 40,000 per year."
    (q,) = quantities(text)
    assert (q.text, q.unit) == ("40,000", "tourists/year")
