"""Session 31: a reported clause whose quotation opens inside it and closes in a later sentence runs
on to the quotation's close; a quotation closed by its sentence, or closed inside a later one, and
a content that stops for another claim stay as they were."""

from __future__ import annotations

from newsparse import Claim

from .layers import claim_triples, document, run

RUNS_ON = 'He has said that he would "bomb them into oblivion. We are going to find out." He left.'
WIRE = "She said that she sent the same text: ''Do you feel the bern? Please text WORK. Thanks!'' She left."
CLOSED = 'He said that Bush "has to bring his mother out." He left.'
INNER = 'She said that he "wants to win. So if he says, "I want more," you know." She left.'


def _contents(text: str) -> list[str]:
    return [content for _, cue, content in claim_triples(text) if cue == "said"]


def test_the_content_runs_to_the_quotations_close() -> None:
    assert _contents(RUNS_ON) == ['he would "bomb them into oblivion. We are going to find out.']


def test_the_wires_doubled_marks_close_it_too() -> None:
    assert _contents(WIRE) == ["she sent the same text: ''Do you feel the bern? Please text WORK. Thanks!"]


def test_a_quotation_its_sentence_closes_is_left() -> None:
    assert _contents(CLOSED) == ['Bush "has to bring his mother out']


def test_a_quotation_closed_inside_a_sentence_is_left() -> None:
    assert _contents(INNER) == ['he "wants to win']


def test_the_content_stays_an_offset_into_the_text() -> None:
    for claim in run(document(RUNS_ON), "claims").layer("claims"):
        assert isinstance(claim, Claim)
        assert RUNS_ON[claim.content.start : claim.content.end] == claim.content.text
