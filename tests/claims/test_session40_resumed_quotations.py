"""Session 40 (clmspan): a quotation the speaker resumes after the cue's own words (issue 15).

'"A," she told Hewitt, "B."' is one content in two pieces (the guideline, and PolNeAR's spans).
"""

from __future__ import annotations

from newsparse import Claim
from newsparse_syntax import syntax_of

from .layers import document, run


def parsed(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(cue, content pieces) of each claim of ``text``, with the syntax layer the rules consult."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = []
    for claim in run(doc, "claims").layer("claims"):
        assert isinstance(claim, Claim)
        parts = tuple(part.text for part in (getattr(claim, "content_parts", ()) or (claim.content,)))
        out.append((claim.cue.text, parts))
    return out


def test_a_quotation_resumed_after_the_addressee_joins_the_content() -> None:
    """'"A," she told Hewitt, "B."': both quoted pieces are what she told him."""
    text = '"First of all," she told the host, "we will never give up on this town."'
    assert parsed(text) == [("told", ("First of all", "we will never give up on this town."))]


def test_a_quotation_resumed_after_a_time_of_the_cue_joins_the_content() -> None:
    """'"A," he said two days later, "B."'."""
    text = '"We want a safe country," he said two days after the attack, "which is what we deserve."'
    assert parsed(text)[0][1] == ("We want a safe country", "which is what we deserve.")


def test_a_quotation_in_the_next_sentence_is_not_resumed_here() -> None:
    """'"A," he said of the plan. Then "B" ...': a sentence end between, the writer's own words."""
    text = 'Then came the vote. "It is over," he said of the plan. Critics called it "a farce" later.'
    assert ("said", ("It is over",)) in parsed(text)
