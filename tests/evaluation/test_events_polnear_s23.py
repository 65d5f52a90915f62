"""The session-23 PolNeAR events check set: registered, halves of the committed draw, the files those
of the gold scripts, every stored offset at its anchor, the seeded draw reproduced from its pool, and
the scorer rebuilding the PolNeAR texts (or skipping cleanly without them)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from evaluation.data.events_polnear_s23_gold import HALF_A, HALF_B, gold_a, row, texts_and_dates
from evaluation.data.events_polnear_s23_gold_b import gold_b
from evaluation.data.select_events_polnear_s23 import MAX_CHARS, POOL, cues, draw, pool

from evaluation import events_real
from tests.evaluation.check_sets import (
    assert_halves_follow_the_draw,
    drawn_lines,
    events_in_halves,
    jsonl_rows,
)

DATA = Path(__file__).resolve().parents[2] / "evaluation" / "data"
CORPORA = Path(
    os.environ.get("NEWSPARSE_CORPORA", Path(__file__).resolve().parents[3] / "shared" / "corpora")
)
HAS_CORPORA = (CORPORA / "polnear" / "train" / "text").is_dir()


def _records(half: str) -> list[dict[str, Any]]:
    """The rows of one half's file, in file order."""
    return jsonl_rows(DATA / f"check_events_polnear_s23_{half}.jsonl")


def _drawn() -> list[tuple[str, ...]]:
    """The committed draw: (id, half) per line."""
    return drawn_lines(DATA / "events_polnear_s23_ids.txt")


def test_both_halves_are_registered_and_follow_the_draw() -> None:
    """Two files in CHECK_SETS holding the even and odd positions of the id list, 16 each, split check."""
    halves = {"a": HALF_A, "b": HALF_B}
    rows = assert_halves_follow_the_draw(
        DATA, "check_events_polnear_s23", "events_polnear_s23_ids.txt", halves, 16
    )
    for records in rows.values():
        assert all(r["polnear"].startswith("train/text/") for r in records)


def test_the_seeded_draw_reproduces_the_id_list_from_the_committed_pool() -> None:
    """select_events_polnear_s23 draws the committed list from its committed input: every short pooled
    text with a death or injury cue, those with two first (19), then those with one (13)."""
    lines = POOL.read_text(encoding="utf-8").splitlines()
    assert draw(lines) == _drawn()
    assert len(lines) == 99
    dense = {i: int(d) for i, chars, _, d in (line.split() for line in lines) if int(chars) <= MAX_CHARS}
    assert [dense[i] >= 2 for i, _ in _drawn()] == [True] * 19 + [False] * 13
    assert {i for i, d in dense.items() if d >= 1} == {i for i, _ in _drawn()}


def test_the_cues_count_death_words_apart_from_political_attacks() -> None:
    """Political "attacks" and "shot" are cues but not death or injury words; murders and deaths are both."""
    assert cues("Trump's attack on Rubio, a long shot.") == (2, 0)
    assert cues("Two murders and three deaths were reported.") == (2, 2)


def test_the_pool_reads_only_the_reserved_texts_with_two_cues(tmp_path: Path) -> None:
    """The pool lists reserved texts with two cues, ``id chars cues dense``; others are left out."""
    folder = tmp_path / "polnear" / "train" / "text"
    folder.mkdir(parents=True)
    (folder / "x_1.txt").write_text("Two were killed in the attack.", encoding="utf-8")
    (folder / "x_2.txt").write_text("Two were killed.", encoding="utf-8")
    (folder / "x_3.txt").write_text("Killed in an attack.", encoding="utf-8")
    assert pool(tmp_path, ["x_1.txt", "x_2.txt"]) == ["polnear-x_1 30 2 1"]


def test_a_row_names_its_text_under_polnear() -> None:
    """A row stores the text's path under ``polnear/`` and its date, never the text."""
    stored = row("polnear-nyt_2016-01-18_x", "2016-01-18", [])
    assert stored["polnear"] == "train/text/nyt_2016-01-18_x.txt" and "text" not in stored


def test_the_scorer_skips_cleanly_without_the_texts(tmp_path: Path, capsys: Any) -> None:
    """With the PolNeAR file absent the scorer prints that it skipped and exits 0."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row("polnear-b", "2016-01-01", [])) + "\n")
    assert events_real.main(["--corpora", str(tmp_path), "--gold", str(gold)]) == 0
    assert "skipped" in capsys.readouterr().out


@pytest.mark.skipif(not HAS_CORPORA, reason="PolNeAR absent")
def test_files_hold_the_gold_scripts_and_offsets_give_their_anchors() -> None:
    """The stored events and dates are those the gold scripts build, each span at its anchor, and
    the scorer rebuilds the same texts; 49 gold events (18 in half A)."""
    texts, dates = texts_and_dates(CORPORA)
    halves = {"a": _records("a"), "b": _records("b")}
    golds = {"a": gold_a(texts), "b": gold_b(texts)}
    assert events_in_halves(halves, golds, texts, dates, CORPORA) == [18, 31]
