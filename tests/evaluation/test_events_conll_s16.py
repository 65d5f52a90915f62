"""The session-16 CoNLL events check set: its files match its gold script and reuse no story."""

from __future__ import annotations

import json
from pathlib import Path

from evaluation.data.events_conll_s16_gold import HALF_A, HALF_B
from evaluation.data.select_events_conll_s16 import _named_in_files

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"


def _docs(half: str) -> list[int]:
    """The document indexes of one half's file, in file order."""
    lines = (DATA / f"check_events_conll_s16_{half}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["doc"] for line in lines if line.strip()]


def test_files_hold_the_halves_of_the_gold_script() -> None:
    """Each half's file lists the gold script's indexes in draw order, with split 'check'."""
    assert _docs("a") == list(HALF_A)
    assert _docs("b") == list(HALF_B)


def test_no_story_of_an_earlier_check_set() -> None:
    """No drawn story is named by an earlier check set or id list, and the halves are disjoint."""
    drawn = set(HALF_A) | set(HALF_B)
    assert len(drawn) == len(HALF_A) + len(HALF_B) == 20
    assert not drawn & _named_in_files()
