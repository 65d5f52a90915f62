"""``evaluation.entities --acled-half odd|even``: the ACLED notes' tuning part (rows at odd 1-based line
numbers) and counting part (even line numbers) are scored apart (session 43); written rows only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation.entities import acled_rows, main

from evaluation import entities

_ROWS = [
    {"notes": "On 3 May, police shot a man in Paris.", "location": "Paris", "admin1": ""},
    {"notes": "On 4 May, a man was killed in London.", "location": "London", "admin1": ""},
    {"notes": "On 5 May, a bomb went off in Berlin.", "location": "Berlin", "admin1": ""},
]


def _text() -> str:
    return "\n".join(json.dumps(row) for row in _ROWS) + "\n"


def test_the_halves_alternate_from_the_first_line() -> None:
    text = _text()
    assert [r["location"] for r in acled_rows(text, "odd")] == ["Paris", "Berlin"]
    assert [r["location"] for r in acled_rows(text, "even")] == ["London"]
    assert [r["location"] for r in acled_rows(text)] == ["Paris", "London", "Berlin"]
    with pytest.raises(ValueError):
        acled_rows(text, "third")


def test_a_blank_line_keeps_its_number() -> None:
    lines = _text().splitlines()
    text = "\n".join([lines[0], "", lines[1], lines[2]])
    assert [r["location"] for r in acled_rows(text, "odd")] == ["Paris", "London"]
    assert [r["location"] for r in acled_rows(text, "even")] == ["Berlin"]


def test_the_option_scores_one_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "acled").mkdir()
    (tmp_path / "acled" / "dev.jsonl").write_text(_text(), encoding="utf-8")
    monkeypatch.setattr(entities, "startup", lambda: 0.0)
    monkeypatch.setattr(
        entities,
        "linking",
        lambda records: {"mentions": 0, "found": 0, "right": 0, "accuracy": 0.0, "errors": []},
    )
    assert main(["--corpora", str(tmp_path), "--acled-half", "odd", "--no-peer"]) == 0
    out = capsys.readouterr().out
    assert "ACLED dev notes (odd rows): location/admin1" in out
    assert "rows that write it" in out and "of all 2)" in out
