"""Unit tests of session 21 (issue 18): a counted noun phrase ends before an adverb or "such"; "a
second" and "a minute" are rates where no word follows; a price of goods shares its rate with the
parallel prices of its sentence."""

from __future__ import annotations

import pytest

from .readings import Q, counted


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The party will be announcing at least one other candidate later.", "candidate"),
        ("You play one character throughout, a raw and talkative soldier.", "character"),
        ("We are going to go one step further with the filters.", "step"),
        ("Viewers can evict one prospective MP every night.", "MP"),
        ("The home side struggled, one Ben Kay charge apart.", "charge"),
        ("The league picked one game such as Painkiller.", "game"),
    ],
)
def test_a_counted_noun_ends_before_an_adverb(quantities: Q, text: str, noun: str) -> None:
    assert [c for _, c in counted(quantities, text)] == [noun]


def test_a_counted_compound_still_reads_on(quantities: Q) -> None:
    assert counted(quantities, "We'll probably see one more rate hike before June.")[0][1] == "rate hike"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It would be capable of doing 1,000 trillion operations a second.", "operations/s"),
        ("The phone could display video at 30 frames a second - clear and watchable.", "frames/s"),
        ("The Cray-1 managed 80 million operations a second).", "operations/s"),
        ("Two players went through to a second round match.", None),
        ("The firm sold 30 cars a second time.", None),
    ],
)
def test_a_second_is_a_rate_where_no_word_follows(quantities: Q, text: str, unit: str | None) -> None:
    assert quantities(text)[-1].unit == unit


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Soymeal yellow was $276-277 and soymeal black was $246-248 per tonne.", ["USD/t", "USD/t"]),
        ("The rail market was steady at $115 per ton bid and $118 offered.", ["USD/t", "USD/t"]),
        ("Dubai was at $27.40 - $27.70 a barrel, up from $27.22 last week.", ["USD/bbl", "USD/bbl"]),
    ],
)
def test_a_price_of_goods_shares_its_rate(quantities: Q, text: str, units: list[str]) -> None:
    assert [q.unit for q in quantities(text)] == units


@pytest.mark.parametrize(
    "text",
    [
        "Oil rose to $30 a barrel and the firm spent $5 billion on a refinery.",  # not the same size
        "Oil rose to $30 a barrel. The cheapest crude cost $29 last year.",  # another sentence
        "He paid $18 a share, up from $15.",  # a share is no goods
        "Gold fetched $380 an ounce and the buyer paid 400 euros for the box.",  # another currency
    ],
)
def test_a_price_shares_no_rate_with_another_amount(quantities: Q, text: str) -> None:
    assert "/" not in str(quantities(text)[-1].unit)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ('It flagged up eight "critical" security holes which could be used.', "security holes"),
        ("The group includes three Rally's directors: Mr. Sugarman and two others.", "directors"),
        ("There are currently six re-released Elvis' tracks in the top 40 singles chart.", "tracks"),
    ],
)
def test_a_quoted_word_or_an_owner_inside_the_phrase_is_passed(quantities: Q, text: str, noun: str) -> None:
    assert counted(quantities, text)[0][1] == noun


def test_an_owner_after_a_number_still_ends_a_name(quantities: Q) -> None:
    assert counted(quantities, "The late John Peel's BBC Radio 1's show is to be succeeded.") == []
