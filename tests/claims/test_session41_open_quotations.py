"""Session 41 (clmtrail): a content that stops at a sentence end inside a quotation it opened (issue 15).

'He said he would "carpet-bomb them. I don't know ..."' is one claim: the quotation's later sentences are
the same speaker's words, so the content runs to the closing mark (the guideline, and PolNeAR's spans).
"""

from __future__ import annotations

from typing import Final

from hypothesis import given
from hypothesis import strategies as st

from newsparse import Claim
from newsparse_claims.found import Found
from newsparse_claims.open_quotations import run_to_quotation_end
from newsparse_claims.quoting import claim_quotations
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


def test_a_quotation_opened_in_the_content_runs_on_past_its_first_sentence() -> None:
    """'said he would "A. B."': B is the mayor's words too."""
    text = 'The mayor said he would "fix every road in town. We have waited long enough for it."'
    (claim,) = [c for c in parsed(text) if c[0] == "said"]
    assert claim[1][-1].endswith("We have waited long enough for it.")


def test_a_question_inside_the_quotation_does_not_end_the_content() -> None:
    """'called X "a good man? I doubt it."': the sentence ends at a question mark inside the quotation."""
    text = 'The senator told reporters that the plan was "a fine start? We will see what it brings."'
    (claim,) = [c for c in parsed(text) if c[0] == "told"]
    assert claim[1][-1].endswith("We will see what it brings.")


def test_a_quotation_after_a_dash_is_not_joined() -> None:
    """'denounced X - saying it fanned "A. B."': the quotation is another predicate's, not the content's."""
    text = (
        'The president denounced the plan - saying it fanned "anger and blame. That is not the town I know."'
    )
    for cue, parts in parsed(text):
        if cue == "denounced":
            assert not parts[-1].endswith("That is not the town I know.")


def _found(text: str, content: tuple[int, int]) -> Found:
    """A claim of ``text`` whose cue is its first word."""
    return Found((0, text.index(" ")), content, None)


def test_the_next_claim_limits_the_run() -> None:
    """A quotation closing after where the next claim begins is left alone."""
    text = 'Said he would "go home. I will stay here."'
    quotes = claim_quotations(text)
    item = _found(text, (5, text.index(". I")))
    starts = [q.start for q in quotes]
    assert run_to_quotation_end(text, item, quotes, starts, text.index("I will")) == item
    assert run_to_quotation_end(text, item, quotes, starts, len(text)).content[1] == len(text) - 1


_MARKS: Final = st.sampled_from(list('ab .,?!"“”\n-'))


@given(st.text(alphabet=_MARKS, max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_the_run_never_shortens_the_content_nor_leaves_the_text(text: str, a: int, b: int) -> None:
    """Whatever the marks, the content keeps its start and only grows, within the text."""
    text = "Said " + text
    start, end = sorted((min(a, len(text)) or 5, min(b, len(text))))
    start = max(start, 5)
    if end <= start:
        return
    quotes = claim_quotations(text)
    item = _found(text, (start, end))
    got = run_to_quotation_end(text, item, quotes, [q.start for q in quotes], len(text)).content
    assert got[0] == start and end <= got[1] <= len(text)
