"""Session 41: a title whose agreement head has its own phrase before "between" ("Agreement on Border
Trade between Kenya and Somalia", "Protocol of the Meeting between Armenia and Azerbaijan") names
its sides there (``titled_phrase``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_agreements.titled_phrase import phrase_between, titled_phrase
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "kenya": ("GPE", "Kenya", ("Kenya",), {}),
    "somalia": ("GPE", "Somalia", ("Somalia",), {}),
    "armenia": ("GPE", "Armenia", ("Armenia",), {}),
    "azerbaijan": ("GPE", "Azerbaijan", ("Azerbaijan",), {}),
    "peru": ("GPE", "Peru", ("Peru",), {}),
    "chile": ("GPE", "Chile", ("Chile",), {}),
    "china": ("GPE", "China", ("China",), {}),
    "japan": ("GPE", "Japan", ("Japan",), {}),
    "labour": ("ORG", "Labour", ("Labour",), {}),
    "tories": ("ORG", "Tories", ("Tories",), {}),
    "lachin": ("GPE", "Lachin", ("Lachin",), {}),
    "shusha": ("GPE", "Shusha", ("Shusha",), {}),
}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Agreement on Border Trade between Kenya and Somalia\n\nIt was signed.", {"kenya", "somalia"}),
        ("Protocol of the Meeting between Armenia and Azerbaijan\n\nSigned.", {"armenia", "azerbaijan"}),
        ("Treaty of Friendship and Cooperation between Peru and Chile", {"peru", "chile"}),
        ("Joint Declaration on Fisheries between China and Japan", {"china", "japan"}),
    ],
)
def test_a_title_names_its_sides_across_its_own_phrase(text: str, sides: set[str]) -> None:
    """The title's head is one agreement, bound on the sides named after its own phrase."""
    found = agreements_of(parse(text, SPEC))
    assert any(set(record.parties) == sides for record in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Meeting between Armenia and Azerbaijan\n\nThe leaders met for two hours.",
        "Talks on trade between China and Japan resumed on Monday.",
        "Agreement on the budget between Labour and the Tories was out of reach.",
        "Agreement on trade between the two sides\n\nNothing was signed.",
    ],
)
def test_meetings_running_text_and_unnamed_sides_give_no_sides(text: str) -> None:
    """A meeting or talks with no agreement head, running text, or lower-case sides: no sides read."""
    assert all(not record.parties for record in agreements_of(parse(text, SPEC)))


def test_a_between_after_a_place_noun_names_places() -> None:
    """ "in the Area between Lachin and Shusha": the places bound the area; they are no sides."""
    text = "Agreement on the Cessation of Hostilities in the Area between Lachin and Shusha"
    assert all(not {"lachin", "shusha"} & set(r.parties) for r in agreements_of(parse(text, SPEC)))


def test_only_a_head_opening_a_title_line() -> None:
    """The head must open its line (after at most capitalised title words), capitalised, on a line
    with no sentence end, with a preposition right after it and two capitalised sides."""
    for text, head, expected in [
        ("Agreement on Trade between Kenya and Somalia", "Agreement", True),
        ("Joint Declaration of Peace between Kenya and Somalia", "Declaration", True),
        ("Signed.\nProtocol of the Meeting Between the Kenya Team and Somalia", "Protocol", True),
        ("Agreement between Kenya and Somalia", "Agreement", False),
        ("He said: Agreement on Trade between Kenya and Somalia", "Agreement", False),
        ("the agreement on trade between Kenya and Somalia", "agreement", False),
        ("Agreement on Trade between Kenya and Somalia. It was signed.", "Agreement", False),
        ("Agreement on Trade between Kenya\nand Somalia", "Agreement", False),
        ("Agreement on Access in the Zone between Kenya and Somalia", "Agreement", False),
    ]:
        start = text.find(head)
        assert titled_phrase(text, start, start + len(head)) is expected, text


@given(st.text(alphabet="AaBb ,.\nonfbetwnhd", max_size=80), st.integers(min_value=0, max_value=80))
def test_any_text_and_offset_is_answered(text: str, at: int) -> None:
    """Any text and head gets None or a place on the head's line right before "between"."""
    if text:
        start = min(at, len(text) - 1)
        end = min(len(text), start + 9)
        found = phrase_between(text, start, end)
        assert found is None or (end <= found and "\n" not in text[start:found])
