"""Session 36 (speed): "the report"'s earlier mentions are parsed only in sentences naming an organisation
or person, the only sentences whose tree can give the maker; the result is the same as parsing all."""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Document, Span
from newsparse.syntax import SyntaxTree
from newsparse_claims.heads import SourceHeads
from newsparse_claims.report_authors import report_author

_SYNTAX = newsparse.default_pipeline(only=["syntax"])
# earlier sentences: a maker by "by", by "in", by a subject; none named; a document noun or none
_EARLIER = (
    "A report by Oxfam found that poverty rose.",
    "Oxfam says in a report that aid is falling.",
    "Gallup published a poll on Monday.",
    "A report was released on Tuesday.",
    "Officials read the study carefully.",
    "Ann Lee said in a statement that she would stay.",
    "The survey by the Audit Office was small.",
    "Prices rose again.",
)
_LAST = (
    "The report said schools should act.",
    "The poll said voters were split.",
    "The statement said more.",
)
_NAMES = (("Oxfam", "ORG"), ("Gallup", "ORG"), ("Ann Lee", "PERSON"), ("Audit Office", "ORG"))


def _named(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every organisation or person of ``_NAMES`` in ``text``, as (start, end, id)."""
    found = []
    for name, _kind in _NAMES:
        at = text.find(name)
        while at != -1:
            found.append((at, at + len(name), name))
            at = text.find(name, at + 1)
    return tuple(sorted(found))


def _finder(mentions: tuple[tuple[int, int, str], ...]) -> Callable[[int, int], str | None]:
    """``named`` over ``mentions``: the longest one inside a stretch (as the claims layer's)."""

    def named(start: int, end: int) -> str | None:
        inside = [m for m in mentions if start <= m[0] < end and m[1] <= end]
        return max(inside, key=lambda m: m[1] - m[0])[2] if inside else None

    return named


def _read(text: str) -> tuple[Document, Span]:
    """The text's syntax, and its last sentence's first two words ("The report") as the source."""
    doc = _SYNTAX.parse(text)
    start = doc.sentences[-1].start
    end = text.index(" ", text.index(" ", start) + 1)
    return doc, Span(start, end, text[start:end])


def test_a_sentence_naming_no_one_is_not_parsed() -> None:
    text = "A report was released on Tuesday. Prices rose again. The report said schools should act."
    doc, source = _read(text)
    heads, asked = SourceHeads(doc), []

    def tree_at(offset: int) -> SyntaxTree | None:
        asked.append(offset)
        return heads.tree(offset)

    named = _finder(_named(text))
    assert report_author(text, source, tree_at, named, heads.sentence) == (None, None)
    assert asked == []  # (every sentence was parsed before)
    assert report_author(text, source, tree_at, named) == (None, None)
    assert asked == [2]


def test_a_sentence_naming_the_maker_is_still_parsed() -> None:
    text = "A report by Oxfam found that poverty rose. The report said schools should act."
    doc, source = _read(text)
    heads = SourceHeads(doc)
    phrase, ident = report_author(text, source, heads.tree, _finder(_named(text)), heads.sentence)
    assert ident == "Oxfam" and phrase is not None and phrase.text == "Oxfam"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_EARLIER), min_size=1, max_size=4), st.sampled_from(_LAST))
def test_skipping_the_sentences_naming_no_one_changes_no_result(earlier: list[str], last: str) -> None:
    text = " ".join([*earlier, last])
    doc, source = _read(text)
    heads = SourceHeads(doc)
    named = _finder(_named(text))
    assert report_author(text, source, heads.tree, named, heads.sentence) == report_author(
        text, source, heads.tree, named
    )
