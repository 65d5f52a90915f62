"""Unit tests of issue 15, session 8: belief and perception verbs before a clause, mixed quotation marks.

Passages written for the tests.
"""

from __future__ import annotations

import pytest

from .test_real_patterns import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump thought the deal was a disaster for workers.",
            [("Trump", "thought", "the deal was a disaster for workers")],
        ),
        (
            "Analysts expect the central bank to cut rates in March.",
            [("Analysts", "expect", "the central bank to cut rates in March")],
        ),
        ("The company expects sales to rise.", [("The company", "expects", "sales to rise")]),
        ("Residents heard that the army had left.", [("Residents", "heard", "the army had left")]),
        ("The bank intends to close 40 branches.", [("The bank", "intends", "to close 40 branches")]),
    ],
)
def test_belief_and_perception_verbs_before_a_clause_are_cues(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He saw the film twice.",
        "The court heard the case on Monday.",
        "I thought it was fine.",
        "It was thought to be lost.",
        "Residents saw soldiers fire on the crowd.",
    ],
)
def test_belief_and_perception_verbs_before_an_object_are_no_cues(text: str) -> None:
    assert summary(text) == []


def test_a_clause_verb_inside_the_content_of_the_sentence_claim_is_no_second_claim() -> None:
    text = "Allegheny said it and the other concerns intend to defend the charges."
    assert summary(text) == [("Allegheny", "said", "it and the other concerns intend to defend the charges")]


@pytest.mark.parametrize(
    "text",
    [
        '“We won the vote," Ann Lee said.',
        '"We won the vote,” Ann Lee said.',
    ],
)
def test_a_quotation_closed_by_a_mark_of_the_other_style_keeps_its_claim(text: str) -> None:
    assert summary(text) == [("Ann Lee", "said", "We won the vote")]


def test_a_cue_closed_by_a_quotation_mark_does_not_swallow_the_speaker() -> None:
    text = '"I do not agree with what the man says," Ann Lee said before the show.'
    assert summary(text) == [("Ann Lee", "said", "I do not agree with what the man says")]


def test_an_apposition_after_an_inverted_cue_ends_before_a_new_clause() -> None:
    text = '"We are not a game show," said Tom Lee, the manager, though he said more later.'
    assert ("Tom Lee, the manager", "said", "We are not a game show") in summary(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Lee was quoted as saying the talks had failed.", [("Mr Lee", "saying", "the talks had failed")]),
        (
            "The minister was quoted by the state news agency as saying the talks had failed.",
            [("The minister", "saying", "the talks had failed")],
        ),
        (
            "The talks had failed, Mr Lee was quoted as saying.",
            [("Mr Lee", "saying", "The talks had failed")],
        ),
        # the active form is the quoting source's claim (guidelines/claims_wire_s18_notes.md, session 19)
        ("He quoted the poet as saying love wins.", [("He", "quoted", "love wins")]),
    ],
)
def test_quoted_as_saying_takes_the_subject_of_the_passive(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We won the vote," the party\'s spokesman, John Smith, said on Tuesday.',
            [("the party's spokesman, John Smith", "said", "We won the vote")],
        ),
        (
            "The plant will close, a spokeswoman, Ann Lee White, said on Saturday.",
            [("a spokeswoman, Ann Lee White", "said", "The plant will close")],
        ),
        (
            '"We will win," Jeff Weaver, Sanders\' campaign manager, said in a statement.',
            [("Jeff Weaver", "said", "We will win")],
        ),
    ],
)
def test_a_description_and_a_name_beside_it_are_the_source(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected
