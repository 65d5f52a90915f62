"""Session 29: a speech participle after "by" takes the subject of the verb its phrase modifies from the
sentence structure ("A Chinese official responded by saying ..."); a non-speaker subject gives none."""

from __future__ import annotations

from newsparse_claims.structure import participle_after_by
from newsparse_claims.subjects import subject_parsed

from .layers import claims_of

RESPONDED = "A Chinese official responded by saying Japan should be careful in the waterway."


def test_by_saying_takes_the_subject_of_the_verb_before() -> None:
    assert claims_of(RESPONDED) == [
        ("A Chinese official", "saying", "Japan should be careful in the waterway")
    ]


def test_without_a_tree_the_participle_gives_no_claim() -> None:
    assert claims_of(RESPONDED, with_syntax=False) == []


def test_a_subject_that_is_no_speaker_gives_no_claim() -> None:
    text = "The messages try to trick people into clicking on the links by promising free videos."
    assert claims_of(text) == []


def test_the_shapes() -> None:
    assert participle_after_by(RESPONDED, (RESPONDED.index("saying"), RESPONDED.index("saying") + 6))
    low = "he responded by saying it failed".split()
    assert subject_parsed(low, 3)
    assert not subject_parsed("he was saying it failed".split(), 2)
