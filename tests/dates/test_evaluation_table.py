"""The tune-odd error table of ``evaluation/dates_table.py`` (session 40) on hand-written values."""

from __future__ import annotations

import datetime as dt

import pytest
from evaluation.dates import Doc, Timex
from evaluation.dates_table import Row, convention, rows_of, table, trigger_form, value_shape


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Friday night", "weekday (+part of day)"),
        ("last week", "last/this/next week"),
        ("right now", "now-words"),
        ("previously", "past adverb"),
        ("three months", "number + unit"),
        ("the past two years", "the past/coming N units"),
        ("Oct. 23", "month (+day)"),
        ("a week", "a rate"),
        ("the board", "other"),
    ],
)
def test_trigger_form(text: str, form: str) -> None:
    """A trigger's form is read from its own words."""
    assert trigger_form(text) == form


@pytest.mark.parametrize(
    ("value", "shape"),
    [
        ("1998-02-13", "day"),
        ("1998-02", "month"),
        ("1998-W07", "week"),
        ("1994-WI", "season"),
        ("1998-02-13TNI", "part of day"),
        ("1998-02-13T10:00", "clock"),
        ("P3M", "PNM"),
        ("PXD", "PXD"),
        ("PRESENT_REF", "PRESENT_REF"),
        ("FY1989", "fiscal"),
        ("199", "decade/century"),
        ("1998-XX-XX", "with X: 1998-XX-XX"),
        ("", "-"),
    ],
)
def test_value_shape(value: str, shape: str) -> None:
    """A value's shape names its granularity or kind."""
    assert value_shape(value) == shape


def _row(kind: str, gold: tuple[str, str], ours: tuple[str, str]) -> Row:
    """A row from (text, value) of the gold and of ours ("" for none)."""
    return Row(
        kind,
        "DATE",
        value_shape(gold[1]),
        value_shape(ours[1]),
        trigger_form(gold[0] or ours[0]),
        gold[0],
        ours[0],
        "d",
    )


def test_conventions_and_errors() -> None:
    """The layer's documented choices are conventions; a wrong day of a weekday is ours to count."""
    assert convention(_row("wrong value", ("last week", "1989-WXX"), ("last week", "1989-W43"))).startswith(
        "week"
    )
    assert convention(_row("false alarm", ("", ""), ("now", "PRESENT_REF"))).startswith("documented")
    assert convention(_row("span only", ("five hours", "PT5H"), ("about five hours", "PT5H"))).startswith(
        "a modifier"
    )
    assert convention(_row("wrong value", ("Tuesday", "1998-08-18"), ("Tuesday", "1998-08-11"))) == ""


def test_rows_and_table() -> None:
    """Each error of a document is one row, as the scorer pairs them, and the table counts them."""
    text = "On Tuesday, prices fell. They rose now."
    doc = Doc("d", dt.date(1998, 8, 17), text, (Timex(3, 10, "Tuesday", "DATE", "1998-08-18"),))
    found = [Timex(3, 10, "Tuesday", "DATE", "1998-08-11"), Timex(34, 37, "now", "DATE", "PRESENT_REF")]
    rows = rows_of(doc, found)
    assert [(r.kind, r.form) for r in rows] == [
        ("wrong value", "weekday (+part of day)"),
        ("false alarm", "now-words"),
    ]
    lines = table(rows)
    assert lines[0].startswith("2 errors") and "1 conventions" in lines[0]
    assert len(lines) == 3
