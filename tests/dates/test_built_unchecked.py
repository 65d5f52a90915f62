"""The dates extractor builds its annotations without the constructor's checks: the same values."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse_dates
from newsparse import Document, Interval, Meta, Span, TimeExpression
from newsparse_dates.context import Found, new_found


def test_built_expressions_equal_checked_ones() -> None:
    text = "Talks began on March 3, 2004. They ended the next day, three days before the vote."
    doc = Document(text, meta=Meta(published=dt.date(2004, 3, 10)))
    built = list(newsparse_dates.extract(doc))
    assert built
    for item in built:
        checked = TimeExpression(
            item.start,
            item.end,
            item.text,
            item.type,
            item.value,
            item.mod,
            item.anchored,
            None if item.interval is None else Interval(item.interval.first, item.interval.last),
            item.quant,
            item.freq,
            item.reference,
            None if item.reference_span is None else Span(*_bounds(item.reference_span)),
        )
        assert item == checked and hash(item) == hash(checked) and repr(item) == repr(checked)


def _bounds(span: Span) -> tuple[int, int, str]:
    return span.start, span.end, span.text


def _bogus(**change: object) -> Found:
    fields: dict[str, object] = {"type": "DATE", "reference": None, **change}
    kind, reference = fields["type"], fields["reference"]
    return new_found(0, 5, kind, "2004", None, False, None, None, None, "year", reference, None)


@pytest.mark.parametrize("change", [{"type": "MOMENT"}, {"reference": "story"}])
def test_a_value_the_constructor_refuses_is_still_refused(
    monkeypatch: pytest.MonkeyPatch, change: dict[str, object]
) -> None:
    monkeypatch.setattr(newsparse_dates, "find_between", lambda *args: [_bogus(**change)])
    with pytest.raises(ValueError):
        list(newsparse_dates.extract(Document("March 2004 was cold.")))


def test_found_built_unchecked_equals_found() -> None:
    assert new_found(1, 4, "DATE", "2004", None, True, None, None, None, "year", None, None) == Found(
        1, 4, "DATE", "2004", anchored=True, kind="year"
    )
