"""tools/outside_agreement_shapes.py: the shapes it counts, and that the counting half prints counts only."""

from __future__ import annotations

from types import ModuleType

import newsparse

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/outside_agreement_shapes.py as a module."""
    return tool_module("outside_agreement_shapes")


def shape_of(sentence: str) -> list[str]:
    """The shapes whose pattern matches ``sentence``."""
    return [name for name, pattern in tool().SHAPES if pattern.search(sentence)]


def test_the_two_sides_and_both_parties_are_one_shape() -> None:
    """A count of two standing for the sides, with up to two modifiers; not "both sides of the Atlantic"."""
    two = "the two X / both X"
    assert two in shape_of("a standstill agreement between the two concerns")
    assert two in shape_of("six days of fighting between the two main Kurdish factions")
    assert two in shape_of("it might be in both parties' interest to reach a deal")
    assert two in shape_of("a previously announced agreement between the companies")
    assert two not in shape_of("a number one album on both sides of the Atlantic")


def test_a_pronoun_and_a_description_are_shapes() -> None:
    """ "They will discuss a new security agreement"; "the union failed to reach a contract"."""
    assert "they / their / them" in shape_of("They will discuss a new security agreement.")
    assert "the <one side>" in shape_of("after the union failed to reach a contract on Friday")
    assert "the <one side>" not in shape_of("the government of Iraq signed")


def test_the_counting_half_prints_no_text() -> None:
    """On the even half only the counts line is printed; on the odd half every row and the counts."""
    rows = [("news-1", "agreement 'deal'", "the two X / both X", "the two sides", "The two sides agreed.")]
    even = tool().report("even", rows, 10, 3)
    assert len(even) == 1 and "news-1" not in even[0] and "agreed" not in even[0]
    assert "'the two X / both X': 1" in even[0]
    odd = tool().report("odd", rows, 10, 3)
    assert len(odd) == 2 and "news-1" in odd[0] and "The two sides agreed." in odd[0]


def test_a_record_without_its_sides_is_found_with_its_phrase() -> None:
    """A written passage: the agreement names no side, "between the two concerns" is in its sentence."""
    text = (
        "Dataproducts Inc. said it filed a lawsuit to block a tender offer by DPC Acquisition Partners, "
        "alleging that the hostile offer violates a standstill agreement between the two concerns."
    )
    doc = newsparse.parse(text)
    found = [f for record in doc.agreements for f in tool().shapes_in(doc, record)]
    assert ("the two X / both X", "the two concerns") in [(shape, phrase) for shape, phrase, _ in found]
    for record in doc.agreements:
        if len(record.parties) >= 2:
            assert tool().shapes_in(doc, record) == []
