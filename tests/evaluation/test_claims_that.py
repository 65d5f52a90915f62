"""The session-42 "that"-clause scorer and its set: scoring a drawn word, the draw reproducing the gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from evaluation.claims_real import PredClaim
from evaluation.claims_that import GOLD, main, score_row, summarise
from evaluation.data.select_claims_that_s42 import POOL, candidates, draw

TEXT = "The panel ruled that the fee was unlawful. Its cost means that few can pay."


def _row(cue: bool) -> dict[str, Any]:
    start = TEXT.index("ruled")
    content = TEXT.index("the fee")
    return {"id": "x", "half": "A", "word": {"start": start, "end": start + 5, "text": "ruled"}, "cue": cue,
            "source": {"start": 0, "end": 9, "text": "The panel"} if cue else None,
            "content": [{"start": content, "end": TEXT.index(".")}] if cue else []}


def _claim(source: tuple[int, int] | None, content_end: int) -> PredClaim:
    start = TEXT.index("ruled")
    return PredClaim((start, start + 5), source, frozenset(), ((TEXT.index("the fee"), content_end),))


def test_a_right_firing_needs_source_and_content() -> None:
    assert score_row(TEXT, _row(True), [_claim((0, 9), TEXT.index("."))]) == {
        "gold": True, "fired": True, "right": True}
    assert not score_row(TEXT, _row(True), [_claim(None, TEXT.index("."))])["right"]
    assert not score_row(TEXT, _row(True), [_claim((0, 9), TEXT.index("fee") + 3)])["right"]


def test_a_firing_on_a_no_is_wrong_and_no_firing_is_a_miss() -> None:
    assert score_row(TEXT, _row(False), [_claim((0, 9), TEXT.index("."))]) == {
        "gold": False, "fired": True, "right": False}
    assert score_row(TEXT, _row(True), []) == {"gold": True, "fired": False, "right": False}
    figures = summarise([{"gold": True, "fired": True, "right": True}, {"gold": False, "fired": True,
                                                                         "right": False}])
    assert (figures["firings"], figures["right"], figures["precision"], figures["recall"]) == (2, 1, 0.5, 1.0)


def test_drawn_words_are_surface_forms_outside_the_cues() -> None:
    words = [w for _, w in candidates(TEXT + " Critics said that. It is that.", frozenset({"said"}))]
    assert words == ["ruled", "means"]


def test_the_committed_pool_draws_the_gold_rows() -> None:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    drawn = draw(POOL.read_text(encoding="utf-8").splitlines())
    assert [(r["id"], r["half"], r["word"]["start"], r["word"]["text"]) for r in rows] == drawn
    assert all(bool(r["content"]) == r["cue"] for r in rows)


def test_skips_without_corpora(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--corpora", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
