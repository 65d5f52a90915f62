"""'worry' is a belief cue before a clause, never before an object or as a noun (test passages)."""

from __future__ import annotations

from .test_structure_sources import claims_of


def test_worry_before_a_clause_is_a_belief_cue() -> None:
    text = "But environmentalists worry that the cost could fall to taxpayers."
    assert claims_of(text, with_syntax=False) == [
        ("environmentalists", "worry", "the cost could fall to taxpayers")
    ]


def test_worry_before_an_object_or_as_a_noun_is_no_cue() -> None:
    assert claims_of("That worries environmentalists.", with_syntax=False) == []
    assert claims_of("His worries about the plan grew.", with_syntax=False) == []
