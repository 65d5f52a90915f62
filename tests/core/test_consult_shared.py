"""Session 26: what one document's views share (consultants, paragraph quotations), and the
paragraphs' quotations found in one scan of the text."""

from __future__ import annotations

import re

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document, Extractor, Pipeline, Sentence, Span
from newsparse.model import Annotation
from newsparse.syntax import paragraph_quotations, quotations

TEXT = 'Rebels agreed to a truce. "It is fragile," Kerry said.\nNothing else happened here.'


@attrs.frozen
class Mark(Annotation):
    """A toy annotation whose ``text`` may disagree with the document's."""

    start: int
    end: int
    text: str | None


def _marks(doc: Document, span: Sentence | Span) -> list[Mark]:
    marks, at = [], span.start
    for piece in doc.text[span.start : span.end].split():
        begin = doc.text.index(piece, at)
        marks.append(Mark(begin, begin + len(piece), piece))
        at = begin + len(piece)
    return marks


def _producer() -> Extractor:
    return Extractor(
        name="marks",
        produces="marks",
        extract=lambda doc: _marks(doc, Span.of(doc.text, 0, len(doc.text))),
        annotation_types=Mark,
        on_demand=True,
        extract_within=_marks,
    )


def _probe(name: str, seen: list[object]) -> Extractor:
    def extract(doc: Document) -> list[Span]:
        seen.append(doc._consultants["marks"] if doc._consultants else None)
        seen.append(doc._quotes)
        seen.append(doc.paragraph_quotes)
        return []

    return Extractor(name=name, produces=name, extract=extract, annotation_types=Span, consults="marks")


def test_views_of_one_document_share_its_consultants_and_paragraph_quotations() -> None:
    """The second consumer's view gets the first's consultant and the quotations it computed."""
    seen: list[object] = []
    Pipeline.build([_producer(), _probe("first", seen), _probe("second", seen)]).parse(TEXT)
    first_consultant, first_before, first_quotes, second_consultant, second_before, second_quotes = seen
    assert first_consultant is not None and second_consultant is first_consultant
    assert first_before is None  # nobody had asked yet
    assert second_before is first_quotes and second_quotes is first_quotes
    assert isinstance(first_quotes, tuple)
    assert [q.text for q in first_quotes] == ['"It is fragile,"']


def test_the_document_returned_keeps_no_quotations_of_the_run() -> None:
    """Shared among the views only: the result is built without them, as it is without tokens."""
    doc = Pipeline.build([_producer(), _probe("first", [])]).parse(TEXT)
    assert doc._quotes is None


def _per_paragraph(text: str) -> tuple[Span, ...]:
    """The former definition: each paragraph's quotations scanned on their own."""
    found: list[Span] = []
    start = 0
    for brk in re.finditer(r"\r\n?|\n", text):
        found.extend(quotations(text, start, brk.start()))
        start = brk.end()
    found.extend(quotations(text, start, len(text)))
    return tuple(found)


_PIECES = st.sampled_from(['"', "“", "”", "\n", "\r\n", "\r", " ", "  ", "said", "It", ".", "x"])


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_one_scan_finds_the_quotations_of_every_paragraph(text: str) -> None:
    """The whole text's one scan gives exactly the paragraphs' quotations, whatever the line ends
    and however the marks pair (offsets inside the text, the same spans twice)."""
    found = paragraph_quotations(text)
    assert found == _per_paragraph(text)
    assert all(0 <= q.start < q.end <= len(text) and q.text == text[q.start : q.end] for q in found)
    assert paragraph_quotations(text) == found
