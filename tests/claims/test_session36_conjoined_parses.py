"""Session 36 (speed): a content is cut before a verb conjoined to its cue only at an "and"/"but" where
the rule may keep the cut; where the words alone refuse every such cut (a quotation open there, a clause
opener before it, nothing before it), no tree is asked, and the result is the same as parsing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse.syntax import SyntaxTree
from newsparse_claims.conjoined import may_cut, without_conjoined_predicate
from newsparse_claims.found import Found
from newsparse_claims.heads import SourceHeads

_SYNTAX = newsparse.default_pipeline(only=["syntax"])
# the spy below subclasses SourceHeads, which a compiled build makes a native class no interpreted
# class may extend: these tests run in `make test`'s pure pass (NEWSPARSE_TEST_PURE=1)
pytestmark = pytest.mark.pure


class _Counting(SourceHeads):
    """``SourceHeads`` that records every offset whose tree is asked for."""

    __slots__ = ("asked",)

    def __init__(self, doc: newsparse.Document) -> None:
        super().__init__(doc)
        self.asked: list[int] = []

    def tree(self, offset: int) -> SyntaxTree | None:
        self.asked.append(offset)
        return super().tree(offset)


def _cut(text: str, cue: str, *, pretest: bool = True) -> tuple[str, list[int]]:
    """The content after ``cue`` (to the full stop) as the rule leaves it, and the offsets asked."""
    doc = _SYNTAX.parse(text)
    at = text.index(cue)
    start = at + len(cue) + 1
    item = Found((at, at + len(cue)), (start, text.rindex(".")), (0, at - 1))
    heads = _Counting(doc)
    out = without_conjoined_predicate(text, heads, item, pretest=pretest)
    return text[out.content[0] : out.content[1]], heads.asked


def test_a_clause_opener_before_the_and_spares_the_parse() -> None:
    text = "Lee argued the song was good if it jumped up and bit them."
    content, asked = _cut(text, "argued")
    assert content == "the song was good if it jumped up and bit them"
    assert asked == []
    assert not may_cut(text, text.index("the song"), text.index("and bit"))


def test_an_open_quotation_spares_the_parse() -> None:
    text = 'The firm admitted the star "was required to and did employ doctors."'
    content, asked = _cut(text, "admitted")
    assert asked == []
    assert content.endswith("employ doctors")


def test_a_plain_conjoined_predicate_is_still_parsed_and_cut() -> None:
    text = "Lee denied the charges and resigned."
    content, asked = _cut(text, "denied")
    assert asked != []
    assert content == "the charges"


_OPENING = ("Lee denied", "Lee praised", "Lee argued", "The firm admitted", "Ann Lee championed")
_PIECES = (
    "gay rights",
    "the plan",
    '"the plan',
    "why voters left",
    "what it did",
    "if it rained",
    "and extended benefits",
    "and resigned",
    "but cut jobs",
    "and was unlikely to stay",
    'and" finished',
    "when he came",
    "and fixed phones",
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(_OPENING), st.lists(st.sampled_from(_PIECES), min_size=1, max_size=5))
def test_the_pretest_changes_no_result(opening: str, pieces: list[str]) -> None:
    text = f"{opening} {' '.join(pieces)}."
    cue = opening.split()[-1]
    assert _cut(text, cue)[0] == _cut(text, cue, pretest=False)[0]
