"""Session 42: ``--rows odd|even`` keeps a check set's half-A articles at odd or even places (file order)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation.agreements_real import check_rows, main


def gold_file(tmp_path: Path) -> Path:
    """A check set of five A rows and two B rows (made-up ids, no agreements)."""
    rows = [{"id": f"a{k}", "split": "check_x_A", "published": None, "agreements": []} for k in range(5)]
    rows += [{"id": f"b{k}", "split": "check_x_B", "published": None, "agreements": []} for k in range(2)]
    path = tmp_path / "check_agreements_x.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_odd_and_even_rows_split_half_a(tmp_path: Path) -> None:
    path = str(gold_file(tmp_path))
    assert [a["id"] for a in check_rows(path, "A", "odd")] == ["a0", "a2", "a4"]
    assert [a["id"] for a in check_rows(path, "A", "even")] == ["a1", "a3"]
    assert len(check_rows(path, "A")) == 5


def test_rows_need_half_a(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="half A"):
        check_rows(str(gold_file(tmp_path)), "B", "odd")
    with pytest.raises(SystemExit):
        main(["--check", str(gold_file(tmp_path)), "--half", "B", "--rows", "odd"])
