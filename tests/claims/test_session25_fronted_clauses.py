"""Session 25: a cue inside a clause that opens its sentence ("While X said A, B ...").

The comma that closes a fronted subordinate clause ends the content of a cue inside it; the main
clause after it is the writer's. Counted on outside text (unused news, PolNeAR train's counting
half): see docs/design.md, session 25.
"""

from __future__ import annotations

from newsparse_claims.found import Found
from newsparse_claims.fronted import within_fronted_clause

from .layers import claim_triples as claims


def test_a_fronted_clause_ends_its_content_at_its_comma() -> None:
    """"While he admitted using the tax code, he does not defend it": the main clause is no content."""
    text = "While he admitted using the tax code, he does not defend it."
    assert claims(text) == [("he", "admitted", "using the tax code")]


def test_a_subordinator_after_even_and_a_quotation_mark() -> None:
    """"Even though Lee said the plan would fail, the board ...": "Even though" opens the clause too."""
    text = "Even though Lee said the plan would fail, the board approved it on Monday."
    assert claims(text) == [("Lee", "said", "the plan would fail")]


def test_a_clause_closed_before_the_cue_is_left_alone() -> None:
    """"When asked, he said ...": the subordinate clause ends before the cue; the content is the rest."""
    text = "When asked, he said the plan would fail, and the board would have to vote again."
    assert claims(text)[0][2] == "the plan would fail, and the board would have to vote again"


def test_a_sentence_opened_by_no_subordinator_is_left_alone() -> None:
    """Without a fronted subordinator the comma is no clause boundary for this rule."""
    text = "Lee said the plan would fail, the board would vote again and the bank would pull out."
    assert claims(text)[0][2] == "the plan would fail, the board would vote again and the bank would pull out"


def _found(text: str, cue: str, content_start: str) -> Found:
    """A found claim of ``text`` with its cue at ``cue`` and its content from ``content_start`` on."""
    at = text.index(cue)
    start = text.index(content_start)
    return Found((at, at + len(cue)), (start, len(text) - 1), (0, 2))


def _ended(text: str, cue: str, content_start: str) -> str:
    """The content text after the rule, for a one-sentence ``text``."""
    item = within_fronted_clause(text, [0], _found(text, cue, content_start))
    return text[item.content[0] : item.content[1]]


def test_commas_inside_numbers_relatives_and_quotations_do_not_end_it() -> None:
    """"2,400", ", whose ...", a comma inside a quotation: the clause goes on; a comma just inside the
    closing mark ends it with the mark."""
    text = "If one firm says there are 2,400 billionaires, the list is short."
    assert _ended(text, "says", "there") == "there are 2,400 billionaires"
    text = "While Lee insisted he would reach voters, whose support was steady, Ann was less sure."
    assert _ended(text, "insisted", "he") == "he would reach voters, whose support was steady"
    text = 'When Ann pointed out that Lee calls it "Medicare for all," Clinton seized on it.'
    assert _ended(text, "pointed", "that") == 'that Lee calls it "Medicare for all,"'
    text = "While Lee said “we will win, believe me,” Ann laughed."
    assert _ended(text, "said", "“we") == "“we will win, believe me,”"


def test_a_content_before_its_cue_is_left_alone() -> None:
    """'While it rains, it fails, he said': the content before the cue is not read by this rule."""
    text = "While it rains, it fails, he said."
    cue = text.index("said")
    item = Found((cue, cue + 4), (0, text.index(", he")), (text.index("he"), text.index("he") + 2))
    assert within_fronted_clause(text, [0], item) is item
