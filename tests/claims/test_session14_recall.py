"""Recall rules of session 14 round 2 (PolNeAR train's missed cue classes), on short written passages."""

from __future__ import annotations

import pytest

from newsparse_claims.model import Claim
from newsparse_syntax import syntax_of

from .layers import document, run
from .summaries import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump went on to say that the deal was a disaster.",
         [("Trump", "say", "the deal was a disaster")]),
        ("The senator has continued to insist that the vote was rigged.",
         [("The senator", "insist", "the vote was rigged")]),
        ("Clinton appeared to suggest that Sanders had lied.",
         [("Clinton", "suggest", "Sanders had lied")]),
        ("Mr. Lee was quick to point out that sales rose.",
         [("Mr. Lee", "point", "sales rose")]),
        ("He continued to say the talks would fail.",
         [("He", "say", "the talks would fail")]),
    ],
)
def test_a_speech_verb_governed_through_to_is_the_cue(text: str, expected: list[tuple[str, ...]]) -> None:
    """'went on to say', 'continued to insist', 'was quick to point out': the governing verb's subject."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He made it clear that he would not resign.", [("He", "clear", "he would not resign")]),
        ("The judge made clear his opposition to the plan.",
         [("The judge", "clear", "his opposition to the plan")]),
        ("Obama made the case that the treaty would help.",
         [("Obama", "case", "the treaty would help")]),
    ],
)
def test_made_it_clear_and_made_the_case_are_cues(text: str, expected: list[tuple[str, str, str]]) -> None:
    """'made (it) clear', 'made the case that': PolNeAR's multi-word cues."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Kiwis went on to claim the Cup in 1987.",  # "claim" a title: no statement
        "The government should make clear how it will measure success.",  # a demand
        "It is not clear that the plan will work.",
        "The firm needs to say more about taxes.",  # a need: nothing said yet
        "To say the plan failed is unfair.",
    ],
)
def test_no_governed_cue_without_a_statement(text: str) -> None:
    """Not a title won, a demand, an adjective 'clear' or a wish."""
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her advisers are not convinced that the plan will work.",
         [("Her advisers", "convinced", "the plan will work")]),
        ("Police suspected that the fire was set deliberately.",
         [("Police", "suspected", "the fire was set deliberately")]),
        ("Labour officials point out that turnout fell.", [("Labour officials", "point", "turnout fell")]),
        ("Trump allies were hopeful that the problems would be fixed.",
         [("Trump allies", "hopeful", "the problems would be fixed")]),
        ("The company accepted that its figures were wrong.",
         [("The company", "accepted", "its figures were wrong")]),
    ],
)
def test_a_that_cue_attributes_before_that(text: str, expected: list[tuple[str, ...]]) -> None:
    """'are not convinced that', 'suspected that', 'point out that': the subject is the source."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The two suspects that police arrested were released.",  # a noun before a relative clause
        "I am confident that we will win.",  # the speaker, not a reported source
        "Police recognised the flag at once.",  # no "that" clause
        "It was a confident start by the team.",
    ],
)
def test_no_that_cue_without_a_that_clause_or_a_third_person(text: str) -> None:
    """A noun 'suspects', a first-person source, an object or an attributive adjective: no claim."""
    assert summary(text) == []


def test_a_that_cue_in_a_concessive_clause_leaves_the_outer_report() -> None:
    """'He said that while he understood that A, B': one claim, the outer one."""
    text = "He said that while he understood that Ukraine was not ready, the country needed progress."
    assert summary(text) == [("He", "said", "while he understood that Ukraine was not ready, the country "
                                           "needed progress")]


def test_a_belief_adjective_gives_a_belief_claim() -> None:
    """'is confident that' is a belief (the guidelines' kind)."""
    doc = run(document("The minister is confident that the deal will pass."), "claims")
    assert [c.kind for c in doc.layer("claims") if isinstance(c, Claim)] == ["belief"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts doubted it, despite Sony's assertion that the machines are aimed at adults.",
         [("Sony's", "assertion", "the machines are aimed at adults")]),
        ("The coach had to reassess his belief that a win was imminent.",
         [("his", "belief", "a win was imminent")]),
        ("The party got into trouble over its central claim that taxes would rise.",
         [("its", "claim", "taxes would rise")]),
    ],
)
def test_a_noun_cue_as_an_object_takes_its_possessor(text: str, expected: list[tuple[str, ...]]) -> None:
    """'despite Sony's assertion that', 'his belief that', 'its central claim that': the possessor."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "But his argument that the award should sell books is not shared by everyone.",  # a subject
        "The claim that was rejected came from the mayor.",  # a relative "that"
        "They discussed the statement on Monday.",  # no complement
    ],
)
def test_no_noun_cue_as_a_subject_or_before_a_relative(text: str) -> None:
    """A noun cue opening the subject, before a relative 'that' or without 'that': no claim."""
    assert summary(text) == []


def test_a_plural_subject_before_claim_is_no_adjective() -> None:
    """'His lawyers claim that ...': the verb, with its subject (not the noun after 'His')."""
    assert summary("His lawyers claim that their client was unaware.") == [
        ("His lawyers", "claim", "their client was unaware")]


def _with_syntax(text: str) -> list[tuple[str | None, str, str]]:
    """(source, cue, content) of the claims of ``text`` given its syntax layer."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    return [(c.source_text.text if c.source_text else None, c.cue.text, c.content.text)
            for c in run(doc, "claims").layer("claims") if isinstance(c, Claim)]


def test_a_participle_takes_the_parsed_subject_of_the_verb_before_its_comma() -> None:
    """'A U.S. District Court judge sided with them, saying ...': the parse's subject of 'sided'."""
    text = "In May, a U.S. District Court judge sided with the Democrats, saying the law was void."
    assert _with_syntax(text) == [("a U.S. District Court judge", "saying", "the law was void")]


def test_a_participle_without_a_speech_sense_or_a_parse_gives_nothing() -> None:
    """'adding to honours' is no speech; without the syntax layer the participle stays without source."""
    assert _with_syntax("The British actress won the award, adding to a list of prizes.") == []
    assert summary("In May, a U.S. judge sided with the Democrats, saying the law was void.") == []


def test_pointing_out_keeps_its_particle_out_of_the_content() -> None:
    """'..., pointing out that A': the content is A, not 'out that A'."""
    assert summary("Lee said the plan failed, pointing out that sales fell.") == [
        ("Lee", "said", "the plan failed"), ("Lee", "pointing", "sales fell")]
