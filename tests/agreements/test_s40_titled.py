"""Session 40: a bare head that opens a heading and names two sides is a record ("Agreement between
India and Pakistan on ..."), its parties the sides (``titled``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_agreements.titled import titled_between
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "india": ("GPE", "India", ("India",), {}),
    "pakistan": ("GPE", "Pakistan", ("Pakistan",), {}),
    "labour": ("ORG", "Labour", ("Labour",), {}),
    "tories": ("ORG", "Tories", ("Tories",), {}),
    "sudan": ("GPE", "Sudan", ("Sudan",), {}),
    "south-sudan": ("GPE", "South Sudan", ("South Sudan",), {}),
}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Agreement between India and Pakistan on advance notice of military exercises",
            {"india", "pakistan"},
        ),
        ("Talks ended.\nAgreement between Sudan and South Sudan on border issues", {"sudan", "south-sudan"}),
        ("The talks ended. Deal between India and Pakistan on the river waters", {"india", "pakistan"}),
    ],
)
def test_a_heading_between_two_named_sides_is_a_record(text: str, sides: set[str]) -> None:
    """The heading's bare head is one agreement, bound on the two sides the "between" phrase names."""
    found = agreements_of(parse(text, SPEC))
    assert len(found) == 1 and set(found[0].parties) == sides


@pytest.mark.parametrize(
    "text",
    [
        "There was agreement between Labour and the Tories on the timetable.",
        "Agreement between the two sides is still far off.",
        "Agreement between 1990 and 1995 was broad.",
    ],
)
def test_consensus_or_unnamed_sides_stay_no_record(text: str) -> None:
    """Mid-sentence ("there was agreement between"), lower-case sides or numbers: no record."""
    assert agreements_of(parse(text, SPEC)) == []


def test_only_a_capitalised_head_at_a_line_or_sentence_start() -> None:
    """The head must open its line or sentence and be followed by two capitalised sides."""
    for text, expected in [
        ("Agreement between India and Pakistan", True),
        ("Done.\nAgreement between the Government and the Movement", True),
        ("Done. Agreement between India, Pakistan", True),
        ("broad agreement between India and Pakistan", False),
        ("Agreement between India and the rebels", False),
        ("Agreement between India\nand Pakistan", False),
    ]:
        start = text.lower().rfind("agreement")
        assert titled_between(text, start, start + len("agreement")) is expected, text


@given(st.text(max_size=60), st.integers(min_value=0, max_value=60))
def test_any_text_and_offset_is_answered(text: str, at: int) -> None:
    """Any text and any head inside it gets a yes or a no, never an error."""
    if text:
        start = min(at, len(text) - 1)
        assert titled_between(text, start, min(len(text), start + 9)) in (True, False)
