"""Unit tests: the readings of session 11 (issue 18), found on check set C of unused articles:
hyphenated words that open with a function word or a number inside a counted phrase, an owner's
bare apostrophe, a span of years as a range, a count elided before "and".

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

import pytest

from tests.quantities.readings import Q, counted


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Look at the four previous parliamentary by-elections first.", [("four", "by-elections")]),
        ("It has 50,000 at-risk children.", [("50,000", "children")]),
        (
            "It added two entry-level 32-bit minicomputers.",
            [("two", "minicomputers"), ("32-bit", None)],
        ),
    ],
)
def test_a_hyphenated_word_inside_the_counted_phrase(
    quantities: Q, text: str, want: list[tuple[str, str | None]]
) -> None:
    """ "by-elections", "32-bit": a hyphenated word is one word of the phrase, even when it opens
    with a function word or a number."""
    assert counted(quantities, text) == want


def test_an_owner_with_a_bare_apostrophe(quantities: Q) -> None:
    """ "all three of Wales' victories" counts victories, like "three of Ireland's hopefuls"."""
    assert counted(quantities, "He missed all three of Wales' victories.") == [("three", "victories")]
    assert counted(quantities, "He saw three of Ireland's hopefuls.") == [("three", "hopefuls")]


@pytest.mark.parametrize(
    "text",
    [
        "It took credits on its 1983 to 1985 regulatory accounting statements.",
        "The 1998-2004 figures were restated.",
    ],
)
def test_a_span_of_years_is_no_range(quantities: Q, text: str) -> None:
    """ "its 1983 to 1985 statements": two years, a period the dates layer owns."""
    assert quantities(text) == []


def test_a_range_of_counts_stays(quantities: Q) -> None:
    """ "between 1500 and 2500 people": 1,000 apart, not years."""
    (found,) = quantities("Between 1500 and 2500 people came.")
    assert (found.low, found.high) == (1500, 2500)


def test_a_count_elided_before_and(quantities: Q) -> None:
    """ "Unison's 800,000 workers, the TGWU's 70,000 and Amicus' 20,000": all three count workers."""
    text = "Unison's 800,000 workers, the TGWU's 70,000 and Amicus' 20,000 are balloted."
    assert counted(quantities, text) == [("800,000", "workers"), ("70,000", "workers"), ("20,000", "workers")]


@pytest.mark.parametrize(
    "text",
    [
        "She won the women's 800m at the Games.",
        "He will compete in the 60m at Birmingham.",
        "Britain's 800m and 1500m champion is there.",
        "Holmes will compete over 1500m in Glasgow.",
        "He scored a 3,000m victory in Boston.",
    ],
)
def test_a_race_distance_names_the_race(quantities: Q, text: str) -> None:
    """ "the women's 800m", "compete over 1500m": the name of a race, as "the 100m title"."""
    assert [q for q in quantities(text) if q.unit == "m"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("He passed her in the final 200m of the race.", 200),
        ("They were level at the 300m stage.", 300),
        ("He ran 30m to score.", 30),
        ("She cleared 4.88m in the final.", 4.88),
    ],
)
def test_a_distance_run_is_a_measure(quantities: Q, text: str, value: float) -> None:
    """ "the final 200m", "ran 30m": a distance covered, not a race's name."""
    assert [q.value for q in quantities(text) if q.unit == "m"] == [value]


def test_an_age_said_further_back(quantities: Q) -> None:
    """ "the retirement age for public service workers from 60 to 65": two ages."""
    text = "It will raise the retirement age for public service workers from 60 to 65."
    assert [(q.value, q.unit) for q in quantities(text)] == [(60, "year"), (65, "year")]


def test_a_change_shared_over_and_by(quantities: Q) -> None:
    """ "cut revenues by 2 billion dlrs in 1988 and by 11 billion dlrs": both are falls."""
    text = "It will cut tax revenues by two billion dlrs in 1988 and by more than 11 billion dlrs later."
    assert [q.change for q in quantities(text)] == ["down", "down"]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("It will ship 5 million of its new Nintendo DS handheld consoles.", "consoles"),
        ("Three leading UK video game companies predicted it.", "companies"),
    ],
)
def test_a_counted_phrase_of_five_words(quantities: Q, text: str, head: str) -> None:
    """ "5 million of its new Nintendo DS handheld consoles": the head may be the fifth word."""
    (found,) = quantities(text)
    assert found.counted is not None and found.counted.text.split()[-1] == head


@pytest.mark.parametrize(
    "text",
    [
        "People tuned in at four o'clock to record it.",
        "DJs are re-working 70's and 80's music.",
        "It was the 1980's boom.",
        "He won the title in '94 and lost it in '95.",
    ],
)
def test_a_clock_a_decade_or_a_short_year_is_no_amount(quantities: Q, text: str) -> None:
    """ "four o'clock", "70's music", "in '94": a time, a decade, a year (the dates layer's)."""
    assert quantities(text) == []


def test_a_count_beside_a_clock_time_stays(quantities: Q) -> None:
    """ "5 o'clock and 12 men": the time goes, the count of men stays."""
    assert [q.value for q in quantities("It was 5 o'clock and 12 men came.")] == [12]
