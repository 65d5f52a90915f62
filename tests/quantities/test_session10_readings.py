"""Unit tests: the readings of session 10 (issue 18), found on a check set of unused articles:
hyphenated counted nouns, plural acronyms after a capitalised number, measure nouns glued to a
number, rates per a counted thing, growth ranges, "within" inside a group.

Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The firm received 12 million e-mails in January.", "e-mails"),
        ("He insulted four co-stars on the set.", "co-stars"),
        ("It would stop over 400,000 home-buyers from paying.", "home-buyers"),
        ("They were given dozens of free-kicks.", "free-kicks"),
    ],
)
def test_a_hyphenated_head_is_one_word(quantities: Q, text: str, head: str) -> None:
    """ "12 million e-mails": the counted noun is the whole hyphenated word, not "mails"."""
    (found,) = quantities(text)
    assert found.counted is not None and found.counted.text.split()[-1] == head


def test_a_capitalised_number_before_a_plural_acronym_counts(quantities: Q) -> None:
    """ "Ninety one MPs have signed": a plural acronym is what is counted, not a name's next word."""
    (mps,) = quantities("Ninety one MPs have signed a petition.")
    assert (mps.value, mps.counted.text if mps.counted else None) == (91, "MPs")
    assert quantities("Ruddock warned his Six Nations rivals.") == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Labour had a 10-point lead over the Tories.", 10, "point"),
        ("They wrote a 200-page report.", 200, "page"),
        ("A three-judge panel ruled on Monday.", 3, "judge"),
        ("He faces a seven-match ban.", 7, "match"),
    ],
)
def test_a_measure_noun_glued_to_a_number_counts(quantities: Q, text: str, value: int, noun: str) -> None:
    """ "a 10-point lead", "a 200-page report": the guideline's measure used as an adjective."""
    (found,) = quantities(text)
    assert (found.value, found.counted.text if found.counted else None) == (value, noun)


@pytest.mark.parametrize("text", ["It was a two-tier system.", "A one-off payment.", "a two-day summit"])
def test_other_hyphen_compounds_stay_out(quantities: Q, text: str) -> None:
    """ "two-tier", "one-off", "two-day": a kind or a duration, not an amount."""
    assert quantities(text) == []
