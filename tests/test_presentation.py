"""Presentations: values in words (humanize, the built-in plugins' present modules) and the terminal view."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Annotation, Document, Interval, Meta, Quantity, RawAnnotation, Span, TimeExpression
from newsparse.humanize import amount, day, interval, iso_value, number, plural, unit
from newsparse.presentation import Context, Mark, generic_presentation, shown
from newsparse.render import RenderOptions
from newsparse.render.terminal import render_terminal
from newsparse_dates.present import describe as describe_date
from newsparse_dates.present import duration
from newsparse_quantities.present import describe as describe_quantity

PUBLISHED = dt.date(2018, 2, 6)


def _date(value: str, type_: str = "DATE", interval_: tuple[str, str] | None = None) -> TimeExpression:
    return TimeExpression(0, 1, "x", type_, value, interval=Interval(*interval_) if interval_ else None)


def test_days_months_weeks_and_stretches_in_words() -> None:
    assert day("2018-02-03") == "Sat 3 Feb 2018"
    assert day("2018-02-06T14:05") == "Tue 6 Feb 2018, 14:05"
    assert day("2018-02-30") is None and day("Saturday") is None
    assert iso_value("2018-02") == "Feb 2018" and iso_value("2018") == "2018"
    assert iso_value("2018-W05") == "week of Mon 29 Jan 2018"
    assert interval("2018-01-01", "2018-01-31") == "1 to 31 Jan 2018"
    assert interval("2017-11-07", "2018-02-06") == "7 Nov 2017 to 6 Feb 2018"
    assert interval("2018-02-03", "2018-02-03") == "Sat 3 Feb 2018"


def test_numbers_units_and_amounts_in_words() -> None:
    assert number(1447) == "1,447" and number(3000.0) == "3,000" and number(2.5) == "2.5"
    assert unit("km**2") == "km²" and unit("meter / second") == "meter/second"
    assert amount(3000, 3000, None, "over", "km**2") == "more than 3,000 km²"
    assert amount(None, 24, 99) == "24 to 99"
    assert amount(10000, modifier="approx") == "about 10,000"
    assert plural(1, "record") == "1 record" and plural(3, "record") == "3 records"


def test_time_expressions_in_words_not_timex() -> None:
    assert describe_date(_date("2018-02-03"), PUBLISHED) == "Sat 3 Feb 2018"
    three_months = _date("P3M", "DURATION", ("2017-11-07", "2018-02-06"))
    assert describe_date(three_months, PUBLISHED) == "3 months up to 6 Feb 2018"
    assert describe_date(_date("P1W", "DURATION"), None) == "1 week"
    assert describe_date(_date("2011-03", "DATE", ("2011-03-01", "2018-02-06")), PUBLISHED) == (
        "Mar 2011 to 6 Feb 2018"
    )
    assert describe_date(_date("XXXX-WXX-6"), None) == "a Saturday (unresolved: no publication date)"
    assert describe_date(_date("XXXX-WXX-6", "SET"), None) == "every Saturday"
    assert describe_date(_date("2018-02-06TMO", "TIME"), None) == "Tue 6 Feb 2018, morning"
    assert describe_date(_date("PRESENT_REF"), None) == "now"
    assert duration("PT5H") == "5 hours" and duration("PXY") == "some years"


def test_quantities_in_words() -> None:
    area = Quantity(0, 4, "over 3,000 km2", 3000, low=3000, modifier="over", unit="km**2")
    assert describe_quantity(area) == "more than 3,000 km²"
    civilians = Quantity(0, 3, "211", 211, counted=Span(0, 3, "civ"))
    assert describe_quantity(civilians) == "211 civ"
    assert describe_quantity(Quantity(0, 2, "5%", 5, unit="percent")) == "5%"
    assert describe_quantity(Quantity(0, 2, "$5", 5, unit="USD")) == "USD 5"


TIMEX = st.one_of(
    st.from_regex(r"\A(\d{4}|X{4})(-(\d{2}|XX|W\d{2}|WXX|Q\d|SU))?(-(\d{2}|\d|XX))?(T(MO|\d{2}:\d{2}))?\Z"),
    st.from_regex(r"\AP(T)?(\d{1,3}|X)(Y|M|W|D|H|DE|CE)\Z"),
    st.sampled_from(["PRESENT_REF", "PAST_REF", "FUTURE_REF", ""]),
    st.text(max_size=12),
)


@given(TIMEX, st.sampled_from(["DATE", "TIME", "DURATION", "SET"]), st.one_of(st.none(), st.dates()))
@settings(max_examples=200, deadline=None)
def test_any_time_value_is_described_without_error(value: str, type_: str, published: dt.date | None) -> None:
    found = describe_date(_date(value, type_), published)
    assert isinstance(found, str) and found
    assert "\n" not in found


@given(
    st.one_of(st.none(), st.floats(allow_nan=True), st.integers(-(10**30), 10**30)),
    st.one_of(st.none(), st.floats(allow_nan=False, allow_infinity=False)),
    st.one_of(st.none(), st.integers(-(10**9), 10**9)),
    st.sampled_from([None, "approx", "over", "under", "at_least", "at_most", "range", "odd"]),
    st.one_of(st.none(), st.text(max_size=8)),
)
@settings(max_examples=200, deadline=None)
def test_any_amount_is_written_without_error(
    value: float | None, low: float | None, high: float | None, modifier: str | None, unit_name: str | None
) -> None:
    assert isinstance(amount(value, low, high, modifier, unit_name), str)


def test_shown_elides_deep_values_and_names_ids() -> None:
    context = Context(names={"russia": "Russia"})
    deep: object = "bottom"
    for _ in range(5000):
        deep = [deep]
    assert shown(deep, context) == "…"
    assert shown(("russia", "x"), context) == "Russia; x"
    assert shown({"start": 0, "end": 3, "text": "abc"}, context) == "“abc”"
    assert Context(names={"a": "A", "b": "B", "c": "C"}).names_of(["a", "b", "c"]) == "A, B and C"


def test_generic_presentation_lists_fields() -> None:
    item = RawAnnotation({"start": 0, "end": 3, "text": "abc", "kind": "x", "count": 3000})
    assert generic_presentation("my_layer").title == "My layer"
    assert generic_presentation("my_layer").summary(item, Context()) == "kind: x · count: 3,000"
    assert Mark(0, 3, "cue").role == "cue"


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Text with newlines and long words, and raw annotations with long, odd field values."""
    text = draw(st.text(st.sampled_from("ab \n\t<é\u202e" + "x" * 5), min_size=1, max_size=300))
    layers: dict[str, tuple[Annotation, ...]] = {}
    for name in draw(st.lists(st.sampled_from(["dates", "claims", "x_y", "entities"]), unique=True)):
        items = []
        for _ in range(draw(st.integers(0, 3))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start, len(text)))
            extra = draw(st.text(max_size=200))
            items.append(RawAnnotation({"start": start, "end": end, "text": text[start:end], "note": extra}))
        layers[name] = tuple(items)
    return Document(text, Meta(), layers=layers)


@given(documents(), st.integers(60, 140), st.booleans())
@settings(max_examples=80, deadline=None)
def test_the_terminal_view_fits_its_width_and_keeps_rows_whole(
    doc: Document, width: int, verbose: bool
) -> None:
    out = render_terminal(doc, RenderOptions(verbose=verbose, width=width))
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines)
    assert not any("\t" in line or "\r" in line for line in lines)
    for name, items in doc.layers.items():
        if items:
            assert any(
                line.startswith(generic_presentation(name).title + f" ({len(items)})") for line in lines
            )
