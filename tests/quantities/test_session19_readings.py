"""Unit tests: readings added in session 19 from the wire check set I (issue 18).

A count naming part of the count before it is stepped over when a later bare count takes the
elided noun; the full stops of initials ("U.S.") end no clause when the tree is asked for a noun.
Passages written for the tests, not evidence: accuracy lives in ``make eval``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import newsparse_quantities
import newsparse_syntax
from newsparse import Quantity
from newsparse.pipeline import Pipeline
from newsparse.testing import pipeline_for

from .conftest import quantities_of

Q = Callable[[str], list[Quantity]]


@pytest.fixture(scope="module")
def with_syntax() -> Pipeline:
    """A pipeline of the quantities plugin and the syntax layer it consults."""
    return pipeline_for(newsparse_quantities, newsparse_syntax, only=["quantities"], strict=True)


def _counted(quantities: list[Quantity]) -> list[str | None]:
    return [q.counted.text if q.counted else None for q in quantities]


@pytest.mark.parametrize(
    ("text", "last"),
    [
        ("The blasts killed 259 people, including 12 Americans, and injured more than 5,500.", "people"),
        ("The storm destroyed 300 homes, among them 40 farmhouses, and damaged 900 on Monday.", "homes"),
    ],
)
def test_a_bare_count_parallels_the_whole_not_the_part_named_in_between(
    quantities: Q, text: str, last: str
) -> None:
    assert _counted(quantities(text))[-1] == last


def test_a_count_inside_the_list_of_parts_keeps_the_part_before_it(quantities: Q) -> None:
    # no comma closes the part: "923" continues the list of staff
    found = quantities("The agency employs 1,190 people, including 267 foreign staff and 923 in the field.")
    assert _counted(found) == ["people", "foreign staff", "foreign staff"]


def test_initials_end_no_clause_before_the_counted_noun(with_syntax: Pipeline) -> None:
    text = "Timex sought lower duties on watches covered by 58 different U.S. tariff classifications."
    found = quantities_of(with_syntax.parse(text))
    assert [q.text for q in found] == ["58"]
    assert found[0].counted is not None and found[0].counted.text.endswith("classifications")
