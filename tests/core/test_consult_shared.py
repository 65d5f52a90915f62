"""Session 26: what one document's views share (consultants, paragraph quotations) and the
column-by-column check of a consulted span's annotations (it must agree with the item-by-item one)."""

from __future__ import annotations

import enum

import attrs
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Document, Extractor, Pipeline, Sentence, Span
from newsparse.consultation import _all_valid, _first_error, _first_item_error
from newsparse.model import Annotation
from newsparse.syntax import Word

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


class _Offset(enum.IntEnum):
    ZERO = 0
    SIX = 6


def test_the_item_by_item_checks_decide_what_the_columns_cannot() -> None:
    """An ``int`` subclass offset or an item without text leaves the C path to the slow one."""
    producer = _producer()
    span = Span.of(TEXT, 0, 25)
    assert _first_error(producer, [Mark(_Offset.ZERO, _Offset.SIX, "Rebels")], span, TEXT) is None
    assert _first_error(producer, [Mark(0, 6, None)], span, TEXT) is None
    assert not _all_valid((Mark,), [Mark(0, 6, None)], span, TEXT)
    assert "has text" in (_first_error(producer, [Mark(0, 6, "rebels")], span, TEXT) or "")
    assert "declared" in (_first_error(producer, [Word(0, 6, "Rebels")], span, TEXT) or "")
    assert "outside" in (_first_error(producer, [Mark(20, 30, TEXT[20:30])], span, TEXT) or "")


_items = st.lists(
    st.builds(
        Mark,
        st.integers(0, len(TEXT) + 2),
        st.integers(0, len(TEXT) + 2),
        st.one_of(st.none(), st.sampled_from(["Rebels", "agreed", "", "truce."])),
    ),
    max_size=6,
)


@given(_items, st.integers(0, len(TEXT)), st.integers(0, len(TEXT)))
def test_the_column_check_passes_exactly_what_the_item_checks_pass(
    items: list[Mark], start: int, end: int
) -> None:
    """Never a pass that the item-by-item loop would refuse (the fast path only ever says 'valid'),
    and every all-valid list of plain items passes it."""
    span = Span.of(TEXT, min(start, end), max(start, end))
    if _all_valid((Mark,), items, span, TEXT):
        assert _first_item_error((Mark,), items, span, TEXT) is None
    elif all(item.text is not None for item in items):
        assert _first_item_error((Mark,), items, span, TEXT) is not None
