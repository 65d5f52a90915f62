"""Session 16 content spans: a quotation continued after a long unquoted rest of the claim's sentence,
and a content before its cue that only ends in a quotation (passages written for the tests)."""

from __future__ import annotations

import pytest

from newsparse.annotations import Claim

from .layers import document, run

_ENDINGS = ("\n", "\r\n", "\r")


def claims(text: str) -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    """(source, cue, content, content parts) of each claim found in ``text``."""
    doc = run(document(text), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text,
         tuple(p.text for p in c.content_parts))
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]


LONG_TRAILER = (
    '"There are a lot of undecided voters," said Jane Roe, a pollster and strategist who worked for '
    'Texas Sen. Ted Cruz during the primaries but recently joined the campaign. "They agree with him '
    'on issues, but they are not there yet."'
)


@pytest.mark.parametrize("end", _ENDINGS)
def test_quotation_continues_after_a_long_trailer(end: str) -> None:
    text = f"Paragraph one.{end}{end}{LONG_TRAILER}{end}"
    [(source, cue, content, pieces)] = claims(text)
    assert source is not None and source.startswith("Jane Roe") and cue == "said"
    assert content.startswith("There are a lot") and content.endswith("not there yet.")
    assert pieces == ("There are a lot of undecided voters",
                      "They agree with him on issues, but they are not there yet.")


def test_trailer_with_an_abbreviation_is_not_cut_at_it() -> None:
    text = ('"We will win," said Jane Roe, a pollster for Sen. Smith at a rally in the U.S. capital on '
            'Monday. "And we will win big."')
    [(_source, _cue, content, _pieces)] = claims(text)
    assert content.endswith("win big.")


def test_trailer_holding_a_quotation_mark_stops_the_quotation() -> None:
    text = ('"We will win," said Jane Roe, who called the race "close" at a rally on Monday. '
            '"And we will win big."')
    assert claims(text)[0][2] == "We will win"


@pytest.mark.parametrize("end", _ENDINGS)
def test_content_before_its_cue_ending_in_a_quotation_continues(end: str) -> None:
    text = (f'Like most campaigns, "the process makes sure that each gift is legal," Roe said. '
            f'"If one were not, we would return it."{end}')
    [(source, _cue, content, pieces)] = claims(text)
    assert source == "Roe"
    assert content.startswith("Like most campaigns") and content.endswith("we would return it.")
    assert pieces[-1] == "If one were not, we would return it."


def test_content_after_its_cue_ending_in_a_quotation_does_not_continue() -> None:
    text = 'Roe said the album is "almost finished." "We wrote new songs in the studio."'
    [(_source, _cue, content, _pieces)] = claims(text)
    assert content == 'the album is "almost finished'


def test_abbreviation_closing_the_trailer_ends_it_before_a_quotation() -> None:
    text = ('"The record is not good," Roe said at a rally in Binghamton, N.Y. '
            '"She worked to export it throughout the world."')
    [(_source, _cue, content, pieces)] = claims(text)
    assert content.endswith("throughout the world.")
    assert pieces == ("The record is not good", "She worked to export it throughout the world.")


@pytest.mark.parametrize("end", _ENDINGS)
def test_parenthetical_cue_before_a_whole_quotation(end: str) -> None:
    text = f'Opening line.{end}Trump, Roe said, has created a "strange, reality-bending zone."{end}'
    [(source, _cue, _content, pieces)] = claims(text)
    assert source == "Roe"
    assert pieces == ("Trump", 'has created a "strange, reality-bending zone')


def test_parenthetical_cue_before_an_unclosed_quotation_is_not_resumed() -> None:
    [(_source, _cue, content, pieces)] = claims('The plan, he said, was "dead.')
    assert (content, pieces) == ("The plan", ())


def test_lone_opening_mark_after_the_trailer_adds_nothing() -> None:
    text = ('"It is a win I can be proud of," said the 30-year-old Swede, winner of two titles in all. "'
            "\n\nIt is never easy.\"\n\nThe match was short.")
    first = claims(text)[0]
    assert first[2] == "It is a win I can be proud of"
