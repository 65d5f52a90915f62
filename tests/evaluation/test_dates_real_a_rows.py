"""``evaluation.dates_real.a_rows``: the A rows at odd or even places, numbered 1-based through the A rows
of all files in order, pooled (session 42)."""

from __future__ import annotations

from typing import Any

from evaluation.dates_real import a_rows


def _rows() -> list[dict[str, Any]]:
    """Two check sets' rows: one with its halves interleaved, one with A first."""
    first = [{"id": f"x{i}", "split": "check_x_A" if i % 2 else "check_x_B"} for i in range(1, 7)]
    second = [{"id": f"y{i}", "split": "check_y_A" if i <= 3 else "check_y_B"} for i in range(1, 7)]
    return first + second


def test_odd_and_even_rows_of_the_a_halves_only() -> None:
    """The A rows numbered through both files; B rows never kept; the split renamed for pooling."""
    odd = a_rows(_rows(), "odd")
    even = a_rows(_rows(), "even")
    assert [r["id"] for r in odd] == ["x1", "x5", "y2"]
    assert [r["id"] for r in even] == ["x3", "y1", "y3"]
    assert {r["split"] for r in odd} == {"A_odd"} and {r["split"] for r in even} == {"A_even"}


def test_the_rows_are_not_changed_in_place() -> None:
    """The gold rows keep their own split."""
    rows = _rows()
    a_rows(rows, "odd")
    assert rows[0]["split"] == "check_x_A"
